// Warnings a person sees, and that the end does not forget, with the page's own components and the real
// engine (simulator.browser in CPython): a stage that passes with warnings not shown yet stops once and
// lists them above the form under their fields' Turkish labels (not as errors); pressing again goes on;
// a new warning stops it again; and the end lists every warning given on the way, with what was typed
// and what to type on the real site instead.

import assert from "node:assert/strict";
import { after, afterEach, test } from "node:test";

import { bookFromTheReason, choose, close, practicePageWithEngine, pressAndWaitFor as pressed, type, until, visibleStage }
  from "./practice-fixture.mjs";
import { startEngine } from "./real-engine.mjs";

const engine = startEngine("");
let page;
afterEach(async () => {
  if (page) await close(page);
  page = null;
});
after(() => engine.stop());

const $ = (selector) => page.document.querySelector(selector);
const pressAndWaitFor = (button, stage) => pressed(page, button, stage);

/** Presses ``button`` and waits for the warnings to stop the stage (a fresh check, and the box shown). */
async function pressAndWaitForWarnings(button) {
  const checks = Number(page.root.dataset.checks || 0);
  button.click();
  await until(() => Number(page.root.dataset.checks || 0) > checks && !$("#practice-checks").hidden, "the warnings");
}

/** What the warnings box lists: each item's Turkish label (a left-to-right run of its own) and its words. */
function listedWarnings() {
  return [...$("#practice-checks [data-summary-list]").children].map((item) => ({
    label: item.querySelector("bdi[lang=tr]").textContent, text: item.textContent, link: item.querySelector("a").getAttribute("href"),
  }));
}

/** The end's list: [label, text of the item, the from → to line or null]. */
function endList(endId = "practice-done") {
  const box = $(`#${endId} [data-done-checks]`);
  assert.equal(box.hidden, false, "the end lists what the real site may refuse");
  return [...box.querySelectorAll("li")].map((item) => [item.querySelector(".practice-done__label").textContent, item.textContent,
    item.querySelector(".practice-done__change")?.textContent ?? null]);
}

async function registerForAnAppointment(lang, phone) {
  page = await practicePageWithEngine("randevu", lang, engine);
  choose($("#f-document_type-foreigner_id"));
  await until(() => page.root.dataset.checker === "ready", "the checker");
  type($("#f-foreigner_id"), "99473621584");
  type($("#f-phone"), phone);
  type($("#f-email"), "golnoosh.f91@example.net");
  $("#f-fixed_contact").click();
}

test("Persian: Başkası Adına Randevu with the other person's details empty stops once, names each field, then goes on", async () => {
  // Persian digits in the phone: the registration, a stage before another stage of fields, stops for them too.
  await registerForAnAppointment("fa", "۰۵۳۹ ۴۷۱ ۶۲ ۸۵");
  await pressAndWaitForWarnings($("#practice-form .practice-button"));
  assert.deepEqual(visibleStage(page), ["register"]);
  assert.deepEqual(listedWarnings().map((item) => item.label), ["Cep Telefonu"]);
  assert.match(listedWarnings()[0].text, /05394716285/);
  await pressAndWaitFor($("#practice-form .practice-button"), "person");

  $("#f-for_someone_else").click();
  await pressAndWaitForWarnings($("#practice-form-person .practice-button"));
  assert.deepEqual(visibleStage(page), ["person"]);
  const box = $("#practice-checks");
  // A warning to read, not an error: focused, no alert, no "Error:" before the title, the error summary hidden.
  assert.equal(page.document.activeElement, box);
  assert.notEqual(box.getAttribute("role"), "alert");
  assert.equal($("#practice-summary").hidden, true);
  assert.doesNotMatch(page.document.title, /خطا/);
  assert.doesNotMatch(box.textContent, /خطا:/);
  const listed = listedWarnings();
  assert.deepEqual(listed.map((item) => item.label), ["Ad", "Soyad", "Yabancı Kimlik No"]);
  assert.deepEqual(listed.map((item) => item.link), ["#f-other_first_name", "#f-other_last_name", "#f-other_id"]);
  const warned = engine.last("check").answer.warnings;
  for (const [index, field] of ["other_first_name", "other_last_name", "other_id"].entries()) {
    assert.ok(listed[index].text.endsWith(warned[field]), listed[index].text);
  }
  // Under them, in Persian, the stage's own Turkish button to press again.
  const again = box.querySelector("[data-checks-again]");
  assert.match(again.textContent, /دوباره Devam Et را بزنید/);
  assert.equal(again.querySelector("bdi[lang=tr]").textContent, "Devam Et");

  // An answer that brings a new warning (Persian digits in the ID) stops the stage once more.
  type($("#f-other_id"), "۹۹۷۱۰۲۶۴۸۴۰");
  await pressAndWaitForWarnings($("#practice-form-person .practice-button"));
  assert.deepEqual(visibleStage(page), ["person"]);
  assert.deepEqual(listedWarnings().map((item) => item.label), ["Ad", "Soyad", "Yabancı Kimlik No"]);
  // Pressed again with the same answers, the stage goes on, and the box is gone.
  await pressAndWaitFor($("#practice-form-person .practice-button"), "reason");
  assert.equal($("#practice-checks").hidden, true);

  await bookFromTheReason(page, engine);
  const listedAtTheEnd = endList();
  assert.deepEqual(listedAtTheEnd.map(([label]) => label), ["Cep Telefonu", "Ad", "Soyad", "Yabancı Kimlik No"]);
  // The coached answers say what was typed and what to type there instead, each an isolated left-to-right run.
  assert.equal(listedAtTheEnd[0][2], "نوشته بودید ۰۵۳۹ ۴۷۱ ۶۲ ۸۵ ← در سایت واقعی: 05394716285");
  assert.equal(listedAtTheEnd[3][2], "نوشته بودید ۹۹۷۱۰۲۶۴۸۴۰ ← در سایت واقعی: 99710264840");
  assert.equal(listedAtTheEnd[1][2], null, "an empty name has nothing typed to change");
  const change = $("#practice-done [data-done-checks] .practice-done__change");
  assert.deepEqual([...change.querySelectorAll("bdi[dir=ltr]")].map((run) => run.textContent), ["۰۵۳۹ ۴۷۱ ۶۲ ۸۵", "05394716285"]);
});

