// Fields that appear or disappear with a ticked box or a choice, on any stage: a field hidden by its
// condition is also disabled, so its value is neither checked nor counted as an answer. A note the
// build ties to an answer (.practice-note: "İstanbul had its own form") shows and hides the same way.

import { applies } from "../conditions.js";

/** config.answers() → every answer so far (all stages). */
export function init(root, config) {
  function update() {
    const answers = config.answers();
    for (const group of root.querySelectorAll(
      ".practice-field[data-only-if], .practice-field[data-unless], .practice-note[data-only-if]")) {
      const shown = applies(group, answers);
      group.hidden = !shown;
      for (const control of group.querySelectorAll("input, select, textarea")) control.disabled = !shown;
    }
  }
  root.addEventListener("change", update);
  return { update };
}
