"""The built site served on 127.0.0.1 and Debian's Chromium driven by Playwright."""

import functools
import http.server
import os
import socket
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from ..site.conftest import build_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"]
CHECKER_TIMEOUT_MS = 90_000


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """(base URL, folder): the site built with its site_url set to where it is served."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    folder = tmp_path_factory.mktemp("served")
    os.environ["SITE_URL"] = base_url
    try:
        run = build_site(folder)
    finally:
        del os.environ["SITE_URL"]
    assert run.returncode == 0, run.stderr[-4000:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base_url, Path(folder)
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(served_site):
    return served_site[0]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        options = {"args": CHROMIUM_FLAGS}
        if Path(CHROMIUM).exists():
            options["executable_path"] = CHROMIUM
        browser = playwright.chromium.launch(**options)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 412, "height": 915}, is_mobile=True, has_touch=True)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page
