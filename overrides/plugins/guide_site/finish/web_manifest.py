"""A web app manifest per language, so the site installs to a phone's home screen.

Each language's folder gets manifest.webmanifest (the default language's at the root),
with the language's name, short name (site catalogue: app.short_name), lang and dir;
the whole site is the scope, so moving between languages stays inside the installed app.
Pages link the manifest of their language (``manifest_url`` in main.html, set by the pages plugin).
"""

import json
from pathlib import Path

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


def write_web_manifests(site: Path, names: dict[str, tuple[str, str]], folders: dict[str, str]) -> None:
    """<folder>/manifest.webmanifest for each language: ``names`` its site name and description,
    ``folders`` its folder ("" for the default language, "ar/" for Arabic)."""
    for lang, (name, description) in names.items():
        folder = folders[lang]
        data = manifest(name, description, lang, folder)
        (site / folder / "manifest.webmanifest").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
