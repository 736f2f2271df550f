import assert from "node:assert/strict";
import { test } from "node:test";

import { init } from "../../docs/assets/practice/components/day-choice.js";
import { page } from "./page.js";

const WORDS = {
  "slot.choose_day": "یک روز انتخاب کنید",
  "slot.choose_time": "یک ساعت انتخاب کنید",
  "slot.full_day": "پر",
  "slot.taken": "گرفته شده",
  "controls.days.choose_day": "اول یک روز انتخاب کنید",
  "controls.days.failed": "روزها نشان داده نشدند",
};
// As the engine offers them (simulator/slots.py offered_days): Wednesday 2 December 2026 full.
const OFFERED = [
  { date: "2026-12-02", weekday: 2, full: true, times: [{ time: "09:00", free: false }, { time: "09:30", free: false }] },
  { date: "2026-12-03", weekday: 3, full: false, times: [{ time: "09:00", free: true }, { time: "09:30", free: false }, { time: "10:00", free: true }] },
  { date: "2026-12-04", weekday: 4, full: false, times: [{ time: "09:00", free: false }, { time: "09:30", free: true }] },
];

async function dayPage(getOffered = async () => OFFERED, { lang = "fa", locales = "fa" } = {}) {
  const { window, document } = page(`
    <form novalidate autocomplete="off"><fieldset class="practice-field practice-days" id="group-slot" data-control="day-choice"
      data-date-locales="${locales}">
      <legend>Tarih Seçimi</legend><p id="hint-slot"></p>
      <p lang="${lang}" dir="rtl" class="practice-days__simulated" id="simulated-slot">این روزها ساختگی‌اند</p>
      <p lang="${lang}" dir="rtl" data-days-status role="status">منتظر بمانید</p><div data-days></div>
    </fieldset></form>`, { lang, dir: "rtl" });
  const root = document.getElementById("group-slot");
  const days = init(root, { getOffered, words: WORDS });
  await days.loaded;
  const form = document.querySelector("form");
  const chosen = () => [...form.querySelectorAll("[data-field]")].find((control) => control.checked)?.value;
  const dayRadio = (date) => document.getElementById(`f-slot-day-${date}`) ?? document.querySelector(`input[value="${date}"]`);
  return { window, document, root, form, chosen, dayRadio };
}

function choose(radio) {
  radio.checked = true;
  radio.dispatchEvent(new radio.ownerDocument.defaultView.Event("change", { bubbles: true }));
}

test("the days offered are written in the reader's language, in the Gregorian calendar", async () => {
  const { root } = await dayPage();
  const labels = [...root.querySelectorAll(".practice-days__days label")].map((label) => label.textContent);
  assert.equal(labels.length, 3);
  assert.match(labels[1], /پنجشنبه/); // Thursday
  assert.match(labels[1], /دسامبر/); // December, not the Persian calendar's آذر
  assert.equal(root.querySelector("[data-days-status]").hidden, true);
});

test("a day's number is written as the site writes dates: the digits 0-9, an isolated left-to-right run", async () => {
  const { root } = await dayPage();
  const label = root.querySelectorAll(".practice-days__days label")[1];
  assert.match(label.textContent, /پنجشنبه 3 دسامبر/);
  assert.doesNotMatch(root.querySelector(".practice-days__days").textContent, /[۰-۹٠-٩]/);
  assert.equal(label.querySelector("bdi.ltr").textContent, "3");
});

test("in Arabic the month is named as on the rest of the site, in both the names readers know", async () => {
  const { root } = await dayPage(async () => OFFERED, { lang: "ar", locales: "ar-SY ar" });
  const label = root.querySelectorAll(".practice-days__days label")[1];
  assert.match(label.textContent, /الخميس.*3 كانون الأول\/ديسمبر/);
  assert.doesNotMatch(label.textContent, /[٠-٩]/);
});

test("a full day is shown as full and cannot be chosen", async () => {
  const { root, dayRadio } = await dayPage();
  const full = dayRadio("2026-12-02");
  assert.equal(full.disabled, true);
  assert.match(root.querySelector(`label[for="${full.id}"]`).textContent, /دسامبر پر$/);
});

test("the first day that can be chosen carries the field's id, for the error summary's link", async () => {
  const { document } = await dayPage();
  assert.equal(document.getElementById("f-slot").value, "2026-12-03");
  assert.equal(document.querySelector('label[for="f-slot"]').textContent.includes("پنجشنبه"), true);
});

test("choosing a day shows its times; a taken time cannot be chosen; the answer is the day and time", async () => {
  const { root, chosen, dayRadio } = await dayPage();
  assert.equal(root.querySelectorAll(".practice-days__times input").length, 0);
  choose(dayRadio("2026-12-03"));
  const times = [...root.querySelectorAll(".practice-days__times input")];
  assert.deepEqual(times.map((time) => time.disabled), [false, true, false]);
  assert.equal(root.querySelector(`label[for="${times[1].id}"]`).textContent, "09:30 گرفته شده");
  choose(times[2]);
  assert.equal(chosen(), "2026-12-03T10:00");
});

test("another day replaces the times, and the earlier time is no longer the answer", async () => {
  const { root, chosen, dayRadio } = await dayPage();
  choose(dayRadio("2026-12-03"));
  choose(root.querySelector(".practice-days__times input"));
  choose(dayRadio("2026-12-04"));
  assert.equal(chosen(), undefined);
  assert.deepEqual([...root.querySelectorAll(".practice-days__times input")].map((time) => time.value),
    ["2026-12-04T09:00", "2026-12-04T09:30"]);
});

test("numbers in the right-to-left labels are isolated left to right", async () => {
  const { root, dayRadio } = await dayPage();
  choose(dayRadio("2026-12-03"));
  const time = root.querySelector(".practice-days__times label bdi");
  assert.equal(time?.textContent, "09:00");
  assert.equal(time.dir, "ltr");
});

test("the form's reset takes the times away with the chosen day", async () => {
  const { root, form, dayRadio } = await dayPage();
  choose(dayRadio("2026-12-03"));
  form.reset();
  assert.equal(root.querySelectorAll(".practice-days__times input").length, 0);
  assert.ok(root.querySelector(".practice-days__prompt"));
});

test("when the days cannot be had, the group says so", async () => {
  const { root } = await dayPage(async () => { throw new Error("no checker"); });
  const status = root.querySelector("[data-days-status]");
  assert.equal(status.hidden, false);
  assert.equal(status.textContent, "روزها نشان داده نشدند");
});

test("a day the checker labels the portal's way shows that Turkish label with its meaning", async () => {
  const labelled = OFFERED.map((day) => ({ ...day, label: `${day.date.split("-").reverse().join(".")} Perşembe` }));
  const { root, dayRadio } = await dayPage(async () => labelled);
  const label = root.querySelector(`label[for="${dayRadio("2026-12-03").id}"]`);
  const turkish = label.querySelector('bdi[lang="tr"]');
  assert.equal(turkish.textContent, "03.12.2026 Perşembe");
  assert.match(label.querySelector('[lang="fa"]').textContent, /دسامبر/);
});
