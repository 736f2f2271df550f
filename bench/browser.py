"""What the bench does in Chromium (Playwright): visits, readiness, submits, network throttling over CDP."""

import time
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"]
# Slow 4G as the issue measured it: 1.6 Mbps down, 750 kbps up, 150 ms round trip.
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
READY_TIMEOUT_MS = 240_000
PRACTICE_READY = '.practice[data-checker="ready"]'
PRACTICE_FAILED = '.practice[data-checker="failed"]'
BARE_READY = 'body[data-ready="2"]'
FIRST_FIELD = "#practice-form :is(input, select, textarea):not([type=hidden])"


def new_context(browser, service_workers: str = "allow") -> BrowserContext:
    # A fresh context is a fresh profile: empty HTTP cache, no service worker, no saved code.
    return browser.new_context(viewport={"width": 412, "height": 915}, is_mobile=True, has_touch=True,
                               service_workers=service_workers)


def throttle(page: Page, conditions: dict | None) -> None:
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", conditions or
                 {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def start_practising(page: Page) -> None:
    """What a person does first: focus the form's first field (it starts the download where the page waits for that).

    The field may be disabled until the page script enables it, so wait for that; a visible
    "prepare" control is pressed as well, if the page shows one instead of starting on focus.
    """
    field = page.locator(FIRST_FIELD).first
    field.wait_for(state="visible", timeout=READY_TIMEOUT_MS)
    deadline = time.monotonic() + 30
    while not field.is_enabled() and time.monotonic() < deadline:
        time.sleep(0.05)
    field.focus()
    prepare = page.locator("[data-prepare]:visible")
    if prepare.count() and page.locator('.practice[data-checker="ready"], .practice[data-checker="loading"]').count() == 0:
        prepare.first.click()


# Notes the moment the checker says it is ready (the page's clock is this machine's), so that what
# the service worker fetches right after it is not counted as "until ready".
READY_MOMENT = """new MutationObserver((changes, observer) => {
    const root = document.querySelector(".practice");
    if (root?.dataset.checker === "ready" || document.body?.dataset.ready === "2") {
        document.documentElement.dataset.readyAt = String(Date.now() / 1000);
        observer.disconnect();
    }
}).observe(document, { attributes: true, subtree: true });"""


def ready_moment(page: Page) -> float:
    """When the page said it was ready (seconds since the epoch)."""
    return float(page.locator("html").get_attribute("data-ready-at"))


def seconds_until_ready(page: Page, url: str, bare: bool) -> float:
    """Seconds from the navigation's start to the checker's "ready" (ours) or 1+1 evaluated (bare)."""
    started = time.monotonic()
    page.goto(url, wait_until="domcontentloaded", timeout=READY_TIMEOUT_MS)
    if bare:
        page.wait_for_selector(BARE_READY, state="attached", timeout=READY_TIMEOUT_MS)
    else:
        start_practising(page)
        page.wait_for_selector(f"{PRACTICE_READY}, {PRACTICE_FAILED}", state="attached", timeout=READY_TIMEOUT_MS)
        if page.locator(PRACTICE_FAILED).count():
            raise RuntimeError(f"the checker failed to start at {url}")
    return time.monotonic() - started


def runtime_saved(page: Page, timeout_s: float = 120) -> bool:
    """Waits until the service worker holds the WebAssembly (the runtime saved for offline use)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        saved = page.evaluate("""async () => {
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) if (request.url.endsWith("pyodide.asm.wasm")) return true;
            }
            return false;
        }""")
        if saved:
            return True
        time.sleep(0.5)
    return False


def idle(read_requests, quiet_s: float = 3.0, timeout_s: float = 120) -> None:
    """Waits until the server has seen no new request for quiet_s seconds."""
    count, since = len(read_requests()), time.monotonic()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = len(read_requests())
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return


SUBMIT_AND_WAIT = """async () => {
    const root = document.querySelector(".practice");
    const summary = document.querySelector("#practice-summary");
    const form = document.querySelector("#practice-form");
    form.reset();
    summary.hidden = true;
    const before = root.dataset.checks;
    const shown = new Promise((resolve) => {
        const check = () => {
            if (!summary.hidden && summary.querySelector("li") && root.dataset.checks !== before) {
                observer.disconnect();
                // On screen: after the next frame is painted.
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
            }
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { attributes: true, childList: true, subtree: true });
    });
    const started = performance.now();
    form.requestSubmit();
    return (await shown) - started;
}"""


# A stage that passes: from the button press to the next stage's heading focused and painted.
STAGE_CHANGE = """async () => {
    const next = document.querySelector("#practice-sms [data-stage-heading]");
    const shown = new Promise((resolve) => {
        const check = () => {
            if (document.activeElement === next) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
            }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.querySelector(".practice"), { attributes: true, childList: true, subtree: true });
        next.addEventListener("focus", check, { once: true });
    });
    const started = performance.now();
    document.querySelector("#practice-form").requestSubmit();
    return (await shown) - started;
}"""
# The Gaziantep form's answers, which pass its one stage (its SMS stage comes next).
GAZIANTEP_ANSWERS = {"#f-card_number": "1234 5678 9012", "#f-phone": "0532 123 45 67", "#f-hes_code": "A1B2-3456-78"}


def stage_change_milliseconds(page: Page, count: int) -> list[float]:
    """The Gaziantep form passed `count` times: milliseconds until the SMS stage's heading has focus.
    Each time the answers are typed again after "Start again" (not timed)."""
    values = []
    for _ in range(count):
        for selector, answer in GAZIANTEP_ANSWERS.items():
            page.fill(selector, answer)
        page.check("#f-consent_1")
        values.append(page.evaluate(STAGE_CHANGE))
        page.locator("#practice-sms [data-restart]").click()
    return values


def submit_milliseconds(page: Page, count: int) -> list[float]:
    """Empty form submitted `count` times: milliseconds until the error summary is painted."""
    return [page.evaluate(SUBMIT_AND_WAIT) for _ in range(count)]


def screenshot(page: Page, path: Path) -> None:
    page.screenshot(path=str(path), full_page=False)
