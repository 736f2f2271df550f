"""What a file costs to download: its brotli (quality 11) and gzip (level 9) copies, as the site's
host sends them (scripts/precompress.py writes them beside each file after the build).

The build puts these sizes beside each file's raw size (the runtime's files in the practice pages'
config, every file in the service worker's manifest), so that the pages say what the reader will
really download (assets/transfer-size.js), not the raw size. Compressed bytes are kept in
build/precompressed/ by content hash: the 9.6 MB WebAssembly takes about half a minute at quality
11, once; every later build, and precompress.py, reuse it.
"""

import gzip
import hashlib
import os
from pathlib import Path

import brotli

# The files worth compressing; others (pictures, fonts) are already compressed.
TYPES = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".wasm", ".zip", ".whl")
# A copy that saves less than 5 % is not kept: the host sends the file as it is (the wheel, a zip already).
WORTH_IT = 0.95
KINDS = {"br": "brotli", "gz": "gzip"}


def compressed(kind: str, content: bytes, cache: Path) -> bytes:
    """``content`` compressed (``kind`` "br" or "gz"), from ``cache`` when it was compressed before."""
    cached = cache / f"{hashlib.sha256(content).hexdigest()}.{kind}"
    if cached.exists():
        return cached.read_bytes()
    if kind == "br":
        packed = brotli.compress(content, quality=11)
    else:
        # mtime=0: the same file always gives the same bytes.
        packed = gzip.compress(content, compresslevel=9, mtime=0)
    cache.mkdir(parents=True, exist_ok=True)
    # Whole or not at all: builds running side by side (the test workers) read the same cache.
    partial = cached.with_name(f"{cached.name}.{os.getpid()}")
    partial.write_bytes(packed)
    os.replace(partial, cached)
    return packed


def worth_keeping(packed: bytes, content: bytes) -> bool:
    return len(packed) < len(content) * WORTH_IT


def transfer_sizes(name: str, content: bytes, cache: Path) -> dict[str, int]:
    """{"brotli": n, "gzip": n}: the bytes a host sends for this file with each encoding."""
    sizes = {}
    for kind, encoding in KINDS.items():
        packed = compressed(kind, content, cache) if Path(name).suffix in TYPES else content
        sizes[encoding] = len(packed) if worth_keeping(packed, content) else len(content)
    return sizes
