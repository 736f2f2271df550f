"""The engine's unit tests and doctests, run again inside real Pyodide under Node.

The browser runs the simulator wheel in Pyodide's Python (3.14, emscripten);
this proves that Python passes the same tests as CPython, from the same wheel.
"""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[1]
RUNNER = ROOT / "tests" / "pyodide" / "run-pytest.mjs"
TEST_WHEELS = ROOT / "build" / "pyodide-test-wheels"


def simulator_wheel() -> Path:
    wheels = sorted((ROOT / "dist").glob("simulator-*-py3-none-any.whl"))
    assert wheels, "no simulator wheel in dist/: run `make test`, which builds it"
    return wheels[-1]


def test_unit_tests_pass_inside_pyodide():
    assert (ROOT / "node_modules" / "pyodide").is_dir(), "no Pyodide in node_modules: run `make test`"
    run = subprocess.run(["node", str(RUNNER), str(simulator_wheel()), str(TEST_WHEELS), str(ROOT / "tests"), "-q"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    # Pyodide prints its minified source with an uncaught error: keep the message lines only.
    report = run.stdout[-3000:] + "\n".join(line[:300] for line in run.stderr.splitlines()[-15:])
    assert "on emscripten" in run.stdout, report
    assert run.returncode == 0, report
    passed = int(re.search(r"(\d+) passed", run.stdout).group(1))
    assert passed >= 400, report
