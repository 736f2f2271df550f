"""Where text is drawn, measured on the screen: the order of digit groups as a person sees them.

A box's text lives in the browser's own shadow tree, out of reach of a Range. So the box is focused, one
group is selected (its selection painted in a colour the page never uses), the box is photographed, and
the selection's columns are found in the picture: where that group is drawn. Text of the page itself is
measured with a Range over each group.
"""

import base64
import re

from playwright.sync_api import Locator, Page

SELECTION = (255, 0, 255)
SELECTION_STYLE = ("input::selection { background: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important;"
                   " text-shadow: none !important; }")

# The columns of the picture painted in the selection's colour, found in the page (no request, no library).
COLUMNS_OF_COLOUR = """async ([png, [red, green, blue]]) => {
  const bytes = Uint8Array.from(atob(png), (character) => character.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let left = Infinity, right = -1;
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      const at = (y * bitmap.width + x) * 4;
      const near = Math.abs(data[at] - red) + Math.abs(data[at + 1] - green) + Math.abs(data[at + 2] - blue) < 60;
      if (near) { left = Math.min(left, x); right = Math.max(right, x); }
    }
  }
  return right < 0 ? null : [left, right];
}"""

GROUP = re.compile(r"\S+")


def groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each group of ``text`` between spaces, in the order typed."""
    return [match.span() for match in GROUP.finditer(text)]


def paint_selections(page: Page) -> None:
    page.add_style_tag(content=SELECTION_STYLE)


def drawn_in_box(page: Page, box: Locator) -> list[tuple[int, int]]:
    """The (left, right) columns where each group of the box's value is drawn, in the order typed."""
    value = box.input_value()
    found = []
    for start, end in groups(value):
        box.focus()
        box.evaluate("(element, [start, end]) => element.setSelectionRange(start, end)", [start, end])
        picture = base64.b64encode(box.screenshot(animations="disabled", caret="hide")).decode()
        columns = page.evaluate(COLUMNS_OF_COLOUR, [picture, list(SELECTION)])
        assert columns, f"the selection of {value[start:end]!r} is not drawn in the box"
        found.append(tuple(columns))
    box.evaluate("(element) => element.setSelectionRange(0, 0)")
    return found


def drawn_in_text(element: Locator, group: str = r"\S+") -> list[tuple[float, float]]:
    """The (left, right) of each group (a regular expression: by default what spaces part) of an element's
    text as drawn, in the order of its text."""
    return element.evaluate("""(element, group) => {
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const found = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(new RegExp(group, "g"))) {
          const range = element.ownerDocument.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const box = range.getBoundingClientRect();
          found.push([box.left, box.right]);
        }
      }
      return found;
    }""", group)


def lines_drawn(element: Locator, text: str) -> int:
    """On how many lines ``text`` is drawn where it first stands in the element's text (0: not found)."""
    return element.evaluate("""(element, text) => {
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = element.ownerDocument.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
      }
      return 0;
    }""", text)


def in_typed_order(drawn: list[tuple[float, float]]) -> bool:
    """Whether each group is drawn to the right of the one typed before it (left to right, as typed)."""
    return all(before[1] <= after[0] + 1 for before, after in zip(drawn, drawn[1:]))
