"""Screenshots of built pages, to look at them.

python scripts/screenshot.py URL OUT.png [width] [height] [CSS selector of the part to show]
"""

import sys

from playwright.sync_api import sync_playwright

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"]


def main(url: str, out: str, width: int = 412, height: int = 915, selector: str = "") -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        if selector:
            page.locator(selector).first.screenshot(path=out)
        else:
            page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    width, height = (int(value) for value in (sys.argv[3:5] or (412, 915)))
    main(sys.argv[1], sys.argv[2], width, height, *sys.argv[5:6])
