"""Writes NAME.br (brotli, quality 11) and NAME.gz (gzip, level 9) beside every compressible file of a built site.

Usage: python scripts/precompress.py SITE_DIR

A host that serves precompressed files (nginx gzip_static/brotli_static, Netlify and
Cloudflare do their own; see README "Deploying") then sends the smallest copy the browser
accepts without compressing on each request, and with the best settings: quality 11 is too
slow to run per request. A file is skipped when compression would save less than 5 %
(images, the wheel, anything already compressed). Compressed bytes are kept in
build/precompressed/ by content hash, so rebuilding recompresses only what changed
(the 9.6 MB WebAssembly takes about a minute at quality 11).
Runs after `mkdocs build`, so the service worker's manifest never lists these copies.
"""

import gzip
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import brotli

TYPES = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".wasm", ".zip", ".whl")
WORTH_IT = 0.95
CACHE = Path(__file__).parents[1] / "build" / "precompressed"


def compressed(kind: str, content: bytes) -> bytes:
    cached = CACHE / f"{hashlib.sha256(content).hexdigest()}.{kind}"
    if cached.exists():
        return cached.read_bytes()
    if kind == "br":
        packed = brotli.compress(content, quality=11)
    else:
        # mtime=0: the same file always gives the same bytes.
        packed = gzip.compress(content, compresslevel=9, mtime=0)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(packed)
    return packed


def precompress(file: Path) -> tuple[int, int, int]:
    """Sizes (raw, brotli, gzip) of one file, writing the copies that are worth it."""
    content = file.read_bytes()
    sizes = [len(content)]
    for kind in ("br", "gz"):
        packed = compressed(kind, content)
        if len(packed) < len(content) * WORTH_IT:
            file.with_name(f"{file.name}.{kind}").write_bytes(packed)
            sizes.append(len(packed))
        else:
            sizes.append(len(content))
    return tuple(sizes)


def files_of(site: Path) -> list[Path]:
    return sorted(file for file in site.rglob("*") if file.is_file() and file.suffix in TYPES)


def main(site: Path) -> None:
    files = files_of(site)
    # Largest first, so the WebAssembly does not start last on one of the cores.
    files.sort(key=lambda file: -file.stat().st_size)
    with ProcessPoolExecutor() as pool:
        sizes = list(pool.map(precompress, files))
    raw, br, gz = (sum(column) for column in zip(*sizes))
    print(f"Precompressed {len(files)} files: {raw / 1e6:.2f} MB raw, {br / 1e6:.2f} MB brotli, {gz / 1e6:.2f} MB gzip")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"))
