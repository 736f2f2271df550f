"""Practising every form in every language, end to end, in Debian's Chromium."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

import simulator
from simulator import browser as engine_api
from simulator.forms import form_ids, load

from ..site.conftest import DEFAULT_LANGUAGE, LANGUAGES, RTL_LANGUAGES, TRANSLATED, site_say
from ..unit.answers import VALID, WRONG
from .conftest import CHECKER_TIMEOUT_MS, PHONE
from .keyboard_helpers import expect_end_lists, expect_warnings_stop
from .practice_helpers import confirm, fill, open_practice, practice_url, sms_code, submit


# The forms filled on one page before their SMS code (the HES forms): these tests fill that page at
# once. The forms of several stages are practised stage by stage in test_forms_of_today.py and
# test_staged_form.py.
ONE_PAGE_FORMS = tuple(form_id for form_id in form_ids()
                       if sum(stage.kind == "fields" for stage in load(form_id).stages) == 1)


def typed_values(form_id, answers):
    """What the person typed (not ticks or picks from a list), with and without its spaces."""
    typed = [value for key, value in answers.items()
             if not load(form_id).field(key).tickable and load(form_id).field(key).kind not in ("choice", "province")]
    return typed + [value.replace(" ", "") for value in typed]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form_id", ONE_PAGE_FORMS)
def test_a_whole_practice_session_stays_on_the_device(practice, base_url, form_id, lang):
    host = urlparse(base_url).netloc
    # Everything the page asked for and logged since it was opened, the runtime's download included.
    opened = practice(form_id, lang)
    page, requests, console = opened.page, opened.requests, opened.console
    fill(page, form_id, VALID[form_id])
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    expect(page.locator("#sms-title")).to_be_focused()
    code = sms_code(page)
    confirm(page, code)
    expect(page.locator("#done-title")).to_have_text(site_say("done.title", lang))
    expect(page.locator("#done-title")).to_be_focused()

    assert requests and all(urlparse(url).netloc == host for url, _ in requests), requests
    for value in typed_values(form_id, VALID[form_id]) + [code]:
        assert not any(value in url or value in body for url, body in requests), value
        assert not any(value in line for line in console), value
    assert code not in page.url and "?" not in page.url
    assert not [line for line in console if "Content Security Policy" in line]


@pytest.mark.parametrize("form_id", ONE_PAGE_FORMS)
def test_each_wrong_answer_is_summarised_linked_and_kept(practice, form_id):
    page = practice(form_id, "en").page
    for field in load(form_id).fields:
        if field.id not in VALID[form_id]:
            continue
        wrong = WRONG[field.kind][0] if not field.tickable and field.kind not in ("choice", "province") else ""
        answers = VALID[form_id] | {field.id: wrong}
        expected = simulator.validate(form_id, answers, "en").errors[field.id]
        fill(page, form_id, answers)
        submit(page)

        summary = page.locator("#practice-summary")
        expect(summary).to_be_visible()
        expect(summary).to_be_focused()
        expect(summary.locator("h2")).to_have_text(site_say("practice.problem", "en"))
        links = summary.locator("a")
        expect(links).to_have_count(1)
        expect(links.first).to_have_text(expected)
        expect(page.locator(f"#error-{field.id}")).to_contain_text(expected)
        expect(page.locator(f"#error-{field.id} .practice-visually-hidden")).to_have_text("Error: ")
        assert page.title().startswith("Error: ")

        links.first.click()
        focused = page.evaluate("document.activeElement.id")
        assert focused.startswith(f"f-{field.id}"), focused
        if wrong:
            expect(page.locator(f"#f-{field.id}")).to_have_value(wrong)
            described = page.locator(f"#f-{field.id}").get_attribute("aria-describedby")
            assert f"error-{field.id}" in described.split()
        for other, value in VALID[form_id].items():
            if other != field.id and value not in ("on", "") and load(form_id).field(other).kind not in ("choice", "province"):
                expect(page.locator(f"#f-{other}")).to_have_value(value)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_messages_are_in_the_readers_language(practice, lang):
    page = practice("gaziantep", lang).page
    fill(page, "gaziantep", VALID["gaziantep"] | {"phone": "+963 944 123 456"})
    submit(page)
    expected = simulator.validate("gaziantep", {"phone": "+963 944 123 456"}, lang).errors["phone"]
    expect(page.locator("#practice-summary h2")).to_have_text(site_say("practice.problem", lang))
    expect(page.locator("#practice-summary a")).to_have_text(expected)


EASTERN_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_eastern_digits_pass_in_every_number_field_after_one_stop_and_the_end_lists_them(practice, lang):
    # Arabic-Indic digits on the Arabic page (where they were seen), Persian ones on the Persian page; the
    # phone also without its 0. Each is taken with a warning: the form stops once to show them, and the end
    # lists each under its Turkish label with what was typed and what to type on the real site.
    page = practice("istanbul", lang).page
    own = str.maketrans("0123456789", EASTERN_DIGITS[lang])
    answers = VALID["istanbul"] | {field: value.translate(own) for field, value in {
        "id_number": "99123456740", "birth_date": "05.03.1990", "card_number": "1234 5678 9012 3456",
        "phone": "532 123 45 67", "hes_code": "A1B2-3456-78"}.items()}
    fill(page, "istanbul", answers)
    submit(page)
    warned = engine_api.Session().answer({"type": "check", "form": "istanbul", "stage": "form", "lang": lang,
                                                 "answers": answers})["warned"]
    assert [item["field"] for item in warned] == ["id_number", "birth_date", "card_number", "phone", "hes_code"]
    assert [item["label"] for item in warned] == [load("istanbul").field(item["field"]).label for item in warned]
    expect_warnings_stop(page, "form", warned, lang)
    expect(page.locator("#practice-sms")).to_be_hidden()
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    confirm(page, "".join(EASTERN_DIGITS[lang][int(digit)] for digit in sms_code(page)))
    expect(page.locator("#done-title")).to_be_visible()
    expect_end_lists(page, page.locator("#practice-done"), warned, lang)
    # What was typed and what to type instead are left-to-right runs of their own, drawn in the order typed:
    # the card number's four groups from left to right (Arabic-Indic digits with spaces would swap them).
    changes = page.locator("#practice-done .practice-done__change")
    expect(changes.first.locator(":scope > bdi[dir=ltr]")).to_have_text(["99123456740".translate(own), "99123456740"])
    typed_card = changes.nth(2).locator(":scope > bdi[dir=ltr]").first
    expect(typed_card).to_have_text("1234 5678 9012 3456".translate(own))
    lefts = typed_card.evaluate("""typed => { const walker = document.createTreeWalker(typed, NodeFilter.SHOW_TEXT);
        const lefts = []; for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const group of node.textContent.matchAll(/\\S+/g)) {
            const range = document.createRange(); range.setStart(node, group.index); range.setEnd(node, group.index + group[0].length);
            lefts.push(range.getBoundingClientRect().left); } }
        return lefts; }""")
    assert len(lefts) == 4 and lefts == sorted(lefts), lefts


# A Solar Hijri date of birth as an Iranian types it: 27 Ordibehesht 1369, or (read as lunar Hijri) 1949.
@pytest.mark.parametrize(("lang", "likelier", "other"), [("fa", "17.05.1990", "19.12.1949"),
                                                         ("ar", "19.12.1949", "17.05.1990")])
def test_a_birth_date_of_the_readers_calendar_is_answered_with_the_gregorian_date_to_type(practice, lang, likelier,
                                                                                          other):
    """Refused as before (İstanbul's 120-year rule), but in words that give the date to type on the portal:
    each reading with its Gregorian date, the one a reader of this language more likely means first."""
    page = practice("istanbul", lang).page
    answers = VALID["istanbul"] | {"birth_date": "۱۳۶۹/۰۲/۲۷"}
    fill(page, "istanbul", answers)
    submit(page)
    expected = simulator.validate("istanbul", answers, lang).errors["birth_date"]
    message = page.locator("#error-birth_date")
    expect(message).to_be_visible()
    expect(message).to_contain_text(expected)
    shown = message.inner_text()
    assert shown.index(likelier) < shown.index(other) and "120" not in shown
    expect(page.locator("#practice-summary a")).to_have_text(expected)
    expect(page.locator("#practice-sms")).to_be_hidden()


def test_istanbul_passport_box_swaps_the_identity_number_for_the_passport(practice):
    page = practice("istanbul", "en").page
    expect(page.locator("#group-passport_number")).to_be_hidden()
    page.locator("#f-use_passport").check()
    expect(page.locator("#group-passport_number")).to_be_visible()
    expect(page.locator("#group-id_number")).to_be_hidden()
    fields = page.locator(".practice-form .practice-field:visible input:not([type=checkbox])")
    expect(fields.first).to_have_id("f-passport_number")
    fill(page, "istanbul", VALID["istanbul"] | {"use_passport": "on", "passport_number": "U1234 5678"})
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()


def test_national_form_choice_and_province_list(practice):
    page = practice("national", "en").page
    expect(page.locator("#f-province-select option")).to_have_count(82)
    fill(page, "national", VALID["national"] | {"citizenship": "tc"})
    submit(page)
    warning = simulator.validate("national", VALID["national"] | {"citizenship": "tc"}).warnings["id_number"]
    expect(page.locator("#practice-checks")).to_contain_text(warning)
    expect(page.locator("#practice-sms")).to_be_hidden()
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    page.locator("#practice-sms [data-restart]").click()
    # Starting again empties the form. Choosing Diğer shows the fields the spec asks of a foreign
    # resident (its conditions read "citizenship=other"), and the engine accepts the completed form.
    expect(page.locator("#f-id_number")).to_have_value("")
    page.locator("#f-citizenship-other").check()
    form = load("national")
    for field in form.fields:
        shown = field.applies({"citizenship": "other"})
        expect(page.locator(f"#group-{field.id}")).to_be_visible() if shown else \
            expect(page.locator(f"#group-{field.id}")).to_be_hidden()
    fill(page, "national", VALID["national"] | {"citizenship": "other"})
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    expect(page.locator("#practice-checks")).to_be_hidden()


@pytest.mark.parametrize("lang, typed, shown, istanbul", [
    ("ar", "هاتاي", "31 Hatay هاتاي", "إسطنبول"), ("fa", "هاتای", "31 Hatay هاتای", "استانبول")])
def test_a_province_is_found_and_shown_in_the_readers_language(practice, lang, typed, shown, istanbul):
    """İl in Arabic or Persian: a province found by its name in the reader's language, shown with its
    Turkish name (what the portal writes); İstanbul, chosen by its Turkish name, says the city had its own
    form and leads to its practice page, in the same language."""
    practising = practice("national", lang)
    page = practising.page
    page.locator("#f-citizenship-other").check()
    box = page.locator("#f-province")
    box.fill(typed)
    option = page.locator("#group-province [role=option]").first
    expect(option).to_have_text(shown)
    expect(option.locator("[lang=tr]")).to_have_text("31 Hatay")
    option.click()
    expect(box).to_have_value("31 Hatay")
    expect(page.locator("#group-province .practice-note:visible")).to_have_count(0)
    box.fill("İstanbul")
    box.blur()
    note = page.locator("#group-province .practice-note:visible")
    expect(note).to_have_count(1)
    expect(note).to_contain_text(istanbul)
    link = note.locator("a")
    expect(link).to_contain_text(istanbul)
    link.click()
    page.wait_for_url(practice_url(practising.url.split(f"{lang}/")[0], "istanbul", lang))
    expect(page.locator("html")).to_have_attribute("lang", lang)


def test_wrong_codes_count_down_and_sending_again_gives_a_new_code(practice):
    page = practice("gaziantep", "en").page
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    first = sms_code(page)
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"Time left: [23]:\d\d"))
    wrong = "000000" if first != "000000" else "111111"
    confirm(page, wrong)
    expect(page.locator("#error-sms_code")).to_contain_text("You have 2 tries left")
    confirm(page, wrong)
    expect(page.locator("#error-sms_code")).to_contain_text("You have 1 try left")
    page.locator("[data-send-again]").click()
    expect(page.locator("#error-sms_code")).to_be_hidden()
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_visible()


def test_the_whole_form_works_by_keyboard(practice):
    page = practice("gaziantep", "en").page
    page.locator("#f-card_number").focus()
    page.keyboard.type(VALID["gaziantep"]["card_number"])
    page.keyboard.press("Tab")
    page.keyboard.type(VALID["gaziantep"]["phone"])
    page.keyboard.press("Tab")
    page.keyboard.type(VALID["gaziantep"]["hes_code"])
    page.keyboard.press("Tab")
    expect(page.locator("#f-consent_1")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator("button.practice-button")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#sms-title")).to_be_focused()
    code = sms_code(page)
    page.keyboard.press("Tab")
    expect(page.locator("#f-sms_code")).to_be_focused()
    page.keyboard.type(code)
    page.keyboard.press("Enter")
    expect(page.locator("#done-title")).to_be_focused()


def test_arabic_practice_form_keeps_the_portals_layout_with_arabic_explanations(practice):
    page = practice("istanbul", "ar").page
    style = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
    # The form is laid out as on the Turkish portal: left to right, boxes and button on the left.
    assert page.evaluate(style, ".practice-form") == "ltr"
    assert page.evaluate(style, "#f-phone") == "ltr"
    expect(page.locator("label[for=f-phone] bdi")).to_have_attribute("lang", "tr")
    # What each field means, its hint and its messages read right to left, in Arabic.
    assert page.evaluate(style, "label[for=f-phone] .practice-field__meaning") == "rtl"
    assert page.evaluate(style, "#hint-phone") == "rtl"
    assert page.evaluate(style, "#error-phone") == "rtl"
    box = page.locator("#f-use_passport").bounding_box()
    button = page.locator("button.practice-button").bounding_box()
    form = page.locator("#practice-form").bounding_box()
    assert box["x"] - form["x"] < 5 and button["x"] - form["x"] < 5
    expect(page.locator(".practice__frame")).to_contain_text("للتدريب فقط — لا يُرسل ولا يُحفظ أي شيء تكتبه")


def test_inputs_bring_up_the_right_keyboard(practice):
    page = practice("istanbul", "en").page
    expect(page.locator("#f-phone")).to_have_attribute("type", "tel")
    expect(page.locator("#f-id_number")).to_have_attribute("inputmode", "numeric")
    expect(page.locator("#f-card_number")).to_have_attribute("inputmode", "numeric")
    expect(page.locator("#f-email")).to_have_attribute("type", "email")
    # Practice answers are not offered to the browser's autofill store.
    for control in page.locator("#practice-form input:not([type=checkbox]):not([type=radio]), #practice-form select").all():
        expect(control).to_have_attribute("autocomplete", "off")


@pytest.fixture(scope="module")
def reader(browser):
    """One phone for the file's tests that only read a practice page, taking its tab in turn."""
    context = browser.new_context(**PHONE)
    yield context
    context.close()


@pytest.fixture
def reading(reader, kept_tabs):
    return kept_tabs.take(reader)


def test_without_webassembly_the_page_says_so_and_the_form_stays(page, base_url):
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(practice_url(base_url, "gaziantep", "en"))
    expect(page.locator("[data-status]")).to_contain_text("cannot run on this browser")
    expect(page.locator("#f-card_number")).to_be_visible()


def test_guide_pages_never_load_the_checker(page, base_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("", "istanbul/", "ar/gaziantep/", "tr/other-provinces/"):
        page.goto(base_url + path)
    assert not [url for url in requests if "pyodide" in url or "practice" in url]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_practice_page_says_before_the_form_that_the_rule_ended_and_this_is_practice(reading, base_url, lang):
    page = reading
    page.goto(practice_url(base_url, "istanbul", lang))
    notice = page.locator(".practice__frame")
    expect(notice).to_contain_text("2022")
    assert notice.bounding_box()["y"] < page.locator("#practice-form").bounding_box()["y"]
    assert page.evaluate("""() => {
        const notice = document.querySelector(".practice__frame");
        return notice.compareDocumentPosition(document.getElementById("practice-form")) & Node.DOCUMENT_POSITION_FOLLOWING;
    }""")


def test_pressing_the_button_before_the_checker_is_ready_waits_visibly_at_the_button(page, base_url):
    # A slow network: the runtime takes its time.
    page.route("**/pyodide.asm.wasm", lambda route: (page.wait_for_timeout(3_000), route.continue_()))
    page.goto(practice_url(base_url, "gaziantep", "en"))
    fill(page, "gaziantep", VALID["gaziantep"])
    page.locator("button.practice-button").click()
    waiting = page.locator("[data-waiting]")
    expect(waiting).to_be_visible()
    expect(waiting).to_contain_text("checked as soon as the checker is ready")
    expect(page.locator("button.practice-button")).to_have_attribute("aria-busy", "true")
    button, message = page.locator("button.practice-button").bounding_box(), waiting.bounding_box()
    assert abs(message["y"] - button["y"]) < 200
    expect(page.locator("#practice-sms")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect(waiting).to_be_hidden()


def test_after_three_wrong_codes_the_only_way_on_is_a_new_code(practice):
    page = practice("gaziantep", "ar").page
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    first = sms_code(page)
    wrong = "000000" if first != "000000" else "111111"
    for _ in range(3):
        confirm(page, wrong)
    expect(page.locator("#f-sms_code")).to_be_disabled()
    expect(page.locator("[data-confirm]")).to_be_disabled()
    expect(page.locator("#error-sms_code")).to_contain_text("أرسل الرمز مرة أخرى")
    expect(page.locator("[data-send-again]")).to_be_focused()
    page.locator("[data-send-again]").click()
    expect(page.locator("#f-sms_code")).to_be_enabled()
    second = sms_code(page)
    expect(page.locator("[data-countdown]")).to_contain_text(re.compile(r"[23]:\d\d"))
    confirm(page, second)
    expect(page.locator("#done-title")).to_be_visible()


def test_the_countdown_runs_and_is_announced_now_and_then(page, base_url):
    # The page's clock is Playwright's: two seconds pass at once instead of being waited for.
    page.clock.install()
    open_practice(page, base_url, "gaziantep", "en")
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    countdown = page.locator("[data-countdown]")
    expect(countdown).to_have_text(re.compile(r"Time left: [23]:\d\d"))
    before = countdown.text_content()
    page.clock.run_for(2_200)
    assert countdown.text_content() != before
    expect(countdown).not_to_have_attribute("aria-live", re.compile("."))
    assert page.locator("[data-countdown-announcement]").get_attribute("aria-live") == "polite"


def test_the_end_lists_only_what_was_asked_without_repeating_labels(practice):
    page = practice("istanbul", "en").page
    fill(page, "istanbul", VALID["istanbul"])
    submit(page)
    confirm(page, sms_code(page))
    done = page.locator("#practice-done")
    expect(done).to_contain_text("no card was linked")
    asked = [field for field in load("istanbul").fields if not field.tickable and not field.only_if]
    texts = done.locator("li:visible").all_text_contents()
    assert len(texts) == len(asked)
    for field, text in zip(asked, texts):
        assert text.casefold().count(field.label.casefold()) == 1, text


def test_optional_fields_say_so_in_the_readers_language(reading, base_url):
    page = reading
    page.goto(practice_url(base_url, "istanbul", "ar"))
    expect(page.locator("label[for=f-email]")).to_contain_text("اختياري")


@pytest.mark.parametrize("lang", RTL_LANGUAGES[:1] + (DEFAULT_LANGUAGE,))
def test_a_rule_no_source_confirms_says_so_beside_its_message(practice, lang):
    """The card's length is not known (rules.toml: unknown): the error says the practice form is lenient;
    a confirmed rule (a foreign phone number) has no such note."""
    page = practice("gaziantep", lang).page
    answers = VALID["gaziantep"] | {"card_number": "123", "phone": "+963 944 123 456"}
    fill(page, "gaziantep", answers)
    submit(page)
    result = simulator.validate("gaziantep", answers, lang)
    assert result.confidence["card_number"] == "unknown" and result.confidence["phone"] == "confirmed"
    note = page.locator("#confidence-card_number")
    expect(note).to_be_visible()
    expect(note).to_have_text(result.confidence_notes["card_number"])
    expect(note).to_have_attribute("lang", lang)
    assert "confidence-card_number" in page.locator("#f-card_number").get_attribute("aria-describedby")
    expect(page.locator("#confidence-phone")).to_be_hidden()
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    expect(note).to_be_hidden()


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_stages_say_their_step_and_back_keeps_what_was_typed(practice, lang):
    page = practice("gaziantep", lang).page
    step = page.locator("#practice-stage-form [data-step]")
    expect(step).to_have_text(site_say("practice.stage.step", lang, number=1, total=2))
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    expect(page.locator("#sms-title")).to_be_focused()
    expect(page.locator("#practice-sms [data-step]")).to_have_text(site_say("practice.stage.step", lang, number=2, total=2))
    first = sms_code(page)
    page.locator("#practice-sms [data-back]").click()
    expect(page.locator("#practice-stage-form")).to_be_visible()
    expect(page.locator("#practice-sms")).to_be_hidden()
    expect(page.locator("#stage-form-title")).to_be_focused()
    for field_id, value in VALID["gaziantep"].items():
        if field_id != "consent_1":
            expect(page.locator(f"#f-{field_id}")).to_have_value(value)
    expect(page.locator("#f-consent_1")).to_be_checked()
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    expect(page.locator("[data-sms-message]")).not_to_have_text(re.compile(first))
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_focused()
