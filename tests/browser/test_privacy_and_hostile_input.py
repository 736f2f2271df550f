"""Nothing typed is kept anywhere, and hostile input neither runs nor breaks the page."""

import pytest
from playwright.sync_api import expect

import simulator
from simulator.forms import load

from ..unit.answers import VALID
from .offline_helpers import wait_for_service_worker
from .practice_helpers import confirm, fill, sms_code, submit
from .privacy_helpers import STORED_JS
from ..site.conftest import LANGUAGES

TYPED = {"first_name": "Zeynepuniqa", "last_name": "Karakuniqb", "id_number": "99876543292", "birth_date": "07.08.1991",
         "email": "uniqc@example.com", "card_number": "8765432187654321", "phone": "0543 987 65 43",
         "hes_code": "Q9W8-E7R6-T5"}
HOSTILE = [
    '<img src=x onerror="alert(1)">',
    '"><script>alert(2)</script>',
    "\u202eevil\u202c 99123456740",
    "😀🇹🇷" * 50,
    "A\x00B",
    "javascript:alert(3)",
    "9" * 100_000,
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_cookie_storage_cache_or_log_keeps_a_typed_value(practice, lang):
    # The page's console since it was opened, and its context's cookies, storage and caches.
    opened = practice("istanbul", lang)
    context, page, console = opened.context, opened.page, opened.console
    wait_for_service_worker(page)
    fill(page, "istanbul", VALID["istanbul"] | TYPED)
    submit(page)
    code = sms_code(page)
    confirm(page, code)
    expect(page.locator("#done-title")).to_be_visible()

    secrets = list(TYPED.values()) + [value.replace(" ", "") for value in TYPED.values()] + [code]
    stored = page.evaluate("""async () => ({
        local: JSON.stringify(Object.entries(localStorage)),
        session: JSON.stringify(Object.entries(sessionStorage)),
        databases: (await indexedDB.databases()).length,
        cookie: document.cookie,
    })""")
    assert stored == {"local": "[]", "session": "[]", "databases": 0, "cookie": ""}
    assert context.cookies() == []
    # Every cached address, and every cached body that is not byte for byte a file of the build.
    assert page.evaluate(STORED_JS, secrets)["found"] == []
    for secret in secrets:
        assert secret not in page.url
        assert not any(secret in line for line in console)

@pytest.mark.parametrize("form_id", ["istanbul", "national"])
def test_hostile_input_never_runs_and_the_messages_stay_right(practice, form_id):
    # Every dialog (an alert a payload would open) and uncaught error since the page was opened.
    opened = practice(form_id, "en")
    page, incidents = opened.page, opened.incidents
    text_fields = [field for field in load(form_id).fields
                   if not field.tickable and field.kind not in ("choice", "province") and not field.only_if]
    for payload in HOSTILE:
        answers = VALID[form_id] | {field.id: payload for field in text_fields}
        fill(page, form_id, answers)
        submit(page)
        expect(page.locator("#practice-summary")).to_be_visible()
        typed = {field.id: page.locator(f"#f-{field.id}").input_value() for field in text_fields}
        expected = simulator.validate(form_id, VALID[form_id] | typed, "en").errors
        shown = page.locator("#practice-summary a").all_text_contents()
        assert shown == list(expected.values())
        assert page.evaluate("document.querySelectorAll('img[src=x], .practice script:not([type])').length") == 0
        assert page.evaluate("1 + 1") == 2
    assert incidents == []
