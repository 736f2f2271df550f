// The error summary, the GOV.UK way: at the top, focused, one link per problem that takes the
// person to the field, and "Error:" before the page title while problems remain.

import { showText } from "../../text.js";

/** config: errorPrefix ("Error:"), pageTitle, linkTarget(fieldId) → the control's id, choose(fieldId). */
export function init(summary, config) {
  const doc = summary.ownerDocument;
  const list = summary.querySelector("[data-summary-list]");

  function hide() {
    summary.hidden = true;
    list.replaceChildren();
    doc.title = config.pageTitle;
  }

  /** ``errors``: [fieldId, message] pairs in the order of the form. */
  function show(errors) {
    hide();
    if (!errors.length) return;
    for (const [fieldId, message] of errors) {
      const link = doc.createElement("a");
      link.href = `#${config.linkTarget(fieldId)}`;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        config.choose(fieldId);
      });
      list.append(doc.createElement("li"));
      list.lastChild.append(link);
      // In the page first: its direction decides whether numbers need isolating.
      showText(link, message);
    }
    summary.hidden = false;
    doc.title = `${config.errorPrefix} ${config.pageTitle}`;
    summary.focus();
  }

  return { show, hide };
}
