// The practice pages of the forms of today (simulator/forms/eikamet.toml, randevu.toml) as the build
// renders them, in the languages of the readers who walk them most (Persian and Arabic, right to left):
// what a person sees on a stage before and without the checker (a fake one), and the appointment
// practised to its print-out with the page's own components and the real engine (simulator.browser in CPython).

import assert from "node:assert/strict";
import { after, afterEach, test } from "node:test";

import { bookFromTheReason, choose, close, practicePage, practicePageWithEngine, pressAndWaitFor as pressed, settle, staticPage, type, until }
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

/** The appointment booked in ``lang`` to its end (Randevularım), for someone else when ``child`` is given;
 * ``atReview`` is called on the review stage (Onay), before its boxes are ticked. */
async function bookAppointment(lang, child = null, atReview = undefined) {
  page = await practicePageWithEngine("randevu", lang, engine);
  choose($("#f-document_type-foreigner_id"));
  await until(() => page.root.dataset.checker === "ready", "the checker");
  type($("#f-foreigner_id"), "99473621584");
  type($("#f-phone"), "0539 471 62 85");
  type($("#f-email"), "golnoosh.f91@example.net");
  $("#f-fixed_contact").click();
  await pressAndWaitFor($("#practice-form .practice-button"), "person");
  if (child) {
    $("#f-for_someone_else").click();
    type($("#f-other_first_name"), child.firstName);
    type($("#f-other_last_name"), child.lastName);
    type($("#f-other_id"), child.id);
  }
  await pressAndWaitFor($("#practice-form-person .practice-button"), "reason");
  await bookFromTheReason(page, engine, atReview);
}

/** Yazdır pressed: the print-out's Turkish labels and answers, and how many times the page printed. */
async function printOut() {
  let prints = 0;
  page.window.print = () => (prints += 1);
  $("#practice-done [data-print-end]").click();
  await until(() => !$("#practice-done [data-print-view]").hidden, "the print-out");
  const view = $("#practice-done [data-print-view]");
  return { view, prints, labels: [...view.querySelectorAll("dt span[lang=tr]")].map((label) => label.textContent),
    answers: [...view.querySelectorAll("dd")].map((answer) => answer.textContent) };
}

test("a screen with nothing to fill in says under its heading, in the reader's language, what it is for", () => {
  const usually = { en: /usually nothing to do here but choose Devam Et/, fa: /معمولاً.*Devam Et/, ar: /عادةً.*Devam Et/,
    tr: /genellikle Devam Et/ };
  for (const [lang, said] of Object.entries(usually)) {
    page = staticPage("randevu", lang);
    const heading = page.document.querySelector("#stage-linked-title");
    assert.match(heading.textContent, /Bağlı Kişi Bilgileri/);
    const says = heading.nextElementSibling;
    assert.equal(says.className, "practice-stage__says", lang);
    assert.match(says.textContent, said, lang);
    // Only the stage whose spec says something has a line there.
    assert.equal(page.document.querySelectorAll(".practice-stage__says").length, 1, lang);
    close(page);
    page = null;
  }
});

test("before anything is chosen, and before the checker is ready, the step counts the usual way from the start", async () => {
  page = await practicePage("eikamet", "fa", { holdReady: true });
  const step = page.document.querySelector("#stage-start-title [data-step]");
  assert.equal(page.root.dataset.checker, "idle");
  // The first of the choices is the first application: the start, its page, Ön Kayıt and the SMS code.
  assert.equal(step.textContent, "مرحلهٔ 1 از 4");
  assert.deepEqual([...step.querySelectorAll("bdi[dir=ltr]")].map((run) => run.textContent), ["1", "4"]);
  choose(page.document.querySelector("#f-purpose-continue"));
  assert.equal(step.textContent, "مرحلهٔ 1 از 2");
  choose(page.document.querySelector("#f-purpose-first"));
  assert.equal(step.textContent, "مرحلهٔ 1 از 4");
});

test("Randevularım's print-out says whose appointment it is: the other person's name when booked for them", async () => {
  await bookAppointment("fa", { firstName: "Kianoush", lastName: "Farahmandzadeh", id: "99710264840" });
  const { labels, answers, view } = await printOut();
  assert.deepEqual(labels, ["Başkası Adına Randevu", "Ad", "Soyad", "Yabancı Kimlik No", "Yabancı Kimlik No", "İşlem",
    "Randevu Tarihi"]);
  assert.deepEqual(answers.slice(0, 5), ["✓", "Kianoush", "Farahmandzadeh", "99710264840", "99473621584"]);
  assert.equal(answers[5], "İkamet İzinli Yabancı - Adres Tescili");
  assert.match(answers[6], /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  // Each label's meaning in Persian says whose number is whose.
  const meanings = [...view.querySelectorAll("dt .practice-sheet__meaning")].map((meaning) => meaning.textContent);
  assert.notEqual(meanings[3], meanings[4]);
  assert.doesNotMatch(view.textContent, /golnoosh|0539/);
});

test("the review (Onay) lists the answers of the stages before it, not its own statements to tick", async () => {
  let listed;
  await bookAppointment("fa", null, async () => {
    await until(() => $("#practice-review .practice-review__row"), "the review");
    // Each row's Change goes to its field.
    listed = [...page.document.querySelectorAll(".practice-review__row a")].map((change) => change.hash.slice("#group-".length));
  });
  assert.ok(["foreigner_id", "fixed_contact", "reason", "appointment"].every((field) => listed.includes(field)), listed);
  assert.ok(!listed.includes("no_cancel") && !listed.includes("thirty_days"), listed);
});

test("booked for oneself, the print-out names the registered number, and no one else", async () => {
  await bookAppointment("ar");
  const { labels, answers } = await printOut();
  assert.deepEqual(labels, ["Yabancı Kimlik No", "İşlem", "Randevu Tarihi"]);
  assert.equal(answers[0], "99473621584");
});
