// The practice frame: shows the simulator's judgement the GOV.UK way and runs the SMS step.
// Typed values go only to the checker worker (in memory); they are never logged, stored,
// put in the URL or written as HTML (textContent only), and leaving the page clears them.

import { showText } from "../ltr-runs.js";
import { startChecker } from "./checker.js";

const root = document.querySelector(".practice");
const config = JSON.parse(document.getElementById("practice-config").textContent);
const text = config.text;
const form = document.getElementById("practice-form");
const controls = form.querySelector("[data-controls]");
const formButton = form.querySelector(".practice-button");
const waiting = form.querySelector("[data-waiting]");
const summary = document.getElementById("practice-summary");
const panel = root.querySelector("[data-checker-panel]");
const status = panel.querySelector("[data-status]");
const progress = panel.querySelector("[data-progress]");
const prepareButton = panel.querySelector("[data-prepare]");
const retryButton = panel.querySelector("[data-retry]");
const sms = document.getElementById("practice-sms");
const smsForm = sms.querySelector("form");
const codeInput = document.getElementById("f-sms_code");
const done = document.getElementById("practice-done");
const originalTitle = document.title;

function say(key, details = {}) {
  return text[key].replace(/\{(\w+)\}/g, (_, name) => details[name]);
}

function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

const runtimeFiles = config.files.concat(config.modules);
const runtimeSize = megabytes(runtimeFiles.reduce((sum, file) => sum + file.size, 0));

// --- The checker: prepared when the person starts practising, never on its own ------------

let checker = null;
let failure = "";

function showState(state, details = {}) {
  root.dataset.checker = state;
  progress.hidden = state !== "downloading";
  retryButton.hidden = state !== "failed";
  prepareButton.hidden = state !== "idle" && state !== "data_saver";
  if (state === "downloading") {
    progress.value = details.done / details.total;
    showText(status, say("practice.preparing", { done: megabytes(details.done), total: megabytes(details.total) }));
  } else if (state === "failed") {
    failure = say(`practice.failed.${details.reason}`);
    showText(status, failure);
  } else {
    showText(status, say(`practice.${state}`, { size: runtimeSize }));
  }
  if (!waiting.hidden) showWaiting();
}

// A failed checker starts again only when the person presses "Try again".
function prepare({ retry = false } = {}) {
  if (checker && (root.dataset.checker !== "failed" || !retry)) return checker;
  checker?.stop();
  showState("downloading", { done: 0, total: 1 });
  checker = startChecker(config, {
    progress: (done, total) => showState("downloading", { done, total }),
    starting: () => showState("starting"),
    ready: () => showState("ready"),
    failed: (reason) => showState("failed", { reason }),
  });
  return checker;
}

async function isSavedOffline() {
  if (!("caches" in self)) return false;
  try {
    const found = await Promise.all(runtimeFiles.map((file) => caches.match(new URL(file.url, document.baseURI).href)));
    return found.every(Boolean);
  } catch {
    return false;
  }
}

async function offerChecker() {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    root.dataset.checker = "unsupported";
    showText(status, text["practice.unsupported"]);
    return;
  }
  showText(prepareButton, say("practice.prepare", { size: runtimeSize }));
  const dataSaver = navigator.connection?.saveData;
  showState(dataSaver ? "data_saver" : "idle");
  if (!dataSaver) {
    // Starting to fill in the form is asking for the checker (listening from the moment it opens).
    const begin = () => prepare();
    form.addEventListener("focusin", begin, { once: true });
    form.addEventListener("input", begin, { once: true });
  }
  // Already saved on this device: nothing to download, so it starts at once.
  if (await isSavedOffline()) prepare();
}

// --- Fields that appear or disappear with a ticked box or a choice -----------------------

function holds(name, value) {
  const chosen = [...form.querySelectorAll(`[data-field="${name}"]`)].find((control) => control.checked);
  return value === undefined ? Boolean(chosen) : chosen?.value === value;
}

function updateConditions() {
  for (const group of form.querySelectorAll("[data-only-if], [data-unless]")) {
    const { onlyIf, onlyIfValue, unless, unlessValue } = group.dataset;
    const shown = (!onlyIf || holds(onlyIf, onlyIfValue)) && !(unless && holds(unless, unlessValue));
    group.hidden = !shown;
    for (const control of group.querySelectorAll("input, select")) control.disabled = !shown;
  }
}

// --- Errors and warnings, the GOV.UK way -----------------------------------------------

function controlOf(fieldId) {
  const group = document.getElementById(`group-${fieldId}`);
  return document.getElementById(`f-${fieldId}`) || group.querySelector("input, select");
}

