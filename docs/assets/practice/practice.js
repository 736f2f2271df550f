// The practice frame: shows the simulator's judgement the GOV.UK way and runs the SMS step.
// Typed values go only to the checker worker (in memory); they are never logged, stored,
// put in the URL or written as HTML (textContent only).

const root = document.querySelector(".practice");
const config = JSON.parse(document.getElementById("practice-config").textContent);
const text = config.text;
const form = document.getElementById("practice-form");
const summary = document.getElementById("practice-summary");
const status = root.querySelector("[data-status]");
const sms = document.getElementById("practice-sms");
const smsForm = sms.querySelector("form");
const done = document.getElementById("practice-done");
const originalTitle = document.title;

function say(key, details = {}) {
  return text[key].replace(/\{(\w+)\}/g, (_, name) => details[name]);
}

function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

// --- The checker worker ---------------------------------------------------------------

function startChecker() {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") return null;
  const absolute = (url) => new URL(url, document.baseURI).href;
  const worker = new Worker(absolute(config.worker), { type: "module" });
  const pending = new Map();
  let nextId = 0;
  let markReady;
  let markFailed;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => {});
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") {
      status.textContent = say("practice.preparing", { done: megabytes(data.done), total: megabytes(data.total) });
    } else if (data.type === "starting") {
      status.textContent = text["practice.starting"];
    } else if (data.type === "ready") {
      status.textContent = text["practice.ready"];
      root.dataset.checker = "ready";
      markReady();
    } else if (data.type === "failed") {
      status.textContent = text["practice.failed"];
      root.dataset.checker = "failed";
      markFailed(new Error(data.reason));
    } else if (data.type === "answer") {
      const { resolve, reject } = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) reject(new Error(data.error));
      else resolve(data.answer);
    }
  };
  worker.onerror = () => {
    status.textContent = text["practice.failed"];
    root.dataset.checker = "failed";
    markFailed(new Error("worker"));
  };
  worker.postMessage({
    type: "start",
    indexURL: absolute(config.indexURL),
    lockFileURL: absolute(config.lockFileURL),
    files: config.files.map((file) => ({ url: absolute(file.url), size: file.size })),
  });
  return {
    ready,
    isReady: () => root.dataset.checker === "ready",
    ask(type, payload) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type, id, ...payload });
      });
    },
  };
}

// --- Fields that appear or disappear with a ticked box ----------------------------------

function updateConditions() {
  for (const group of form.querySelectorAll("[data-only-if], [data-unless]")) {
    const onlyIf = group.dataset.onlyIf && form.elements[group.dataset.onlyIf].checked;
    const unless = group.dataset.unless && form.elements[group.dataset.unless].checked;
    const shown = group.dataset.onlyIf ? onlyIf : !unless;
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
  slot.querySelector("[data-message]").textContent = message || "";
  group.classList.toggle(`practice-field--${kind}`, Boolean(message));
  const describing = group.tagName === "FIELDSET" ? group : controlOf(fieldId);
  for (const other of ["error", "warning"]) {
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
    link.textContent = message;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      focusField(fieldId);
    });
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  for (const [fieldId, message] of Object.entries(result.warnings)) setMessage(fieldId, "warning", message);
  if (!result.ok) {
    summary.hidden = false;
    document.title = `${text["practice.error_prefix"]} ${originalTitle}`;
    summary.focus();
  }
}

function answers() {
  const values = {};
  for (const [name, value] of new FormData(form)) values[name] = value;
  return values;
}

// --- The SMS step ------------------------------------------------------------------------

let countdown;
let phone = "";
let warningsToCheck = [];

function showCountdown(seconds) {
  clearInterval(countdown);
  const line = sms.querySelector("[data-countdown]");
  const endsAt = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
    line.textContent = say("sms.time_left", { time });
    if (left === 0) clearInterval(countdown);
  };
  tick();
  countdown = setInterval(tick, 1000);
}

function setCodeError(message) {
  const slot = document.getElementById("error-sms_code");
  slot.hidden = !message;
  slot.querySelector("[data-message]").textContent = message;
  const input = document.getElementById("f-sms_code");
  if (message) {
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "error-sms_code");
  } else {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  }
}

async function sendCode() {
  const { code, sent, seconds } = await checker.ask("send", { lang: config.lang, phone });
  sms.querySelector("[data-sms-message]").textContent = say("sms.message", { code });
  sms.querySelector("[data-sms-sent]").textContent = sent;
  setCodeError("");
  document.getElementById("f-sms_code").value = "";
  showCountdown(seconds);
}

async function openSmsStep(result) {
  phone = result.values.phone || "";
  warningsToCheck = Object.values(result.warnings);
  const checks = sms.querySelector("[data-sms-checks]");
  checks.replaceChildren(...warningsToCheck.map((message) => Object.assign(document.createElement("li"), { textContent: message })));
  checks.hidden = warningsToCheck.length === 0;
  form.hidden = true;
  summary.hidden = true;
  done.hidden = true;
  sms.hidden = false;
  await sendCode();
  sms.querySelector("#sms-title").focus();
}

async function confirmCode(event) {
  event.preventDefault();
  const code = document.getElementById("f-sms_code").value;
  const answer = await checker.ask("confirm", { code, lang: config.lang });
  if (answer.outcome === "confirmed") {
    clearInterval(countdown);
    sms.hidden = true;
    done.hidden = false;
    done.querySelector("[data-done-message]").textContent = answer.message;
    document.title = `${text["done.title"]} - ${originalTitle}`;
    done.querySelector("#done-title").focus();
    return;
  }
  if (answer.outcome === "locked") clearInterval(countdown);
  setCodeError(answer.message);
  document.getElementById("f-sms_code").focus();
}

function restart() {
  clearInterval(countdown);
  sms.hidden = true;
  done.hidden = true;
  form.hidden = false;
  document.title = originalTitle;
  form.querySelector("input:not([disabled]), select:not([disabled])").focus();
}

// --- Wiring ----------------------------------------------------------------------------

const checker = startChecker();
if (!checker) status.textContent = text["practice.unsupported"];

updateConditions();
form.addEventListener("change", updateConditions);

let checks = 0;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!checker) return;
  if (!checker.isReady()) status.textContent = text["practice.waiting"];
  try {
    await checker.ready;
  } catch {
    return;
  }
  const result = await checker.ask("validate", { form: config.form, values: answers(), lang: config.lang });
  clearMessages();
  showProblems(result);
  // How many times the answers were checked, so a test can wait for a fresh result.
  root.dataset.checks = String(++checks);
  if (result.ok) await openSmsStep(result);
});

smsForm.addEventListener("submit", confirmCode);
sms.querySelector("[data-send-again]").addEventListener("click", sendCode);
for (const button of root.querySelectorAll("[data-restart]")) button.addEventListener("click", restart);
