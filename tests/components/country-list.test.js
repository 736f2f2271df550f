import assert from "node:assert/strict";
import { test } from "node:test";

import { foldForSearch, init, matching } from "../../docs/assets/practice/components/country-list.js";
import { page, press, type } from "./page.js";

const WORDS = {
  "controls.list.instructions": "بنویسید",
  "controls.list.results": "{count} مورد پیدا شد",
  "controls.list.none": "چیزی پیدا نشد",
};
// (code, Turkish name, Persian name, English name), as the renderer writes them from CLDR.
const COUNTRIES = [
  ["AF", "Afganistan", "افغانستان", "Afghanistan"],
  ["IQ", "Irak", "عراق", "Iraq"],
  ["IR", "İran", "ایران", "Iran"],
  ["IE", "İrlanda", "ایرلند", "Ireland"],
  ["SY", "Suriye", "سوریه", "Syria"],
  ["AE", "Birleşik Arap Emirlikleri", "امارات متحدهٔ عربی", "United Arab Emirates"],
];

function listPage({ chosenBefore = "" } = {}) {
  const options = COUNTRIES.map(([code, turkish, meaning, english]) =>
    `<option value="${code}" data-text="${turkish}" data-meaning="${meaning}" data-also="${english}">${turkish} — ${meaning}</option>`).join("");
  const { document } = page(`
    <form novalidate autocomplete="off"><div class="practice-field practice-list" id="group-nationality" data-control="country-list">
      <label for="f-nationality">Uyruk <span lang="fa" dir="rtl">ملیت</span></label>
      <p id="hint-nationality"></p>
      <p lang="fa" dir="rtl" class="practice-list__instructions" id="instructions-nationality" hidden>بنویسید</p>
      <select id="f-nationality" data-field="nationality" aria-describedby="hint-nationality"><option value="">Seçiniz</option>${options}</select>
    </div><button type="submit">Kaydet</button></form>`, { lang: "fa", dir: "rtl" });
  const root = document.getElementById("group-nationality");
  root.querySelector("select").value = chosenBefore;
  const list = init(root, { words: WORDS, announceDelay: 0 });
  const select = root.querySelector("select");
  const shownNames = () => [...root.querySelectorAll('[role="option"] [lang="tr"]')].map((name) => name.textContent);
  const status = () => root.querySelector('[role="status"]').textContent;
  return { document, root, list, input: list.input, select, shownNames, status };
}

test("matching folds case the Turkish way, accents and Arabic-script letter variants", () => {
  assert.equal(foldForSearch("İran"), foldForSearch("IRAN"));
  assert.equal(foldForSearch("Iran"), foldForSearch("iran"));
  assert.equal(foldForSearch("إيران"), foldForSearch("ایران"));
  assert.equal(foldForSearch("كشور"), foldForSearch("کشور"));
  assert.equal(foldForSearch("Türkiye"), "turkiye");
  assert.notEqual(foldForSearch("Irak"), foldForSearch("Iran"));
});

for (const typed of ["ایر", "ایران", "إيران", "Iran", "İran", "iran", "IRAN"]) {
  test(`typing "${typed}" shows İran`, () => {
    const { input, shownNames } = listPage();
    type(input, typed);
    assert.ok(shownNames().includes("İran"), `shown: ${shownNames()}`);
    assert.equal(input.getAttribute("aria-expanded"), "true");
  });
}

test("the box takes the field's id and label, and the <select> keeps the value hidden", () => {
  const { document, input, select, root } = listPage();
  assert.equal(document.getElementById("f-nationality"), input);
  assert.equal(input.getAttribute("role"), "combobox");
  assert.equal(select.hidden, true);
  assert.equal(select.dataset.field, "nationality");
  assert.equal(input.dataset.field, undefined);
  assert.match(input.getAttribute("aria-describedby"), /instructions-nationality/);
  assert.equal(root.querySelector(".practice-list__instructions").hidden, false);
});

test("names in a later word are found after names that start with what is typed", () => {
  const { input, shownNames } = listPage();
  type(input, "arap");
  assert.deepEqual(shownNames(), ["Birleşik Arap Emirlikleri"]);
  type(input, "ir");
  assert.deepEqual(shownNames(), ["Irak", "İran", "İrlanda"]);
});

