"""The site search: one Pagefind index per language, made from the finished site.

- Material's search engine is replaced: its header search box stays (overrides/partials/search.html
  keeps Material's look but none of its search script, pages/search_box.py); its index (of every
  language at once, which every page loaded with lunr and its stemmers) is left empty, and its
  worker and lunr are removed.
- Pagefind (npm, pinned in package.json) indexes the pages the nav lists, each under its own
  ``<html lang>``: a reader searches the language they are reading. Pages kept out of the nav
  (the offline fallback pages) and the 404 page are never results.
- The page script searches the folded query only (guide_site/search_folding.py), so every spelling
  of a word finds the same pages in the same order. For that, Pagefind reads each page's article and
  then the article again, folded: the same elements (Pagefind weighs and leaves out their words as
  it does the article's: headings, forms, data-pagefind-ignore), each text holding the folded
  spelling of each of its words Pagefind would not fold by itself, once per time it is written.
  A folded spelling then ranks a page by how often and where the page says the word, as the page's
  own spelling does (folded spellings as metadata only told that a page had the word).
  An empty ``#folded-spellings`` marks where the folded text begins: the page script shows only
  what comes before it (Pagefind's own excerpt could run on into it). The title is folded too,
  as metadata: the page script gives it the boost Pagefind gives a title, and none to the title.
- The pages themselves are not changed: Pagefind reads marked-up copies in a temporary folder.
"""

import json
import re
import shutil
import subprocess
import tempfile
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

from guide_site.search_folding import fold, plain

OUTPUT = "pagefind"
# Parts of a page that are not its content: the "Save for offline use" panel and the update banner.
NOT_CONTENT = ("data-offline-save", "data-update-banner")
# What the site does not use: Pagefind's web worker (search runs in the page), its other front
# ends, and the index of pages without a language.
UNUSED = ("pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")
# Material's engine: its search worker and lunr (its index is empty: every page is excluded from it).
MATERIAL_SEARCH = ("assets/javascripts/workers", "assets/javascripts/lunr")

WORD = re.compile(r"[\w\u0600-\u06FF\u200c\u200d]+")
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"[^>]*>')


# Where the folded text of a page begins (docs/assets/search/search.js looks for it among Pagefind's
# anchors), and the metadata that holds its title folded (search.js weighs it as Pagefind weighs titles).
FOLDED = "folded-spellings"
FOLDED_TITLE = "folded_title"


class FoldedCopy(HTMLParser):
    """An article's HTML with each text replaced by the folded spellings of its words that Pagefind
    would not fold by itself; elements and attributes kept but ids (Pagefind would list them twice).
    ``title`` is the text of its first h1, which Pagefind takes for the page's title."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        self.in_title = self.in_title or (tag == "h1" and not self.title)
        self.parts.append(f"<{tag}{attributes(attrs)}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)  # <br />, <img />: no end tag to add

    def handle_endtag(self, tag):
        self.in_title = self.in_title and tag != "h1"
        self.parts.append(f"</{tag}>")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        folded = [fold(word) for word in WORD.findall(data) if fold(word) != plain(word)]
        if folded:
            # Spaced: the texts either side of an inline tag would run together into one word.
            self.parts.append(f" {' '.join(folded)} ")


def attributes(attrs: list[tuple[str, str | None]]) -> str:
    return "".join(f" {name}" if value is None else f' {name}="{escape(value)}"' for name, value in attrs if name != "id")


def for_pagefind(html: str) -> str:
    """The page as Pagefind should read it: its article, then the article folded."""
    start = ARTICLE.search(html)
    if not start:
        return html
    end = html.find("</article>", start.end())
    copy = FoldedCopy()
    copy.feed(html[start.end():end])
    copy.close()
    tag = start.group(0)[:-1] + " data-pagefind-body>"
    # A second body, after the article (one inside it would replace the article's text, not follow it).
    # Its folded title takes the title's boost in ranking (search.js), as the query is folded.
    folded = (f'<div data-pagefind-body data-pagefind-meta="{FOLDED_TITLE}:{escape(fold(copy.title))}">'
              f'<span id="{FOLDED}"></span>{"".join(copy.parts)}</div>')
    after = end + len("</article>")
    return html[:start.start()] + tag + html[start.end():after] + folded + html[after:]


def write_search_index(site: Path, pages: set[str], pagefind: Path) -> None:
    """Pagefind's index of ``pages`` (paths in ``site`` of the pages the nav lists) into site/pagefind/."""
    for path in MATERIAL_SEARCH:
        shutil.rmtree(site / path, ignore_errors=True)
    if not pagefind.exists():
        raise PluginError(f"{pagefind} is missing: run `make setup` (npm ci installs Pagefind).")
    output = site / OUTPUT
    with tempfile.TemporaryDirectory() as folder:
        copies = Path(folder)
        for page in sorted(pages):
            source = site / page
            if source.exists():
                copy = copies / page
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(for_pagefind(source.read_text(encoding="utf-8")), encoding="utf-8")
        shutil.rmtree(output, ignore_errors=True)
        excluded = [argument for name in NOT_CONTENT for argument in ("--exclude-selectors", f"[{name}]")]
        run = subprocess.run([str(pagefind), "--site", str(copies), "--output-path", str(output), "--quiet", *excluded],
                             capture_output=True, text=True)
        if run.returncode != 0:
            raise PluginError(f"Pagefind failed:\n{run.stdout}\n{run.stderr}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    # A language Pagefind has no stemmer for (Persian, for one) searches with its language-neutral module.
    languages = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
    if all(language["wasm"] for language in languages.values()):
        (output / "wasm.unknown.pagefind").unlink(missing_ok=True)
