// Builds the trimmed, precompiled standard library the site ships as python_stdlib.zip.
//
// 1. Runs the engine's test suite inside stock Pyodide (its properties on a few examples),
//    noting every import made while the simulator's code runs (watch_imports.py).
// 2. In a fresh Pyodide that loads the simulator the way the browser does (lock file,
//    `packages: ["simulator"]`), uses every form in every language (exercise.py), imports
//    what step 1 found, and lists every module then loaded from the standard library:
//    Pyodide's own start-up set, the package loader's and the simulator's.
// 3. Compiles those modules with Pyodide's own Python and zips them stored (pack.py).
// 4. Checks the result: a fresh Pyodide given only the new zip loads the simulator and
//    does all of step 2 again; any module missing fails the build here, not in a browser.
//
// Steps 1 and 2 (half a minute) find what only the files they read can change: the simulator's
// sources, these scripts, the engine's tests and Pyodide's version. What they found is kept in
// found.json (committed) under a hash of those files; while the hash is the same, a clone uses it
// and runs steps 3 and 4 only. A changed file finds them again and rewrites found.json.
//
// Usage: node scripts/stdlib/trim.mjs <lock file> <simulator wheel> <test wheels folder> <tests folder> <output zip>
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const FOUND = join(here, "found.json");
// What steps 1 and 2 read: the simulator's sources, its tests, these scripts, the pinned Pyodide and test tools.
const INPUTS = ["simulator", "tests/unit", "tests/fixtures/*/simulator", "scripts/stdlib", "package-lock.json", "requirements.txt"];
const [lockFile, wheel, testWheels, testsDir, output] = process.argv.slice(2).map((path) => resolve(path));
// A fresh object each time: loadPyodide writes into the options it is given.
const quiet = () => ({ stdout: () => {}, stderr: () => {} });
const python = (name) => readFileSync(join(here, name), "utf8");

// What the practice page's worker does with the simulator: JSON strings through simulator.browser.handle.
function useLikeTheWorker(pyodide) {
  const handle = pyodide.pyimport("simulator.browser").handle;
  const { forms } = JSON.parse(handle(JSON.stringify({ type: "forms" })));
  for (const form of forms) {
    for (const lang of ["en", "ar", "tr"]) {
      const { stages } = JSON.parse(handle(JSON.stringify({ type: "describe", form, lang, today: "2021-01-10" })));
      const answers = { phone: "٠٥٣٢ ١٢٣ ٤٥ ٦٧", hes_code: "a1b2" };
      for (const stage of stages) {
        JSON.parse(handle(JSON.stringify({ type: "check", form, stage: stage.id, answers, lang })));
        if (stage.kind === "sms") {
          const { code } = JSON.parse(handle(JSON.stringify({ type: "send", form, stage: stage.id, answers, lang })));
          JSON.parse(handle(JSON.stringify({ type: "confirm", code, lang, form, stage: stage.id, answers })));
        }
      }
    }
  }
}

function likeTheBrowser(options = {}) {
  return loadPyodide({ ...quiet(), ...options, lockFileURL: lockFile, packageBaseUrl: `${dirname(wheel)}/`, packages: ["simulator"] });
}

async function importsOfTheTestSuite() {
  const pyodide = await loadPyodide(quiet());
  for (const file of [wheel, ...readdirSync(testWheels).filter((name) => name.endsWith(".whl")).map((name) => join(testWheels, name))]) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(file)), "wheel");
  }
  pyodide.FS.mkdirTree("/project/tests");
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: testsDir }, "/project/tests");
  pyodide.runPython(python("watch_imports.py"), { globals: pyodide.globals });
  const [exitCode, names, modules] = pyodide.runPython(`
import pytest
# The simulator is first imported under the watch (by pytest's collection).
with ImportWatch() as watch:
    code = int(pytest.main(["-p", "no:cacheprovider", "-q", "--rootdir=/project", "--doctest-modules",
                            "--hypothesis-profile=imports", "/project/tests/unit", "--pyargs", "simulator"]))
import pkgutil, simulator
[code, sorted(watch.needed), [m.name for m in pkgutil.walk_packages(simulator.__path__, "simulator.")]]
`).toJs();
  if (exitCode !== 0) throw new Error(`the engine's tests failed inside Pyodide (pytest exit ${exitCode})`);
  return { names, modules };
}

