// The practice page going stage by stage, as a person would notice it, against a fake checker.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { choose, close, practicePage, settle, type, visibleStage } from "./practice-fixture.mjs";

let page;
afterEach(() => close(page));

const $ = (selector) => page.document.querySelector(selector);
const press = async (button) => {
  button.click();
  await settle();
};

async function passStart({ forWhom = "self", phone = "0532 123 45 67" } = {}) {
  choose($(`#f-for_whom-${forWhom}`));
  type($("#f-phone"), phone);
  await press($("#practice-form .practice-button"));
}

test("the first stage says which step it is, and the count follows the way ahead", async () => {
  page = await practicePage("flow");
  const step = $("#practice-stage-start [data-step]");
  assert.equal(step.textContent, "Step 1 of 3");
  // Heard as one heading, its words apart: the step, what the stage is, the portal's Turkish title.
  assert.equal($("#stage-start-title").textContent.replace(/\s+/g, " "), "Step 1 of 3 Your details Başvuru");
  choose($("#f-for_whom-other"));
  assert.equal(step.textContent, "Step 1 of 4");
});

test("a stage with a wrong answer shows the error summary, focused, with a link to the field", async () => {
  page = await practicePage("flow");
  await passStart({ phone: "12" });
  const summary = $("#practice-summary");
  assert.equal(summary.hidden, false);
  assert.equal(page.document.activeElement, summary);
  const links = summary.querySelectorAll("a");
  assert.equal(links.length, 1);
  assert.equal(links[0].textContent, "Enter a Turkish mobile number, like 0532 123 45 67");
  assert.equal(links[0].getAttribute("href"), "#f-phone");
  assert.ok(page.document.title.startsWith("Error: "));
  links[0].click();
  assert.equal(page.document.activeElement, $("#f-phone"));
  assert.equal($("#f-phone").value, "12");
});

test("the field's message is tied to it by aria-describedby and marks it invalid", async () => {
  page = await practicePage("flow");
  await passStart({ phone: "12" });
  assert.equal($("#error-phone").hidden, false);
  assert.match($("#error-phone").textContent, /Error: .*Turkish mobile number/);
  assert.deepEqual($("#f-phone").getAttribute("aria-describedby").split(" "), ["hint-phone", "error-phone"]);
  assert.equal($("#f-phone").getAttribute("aria-invalid"), "true");
  // Corrected, the message and the mark go.
  type($("#f-phone"), "0532 123 45 67");
  await press($("#practice-form .practice-button"));
  assert.equal($("#error-phone").hidden, true);
  assert.equal($("#f-phone").hasAttribute("aria-invalid"), false);
  assert.equal($("#f-phone").getAttribute("aria-describedby"), "hint-phone");
});

test("a stage that fails never opens the next", async () => {
  page = await practicePage("flow");
  type($("#f-phone"), "0532 123 45 67");
  await press($("#practice-form .practice-button"));
  assert.deepEqual(visibleStage(page), ["start"]);
  assert.equal(page.checker.requests.filter((request) => request.type === "send").length, 0);
});

test("a stage that passes opens the next: its heading has the focus and says Step 2 of 3", async () => {
  page = await practicePage("flow");
  await passStart();
  assert.deepEqual(visibleStage(page), ["sms"]);
  assert.equal(page.document.activeElement, $("#sms-title"));
  assert.match($("#sms-title").textContent, /^Step 2 of 3/);
  assert.equal($("#practice-summary").hidden, true);
});

test("a stage only for someone else opens when that is chosen, and Back keeps what was typed", async () => {
  page = await practicePage("flow");
  await passStart({ forWhom: "other" });
  assert.deepEqual(visibleStage(page), ["other"]);
  assert.equal(page.document.activeElement, $("#stage-other-title"));
  assert.match($("#stage-other-title").textContent, /^Step 2 of 4/);
  type($("#f-other_name"), "Leyla");
  const back = $("#practice-stage-other [data-back]");
  assert.equal(back.hidden, false);
  await press(back);
  assert.deepEqual(visibleStage(page), ["start"]);
  assert.equal(page.document.activeElement, $("#stage-start-title"));
  assert.equal($("#f-phone").value, "0532 123 45 67");
  assert.equal($("#f-for_whom-other").checked, true);
  await press($("#practice-form .practice-button"));
  assert.equal($("#f-other_name").value, "Leyla");
});

test("the first stage has no Back", async () => {
  page = await practicePage("flow");
  assert.equal($("#practice-stage-start [data-back]"), null);
});

test("each check sends every answer so far, and the answers of a stage passed over are not among them", async () => {
  page = await practicePage("flow");
  await passStart({ forWhom: "other" });
  type($("#f-other_name"), "Leyla");
  await press($("#practice-form-other .practice-button"));
  const checks = page.checker.requests.filter((request) => request.type === "check");
  assert.deepEqual(checks.at(-1), { type: "check", stage: "other", answers: { for_whom: "other", phone: "0532 123 45 67", other_name: "Leyla" } });
  // Back to the start, now for oneself: the other person's stage is not on the way any more.
  await press($("#practice-sms [data-back]"));
  await press($("#practice-stage-other [data-back]"));
  choose($("#f-for_whom-self"));
  await press($("#practice-form .practice-button"));
  assert.deepEqual(visibleStage(page), ["sms"]);
  assert.equal("other_name" in page.checker.requests.filter((request) => request.type === "send").at(-1).answers, false);
});

test("pressing the button before the checker is ready waits visibly, then checks", async () => {
  page = await practicePage("flow", "en", { holdReady: true });
  choose($("#f-for_whom-self"));
  type($("#f-phone"), "0532 123 45 67");
  await press($("#practice-form .practice-button"));
  const waiting = $("#practice-form [data-waiting]");
  assert.equal(waiting.hidden, false);
  assert.match(waiting.textContent, /checked as soon as the checker is ready/);
  assert.equal($("#practice-form .practice-button").getAttribute("aria-busy"), "true");
  page.checker.becomeReady();
  await settle();
  assert.equal(waiting.hidden, true);
  assert.deepEqual(visibleStage(page), ["sms"]);
});

test("the error summary is the stage's own: Back to another stage leaves it behind", async () => {
  page = await practicePage("flow");
  await passStart({ forWhom: "other" });
  await press($("#practice-form-other .practice-button"));
  assert.equal($("#practice-summary").hidden, false);
  await press($("#practice-stage-other [data-back]"));
  assert.equal($("#practice-summary").hidden, true);
  assert.equal(page.document.title, "Practice");
  // The message beside the field stays with its stage.
  assert.equal($("#error-other_name").hidden, false);
});
