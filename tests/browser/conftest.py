"""The built site served on 127.0.0.1 and Debian's Chromium driven by Playwright."""

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from ..site.conftest import build_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"]
CHECKER_TIMEOUT_MS = 90_000


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and writes down every address asked for (path and query), as a server log would."""

    def log_message(self, *args):
        pass

    def send_head(self):
        self.server.requests.append(self.path)
        return super().send_head()


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # A browser that stops a download (a test's abort, a closed page) is no error of the site.


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serves ``folder`` (built now or later) on a free port of 127.0.0.1; the server and its base URL.
    ``server.requests`` lists every address the server was asked for."""
    server = QuietServer(("127.0.0.1", 0), functools.partial(RecordingHandler, directory=folder))
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The server of the site built with its site_url set to where it is served."""
    folder = tmp_path_factory.mktemp("served")
    server, base_url = serve(folder)
    run = build_site(folder, site_url=base_url)
    assert run.returncode == 0, run.stderr[-4000:]
    server.base_url, server.folder = base_url, folder
    yield server
    server.shutdown()


@pytest.fixture(scope="session")
def served_site(site_server):
    """(base URL, folder) of the session's site."""
    return site_server.base_url, site_server.folder


@pytest.fixture(scope="session")
def base_url(served_site):
    return served_site[0]


@pytest.fixture
def server_log(site_server):
    """The addresses the session's server is asked for from now on."""
    site_server.requests.clear()
    return site_server.requests


def launch_options() -> dict:
    options = {"args": CHROMIUM_FLAGS}
    if Path(CHROMIUM).exists():
        options["executable_path"] = CHROMIUM
    return options


@pytest.fixture(scope="session")
def playwright():
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(**launch_options())
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
