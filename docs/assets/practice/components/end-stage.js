// The end of the practice: what the portal would have said, the value the form made if the stage
// shows one (an application number), what the real site may refuse of the answers given (every warning
// on the way, under its Turkish label, with what was typed and what to type there instead), the list of
// what the person was asked, the end's own button and the helper sheet. The end's button is the portal's: with a next stage a way on (e-İkamet's "Devam
// Eden Başvuru", keeping the values made on this page), without one it prints the end ("Yazdır") as a
// practice print-out of what was chosen, marked PRACTICE. Everything is written with textContent only.

import { leftToRight, showFilled, showText } from "../../text.js";
import { focusAtTop } from "../focus-at-top.js";
import { init as initHelperSheet } from "./helper-sheet.js";
import { onPrintPress, printOnly, unmark } from "./print-view.js";

/** config: say(key), pageTitle, asked(fieldId) → whether the person was asked that field,
 * review() → the checker's review ({items, made}), wayOn(stageId) opens the stage after the end. */
export function init(section, config) {
  const doc = section.ownerDocument;
  const sheetRoot = section.querySelector("[data-helper-sheet]");
  // The sheet lists the values the form made (Başvuru No) after the answers: the person needs both.
  const sheetItems = async () => {
    const { items, made = [] } = await config.review();
    return [...items, ...made];
  };
  const sheet = sheetRoot && initHelperSheet(sheetRoot, { say: config.say, review: sheetItems });
  const printView = section.querySelector("[data-print-view]");

  /** ``message``: what the portal says at the end; ``made``: the values the form made so far;
   * ``says``: the end's own words; ``warned``: the warnings given on the way, [{field, label, message, typed?, portal?}]. */
  function open(message = "", made = {}, says = "", warned = []) {
    for (const item of section.querySelectorAll("li[data-field]")) item.hidden = !config.asked(item.dataset.field);
    showText(section.querySelector("[data-done-message]"), message);
    const saysLine = section.querySelector("[data-done-says]");
    if (saysLine) {
      saysLine.hidden = !says;
      showText(saysLine, says);
    }
    const shown = section.querySelector("[data-shows]");
    if (shown) {
      shown.hidden = !made[shown.dataset.shows];
      showText(shown.querySelector("[data-made-value]"), made[shown.dataset.shows] || "");
    }
    showWarned(warned);
    sheet?.reset();
    clearPrintOut();
    doc.title = `${config.say("done.title")} - ${config.pageTitle}`;
  }

  const checks = section.querySelector("[data-done-checks]");
  function showWarned(warned) {
    const list = checks.querySelector("[data-done-checks-list]");
    list.replaceChildren();
    checks.hidden = warned.length === 0;
    for (const { label, message, typed, portal } of warned) {
      const item = list.appendChild(doc.createElement("li"));
      const name = item.appendChild(doc.createElement("strong"));
      name.className = "practice-done__label";
      name.append(leftToRight(doc, label, "tr"));
      // In the page first: its direction decides whether numbers need isolating.
      showText(item.appendChild(doc.createElement("span")), message);
      if (!portal) continue;
      // A coached answer: what was typed and what to type on the real site, each read left to right.
      const change = item.appendChild(doc.createElement("span"));
      change.className = "practice-done__change";
      showFilled(change, config.say("done.checks.change", { typed: "{typed}", portal: "{portal}" }),
        { typed: leftToRight(doc, typed), portal: leftToRight(doc, portal) });
    }
  }

  function clearPrintOut() {
    if (!printView) return;
    printView.querySelector("[data-print-list]").replaceChildren();
    printView.hidden = true;
    unmark(printView);
  }

  async function printEnd() {
    let items;
    try {
      ({ items } = await config.review());
    } catch {
      return; // The checker's failure is on screen in its panel, with "Try again".
    }
    // In the order the spec names them; an answer not given (a box left unticked) is not printed.
    const printed = printView.dataset.printFields.split(" ");
    const list = printView.querySelector("[data-print-list]");
    list.replaceChildren();
    const listed = items.filter((entry) => printed.includes(entry.field) && entry.answer);
    for (const item of listed.sort((one, other) => printed.indexOf(one.field) - printed.indexOf(other.field))) {
      const term = doc.createElement("dt");
      const label = doc.createElement("span");
      label.lang = "tr";
      label.dir = "ltr";
      label.textContent = item.label;
      const meaning = doc.createElement("span");
      meaning.className = "practice-sheet__meaning";
      term.append(label, meaning);
      const answer = doc.createElement("dd");
      answer.lang = "tr";
      answer.dir = "ltr";
      answer.textContent = item.answer;
      list.append(term, answer);
      if (item.meaning) showText(meaning, item.meaning);
    }
    printView.hidden = false;
    focusAtTop(printView);
    printOnly(printView);
  }

  const printButton = section.querySelector("[data-print-end]");
  if (printButton) onPrintPress(printButton, printEnd);
  section.querySelector("[data-way-on]")?.addEventListener("click", (event) => {
    config.wayOn?.(event.currentTarget.dataset.wayOn);
  });

  function reset() {
    showText(section.querySelector("[data-done-message]"), "");
    const saysLine = section.querySelector("[data-done-says]");
    if (saysLine) {
      saysLine.hidden = true;
      showText(saysLine, "");
    }
    showWarned([]);
    sheet?.reset();
    clearPrintOut();
  }

  return { open, reset, sheet };
}
