"""A Content-Security-Policy that allows only the site itself.

Each page carries it as a <meta> tag, with the hashes of Material's few inline
scripts; `_headers` (read by Netlify, Cloudflare Pages and others) sends the
same policy as a header with every page and worker script, plus what a <meta>
cannot say (frame-ancestors); the WebAssembly type; and a year of caching for
every file named after its content (the Pyodide folders, Material's
fingerprinted bundles).
'wasm-unsafe-eval' lets Pyodide compile WebAssembly; nothing else is loosened.
"""

import base64
import hashlib
import re
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def policy(hashes) -> str:
    scripts = " ".join(f"'sha256-{digest}'" for digest in sorted(hashes))
    return ("default-src 'self'; "
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")


def script_hash(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()


def with_policy(output: str, hashes_seen: set[str]) -> str:
    """The page with its policy in a <meta>; the hashes of its inline scripts are added to ``hashes_seen``."""
    hashes = {script_hash(body) for body in INLINE_SCRIPT.findall(output)}
    hashes_seen.update(hashes)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return output.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + meta, 1)


# A file whose name carries its content's hash (Material's bundle.a5f9d56c.min.js, our
# files once fingerprinted) can be cached for a year: a change is a new name.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8,}\.")
YEAR = "Cache-Control: public, max-age=31536000, immutable"
# Not named by content: a week, then revalidated (the logo and icons change rarely).
ICONS = ("assets/icon.svg", "assets/icon-192.png", "assets/icon-512.png")
WEEK = "Cache-Control: public, max-age=604800"

# What a browser reads only on a document or a worker's own script: sent with those alone, so each of
# the page's stylesheets, modules and runtime files does not carry 0.7 KB of policy (HTTP/1.1 repeats it).
DOCUMENT = """  Content-Security-Policy: {policy}; frame-ancestors 'none'
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
"""
# The checker's worker script, fingerprinted (the service worker, sw.js, is written after this step).
CHECKER_WORKER = re.compile(r"assets/practice/checker-worker\.[0-9a-f]+\.js")

HEADERS = """/*
  X-Content-Type-Options: nosniff
/assets/pyodide/*
  {year}
/assets/pyodide/*/pyodide.asm.wasm
  Content-Type: application/wasm
/assets/pyodide/*/pyodide.asm.mjs
  Content-Type: text/javascript
/assets/pyodide/*/pyodide.mjs
  Content-Type: text/javascript
{named}"""


def document_paths(site: Path) -> list[str]:
    """The home page, the 404 page and every top-level folder of pages (a language's folder is all pages;
    assets/, pagefind/ and search/ hold none)."""
    folders = sorted(folder.name for folder in site.iterdir() if folder.is_dir() and any(folder.rglob("index.html")))
    return ["/", "/index.html", "/404.html", *(f"/{name}/*" for name in folders)]


def named_rules(site: Path, document: str) -> str:
    """A rule for each page folder and worker (the policy), each content-named file outside assets/pyodide/
    (which one rule covers) and the icons (their caching); a worker's rule has both."""
    rules = {path: document for path in document_paths(site)} | {"/sw.js": "  Cache-Control: no-cache\n" + document}
    for file in sorted(site.rglob("*")):
        path = file.relative_to(site).as_posix()
        if not file.is_file() or path.startswith("assets/pyodide/") or path.endswith(".map"):
            continue
        if FINGERPRINTED.search(file.name):
            rules[f"/{path}"] = f"  {YEAR}\n" + (document if CHECKER_WORKER.fullmatch(path) else "")
        elif path in ICONS:
            rules[f"/{path}"] = f"  {WEEK}\n"
    return "".join(f"{path}\n{headers}" for path, headers in rules.items())


def write_headers(site: Path, inline_hashes: set[str]) -> None:
    """site/_headers: the policy allowing every inline script of the site, on documents and workers; the
    caching of each file."""
    document = DOCUMENT.format(policy=policy(inline_hashes))
    text = HEADERS.format(year=YEAR, named=named_rules(site, document))
    (site / "_headers").write_text(text, encoding="utf-8")