function focusField(fieldId) {
  controlOf(fieldId).focus();
  document.getElementById(`group-${fieldId}`).scrollIntoView({ block: "center" });
}

function setMessage(fieldId, kind, message) {
  const slot = document.getElementById(`${kind}-${fieldId}`);
  const group = document.getElementById(`group-${fieldId}`);
  const describedBy = [`hint-${fieldId}`];
  slot.hidden = !message;
  showText(slot.querySelector("[data-message]"), message || "");
  group.classList.toggle(`practice-field--${kind}`, Boolean(message));
  const describing = group.tagName === "FIELDSET" ? group : controlOf(fieldId);
  for (const other of ["error", "warning", "confidence"]) {
    if (!document.getElementById(`${other}-${fieldId}`).hidden) describedBy.push(`${other}-${fieldId}`);
  }
  describing.setAttribute("aria-describedby", describedBy.join(" "));
  if (kind === "error") {
    for (const control of group.querySelectorAll("input, select")) {
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
  }
}

function clearMessages() {
  for (const group of form.querySelectorAll(".practice-field")) {
    const fieldId = group.id.replace("group-", "");
    setMessage(fieldId, "error", "");
    setMessage(fieldId, "warning", "");
    setMessage(fieldId, "confidence", "");
  }
  summary.hidden = true;
  document.title = originalTitle;
}

function showProblems(result) {
  const list = summary.querySelector("[data-summary-list]");
  list.replaceChildren();
  for (const [fieldId, message] of Object.entries(result.errors)) {
    setMessage(fieldId, "error", message);
    const link = document.createElement("a");
    link.href = `#${controlOf(fieldId).id}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      focusField(fieldId);
    });
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
    // In the page first: its direction decides whether numbers need isolating.
    showText(link, message);
  }
  for (const [fieldId, message] of Object.entries(result.warnings)) setMessage(fieldId, "warning", message);
  // How sure we are of the rule behind an error or a warning, when no source confirms it.
  for (const [fieldId, note] of Object.entries(result.confidence_notes)) setMessage(fieldId, "confidence", note);
  if (!result.ok) {
    summary.hidden = false;
    document.title = `${text["practice.error_prefix"]} ${originalTitle}`;
    summary.focus();
  }
}

function answers() {
  const values = {};
  for (const control of form.querySelectorAll("[data-field]")) {
    if (control.disabled) continue;
    if (control.type === "checkbox") values[control.dataset.field] = control.checked ? "on" : "";
    else if (control.type === "radio") {
      if (control.checked) values[control.dataset.field] = control.value;
    } else values[control.dataset.field] = control.value;
  }
  return values;
}

// --- Waiting at the button until the checker is ready ------------------------------------

function showWaiting() {
  const state = root.dataset.checker;
  waiting.hidden = false;
  formButton.setAttribute("aria-busy", "true");
  if (state === "failed") showText(waiting, failure);
  else if (state === "downloading") showText(waiting, `${text["practice.waiting"]} ${Math.round(progress.value * 100)}%`);
  else showText(waiting, text["practice.waiting"]);
}

function stopWaiting() {
  waiting.hidden = true;
  formButton.removeAttribute("aria-busy");
}

// --- The SMS step ------------------------------------------------------------------------

let countdown;
let phone = "";

function announce(message) {
  showText(sms.querySelector("[data-countdown-announcement]"), message);
}

function setCodeAccepted(open) {
  codeInput.disabled = !open;
  sms.querySelector("[data-confirm]").disabled = !open;
}

function showCountdown(seconds) {
  clearInterval(countdown);
  const line = sms.querySelector("[data-countdown]");
  const endsAt = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
    showText(line, say("sms.time_left", { time }));
    // Screen readers hear the time now and then (each minute, then 30 s), not every second.
    if (left > 0 && (left % 60 === 0 || left === 30)) announce(say("sms.time_left", { time }));
    if (left === 0) {
      clearInterval(countdown);
      showText(line, text["sms.expired"]);
      announce(text["sms.expired"]);
      setCodeAccepted(false);
    }
  };
  tick();
  countdown = setInterval(tick, 1000);
}

function setCodeError(message) {
  const slot = document.getElementById("error-sms_code");
  slot.hidden = !message;
  showText(slot.querySelector("[data-message]"), message);
  if (message) {
    codeInput.setAttribute("aria-invalid", "true");
    codeInput.setAttribute("aria-describedby", "error-sms_code");
  } else {
    codeInput.removeAttribute("aria-invalid");
    codeInput.removeAttribute("aria-describedby");
  }
}

let sending = false;

async function sendCode() {
  if (sending) return;
  sending = true;
  try {
    const { code, sent, seconds } = await checker.ask("send", { lang: config.lang, phone });
    showText(sms.querySelector("[data-sms-message]"), say("sms.message", { code }));
    showText(sms.querySelector("[data-sms-sent]"), sent);
    setCodeError("");
    codeInput.value = "";
    setCodeAccepted(true);
    showCountdown(seconds);
  } catch {
    setCodeError(text["practice.failed.error"]);
  } finally {
    sending = false;
  }
}

function showChecks(warnings) {
  const checks = sms.querySelector("[data-sms-checks]");
  const list = checks.querySelector("ul");
  list.replaceChildren();
  for (const message of warnings) showText(list.appendChild(document.createElement("li")), message);
  checks.hidden = warnings.length === 0;
}

async function openSmsStep(result) {
  phone = result.values.phone || "";
  showChecks(Object.values(result.warnings));
  form.hidden = true;
  summary.hidden = true;
  done.hidden = true;
  sms.hidden = false;
  await sendCode();
  sms.querySelector("#sms-title").focus();
}

function showDone(message) {
  clearInterval(countdown);
  for (const item of done.querySelectorAll("li[data-field]")) {
    item.hidden = document.getElementById(`group-${item.dataset.field}`).hidden;
  }
  sms.hidden = true;
  done.hidden = false;
  showText(done.querySelector("[data-done-message]"), message);
  document.title = `${text["done.title"]} - ${originalTitle}`;
  done.querySelector("#done-title").focus();
}

let confirming = false;

async function confirmCode(event) {
  event.preventDefault();
  if (confirming || codeInput.disabled) return;
  confirming = true;
  try {
    const answer = await checker.ask("confirm", { code: codeInput.value, lang: config.lang });
    if (answer.outcome === "confirmed") {
      showDone(answer.message);
      return;
    }
    if (answer.outcome === "locked" || answer.outcome === "expired") {
      clearInterval(countdown);
      showText(sms.querySelector("[data-countdown]"), "");
      setCodeAccepted(false);
    }
    setCodeError(answer.message);
    (codeInput.disabled ? sms.querySelector("[data-send-again]") : codeInput).focus();
  } catch {
    setCodeError(text["practice.failed.error"]);
  } finally {
    confirming = false;
  }
}

// --- Leaving and coming back: nothing typed stays on the page ----------------------------

function clearEverything() {
  clearInterval(countdown);
  form.reset();
  clearMessages();
  stopWaiting();
  updateConditions();
  showText(sms.querySelector("[data-sms-message]"), "");
  showText(sms.querySelector("[data-sms-sent]"), "");
  showChecks([]);
  codeInput.value = "";
  setCodeError("");
  phone = "";
  sms.hidden = true;
  done.hidden = true;
  form.hidden = false;
  document.title = originalTitle;
}

function restart() {
  clearEverything();
  form.querySelector("input:not([disabled]), select:not([disabled])").focus();
}

// --- Checking the answers: one check at a time -------------------------------------------

let checks = 0;
let submitting = false;

async function check() {
  submitting = true;
  try {
    const current = prepare();
    if (root.dataset.checker !== "ready") showWaiting();
    await current.ready;
    const result = await current.ask("validate", { form: config.form, values: answers(), lang: config.lang });
    stopWaiting();
    clearMessages();
    showProblems(result);
    // How many times the answers were checked, so a test can wait for a fresh result.
    root.dataset.checks = String(++checks);
    if (result.ok) await openSmsStep(result);
  } catch {
    // The failure is on screen (status line and beside the button), with "Try again".
    showWaiting();
  } finally {
    submitting = false;
  }
}

// --- Wiring: the submit is ours before the form can be used -------------------------------

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!submitting) check();
});
smsForm.addEventListener("submit", confirmCode);
sms.querySelector("[data-send-again]").addEventListener("click", sendCode);
for (const button of root.querySelectorAll("[data-restart]")) button.addEventListener("click", restart);
prepareButton.addEventListener("click", () => prepare());
retryButton.addEventListener("click", () => {
  prepare({ retry: true });
  // Answers that were waiting to be checked are checked once the new attempt is ready.
  if (!waiting.hidden && !submitting) check();
});
form.addEventListener("change", updateConditions);
window.addEventListener("pagehide", clearEverything);
window.addEventListener("pageshow", (event) => {
  if (event.persisted) clearEverything();
});

clearEverything();
controls.disabled = false;
offerChecker();
