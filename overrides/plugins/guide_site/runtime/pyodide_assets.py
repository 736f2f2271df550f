"""MkDocs hook: puts the pinned Pyodide runtime and the simulator wheel into the built site.

Two folders under assets/pyodide/, each named after its content, so a host may cache
them for a year ("immutable") and a new build can never be served an old file:

- `<pyodide version>-<hash>/`: Pyodide's core from node_modules/pyodide (npm, pinned in
  package-lock.json) and the standard library `make` chose (build/pyodide/python_stdlib.zip:
  trimmed and precompiled, or stock). It changes only with Pyodide or the set of modules,
  so returning visitors keep the 9.6 MB WebAssembly across ordinary deploys.
- `simulator-<hash>/`: the simulator wheel and the lock file `make` made by registering it
  (pyodide lockfile add-wheels), trimmed to the simulator. It changes with every change to
  the simulator. Pyodide fetches the wheel beside the lock file, with its sha256 checked.

Only the default-language build copies them (the other languages share them).
"""

import hashlib
import json
import shutil
from functools import cache
from pathlib import Path

from guide_site.i18n_builds import is_default_language_build

ROOT = Path(__file__).parents[4]
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
LOCK_WITH_SIMULATOR = ROOT / "build" / "pyodide" / "pyodide-lock.json"
STDLIB = ROOT / "build" / "pyodide" / "python_stdlib.zip"
WHEELS = ROOT / "dist"
FOLDER = "assets/pyodide"
LOCK_FILE = "pyodide-lock.json"
# Imported as modules by the checker worker; the other files it downloads and hands to Pyodide.
MODULES = ("pyodide.mjs", "pyodide.asm.mjs")


def core_sources() -> dict[str, Path]:
    """Pyodide's own files, by the name Pyodide asks for them."""
    if not STDLIB.exists():
        raise FileNotFoundError(f"{STDLIB.relative_to(ROOT)} is missing: run `make build` (it makes the standard library)")
    return {"pyodide.mjs": NPM_PYODIDE / "pyodide.mjs", "pyodide.asm.mjs": NPM_PYODIDE / "pyodide.asm.mjs",
            "pyodide.asm.wasm": NPM_PYODIDE / "pyodide.asm.wasm", "python_stdlib.zip": STDLIB}


@cache
def lock_for_the_site() -> str:
    lock = json.loads(LOCK_WITH_SIMULATOR.read_text(encoding="utf-8"))
    lock["packages"] = {"simulator": lock["packages"]["simulator"]}
    return json.dumps(lock, sort_keys=True)


def wheel_source() -> Path:
    return WHEELS / json.loads(lock_for_the_site())["packages"]["simulator"]["file_name"]


def content_hash(*contents: bytes) -> str:
    digest = hashlib.sha256()
    for content in contents:
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()[:12]


@cache
def folders() -> tuple[str, str]:
    """The content-named folders of the core and of the simulator package."""
    version = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    core = content_hash(*(path.read_bytes() for path in core_sources().values()))
    package = content_hash(lock_for_the_site().encode(), wheel_source().read_bytes())
    return f"{FOLDER}/{version}-{core}/", f"{FOLDER}/simulator-{package}/"


def described(content: bytes) -> dict:
    return {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}


@cache
def runtime_manifest() -> dict:
    """What the practice pages need to load, check and announce the runtime; paths are relative to the
    site's root.

    folder: Pyodide's indexURL; lockFile: its lockFileURL (the wheel sits beside it, where
    Pyodide looks by default); files: every file the checker worker asks for, with its size and
    SHA-256 (the worker checks each download against it).
    """
    core, package = folders()
    files = {core + name: described(path.read_bytes()) for name, path in core_sources().items()}
    files[package + wheel_source().name] = described(wheel_source().read_bytes())
    files[package + LOCK_FILE] = described(lock_for_the_site().encode("utf-8"))
    version = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    return {"version": version, "folder": core, "lockFile": package + LOCK_FILE, "files": files}


def on_post_build(config):
    if not is_default_language_build(config):
        return
    site = Path(config.site_dir)
    core, package = folders()
    for folder in (core, package):
        (site / folder).mkdir(parents=True, exist_ok=True)
    for name, source in core_sources().items():
        shutil.copyfile(source, site / core / name)
    shutil.copyfile(wheel_source(), site / package / wheel_source().name)
    (site / package / LOCK_FILE).write_bytes(lock_for_the_site().encode("utf-8"))
