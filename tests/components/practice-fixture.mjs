// A practice page for component tests: the frame exactly as the build renders it (render_practice.py),
// in happy-dom, brought to life by the page's own practice-page.js with a fake checker instead of
// Pyodide. The fake answers the browser API's requests (CONTRACT §2) from small rules and writes
// down every request, so a test can see what the page asked.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Window } from "happy-dom";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PYTHON = `${ROOT}.venv/bin/python`;
const RENDER = fileURLToPath(new URL("render_practice.py", import.meta.url));
// happy-dom has no browser style sheet: the one rule the scripts rely on is that dir sets the direction.
const BROWSER_STYLES = "[dir=rtl] { direction: rtl } [dir=ltr] { direction: ltr }";
const rendered = new Map();

export function renderedFrame(formId, lang) {
  const key = `${formId}/${lang}`;
  if (!rendered.has(key)) rendered.set(key, JSON.parse(execFileSync(PYTHON, [RENDER, formId, lang], { encoding: "utf8" })));
  return rendered.get(key);
}

/** The page before any script runs. */
export function staticPage(formId, lang = "en") {
  const { html, dir } = renderedFrame(formId, lang);
  const window = new Window({ url: "https://practice.test/flow/practice/" });
  const document = window.document;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.head.innerHTML = `<title>Practice</title><style>${BROWSER_STYLES}</style>`;
  document.body.innerHTML = `<main>${html}</main>`;
  // What a browser gives a page script: WebAssembly and workers exist (the fake stands for both).
  window.WebAssembly = globalThis.WebAssembly;
  window.Worker = function Worker() {};
  globalThis.getComputedStyle = window.getComputedStyle.bind(window);
  return { window, document, root: document.querySelector(".practice") };
}

const PHONE = /^0?5\d{9}$/;

/** A checker that judges as the rules say: a phone must look like 05xx…, a name must not be empty,
 * a choice must be made; codes are "123456" then "654321" for each new one sent. */
export class FakeChecker {
  constructor(formId) {
    this.formId = formId;
    this.requests = [];
    this.sent = 0;
    this.wrong = 0;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  connect(config, on) {
    this.config = config;
    this.on = on;
    if (!this.holdReady) this.becomeReady();
    return this;
  }

  becomeReady() {
    queueMicrotask(() => {
      this.on.progress(1, 2);
      this.on.starting();
      this.markReady();
      this.on.ready();
    });
  }

  stop() {}

  async check(stage, answers) {
    this.requests.push({ type: "check", stage, answers: { ...answers } });
    const errors = {};
    const mustAnswer = { start: ["for_whom", "phone"], other: ["other_name"] }[stage] || [];
    for (const field of mustAnswer) if (!answers[field]) errors[field] = `Enter ${field}`;
    if (answers.phone && stage === "start" && !PHONE.test(answers.phone.replace(/\s/g, ""))) {
      errors.phone = "Enter a Turkish mobile number, like 0532 123 45 67";
    }
    const next = { start: answers.for_whom === "other" ? "other" : "sms", other: "sms", check: "end" }[stage] ?? null;
    const result = { ok: Object.keys(errors).length === 0, errors, warnings: {}, values: answers, confidence_notes: {}, next };
    if (next === "end") {
      const value = "2026-01-0000042";
      result.shows = { name: "application_number", value, message: `Your practice application number is ${value}` };
    }
    return result;
  }

  async send(stage, answers) {
    this.requests.push({ type: "send", stage, answers: { ...answers } });
    this.code = this.sent++ === 0 ? "123456" : "654321";
    this.wrong = 0;
    const made = { application_number: "2026-01-0000042" };
    return { code: this.code, sms: `Başvuru No: ${made.application_number}. Doğrulama kodunuz: ${this.code}`,
      sent: "We sent a 6-digit code to 0532 *** ** 67", seconds: 180, made,
      keep: { application_number: `Write down your application number: ${made.application_number}` } };
  }

  async describe() {
    this.requests.push({ type: "describe" });
    return { stages: [], options: {} };
  }

  async confirm(code, stage, answers) {
    this.requests.push({ type: "confirm", code, stage, answers });
    if (code === this.code && this.wrong < 3) return { outcome: "confirmed", message: "Your phone number is confirmed.", next: "check" };
    this.wrong += 1;
    if (this.wrong >= 3) return { outcome: "locked", message: "Three wrong codes. Send the code again.", attempts_left: 0 };
    return { outcome: "wrong", message: `That code is not right. You have ${3 - this.wrong} tries left.`, attempts_left: 3 - this.wrong };
  }

  async review(answers) {
    this.requests.push({ type: "review", answers: { ...answers } });
    const labels = { for_whom: ["start", "Başvuru kimin için"], phone: ["start", "Cep Telefonu"], other_name: ["other", "Adı"] };
    const items = Object.entries(answers).filter(([field]) => labels[field])
      .map(([field, answer]) => ({ stage: labels[field][0], field, label: labels[field][1], meaning: `(${field})`, answer }));
    return { items };
  }
}

/** The page brought to life with a fake checker. ``holdReady``: the checker is not ready until told. */
export async function practicePage(formId, lang = "en", { holdReady = false } = {}) {
  const page = staticPage(formId, lang);
  const checker = new FakeChecker(formId);
  checker.holdReady = holdReady;
  const { init } = await import("../../docs/assets/practice/practice-page.js");
  const config = JSON.parse(page.document.getElementById("practice-config").textContent);
  init(page.root, config, { connect: (pageConfig, on) => checker.connect(pageConfig, on) });
  return { ...page, checker, config };
}

/** The page brought to life with ``engine`` (real-engine.mjs) behind the page's own checker client. */
export async function practicePageWithEngine(formId, lang, engine) {
  const page = staticPage(formId, lang);
  const { init } = await import("../../docs/assets/practice/practice-page.js");
  const { checkerClient } = await import("../../docs/assets/practice/checker-client.js");
  const config = JSON.parse(page.document.getElementById("practice-config").textContent);
  const connect = (pageConfig, on) => {
    queueMicrotask(() => on.ready());
    return checkerClient({ ready: Promise.resolve(), ask: engine.ask, stop() {} }, pageConfig);
  };
  init(page.root, config, { connect });
  return { ...page, config };
}

/** Lets the page's pending promises run (not its timers: the SMS countdown never ends on its own). */
export async function settle() {
  for (let round = 0; round < 10; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function type(input, text) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new input.ownerDocument.defaultView.Event("input", { bubbles: true }));
}

export function choose(radio) {
  radio.click();
}

export function visibleStage(page) {
  return [...page.document.querySelectorAll(".practice-stage")].filter((stage) => !stage.hidden).map((stage) => stage.dataset.stage);
}

export function close(page) {
  page.window.dispatchEvent(new page.window.Event("pagehide"));
  return page.window.happyDOM.close();
}
