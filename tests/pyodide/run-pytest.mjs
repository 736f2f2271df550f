// Runs the engine's unit tests and doctests inside real Pyodide under Node, with the
// standard library the site ships (the trimmed, precompiled python_stdlib.zip):
// the simulator comes from the wheel the build made (unpacked, as the browser gets it),
// pytest and hypothesis from pure wheels pinned in requirements.txt.
// The test tools need more of the standard library than the browser does: Pyodide's stock
// zip sits after the site's on sys.path for them, and any module the simulator's code takes
// from it is one the site's zip lacks, which fails the run (exit code 3).
// Usage: node run-pytest.mjs <stdlib zip> <simulator wheel> <folder of test wheels> <tests folder> <pytest args…>
// (the pytest arguments name what to run: /project/tests/unit, the tests folder mounted there, --pyargs simulator).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const [stdlib, wheel, testWheels, testsDir, ...pytestArgs] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const stockStdlib = join(dirname(fileURLToPath(import.meta.resolve("pyodide"))), "python_stdlib.zip");
const pyodide = await loadPyodide({ stdLibURL: resolve(stdlib) });

for (const file of [wheel, ...readdirSync(testWheels).filter((name) => name.endsWith(".whl")).map((name) => join(testWheels, name))]) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(file)), "wheel");
}
pyodide.FS.mkdir("/project");
pyodide.FS.mkdir("/project/tests");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: resolve(testsDir) }, "/project/tests");
pyodide.FS.writeFile("/lib/test_tools_stdlib.zip", readFileSync(stockStdlib));
pyodide.runPython(readFileSync(join(here, "..", "..", "scripts", "stdlib", "watch_imports.py"), "utf8"));

pyodide.globals.set("pytest_args", pyodide.toPy(pytestArgs));
const exitCode = await pyodide.runPythonAsync(`
import sys
sys.path.append("/lib/test_tools_stdlib.zip")
sys.meta_path.append(FallbackFinder("/lib/test_tools_stdlib.zip"))
import pytest
# The plugins named as pyproject.toml's addopts name them (not read here): pytest would rewrite the asserts of
# every module of an autoloaded plugin's package, and here nothing rewritten is kept (1.3 s more in each run).
with ImportWatch(fallback_path="/lib/test_tools_stdlib.zip") as watch:
    code = int(pytest.main(["-p", "no:cacheprovider", "--disable-plugin-autoload", "-p", "_hypothesis_pytestplugin",
                            "--rootdir=/project", "--doctest-modules", *pytest_args]))
import simulator
print(f"Python {sys.version.split()[0]} on {sys.platform}; simulator from {simulator.__file__}; "
      f"standard library: {len(watch.needed)} modules used by the simulator")
if watch.missing:
    print("Missing from the site's standard library (python_stdlib.zip):", ", ".join(sorted(watch.missing)))
    code = code or 3
code
`);
process.exit(exitCode);
