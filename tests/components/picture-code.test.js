import assert from "node:assert/strict";
import { test } from "node:test";

import { init } from "../../docs/assets/practice/components/picture-code.js";
import { page } from "./page.js";

const WORDS = {
  "controls.picture.letter": "حرف {character}",
  "controls.picture.digit": "رقم {character}",
  "picture.alt": "رمز تصویر تمرینی: {characters}",
  "controls.picture.shown": "تصویر جدید نشان داده شد.",
  "controls.picture.failed": "تصویر کشیده نشد. «{new_picture}» را بزنید.",
  "controls.picture.mark": "تمرین",
};

async function picturePage(codes = ["K7M2X9PQ", "ABCD2345"], newCode = undefined) {
  const { window, document } = page(`
    <form novalidate autocomplete="off"><div class="practice-field practice-picture" id="group-captcha" data-control="picture-code">
      <label for="f-captcha">Güvenlik Kodu</label>
      <canvas width="264" height="72" role="img" data-picture aria-label="…"></canvas>
      <span lang="fa" dir="rtl" class="practice-visually-hidden" role="status" data-picture-status></span>
      <button type="button" data-new-picture>تصویر جدید</button>
      <p lang="fa" dir="rtl" class="practice-picture__note">…157…</p>
      <input id="f-captcha" data-field="captcha" type="text" autocomplete="off">
    </div></form>`, { lang: "fa", dir: "rtl" });
  const root = document.getElementById("group-captcha");
  const drawn = [];
  root.querySelector("canvas").getContext = () => new Proxy({}, {
    get: (_, name) => (name === "fillText" ? (text) => drawn.push(text) : () => {}),
    set: () => true,
  });
  const queue = [...codes];
  const picture = init(root, { newCode: newCode ?? (async () => queue.shift()), words: WORDS });
  await picture.shown;
  const alternative = () => root.querySelector("canvas").getAttribute("aria-label");
  return { window, document, root, picture, drawn, alternative };
}

test("the text alternative spells the code character by character in the reader's language", async () => {
  const { alternative } = await picturePage();
  assert.match(alternative(), /^رمز تصویر تمرینی: /);
  for (const piece of ["حرف K", "رقم 7", "حرف M", "رقم 2", "حرف X", "رقم 9", "حرف P", "حرف Q"]) {
    assert.ok(alternative().includes(piece), `${piece} in ${alternative()}`);
  }
  assert.ok(alternative().indexOf("حرف K") < alternative().indexOf("رقم 7"));
});

test("the picture draws each character of the code and the practice mark", async () => {
  const { drawn } = await picturePage();
  assert.deepEqual(drawn.slice(0, 8), [..."K7M2X9PQ"]);
  assert.ok(drawn.includes("تمرین"));
});

test("a new picture gives a new code, announced, and empties the box", async () => {
  const { document, root, drawn, alternative } = await picturePage();
  const box = document.getElementById("f-captcha");
  box.value = "K7M2X9PQ";
  drawn.length = 0;
  root.querySelector("[data-new-picture]").click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual(drawn.slice(0, 8), [..."ABCD2345"]);
  assert.ok(alternative().includes("حرف A") && !alternative().includes("حرف K"));
  assert.equal(box.value, "");
  assert.match(root.querySelector("[data-picture-status]").textContent, /^تصویر جدید نشان داده شد\./);
});

test("the code is kept nowhere but in the picture and its alternative", async () => {
  const { window, document } = await picturePage();
  const html = document.documentElement.outerHTML.replace(/aria-label="[^"]*"/g, "");
  assert.equal(/K.?7.?M.?2/.test(html), false);
  assert.equal(window.location.href, "https://practice.test/");
  assert.equal(window.localStorage.length + window.sessionStorage.length, 0);
});

test("when no code can be had, the picture and the status say so", async () => {
  const { root, alternative } = await picturePage([], async () => { throw new Error("no checker"); });
  assert.equal(alternative(), "تصویر کشیده نشد. «تصویر جدید» را بزنید.");
  assert.equal(root.querySelector("[data-picture-status]").textContent, "تصویر کشیده نشد. «تصویر جدید» را بزنید.");
  assert.equal(root.querySelector("[data-new-picture]").disabled, false);
});
