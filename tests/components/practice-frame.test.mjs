// The practice frame before and around the stages: what works without JavaScript (nothing can be
// sent), the checker's panel, and right-to-left pages.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { close, practicePage, settle, staticPage, type } from "./practice-fixture.mjs";

let page;
afterEach(() => close(page));

test("without its script the form is there but nothing can be typed in, named or sent", () => {
  page = staticPage("flow");
  const { document } = page;
  const stages = [...document.querySelectorAll(".practice-stage")];
  assert.deepEqual(stages.map((stage) => stage.hidden), [false, true, true, true, true]);
  for (const form of document.querySelectorAll("form")) {
    assert.equal(form.getAttribute("autocomplete"), "off");
    assert.equal(form.hasAttribute("action"), false);
  }
  for (const controls of document.querySelectorAll("form[data-stage-form] [data-controls]")) assert.equal(controls.disabled, true);
  for (const typed of document.querySelectorAll("input:not([type=radio]):not([type=checkbox]), select")) {
    assert.equal(typed.hasAttribute("name"), false, typed.id);
    assert.equal(typed.getAttribute("autocomplete"), "off", typed.id);
  }
});

test("the checker starts when the person first taps the form, and the page says when it is ready", async () => {
  page = await practicePage("flow", "en", { holdReady: true });
  const { document, root } = page;
  assert.equal(root.dataset.checker, "idle");
  assert.match(document.querySelector("[data-status]").textContent, /downloads once, when you start filling in the form/);
  assert.equal(page.checker.on, undefined);
  let announced = 0;
  document.addEventListener("practice:checker-ready", () => (announced += 1));
  // Focus alone is not starting: a tap focuses before it lands.
  document.querySelector("#f-phone").dispatchEvent(new page.window.FocusEvent("focusin", { bubbles: true }));
  assert.equal(page.checker.on, undefined);
  document.querySelector("#f-phone").click();
  assert.equal(root.dataset.checker, "downloading");
  page.checker.becomeReady();
  await settle();
  assert.equal(root.dataset.checker, "ready");
  assert.equal(announced, 1);
  assert.match(document.querySelector("[data-status]").textContent, /^Ready/);
});

test("a failed checker says why, beside the button too, and Try again checks the waiting answers", async () => {
  page = await practicePage("flow", "en", { holdReady: true });
  const { document, root } = page;
  document.querySelector("#f-for_whom-self").click();
  type(document.querySelector("#f-phone"), "0532 123 45 67");
  document.querySelector("#practice-form .practice-button").click();
  await settle();
  page.checker.on.failed("network");
  await settle();
  assert.equal(root.dataset.checker, "failed");
  assert.match(document.querySelector("#practice-form [data-waiting]").textContent, /could not be downloaded/);
  const retry = document.querySelector("[data-retry]");
  assert.equal(retry.hidden, false);
  retry.click();
  page.checker.becomeReady();
  await settle();
  assert.equal(document.querySelector("#practice-sms").hidden, false);
});

test("on a right-to-left page the step's numbers are isolated left-to-right runs", async () => {
  page = await practicePage("flow", "ar");
  const step = page.document.querySelector("#practice-stage-start [data-step]");
  assert.equal(step.textContent, "الخطوة 1 من 3");
  assert.deepEqual([...step.querySelectorAll("bdi[dir=ltr]")].map((run) => run.textContent), ["1", "3"]);
  assert.equal(page.document.querySelector("#practice-stage-start [data-stage-heading]").textContent.includes("الخطوة"), true);
});

test("the words of every stage are in the reader's language", async () => {
  page = await practicePage("flow", "tr");
  assert.equal(page.document.querySelector("#practice-stage-start [data-step]").textContent, "Adım 1 / 3");
  assert.equal(page.document.querySelector("#practice-stage-other [data-back]").textContent, "Geri");
  assert.equal(page.config.text["practice.review.change"], "Değiştir");
});

test("the download button, once pressed, leaves the focus on the line that tells the download's progress", async () => {
  page = await practicePage("flow", "en", { holdReady: true });
  const { document, root } = page;
  const button = document.querySelector("[data-prepare]");
  assert.equal(button.hidden, false);
  button.focus();
  button.click();
  assert.equal(root.dataset.checker, "downloading");
  assert.equal(button.hidden, true);
  assert.equal(document.activeElement, document.querySelector("[data-status]"));
});
