"""The site search: one Pagefind index per language, made from the finished site.

- Material's search engine is replaced: its header search box stays (overrides/partials/search.html
  keeps Material's look but none of its search script, pages/search_box.py); its index (of every
  language at once, which every page loaded with lunr and its stemmers) is left empty, and its
  worker and lunr are removed.
- Pagefind (npm, pinned in package.json) indexes the pages the nav lists, each under its own
  ``<html lang>``: a reader searches the language they are reading. Pages kept out of the nav
  (the offline fallback pages) and the 404 page are never results.
- Each page is indexed with the folded spelling of its words as searchable metadata
  (guide_site/search_folding.py), and the page script searches the folded query too.
  The pages themselves are not changed: Pagefind reads marked-up copies in a temporary folder.
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


class ContentText(HTMLParser):
    """The text of a page's article, without scripts and without the parts that are not content."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if self.skipping or tag in ("script", "style") or names.intersection(NOT_CONTENT):
            if tag not in ("br", "img", "input", "hr", "meta", "link", "wbr"):
                self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping:
            self.words += WORD.findall(data)


def folded_words(article_html: str) -> list[str]:
    """The folded spelling of every word whose folding Pagefind would not find by itself."""
    parser = ContentText()
    parser.feed(article_html)
    return sorted({fold(word) for word in parser.words if fold(word) != plain(word)})


def for_pagefind(html: str) -> str:
    """The page as Pagefind should read it: only the article, with its words' folded spellings."""
    start = ARTICLE.search(html)
    if not start:
        return html
    end = html.find("</article>", start.end())
    words = " ".join(folded_words(html[start.end():end]))
    tag = start.group(0)[:-1] + f' data-pagefind-body data-pagefind-meta="folded:{escape(words)}">'
    return html[:start.start()] + tag + html[start.end():]


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
