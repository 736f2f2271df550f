"""The built site served on 127.0.0.1 and Debian's Chromium driven by Playwright."""

import contextlib
import functools
import http.server
import threading
from pathlib import Path

import material
import pytest
from playwright.sync_api import expect, sync_playwright

from ..site.conftest import ROOT


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync",
                  # WebAssembly compiled by V8's baseline compiler only: the same behaviour, a quarter less CPU
                  # for each of the suite's Pyodide starts (the bench, bench/browser.py, measures the default).
                  "--js-flags=--liftoff-only"]
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


MATERIAL_ASSETS = Path(material.__file__).parent / "templates" / "assets"
# Material's style sheets, linked as a page made by a test (served by serve_pages) links them.
MATERIAL_STYLES = "".join(f'<link rel="stylesheet" href="material/stylesheets/{path.name}">'
                          for path in sorted((MATERIAL_ASSETS / "stylesheets").glob("*.min.css")))


def serve_pages(folder: Path, pages: dict[str, str], **links: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Pages made by a test (file name → HTML), served beside the site's assets (assets/), Material's
    (material/) and any other ``links`` (name → folder): the server and its base URL."""
    for name, target in {"assets": ROOT / "docs" / "assets", "material": MATERIAL_ASSETS, **links}.items():
        (folder / name).symlink_to(target)
    for name, html in pages.items():
        (folder / name).write_text(html, encoding="utf-8")
    return serve(folder)


@pytest.fixture(scope="session")
def site_server(site):
    """A server of the run's one build of the site (its pages' only absolute address, the canonical
    link, names the default site_url: nothing the browser follows)."""
    server, base_url = serve(site)
    server.base_url, server.folder = base_url, site
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


PHONE = {"viewport": {"width": 412, "height": 915}, "is_mobile": True, "has_touch": True}
SMALL_PHONE = {"width": 360, "height": 640}  # a viewport: where a long box is taller than the screen


@pytest.fixture
def context(browser):
    context = browser.new_context(**PHONE)
    yield context
    context.close()


@contextlib.contextmanager
def new_tab(context):
    """A new tab in ``context``, closed when the test is done (the phone may be one several tests share)."""
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        page.close()


FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        item.stash[FAILED] = True
    return report


class TabKeeper:
    """The one tab of each phone that its tests take in turn, as a reader follows links in one tab: a new
    tab costs Chromium a renderer process of its own (0.28 CPU-s here, more than a guide page's load).
    Each test starts by opening its page; a test that listens to its tab, routes its requests or adds
    scripts to it takes a tab of its own (``new_tab``). A tab whose test failed is closed, so that one
    failure cannot spread: the next test gets a new tab."""

    def __init__(self):
        self.tabs = {}  # phone → its tab
        self.taken = []  # the phones whose tab the running test took

    def take(self, context):
        self.tabs = {phone: tab for phone, tab in self.tabs.items() if not tab.is_closed()}
        if context in self.tabs:
            self.tabs[context].bring_to_front()  # a tab behind the phone's other tabs draws no frames
        else:
            self.tabs[context] = context.new_page()
            self.tabs[context].set_default_timeout(15_000)
        self.taken.append(context)
        return self.tabs[context]

    def give_back(self, failed: bool) -> None:
        for context in self.taken:
            if failed and context in self.tabs:
                self.tabs.pop(context).close()
        self.taken.clear()


@pytest.fixture(scope="session")
def tabs():
    return TabKeeper()


@pytest.fixture
def kept_tabs(request, tabs):
    """``kept_tabs.take(context)``: the tab of that phone (TabKeeper), closed if the test fails."""
    yield tabs
    tabs.give_back(request.node.stash.get(FAILED, False))


@pytest.fixture
def page(context, kept_tabs):
    """The test's tab on its phone: a phone of its own, unless its file shares one (a module-scoped
    ``context``), whose tests then take its one tab in turn."""
    return kept_tabs.take(context)


class PracticePage:
    """A practice page whose checker is ready, kept open in a tab of the session's practising phone for every
    test that needs only an empty form of it: the checker starts once per form and language, not once per
    test, and the phone is one reader's (its service worker saves each file once, as a reader's does).

    What the page asked for, logged and raised is written down from the moment it was opened, so a test
    that checks nothing leaves the device sees the runtime's download too (from the network, or from the
    files the phone saved)."""

    def __init__(self, context, base_url: str, form_id: str, lang: str):
        from .practice_helpers import open_practice

        self.form_id, self.lang = form_id, lang
        self.context = context
        self.page = context.new_page()
        self.page.set_default_timeout(15_000)
        self.requests: list[tuple[str, str]] = []  # (address, body)
        self.console: list[str] = []
        self.incidents: list[str] = []  # uncaught errors and dialogs (alert, confirm)
        self.page.on("request", lambda request: self.requests.append((request.url, request.post_data or "")))
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.on("pageerror", lambda error: self.incidents.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.incidents.append(dialog.message), dialog.dismiss()))
        open_practice(self.page, base_url, form_id, lang)
        self.url = self.page.url

    def rest(self) -> None:
        """Takes the focus off the page between tests, as a person puts the phone down: the caret blinking
        in a text box repaints the page twice a second, and a run keeps a dozen of these pages open."""
        try:
            self.page.evaluate("document.activeElement && document.activeElement.blur()")
        except Exception:
            pass

    def practise_again(self) -> bool:
        """Back to an empty form on the same page, as a person gets one: "Start again" on the SMS stage or
        "Practise again" at the end (from the form itself, by passing it first). False when this page
        cannot give one (it was left, or its checker is not ready): then it is not used again."""
        from .practice_helpers import fill, submit
        from ..unit.answers import VALID

        page = self.page
        try:
            if page.url != self.url or page.locator(".practice").get_attribute("data-checker") != "ready":
                return False
            if page.locator("#practice-stage-form").is_visible():
                fill(page, self.form_id, VALID[self.form_id])
                submit(page)
            page.locator(".practice-stage:visible [data-restart]").click(timeout=5_000)
            expect(page.locator("#practice-stage-form")).to_be_visible()
            expect(page.locator(".practice-stage:visible")).to_have_count(1)
            expect(page.locator("#practice-summary")).to_be_hidden()
            return True
        except Exception:
            return False

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="session")
def practice_pages(browser, base_url):
    """The open practice pages of the session, by (form, language), and the phone they are open on."""
    pages: dict[tuple[str, str], PracticePage] = {}
    context = browser.new_context(**PHONE)
    yield pages, context
    context.close()


@pytest.fixture
def practice(request, base_url, practice_pages):
    """``practice(form_id, lang)``: a practice page with an empty form and its checker ready, opened once
    in the session and given back empty by the page's own "Start again" for each test after the first.
    A page whose test failed is closed, so that one failure cannot spread to the next tests."""
    pages, phone = practice_pages
    used = []

    def open_(form_id: str, lang: str) -> PracticePage:
        key = (form_id, lang)
        warm = pages.get(key)
        if warm is not None:
            warm.page.bring_to_front()  # the tab the person looks at (a tab behind others draws no frames)
        if warm is not None and not warm.practise_again():
            warm.close()
            warm = None
        if warm is None:
            warm = pages[key] = PracticePage(phone, base_url, form_id, lang)
        used.append(key)
        return warm

    yield open_
    failed = request.node.stash.get(FAILED, False)
    for key in used:
        if key in pages and failed:
            pages.pop(key).close()
        elif key in pages:
            pages[key].rest()
