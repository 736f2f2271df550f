// The practice pages of the forms of today (simulator/forms/eikamet.toml, randevu.toml) as the build
// renders them, in the languages of the readers who walk them most (Persian and Arabic, right to left),
// against a fake checker: what a person sees on a stage before and without the checker.

import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { choose, close, practicePage, staticPage } from "./practice-fixture.mjs";

let page;
afterEach(() => page && close(page));

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
