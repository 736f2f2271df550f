"""Where typed answers must never go: the network (addresses and bodies, from the page, its workers and its
service worker), the browser's storage (localStorage, sessionStorage, IndexedDB, Cache Storage contents,
cookies), the page's address and the console."""

from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

from playwright.sync_api import BrowserContext, Page

# Every string kept by the browser for this origin, with the name of where it was found. Cache Storage's
# entries are read whole (the runtime too): an answer written into any cached file would be found.
STORED_JS = """async (secrets) => {
  const found = [];
  const look = (where, text) => { for (const secret of secrets) if (String(text).includes(secret)) found.push([where, secret]); };
  for (const [name, store] of [["localStorage", localStorage], ["sessionStorage", sessionStorage]]) {
    for (let i = 0; i < store.length; i++) look(`${name}:${store.key(i)}`, store.key(i) + "=" + store.getItem(store.key(i)));
  }
  const databases = indexedDB.databases ? await indexedDB.databases() : [];
  for (const { name } of databases) {
    const db = await new Promise((done, fail) => { const open = indexedDB.open(name); open.onsuccess = () => done(open.result); open.onerror = fail; });
    for (const storeName of db.objectStoreNames) {
      const values = await new Promise((done, fail) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => done(request.result); request.onerror = fail;
      });
      for (const value of values) look(`indexedDB:${name}/${storeName}`, typeof value === "string" ? value : JSON.stringify(value));
    }
    db.close();
  }
  // A cached body that is byte for byte a file of the build (the hash the build listed for it, which the
  // service worker records beside it) holds nothing typed; any other body is searched. (Searched as text,
  // the 9.6 MB WebAssembly holds some 6-digit code or other by chance.)
  const sha256 = async (bytes) => [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
    .map((byte) => byte.toString(16).padStart(2, "0")).join("");
  let cached = 0;
  for (const cacheName of await caches.keys()) {
    const cache = await caches.open(cacheName);
    const requests = await cache.keys();
    const list = requests.find((request) => request.url.endsWith("/__hashes__"));
    const built = list ? await (await cache.match(list)).json() : {};
    for (const request of requests) {
      cached += 1;
      look(`cache:${cacheName} ${request.url}`, decodeURIComponent(request.url));
      const bytes = await (await cache.match(request)).arrayBuffer();
      if (built[request.url] && (await sha256(bytes)).startsWith(built[request.url])) continue;
      look(`cache:${cacheName} ${request.url} (body)`, new TextDecoder().decode(bytes));
    }
  }
  return { found, databases: databases.length, cached, cookies: document.cookie };
}"""


@dataclass
class Recorder:
    """What a page and its workers send and write to the console, from the moment it is attached."""

    requests: list[tuple[str, str, str]] = field(default_factory=list)  # method, URL, body
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> "Recorder":
        """Records every tab of ``context``: the context sees the requests and the console of its pages, their
        dedicated workers and the service worker, and their uncaught errors."""
        context.on("request", lambda request: self.requests.append(
            (request.method, request.url, request.post_data or "")))
        context.on("console", lambda message: self.console.append(message.text))
        context.on("weberror", lambda error: self.errors.append(str(error.error)))
        return self


def secret_forms(secrets: list[str]) -> list[str]:
    """Each secret as typed, and in the upper and lower case a page might turn it into."""
    forms = []
    for secret in secrets:
        for variant in (secret, secret.upper(), secret.lower()):
            if variant not in forms:
                forms.append(variant)
    return forms


def assert_nothing_leaked(context: BrowserContext, page: Page, recorder: Recorder, secrets: list[str],
                          server_log: list[str]) -> None:
    """None of ``secrets`` (every answer typed, every code shown) in any request or any server log line
    (decoded), in storage, in the address or in the console; and no request carried a body."""
    secrets = secret_forms(secrets)
    assert all(len(secret) >= 5 for secret in secrets), "short secrets would match by chance"
    sent = [(method, unquote_plus(url), unquote_plus(body)) for method, url, body in recorder.requests]
    for secret in secrets:
        for method, url, body in sent:
            assert secret not in url and secret not in body, f"{secret!r} sent: {method} {url} {body[:200]}"
        for line in server_log:
            assert secret not in unquote(line), f"{secret!r} asked of the server: {line}"
        for line in recorder.console:
            assert secret not in line, f"{secret!r} in the console: {line}"
        assert secret not in unquote(page.url), page.url
    assert not [request for request in recorder.requests if request[0] != "GET" or request[2]], \
        "the practice page sent something other than plain GETs"
    assert "?" not in page.url and "#" not in page.url, page.url
    stored = page.evaluate(STORED_JS, secrets)
    assert stored["found"] == [], stored["found"]
    cookies = context.cookies()
    assert not [cookie for cookie in cookies if any(secret in cookie["value"] or secret in cookie["name"]
                                                    for secret in secrets)], cookies
    assert recorder.errors == [], recorder.errors
