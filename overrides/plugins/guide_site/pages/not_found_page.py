"""The "page not found" page of each language, and the neutral one of the site's root.

MkDocs renders Material's 404.html (an English "404 - Not found" heading) once per language
build. Here each language's gets its own words, its ``lang``/``dir``, a switcher to each
language's home and what offline.js needs; the default language's build renders the root's,
which says it in every language of the site. The finish plugin writes each where it belongs.
"""

import re
from html import escape
from guide_site.i18n_builds import home, is_default_language_build, languages
from guide_site.markup import SWITCHER_LINK, isolate_runs, switcher_link
from guide_site.pages.offline_controls import update_banner_and_config
from guide_site.site_text import direction, say

MATERIAL_HEADING = "<h1>404 - Not found</h1>"
HTML_TAG = re.compile(r'<html lang="[\w-]+"')
TITLE = re.compile(r"<title>.*?</title>", re.S)
ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[\w-]+">')
BODY = re.compile(r"(<body\b.*</body>)", re.S)


def message(config, lang: str, heading: str = "h1") -> str:
    return (f'<section class="not-found" lang="{lang}" dir="{direction(lang)}">'
            f'<{heading}>{escape(say("notfound.title", lang))}</{heading}><p>{escape(say("notfound.text", lang))}</p>'
            f'<p><a class="md-button md-button--primary" href="{home(config, lang)}">{escape(say("notfound.home", lang))}</a></p>'
            "</section>")


def not_found_page(output: str, config) -> str:
    """Material's rendered 404.html, made this language build's page (the root's in the default build)."""
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
