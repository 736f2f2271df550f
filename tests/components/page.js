// A page for a component test: happy-dom's window with the given HTML in its body, and the
// globals the page scripts read (getComputedStyle, for the direction of a text).
// happy-dom has no browser style sheet, so the one rule the scripts rely on is given here:
// an element's dir attribute sets its direction (text.js isolates numbers in right-to-left text).
const BROWSER_STYLES = "[dir=rtl] { direction: rtl } [dir=ltr] { direction: ltr }";

import { Window } from "happy-dom";

export function page(html, { lang = "en", dir = "ltr" } = {}) {
  const window = new Window({ url: "https://practice.test/" });
  const document = window.document;
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.head.innerHTML = `<style>${BROWSER_STYLES}</style>`;
  document.body.innerHTML = html;
  globalThis.getComputedStyle = window.getComputedStyle.bind(window);
  return { window, document };
}

/** Presses ``key`` in ``element`` as a keyboard does (keydown only: what the components listen to). */
export function press(element, key, options = {}) {
  const event = new element.ownerDocument.defaultView.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...options });
  element.dispatchEvent(event);
  return event;
}

/** Types ``text`` into ``input`` as a person would: the value changes, then an input event. */
export function type(input, text) {
  input.value = text;
  input.dispatchEvent(new input.ownerDocument.defaultView.Event("input", { bubbles: true }));
}
