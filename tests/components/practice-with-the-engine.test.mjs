// The engine's staged fixture form (tests/fixtures/staged: a start choice, a searchable country list,
// a picture code, "for someone else", an SMS code that makes an application number, a day and a
// time, a review and an end) practised in Persian, right to left, with the page's own components
// and the real engine (simulator.browser in CPython). Only Pyodide and the browser are stand-ins.

import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";

import { press } from "./page.js";
import { choose, close, practicePageWithEngine, pressAndWaitFor as pressed, type, until, visibleStage } from "./practice-fixture.mjs";
import { startEngine } from "./real-engine.mjs";

const STAGED = fileURLToPath(new URL("../fixtures/staged/simulator/forms", import.meta.url));
const engine = startEngine(STAGED);
let page;
// The page first: leaving it asks the engine for a fresh session, which must still be there to answer.
after(async () => {
  await close(page);
  await engine.stop();
});

const $ = (selector) => page.document.querySelector(selector);

const pressAndWaitFor = (button, stage) => pressed(page, button, stage);

function chooseFromList(fieldId, typed, value) {
  const box = $(`#f-${fieldId}`);
  type(box, typed);
  press(box, "ArrowDown");
  press(box, "Enter");
  assert.equal($(`#group-${fieldId} select`).value, value);
}

function selectOption(select, value) {
  select.value = value;
  select.dispatchEvent(new page.window.Event("change", { bubbles: true }));
}

test("the staged fixture form, practised stage by stage to its end in Persian", async () => {
  page = await practicePageWithEngine("practice_booking", "fa", engine);
  const address = page.window.location.href;
  $("#f-purpose-new").click();
  await until(() => page.root.dataset.checker === "ready", "the checker");

  choose($("#f-purpose-new"));
  await pressAndWaitFor($("#practice-form .practice-button"), "person");
  assert.equal(page.document.activeElement, $("#stage-person-title"));
  const step = $("#stage-person-title [data-step]");
  assert.match(step.textContent, /^مرحلهٔ 2 از \d$/);
  assert.ok(step.querySelectorAll("bdi[dir=ltr]").length >= 2, "the numbers are isolated runs");

  // Pressed empty, the stage stays, says what is missing, and every link leads to a field of it.
  $("#practice-form-person .practice-button").click();
  await until(() => !$("#practice-summary").hidden, "the error summary");
  assert.deepEqual(visibleStage(page), ["person"]);
  assert.equal(page.document.activeElement, $("#practice-summary"));
  const links = [...$("#practice-summary").querySelectorAll("a")];
  assert.ok(links.length >= 5, links.map((link) => link.textContent).join(" | "));
  for (const link of links) assert.ok($("#practice-stage-person").contains($(link.getAttribute("href"))), link.getAttribute("href"));

  type($("#f-first_name"), "Ali");
  type($("#f-last_name"), "Rezaei");
  chooseFromList("nationality", "ایران", "IR");
  type($("#f-phone"), "0532 123 45 67");
  selectOption($("#f-for_whom"), "other");
  $("#f-notice").click();
  await until(() => engine.last("picture")?.answer, "the picture code");
  // What the picture shows, read off the screen (its text alternative spells it), typed in lower case.
  type($("#f-security_code"), engine.last("picture").answer.code.toLowerCase());
  await pressAndWaitFor($("#practice-form-person .practice-button"), "other_person");
  assert.match($("#stage-other_person-title [data-step]").textContent, /^مرحلهٔ 3 از \d$/);

  type($("#f-other_first_name"), "Sara");
  type($("#f-other_last_name"), "Rezaei");
  chooseFromList("other_nationality", "افغان", "AF");
  type($("#f-other_birth_date"), "05.03.2015");
  await pressAndWaitFor($("#practice-form-other_person .practice-button"), "sms");
  await until(() => /\d{6}/.test($("[data-sms-message]").textContent), "the SMS");
  const sent = engine.last("send").answer;
  assert.ok($("[data-sms-message]").textContent.includes(sent.made.application_number), "the SMS carries the number");

  type($("#f-sms_code"), sent.code);
  await pressAndWaitFor($("#practice-sms [data-confirm]"), "day");
  await until(() => $("#group-appointment input[type=radio]:not(:disabled)"), "the days offered");
  choose($("#group-appointment input[type=radio]:not(:disabled)"));
  await until(() => $("#group-appointment .practice-days__times input:not(:disabled)"), "the times");
  choose($("#group-appointment .practice-days__times input:not(:disabled)"));
  $("#f-other_attends").click();
  await pressAndWaitFor($("#practice-form-day .practice-button"), "check");

  // The review: every answer under its Turkish label, as the engine gives them, as text.
  await until(() => page.document.querySelectorAll(".practice-review__row").length, "the review");
  const items = engine.last("review").answer.items;
  const rows = [...page.document.querySelectorAll(".practice-review__row")];
  assert.deepEqual(rows.map((row) => row.querySelector("dt [lang=tr]").textContent), items.map((item) => item.label));
  assert.deepEqual(rows.map((row) => row.querySelector("dd").textContent), items.map((item) => item.answer));
  assert.ok(items.some((item) => item.field === "other_first_name" && item.answer === "Sara"));

  // Change goes back to the stage with the answer still typed; passing it again leads on as before.
  rows[items.findIndex((item) => item.field === "first_name")].querySelector("a").click();
  assert.deepEqual(visibleStage(page), ["person"]);
  assert.equal(page.document.activeElement, $("#f-first_name"));
  assert.equal($("#f-first_name").value, "Ali");
  await pressAndWaitFor($("#practice-form-person .practice-button"), "other_person");
  assert.equal($("#f-other_first_name").value, "Sara");
  await pressAndWaitFor($("#practice-form-other_person .practice-button"), "sms");
  await until(() => engine.last("send").answer, "a new SMS");
  type($("#f-sms_code"), engine.last("send").answer.code);
  await pressAndWaitFor($("#practice-sms [data-confirm]"), "day");
  assert.ok($("#group-appointment input[type=radio]:checked"), "the day chosen is still chosen");
  await pressAndWaitFor($("#practice-form-day .practice-button"), "check");
  await until(() => page.document.querySelectorAll(".practice-review__row").length, "the review again");
  await pressAndWaitFor($("#practice-review .practice-button"), "end");

  assert.equal(page.document.activeElement, $("#done-title"));
  assert.equal($("[data-made-value]").textContent, sent.made.application_number);
  // Nothing typed, not the picture code nor the day, went into the address or the storage.
  assert.equal(page.window.location.href, address);
  assert.equal(page.window.localStorage.length + page.window.sessionStorage.length, 0);
});
