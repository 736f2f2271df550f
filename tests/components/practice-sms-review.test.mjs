// The SMS stage, the review and the end of the practice, against a fake checker.

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

async function reachSms({ forWhom = "self", phone = "0532 123 45 67", name = "Leyla" } = {}) {
  choose($(`#f-for_whom-${forWhom}`));
  type($("#f-phone"), phone);
  await press($("#practice-form .practice-button"));
  if (forWhom === "other") {
    type($("#f-other_name"), name);
    await press($("#practice-form-other .practice-button"));
  }
}

async function confirmCode(code) {
  type($("#f-sms_code"), code);
  await press($("#practice-sms [data-confirm]"));
}

test("the mock phone shows the message with the code and the value the form made", async () => {
  page = await practicePage("flow");
  await reachSms();
  assert.equal($("[data-sms-message]").textContent, "Başvuru No: 2026-01-0000042. Doğrulama kodunuz: 123456");
  assert.equal($("[data-sms-sent]").textContent, "We sent a 6-digit code to 0532 *** ** 67");
  assert.equal($("[data-countdown]").textContent, "Time left: 3:00");
  assert.equal($("[data-sms-keep]").hidden, false);
  assert.equal($("[data-sms-keep]").textContent, "Write down your application number: 2026-01-0000042");
});

test("a wrong code says so at the box, which keeps the focus; three lock it until Send again", async () => {
  page = await practicePage("flow");
  await reachSms();
  await confirmCode("000000");
  assert.match($("#error-sms_code").textContent, /You have 2 tries left/);
  assert.equal($("#f-sms_code").getAttribute("aria-describedby"), "error-sms_code");
  assert.equal(page.document.activeElement, $("#f-sms_code"));
  await confirmCode("000000");
  await confirmCode("000000");
  assert.equal($("#f-sms_code").disabled, true);
  assert.equal($("[data-confirm]").disabled, true);
  assert.equal($("[data-countdown]").textContent, "");
  assert.equal(page.document.activeElement, $("[data-send-again]"));
  await press($("[data-send-again]"));
  assert.equal($("#f-sms_code").disabled, false);
  assert.equal($("#error-sms_code").hidden, true);
  assert.match($("[data-sms-message]").textContent, /654321$/);
  await confirmCode("654321");
  assert.deepEqual(visibleStage(page), ["check"]);
});

test("the code box opens when the message has come, so nothing typed before it is wiped", async () => {
  page = await practicePage("flow");
  page.checker.holdSend = true;
  await reachSms();
  assert.deepEqual(visibleStage(page), ["sms"]);
  assert.equal($("[data-sms-message]").textContent, "");
  assert.equal($("#f-sms_code").disabled, true);
  assert.equal($("[data-confirm]").disabled, true);
  page.checker.sendArrives();
  await settle();
  assert.match($("[data-sms-message]").textContent, /123456$/);
  assert.equal($("#f-sms_code").disabled, false);
  type($("#f-sms_code"), "123");
  // Send again: the box waits for the new message too, then is empty for its code.
  await press($("[data-send-again]"));
  assert.equal($("#f-sms_code").disabled, true);
  page.checker.sendArrives();
  await settle();
  assert.equal($("#f-sms_code").disabled, false);
  assert.equal($("#f-sms_code").value, "");
  assert.match($("[data-sms-message]").textContent, /654321$/);
});

test("the review lists every answer under its Turkish label, with Change back to its stage", async () => {
  page = await practicePage("flow");
  await reachSms({ forWhom: "other" });
  await confirmCode("123456");
  assert.deepEqual(visibleStage(page), ["check"]);
  assert.equal(page.document.activeElement, $("#stage-check-title"));
  assert.match($("#stage-check-title").textContent, /^Step 4 of 4/);
  const rows = [...page.document.querySelectorAll(".practice-review__row")];
  assert.deepEqual(rows.map((row) => row.querySelector("dt span[lang=tr]").textContent), ["Başvuru kimin için", "Cep Telefonu", "Adı"]);
  assert.deepEqual(rows.map((row) => row.querySelector("dd").textContent), ["other", "0532 123 45 67", "Leyla"]);
  const change = rows[2].querySelector("a");
  assert.equal(change.textContent, "Change Adı");
  await press(change);
  assert.deepEqual(visibleStage(page), ["other"]);
  assert.equal(page.document.activeElement, $("#f-other_name"));
  assert.equal($("#f-other_name").value, "Leyla");
});

test("an answer is shown in the review as text, never as HTML", async () => {
  page = await practicePage("flow");
  await reachSms({ forWhom: "other", name: '<img src=x onerror="alert(1)">' });
  await confirmCode("123456");
  assert.equal(page.document.querySelectorAll(".practice img").length, 0);
  const answers = [...page.document.querySelectorAll(".practice-review__row")].map((row) => row.querySelector("dd").textContent);
  assert.equal(answers[2], '<img src=x onerror="alert(1)">');
});

test("the end shows the application number the SMS carried, and has the focus", async () => {
  page = await practicePage("flow");
  await reachSms();
  await confirmCode("123456");
  await press($("#practice-review .practice-button"));
  assert.deepEqual(visibleStage(page), ["end"]);
  assert.equal(page.document.activeElement, $("#done-title"));
  assert.equal($("[data-shows]").hidden, false);
  assert.equal($("[data-made-value]").textContent, "2026-01-0000042");
  assert.equal($("[data-done-message]").textContent, "Your practice application number is 2026-01-0000042");
  assert.ok(page.document.title.startsWith("Practice complete"));
  // Only what was asked is listed: the other person's name was not.
  const listed = [...page.document.querySelectorAll("#practice-done li[data-field]")].filter((item) => !item.hidden).map((item) => item.dataset.field);
  assert.deepEqual(listed, ["for_whom", "phone"]);
});

test("Practise again empties every stage and starts at the first", async () => {
  page = await practicePage("flow");
  await reachSms({ forWhom: "other" });
  await confirmCode("123456");
  await press($("#practice-review .practice-button"));
  await press($("#practice-done [data-restart]"));
  assert.deepEqual(visibleStage(page), ["start"]);
  assert.equal($("#f-phone").value, "");
  assert.equal($("#f-other_name").value, "");
  assert.equal($("[data-sms-message]").textContent, "");
  assert.equal(page.document.querySelectorAll(".practice-review__row").length, 0);
  assert.equal($("#practice-stage-start [data-step]").textContent, "Step 1 of 3");
});

test("nothing typed reaches the address, the storage or the page's title", async () => {
  page = await practicePage("flow");
  const address = page.window.location.href;
  await reachSms({ forWhom: "other", name: "Uniqname" });
  await confirmCode("123456");
  await press([...page.document.querySelectorAll(".practice-review__row a")][1]);
  assert.equal(page.window.location.href, address);
  assert.equal(page.window.localStorage.length, 0);
  assert.equal(page.window.sessionStorage.length, 0);
  assert.equal(page.document.cookie, "");
  assert.doesNotMatch(page.document.title, /Uniqname|0532/);
});

test("Back onto the SMS stage after its code was used sends a new code", async () => {
  page = await practicePage("flow");
  await reachSms();
  await confirmCode("123456");
  await press($("#practice-review [data-back]"));
  assert.deepEqual(visibleStage(page), ["sms"]);
  assert.equal(page.document.activeElement, $("#sms-title"));
  assert.match($("[data-sms-message]").textContent, /654321$/);
  assert.equal($("#f-sms_code").value, "");
  await confirmCode("654321");
  assert.deepEqual(visibleStage(page), ["check"]);
});
