// The checker's panel: its size, a button to prepare it, download progress, a failure and "Try again".
// The checker is prepared when the person starts practising (or asks for it), never on its own,
// except when it is already saved on this device: then nothing is downloaded and it starts at once.

import { showText } from "../../text.js";
import { megabytes, summed, transferSize } from "../../transfer-size.js";

// What a person does when they start practising: tap or click, type, or choose.
const STARTING = ["click", "input", "change"];

/** config: say(key, details), files (the runtime files, each {url, size, brotli, gzip}), start(on) → a checker
 * ({ready, stop}) that reports on.progress(done, total) (bytes on the wire, as the size shown: checker-worker.js),
 * on.starting(), on.ready(), on.failed(reason);
 * startOn: the element where the first tap, typing or choice is the person starting to practise;
 * changed(state) after every change of state; retried() after "Try again"; isSaved() → whether every runtime file is saved. */
export function init(panel, config) {
  const status = panel.querySelector("[data-status]");
  const progress = panel.querySelector("[data-progress]");
  const prepareButton = panel.querySelector("[data-prepare]");
  const retryButton = panel.querySelector("[data-retry]");
  // What the reader will download from this host, not the raw size; the worker's progress counts
  // the same bytes, and the offline panel's "Practice forms" is the same files.
  const download = transferSize(summed(config.files));
  const size = megabytes(download);
  let state = "loading";
  let failure = "";
  let checker = null;

  function show(next, details = {}) {
    state = next;
    progress.hidden = state !== "downloading";
    retryButton.hidden = state !== "failed";
    prepareButton.hidden = state !== "idle" && state !== "data_saver";
    if (state === "downloading") {
      progress.value = details.total ? details.done / details.total : 0;
      showText(status, config.say("practice.preparing", {
        done: megabytes(details.done), total: megabytes(details.total),
      }));
    } else if (state === "failed") {
      failure = config.say(`practice.failed.${details.reason}`);
      showText(status, failure);
    } else {
      showText(status, config.say(`practice.${state}`, { size }));
    }
    config.changed(state);
  }

  /** The checker, started if it is not yet; a failed one starts again only with ``retry``. */
  function prepare({ retry = false } = {}) {
    if (checker && (state !== "failed" || !retry)) return checker;
    checker?.stop();
    show("downloading", { done: 0, total: download });
    checker = config.start({
      progress: (done, total) => show("downloading", { done, total }),
      starting: () => show("starting"),
      ready: () => show("ready"),
      failed: (reason) => show("failed", { reason }),
    });
    return checker;
  }

  async function offer() {
    const global = panel.ownerDocument.defaultView;
    if (typeof global.WebAssembly !== "object" || typeof global.Worker !== "function") {
      show("unsupported");
      return;
    }
    showText(prepareButton, config.say("practice.prepare", { size }));
    const dataSaver = Boolean(global.navigator.connection?.saveData);
    show(dataSaver ? "data_saver" : "idle");
    if (!dataSaver) {
      // Starting to fill in the form is asking for the checker (listening from the moment it opens).
      // Not on focus: a tap focuses before it lands, and the panel growing with the download's
      // progress would move a radio button from under the finger.
      const begin = () => {
        for (const type of STARTING) config.startOn.removeEventListener(type, begin);
        prepare();
      };
      for (const type of STARTING) config.startOn.addEventListener(type, begin);
    }
    if (await config.isSaved()) prepare();
  }

  // A pressed button goes away: the focus moves to the line that tells what is happening, so the next
  // Tab goes on from the panel instead of from the top of the page.
  status.tabIndex = -1;
  const stayHere = (button) => {
    if (button.hidden) status.focus();
  };
  prepareButton.addEventListener("click", () => {
    prepare();
    stayHere(prepareButton);
  });
  retryButton.addEventListener("click", () => {
    prepare({ retry: true });
    config.retried();
    stayHere(retryButton);
  });

  return {
    offer, prepare,
    state: () => state,
    failure: () => failure,
    progress: () => Number(progress.value),
  };
}
