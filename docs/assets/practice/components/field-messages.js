// The messages beside each field of one stage's form, the GOV.UK way: an error, a warning and how
// sure we are of the rule behind them, each tied to its control by aria-describedby.

import { showText } from "../../text.js";

const KINDS = ["error", "warning", "confidence"];

export function init(form) {
  const doc = form.ownerDocument;
  const group = (fieldId) => doc.getElementById(`group-${fieldId}`);
  const ownField = (fieldId) => Boolean(group(fieldId)) && form.contains(group(fieldId));

  function controlOf(fieldId) {
    return doc.getElementById(`f-${fieldId}`) || group(fieldId).querySelector("input, select, textarea");
  }

  function focusField(fieldId) {
    controlOf(fieldId).focus();
    group(fieldId).scrollIntoView?.({ block: "center" });
  }

  function setMessage(fieldId, kind, message) {
    const slot = doc.getElementById(`${kind}-${fieldId}`);
    const fieldGroup = group(fieldId);
    slot.hidden = !message;
    showText(slot.querySelector("[data-message]"), message || "");
    fieldGroup.classList.toggle(`practice-field--${kind}`, Boolean(message));
    // A fieldset of radios is described as a whole; any other field through its control.
    const described = fieldGroup.tagName === "FIELDSET" ? fieldGroup : controlOf(fieldId);
    const ids = [`hint-${fieldId}`, ...KINDS.filter((other) => !doc.getElementById(`${other}-${fieldId}`).hidden)
      .map((other) => `${other}-${fieldId}`)];
    described.setAttribute("aria-describedby", ids.join(" "));
    if (kind !== "error") return;
    for (const control of fieldGroup.querySelectorAll("input, select, textarea")) {
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
  }

  function clear() {
    for (const fieldGroup of form.querySelectorAll(".practice-field[id^=group-]")) {
      const fieldId = fieldGroup.id.slice("group-".length);
      for (const kind of KINDS) setMessage(fieldId, kind, "");
    }
  }

  /** Shows a check's result for this form's fields (a result may name fields of other stages). */
  function show(result) {
    const shown = (messages) => Object.entries(messages || {}).filter(([fieldId]) => ownField(fieldId));
    for (const [fieldId, message] of shown(result.errors)) setMessage(fieldId, "error", message);
    for (const [fieldId, message] of shown(result.warnings)) setMessage(fieldId, "warning", message);
    for (const [fieldId, note] of shown(result.confidence_notes)) setMessage(fieldId, "confidence", note);
    return shown(result.errors);
  }

  return { show, clear, controlOf, focusField, owns: ownField };
}
