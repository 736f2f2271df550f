// What the browser prints: only the one element marked as the print target (the helper sheet or the
// end's print-out); the print style sheet (the practice style sheet, @media print) hides the rest of the site.
// The mark stays while its element is shown, so the browser's own Print menu prints it too.

const TARGET = "printTarget";

/** Marks ``element`` as what prints (no other element of its page does) and opens the browser's printing. */
export function printOnly(element) {
  markForPrint(element);
  element.ownerDocument.defaultView.print();
}

export function markForPrint(element) {
  const doc = element.ownerDocument;
  for (const other of doc.querySelectorAll("[data-print-target]")) delete other.dataset[TARGET];
  element.dataset[TARGET] = "";
  doc.documentElement.dataset.printing = "";
}

/** Runs ``print()`` (which ends by printing) once per press of ``button``: a key held down repeats its
 * press, and a press while the last one is still printing (waiting for the checker, or the browser's print
 * dialog) would print a second copy. */
export function onPrintPress(button, print) {
  let printing = false;
  button.addEventListener("keydown", (event) => {
    if (event.repeat && (event.key === "Enter" || event.key === " ")) event.preventDefault();
  });
  button.addEventListener("click", async () => {
    if (printing) return;
    printing = true;
    try {
      await print();
    } finally {
      // Clicks queued while the print dialog held the page come before this: they were the same press.
      setTimeout(() => (printing = false), 0);
    }
  });
}

/** ``element`` no longer prints (it was hidden or emptied): the page prints as usual again. */
export function unmark(element) {
  const doc = element.ownerDocument;
  delete element.dataset[TARGET];
  if (!doc.querySelector("[data-print-target]")) delete doc.documentElement.dataset.printing;
}
