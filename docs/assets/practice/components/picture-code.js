// Güvenlik Kodu: the practice picture code. The checker makes a fresh code of 8 letters and digits
// (and remembers it, to judge what is typed); this component draws it on a <canvas> with a little
// slant and noise, as the portal's picture has, marked PRACTICE in the reader's language so it can
// never pass for the portal's. Its text alternative spells the code one character at a time, in
// the reader's language, so a person using a screen reader can practise too (the real picture has
// none; the group's note says so). The code lives only in this function's variables while it is
// drawn: it is never stored, logged, put in the URL or in a data attribute.

import { sayer, showText } from "../../text.js";

const WIDTH = 264;
const HEIGHT = 72;

/** ``code`` spelled for a screen reader: "letter K, digit 7, …" in the reader's language. */
export function spelled(code, say, lang) {
  const characters = [...code].map((character) =>
    say(/\d/.test(character) ? "controls.picture.digit" : "controls.picture.letter", { character }));
  // "narrow" conjunctions pause between characters in every language we have (a comma, or و in Arabic).
  return new Intl.ListFormat(lang, { type: "conjunction", style: "narrow" }).format(characters);
}

function drawCode(canvas, code, mark) {
  const context = canvas.getContext?.("2d");
  if (!context) return; // no canvas (an old browser, a test page): the text alternative still spells it
  const scale = canvas.ownerDocument.defaultView.devicePixelRatio || 1;
  canvas.width = WIDTH * scale;
  canvas.height = HEIGHT * scale;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = "#f3efe4";
  context.fillRect(0, 0, WIDTH, HEIGHT);
  // Noise behind the letters: enough to look like the portal's picture, not enough to hide them.
  for (let line = 0; line < 6; line++) {
    context.strokeStyle = `hsl(${Math.random() * 360} 25% 60%)`;
    context.lineWidth = 1 + Math.random();
    context.beginPath();
    context.moveTo(Math.random() * WIDTH, Math.random() * HEIGHT);
    context.bezierCurveTo(Math.random() * WIDTH, Math.random() * HEIGHT, Math.random() * WIDTH,
      Math.random() * HEIGHT, Math.random() * WIDTH, Math.random() * HEIGHT);
    context.stroke();
  }
  context.font = "700 30px ui-monospace, 'DejaVu Sans Mono', monospace";
  context.textAlign = "center";
  context.textBaseline = "middle";
  [...code].forEach((character, index) => {
    context.save();
    context.translate(22 + index * 30, 40 + (Math.random() - 0.5) * 10);
    context.rotate((Math.random() - 0.5) * 0.5);
    context.fillStyle = `hsl(${200 + Math.random() * 60} 45% 22%)`;
    context.fillText(character, 0, 0);
    context.restore();
  });
  context.font = "700 12px system-ui, sans-serif";
  context.textAlign = "start";
  context.textBaseline = "top";
  context.direction = "inherit";
  context.fillStyle = "#b3261e";
  context.fillText(mark, 6, 4);
}

/** config: newCode() → Promise of a fresh code (the checker's "picture" request for this field),
 * words (key → text; default the JSON in the group), lang (of the reader). */
export function init(root, config) {
  const words = config.words ?? JSON.parse(root.querySelector('script[type="application/json"]').textContent);
  const say = sayer(words);
  const note = root.querySelector(".practice-picture__note");
  const lang = config.lang ?? note?.lang ?? root.ownerDocument.documentElement.lang;
  const canvas = root.querySelector("[data-picture]");
  const status = root.querySelector("[data-picture-status]");
  const button = root.querySelector("[data-new-picture]");
  const box = root.querySelector("input[data-field]");

  async function showNewPicture({ announce = false } = {}) {
    button.disabled = true;
    try {
      const code = await config.newCode();
      drawCode(canvas, code, say("controls.picture.mark"));
      const alternative = say("picture.alt", { characters: spelled(code, say, lang) });
      canvas.setAttribute("aria-label", alternative);
      // The code typed for the old picture is wrong for the new one.
      box.value = "";
      if (announce) showText(status, `${say("controls.picture.shown")} ${alternative}`);
    } catch {
      const failed = say("controls.picture.failed", { new_picture: button.textContent.trim() });
      canvas.setAttribute("aria-label", failed);
      showText(status, failed);
    } finally {
      button.disabled = false;
    }
  }

  button.addEventListener("click", () => showNewPicture({ announce: true }));
  const shown = showNewPicture();
  return { shown, showNewPicture };
}
