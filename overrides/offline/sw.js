// The service worker. The build puts BUILD (this build's version), LANGUAGES (each language's
// folder, "" for the default one) and FILES (every file of the site with the start of its
// SHA-256, its size, its brotli and gzip sizes and its group) above this line.
//
// - One cache per build, named after it: a page is always served files of one build.
// - Nothing is stored or counted as a file unless its bytes match the file's hash in FILES: a
//   response of another build (a deploy in between, a stale proxy) is never kept under this
//   build's name. A mismatch is fetched once more past every cache, then the save fails cleanly.
// - Install: every group the reader had saved in an older build (a first install, nothing); files
//   whose hash did not change are copied (checked again) from the old cache instead of downloaded.
// - The new build waits until a page says the reader accepted the update; activating it
//   deletes the older caches.
// - Serving never waits for storing: a full disk only means nothing more is saved.

const CACHE = `hes-guide-${BUILD}`;
const PREFIX = "hes-guide-";
const HASHES = "__hashes__";
// A save writes the list of hashes once per this many files stored (and at its end), not once per
// file: it is read and written whole. Files stored but not yet listed are downloaded again next time.
const RECORD_EVERY = 10;
const scope = new URL(self.registration.scope);
const byUrl = new Map(FILES.map((file) => [new URL(file.url, scope).href, file]));

class SaveError extends Error {
  constructor(reason) {
    super(reason);
    this.name = reason;
  }
}

function filesOf(groups) {
  return FILES.filter((file) => groups.includes(file.group));
}

// Sizes of several files summed: raw (what storing takes) and compressed (what downloading
// costs; the page tells which its host sends, assets/transfer-size.js).
function sizes(files) {
  const total = { size: 0, brotli: 0, gzip: 0 };
  for (const file of files) {
    total.size += file.size;
    total.brotli += file.brotli;
    total.gzip += file.gzip;
  }
  return total;
}

async function oldCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
}

