"""Mends what a default Material + static-i18n build gets wrong.

- ``<html>`` carries ``dir`` as well as ``lang`` (Material puts ``dir`` on ``<body>`` only).
- A page shown in another language (not translated yet) says so, and its content
  carries the ``lang``/``dir`` of the language it is really written in.
- The pages carry no ``<link rel="alternate" hreflang>``: Material's script fetches
  ``sitemap.xml`` beside every such link, and hreflang links must be absolute, so
  a build served anywhere but its ``site_url`` would reach out to that address.
  The languages of each page are declared in ``sitemap.xml`` instead (with
  ``xhtml:link`` alternates, as search engines accept), which no page fetches.
- In a right-to-left page, every number, code and Latin-script word is an isolated
  left-to-right run that stays on one line (markup.isolate_runs), whether it comes from
  a page's Markdown, a form spec or a catalogue.
- In every page, a date in words ("2 آذار/مارس 2022", "15 Ocak 2021") and a listed proper name
  ("Hayat Eve Sığar") never breaks over two lines (markup.keep_unit, in the same pass).
"""

import re
from html import escape
from urllib.parse import urlsplit

from babel import Locale
from mkdocs.utils import get_relative_url

from guide_site.i18n_builds import written_in
from guide_site.markup import SWITCHER_LINK, isolate_runs, switcher_link
from guide_site.site_text import direction, say

HTML_TAG = re.compile(r'<html lang="([\w-]+)"')
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([\w-]+)">')
ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset")>')
BODY = re.compile(r"(<body\b.*</body>)", re.S)


def on_post_page(output, page, config):
    lang = config.theme["language"]
    output = HTML_TAG.sub(lambda m: f'<html lang="{m.group(1)}" dir="{direction(m.group(1))}"', output, count=1)
    output = ALTERNATE.sub("", output)
    output = SWITCHER_LINK.sub(lambda m: relative_switcher_link(m.group(1), m.group(2), page.url, config.site_url), output)
    language = written_in(page, lang)
    if language != lang:
        output = mark_fallback(output, language, lang)
    return isolate_ltr_runs(output, lang)


def isolate_ltr_runs(output: str, lang: str) -> str:
    """The numbers and codes of a page's right-to-left text (all of an Arabic page, a quotation
    in an English one), isolated and unbroken; its dates and proper names unbroken in any language."""
    return BODY.sub(lambda m: isolate_runs(m.group(1), direction(lang), units=True), output, count=1)


def relative_switcher_link(href: str, hreflang: str, page_url: str, site_url: str | None) -> str:
    """The language switcher's link, relative to the page. static-i18n links each home page to the
    others from the site's root ("/ar/"): wrong wherever the build is served under another path."""
    if not href.startswith("/"):
        return switcher_link(href, hreflang)
    base = urlsplit(site_url or "/").path
    target = href.removeprefix(base) if href.startswith(base) else href.lstrip("/")
    return switcher_link(get_relative_url(target or "./", page_url), hreflang)


def mark_fallback(output: str, written_in: str, lang: str) -> str:
    language = Locale.parse(written_in.replace("-", "_")).get_display_name(lang.replace("-", "_"))
    text = say("fallback.notice", lang, language=language)
    notice = f'<p class="fallback-notice" lang="{lang}" dir="{direction(lang)}">{escape(text)}</p>'
    attributes = f' lang="{written_in}" dir="{direction(written_in)}"'
    return ARTICLE.sub(lambda m: m.group(1) + attributes + ">" + notice, output, count=1)
