// Offline use: registers the service worker, saves this language's guide (and, on practice
// pages, the checker it used), offers each new build with "A new version is available — reload",
// and runs the "Save for offline use" panel. Nothing typed on a page is ever part of it.

const config = JSON.parse(document.getElementById("offline-config").textContent);
const text = config.text;
const panel = document.querySelector("[data-offline-save]");
const banner = document.querySelector("[data-update-banner]");
// Material's inline script sets __md_scope to the site's root, whatever the page's depth.
const root = globalThis.__md_scope || new URL(".", location.href);
const PARTS = {
  guide: [`guide-${config.lang}`],
  all: ["guide-en", "guide-ar", "guide-tr"],
  practice: ["practice"],
};

function say(key, details = {}) {
  return text[key].replace(/\{(\w+)\}/g, (_, name) => details[name]);
}

function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

function showParts(groups) {
  for (const item of panel.querySelectorAll("[data-offline-part]")) {
    const names = PARTS[item.dataset.offlinePart];
    const size = names.reduce((sum, name) => sum + (groups[name]?.size || 0), 0);
    const saved = names.every((name) => groups[name]?.saved);
    item.querySelector("[data-size]").textContent = `(${say("offline.size", { size: megabytes(size) })})`;
    const button = item.querySelector("[data-save]");
    button.textContent = saved ? text["offline.saved"] : text["offline.save"];
    button.disabled = saved;
  }
}

function offerUpdate(waiting) {
  banner.hidden = false;
  banner.querySelector("[data-update-reload]").onclick = () => waiting.postMessage({ type: "accept-update" });
}

async function start() {
  const registration = await navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.href });
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) location.reload();
  });
  if (registration.waiting && hadController) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });

  const ready = await navigator.serviceWorker.ready;
  const worker = ready.active;
  // The status line speaks of what the reader asked to save, not of the automatic first save.
  const asked = new Set();
  navigator.serviceWorker.addEventListener("message", ({ data }) => {
    if (!panel) return;
    const status = panel.querySelector("[data-offline-status]");
    const tell = (message) => {
      if (asked.has(String(data.groups))) status.textContent = message;
    };
    if (data.type === "status") showParts(data.groups);
    else if (data.type === "saving") tell(say("offline.saving", { done: megabytes(data.done), total: megabytes(data.total) }));
    else if (data.type === "save-failed") tell(text["offline.failed"]);
    else if (data.type === "saved") {
      tell(text["offline.saved"]);
      worker.postMessage({ type: "status" });
    }
  });
  worker.postMessage({ type: "save", groups: ["core", ...PARTS.guide, ...(config.practice ? PARTS.practice : [])] });
  if (panel) {
    worker.postMessage({ type: "status" });
    for (const item of panel.querySelectorAll("[data-offline-part]")) {
      item.querySelector("[data-save]").addEventListener("click", () => {
        asked.add(String(PARTS[item.dataset.offlinePart]));
        worker.postMessage({ type: "save", groups: PARTS[item.dataset.offlinePart] });
      });
    }
  }
}

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  start().catch(() => {
    if (panel) panel.querySelector("[data-offline-status]").textContent = text["offline.unsupported"];
  });
} else if (panel) {
  panel.querySelector("[data-offline-status]").textContent = text["offline.unsupported"];
}
