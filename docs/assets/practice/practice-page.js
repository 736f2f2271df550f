// The practice page's components (components/*.js) wired to each other and to the checker.
// Typed values go only to the checker worker (in memory); they are never logged, stored, put in the
// URL or written as HTML (textContent only), and leaving the page clears them.

import { sayer } from "../text.js";
import { transferSize } from "../transfer-size.js";
import { connect as connectWorker } from "./checker-client.js";
import { init as initCheckerPanel } from "./components/checker-panel.js";
import { init as initConditionalFields } from "./components/conditional-fields.js";
import { init as initCountryList } from "./components/country-list.js";
import { init as initDayChoice } from "./components/day-choice.js";
import { init as initEndStage } from "./components/end-stage.js";
import { init as initErrorSummary } from "./components/error-summary.js";
import { init as initFieldMessages } from "./components/field-messages.js";
import { init as initFieldsStage } from "./components/fields-stage.js";
import { init as initPictureCode } from "./components/picture-code.js";
import { init as initReview } from "./components/review.js";
import { init as initSmsPhone } from "./components/sms-phone.js";
import { init as initStages } from "./components/stages.js";
import { init as initWarningSummary } from "./components/warning-summary.js";

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
  // Each runtime file with what it costs to download from this host (transfer): the panel's figure,
  // its progress (counted by the worker) and the offline panel's speak of the same bytes.
  const priced = (file) => ({ ...file, transfer: transferSize(file) });
  const checkerConfig = { ...config, files: config.files.map(priced), modules: config.modules.map(priced) };
  const runtimeFiles = checkerConfig.files.concat(checkerConfig.modules);
  const fieldsStages = new Map();
  // The warnings each stage passed with (under their Turkish labels), for the end to list them all.
  const warnedAt = new Map();
  let checks = 0;
  let made = {};

  const panel = initCheckerPanel(root.querySelector("[data-checker-panel]"), {
    say,
    files: runtimeFiles,
    start: (on) => connect(checkerConfig, on),
    startOn: root,
    isSaved: () => isSavedOffline(view, runtimeFiles),
    changed: (state) => {
      root.dataset.checker = state;
      if (state === "ready") {
        describeSession().catch(() => {});
        startControls(stages.current());
        // The offline script waits for this before saving anything in the background.
        doc.dispatchEvent(new view.CustomEvent("practice:checker-ready"));
      }
      for (const stage of fieldsStages.values()) stage.followChecker();
    },
    // Answers that were waiting to be checked are checked once the new attempt is ready.
    retried: () => {
      for (const stage of fieldsStages.values()) if (stage.isWaiting() && !stage.isSubmitting()) stage.submit();
    },
  });

  // The engine's session of this practice (SMS code, picture codes, made values) starts with describe,
  // which also gives the days offered; "Practise again" starts a new one.
  let session = null;
  function describeSession() {
    const checker = panel.prepare();
    session ??= checker.ready.then(() => checker.describe());
    return session;
  }

  // The components of a stage's controls ask the checker for what they show (days, a picture), so
  // they start when their stage is first shown and the person is practising, not when the page opens.
  const controls = new Map();
  function startControls(section) {
    for (const group of section.querySelectorAll("[data-control]")) {
      if (controls.has(group)) continue;
      const fieldId = group.id.slice("group-".length);
      const control = group.dataset.control;
      if (control === "country-list") controls.set(group, initCountryList(group, { lang: config.lang }));
      else if (control === "day-choice") {
        controls.set(group, initDayChoice(group, {
          lang: config.lang, getOffered: async () => (await describeSession()).options[fieldId],
        }));
      } else if (control === "picture-code") {
        controls.set(group, initPictureCode(group, {
          lang: config.lang,
          newCode: async () => {
            await describeSession();
            return (await panel.prepare().picture(fieldId)).code;
          },
        }));
      }
    }
  }

  const stages = initStages(root, {
    say,
    opened: (section, how) => {
      conditions.update();
      // The summaries speak of one stage's problems: another stage starts without them.
      summary.hide();
      warnings.hide();
      if (panel.state() === "ready") startControls(section);
      // Back onto an SMS code already used: a real portal sends a new one.
      if (how === "back" && section.dataset.kind === "sms") sms.open();
    },
  });
  const conditions = initConditionalFields(root, { answers: stages.answers });
  // The review stage's own fields (statements to tick beside its button) have their messages too.
  const reviewForm = root.querySelector(".practice-stage[data-kind=review] form");
  const reviewMessages = reviewForm && initFieldMessages(reviewForm);
  const fieldOwner = (fieldId) => {
    const section = doc.getElementById(`group-${fieldId}`)?.closest(".practice-stage");
    return section?.dataset.kind === "review" ? { messages: reviewMessages } : fieldsStages.get(section?.dataset.stage);
  };
  const summary = initErrorSummary(root.querySelector("#practice-summary"), {
    errorPrefix: say("practice.error_prefix"),
    pageTitle,
    linkTarget: (fieldId) => fieldOwner(fieldId).messages.controlOf(fieldId).id,
    choose: (fieldId) => fieldOwner(fieldId).messages.focusField(fieldId),
  });
  const warnings = initWarningSummary(root.querySelector("#practice-checks"), {
    say,
    linkTarget: (fieldId) => fieldOwner(fieldId).messages.controlOf(fieldId).id,
    choose: (fieldId) => fieldOwner(fieldId).messages.focusField(fieldId),
  });

  // Every warning given on the way to the end, in the order of the stages taken, for the fields asked.
  function warnedOnTheWay() {
    const asked = (fieldId) => !doc.getElementById(`group-${fieldId}`)?.hidden;
    return stages.taken().flatMap((id) => warnedAt.get(id) || []).filter((warning) => asked(warning.field));
  }

  // Opens the stage after ``id`` with what that stage needs. ``answer`` is the checker's answer that let
  // the person on: its ``next`` (the engine applies the conditions) wins over the page's own reading.
  async function goOn(id, answer = {}) {
    const next = answer.next !== undefined ? answer.next : stages.after(id);
    if (next === null) return;
    stages.open(next);
    const section = stages.section(next);
    if (section.dataset.kind === "sms") await sms.open();
    else if (section.dataset.kind === "review") await review?.open();
    else if (section.dataset.kind === "end") {
      ends.get(next).open(answer.shows?.message ?? answer.message ?? "", made, answer.says ?? "", warnedOnTheWay());
    }
  }

  for (const section of root.querySelectorAll(".practice-stage[data-kind=fields]")) {
    fieldsStages.set(section.dataset.stage, initFieldsStage(section, {
      say,
      summary,
      warnings,
      checker: () => panel.prepare(),
      state: panel.state,
      failure: panel.failure,
      progress: panel.progress,
      answers: stages.answers,
      checked: (result, warned) => {
        // Only a stage that passes counts on the way (one that fails is checked again before it goes on).
        if (result.ok) warnedAt.set(section.dataset.stage, warned);
        // How many times answers were checked, so a test can wait for a fresh result.
        root.dataset.checks = String(++checks);
      },
      passed: (result) => goOn(section.dataset.stage, result),
    }));
  }

  const smsSection = root.querySelector(".practice-stage[data-kind=sms]");
  const sms = smsSection && initSmsPhone(smsSection, {
    say,
    send: () => panel.prepare().send(smsSection.dataset.stage, stages.answers()),
    confirm: (code) => panel.prepare().confirm(code, smsSection.dataset.stage, stages.answers()),
    confirmed: (answer, values) => {
      made = { ...made, ...values };
      goOn(smsSection.dataset.stage, answer);
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
  // The review passes when the engine says so (it names the next stage and what the end shows).
  reviewSection?.querySelector("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const answer = await panel.prepare().check(reviewSection.dataset.stage, stages.answers());
      reviewMessages.clear();
      const errors = reviewMessages.show(answer);
      if (answer.ok === false) {
        summary.show(errors);
        return;
      }
      summary.hide();
      goOn(reviewSection.dataset.stage, answer);
    } catch {
      // The checker's failure is on screen in its panel, with "Try again".
    }
  });

  // A form may have several ends (a start choice leads to different ones), each with its own button:
  // a way on opens its next stage in the same session, so a value made on the way (an application
  // number) is still known there; the helper sheet and the print-out list the answers given so far.
  const ends = new Map();
  for (const section of root.querySelectorAll(".practice-stage[data-kind=end]")) {
    ends.set(section.dataset.stage, initEndStage(section, {
      say,
      pageTitle,
      asked: (fieldId) => {
        const group = doc.getElementById(`group-${fieldId}`);
        return !group.hidden && stages.taken().includes(group.closest(".practice-stage").dataset.stage);
      },
      review: () => panel.prepare().review(stages.answers()),
      wayOn: (stageId) => {
        stages.open(stageId);
        doc.title = pageTitle;
      },
    }));
  }

  // Leaving and coming back: nothing typed stays on the page.
  function clearEverything() {
    for (const stage of fieldsStages.values()) stage.reset();
    sms?.reset();
    review?.reset();
    reviewForm?.reset();
    reviewMessages?.clear();
    for (const end of ends.values()) end.reset();
    summary.hide();
    warnings.hide();
    warnedAt.clear();
    made = {};
    // A new session: the engine forgets the values it made (an application number), as a new visit would.
    // (The controls empty themselves with their form's reset; a picture is drawn anew for the new session.)
    session = null;
    if (panel.state() === "ready") {
      describeSession().catch(() => {});
      for (const [group, control] of controls) if (group.dataset.control === "picture-code") control.showNewPicture();
    }
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
  for (const fieldset of root.querySelectorAll("[data-controls]")) fieldset.disabled = false;
  panel.offer();
}