test("the number found is announced, and so is finding nothing", () => {
  const { input, status } = listPage();
  type(input, "ir");
  assert.equal(status(), "3 مورد پیدا شد");
  type(input, "zzz");
  assert.equal(status(), "چیزی پیدا نشد");
  assert.equal(input.getAttribute("aria-expanded"), "false");
});

test("down arrow and Enter choose an entry; its ISO code is the answer and Enter does not send the form", () => {
  const { root, input, select } = listPage();
  let changes = 0;
  select.addEventListener("change", () => changes++);
  type(input, "ir");
  press(input, "ArrowDown");
  press(input, "ArrowDown");
  const active = root.querySelector(`#${input.getAttribute("aria-activedescendant")}`);
  assert.equal(active.getAttribute("aria-selected"), "true");
  assert.equal(active.querySelector('[lang="tr"]').textContent, "İran");
  const enter = press(input, "Enter");
  assert.equal(enter.defaultPrevented, true);
  assert.equal(select.value, "IR");
  assert.equal(input.value, "İran");
  assert.equal(changes, 1);
  assert.equal(input.getAttribute("aria-expanded"), "false");
});

test("up from the first entry goes back to the box; Escape closes the list, then empties the box", () => {
  const { input, select } = listPage();
  type(input, "ir");
  press(input, "ArrowDown");
  press(input, "ArrowUp");
  assert.equal(input.hasAttribute("aria-activedescendant"), false);
  press(input, "Escape");
  assert.equal(input.getAttribute("aria-expanded"), "false");
  assert.equal(input.value, "ir");
  press(input, "Escape");
  assert.equal(input.value, "");
  assert.equal(select.value, "");
});

test("Enter with the list closed is left to the form (its button checks the stage)", () => {
  const { input } = listPage();
  assert.equal(press(input, "Enter").defaultPrevented, false);
});

test("a name typed whole and left is chosen; anything else leaves no answer", () => {
  const { input, select } = listPage();
  type(input, "suriye");
  input.dispatchEvent(new input.ownerDocument.defaultView.Event("blur"));
  assert.equal(select.value, "SY");
  assert.equal(input.value, "Suriye");
  type(input, "Suri");
  input.dispatchEvent(new input.ownerDocument.defaultView.Event("blur"));
  assert.equal(select.value, "");
});

test("a click on an entry chooses it", () => {
  const { root, input, select } = listPage();
  type(input, "سور");
  root.querySelector('[role="option"]').click();
  assert.equal(select.value, "SY");
});

test("what is typed is shown as text, never read as HTML", () => {
  const { root, input } = listPage();
  type(input, '<img src=x onerror="alert(1)">');
  assert.equal(root.querySelector("img"), null);
});

test("a value the page restores is shown in the box", () => {
  const { list, input, select } = listPage();
  list.show("IE");
  assert.equal(input.value, "İrlanda");
  assert.equal(select.value, "IE");
});

test("a choice edited afterwards is no longer the answer", () => {
  const { input, select } = listPage();
  type(input, "ir");
  press(input, "ArrowDown");
  press(input, "ArrowDown");
  press(input, "Enter");
  assert.equal(select.value, "IR");
  type(input, "İra");
  assert.equal(select.value, "");
  type(input, "ایران");
  assert.equal(select.value, "IR");
});

test("a country chosen in the plain list before the box came is shown in the box", () => {
  const { input, select } = listPage({ chosenBefore: "SY" });
  assert.equal(input.value, "Suriye");
  assert.equal(select.value, "SY");
});

test("a name that starts with what was typed comes first the closer it is: سور is Suriye before Surinam", () => {
  const entries = [["Surinam", "سورينام", "سورینام"], ["Suriye", "سوريا", "سوریه"], ["Güney Sudan", "جنوب السودان", "سودان جنوبی"]]
    .map(([text, ar, fa]) => ({ text, names: [text, ar, fa].map(foldForSearch) }));
  for (const typed of ["سور", "سو", "Sur"]) {
    assert.equal(matching(entries, typed)[0].text, "Suriye", typed);
  }
  // A later word that starts with it comes after every name that does.
  assert.deepEqual(matching(entries, "s").map((entry) => entry.text), ["Suriye", "Surinam", "Güney Sudan"]);
});
