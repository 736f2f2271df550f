"""A Content-Security-Policy that allows only the site itself.

Each page carries it as a <meta> tag, with the hashes of Material's few inline
scripts; `_headers` (read by Netlify, Cloudflare Pages and others) sends the
same policy as a header, plus what a <meta> cannot say (frame-ancestors), the
WebAssembly type, and a year of caching for every file named after its content
(the Pyodide folders, Material's fingerprinted bundles).
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

HEADERS = """/*
  Content-Security-Policy: {policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
/sw.js
  Cache-Control: no-cache
/assets/pyodide/*
  {year}
/assets/pyodide/*/pyodide.asm.wasm
  Content-Type: application/wasm
/assets/pyodide/*/pyodide.asm.mjs
  Content-Type: text/javascript
/assets/pyodide/*/pyodide.mjs
  Content-Type: text/javascript
{named}"""


def long_lived(site: Path) -> str:
    """A rule for each content-named file outside assets/pyodide/ (which one rule covers), and the icons."""
    rules = []
    for file in sorted(site.rglob("*")):
        path = file.relative_to(site).as_posix()
        if file.is_file() and not path.startswith("assets/pyodide/") and not path.endswith(".map") \
                and FINGERPRINTED.search(file.name):
            rules.append(f"/{path}\n  {YEAR}\n")
    rules += [f"/{path}\n  {WEEK}\n" for path in ICONS if (site / path).exists()]
    return "".join(rules)


def write_headers(site: Path, inline_hashes: set[str]) -> None:
    """site/_headers: the policy allowing every inline script of the site, and the caching of each file."""
    text = HEADERS.format(policy=policy(inline_hashes), year=YEAR, named=long_lived(site))
    (site / "_headers").write_text(text, encoding="utf-8")
