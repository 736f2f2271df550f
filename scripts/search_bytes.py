"""Prints what a reader's first search costs, per language: the files it fetches and their bytes,
as sent by a plain server and as gzip (what a compressing host sends). A figure, not a test.

Usage: .venv/bin/python scripts/search_bytes.py [site folder, default site/] [word]
The site must have been built (`make build`); it is served here on a free port of 127.0.0.1.
"""

import functools
import gzip
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-sync"]
SEARCH_PARTS = ("/pagefind/", "/assets/search/")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def languages(site: Path) -> list[str]:
    return ["en"] + sorted(folder.name for folder in site.iterdir() if (folder / "index.html").exists()
                           and folder.name not in ("offline",) and len(folder.name) <= 3)


def first_search(browser, base: str, lang: str, word: str) -> list[str]:
    """The paths a fresh browser fetches from opening search to seeing the results of ``word``."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, service_workers="block")
    page = context.new_page()
    page.goto(base + ("" if lang == "en" else f"{lang}/"))
    page.wait_for_load_state("load")
    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.locator("label.md-header__button[for=__search]").click()
    page.keyboard.insert_text(word)
    page.locator("[data-search-results] a").first.wait_for(timeout=20_000)
    page.wait_for_timeout(500)
    context.close()
    return [url.removeprefix(base).split("?")[0] for url in fetched if any(part in url for part in SEARCH_PARTS)]


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    word = sys.argv[2] if len(sys.argv) > 2 else "HES"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        print(f"First search for {word!r}, from opening search to the results (bytes):")
        print(f"{'language':<9}{'files':>6}{'plain':>10}{'gzip':>10}   of which index+fragments (gzip)")
        for lang in languages(site):
            paths = first_search(browser, base, lang, word)
            contents = [(site / path).read_bytes() for path in paths]
            plain = sum(len(content) for content in contents)
            zipped = sum(len(gzip.compress(content, 9)) for content in contents)
            data = sum(len(gzip.compress(content, 9)) for path, content in zip(paths, contents)
                       if "/index/" in path or "/fragment/" in path or path.endswith(".pf_meta"))
            print(f"{lang:<9}{len(paths):>6}{plain:>10,}{zipped:>10,}   {data:,}")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
