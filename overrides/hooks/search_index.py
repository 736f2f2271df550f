"""MkDocs hook: the site search, one Pagefind index per language, loaded only when a reader opens search.

- Material's search engine is replaced: its header search box stays (overrides/partials/search.html
  keeps Material's look but none of its search script); its index (of every language at once, which
  every page loaded with lunr and its stemmers) is left empty, and its worker and lunr are removed.
- After the last language is built, Pagefind (npm, pinned in package.json) indexes the pages the
  nav lists, each under its own ``<html lang>``: a reader searches the language they are reading.
  Pages kept out of the nav (the offline fallback pages) and the 404 page are never results.
- Pagefind itself ignores case and diacritics (harakat, hamza on alef, ş/ç/ğ/ö/ü, İ). Letters
  that readers type interchangeably but Unicode keeps apart (ى/ي/ی, ة/ه, ک/ك, Turkish ı/i,
  Arabic-Indic digits…) are folded by FOLDS: each page is indexed with the folded spelling of
  its words as searchable metadata, and the page script searches the folded query too.
  The pages themselves are not changed: Pagefind reads marked-up copies in a temporary folder.
"""

import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from markupsafe import Markup

from guide_site.i18n_builds import is_last_language_build
from guide_site.markup import json_script
from guide_site.site_text import phrases, say

ROOT = Path(__file__).parents[2]
PAGEFIND = ROOT / "node_modules" / ".bin" / "pagefind"
OUTPUT = "pagefind"
# Parts of a page that are not its content: the "Save for offline use" panel and the update banner.
NOT_CONTENT = ("data-offline-save", "data-update-banner")
# What the site does not use: Pagefind's web worker (search runs in the page), its other front
# ends, and the index of pages without a language.
UNUSED = ("pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")
# Material's engine: its search worker and lunr (its index is empty: every page is excluded from it).
SEARCH_SCRIPT = "assets/search/search.js"
MATERIAL_SEARCH = ("assets/javascripts/workers", "assets/javascripts/lunr")

# Letters readers type for one another that Pagefind does not treat as the same (it already drops
# diacritics and case). Any language in Arabic script shares these; Persian needs nothing more.
FOLDS = {
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",  # alef maksura, Persian and Pashto yeh
    "ک": "ك", "ڪ": "ك",  # Persian keheh, swash kaf
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",  # teh marbuta, heh with yeh, ae, heh doachashmee
    "ـ": "", "\u200c": "", "\u200d": "",  # tatweel, zero-width (non-)joiner inside Persian words
    "ı": "i",  # Turkish dotless i (İ is I with a dot mark, which Pagefind drops)
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian digits
}
WORD = re.compile(r"[\w\u0600-\u06FF\u200c\u200d]+")
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"[^>]*>')

indexed_pages: set[str] = set()


def plain(text: str) -> str:
    """What Pagefind makes of a word by itself: lower case, without combining marks."""
    return "".join(char for char in unicodedata.normalize("NFD", text.lower()) if not unicodedata.category(char).startswith("M"))


def fold(text: str) -> str:
    """The spelling search compares; assets/search/search.js folds a query the same way."""
    return "".join(FOLDS.get(char, char) for char in plain(text))


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


def search_config(lang: str) -> Markup:
    """What the page's search script needs: its words in the page's language and the folding table."""
    # The script's address is data, not part of the inline script: the build renames the script by its
    # content (asset_fingerprints) without touching the inline script's CSP hash.
    return Markup(json_script("search-config", {"script": SEARCH_SCRIPT, "text": phrases(("search.",), lang),
                                                "folds": FOLDS}))


def on_env(env, config, files):
    env.globals["site_say"] = say
    env.globals["search_config"] = search_config
    return env


def on_page_markdown(markdown, page, config, files):
    # Material's index stays empty (its plugin is kept for the header box only).
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return markdown


def on_post_page(output, page, config):
    if page.file.inclusion.is_in_nav():
        indexed_pages.add(str(Path(config.site_dir) / page.file.dest_uri))
    return output


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    for path in MATERIAL_SEARCH:
        shutil.rmtree(site / path, ignore_errors=True)
    if not PAGEFIND.exists():
        raise RuntimeError(f"{PAGEFIND} is missing: run `make setup` (npm ci installs Pagefind).")
    with tempfile.TemporaryDirectory() as folder:
        copies = Path(folder)
        for page in sorted(indexed_pages):
            source = Path(page)
            if source.is_relative_to(site) and source.exists():
                copy = copies / source.relative_to(site)
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(for_pagefind(source.read_text(encoding="utf-8")), encoding="utf-8")
        output = site / OUTPUT
        shutil.rmtree(output, ignore_errors=True)
        excluded = [argument for name in NOT_CONTENT for argument in ("--exclude-selectors", f"[{name}]")]
        run = subprocess.run([str(PAGEFIND), "--site", str(copies), "--output-path", str(output), "--quiet", *excluded],
                             capture_output=True, text=True, cwd=ROOT)
        if run.returncode != 0:
            raise RuntimeError(f"Pagefind failed:\n{run.stdout}\n{run.stderr}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    # A language Pagefind has no stemmer for (Persian, for one) searches with its language-neutral module.
    languages = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
    if all(language["wasm"] for language in languages.values()):
        (output / "wasm.unknown.pagefind").unlink(missing_ok=True)
    indexed_pages.clear()
