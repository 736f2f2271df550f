"""Puts the pinned Pyodide runtime and the simulator wheel into the built site.

Two folders under assets/pyodide/, each named after its content, so a host may cache
them for a year ("immutable") and a new build can never be served an old file:

- `<pyodide version>-<hash>/`: Pyodide's core from node_modules/pyodide (npm, pinned in
  package-lock.json) with its loader module as `make` minified it, and the standard library
  `make` chose (build/pyodide/python_stdlib.zip: trimmed and precompiled, or stock). It changes only with Pyodide or the set of modules,
  so returning visitors keep the 9.6 MB WebAssembly across ordinary deploys.
- `simulator-<hash>/`: the simulator wheel and the lock file `make` made by registering it
  (pyodide lockfile add-wheels), trimmed to the simulator. It changes with every change to
  the simulator. Pyodide fetches the wheel beside the lock file, with its sha256 checked.

Each file's facts (size, SHA-256, and its brotli and gzip sizes: what it costs to download)
go into the practice pages' config (runtime_manifest). The runtime plugin copies the files once,
in the default language's build (the other languages share them).
"""

import hashlib
import json
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide_site.compression import transfer_sizes

FOLDER = "assets/pyodide"
LOCK_FILE = "pyodide-lock.json"
# Imported as modules by the checker worker; the other files it downloads and hands to Pyodide.
MODULES = ("pyodide.mjs", "pyodide.asm.mjs")


@dataclass(frozen=True)
class Sources:
    """Where the runtime's files are before the build copies them (the runtime plugin's options)."""
    pyodide: Path  # the npm package, pinned in package-lock.json
    loader: Path  # its pyodide.asm.mjs, minified (make)
    lock_with_simulator: Path  # Pyodide's lock file with the simulator wheel registered (make)
    stdlib: Path  # the standard library make chose
    wheels: Path  # where the simulator wheel is
    compressed_cache: Path  # compressed copies by content hash (guide_site/compression.py)


# This checkout's; the runtime plugin points at the project it builds (use_sources).
SOURCES = Sources(*(Path(__file__).parents[4] / path for path in (
    "node_modules/pyodide", "build/pyodide/pyodide.asm.mjs", "build/pyodide/pyodide-lock.json",
    "build/pyodide/python_stdlib.zip", "dist", "build/precompressed")))


def use_sources(sources: Sources) -> None:
    global SOURCES
    SOURCES = sources


def core_sources() -> dict[str, Path]:
    """Pyodide's own files, by the name Pyodide asks for them."""
    for made in (SOURCES.stdlib, SOURCES.loader):
        if not made.exists():
            raise PluginError(f"{made} is missing: run `make setup` (it makes the standard library and the loader)")
    npm = SOURCES.pyodide
    return {"pyodide.mjs": npm / "pyodide.mjs", "pyodide.asm.mjs": SOURCES.loader,
            "pyodide.asm.wasm": npm / "pyodide.asm.wasm", "python_stdlib.zip": SOURCES.stdlib}


def lock_for_the_site() -> str:
    """Pyodide's lock file trimmed to the simulator (the site ships no other package)."""
    if not SOURCES.lock_with_simulator.exists():
        raise PluginError(f"{SOURCES.lock_with_simulator} is missing: run `make setup` (it registers the simulator wheel)")
    lock = json.loads(SOURCES.lock_with_simulator.read_text(encoding="utf-8"))
    lock["packages"] = {"simulator": lock["packages"]["simulator"]}
    return json.dumps(lock, sort_keys=True)


def wheel_source(lock: str) -> Path:
    wheel = SOURCES.wheels / json.loads(lock)["packages"]["simulator"]["file_name"]
    if not wheel.exists():
        raise PluginError(f"{wheel} is missing: run `make setup` (it builds the simulator wheel)")
    return wheel


def content_hash(*contents: bytes) -> str:
    digest = hashlib.sha256()
    for content in contents:
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()[:12]


def runtime() -> dict:
    """The runtime as the site ships it: its folders, and each file's source and facts."""
    lock = lock_for_the_site()
    paths = [*core_sources().values(), SOURCES.pyodide / "package.json", wheel_source(lock)]
    return runtime_of(SOURCES, lock, tuple((path, path.stat().st_mtime_ns, path.stat().st_size) for path in paths))


# Keyed by every source file's version: a new wheel (an edited simulator) is a new runtime, and
# the 13 MB are hashed (and measured compressed) again only when one of them changed.
@cache
def runtime_of(sources: Sources, lock: str, versions: tuple) -> dict:
    wheel = wheel_source(lock)
    contents = {name: path.read_bytes() for name, path in core_sources().items()}
    version = json.loads((sources.pyodide / "package.json").read_text(encoding="utf-8"))["version"]
    core = f"{FOLDER}/{version}-{content_hash(*contents.values())}/"
    package = f"{FOLDER}/simulator-{content_hash(lock.encode(), wheel.read_bytes())}/"

    def described(name: str, content: bytes) -> dict:
        return {"size": len(content), "sha256": hashlib.sha256(content).hexdigest(),
                **transfer_sizes(name, content, sources.compressed_cache)}

    files = {core + name: described(name, content) for name, content in contents.items()}
    files[package + wheel.name] = described(wheel.name, wheel.read_bytes())
    files[package + LOCK_FILE] = described(LOCK_FILE, lock.encode("utf-8"))
    return {"core": core, "package": package, "wheel": wheel, "lock": lock, "version": version, "files": files}


def runtime_manifest() -> dict:
    """What the practice pages need to load, check and announce the runtime; paths are relative to the
    site's root.

    folder: Pyodide's indexURL; lockFile: its lockFileURL (the wheel sits beside it, where
    Pyodide looks by default); files: every file the checker worker asks for, with its size and
    SHA-256 (the worker checks each download against it), and its brotli and gzip sizes (what a
    host that compresses sends: the page tells the reader that, not the raw size).
    """
    shipped = runtime()
    return {"version": shipped["version"], "folder": shipped["core"], "lockFile": shipped["package"] + LOCK_FILE,
            "files": shipped["files"]}


def copy_runtime(site: Path) -> None:
    """The runtime's files into their content-named folders of ``site``."""
    shipped = runtime()
    core, package = site / shipped["core"], site / shipped["package"]
    for folder in (core, package):
        folder.mkdir(parents=True, exist_ok=True)
    for name, source in core_sources().items():
        shutil.copyfile(source, core / name)
    shutil.copyfile(shipped["wheel"], package / shipped["wheel"].name)
    (package / LOCK_FILE).write_bytes(shipped["lock"].encode("utf-8"))
