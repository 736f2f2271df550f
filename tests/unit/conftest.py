import sys

import pytest
from hypothesis import HealthCheck, settings

IN_PYODIDE = sys.platform == "emscripten"

# Inside Pyodide (sys.platform "emscripten", where these run in tests/test_engine_in_pyodide.py, and in
# `make setup`'s trim when the sources changed) the same properties run on fewer examples: there they show that the
# engine behaves the same; CPython's examples search for the counter-examples.
settings.register_profile("cpython", max_examples=200, deadline=None)
settings.register_profile("pyodide", max_examples=20, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
# `make setup`'s trim runs them only to note the modules the engine imports (scripts/stdlib/trim.mjs,
# --hypothesis-profile=imports): a few examples go through the same code.
settings.register_profile("imports", settings.get_profile("pyodide"), max_examples=3)
settings.load_profile("pyodide" if IN_PYODIDE else "cpython")

# The one declared reason a test may not run inside Pyodide: tests/test_engine_in_pyodide.py
# counts the tests carrying this mark and requires every other one to pass there.
not_in_pyodide = pytest.mark.not_in_pyodide


def pytest_configure(config):
    config.addinivalue_line("markers", "not_in_pyodide: needs the source checkout (the wheel has only compiled catalogues)")


def pytest_collection_modifyitems(config, items):
    if IN_PYODIDE:
        skip = pytest.mark.skip(reason="the source files are not in the wheel")
        for item in items:
            if "not_in_pyodide" in item.keywords:
                item.add_marker(skip)
