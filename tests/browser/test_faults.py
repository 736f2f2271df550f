"""The practice page's promises under faults: no script, a slow script, a failing download,
a full disk, leaving and coming back. Nothing typed leaves or stays; every failure is visible."""

import re
import sqlite3
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from ..unit.answers import VALID
from .conftest import CHECKER_TIMEOUT_MS, launch_options, new_tab
from .offline_helpers import wait_for_service_worker
from .practice_helpers import confirm, fill, open_practice, practice_url, sms_code, start_checker, submit

TYPED = {"first_name": "Zeynepfault", "last_name": "Karakfault", "id_number": "99876543292",
         "birth_date": "07.08.1991", "email": "fault@example.com", "card_number": "8765432187654321",
         "phone": "0543 987 65 43", "hes_code": "Q9W8-E7R6-T5"}
RUNTIME = re.compile(r"/assets/pyodide/[^?]*$")


def try_to_send(page) -> None:
    """What a person does with a form whose script is not running: type, press Enter, press the button."""
    fields = [page.locator(f"#f-{field_id}") for field_id in TYPED]
    fields = [field for field in fields if field.count() and field.is_visible()]
    for field, value in zip(fields, TYPED.values()):
        if field.is_enabled():
            field.fill(value)
            field.press("Enter")
    page.locator("button.practice-button").click(force=True)
    page.wait_for_timeout(500)


def assert_nothing_left(page, server_log) -> None:
    assert not [address for address in server_log if "?" in address], server_log
    assert "?" not in page.url
    for value in TYPED.values():
        assert not any(value in address or value.replace(" ", "+") in address for address in server_log)


def test_with_javascript_off_the_form_cannot_send_and_says_why(browser, base_url, server_log):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(practice_url(base_url, "istanbul", "ar"))
        expect(page.locator("#f-first_name")).to_be_disabled()
        expect(page.locator("button.practice-button")).to_be_disabled()
        expect(page.locator(".practice__noscript")).to_contain_text("JavaScript")
        try_to_send(page)
        assert_nothing_left(page, server_log)
    finally:
        context.close()


def test_when_the_page_script_cannot_load_nothing_is_sent(page, base_url, server_log):
    page.route(re.compile(r"/assets/practice/practice\.\w+\.js$"), lambda route: route.abort())
    page.goto(practice_url(base_url, "gaziantep", "en"))
    expect(page.locator("button.practice-button")).to_be_disabled()
    try_to_send(page)
    assert_nothing_left(page, server_log)


def test_a_slow_page_script_leaves_the_form_closed_until_it_runs(page, base_url, server_log):
    def slowly(route):
        page.wait_for_timeout(4_000)
        route.continue_()

    page.route(re.compile(r"/assets/practice/practice\.\w+\.js$"), slowly)
    page.goto(practice_url(base_url, "gaziantep", "tr"), wait_until="commit")
    expect(page.locator("#f-card_number")).to_be_visible()
    expect(page.locator("#f-card_number")).to_be_disabled()
    page.locator("button.practice-button").click(force=True)
    # Once the script runs, the form opens and Enter goes to the checker, not to the server.
    expect(page.locator("#f-card_number")).to_be_enabled(timeout=20_000)
    page.locator("#f-card_number").fill(TYPED["card_number"])
    page.locator("#f-card_number").press("Enter")
    page.wait_for_timeout(500)
    assert_nothing_left(page, server_log)


def test_practice_answers_do_not_feed_the_browsers_autofill_store(playwright, base_url, tmp_path):
    profile = tmp_path / "profile"
    context = playwright.chromium.launch_persistent_context(profile, **launch_options(), viewport={"width": 412, "height": 915})
    try:
        page = context.pages[0] if context.pages else context.new_page()
        open_practice(page, base_url, "istanbul", "en")
        fill(page, "istanbul", VALID["istanbul"] | TYPED)
        submit(page)
        confirm(page, sms_code(page))
        expect(page.locator("#done-title")).to_be_visible()
        page.goto(base_url)
        page.wait_for_timeout(1_000)
    finally:
        context.close()
    stored = ""
    for database in profile.rglob("Web Data"):
        with sqlite3.connect(database) as connection:
            for (table,) in connection.execute("select name from sqlite_master where type='table'"):
                for row in connection.execute(f'select * from "{table}"'):
                    stored += " ".join(str(cell) for cell in row) + "\n"
    for value in TYPED.values():
        assert value not in stored and value.replace(" ", "") not in stored, value


def test_leaving_and_coming_back_shows_an_empty_form(page, base_url):
    open_practice(page, base_url, "gaziantep", "ar")
    fill(page, "gaziantep", VALID["gaziantep"] | {"hes_code": TYPED["hes_code"], "phone": TYPED["phone"]})
    submit(page)
    code = sms_code(page)
    page.locator("#f-sms_code").fill(code)
    page.goto(base_url + "ar/")
    page.go_back()
    expect(page.locator("#practice-form")).to_be_visible()
    expect(page.locator("#practice-sms")).to_be_hidden()
    for control in page.locator("#practice-form input[type=text], #practice-form input[type=tel]").all():
        expect(control).to_have_value("")
    expect(page.locator("#f-sms_code")).to_have_value("")
    expect(page.locator("[data-sms-message]")).to_have_text("")
    assert code not in page.content()


def test_two_quick_presses_check_once_and_send_one_code(practice):
    page = practice("gaziantep", "en").page
    checks = int(page.locator(".practice").get_attribute("data-checks") or "0")
    fill(page, "gaziantep", VALID["gaziantep"])
    page.locator("button.practice-button").dblclick()
    expect(page.locator("#practice-sms")).to_be_visible()
    page.wait_for_timeout(500)
    assert page.locator(".practice").get_attribute("data-checks") == str(checks + 1)


