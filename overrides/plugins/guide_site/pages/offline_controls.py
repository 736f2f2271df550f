"""The words and places the offline script needs, on every page.

Every page gets the (hidden) "A new version is available — reload" banner and
the offline texts in its language; the home page and the practice pages also
get the "Save for offline use" panel. assets/offline/offline.js does the rest.
"""

from html import escape

from guide_site.i18n_builds import languages
from guide_site.markup import json_script
from guide_site.site_text import phrases, say


def on_page_content(html, page, config, files):
    lang = config.theme["language"]
    is_home = page.file.src_uri.split(".")[0] == "index"  # index.md, index.ar.md, …
    panel = save_panel(lang) if is_home or page.meta.get("practice") else ""
    return html + panel + update_banner_and_config(lang, languages(config))


def update_banner_and_config(lang: str, languages: list[str]) -> str:
    """What offline.js needs on every page, including those that are not Markdown pages (404)."""
    data = {"lang": lang, "languages": languages, "text": phrases(("offline.", "update."), lang)}
    banner = (f'<div class="update-banner" role="status" hidden data-update-banner><span>{escape(say("update.text", lang))}</span> '
              f'<button type="button" class="md-button md-button--primary" data-update-reload>{escape(say("update.reload", lang))}</button></div>')
    return banner + json_script("offline-config", data)


def save_panel(lang: str) -> str:
    parts = "".join(
        # The part's name and its size stay together ("(13.5 MB)" never split around the button).
        f'<li data-offline-part="{part}"><span class="offline-save__part"><span>{escape(say(key, lang))}</span> '
        f'<span class="offline-save__size" data-size></span></span> '
        f'<button type="button" class="md-button" data-save>{escape(say("offline.save", lang))}</button></li>'
        for part, key in (("guide", "offline.guide"), ("all", "offline.all"), ("practice", "offline.practice")))
    return (f'<section class="offline-save" aria-labelledby="offline-title" data-offline-save>'
            f'<h2 id="offline-title">{escape(say("offline.title", lang))}</h2><p>{escape(say("offline.intro", lang))}</p>'
            f'<ul>{parts}</ul><p role="status" data-offline-status></p></section>')
