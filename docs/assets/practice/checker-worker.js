// The checker: Pyodide and the simulator package, in a dedicated worker so the page never freezes.
// Every question ({type: "request", id, request}) hands its request as it is to simulator.browser.handle,
// which knows the forms; this worker knows none. The answer comes back as {type: "answer", id, answer}.
// What it is given stays in this worker's memory: it is never logged, stored or sent anywhere.
//
// Each runtime file crosses the network once: this worker downloads it (showing progress),
// checks it against its SHA-256, and hands Pyodide the bytes it already has. When the page is
// controlled by the site's service worker, that download goes through it and is saved offline.

import { sha256hex } from "../text.js";
import { downloadProgress } from "./download-progress.js";

let handle;

function post(message) {
  self.postMessage(message);
}

class CheckerError extends Error {
  constructor(reason) {
    super(reason);
    this.name = reason;
  }
}

// The chunks as one buffer, joined in this worker (a Blob would copy every runtime file into the
// browser's own process and back: more memory, and a seventh more CPU before the checker is ready).
function joined(chunks) {
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole.buffer;
}

async function download(file, progress) {
  let response;
  try {
    response = await fetch(file.url);
  } catch {
    throw new CheckerError("network");
  }
  if (!response.ok) throw new CheckerError("network");
  progress.answered(file, response.headers);
  const chunks = [];
  const reader = response.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      progress.read(file, chunk.value.length);
    }
  } catch {
    throw new CheckerError("network");
  }
  const bytes = joined(chunks);
  // No digest outside secure contexts (https, localhost); nothing is cached there either.
  const digest = await sha256hex(bytes);
  if (digest !== null && file.sha256 && digest !== file.sha256) throw new CheckerError("integrity");
  return bytes;
}

// All files at once (the connection is shared anyway), with one progress figure for them all.
async function downloadAll(files, progress) {
  const bodies = await Promise.all(files.map((file) => download(file, progress)));
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
async function importAll(modules, progress) {
  try {
    return await Promise.all(modules.map(async (file) => {
      const module = await import(file.url);
      progress.whole(file);
      return module;
    }));
  } catch {
    throw new CheckerError("network");
  }
}

async function start({ indexURL, lockFileURL, files, modules }) {
  const progress = downloadProgress([...files, ...modules], (done, total) => post({ type: "progress", done, total }));
  const [downloaded, [{ loadPyodide }, { default: createPyodideModule }]] = await Promise.all([
    downloadAll(files, progress), importAll(modules, progress),
  ]);
  serveFrom(downloaded);
  post({ type: "starting" });
  const quiet = () => {};
  const pyodide = await loadPyodide({
    indexURL, lockFileURL, createPyodideModule, packages: ["simulator"], stdout: quiet, stderr: quiet,
  });
  // Strings cross between JavaScript and Python, never proxies: nothing to destroy, nothing kept.
  handle = pyodide.pyimport("simulator.browser").handle;
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