@pytest.fixture
def phone_without_service_worker(browser):
    """A phone whose browser runs no service worker: its own download is the one that fails."""
    context = browser.new_context(service_workers="block")
    with new_tab(context) as page:
        yield page
    context.close()


def test_a_failed_download_stays_visible_and_try_again_recovers_without_reloading(phone_without_service_worker, base_url):
    page = phone_without_service_worker
    failing = {"on": True}
    page.route(re.compile(r"pyodide\.asm\.wasm$"), lambda route: route.abort() if failing["on"] else route.continue_())
    page.goto(practice_url(base_url, "antalya", "en"))
    page.evaluate("window.sameDocument = true")
    start_checker(page)
    expect(page.locator(".practice")).to_have_attribute("data-checker", "failed", timeout=CHECKER_TIMEOUT_MS)
    status = page.locator("[data-status]")
    expect(status).to_contain_text("could not be downloaded")
    # Pressing the form's button does not hide the failure: it shows it again beside the button.
    fill(page, "antalya", VALID["antalya"])
    page.locator("button.practice-button").click()
    expect(page.locator("[data-waiting]")).to_contain_text("could not be downloaded")
    expect(status).to_contain_text("could not be downloaded")
    failing["on"] = False
    page.locator("[data-retry]").click()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    # The answers that were waiting are checked as soon as the checker is ready, on the same page.
    expect(page.locator("#practice-sms")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    assert page.evaluate("window.sameDocument") is True


def test_a_checker_that_crashes_ends_in_a_visible_message(page, base_url):
    open_practice(page, base_url, "gaziantep", "tr")
    # The worker dies (as a worker does when its memory runs out): the page must not wait forever.
    page.evaluate("""() => {
        const original = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (message) {
            if (message.type === "request" && message.request.type === "check") { this.terminate(); this.onerror(new ErrorEvent("error")); return; }
            return original.call(this, message);
        };
    }""")
    fill(page, "gaziantep", VALID["gaziantep"])
    page.locator("button.practice-button").click()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "failed")
    expect(page.locator("[data-waiting]")).to_be_visible()
    expect(page.locator("[data-retry]")).to_be_visible()


def test_low_storage_never_stops_practice_and_saving_says_it_is_space(page, context, base_url):
    page.goto(base_url + "ar/")
    wait_for_service_worker(page)
    session = context.new_cdp_session(page)
    session.send("Storage.overrideQuotaForOrigin", {"origin": base_url.rstrip("/"), "quotaSize": 3 * 1024 * 1024})
    open_practice(page, base_url, "istanbul", "ar")
    page.locator("[data-offline-part=practice] [data-save]").click()
    expect(page.locator("[data-offline-status]")).to_contain_text("لا توجد مساحة فارغة كافية", timeout=60_000)


def test_each_runtime_file_crosses_the_network_once_then_never(page, base_url, server_log):
    open_practice(page, base_url, "national", "ar")
    first = [address for address in server_log if RUNTIME.search(address)]
    assert first and len(first) == len(set(first)), sorted(first)
    server_log.clear()
    page.reload()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    assert not [address for address in server_log if RUNTIME.search(address)]


def test_a_practice_page_downloads_nothing_until_the_person_starts(page, base_url, server_log):
    page.goto(practice_url(base_url, "istanbul", "tr"))
    expect(page.locator("[data-prepare]")).to_be_visible()
    # In Turkish, with a decimal comma.
    expect(page.locator("[data-prepare]")).to_contain_text(re.compile(r"\(\d+,\d MB\)"))
    page.wait_for_timeout(1_500)
    assert not [address for address in server_log if "pyodide" in address]
    page.locator("[data-prepare]").click()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)


def test_with_data_saver_on_only_the_button_starts_the_download(page, base_url, server_log):
    page.add_init_script("Object.defineProperty(navigator, 'connection', {value: {saveData: true}})")
    page.goto(practice_url(base_url, "istanbul", "ar"))
    expect(page.locator("[data-prepare]")).to_be_visible()
    page.locator("#f-first_name").fill("Ahmad")
    page.wait_for_timeout(1_000)
    assert not [address for address in server_log if "pyodide" in address]
    expect(page.locator("[data-status]")).to_contain_text("توفير البيانات")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_save_buttons_answer_when_the_service_worker_cannot_start(page, base_url, lang):
    # A service worker that never becomes active (its install keeps failing, or it hangs).
    page.add_init_script("navigator.serviceWorker.register = () => new Promise(() => {})")
    # The page's clock is Playwright's: the seconds the page gives the service worker pass at once.
    page.clock.install()
    page.goto(base_url + ("" if lang == "en" else f"{lang}/"))
    page.locator("[data-offline-part=all] [data-save]").click()
    status = page.locator("[data-offline-status]")
    expect(status).not_to_be_empty()
    expect(status).not_to_have_text(re.compile("not available|غير متاح"))
    page.clock.run_for(30_000)
    expect(status).to_have_text(re.compile("not available|غير متاح"))


def test_nothing_outside_the_site_is_asked_for_on_a_tour(page, base_url):
    host = urlparse(base_url).netloc
    outside, errors = [], []
    page.on("request", lambda request: outside.append(request.url) if urlparse(request.url).netloc != host else None)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for path in ("", "ar/", "ar/istanbul/", "tr/gaziantep/", "other-provinces/"):
        page.goto(base_url + path)
        page.wait_for_timeout(300)
    assert outside == [] and errors == []