async function sha256(bytes) {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

// The response again if its body is the file's content, else null.
async function verified(response, file) {
  if (!response?.ok) return null;
  const bytes = await response.arrayBuffer();
  if (!(await sha256(bytes)).startsWith(file.hash)) return null;
  const { status, statusText, headers } = response;
  return new Response(bytes, { status, statusText, headers });
}

// What a cache holds: url → hash, written beside its files.
async function hashesIn(cache) {
  const response = await cache.match(HASHES);
  return response ? response.json() : {};
}

// One write at a time: a save and the files kept while the reader browses both add to the list,
// and two interleaved read-then-writes would drop what the other added (the group would never
// count as saved).
let hashesWritten = Promise.resolve();

function recordHashes(cache, files) {
  const write = hashesWritten.then(async () => {
    const hashes = await hashesIn(cache);
    for (const file of files) hashes[new URL(file.url, scope).href] = file.hash;
    await cache.put(HASHES, new Response(JSON.stringify(hashes)));
  });
  hashesWritten = write.catch(() => {});
  return write;
}

function asSaveError(error) {
  if (error instanceof SaveError) return error;
  return new SaveError(error?.name === "QuotaExceededError" ? "quota" : "network");
}

// The browser's own copy first (the page just loaded most of the shell): its hash is checked like any
// download's, and one of an older build is fetched again past every cache.
async function download(url, file) {
  const first = await verified(await fetch(url), file);
  if (first) return first;
  // Past the browser's and any proxy's cache: the address changes, a static host ignores the query.
  const again = await verified(await fetch(new Request(`${url}?sha=${file.hash}`, { cache: "reload" })), file);
  if (again) return again;
  throw new SaveError("integrity");
}

async function store(files, report = () => {}) {
  const cache = await caches.open(CACHE);
  const previous = [];
  for (const name of await oldCaches()) {
    const old = await caches.open(name);
    previous.push({ old, hashes: await hashesIn(old) });
  }
  const saved = await hashesIn(cache);
  const total = sizes(files);
  const done = [];
  const stored = [];
  const record = async () => stored.length && recordHashes(cache, stored.splice(0));
  try {
    for (const file of files) {
      const url = new URL(file.url, scope).href;
      if (saved[url] !== file.hash) {
        const unchanged = previous.find(({ hashes }) => hashes[url] === file.hash);
        const copy = unchanged && (await verified(await unchanged.old.match(url), file));
        await cache.put(url, copy || (await download(url, file)));
        stored.push(file);
        if (stored.length === RECORD_EVERY) await record();
      }
      done.push(file);
      report(sizes(done), total);
    }
    await record();
  } catch (error) {
    await record().catch(() => {});
    throw asSaveError(error);
  }
}

// The groups an older build had saved, so an update keeps the same things offline. A first install
// saves nothing itself: the page asks for the shell and its guide when that costs the reader
// nothing they are waiting for (at once on a guide page, once the checker is ready on a practice
// page, never under Save-Data).
async function groupsSavedBefore() {
  const saved = new Set();
  for (const name of await oldCaches()) {
    const hashes = await hashesIn(await caches.open(name));
    for (const url of Object.keys(hashes)) {
      const file = byUrl.get(url);
      if (file) saved.add(file.group);
    }
  }
  return [...saved];
}

self.addEventListener("install", (event) => {
  event.waitUntil(groupsSavedBefore().then((groups) => store(filesOf(groups))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    oldCaches()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const { type, groups } = event.data || {};
  const client = event.source;
  if (type === "accept-update") {
    self.skipWaiting();
  } else if (type === "save") {
    const report = (done, total) => client.postMessage({ type: "saving", groups, done, total });
    const { size } = sizes(filesOf(groups));
    event.waitUntil(
      store(filesOf(groups), report).then(
        () => client.postMessage({ type: "saved", groups }),
        (error) => client.postMessage({ type: "save-failed", groups, reason: error.name, size }),
      ),
    );
  } else if (type === "status") {
    event.waitUntil(groupStatus().then((status) => client.postMessage({ type: "status", build: BUILD, groups: status })));
  }
});

// Each group's sizes and whether all of it is saved in this build's cache.
async function groupStatus() {
  const hashes = await hashesIn(await caches.open(CACHE));
  const status = {};
  for (const group of new Set(FILES.map((file) => file.group))) {
    const files = filesOf([group]);
    const saved = files.every((file) => hashes[new URL(file.url, scope).href] === file.hash);
    status[group] = { ...sizes(files), saved };
  }
  return status;
}

// Used online: kept for offline use, in this build's cache, if it is this build's file.
async function keep(response, file) {
  const body = await verified(response, file);
  if (!body) return;
  const cache = await caches.open(CACHE);
  await cache.put(new URL(file.url, scope).href, body);
  await recordHashes(cache, [file]);
}

// The site's offline page in the reader's language. Its links are relative to its own folder,
// and it is shown at whatever address could not be opened: a <base> makes them resolve.
async function offlinePage(url, cache) {
  const first = url.pathname.slice(scope.pathname.length).split("/")[0];
  const folder = LANGUAGES.includes(first) ? `${first}/` : "";
  const address = new URL(`${folder}offline/`, scope).href;
  const page = await cache.match(address);
  if (!page) return null;
  const html = (await page.text()).replace("<head>", `<head><base href="${address}">`);
  return new Response(html, { headers: page.headers });
}

// The saved page a person meant: /notes/index.html is /notes/; /glossary is /glossary/.
function savedAddress(url) {
  if (url.pathname.endsWith("/index.html")) return url.origin + url.pathname.slice(0, -"index.html".length);
  if (!url.pathname.endsWith("/") && !url.pathname.split("/").pop().includes(".")) {
    return `${url.origin}${url.pathname}/`;
  }
  return null;
}

async function respond(event) {
  const { request } = event;
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    const file = byUrl.get(key);
    if (file && response.ok) event.waitUntil(keep(response.clone(), file).catch(() => {}));
    return response;
  } catch (error) {
    if (request.mode !== "navigate") throw error;
    const meant = savedAddress(url);
    if (meant && (await cache.match(meant))) {
      // A folder's index.html sits in the folder itself; an address without its slash moves to it.
      return url.pathname.endsWith("/index.html") ? cache.match(meant) : Response.redirect(meant + url.search, 301);
    }
    const offline = await offlinePage(url, cache);
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.origin) return;
  event.respondWith(respond(event));
});
