"""Rewrites a wheel with its files stored, not deflated, so that the host's brotli compresses it.

A wheel is a zip; its files' bytes (and so the RECORD's hashes) stay exactly as they are. Deflated
inside, the simulator wheel costs 78 KB with brotli on top; stored, brotli makes it 48 KB, and
the practice page downloads it on every first visit (the python_stdlib.zip is stored for the
same reason, see scripts/stdlib/pack.py).

Usage: python scripts/store_wheel.py dist/simulator-<version>-py3-none-any.whl
"""

import sys
import zipfile
from pathlib import Path


def store(wheel: Path) -> None:
    stored = wheel.with_suffix(".stored")
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            content = source.read(entry)
            entry.compress_type = zipfile.ZIP_STORED
            target.writestr(entry, content)
    stored.replace(wheel)


if __name__ == "__main__":
    store(Path(sys.argv[1]))
