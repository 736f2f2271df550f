// The one home of the small text helpers the page scripts share: the site's words with their
// {placeholders} filled in, text shown with its left-to-right runs isolated, and SHA-256 in hex.
// Nothing here touches the page when imported, so a worker can import it too.

import { showText } from "./ltr-runs.js";

export { showText };

/** ``say(key, details)`` for the catalogue ``words`` (key → text): the text of ``key`` with each
 * {name} replaced by ``details[name]``. */
export function sayer(words) {
  return (key, details = {}) => words[key].replace(/\{(\w+)\}/g, (_, name) => details[name]);
}

/** The SHA-256 of ``bytes`` as lower-case hex, or null where crypto.subtle does not exist
 * (it exists only in secure contexts: https and localhost). */
export async function sha256hex(bytes) {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Shows ``template`` in ``element``: its text as showText does, each {name} replaced by the node
 * ``parts[name]`` (a Turkish button, a value typed, each an element of its own). */
export function showFilled(element, template, parts) {
  const doc = element.ownerDocument;
  element.replaceChildren();
  template.split(/\{(\w+)\}/).forEach((piece, index) => {
    if (index % 2 === 1) {
      element.append(parts[piece]);
      return;
    }
    if (!piece) return;
    const text = doc.createElement("span");
    element.append(text);
    showText(text, piece);
  });
}

/** An element of its own for ``text`` that reads left to right: a value typed, a Turkish word (``lang``). */
export function leftToRight(doc, text, lang = "") {
  const element = doc.createElement("bdi");
  element.dir = "ltr";
  if (lang) element.lang = lang;
  // Arabic-Indic digits are drawn right to left even inside a left-to-right run, with the spaces or
  // hyphens between them, so "١٢٣٤ ٥٦٧٨" or "٣٤٥٦-٧٨" would show its groups swapped: then each group of
  // letters and digits is an element of its own, in the order typed.
  const between = /([^\p{L}\p{M}\p{N}]+)/u;
  if (!/[\u0660-\u0669]/.test(text) || !between.test(text)) {
    element.textContent = text;
    return element;
  }
  for (const piece of text.split(between)) {
    if (!piece) continue;
    if (between.test(piece)) element.append(piece);
    else element.append(leftToRight(doc, piece));
  }
  return element;
}
