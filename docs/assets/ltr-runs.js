// Numbers, codes and Latin words inside right-to-left text, for page scripts: the same rule as
// overrides/plugins/guide_site/markup.py applies to the built pages (a test checks that both split alike).
// "إلى 0532 *** ** 67" would show its groups reversed, and "A1B2-3456-78" could break at a
// hyphen, unless each run is an isolated left-to-right element kept on one line.
//
//   import { ltrRuns, setTextWithLtrRuns } from "../ltr-runs.js";
//   setTextWithLtrRuns(element, message);          // replaces element's content
//   element.append(ltrRuns(message));              // or: a DocumentFragment to place yourself
//
// Text only ever goes in through text nodes (textContent), never as HTML.

const RUN_CHARACTER = String.raw`A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9`;
// A full stop or comma joins only inside a run ("05.03.1990"), not before a space.
const RUN_JOINER = String.raw`[ \u00a0\u202f*\-/:@+#_\u2013'\u2019]|[.,](?![ \u00a0\u202f])`;
export const RUN_PATTERN = `[${RUN_CHARACTER}](?:(?:${RUN_JOINER})*[${RUN_CHARACTER}])*`;
// Words as long as this stay on one line too (markup.py SHORT_WORDS).
const SHORT_WORDS = 28;

/** The class of a run's element: words (spaces, no digit, longer than SHORT_WORDS) may wrap between them;
 * a number, code or short term never wraps. */
export function runClass(run) {
  return /\s/u.test(run) && !/\p{Nd}/u.test(run) && run.length > SHORT_WORDS ? "ltr ltr--words" : "ltr";
}

/** ``text`` split into [piece, isRun] pairs, runs being what must read left to right. */
export function splitRuns(value) {
  const text = String(value);
  const pieces = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(RUN_PATTERN, "g"))) {
    if (match.index > last) pieces.push([text.slice(last, match.index), false]);
    pieces.push([match[0], true]);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push([text.slice(last), false]);
  return pieces;
}

/** A run's own element: <bdi dir="ltr" class="ltr">. */
function runElement(run, doc) {
  const element = doc.createElement("bdi");
  element.dir = "ltr";
  element.className = runClass(run);
  element.textContent = run;
  return element;
}

/** A DocumentFragment of ``text`` with each run in its own <bdi dir="ltr" class="ltr">. */
export function ltrRuns(text, doc = document) {
  const fragment = doc.createDocumentFragment();
  for (const [piece, isRun] of splitRuns(String(text))) {
    fragment.append(isRun ? runElement(piece, doc) : doc.createTextNode(piece));
  }
  return fragment;
}

/** Replaces ``element``'s content with ``text``, its runs isolated. */
export function setTextWithLtrRuns(element, text) {
  element.replaceChildren(ltrRuns(text, element.ownerDocument));
}

/** ``text`` for left-to-right text, where only a code with hyphens ("8135-44-1172953") needs care: a
 * line may break after a hyphen, so each word with a digit and a hyphen is an element kept on one line. */
export function codesKept(text, doc = document) {
  const fragment = doc.createDocumentFragment();
  for (const piece of String(text).split(/(\S+)/u)) {
    if (!piece) continue;
    fragment.append(/\d/u.test(piece) && piece.includes("-") ? runElement(piece, doc) : doc.createTextNode(piece));
  }
  return fragment;
}

/** Sets ``element``'s text: inside right-to-left text with its runs isolated, elsewhere with its codes
 * kept on one line. ``element`` must be in the page already: its direction is read from its computed style. */
export function showText(element, text) {
  if (getComputedStyle(element).direction === "rtl") setTextWithLtrRuns(element, text);
  else element.replaceChildren(codesKept(text, element.ownerDocument));
}
