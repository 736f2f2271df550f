// Focusing a box that appears (a summary, the answers sheet, the print-out) with its top in sight below
// the page's sticky header. focus() alone scrolls a box taller than the screen (every field of a long
// stage left empty, a long answers sheet) until its middle or its end shows, its heading out of sight.
// The header's height is the boxes' scroll-margin-top (practice.css).

/** Focuses ``box``; scrolls it to its top unless that is already in sight (no needless jump). */
export function focusAtTop(box) {
  box.focus({ preventScroll: true });
  const { top } = box.getBoundingClientRect();
  const header = parseFloat(getComputedStyle(box).scrollMarginTop) || 0;
  if (top < header || top >= box.ownerDocument.defaultView.innerHeight) box.scrollIntoView({ block: "start" });
}
