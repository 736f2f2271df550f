"""MkDocs hook: a Content-Security-Policy that allows only the site itself.

Each page carries it as a <meta> tag, with the hashes of Material's few inline
scripts; `_headers` (read by Netlify, Cloudflare Pages and others) sends the
same policy as a header, plus what a <meta> cannot say (frame-ancestors), the
WebAssembly type and long caching for the versioned Pyodide folder.
'wasm-unsafe-eval' lets Pyodide compile WebAssembly; nothing else is loosened.
"""

import base64
import hashlib
import re
from pathlib import Path

from i18n_builds import is_last_language_build

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
inline_hashes: set[str] = set()


def policy(hashes) -> str:
    scripts = " ".join(f"'sha256-{digest}'" for digest in sorted(hashes))
    return ("default-src 'self'; "
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")


def script_hash(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()


def on_post_page(output, page, config):
    return with_policy(output)


def on_post_template(output, template_name, config):
    """The 404 pages are templates, not pages: they need the same policy."""
    return with_policy(output) if template_name == "404.html" else output


def with_policy(output: str) -> str:
    hashes = {script_hash(body) for body in INLINE_SCRIPT.findall(output)}
    inline_hashes.update(hashes)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return output.replace('<meta charset="utf-8">', '<meta charset="utf-8">' + meta, 1)


HEADERS = """/*
  Content-Security-Policy: {policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
/sw.js
  Cache-Control: no-cache
/assets/pyodide/*
  Cache-Control: public, max-age=31536000, immutable
/assets/pyodide/*/pyodide.asm.wasm
  Content-Type: application/wasm
/assets/pyodide/*/pyodide.asm.mjs
  Content-Type: text/javascript
/assets/pyodide/*/pyodide.mjs
  Content-Type: text/javascript
"""


def on_post_build(config):
    if is_last_language_build(config):
        (Path(config.site_dir) / "_headers").write_text(HEADERS.format(policy=policy(inline_hashes)), encoding="utf-8")
