// The checker: Pyodide and the simulator package, in a dedicated worker so the page never freezes.
// It receives the form's answers, answers with the simulator's judgement, and runs the SMS step.
// What it is given stays in this worker's memory: it is never logged, stored or sent anywhere.
//
// Each runtime file crosses the network once: this worker downloads it (showing progress),
// checks it against its SHA-256, and hands Pyodide the bytes it already has. When the page is
// controlled by the site's service worker, that download goes through it and is saved offline.

import { sha256hex } from "../text.js";


function post(message) {
  self.postMessage(message);
}

class CheckerError extends Error {
  constructor(reason) {
    super(reason);
    this.name = reason;
  }
}

async function download(file, report) {
  let response;
  try {
    response = await fetch(file.url);
  } catch {
    throw new CheckerError("network");
  }
  if (!response.ok) throw new CheckerError("network");
  const chunks = [];
  const reader = response.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      report(chunk.value.length);
    }
  } catch {
    throw new CheckerError("network");
  }
  const bytes = await new Blob(chunks).arrayBuffer();
  // No digest outside secure contexts (https, localhost); nothing is cached there either.
  const digest = await sha256hex(bytes);
  if (digest !== null && file.sha256 && digest !== file.sha256) throw new CheckerError("integrity");
  return bytes;
}

// All files at once (the connection is shared anyway), with one progress figure for them all.
async function downloadAll(files) {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  const report = (bytes) => {
    done += bytes;
    post({ type: "progress", done: Math.min(done, total), total });
  };
  const bodies = await Promise.all(files.map((file) => download(file, report)));
  return new Map(files.map((file, index) => [file.url, { bytes: bodies[index], type: file.type }]));
}

// Pyodide asks for its files with fetch(); it gets the bytes this worker already holds.
function serveFrom(downloaded) {
  const networkFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    const file = downloaded.get(url);
    if (!file) return networkFetch(input, init);
    return Promise.resolve(new Response(file.bytes, { headers: { "Content-Type": file.type } }));
  };
}

// The loader modules are imported once each, here; Pyodide is told not to import them again.
async function importAll(modules) {
  try {
    return await Promise.all(modules.map((url) => import(url)));
  } catch {
    throw new CheckerError("network");
  }
}

async function start({ indexURL, lockFileURL, files, modules }) {
  const [downloaded, [{ loadPyodide }, { default: createPyodideModule }]] = await Promise.all([
    downloadAll(files), importAll(modules),
  ]);
  serveFrom(downloaded);
  post({ type: "starting" });
  const quiet = () => {};
  const pyodide = await loadPyodide({
    indexURL, lockFileURL, createPyodideModule, packages: ["simulator"], stdout: quiet, stderr: quiet,
  });
  await startEngine(pyodide);
}

// Until simulator.browser lands (CONTRACT §2), the same requests answered by today's engine calls,
// so that the page already speaks the browser API and the switch is one line in start().
const INTERIM_BROWSER_API = `
import json
import simulator
from simulator import messages, portal
from simulator.confirmation import Confirmation
from simulator.forms import load
from simulator.made import MAKERS

confirmation = Confirmation()


def send(request):
    form = load(request["form"])
    stage = form.stage(request["stage"])
    phone = simulator.validate(form.id, request["answers"]).values.get(stage.phone, "")
    code = confirmation.send()
    made = {stage.makes: MAKERS[stage.makes]()} if stage.makes else {}
    sms = (stage.message or portal.words()["sms"].text).format(code=code, **made)
    masked = f"0{phone[:3]} *** ** {phone[-2:]}"
    return {"code": code, "sms": sms, "sent": messages.text("code.sent", request["lang"], phone=masked),
            "seconds": confirmation.seconds_left(), "made": made}


def check(request):
    result, after = simulator.validate_stage(request["form"], request["stage"], request["answers"], request["lang"])
    return result.to_dict() | {"next": after}


def confirm(request):
    answer = confirmation.check(request["code"])
    return {"outcome": answer.outcome.value, "message": answer.message(request["lang"]),
            "attempts_left": answer.attempts_left, "seconds": confirmation.seconds_left()}


def handle(request_json):
    request = json.loads(request_json)
    answer = {"check": check, "send": send, "confirm": confirm}.get(request.get("type"))
    return json.dumps(answer(request) if answer else {"error": "unknown_request"})
`;

let handle;

async function startEngine(pyodide) {
  pyodide.runPython(INTERIM_BROWSER_API);
  handle = pyodide.globals.get("handle");
}

let started;

self.onmessage = async ({ data }) => {
  if (data.type === "start") {
    started = start(data).then(
      () => post({ type: "ready" }),
      (error) => post({ type: "failed", reason: error instanceof CheckerError ? error.name : "error" }),
    );
    return;
  }
  await started;
  try {
    // The one call into the engine: JSON in, JSON out (no Python object crosses into the page).
    post({ type: "answer", id: data.id, answer: JSON.parse(handle(JSON.stringify(data.request))) });
  } catch (error) {
    post({ type: "answer", id: data.id, error: error.name });
  }
};
