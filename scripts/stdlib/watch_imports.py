"""Runs inside Pyodide: notes every import made while the simulator's code is running.

Installed as builtins.__import__ around a test run, it sees each `import` statement
executed with a frame of the `simulator` package on the stack (the simulator's own
imports, and the standard library's imports made on its behalf, lazy ones included).
`needed` collects those module names; `missing` collects the ones that came from
`fallback_path` (a second copy of the standard library that only the test tools may
use), which are modules the trimmed standard library lacks.
"""

import builtins
import sys
import zipimport


# The test runner's own packages: the simulator never calls them, so no frame of it lies below theirs
# (pytest runs the tests, imports their modules and runs the doctests from its own frames).
RUNNER = frozenset({"_pytest", "pluggy"})


def simulator_is_running(frame) -> bool:
    """Whether a frame of the simulator is on the stack from ``frame`` down to the test runner's frames
    (a walk of the whole stack under pytest, at each import statement, cost the tests' run a quarter more)."""
    while frame is not None:
        package = frame.f_globals.get("__name__", "").partition(".")[0]
        if package == "simulator":
            return True
        if package in RUNNER:
            return False
        frame = frame.f_back
    return False


def origin(name: str) -> str:
    spec = getattr(sys.modules.get(name), "__spec__", None)
    return (getattr(spec, "origin", None) or "") if spec else ""


class ImportWatch:
    def __init__(self, fallback_path: str = "") -> None:
        self.fallback_path = fallback_path
        self.needed: set[str] = set()
        self.missing: set[str] = set()
        self.original = builtins.__import__

    def __enter__(self) -> "ImportWatch":
        builtins.__import__ = self
        return self

    def __exit__(self, *exc) -> None:
        builtins.__import__ = self.original

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        module = self.original(name, globals, locals, fromlist, level)
        if level == 0 and simulator_is_running(sys._getframe(1)):
            names = [name, *(f"{name}.{item}" for item in fromlist or () if f"{name}.{item}" in sys.modules)]
            for full in names:
                if full.partition(".")[0] == "simulator":
                    continue
                self.needed.add(full)
                if self.fallback_path and origin(full).startswith(self.fallback_path):
                    self.missing.add(full)
        return module


class FallbackFinder:
    """Finds, for the test tools, submodules the trimmed zip lacks of packages it holds (importlib.resources).

    A package's submodules are looked for only beside the package, so the fallback zip on
    sys.path alone would not reach them.
    """

    def __init__(self, fallback_path: str) -> None:
        self.fallback_path = fallback_path

    def find_spec(self, fullname, path=None, target=None):
        parent, _, _ = fullname.rpartition(".")
        if not parent:
            return None
        try:
            importer = zipimport.zipimporter(f"{self.fallback_path}/{parent.replace('.', '/')}/")
        except zipimport.ZipImportError:
            return None
        return importer.find_spec(fullname)
