"""MkDocs hook: puts the pinned Pyodide runtime and the simulator wheel into the built site.

Copied from node_modules/pyodide (npm, pinned in package-lock.json) to
assets/pyodide/<version>/, with the lock file that `make` made by registering the
simulator wheel (pyodide lockfile add-wheels), trimmed to the simulator: the
worker loads only Pyodide's core and this one package, with its sha256 checked.
Only the default-language build copies it (the other languages share it).
"""

import hashlib
import json
import shutil
from functools import cache
from pathlib import Path

from i18n_builds import is_default_language_build

ROOT = Path(__file__).parents[2]
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
LOCK_WITH_SIMULATOR = ROOT / "build" / "pyodide" / "pyodide-lock.json"
WHEELS = ROOT / "dist"
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# Imported as modules by the checker worker; the other files it downloads and hands to Pyodide.
MODULES = ("pyodide.mjs", "pyodide.asm.mjs")
LOCK_FILE = "pyodide-lock.json"


@cache
def lock_for_the_site() -> dict:
    lock = json.loads(LOCK_WITH_SIMULATOR.read_text(encoding="utf-8"))
    lock["packages"] = {"simulator": lock["packages"]["simulator"]}
    return lock


@cache
def lock_file_bytes() -> bytes:
    return json.dumps(lock_for_the_site()).encode("utf-8")


def described(content: bytes) -> dict:
    return {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}


@cache
def runtime_manifest() -> dict:
    """The runtime's version and its files with their sizes and SHA-256, as the practice pages use them."""
    version = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    wheel = lock_for_the_site()["packages"]["simulator"]["file_name"]
    files = {name: described((NPM_PYODIDE / name).read_bytes()) for name in CORE_FILES}
    files[wheel] = described((WHEELS / wheel).read_bytes())
    files[LOCK_FILE] = described(lock_file_bytes())
    return {"version": version, "files": files}


def on_post_build(config):
    if not is_default_language_build(config):
        return
    manifest = runtime_manifest()
    target = Path(config.site_dir) / "assets" / "pyodide" / manifest["version"]
    target.mkdir(parents=True, exist_ok=True)
    for name in CORE_FILES:
        shutil.copyfile(NPM_PYODIDE / name, target / name)
    wheel = lock_for_the_site()["packages"]["simulator"]["file_name"]
    shutil.copyfile(WHEELS / wheel, target / wheel)
    (target / LOCK_FILE).write_bytes(lock_file_bytes())
