"""The engine's unit tests and doctests, run again inside real Pyodide under Node.

The browser runs the simulator wheel in Pyodide's Python (3.14, emscripten) with the
standard library the site ships (build/pyodide/python_stdlib.zip: trimmed to the modules
needed and precompiled, unless built with STDLIB=stock); this proves that Python passes
the same tests as CPython, from the same wheel: every test CPython collects passes there,
except those marked ``not_in_pyodide`` (they read source files the wheel does not ship),
which must be the only skips; and that no module the simulator uses is missing from that
zip (the run reports and fails on any it had to take elsewhere).
"""

import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
RUNNER = ROOT / "tests" / "pyodide" / "run-pytest.mjs"
TEST_WHEELS = ROOT / "build" / "pyodide-test-wheels"
SITE_STDLIB = ROOT / "build" / "pyodide" / "python_stdlib.zip"
# What both Pythons run: the engine's unit tests and doctests.
SELECTION = ["tests/unit", "--pyargs", "simulator"]


def simulator_wheel() -> Path:
    wheels = sorted((ROOT / "dist").glob("simulator-*-py3-none-any.whl"))
    assert wheels, "no simulator wheel in dist/: run `make test`, which builds it"
    return wheels[-1]


def collected_in_cpython() -> tuple[int, int]:
    """How many tests CPython collects from the same selection: (to pass, marked ``not_in_pyodide``)."""
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                          "-m", "not not_in_pyodide", *SELECTION], capture_output=True, text=True, timeout=300, cwd=ROOT)
    found = re.search(r"(\d+)(?:/(\d+))? tests? collected(?: \((\d+) deselected\))?", run.stdout)
    assert found, run.stdout[-2000:] + run.stderr[-2000:]
    selected, collected, deselected = (int(number or 0) for number in found.groups())
    assert selected + deselected == (collected or selected), found.group(0)
    return selected, deselected


def in_pyodide(*arguments: str) -> list[str]:
    """pytest's arguments as Pyodide's Python spells their paths (run-pytest.mjs mounts tests/ at /project/tests)."""
    return [f"/project/{argument}" if argument.startswith("tests/") else argument for argument in arguments]


def count(label: str, output: str) -> int:
    found = re.search(rf"(\d+) {label}", output)
    return int(found.group(1)) if found else 0


def run_in_pyodide(stdlib: Path, *pytest_args: str) -> tuple[subprocess.CompletedProcess, str]:
    assert (ROOT / "node_modules" / "pyodide").is_dir(), "no Pyodide in node_modules: run `make test`"
    assert stdlib.exists(), f"no {stdlib}: run `make test`, which makes it"
    run = subprocess.run(["node", str(RUNNER), str(stdlib), str(simulator_wheel()), str(TEST_WHEELS), str(ROOT / "tests"),
                          *pytest_args], capture_output=True, text=True, timeout=900, cwd=ROOT)
    # Pyodide prints its minified source with an uncaught error: keep the message lines only.
    report = run.stdout[-3000:] + "\n".join(line[:300] for line in run.stderr.splitlines()[-15:])
    return run, report


def test_unit_tests_pass_inside_pyodide_with_the_sites_standard_library():
    expected_passed, expected_skipped = collected_in_cpython()
    run, report = run_in_pyodide(SITE_STDLIB, "-q", *in_pyodide(*SELECTION))
    assert "on emscripten" in run.stdout, report
    assert "Missing from the site's standard library" not in run.stdout, report
    assert run.returncode == 0, report
    assert (count("passed", run.stdout), count("skipped", run.stdout)) == (expected_passed, expected_skipped), report


def test_a_module_missing_from_the_standard_library_fails_the_run(tmp_path):
    # The messages need gettext; a zip without it must fail here, never in a person's browser.
    lacking = tmp_path / "python_stdlib.zip"
    with zipfile.ZipFile(SITE_STDLIB) as source, zipfile.ZipFile(lacking, "w") as copy:
        for entry in source.infolist():
            if entry.filename not in ("gettext.py", "gettext.pyc"):
                copy.writestr(entry, source.read(entry))
    # Collecting the messages' tests imports the messages (and so gettext); a few of them are enough to run.
    run, report = run_in_pyodide(lacking, "-q", *in_pyodide("tests/unit/test_messages.py", "-k", "attempts_left"))
    assert run.returncode != 0, report
    assert re.search(r"Missing from the site's standard library \(python_stdlib.zip\): .*\bgettext\b", run.stdout), report
