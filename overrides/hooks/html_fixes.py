"""MkDocs hook: mends what a default Material + static-i18n build gets wrong.

- ``<html>`` carries ``dir`` as well as ``lang`` (Material puts ``dir`` on ``<body>`` only).
- A page shown in another language (not translated yet) says so, and its content
  carries the ``lang``/``dir`` of the language it is really written in.
- The pages carry no ``<link rel="alternate" hreflang>``: Material's script fetches
  ``sitemap.xml`` beside every such link, and hreflang links must be absolute, so
  a build served anywhere but its ``site_url`` would reach out to that address.
  The languages of each page are declared in ``sitemap.xml`` instead (with
  ``xhtml:link`` alternates, as search engines accept), which no page fetches.
- The search dialog has an accessible name.
"""

import re
from html import escape

from site_text import LANGUAGE_DIRECTIONS, say

HTML_TAG = re.compile(r'<html lang="([\w-]+)"')
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([\w-]+)">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset")>')


def on_post_page(output, page, config):
    lang = config.theme["language"]
    output = HTML_TAG.sub(lambda m: f'<html lang="{m.group(1)}" dir="{LANGUAGE_DIRECTIONS.get(m.group(1), "ltr")}"', output, count=1)
    output = ALTERNATE.sub("", output)
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{escape(say("search.dialog", lang))}">')
    written_in = getattr(page.file, "locale", lang)
    if written_in != lang:
        output = mark_fallback(output, written_in, lang)
    return output


def mark_fallback(output: str, written_in: str, lang: str) -> str:
    notice = f'<p class="fallback-notice" lang="{lang}" dir="{LANGUAGE_DIRECTIONS.get(lang, "ltr")}">{escape(say("fallback.notice", lang))}</p>'
    attributes = f' lang="{written_in}" dir="{LANGUAGE_DIRECTIONS.get(written_in, "ltr")}"'
    return ARTICLE.sub(lambda m: m.group(1) + attributes + ">" + notice, output, count=1)
