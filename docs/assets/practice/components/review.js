// The review stage: every answer of the stages before it under the portal's Turkish label, each with
// "Change", which goes back to the stage where it was typed. The answers come from the checker as the
// portal would show them and go into the page as text only (never as HTML).

import { showText } from "../../text.js";

/** config: say(key), review() → [{stage, field, label, meaning, answer}], change(stageId, fieldId). */
export function init(section, config) {
  const doc = section.ownerDocument;
  const list = section.querySelector("[data-review-list]");

  function turkish(tag, text) {
    const element = doc.createElement(tag);
    element.lang = "tr";
    element.dir = "ltr";
    element.textContent = text;
    return element;
  }

  function row(item) {
    const entry = doc.createElement("div");
    entry.className = "practice-review__row";
    const term = doc.createElement("dt");
    term.append(turkish("span", item.label));
    const meaning = doc.createElement("span");
    meaning.className = "practice-field__meaning";
    if (item.meaning) term.append(" ", meaning);
    const change = doc.createElement("a");
    change.href = `#group-${item.field}`;
    change.addEventListener("click", (event) => {
      event.preventDefault();
      config.change(item.stage, item.field);
    });
    const word = doc.createElement("span");
    // Which answer this "Change" is for, for a screen reader going from link to link.
    const which = turkish("span", ` ${item.label}`);
    which.className = "practice-visually-hidden";
    change.append(word, which);
    const action = doc.createElement("dd");
    action.className = "practice-review__change";
    action.append(change);
    entry.append(term, turkish("dd", item.answer), action);
    list.append(entry);
    // In the page first: its direction decides whether numbers need isolating.
    if (item.meaning) showText(meaning, item.meaning);
    showText(word, config.say("practice.review.change"));
  }

  async function open() {
    list.replaceChildren();
    // The answers of the stages before; this stage's own statements are ticked beside its button, not listed.
    for (const item of await config.review()) if (item.stage !== section.dataset.stage) row(item);
  }

  return { open, reset: () => list.replaceChildren() };
}
