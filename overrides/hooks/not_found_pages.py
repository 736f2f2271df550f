"""MkDocs hook: a "page not found" page per language, and a neutral one in every language at the root.

MkDocs renders Material's 404.html (an English "404 - Not found" heading) once per language
build, always to the site's root, so the last language built used to win, with the language
switcher of the last page built. Here each language's 404 page gets its own words, its
``lang``/``dir``, a switcher to each language's home and what offline.js needs, and is moved to
``<lang>/404.html``; the root gets a page that says it in every language of the site.
Hosts serve ``<lang>/404.html`` for missing addresses under ``/<lang>/`` where they can: the
build writes Netlify's ``_redirects`` for it; README shows the same for nginx.
"""

import re
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from guide_site.i18n_builds import is_default_language_build, is_last_language_build, language_folder, languages
from guide_site.markup import SWITCHER_LINK, isolate_runs, switcher_link
from offline_controls import update_banner_and_config
from guide_site.site_text import direction, say

MATERIAL_HEADING = "<h1>404 - Not found</h1>"
HTML_TAG = re.compile(r'<html lang="[\w-]+"')
TITLE = re.compile(r"<title>.*?</title>", re.S)
ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[\w-]+">')
BODY = re.compile(r"(<body\b.*</body>)", re.S)

root_page: str | None = None


def home(config, lang: str) -> str:
    """A language's home page, as an absolute path (a 404 page is served at any depth)."""
    base = urlsplit(config.site_url or "/").path or "/"
    return base + language_folder(config, lang)


def message(config, lang: str, heading: str = "h1") -> str:
    return (f'<section class="not-found" lang="{lang}" dir="{direction(lang)}">'
            f'<{heading}>{escape(say("notfound.title", lang))}</{heading}><p>{escape(say("notfound.text", lang))}</p>'
            f'<p><a class="md-button md-button--primary" href="{home(config, lang)}">{escape(say("notfound.home", lang))}</a></p>'
            "</section>")


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    lang = config.theme["language"]
    if is_default_language_build(config):
        # The root page answers any address: the same message in every language of the site.
        others = languages(config)
        content = message(config, others[0]) + "".join(message(config, other, "h2") for other in others[1:])
        title = " · ".join(say("notfound.title", other) for other in others)
    else:
        content, title = message(config, lang), f'{say("notfound.title", lang)} · {config.site_name}'
    output = output.replace(MATERIAL_HEADING, content + update_banner_and_config(lang, languages(config)), 1)
    output = HTML_TAG.sub(f'<html lang="{lang}" dir="{direction(lang)}"', output, count=1)
    output = TITLE.sub(f"<title>{escape(title)}</title>", output, count=1)
    # Alternates of "this page" make no sense for a missing page; the switcher goes to each home.
    output = ALTERNATE.sub("", output)
    output = SWITCHER_LINK.sub(lambda m: switcher_link(home(config, m.group(2)), m.group(2)), output)
    return BODY.sub(lambda m: isolate_runs(m.group(1), direction(lang)), output, count=1)


def on_post_build(config):
    """Each build wrote its 404 page to the root: keep the default one there, move the others."""
    global root_page
    site = Path(config.site_dir)
    written = site / "404.html"
    if not written.exists():
        return
    if is_default_language_build(config):
        root_page = written.read_text(encoding="utf-8")
    else:
        target = site / config.theme["language"] / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        written.replace(target)
    if is_last_language_build(config) and root_page is not None:
        written.write_text(root_page, encoding="utf-8")
        (site / "_redirects").write_text(redirects(config), encoding="utf-8")


def redirects(config) -> str:
    """Netlify's rules: a missing address under a language's folder gets that language's 404 page
    (with status 404; an existing file always wins). Everything else gets the root 404.html."""
    lines = [f"{home(config, lang)}*  {home(config, lang)}404.html  404" for lang in languages(config)[1:]]
    return "# A missing page under /<lang>/ gets that language's 404 page.\n" + "\n".join(lines) + "\n"
