// The page's side of the checker worker: starts it, follows its progress, asks it questions.
// Every way it can fail ends in failed(reason) and in the rejection of every pending question.

// When the site's service worker is about to control this page, wait for it: the runtime's one
// download then goes through it and is saved for offline use on the way.
function serviceWorkerSettled() {
  const container = navigator.serviceWorker;
  if (!container || container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    container.addEventListener("controllerchange", resolve, { once: true });
    container.getRegistration().then((registration) => {
      const coming = registration?.installing || registration?.waiting;
      if (!coming || registration.active) return resolve();
      coming.addEventListener("statechange", () => {
        if (coming.state === "redundant") resolve();
      });
    }, resolve);
  });
}

export function startChecker(config, on) {
  const absolute = (url) => new URL(url, document.baseURI).href;
  const pending = new Map();
  let worker = null;
  let stopped = false;
  let nextId = 0;
  let markReady;
  let markFailed;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => {});

  function fail(reason) {
    if (stopped) return;
    stopped = true;
    worker?.terminate();
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
    markFailed(new Error(reason));
    on.failed(reason);
  }

  function listen({ data }) {
    if (data.type === "progress") on.progress(data.done, data.total);
    else if (data.type === "starting") on.starting();
    else if (data.type === "ready") {
      markReady();
      on.ready();
    } else if (data.type === "failed") fail(data.reason);
    else if (data.type === "answer") {
      const question = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) question?.reject(new Error(data.error));
      else question?.resolve(data.answer);
    }
  }

  serviceWorkerSettled().then(() => {
    if (stopped) return;
    worker = new Worker(absolute(config.worker), { type: "module" });
    worker.onmessage = listen;
    worker.onerror = () => fail("error");
    worker.onmessageerror = () => fail("error");
    worker.postMessage({
      type: "start",
      indexURL: absolute(config.indexURL),
      lockFileURL: absolute(config.lockFileURL),
      files: config.files.map((file) => ({ ...file, url: absolute(file.url) })),
      modules: config.modules.map((file) => ({ ...file, url: absolute(file.url) })),
    });
  });

  return {
    ready,
    /** Sends one request of the browser API (CONTRACT §2, simulator/browser.py) to the worker. */
    ask(request) {
      if (stopped) return Promise.reject(new Error("stopped"));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ready.then(() => worker.postMessage({ type: "request", id, request }), () => {});
      });
    },
    stop() {
      stopped = true;
      worker?.terminate();
    },
  };
}
