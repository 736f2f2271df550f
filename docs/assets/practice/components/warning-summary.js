// The answers a stage stops for once before it goes on: warnings, not errors (the practice takes them,
// the real site may refuse them). In the error summary's place and way, GOV.UK's: at the top, focused,
// a link to each field under its Turkish label; but with no "Error:" and not as an alert (a region, as
// GOV.UK's notification banner), and under the list "press <the stage's button> again to go on".

import { leftToRight, showFilled, showText } from "../../text.js";
import { focusAtTop } from "../focus-at-top.js";
import { linkToField } from "./error-summary.js";

/** config: say(key, details), linkTarget(fieldId) → the control's id, choose(fieldId). */
export function init(box, config) {
  const doc = box.ownerDocument;
  const list = box.querySelector("[data-summary-list]");
  const again = box.querySelector("[data-checks-again]");

  function hide() {
    box.hidden = true;
    list.replaceChildren();
    again.replaceChildren();
  }

  /** ``warned``: [{field, label, message}] in the order of the form; ``button``: the stage's button, in Turkish. */
  function show(warned, button) {
    hide();
    for (const { field, label, message } of warned) {
      const link = linkToField(list, field, config);
      // In the page first: its direction decides whether numbers need isolating.
      const words = doc.createElement("span");
      link.append(leftToRight(doc, label, "tr"), ": ", words);
      showText(words, message);
    }
    box.hidden = false;
    showFilled(again, config.say("practice.checks.again", { button: "{button}" }), { button: leftToRight(doc, button, "tr") });
    focusAtTop(box);
  }

  return { show, hide };
}
