"""Runs inside Pyodide: compiles the listed standard-library modules to .pyc and packs them in a zip.

The compiler is Pyodide's own Python, so the bytecode's magic number is the one the
browser's interpreter accepts. The .pyc are hash-based and unchecked (no timestamps:
the same sources always give the same bytes, so the file's content hash, and the
folder named after it, change only when the modules do), and stored uncompressed so
the web server's brotli/gzip compresses the whole file far better than per-entry deflate.
"""

import py_compile
import zipfile
from pathlib import Path, PurePosixPath

STOCK = "/lib/python314.zip"
SOURCES = Path("/tmp/stdlib-sources")
COMPILED = Path("/tmp/stdlib-compiled")
ENTRY_DATE = (1980, 1, 1, 0, 0, 0)


def compile_to_zip(paths: list[str], output: str, optimize: int = 0) -> dict:
    with zipfile.ZipFile(STOCK) as stock:
        for path in paths:
            stock.extract(path, SOURCES)
    names = []
    for path in sorted(paths):
        pyc = str(PurePosixPath(path).with_suffix(".pyc"))
        py_compile.compile(str(SOURCES / path), cfile=str(COMPILED / pyc), dfile=f"{STOCK}/{path}",
                           doraise=True, optimize=optimize,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        names.append(pyc)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as packed:
        for name in names:
            packed.writestr(zipfile.ZipInfo(name, ENTRY_DATE), (COMPILED / name).read_bytes())
    return {"modules": len(names), "bytes": Path(output).stat().st_size}
