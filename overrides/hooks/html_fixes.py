"""MkDocs hook: mends what a default Material + static-i18n build gets wrong.

- ``<html>`` carries ``dir`` as well as ``lang`` (Material puts ``dir`` on ``<body>`` only).
- A page shown in another language (not translated yet) says so, and its content
  carries the ``lang``/``dir`` of the language it is really written in.
- hreflang alternates are absolute URLs, plus an ``x-default``.
- Material fetches ``sitemap.xml`` relative to each language's root and to every
  hreflang alternate of the page: every folder of a page gets a copy, so no
  ``…/sitemap.xml`` request is a 404.
"""

import re
import shutil
from html import escape
from pathlib import Path
from urllib.parse import urljoin

from i18n_builds import is_last_language_build
from site_text import LANGUAGE_DIRECTIONS, say

HTML_TAG = re.compile(r'<html lang="([\w-]+)"')
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([\w-]+)">')
ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset")>')


def on_post_page(output, page, config):
    lang = config.theme["language"]
    output = HTML_TAG.sub(lambda m: f'<html lang="{m.group(1)}" dir="{LANGUAGE_DIRECTIONS.get(m.group(1), "ltr")}"', output, count=1)
    output = absolute_alternates(output, page.canonical_url or config.site_url)
    written_in = getattr(page.file, "locale", lang)
    if written_in != lang:
        output = mark_fallback(output, written_in, lang)
    return output


def absolute_alternates(output: str, page_url: str) -> str:
    links = ALTERNATE.findall(output)
    if not links:
        return output
    default = next((href for href, hreflang in links if hreflang == "en"), links[0][0])
    tags = [f'<link rel="alternate" href="{urljoin(page_url, href)}" hreflang="{hreflang}">' for href, hreflang in links]
    tags.append(f'<link rel="alternate" href="{urljoin(page_url, default)}" hreflang="x-default">')
    output = ALTERNATE.sub("", output)
    return output.replace("</head>", "".join(tags) + "</head>", 1)


def mark_fallback(output: str, written_in: str, lang: str) -> str:
    notice = f'<p class="fallback-notice" lang="{lang}" dir="{LANGUAGE_DIRECTIONS.get(lang, "ltr")}">{escape(say("fallback.notice", lang))}</p>'
    attributes = f' lang="{written_in}" dir="{LANGUAGE_DIRECTIONS.get(written_in, "ltr")}"'
    return ARTICLE.sub(lambda m: m.group(1) + attributes + ">" + notice, output, count=1)


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    root_sitemap = site / "sitemap.xml"
    for page in site.rglob("index.html"):
        if not (page.parent / "sitemap.xml").exists():
            shutil.copyfile(root_sitemap, page.parent / "sitemap.xml")
