// The end of the practice: what the portal would have said, the value the form made if the stage
// shows one (an application number), and the list of what the person was asked.

import { showText } from "../../text.js";

/** config: say(key), pageTitle, asked(fieldId) → whether the person was asked that field. */
export function init(section, config) {
  const doc = section.ownerDocument;

  /** ``message``: what the portal says at the end; ``made``: the values the form made so far. */
  function open(message = "", made = {}) {
    for (const item of section.querySelectorAll("li[data-field]")) item.hidden = !config.asked(item.dataset.field);
    showText(section.querySelector("[data-done-message]"), message);
    const shown = section.querySelector("[data-shows]");
    if (shown) {
      shown.hidden = !made[shown.dataset.shows];
      showText(shown.querySelector("[data-made-value]"), made[shown.dataset.shows] || "");
    }
    doc.title = `${config.say("done.title")} - ${config.pageTitle}`;
  }

  function reset() {
    showText(section.querySelector("[data-done-message]"), "");
  }

  return { open, reset };
}
