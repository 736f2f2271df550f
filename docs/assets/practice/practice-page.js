// The practice page's components (components/*.js) wired to each other and to the checker.
// Typed values go only to the checker worker (in memory); they are never logged, stored, put in the
// URL or written as HTML (textContent only), and leaving the page clears them.

import { sayer } from "../text.js";
import { connect as connectWorker } from "./checker-client.js";
import { init as initCheckerPanel } from "./components/checker-panel.js";
import { init as initConditionalFields } from "./components/conditional-fields.js";
import { init as initEndStage } from "./components/end-stage.js";
import { init as initErrorSummary } from "./components/error-summary.js";
import { init as initFieldsStage } from "./components/fields-stage.js";
import { init as initReview } from "./components/review.js";
import { init as initSmsPhone } from "./components/sms-phone.js";
import { init as initStages } from "./components/stages.js";

async function isSavedOffline(view, files) {
  if (!view.caches) return false;
  try {
    const found = await Promise.all(files.map((file) => view.caches.match(new URL(file.url, view.document.baseURI).href)));
    return found.every(Boolean);
  } catch {
    return false;
  }
}

/** Brings the practice frame ``root`` to life; ``connect(config, on)`` starts the checker (the real
 * worker, or a test's fake one). */
export function init(root, config, { connect = connectWorker } = {}) {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const say = sayer(config.text);
  const pageTitle = doc.title;
  const runtimeFiles = config.files.concat(config.modules);
  const fieldsStages = new Map();
  let checks = 0;
  let lastResult = null;
  let made = {};

  const panel = initCheckerPanel(root.querySelector("[data-checker-panel]"), {
    say,
    files: runtimeFiles,
    start: (on) => connect(config, on),
    startOn: root,
    isSaved: () => isSavedOffline(view, runtimeFiles),
    changed: (state) => {
      root.dataset.checker = state;
      // The offline script waits for this before saving anything in the background.
      if (state === "ready") doc.dispatchEvent(new view.CustomEvent("practice:checker-ready"));
      for (const stage of fieldsStages.values()) stage.followChecker();
    },
    // Answers that were waiting to be checked are checked once the new attempt is ready.
    retried: () => {
      for (const stage of fieldsStages.values()) if (stage.isWaiting() && !stage.isSubmitting()) stage.submit();
    },
  });

  const stages = initStages(root, {
    say,
    opened: (section) => {
      conditions.update();
      if (section.dataset.kind !== "fields") summary.hide();
    },
  });
  const conditions = initConditionalFields(root, { answers: stages.answers });
  const fieldOwner = (fieldId) => fieldsStages.get(doc.getElementById(`group-${fieldId}`)?.closest(".practice-stage")?.dataset.stage);
  const summary = initErrorSummary(root.querySelector("#practice-summary"), {
    errorPrefix: say("practice.error_prefix"),
    pageTitle,
    linkTarget: (fieldId) => fieldOwner(fieldId).messages.controlOf(fieldId).id,
    choose: (fieldId) => fieldOwner(fieldId).messages.focusField(fieldId),
  });

  // Opens the stage after ``id`` (``next`` when the checker named it) with what that stage needs.
  async function goOn(id, next = stages.after(id)) {
    if (next === null) return;
    stages.open(next);
    const section = stages.section(next);
    if (section.dataset.kind === "sms") await sms.open(Object.values(lastResult?.warnings || {}));
    else if (section.dataset.kind === "review") await review?.open();
    else if (section.dataset.kind === "end") end.open(lastResult?.message, made);
  }

  for (const section of root.querySelectorAll(".practice-stage[data-kind=fields]")) {
    fieldsStages.set(section.dataset.stage, initFieldsStage(section, {
      say,
      summary,
      checker: () => panel.prepare(),
      state: panel.state,
      failure: panel.failure,
      progress: panel.progress,
      answers: stages.answers,
      checked: (result) => {
        lastResult = result;
        // How many times answers were checked, so a test can wait for a fresh result.
        root.dataset.checks = String(++checks);
      },
      passed: (result) => goOn(section.dataset.stage, result.next),
    }));
  }

  const smsSection = root.querySelector(".practice-stage[data-kind=sms]");
  const sms = smsSection && initSmsPhone(smsSection, {
    say,
    send: () => panel.prepare().send(smsSection.dataset.stage, stages.answers()),
    confirm: (code) => panel.prepare().confirm(code),
    confirmed: (answer, values) => {
      made = { ...made, ...values };
      lastResult = answer;
      goOn(smsSection.dataset.stage);
    },
  });

  const reviewSection = root.querySelector(".practice-stage[data-kind=review]");
  const review = reviewSection && initReview(reviewSection, {
    say,
    review: async () => (await panel.prepare().review(stages.answers())).items,
    change: (stageId, fieldId) => {
      stages.returnTo(stageId, { focus: false });
      fieldOwner(fieldId)?.messages.focusField(fieldId);
    },
  });
  reviewSection?.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    goOn(reviewSection.dataset.stage);
  });

  const end = initEndStage(root.querySelector(".practice-stage[data-kind=end]"), {
    say,
    pageTitle,
    asked: (fieldId) => {
      const group = doc.getElementById(`group-${fieldId}`);
      return !group.hidden && stages.taken().includes(group.closest(".practice-stage").dataset.stage);
    },
  });

  // Leaving and coming back: nothing typed stays on the page.
  function clearEverything() {
    for (const stage of fieldsStages.values()) stage.reset();
    sms?.reset();
    review?.reset();
    end.reset();
    summary.hide();
    lastResult = null;
    made = {};
    stages.restart();
    conditions.update();
    doc.title = pageTitle;
  }

  for (const button of root.querySelectorAll("[data-restart]")) {
    button.addEventListener("click", () => {
      clearEverything();
      stages.current().querySelector("input:not([disabled]), select:not([disabled])").focus();
    });
  }
  view.addEventListener("pagehide", clearEverything);
  view.addEventListener("pageshow", (event) => {
    if (event.persisted) clearEverything();
  });

  clearEverything();
  // The submit is ours now: the controls can be used.
  for (const controls of root.querySelectorAll("[data-controls]")) controls.disabled = false;
  panel.offer();
}
