// Runs the engine's unit tests and doctests inside real Pyodide under Node:
// the simulator comes from the wheel the build made (unpacked, as the browser gets it),
// pytest and hypothesis from pure wheels pinned in requirements.txt.
// Usage: node run-pytest.mjs <simulator wheel> <folder of test wheels> <tests folder> [pytest args…]
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [wheel, testWheels, testsDir, ...pytestArgs] = process.argv.slice(2);
const pyodide = await loadPyodide();

for (const file of [wheel, ...readdirSync(testWheels).filter((name) => name.endsWith(".whl")).map((name) => join(testWheels, name))]) {
  pyodide.unpackArchive(new Uint8Array(readFileSync(file)), "wheel");
}
pyodide.FS.mkdir("/project");
pyodide.FS.mkdir("/project/tests");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: resolve(testsDir) }, "/project/tests");

pyodide.globals.set("pytest_args", pyodide.toPy(pytestArgs));
const exitCode = await pyodide.runPythonAsync(`
import sys, simulator, pytest
print(f"Python {sys.version.split()[0]} on {sys.platform}; simulator from {simulator.__file__}")
int(pytest.main(["-p", "no:cacheprovider", "--rootdir=/project", "--doctest-modules",
                 "/project/tests/unit", "--pyargs", "simulator", *pytest_args]))
`);
process.exit(exitCode);
