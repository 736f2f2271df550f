// The service worker. The build puts BUILD (this build's version) and FILES (every file of the
// site with its content hash, size and group) above this line.
//
// - One cache per build, named after it: a page is always served files of one build.
// - Install: the shared shell, plus every group the reader had saved in an older build; files
//   whose hash did not change are copied from the old cache instead of downloaded again.
// - The new build waits until the page says the reader accepted the update; activating it
//   deletes the older caches.
// - The reader's language guide is saved on the first visit; other groups when asked.

const CACHE = `hes-guide-${BUILD}`;
const PREFIX = "hes-guide-";
const HASHES = "__hashes__";
const scope = new URL(self.registration.scope);
const byUrl = new Map(FILES.map((file) => [new URL(file.url, scope).href, file]));

function filesOf(groups) {
  return FILES.filter((file) => groups.includes(file.group));
}

async function oldCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
}

// What an older cache holds: url → hash, written beside its files.
async function hashesIn(cache) {
  const response = await cache.match(HASHES);
  return response ? response.json() : {};
}

async function recordHashes(cache, files) {
  const hashes = await hashesIn(cache);
  for (const file of files) hashes[new URL(file.url, scope).href] = file.hash;
  await cache.put(HASHES, new Response(JSON.stringify(hashes)));
}

async function store(files, report = () => {}) {
  const cache = await caches.open(CACHE);
  const previous = [];
  for (const name of await oldCaches()) {
    const old = await caches.open(name);
    previous.push({ old, hashes: await hashesIn(old) });
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  for (const file of files) {
    const url = new URL(file.url, scope).href;
    let response = await cache.match(url);
    if (!response) {
      const unchanged = previous.find(({ hashes }) => hashes[url] === file.hash);
      response = unchanged && (await unchanged.old.match(url));
      if (response) await cache.put(url, response);
      else await cache.add(new Request(url, { cache: "no-cache" }));
    }
    done += file.size;
    report(done, total);
  }
  await recordHashes(cache, files);
}

// The groups an older build had saved, so an update keeps the same things offline.
async function groupsSavedBefore() {
  const saved = new Set(["core"]);
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
  if (type === "accept-update") {
    self.skipWaiting();
  } else if (type === "save") {
    const client = event.source;
    const report = (done, total) => client.postMessage({ type: "saving", groups, done, total });
    event.waitUntil(
      store(filesOf(groups), report).then(
        () => client.postMessage({ type: "saved", groups }),
        () => client.postMessage({ type: "save-failed", groups }),
      ),
    );
  } else if (type === "status") {
    event.waitUntil(groupStatus().then((groups) => event.source.postMessage({ type: "status", build: BUILD, groups })));
  }
});

// Each group's size and whether all of it is saved in this build's cache.
async function groupStatus() {
  const hashes = await hashesIn(await caches.open(CACHE));
  const status = {};
  for (const file of FILES) {
    const group = (status[file.group] ??= { size: 0, saved: true });
    group.size += file.size;
    group.saved &&= new URL(file.url, scope).href in hashes;
  }
  return status;
}

function languageOf(url) {
  const first = new URL(url).pathname.slice(scope.pathname.length).split("/")[0];
  return ["ar", "tr"].includes(first) ? `${first}/` : "";
}

async function fromNetwork(request, file) {
  const response = await fetch(request);
  if (file && response.ok) {
    // Used online: keep it for offline use, in this build's cache only.
    const cache = await caches.open(CACHE);
    await cache.put(new URL(file.url, scope).href, response.clone());
    await recordHashes(cache, [file]);
  }
  return response;
}

async function respond(request) {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  if (url.pathname.endsWith("/sitemap.xml")) {
    return (await cache.match(new URL("sitemap.xml", scope).href)) || fetch(request);
  }
  const key = url.origin + url.pathname;
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    return await fromNetwork(request, byUrl.get(key));
  } catch (error) {
    if (request.mode === "navigate") {
      const offline = await cache.match(new URL(`${languageOf(request.url)}offline/`, scope).href);
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.origin) return;
  event.respondWith(respond(request));
});
