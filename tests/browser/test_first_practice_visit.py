"""A first practice visit sends only the page and the runtime until the checker is ready: the service
worker saves the reader's guide once the page says the checker is ready (`practice:checker-ready`),
and not at all when the browser asks to save data (Save-Data)."""

import time

import pytest

from .offline_helpers import wait_for_service_worker
from ..site.conftest import ROOT

# The reader's guide: every page of the language but the practice pages and the offline page.
GUIDE_PAGES = ["/" if path.stem == "index" else f"/{path.stem}/" for path in sorted((ROOT / "docs").glob("*.md"))
               if path.name.count(".") == 1 and path.stem != "offline"]
PRACTICE_PAGE = "istanbul/practice/"
# What offline.js sees when the reader's browser asks to save data.
SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})});"


def guide_pages_asked_for(server_log: list[str]) -> list[str]:
    return [path for path in server_log if path.split("?")[0] in GUIDE_PAGES]


def visit_and_wait(page, base_url: str) -> None:
    """A first visit to a practice page, until the service worker controls it and has had time to save."""
    page.goto(base_url + PRACTICE_PAGE)
    wait_for_service_worker(page)
    page.wait_for_timeout(2_000)


def checker_becomes_ready(page) -> None:
    page.evaluate("document.dispatchEvent(new CustomEvent('practice:checker-ready'))")


def test_the_guide_is_saved_only_once_the_checker_is_ready(page, base_url, server_log):
    visit_and_wait(page, base_url)
    assert guide_pages_asked_for(server_log) == [], "the guide was fetched before the checker was ready"
    checker_becomes_ready(page)
    deadline = time.monotonic() + 30
    while len(guide_pages_asked_for(server_log)) < len(GUIDE_PAGES):
        assert time.monotonic() < deadline, f"the guide was not saved: {guide_pages_asked_for(server_log)}"
        page.wait_for_timeout(200)


@pytest.mark.parametrize("path", ["", PRACTICE_PAGE])
def test_nothing_is_saved_in_the_background_under_save_data(context, page, base_url, server_log, path):
    context.add_init_script(SAVE_DATA)
    page.goto(base_url + path)
    wait_for_service_worker(page)
    checker_becomes_ready(page)
    page.wait_for_timeout(3_000)
    asked = [asked for asked in guide_pages_asked_for(server_log) if asked.split("?")[0] != "/" + path]
    assert asked == [], "the guide was saved although the browser asks to save data"


# A phone slow to start the service worker: ready only after 11 s (a press of Save waits 10 s for it).
SLOW_SERVICE_WORKER = """{
    const ready = Object.getOwnPropertyDescriptor(ServiceWorkerContainer.prototype, 'ready').get;
    Object.defineProperty(ServiceWorkerContainer.prototype, 'ready', {
        get() { return ready.call(this).then((registration) => new Promise((resolve) => setTimeout(resolve, 11_000, registration))); },
    });
}"""


def test_a_service_worker_slow_to_start_still_saves_the_guide(context, page, base_url, server_log):
    context.add_init_script(SLOW_SERVICE_WORKER)
    page.goto(base_url)
    deadline = time.monotonic() + 45
    while len(guide_pages_asked_for(server_log)) < len(GUIDE_PAGES):
        assert time.monotonic() < deadline, f"the guide was not saved: {guide_pages_asked_for(server_log)}"
        page.wait_for_timeout(200)
