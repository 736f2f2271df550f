import sys

from hypothesis import HealthCheck, settings

# Inside Pyodide (sys.platform "emscripten") the same properties run on fewer examples.
settings.register_profile("cpython", max_examples=300, deadline=None)
settings.register_profile("pyodide", max_examples=40, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pyodide" if sys.platform == "emscripten" else "cpython")
