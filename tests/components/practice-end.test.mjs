// The end of a practice against a fake checker: "Practice — this is not <the real address>" on every
// stage, the helper sheet (only on request; labels and answers as text; gone on pagehide and on
// Practise again; nothing stored) and the end's own button (Yazdır prints a practice print-out; a
// way on opens its stage).

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { choose, close, practicePage, renderedFrame, settle, staticPage, type, visibleStage } from "./practice-fixture.mjs";

let page;
afterEach(() => page && close(page));

const $ = (selector) => page.document.querySelector(selector);
const $$ = (selector) => [...page.document.querySelectorAll(selector)];
const press = async (button) => {
  button.click();
  await settle();
};

async function reachFlowEnd(name = "Leyla") {
  choose($("#f-for_whom-other"));
  type($("#f-phone"), "0532 123 45 67");
  await press($("#practice-form .practice-button"));
  type($("#f-other_name"), name);
  await press($("#practice-form-other .practice-button"));
  type($("#f-sms_code"), "123456");
  await press($("#practice-sms [data-confirm]"));
  await press($("#practice-review .practice-button"));
  assert.deepEqual(visibleStage(page), ["end"]);
}

function printed(pageNow) {
  return pageNow.document.querySelector("[data-print-target]");
}

test("every stage says it is practice and names the real address as an isolated left-to-right run", () => {
  for (const lang of ["en", "fa", "ar", "tr"]) {
    const { document, window } = staticPage("flow", lang);
    for (const stage of document.querySelectorAll(".practice-stage")) {
      const notice = stage.querySelector(":scope > [data-practice-notice]");
      assert.ok(notice, `${lang}: stage ${stage.dataset.stage} has the notice`);
      assert.equal(notice.querySelector("bdi[dir=ltr]").textContent, "example.test");
    }
    const notice = document.querySelector("[data-practice-notice]").textContent;
    assert.match(notice, { en: /^Practice — this is not example\.test$/, fa: /تمرینی/, ar: /تدريب/, tr: /Alıştırma/ }[lang]);
    window.happyDOM.close();
  }
  // No image at all in the frame: nothing that could pass for a portal's logo.
  assert.doesNotMatch(renderedFrame("flow", "fa").html, /<img|<svg/);
});

test("the helper sheet appears only on request and lists each Turkish label with the answer", async () => {
  page = await practicePage("flow");
  await reachFlowEnd();
  const sheet = $("#practice-done [data-sheet]");
  const toggle = $("#practice-done [data-sheet-toggle]");
  assert.equal(sheet.hidden, true);
  assert.equal($$("[data-sheet-rows] tr").length, 0);
  assert.equal(page.checker.requests.filter((request) => request.type === "review").length, 1, "only the review stage asked");
  await press(toggle);
  assert.equal(sheet.hidden, false);
  assert.equal(toggle.getAttribute("aria-expanded"), "true");
  assert.equal(page.document.activeElement, sheet);
  const rows = $$("[data-sheet-rows] tr");
  // The answers, then the application number the form made (in the SMS and at the end).
  assert.deepEqual(rows.map((row) => row.querySelector("th span[lang=tr]").textContent),
    ["Başvuru kimin için", "Cep Telefonu", "Adı", "Başvuru No"]);
  assert.deepEqual(rows.map((row) => row.querySelector("td").textContent), ["other", "0532 123 45 67", "Leyla", "2026-01-0000042"]);
  assert.equal(rows[3].querySelector("td").textContent, $("#practice-done [data-made-value]").textContent);
  assert.match(sheet.querySelector(".practice-print__mark").textContent, /PRACTICE/);
  // It is what prints, and its print button opens the browser's printing.
  assert.equal(printed(page), sheet);
  let prints = 0;
  page.window.print = () => (prints += 1);
  await press(sheet.querySelector("[data-sheet-print]"));
  assert.equal(prints, 1);
  // Asked again, it hides and no longer prints.
  await press(toggle);
  assert.equal(sheet.hidden, true);
  assert.equal($$("[data-sheet-rows] tr").length, 0);
  assert.equal(printed(page), null);
});