test("Arabic: the same answers pressed again after a stop go on, and an end with no warnings lists none", async () => {
  await registerForAnAppointment("ar", "0539 471 62 85");
  await pressAndWaitFor($("#practice-form .practice-button"), "person");
  $("#f-for_someone_else").click();
  await pressAndWaitForWarnings($("#practice-form-person .practice-button"));
  assert.match($("#practice-checks [data-checks-again]").textContent, /اضغط Devam Et مرة أخرى/);
  // Going back and on again with the answers unchanged: what was shown once does not stop the stage again.
  $("#practice-stage-person [data-back]").click();
  await pressAndWaitFor($("#practice-form .practice-button"), "person");
  await pressAndWaitFor($("#practice-form-person .practice-button"), "reason");
  // Untick the box, and the warnings of the other person's fields are no longer on the way.
  $("#practice-stage-reason [data-back]").click();
  $("#f-for_someone_else").click();
  await pressAndWaitFor($("#practice-form-person .practice-button"), "reason");
  await bookFromTheReason(page, engine);
  assert.equal($("#practice-done [data-done-checks]").hidden, true);
});

test("e-İkamet, Arabic: a Başvuru No not made on this page stops the login once, and its end lists it", async () => {
  page = await practicePageWithEngine("eikamet", "ar", engine);
  choose($("#f-purpose-continue"));
  await until(() => page.root.dataset.checker === "ready", "the checker");
  await pressAndWaitFor($("#practice-form .practice-button"), "continue_form");
  type($("#f-application_number"), "3213-21-3123123");
  choose($("#f-contact_by-phone"));
  type($("#f-continue_phone"), "532 123 45 67");
  choose($("#f-identity_by-passport"));
  type($("#f-continue_passport"), "K12345678");
  await until(() => engine.last("picture")?.answer, "the picture code");
  type($("#f-continue_code"), engine.last("picture").answer.code);
  await pressAndWaitForWarnings($("#practice-form-continue_form .practice-button"));
  assert.deepEqual(visibleStage(page), ["continue_form"]);
  assert.deepEqual(listedWarnings().map((item) => item.label), ["Başvuru No"]);
  assert.ok(listedWarnings()[0].text.endsWith(engine.last("check").answer.warnings.application_number));
  await pressAndWaitFor($("#practice-form-continue_form .practice-button"), "continue_end");
  const [[label, text, change]] = endList("practice-done-continue_end");
  assert.equal(label, "Başvuru No");
  assert.ok(text.includes(engine.last("check").answer.warnings.application_number));
  assert.equal(change, null);
});

test("İstanbul HES form, Arabic digits: the stage stops once before the SMS, and the end lists each from → to", async () => {
  page = await practicePageWithEngine("istanbul", "ar", engine);
  type($("#f-first_name"), "Ahmad");
  await until(() => page.root.dataset.checker === "ready", "the checker");
  type($("#f-last_name"), "Alhassan");
  type($("#f-id_number"), "٩٩١٢٣٤٥٦٧٤٠");
  type($("#f-birth_date"), "1990/03/05");
  type($("#f-card_number"), "1234 5678 9012 3456");
  type($("#f-phone"), "532 123 45 67");
  type($("#f-hes_code"), "A1B2-3456-78");
  $("#f-consent_1").click();
  $("#f-consent_2").click();
  await pressAndWaitForWarnings($("#practice-form .practice-button"));
  assert.deepEqual(listedWarnings().map((item) => item.label), ["TC Kimlik No/ YKN", "Doğum Tarihi", "Telefon Numarası"]);
  await pressAndWaitFor($("#practice-form .practice-button"), "sms");
  await until(() => engine.last("send")?.answer, "the SMS");
  type($("#f-sms_code"), engine.last("send").answer.code);
  await pressAndWaitFor($("#practice-sms [data-confirm]"), "end");
  assert.deepEqual(endList().map(([label, , change]) => [label, change]), [
    ["TC Kimlik No/ YKN", "كتبتَ ٩٩١٢٣٤٥٦٧٤٠ ← في الموقع الحقيقي: 99123456740"],
    ["Doğum Tarihi", "كتبتَ 1990/03/05 ← في الموقع الحقيقي: 05.03.1990"],
    ["Telefon Numarası", "كتبتَ 532 123 45 67 ← في الموقع الحقيقي: 05321234567"],
  ]);
  // Practise again: the list is gone with the answers.
  $("#practice-done [data-restart]").click();
  assert.equal($("#practice-done [data-done-checks]").hidden, true);
  assert.equal($("#practice-done [data-done-checks-list]").children.length, 0);
});
