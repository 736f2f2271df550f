// The national form's İl (simulator/forms/national.toml: display = "list") as the build renders it:
// the 81 provinces found by their Turkish name, their name in the reader's language (Arabic, Persian:
// guide_site/pages/province_names.json) or their plate code, each shown with both names; and choosing
// a city that had a form of its own (İstanbul, Gaziantep, Antalya) says so, with a link to its practice page.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { close, practicePage, type, until } from "./practice-fixture.mjs";

let page;
afterEach(async () => {
  if (page) await close(page);
  page = null;
});

const $ = (selector) => page.document.querySelector(selector);
const shown = () => [...page.document.querySelectorAll("#group-province [role=option]")]
  .map((option) => option.textContent.replace(/\s+/g, " ").trim());
const visibleNotes = () => [...page.document.querySelectorAll("#group-province .practice-note")].filter((note) => !note.hidden);

/** The page in ``lang``, started as a person starts it (Diğer chosen: the checker starts, then the list). */
async function practising(lang) {
  page = await practicePage("national", lang);
  $("#f-citizenship-other").click();
  await until(() => page.root.dataset.checker === "ready", "the checker");
  assert.equal($("#f-province").tagName, "INPUT", "the list is a searchable box");
}

function choose(typed) {
  const box = $("#f-province");
  type(box, typed);
  box.dispatchEvent(new page.window.Event("blur"));
}

for (const [lang, typed, expected] of [
  ["ar", "هاتاي", "31 Hatay هاتاي"], ["ar", "شانلي", "63 Şanlıurfa شانلي أورفا"], ["ar", "عنتاب", "27 Gaziantep غازي عنتاب"],
  ["ar", "Hatay", "31 Hatay هاتاي"], ["ar", "كهرمان", "46 Kahramanmaraş كهرمان مرعش"],
  // Names readers use that are not the province's own: its main city, an old name.
  ["ar", "أنطاكية", "31 Hatay هاتاي"], ["ar", "عينتاب", "27 Gaziantep غازي عنتاب"], ["fa", "انطاکیه", "31 Hatay هاتای"],
  ["fa", "هاتای", "31 Hatay هاتای"], ["fa", "استانبول", "34 İstanbul استانبول"], ["fa", "sanliurfa", "63 Şanlıurfa شانلی‌اورفا"],
]) {
  test(`${lang}: typing "${typed}" finds "${expected}", with both names`, async () => {
    await practising(lang);
    type($("#f-province"), typed);
    assert.equal(shown()[0], expected, `shown: ${shown().slice(0, 3)}`);
  });
}

test("an English page shows the Turkish name alone, no duplicate", async () => {
  await practising("en");
  type($("#f-province"), "Hatay");
  assert.deepEqual(shown(), ["31 Hatay"]);
});

for (const lang of ["ar", "fa", "tr"]) {
  test(`${lang}: choosing İstanbul, Gaziantep or Antalya says the city had its own form and links to it`, async () => {
    await practising(lang);
    assert.deepEqual(visibleNotes(), [], "no note before a choice");
    for (const [typed, guide] of [["İstanbul", "istanbul"], ["27", "gaziantep"], ["Antalya", "antalya"]]) {
      choose(typed);
      const notes = visibleNotes();
      assert.equal(notes.length, 1, `${typed}: one note`);
      assert.equal(notes[0].lang, lang);
      assert.equal(notes[0].querySelector("a").getAttribute("href"), `../../${guide}/practice/`);
    }
    choose("Hatay");
    assert.equal($("#f-province-select").value, "31");
    assert.deepEqual(visibleNotes(), [], "another province: no note");
  });
}