test("an answer goes into the sheet as text, never as HTML", async () => {
  page = await practicePage("flow");
  await reachFlowEnd('<img src=x onerror="alert(1)">');
  await press($("#practice-done [data-sheet-toggle]"));
  assert.equal($$(".practice img").length, 0);
  assert.equal($$("[data-sheet-rows] td")[2].textContent, '<img src=x onerror="alert(1)">');
});

test("the sheet is gone on Practise again and when the page is left, and is never stored", async () => {
  page = await practicePage("flow");
  const address = page.window.location.href;
  await reachFlowEnd("Uniqname");
  await press($("#practice-done [data-sheet-toggle]"));
  assert.equal(page.window.localStorage.length + page.window.sessionStorage.length, 0);
  assert.equal(page.document.cookie, "");
  assert.equal(page.window.location.href, address);
  await press($("#practice-done [data-restart]"));
  assert.equal($("#practice-done [data-sheet]").hidden, true);
  assert.equal($$("[data-sheet-rows] tr").length, 0);
  assert.equal(printed(page), null);

  await reachFlowEnd("Uniqname");
  await press($("#practice-done [data-sheet-toggle]"));
  assert.match($(".practice").textContent, /Uniqname/);
  page.window.dispatchEvent(new page.window.Event("pagehide"));
  await settle();
  assert.equal($("#practice-done [data-sheet]").hidden, true);
  assert.doesNotMatch($(".practice").textContent, /Uniqname/);
});

test("an end's print button prints a practice print-out of what was chosen, and nothing else", async () => {
  page = await practicePage("ends", "fa");
  choose($("#f-path-print"));
  type($("#f-first_name"), "Ali");
  await press($("#practice-form .practice-button"));
  assert.deepEqual(visibleStage(page), ["print_end"]);
  let prints = 0;
  page.window.print = () => (prints += 1);
  const view = $("#practice-done [data-print-view]");
  assert.equal(view.hidden, true);
  const yazdir = $("#practice-done [data-print-end]");
  // One press prints once: pressed again before the print-out is ready, or a key held down, it does not print again.
  yazdir.click();
  await press(yazdir);
  assert.equal(prints, 1);
  const held = new page.window.KeyboardEvent("keydown", { key: "Enter", repeat: true, bubbles: true, cancelable: true });
  yazdir.dispatchEvent(held);
  assert.equal(held.defaultPrevented, true, "a repeated Enter is not another press");
  assert.equal(view.hidden, false);
  assert.equal(printed(page), view);
  assert.match(view.querySelector(".practice-print__mark").textContent, /تمرینی.*PRACTICE/);
  // The reason chosen is on it; the name typed is not.
  assert.deepEqual($$("[data-print-list] dt span[lang=tr]").map((label) => label.textContent), ["İşlem"]);
  assert.deepEqual($$("[data-print-list] dd").map((answer) => answer.textContent), ["print"]);
  assert.doesNotMatch(view.textContent, /Ali/);
  page.window.dispatchEvent(new page.window.Event("pagehide"));
  await settle();
  assert.equal(view.hidden, true);
  assert.equal($$("[data-print-list] dd").length, 0);
  assert.equal(printed(page), null);
});

test("an end's way on opens its stage, which leads to the last end", async () => {
  page = await practicePage("ends");
  choose($("#f-path-on"));
  type($("#f-first_name"), "Ali");
  await press($("#practice-form .practice-button"));
  assert.deepEqual(visibleStage(page), ["on_end"]);
  assert.equal($("#practice-done-on_end [data-print-end]"), null);
  await press($("#practice-done-on_end [data-way-on]"));
  assert.deepEqual(visibleStage(page), ["again"]);
  assert.equal(page.document.activeElement, $("#stage-again-title"));
  type($("#f-last_name"), "Karimi");
  await press($("#practice-form-again .practice-button"));
  assert.deepEqual(visibleStage(page), ["last_end"]);
  await press($("#practice-done-last_end [data-sheet-toggle]"));
  assert.deepEqual($$("#practice-done-last_end [data-sheet-rows] td").map((cell) => cell.textContent), ["on", "Ali", "Karimi"]);
});
