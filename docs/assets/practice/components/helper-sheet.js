// The helper sheet at the end of a practice: on request only, every Turkish label as the portal shows
// it with the answer typed as the portal writes it (the checker's review), and the values the form made
// under theirs (Başvuru No, from the SMS), to copy from on the real
// site or to show to whoever helps. It is printable and marked PRACTICE. It is written with
// textContent only and kept nowhere but in the page: reset() (pagehide, "Practise again") empties it.

import { showText } from "../../text.js";
import { focusAtTop } from "../focus-at-top.js";
import { markForPrint, onPrintPress, printOnly, unmark } from "./print-view.js";

/** config: say(key), review() → [{label, meaning, answer}]: the checker's review items and made values. */
export function init(root, config) {
  const doc = root.ownerDocument;
  const toggle = root.querySelector("[data-sheet-toggle]");
  const sheet = root.querySelector("[data-sheet]");
  const rows = sheet.querySelector("[data-sheet-rows]");
  const empty = sheet.querySelector("[data-sheet-empty]");

  function row(item) {
    const tr = doc.createElement("tr");
    const label = doc.createElement("th");
    label.scope = "row";
    const turkish = doc.createElement("span");
    turkish.lang = "tr";
    turkish.dir = "ltr";
    turkish.textContent = item.label;
    label.append(turkish);
    const meaning = doc.createElement("span");
    meaning.className = "practice-sheet__meaning";
    label.append(meaning);
    const answer = doc.createElement("td");
    answer.lang = "tr";
    answer.dir = "ltr";
    answer.textContent = item.answer;
    tr.append(label, answer);
    rows.append(tr);
    // In the page first: its direction decides whether numbers need isolating.
    if (item.meaning) showText(meaning, item.meaning);
  }

  async function show() {
    let items;
    try {
      items = await config.review();
    } catch {
      return; // The checker's failure is on screen in its panel, with "Try again".
    }
    rows.replaceChildren();
    for (const item of items) row(item);
    empty.hidden = items.length > 0;
    sheet.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    showText(toggle, config.say("practice.sheet.hide"));
    markForPrint(sheet);
    focusAtTop(sheet);
  }

  function reset() {
    rows.replaceChildren();
    sheet.hidden = true;
    empty.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    showText(toggle, config.say("practice.sheet.show"));
    unmark(sheet);
  }

  toggle.addEventListener("click", () => {
    if (sheet.hidden) show();
    else {
      reset();
      toggle.focus();
    }
  });
  onPrintPress(sheet.querySelector("[data-sheet-print]"), () => printOnly(sheet));

  return { show, reset, shown: () => !sheet.hidden };
}
