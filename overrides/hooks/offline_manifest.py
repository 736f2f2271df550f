"""MkDocs hook: the service worker and its precache manifest, made from the built site.

After the last language is built, every file of the site is listed with a
content hash and its size, in groups the reader can save: the shared shell,
each language's guide, the practice runtime, the search files. The build's
version is a hash of all those hashes, so a new build (and only a new build)
is a new service worker: sw.js is overrides/offline/sw.js with the manifest
in front. The pages ask the service worker for the sizes they show.
"""

import hashlib
import json
import re
from pathlib import Path

from i18n_builds import is_last_language_build
from site_text import LANGUAGE_DIRECTIONS

SW_TEMPLATE = Path(__file__).parents[1] / "offline" / "sw.js"
NOT_CACHED = ("sw.js", "_headers", "sitemap.xml.gz", "404.html")
OTHER_LANGUAGES = tuple(lang for lang in LANGUAGE_DIRECTIONS if lang != "en")


# The search (overrides/hooks/search_index.py), loaded when a reader opens it: its script and
# Pagefind's are part of the shell; each language's index, words and excerpts (files named after
# the language) are part of that language's guide, so a saved guide can be searched offline.
SEARCH_FILES = ("assets/search/search.js", "assets/search/search.css", "pagefind/pagefind.js",
                "pagefind/pagefind-entry.json")
SEARCH_LANGUAGE_FILE = re.compile(r"pagefind/(?:index/|fragment/|pagefind\.|wasm\.)([\w-]+?)[_.]")
# Material's search index, left empty: nothing asks for it.
NOT_CACHED_SEARCH = ("search/search_index.json",)


def group_of(path: str) -> str:
    """Which part of the site a file belongs to (what the reader saves together)."""
    if path.startswith(("assets/pyodide/", "assets/practice/")):
        return "practice"
    if search_language := SEARCH_LANGUAGE_FILE.match(path):
        return f"guide-{search_language.group(1)}"
    if path.startswith("assets/") or path in SEARCH_FILES or path == "sitemap.xml" \
            or path.endswith(("offline/index.html", "manifest.webmanifest")):
        return "core"
    first = path.split("/", 1)[0]
    return f"guide-{first}" if first in OTHER_LANGUAGES and "/" in path else "guide-en"


def url_of(path: str) -> str:
    """The address a file is asked for: a page by its folder, like the site's links."""
    return path.removesuffix("index.html")


def is_cached(path: str) -> bool:
    if path in NOT_CACHED or path in NOT_CACHED_SEARCH:
        return False
    # Material asks for sitemap.xml beside every page; the service worker answers those with the root one.
    return not (path.endswith("sitemap.xml") and path != "sitemap.xml") and not path.endswith(".map")


def entries(site: Path) -> list[dict]:
    found = []
    for file in sorted(site.rglob("*")):
        path = file.relative_to(site).as_posix()
        if file.is_file() and is_cached(path):
            content = file.read_bytes()
            found.append({"url": url_of(path), "hash": hashlib.sha256(content).hexdigest()[:16],
                          "size": len(content), "group": group_of(path)})
    return found


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    files = entries(site)
    build = hashlib.sha256("".join(f"{entry['url']}{entry['hash']}" for entry in files).encode()).hexdigest()[:12]
    prefix = f"const BUILD = {json.dumps(build)};\nconst FILES = {json.dumps(files, separators=(',', ':'))};\n"
    (site / "sw.js").write_text(prefix + SW_TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
