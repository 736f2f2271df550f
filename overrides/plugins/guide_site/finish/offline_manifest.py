"""The service worker and its precache manifest, made from the finished site.

Every file of the site is listed with a content hash, its size and what it costs to download
(its brotli and gzip sizes), in groups the reader can save: the shared shell, each language's
guide, the practice runtime, the search files. The build's version is a hash of all those
hashes, so a new build (and only a new build) is a new service worker: sw.js is
overrides/offline/sw.js with the manifest in front. The pages ask the service worker for the
sizes they show.
"""

import hashlib
import json
import re
from pathlib import Path

from guide_site.compression import transfer_sizes

NOT_CACHED = ("sw.js", "_headers", "sitemap.xml", "sitemap.xml.gz", "404.html")


# The search (finish/search_index.py), loaded when a reader opens it: its script (under
# assets/) and Pagefind's are part of the shell; each language's index, words and excerpts (files
# named after the language) are part of that language's guide, so a saved guide can be searched offline.
SEARCH_FILES = ("pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.unknown.pagefind")
SEARCH_LANGUAGE_FILE = re.compile(r"pagefind/(?:index/|fragment/|pagefind\.|wasm\.)([\w-]+?)[_.]")


def group_of(path: str, folders: dict[str, str]) -> str:
    """Which part of the site a file belongs to (what the reader saves together).

    "practice" is exactly what the checker downloads (assets/pyodide/), so that the offline panel's
    size for it is the checker panel's; the practice pages' own scripts are small and in the shell.
    """
    if path.startswith("assets/pyodide/"):
        return "practice"
    search_language = SEARCH_LANGUAGE_FILE.match(path)
    if search_language and search_language.group(1) in folders:
        return f"guide-{search_language.group(1)}"
    if path.startswith("assets/") or path in SEARCH_FILES \
            or path.endswith(("offline/index.html", "manifest.webmanifest")):
        return "core"
    first = path.split("/", 1)[0] if "/" in path else ""
    language = next((lang for lang, folder in folders.items() if folder == first), None)
    return f"guide-{language or next(lang for lang, folder in folders.items() if not folder)}"


def url_of(path: str) -> str:
    """The address a file is asked for: a page by its folder, like the site's links."""
    return path.removesuffix("index.html")


def is_cached(path: str) -> bool:
    # Material's search index is left empty (the site searches with Pagefind): nothing asks for it.
    return path not in NOT_CACHED and path != "search/search_index.json" and not path.endswith(".map")


def entries(site: Path, folders: dict[str, str], compressed_cache: Path) -> list[dict]:
    found = []
    for file in sorted(site.rglob("*")):
        path = file.relative_to(site).as_posix()
        if file.is_file() and is_cached(path):
            content = file.read_bytes()
            found.append({"url": url_of(path), "hash": hashlib.sha256(content).hexdigest()[:16],
                          "size": len(content), **transfer_sizes(path, content, compressed_cache),
                          "group": group_of(path, folders)})
    return found


def write_service_worker(site: Path, folders: dict[str, str], template: Path, compressed_cache: Path) -> None:
    """site/sw.js: ``template`` with the manifest of every file of ``site`` in front.

    ``folders``: each language's folder in the site, "" for the default language, "ar" for Arabic, …
    """
    files = entries(site, folders, compressed_cache)
    build = hashlib.sha256("".join(f"{entry['url']}{entry['hash']}" for entry in files).encode()).hexdigest()[:12]
    languages = [folder for folder in folders.values() if folder]
    prefix = (f"const BUILD = {json.dumps(build)};\nconst LANGUAGES = {json.dumps(languages)};\n"
              f"const FILES = {json.dumps(files, separators=(',', ':'))};\n")
    (site / "sw.js").write_text(prefix + template.read_text(encoding="utf-8"), encoding="utf-8")
