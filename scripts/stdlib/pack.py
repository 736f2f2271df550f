"""Runs inside Pyodide: compiles the listed standard-library modules to .pyc and packs them in a zip.

The compiler is Pyodide's own Python, so the bytecode's magic number is the one the
browser's interpreter accepts. Docstrings are left out (13 % fewer bytes once brotli has
done its part) except in Pyodide's own packages, which read theirs at start-up; asserts
stay (unlike `python -OO`). The .pyc are hash-based and unchecked (no timestamps: the same
sources always give the same bytes, so the content hash, and the folder named after it,
change only when the modules do), and stored uncompressed so the web server's brotli/gzip
compresses the whole file far better than zip's per-entry deflate.
"""

import ast
import importlib.util
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc
from pathlib import PurePosixPath

STOCK = "/lib/python314.zip"
KEEPS_DOCSTRINGS = ("_pyodide/", "pyodide/")
ENTRY_DATE = (1980, 1, 1, 0, 0, 0)
DEFINITIONS = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and isinstance(statement.value.value, str)


def without_docstrings(tree: ast.Module) -> ast.Module:
    for node in ast.walk(tree):
        if isinstance(node, DEFINITIONS) and node.body and is_docstring(node.body[0]):
            node.body = node.body[1:] or [ast.Pass(lineno=node.body[0].lineno, col_offset=node.body[0].col_offset)]
    return tree


def bytecode(path: str, source: bytes) -> bytes:
    tree = ast.parse(source, filename=path)
    if not path.startswith(KEEPS_DOCSTRINGS):
        tree = without_docstrings(tree)
    code = compile(tree, f"{STOCK}/{path}", "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))


def compile_to_zip(paths: list[str], output: str) -> dict:
    with zipfile.ZipFile(STOCK) as stock, zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as packed:
        for path in sorted(paths):
            name = str(PurePosixPath(path).with_suffix(".pyc"))
            packed.writestr(zipfile.ZipInfo(name, ENTRY_DATE), bytecode(path, stock.read(path)))
    with zipfile.ZipFile(output) as packed:
        return {"modules": len(packed.namelist()), "bytes": sum(entry.file_size for entry in packed.infolist())}
