"""The options of the runtime plugin (mkdocs.yml: ``plugins: - guide-runtime: …``); paths are
relative to mkdocs.yml. `make setup` makes the files they name."""

from mkdocs.config.base import Config
from mkdocs.config.config_options import Type


class RuntimeConfig(Config):
    # The pinned npm package (package-lock.json).
    pyodide = Type(str, default="node_modules/pyodide")
    # Pyodide's loader module, minified (make).
    loader = Type(str, default="build/pyodide/pyodide.asm.mjs")
    # Pyodide's lock file with the simulator wheel registered (pyodide lockfile add-wheels).
    lock_file = Type(str, default="build/pyodide/pyodide-lock.json")
    # The standard library make chose (STDLIB=trimmed or stock).
    stdlib = Type(str, default="build/pyodide/python_stdlib.zip")
    # Where the simulator wheel is.
    wheels = Type(str, default="dist")
    # Compressed copies by content hash, shared with scripts/precompress.py.
    compressed_cache = Type(str, default="build/precompressed")
