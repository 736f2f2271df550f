// The error summary, the GOV.UK way: at the top, focused, one link per problem that takes the
// person to the field, and "Error:" before the page title while problems remain.

import { showText } from "../../text.js";
import { focusAtTop } from "../focus-at-top.js";

/** A new item of ``list``: a link that takes the person to the field ``fieldId`` (config: linkTarget, choose). */
export function linkToField(list, fieldId, config) {
  const link = list.ownerDocument.createElement("a");
  link.href = `#${config.linkTarget(fieldId)}`;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    config.choose(fieldId);
  });
  list.append(list.ownerDocument.createElement("li"));
  list.lastChild.append(link);
  return link;
}

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
      // In the page first: its direction decides whether numbers need isolating.
      showText(linkToField(list, fieldId, config), message);
    }
    summary.hidden = false;
    doc.title = `${config.errorPrefix} ${config.pageTitle}`;
    focusAtTop(summary);
  }

  return { show, hide };
}
