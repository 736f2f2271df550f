// Offline use: registers the service worker, saves this language's guide, offers each new build
// with "A new version is available — reload", and runs the "Save for offline use" panel.
// Nothing typed on a page is ever part of it. The practice runtime is saved by being used (the
// service worker keeps what the checker downloads), or here when the reader asks.
//
// The guide is saved in the background, but never against the reader's bytes: on a practice page
// only once the checker is ready (until then the page and the runtime are all that is sent), and
// never when the reader's browser asks to save data (Save-Data). The sizes shown are what the
// reader will download from this host (transfer-size.js), not the raw sizes.

import { showText } from "../ltr-runs.js";
import { sayer } from "../text.js";
import { megabytes, transferSize } from "../transfer-size.js";

const config = JSON.parse(document.getElementById("offline-config").textContent);
const text = config.text;
const say = sayer(text);
const panel = document.querySelector("[data-offline-save]");
const status = panel?.querySelector("[data-offline-status]");
const banner = document.querySelector("[data-update-banner]");
// Material's inline script sets __md_scope to the site's root, whatever the page's depth.
const root = globalThis.__md_scope || new URL(".", location.href);
const PARTS = {
  guide: [`guide-${config.lang}`],
  all: config.languages.map((lang) => `guide-${lang}`),
  practice: ["practice"],
};
// How long "Save" waits for the service worker to be ready before saying it is not available.
const READY_WAIT_MS = 10_000;
const savesData = navigator.connection?.saveData === true;
// Listened for from the start: the checker may be ready before the service worker is.
const checkerReady = document.querySelector(".practice[data-form]")
  ? new Promise((resolve) => {
      if (document.querySelector('.practice[data-checker="ready"]')) resolve();
      else document.addEventListener("practice:checker-ready", resolve, { once: true });
    })
  : Promise.resolve();

function showParts(groups) {
  for (const item of panel.querySelectorAll("[data-offline-part]")) {
    const names = PARTS[item.dataset.offlinePart];
    const size = names.reduce((sum, name) => sum + (groups[name] ? transferSize(groups[name]) : 0), 0);
    const saved = names.every((name) => groups[name]?.saved);
    showText(item.querySelector("[data-size]"), `(${say("offline.size", { size: megabytes(size) })})`);
    const button = item.querySelector("[data-save]");
    showText(button, saved ? text["offline.saved"] : text["offline.save"]);
    button.disabled = saved;
  }
}

// The reader accepts an update in one tab: that tab reloads. Other tabs keep their page (and
// anything typed in it) and go on offering "Reload" until their reader chooses it.
let acceptedHere = false;

function offerUpdate(registration) {
  banner.hidden = false;
  banner.querySelector("[data-update-reload]").onclick = () => {
    if (registration.waiting) {
      acceptedHere = true;
      registration.waiting.postMessage({ type: "accept-update" });
    } else {
      location.reload();
    }
  };
}

function watchUpdates(registration) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!hadController) return;
    if (acceptedHere) location.reload();
    else offerUpdate(registration);
  });
  if (registration.waiting && hadController) offerUpdate(registration);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(registration);
    });
  });
}

async function failureMessage(data) {
  if (data.reason === "quota") {
    const { quota = 0, usage = 0 } = (await navigator.storage?.estimate?.()) || {};
    return say("offline.no_space", { size: megabytes(data.size), free: megabytes(Math.max(0, quota - usage)) });
  }
  return text[data.reason === "integrity" ? "offline.damaged" : "offline.failed"];
}

async function activeWorker(registration) {
  const timeout = new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS, null));
  const ready = await Promise.race([navigator.serviceWorker.ready, timeout]);
  if (ready?.active) return ready.active;
  registration?.update().catch(() => {});
  return null;
}

function listen(asked) {
  navigator.serviceWorker.addEventListener("message", async ({ data }) => {
    if (!panel) return;
    // The status line speaks of what the reader asked to save, not of the automatic first save.
    const tell = (message) => {
      if (asked.has(String(data.groups))) showText(status, message);
    };
    if (data.type === "status") showParts(data.groups);
    else if (data.type === "saving") {
      tell(say("offline.saving", { done: megabytes(transferSize(data.done)), total: megabytes(transferSize(data.total)) }));
    }
    else if (data.type === "save-failed") tell(await failureMessage(data));
    else if (data.type === "saved") {
      tell(text["offline.saved"]);
      (await navigator.serviceWorker.ready).active?.postMessage({ type: "status" });
    }
  });
}

async function start() {
  const asked = new Set();
  listen(asked);
  // The buttons answer at once, even before (or without) a service worker that works.
  let registration = null;
  for (const item of panel?.querySelectorAll("[data-offline-part]") || []) {
    item.querySelector("[data-save]").addEventListener("click", async () => {
      const groups = PARTS[item.dataset.offlinePart];
      asked.add(String(groups));
      showText(status, text["offline.preparing"]);
      const worker = await activeWorker(registration);
      if (worker) worker.postMessage({ type: "save", groups });
      else showText(status, text["offline.unavailable"]);
    });
  }
  registration = await navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.href });
  watchUpdates(registration);
  // However long the service worker takes to start (a slow phone): only a press of Save is told it
  // is unavailable after a while.
  const worker = (await navigator.serviceWorker.ready).active;
  if (panel) worker.postMessage({ type: "status" });
  if (savesData) return;
  await checkerReady;
  worker.postMessage({ type: "save", groups: ["core", ...PARTS.guide] });
}

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  start().catch(() => {
    if (status) showText(status, text["offline.unsupported"]);
  });
} else if (status) {
  showText(status, text["offline.unsupported"]);
}
