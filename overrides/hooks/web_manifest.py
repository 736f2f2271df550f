"""MkDocs hook: a web app manifest per language, so the site installs to a phone's home screen.

manifest.webmanifest at the root (English), ar/manifest.webmanifest and
tr/manifest.webmanifest, each with the language's name, lang and dir; the whole
site is the scope, so moving between languages stays inside the installed app.
"""

import json
from pathlib import Path

from i18n_builds import i18n, is_last_language_build
from site_text import LANGUAGE_DIRECTIONS

THEME_COLOUR = "#00695c"
SHORT_NAMES = {"en": "HES + card", "ar": "دليل HES", "tr": "HES + kart"}


def manifest(name: str, description: str, lang: str) -> dict:
    up = "" if lang == "en" else "../"
    return {
        "name": name,
        "short_name": SHORT_NAMES[lang],
        "description": description,
        "lang": lang,
        "dir": LANGUAGE_DIRECTIONS[lang],
        "start_url": "./",
        "scope": up or "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": f"{up}assets/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable"},
            {"src": f"{up}assets/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable"},
            {"src": f"{up}assets/icon.svg", "sizes": "any", "type": "image/svg+xml"},
        ],
    }


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    plugin = i18n(config)
    # By now config holds the last language's names; the plugin keeps the site's own.
    site_name = plugin.original_configs.get("site_name", config.site_name)
    site_description = plugin.original_configs.get("site_description", config.site_description)
    for language in plugin.config.languages:
        lang = language.locale
        folder = site if lang == "en" else site / lang
        data = manifest(language.site_name or site_name, language.site_description or site_description, lang)
        (folder / "manifest.webmanifest").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
