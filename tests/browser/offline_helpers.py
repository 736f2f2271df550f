"""Waiting for the service worker and its caches, as the tests of offline use need."""

import time

from playwright.sync_api import Page, expect


def wait_for_service_worker(page: Page, seconds: float = 30) -> None:
    # Polled from here: page.wait_for_function evaluates a string, which the site's CSP refuses.
    deadline = time.monotonic() + seconds
    while not page.evaluate("() => navigator.serviceWorker.controller !== null"):
        assert time.monotonic() < deadline, "no service worker took control of the page"
        page.wait_for_timeout(100)


def save(page: Page, part: str) -> None:
    """Press the "Save" button of a part of the "Save for offline use" panel and wait until it is saved."""
    button = page.locator(f"[data-offline-part={part}] [data-save]")
    expect(button).to_be_enabled(timeout=30_000)
    button.click()
    expect(button).to_be_disabled(timeout=120_000)


def wait_until_saved(page: Page, part: str) -> None:
    expect(page.locator(f"[data-offline-part={part}] [data-save]")).to_be_disabled(timeout=60_000)


def cache_names(page: Page) -> list[str]:
    return page.evaluate("caches.keys()")


def cached_urls(page: Page) -> list[str]:
    return page.evaluate("""async () => {
        const urls = [];
        for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
    }""")
