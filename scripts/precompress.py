"""Writes NAME.br (brotli, quality 11) and NAME.gz (gzip, level 9) beside every compressible file of a built site.

Usage: python scripts/precompress.py SITE_DIR
       python scripts/precompress.py --cache-only FILE...   (fills the cache only: `make setup` does
       it for the runtime's files while it makes the rest, so that no build waits)

A host that serves precompressed files (nginx gzip_static/brotli_static, Netlify and
Cloudflare do their own; see README "Deploying") then sends the smallest copy the browser
accepts without compressing on each request, and with the best settings: quality 11 is too
slow to run per request. A file is skipped when compression would save less than 5 %
(images, the wheel, anything already compressed). Compressed bytes are kept in
build/precompressed/ by content hash, so rebuilding recompresses only what changed
(the 9.6 MB WebAssembly takes about half a minute at quality 11); the build itself fills the
same cache when it measures what each file costs to download (guide_site/compression.py).
Runs after `mkdocs build`, so the service worker's manifest never lists these copies.
"""

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from guide_site.compression import KINDS, TYPES, compressed, worth_keeping

CACHE = Path(__file__).parents[1] / "build" / "precompressed"


def precompress(file: Path) -> tuple[int, int, int]:
    """Sizes (raw, brotli, gzip) of one file, writing the copies that are worth it."""
    content = file.read_bytes()
    sizes = [len(content)]
    for kind in KINDS:
        packed = compressed(kind, content, CACHE)
        if worth_keeping(packed, content):
            file.with_name(f"{file.name}.{kind}").write_bytes(packed)
            sizes.append(len(packed))
        else:
            sizes.append(len(content))
    return tuple(sizes)


def fill_cache(file: Path, kind: str) -> None:
    compressed(kind, file.read_bytes(), CACHE)


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
    if sys.argv[1:2] == ["--cache-only"]:
        # Each file in each encoding on a core of its own, the largest first.
        jobs = sorted(((Path(file), kind) for file in sys.argv[2:] for kind in KINDS),
                      key=lambda job: (-job[0].stat().st_size, job[1]))
        with ProcessPoolExecutor() as pool:
            list(pool.map(fill_cache, *zip(*jobs)))
    else:
        main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"))
