"""MkDocs hook: puts the pinned Pyodide runtime and the simulator wheel into the built site.

Copied from node_modules/pyodide (npm, pinned in package-lock.json) to
assets/pyodide/<version>/, with the lock file that `make` made by registering the
simulator wheel (pyodide lockfile add-wheels), trimmed to the simulator: the
worker loads only Pyodide's core and this one package, with its sha256 checked.
Only the default-language build copies it (the other languages share it).
"""

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


@cache
def lock_for_the_site() -> dict:
    lock = json.loads(LOCK_WITH_SIMULATOR.read_text(encoding="utf-8"))
    lock["packages"] = {"simulator": lock["packages"]["simulator"]}
    return lock


@cache
def runtime_manifest() -> dict:
    """The runtime's version and its files with their sizes, as the practice pages announce them."""
    version = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    wheel = lock_for_the_site()["packages"]["simulator"]["file_name"]
    files = {name: (NPM_PYODIDE / name).stat().st_size for name in CORE_FILES}
    files[wheel] = (WHEELS / wheel).stat().st_size
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
    (target / "pyodide-lock.json").write_text(json.dumps(lock_for_the_site()), encoding="utf-8")
