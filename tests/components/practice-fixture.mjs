// A practice page for component tests: the frame exactly as the build renders it (render_practice.py),
// in happy-dom, brought to life by the page's own practice-page.js with a fake checker
// (fake-checker.mjs) or the real engine (real-engine.mjs) instead of Pyodide.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Window } from "happy-dom";

import { FakeChecker } from "./fake-checker.mjs";

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

/** Waits until ``condition()`` is true, as a person waits for the page to answer. */
export async function until(condition, what) {
  for (let waited = 0; waited < 5000; waited += 10) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`waited 5 s for ${what}`);
}

/** Presses ``button`` and waits for ``stage`` to be the one open. */
export async function pressAndWaitFor(page, button, stage) {
  button.click();
  await until(() => visibleStage(page)[0] === stage, `the ${stage} stage`);
}

export function close(page) {
  page.window.dispatchEvent(new page.window.Event("pagehide"));
  return page.window.happyDOM.close();
}

/** The appointment practice (randevu) from its reason stage to its end (Randevularım): address
 * registration, no one linked, the first day and time offered, both rules ticked, the code the SMS shows. */
export async function bookFromTheReason(page, engine, atReview = () => {}) {
  const $ = (selector) => page.document.querySelector(selector);
  choose($("#f-reason-address"));
  await pressAndWaitFor(page, $("#practice-form-reason .practice-button"), "linked");
  await pressAndWaitFor(page, $("#practice-form-linked .practice-button"), "day");
  await until(() => $("#group-appointment input[type=radio]:not(:disabled)"), "the days offered");
  choose($("#group-appointment input[type=radio]:not(:disabled)"));
  await until(() => $("#group-appointment .practice-days__times input:not(:disabled)"), "the times");
  choose($("#group-appointment .practice-days__times input:not(:disabled)"));
  await pressAndWaitFor(page, $("#practice-form-day .practice-button"), "confirm");
  await atReview();
  $("#f-no_cancel").click();
  $("#f-thirty_days").click();
  await pressAndWaitFor(page, $("#practice-review .practice-button"), "sms");
  await until(() => engine.last("send")?.answer, "the SMS");
  type($("#f-sms_code"), engine.last("send").answer.code);
  await pressAndWaitFor(page, $("#practice-sms [data-confirm]"), "end");
}
