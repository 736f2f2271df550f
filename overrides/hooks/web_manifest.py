"""MkDocs hook: a web app manifest per language, so the site installs to a phone's home screen.

Each language's folder gets manifest.webmanifest (the default language's at the root),
with the language's name, short name (site catalogue: app.short_name), lang and dir;
the whole site is the scope, so moving between languages stays inside the installed app.
Pages link the manifest of their language (``manifest_url`` in main.html).
"""

import json
from pathlib import Path

from guide_site.i18n_builds import i18n, is_last_language_build, language_folder
from guide_site.site_text import direction, say

THEME_COLOUR = "#00695c"


def manifest(name: str, description: str, lang: str, folder: str) -> dict:
    up = "../" * folder.count("/")
    return {
        "name": name,
        "short_name": say("app.short_name", lang),
        "description": description,
        "lang": lang,
        "dir": direction(lang),
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


def on_env(env, config, files):
    """The address of this language build's manifest, for main.html (site-relative; its `url` filter makes it relative)."""
    env.globals["manifest_url"] = language_folder(config, config.theme["language"]) + "manifest.webmanifest"
    return env


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    plugin = i18n(config)
    # By now config holds the last language's names; the plugin keeps the site's own.
    site_name = plugin.original_configs.get("site_name", config.site_name)
    site_description = plugin.original_configs.get("site_description", config.site_description)
    for language in plugin.config.languages:
        if not language.build:
            continue
        lang, folder = language.locale, language_folder(config, language.locale)
        data = manifest(language.site_name or site_name, language.site_description or site_description, lang, folder)
        (site / folder / "manifest.webmanifest").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
