// One stage of the form at a time, as the portal shows it. A stage opens only when the one before
// it has passed (the page's wiring decides that); here each change of stage shows "Step 2 of 5" in
// the reader's language and moves the focus to the new stage's heading. Back returns to the stage
// before with everything typed there still in place (nothing is cleared by leaving a stage).
//
// The stages follow each other as the spec says, written into the HTML: data-next (empty: the next
// section) and data-only-if (a stage whose condition does not hold is passed over) — the rule of
// simulator.form_model.Form.after.

import { showText } from "../../text.js";
import { applies } from "../conditions.js";

/** The answers of one stage's form as the form would send them: ticks "on"/"", the chosen option,
 * the text typed; disabled controls (fields that do not apply) are left out. */
export function answersOf(form) {
  const values = {};
  for (const control of form.querySelectorAll("[data-field]")) {
    if (control.disabled) continue;
    if (control.type === "checkbox") values[control.dataset.field] = control.checked ? "on" : "";
    else if (control.type === "radio") {
      if (control.checked) values[control.dataset.field] = control.value;
    } else values[control.dataset.field] = control.value;
  }
  return values;
}

/** config: say(key, details), opened(section, how) after a stage is shown; ``how`` is "open", "back",
 * "return" (to an earlier stage, from a review's Change) or "restart". */
export function init(root, config) {
  const sections = [...root.querySelectorAll(".practice-stage")];
  const byId = new Map(sections.map((section) => [section.dataset.stage, section]));
  const first = sections[0].dataset.stage;
  // The stages the person went through to reach this one, the current one last.
  let taken = [first];

  const following = (section) => sections[sections.indexOf(section) + 1] ?? null;

  function answers() {
    const values = {};
    for (const id of taken) {
      const form = byId.get(id).querySelector("form[data-stage-form]");
      if (form) Object.assign(values, answersOf(form));
    }
    return values;
  }

  /** The id of the stage that opens once stage ``id`` passes, given ``values``; null after an end. */
  function after(id, values = answers()) {
    const section = byId.get(id);
    if (section.dataset.kind === "end") return null;
    let candidate = section.dataset.next ? byId.get(section.dataset.next) : following(section);
    while (candidate && !applies(candidate, values)) candidate = following(candidate);
    return candidate?.dataset.stage ?? null;
  }

  // Steps are the stages a person acts on: the end is not one.
  function stepsLeft(id, values) {
    let count = 0;
    for (let stage = id; stage !== null; stage = after(stage, values)) {
      if (byId.get(stage).dataset.kind !== "end") count += 1;
    }
    return count;
  }

  // Until a choice is made, the way it leads to is not known: it is counted as the way of its first
  // option (the one the portal lists first), not as the way of no choice at all ("Step 1 of 1").
  function withFirstOptions(values) {
    const assumed = { ...values };
    for (const control of root.querySelectorAll("input[type=radio][data-field], select[data-field]")) {
      const field = control.dataset.field;
      if (control.disabled || assumed[field]) continue;
      assumed[field] = control.type === "radio" ? control.value : [...control.options].find((option) => option.value)?.value;
    }
    return assumed;
  }

  // A choice can change the way ahead ("for someone else" adds a stage), so the count follows it.
  function showStep(section) {
    const step = section.querySelector("[data-step]");
    if (!step) return;
    // An end passed on the way (its way on leads to another stage) is no step either.
    const number = taken.filter((id) => byId.get(id).dataset.kind !== "end").length;
    const total = number - 1 + stepsLeft(section.dataset.stage, withFirstOptions(answers()));
    showText(step, config.say("practice.stage.step", { number, total }));
  }

  function show(id, how, { focus = true } = {}) {
    const section = byId.get(id);
    for (const other of sections) other.hidden = other !== section;
    showStep(section);
    for (const back of section.querySelectorAll("[data-back]")) back.hidden = taken.length < 2;
    if (focus) section.querySelector("[data-stage-heading]")?.focus();
    config.opened?.(section, how);
  }

  function open(id) {
    taken.push(id);
    show(id, "open");
  }

  function back() {
    if (taken.length < 2) return;
    taken.pop();
    show(taken.at(-1), "back");
  }

  /** Goes back to an earlier stage (a review's "Change"); the answers of the stages after it stay typed. */
  function returnTo(id, { focus = true } = {}) {
    while (taken.length > 1 && taken.at(-1) !== id) taken.pop();
    show(id, "return", { focus });
  }

  function restart() {
    taken = [first];
    show(first, "restart", { focus: false });
  }

  root.addEventListener("change", () => showStep(byId.get(taken.at(-1))));
  root.addEventListener("click", (event) => {
    if (event.target.closest?.("[data-back]")) back();
  });

  return {
    answers, after, open, back, returnTo, restart,
    current: () => byId.get(taken.at(-1)),
    section: (id) => byId.get(id),
    taken: () => [...taken],
  };
}