async function modulesTheBrowserLoads({ names, modules }) {
  const pyodide = await likeTheBrowser();
  useLikeTheWorker(pyodide);
  pyodide.runPython(python("exercise.py"), { globals: pyodide.globals });
  pyodide.globals.set("extra_names", pyodide.toPy(names));
  pyodide.globals.set("simulator_modules", pyodide.toPy(modules));
  return pyodide.runPython(`
import importlib, sys
exercise(simulator_modules)
for name in extra_names:
    importlib.import_module(name)
prefix = "/lib/python314.zip/"
origins = (getattr(getattr(module, "__spec__", None), "origin", None) or "" for module in list(sys.modules.values()))
sorted({origin.removeprefix(prefix) for origin in origins if origin.startswith(prefix)})
`).toJs();
}

async function packed(paths) {
  const pyodide = await loadPyodide(quiet());
  pyodide.runPython(python("pack.py"), { globals: pyodide.globals });
  pyodide.globals.set("paths", pyodide.toPy(paths));
  const summary = pyodide.runPython(`compile_to_zip(list(paths), "/tmp/python_stdlib.zip")`).toJs({ dict_converter: Object.fromEntries });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, pyodide.FS.readFile("/tmp/python_stdlib.zip"));
  return summary;
}

async function checked({ names, modules }) {
  const pyodide = await likeTheBrowser({ stdLibURL: output });
  useLikeTheWorker(pyodide);
  pyodide.runPython(python("exercise.py"), { globals: pyodide.globals });
  pyodide.globals.set("names", pyodide.toPy(names));
  pyodide.globals.set("simulator_modules", pyodide.toPy(modules));
  return pyodide.runPython(`
import importlib, sys
judged = exercise(simulator_modules)
for name in names:
    importlib.import_module(name)
assert all(not (getattr(getattr(m, "__spec__", None), "origin", None) or "").endswith(".py")
           for m in list(sys.modules.values()) if m.__name__.partition(".")[0] != "simulator"), "a .py was compiled at start"
judged
`);
}

// A hash of every tracked file steps 1 and 2 read, as it is on disk now; null outside a git checkout.
function inputsHash() {
  let listed;
  try {
    listed = execFileSync("git", ["ls-files", "-z", "--", ...INPUTS], { cwd: root, encoding: "utf8" });
  } catch {
    return null;
  }
  const hash = createHash("sha256");
  for (const file of listed.split("\0").filter(Boolean).sort()) {
    if (resolve(root, file) === FOUND || !existsSync(join(root, file))) continue;
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

async function found() {
  const inputs = inputsHash();
  const kept = existsSync(FOUND) ? JSON.parse(readFileSync(FOUND, "utf8")) : null;
  if (inputs && kept?.inputs === inputs) return { ...kept, again: false };
  const testImports = await importsOfTheTestSuite();
  const paths = await modulesTheBrowserLoads(testImports);
  const result = { inputs, paths, ...testImports };
  if (inputs) writeFileSync(FOUND, `${JSON.stringify(result, null, 1)}\n`);
  return { ...result, again: true };
}

try {
  const { paths, again, ...testImports } = await found();
  const summary = await packed(paths);
  const judged = await checked(testImports);
  console.log(`${basename(output)}: ${summary.modules} modules, ${(summary.bytes / 1e6).toFixed(2)} MB stored; ` +
            `${testImports.names.length} modules imported by the simulator under its tests ` +
            `(${again ? `found now, kept in ${relative(root, FOUND)}` : `as ${relative(root, FOUND)} says for these sources`}); ` +
            `${judged} stage checks (every form × language, through simulator.browser) passed with it`);
} catch (error) {
  // Pyodide's errors print its whole minified source; the message is what helps.
  console.error(`Could not build the trimmed standard library: ${String(error.message).slice(-3000)}`);
  process.exit(1);
}
