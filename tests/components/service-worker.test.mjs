// The service worker (overrides/offline/sw.js) run in Node against a cache whose every step takes a
// moment, as a phone's storage does: what it says is saved must be what is saved.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const SCOPE = "https://guide.example/";
const SOURCE = readFileSync(new URL("../../overrides/offline/sw.js", import.meta.url), "utf-8");

// Each step waits 0 to 3 ms, in a fixed order that is the same on every run.
let steps = 0;
const pause = () => new Promise((resolve) => setTimeout(resolve, (steps++ * 7) % 4));

// A CacheStorage whose reads and writes each wait a little, so that concurrent work interleaves.
function slowCaches() {
  const stores = new Map();
  const open = async (name) => {
    await pause();
    if (!stores.has(name)) {
      const entries = new Map();
      const key = (request) => (typeof request === "string" ? request : request.url);
      stores.set(name, {
        match: async (request) => { await pause(); return entries.get(key(request))?.clone(); },
        put: async (request, response) => { await pause(); entries.set(key(request), response); },
      });
    }
    return stores.get(name);
  };
  return { open, keys: async () => [...stores.keys()], delete: async (name) => stores.delete(name) };
}

function serviceWorker(files) {
  const listeners = {};
  const bodies = new Map(files.map((file) => [new URL(file.url, SCOPE).href, file.body]));
  const manifest = files.map(({ url, group, body }) => ({
    url, group, hash: createHash("sha256").update(body).digest("hex").slice(0, 16),
    size: body.length, brotli: body.length, gzip: body.length,
  }));
  const fetch = async (request) => {
    await pause();
    const url = new URL(request.url ?? request);
    return new Response(bodies.get(url.origin + url.pathname), { status: 200 });
  };
  const self = {
    registration: { scope: SCOPE },
    clients: { claim: async () => {} },
    addEventListener: (type, listener) => { listeners[type] = listener; },
  };
  const context = vm.createContext({
    self, caches: slowCaches(), fetch, crypto: globalThis.crypto, Request, Response, URL, setTimeout, console,
  });
  const prefix = `const BUILD = "b1";\nconst LANGUAGES = [""];\nconst FILES = ${JSON.stringify(manifest)};\n`;
  vm.runInContext(prefix + SOURCE, context);

  const pending = [];
  const dispatch = (type, event) => {
    listeners[type]({ ...event, waitUntil: (promise) => pending.push(promise) });
  };
  return {
    message(data) {
      const replies = [];
      dispatch("message", { data, source: { postMessage: (reply) => replies.push(reply) } });
      return replies;
    },
    browse(url) {
      dispatch("fetch", { request: new Request(new URL(url, SCOPE)), respondWith: (promise) => pending.push(promise) });
    },
    async settled() {
      while (pending.length) await Promise.allSettled(pending.splice(0));
    },
  };
}

test("files kept while the reader browses never undo a background save of the guide", async () => {
  const guide = Array.from({ length: 12 }, (_, n) => ({ url: `page-${n}/`, group: "guide-ar", body: `page ${n}` }));
  const assets = Array.from({ length: 6 }, (_, n) => ({ url: `assets/file-${n}.css`, group: "core", body: `asset ${n}` }));
  const worker = serviceWorker([...guide, ...assets]);

  const replies = worker.message({ type: "save", groups: ["core", "guide-ar"] });
  // The page goes on loading its styles, scripts and links meanwhile; the worker keeps each one.
  for (const file of [...assets, ...guide.slice(0, 4)]) worker.browse(file.url);
  await worker.settled();
  assert.equal(replies.at(-1).type, "saved");

  const status = worker.message({ type: "status" });
  await worker.settled();
  assert.equal(status[0].groups["guide-ar"].saved, true, "the guide is saved");
  assert.equal(status[0].groups.core.saved, true, "the site's own files are saved");
});
