"""Debian's nginx serving the built site on 127.0.0.1 as a host that precompresses would.

Two ports from one nginx: the first sends brotli or gzip (`brotli_static on; gzip_static on;`),
the second gzip only, so the same browser can be measured against both. The site's
`_headers` (what Netlify and Cloudflare read) become nginx `add_header` lines, so caching
behaves as deployed. Every request is logged with the bytes nginx sent (headers included):
those log lines are the "bytes on the wire" and "requests per file" figures.
"""

import os
import re
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")
EXTRA_TYPES = {"text/javascript": "mjs", "application/wasm": "wasm", "application/manifest+json": "webmanifest"}
YEAR = "public, max-age=31536000, immutable"


def header_rules(site: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The `_headers` file as (path pattern, [(name, value)]) in order."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("/"):
            rules.append((line.strip(), []))
        elif line.strip() and rules:
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def add_headers(headers: list[tuple[str, str]]) -> str:
    # Content-Type comes from the types map (nginx would send two otherwise).
    return "".join(f"      add_header {name} \"{value}\" always;\n" for name, value in headers if name != "Content-Type")


def locations(site: Path, bare: Path) -> str:
    """nginx locations for the _headers rules (nginx drops the server's add_header in a location that has its own)."""
    rules = header_rules(site)
    everywhere = [header for pattern, headers in rules if pattern == "/*" for header in headers]
    blocks = [f"    location / {{\n{add_headers(everywhere)}    }}\n"]
    for pattern, headers in rules:
        if pattern == "/*" or not add_headers(headers):
            continue
        if pattern.endswith("/*") and "*" not in pattern[:-1]:
            where = f"^~ {pattern[:-1]}"
        elif "*" not in pattern:
            where = f"= {pattern}"
        else:
            continue
        blocks.append(f"    location {where} {{\n{add_headers(everywhere + headers)}    }}\n")
    # The bare page: stock Pyodide, cached as a careful deployment of it would be.
    blocks.append(f"    location ^~ /bare/ {{\n      alias {bare}/;\n{add_headers([('Cache-Control', YEAR)])}    }}\n")
    return "".join(blocks)


def types() -> str:
    text = MIME_TYPES.read_text(encoding="utf-8")
    known = set(re.findall(r"\s(\S+);", text))
    extra = "".join(f"    {mime} {ext};\n" for mime, ext in EXTRA_TYPES.items() if ext not in known)
    return text.rstrip().removesuffix("}") + extra + "}\n"


def config(site: Path, bare: Path, prefix: Path, port: int) -> str:
    user = "user root root;\n" if os.geteuid() == 0 else ""
    served = locations(site, bare)
    server = """  server {{
    listen 127.0.0.1:{port};
    root {site};
    brotli_static {brotli};
    gzip_static on;
    gzip off;
{served}  }}
"""
    return f"""load_module {BROTLI_MODULE};
{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
  {types()}
  default_type application/octet-stream;
  sendfile on;
  etag on;
  log_format bench '$request_uri $status $bytes_sent $sent_http_content_encoding $msec $request_time';
  access_log {prefix}/access.log bench;
  client_body_temp_path {prefix}/body;
  proxy_temp_path {prefix}/proxy;
  fastcgi_temp_path {prefix}/fastcgi;
  uwsgi_temp_path {prefix}/uwsgi;
  scgi_temp_path {prefix}/scgi;
{server.format(port=port, site=site, brotli="on", served=served)}{server.format(port=port + 1, site=site, brotli="off", served=served)}}}
"""


@dataclass
class Request:
    path: str
    status: int
    sent: int
    encoding: str
    started: float = 0.0  # seconds since the epoch, when nginx read the request


class Nginx:
    """Started and stopped by the bench; `requests_since(mark)` reads what it served after a mark."""

    def __init__(self, site: Path, bare: Path, prefix: Path, port: int) -> None:
        self.prefix, self.port = prefix, port
        prefix.mkdir(parents=True, exist_ok=True)
        (prefix / "nginx.conf").write_text(config(site.resolve(), bare.resolve(), prefix.resolve(), port), encoding="utf-8")
        self.log = prefix / "access.log"
        self.process: subprocess.Popen | None = None

    @property
    def brotli_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def gzip_url(self) -> str:
        return f"http://127.0.0.1:{self.port + 1}/"

    def __enter__(self) -> "Nginx":
        self.log.write_text("")
        self.process = subprocess.Popen(["nginx", "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf"),
                                         "-g", "daemon off;"], stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.brotli_url, timeout=1).read()
                self.log.write_text("")
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"nginx did not start: {self.process.stderr.read().decode()}") from None
                time.sleep(0.1)
        raise RuntimeError("nginx did not answer")

    def __exit__(self, *exc) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)

    def mark(self) -> int:
        return self.log.stat().st_size

    def requests_since(self, mark: int) -> list[Request]:
        with self.log.open("rb") as log:
            log.seek(mark)
            lines = log.read().decode().splitlines()
        requests = []
        for line in lines:
            path, status, sent, encoding, ended, took = line.split(" ")[:6]
            requests.append(Request(path.split("?")[0], int(status), int(sent), "" if encoding == "-" else encoding,
                                    float(ended) - float(took)))
        return requests
