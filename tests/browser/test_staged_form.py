"""The engine's staged fixture form (tests/fixtures/staged, practice_booking) reaches readers by data
alone and is practised for real: in the copy of the project with the fixture forms added as data
(tests/fixture_project.py, built and served once per session), in Chromium, on self-hosted Pyodide,
in Persian (right to left), by keyboard only (Tab and Shift+Tab to move, Space to tick and choose,
arrow keys in radio groups and the country list, Enter to press buttons): on every stage the
mistake a person really makes is named by the error summary, which takes the focus, and the stage
is not left; Back from the review keeps every answer; the end shows the application number the SMS
carried; nothing typed (nor the picture code, the SMS code or the day chosen) is in any request,
the storage, the address or the console. And its guide and practice page are in the menu, the home
page's table of forms and the footer's previous/next of every language."""

import re

from playwright.sync_api import expect

from simulator.messages import translate

from ..fixture_project import spec
from .conftest import CHECKER_TIMEOUT_MS

FORM = "practice_booking"
GUIDE = spec(FORM)["guide"]
LANG = "fa"


def active_matches(page, selector: str) -> bool:
    return page.evaluate("(selector) => !!document.activeElement?.matches(selector)", selector)


def tab_to(page, selector: str, *, backwards: bool = False, limit: int = 40) -> None:
    """Presses Tab (or Shift+Tab) until the focus is on ``selector``: it must be reached that way."""
    for _ in range(limit):
        if active_matches(page, selector):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    assert active_matches(page, selector), f"{selector} is not reached by {'Shift+' if backwards else ''}Tab"


def stage(page, stage_id: str):
    return page.locator(f'.practice-stage[data-stage="{stage_id}"]')


def press_stage_button(page, stage_id: str) -> None:
    """Tabs to the stage's portal button and presses Enter."""
    tab_to(page, f'.practice-stage[data-stage="{stage_id}"] .practice-button')
    page.keyboard.press("Enter")


def expect_opened(page, stage_id: str) -> None:
    expect(stage(page, stage_id)).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect(page.locator(f'.practice-stage[data-stage="{stage_id}"] [data-stage-heading]')).to_be_focused()


def expect_refused(page, stage_id: str, *messages: str) -> None:
    """The stage stays, alone, and the focused error summary names each problem."""
    summary = page.locator("#practice-summary")
    expect(summary).to_be_focused(timeout=CHECKER_TIMEOUT_MS)
    for message in messages:
        expect(summary.locator("a", has_text=message)).to_have_count(1)
    expect(stage(page, stage_id)).to_be_visible()
    expect(page.locator(".practice-stage:visible")).to_have_count(1)


def follow_summary_link(page, message: str) -> None:
    """From the focused summary, Tab to its link naming ``message`` and press Enter: to the field."""
    tab_to(page, "#practice-summary a")
    while message not in page.evaluate("document.activeElement.textContent"):
        page.keyboard.press("Tab")
        assert page.evaluate("!!document.activeElement.closest('#practice-summary')"), f"no link says {message}"
    page.keyboard.press("Enter")


def retype(page, text: str) -> None:
    """Replaces what the focused box holds, as a person selecting it all and typing would."""
    page.keyboard.press("Control+a")
    page.keyboard.type(text)


def choose_country(page, field_id: str, typed: str, expected: str) -> None:
    tab_to(page, f"#f-{field_id}")
    page.keyboard.type(typed)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator(f"#f-{field_id}")).to_have_value(expected)


def choose_option(page, field_id: str, value: str) -> None:
    """In a focused closed <select>, arrow down until ``value`` is chosen."""
    tab_to(page, f"#f-{field_id}")
    box = page.locator(f"#f-{field_id}")
    for _ in range(5):
        if box.input_value() == value:
            break
        page.keyboard.press("ArrowDown")
    expect(box).to_have_value(value)


def sms_message(page) -> tuple[str, str]:
    """The (SMS code, application number) of the message on the mock phone."""
    message = page.locator("[data-sms-message]")
    expect(message).to_have_text(re.compile(r"\d{4}-\d{2}-\d{7}"), timeout=CHECKER_TIMEOUT_MS)
    text = message.text_content()
    return re.search(r"(?<![\d-])\d{6}(?![\d-])", text).group(0), re.search(r"\d{4}-\d{2}-\d{7}", text).group(0)


def storage_and_caches(page) -> str:
    """Everything the page could have kept: local and session storage, cookies, Cache Storage's addresses."""
    kept = page.evaluate("""async () => {
        const cached = [];
        for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) cached.push(name + " " + request.url);
        }
        return JSON.stringify({local: {...localStorage}, session: {...sessionStorage}, cached});
    }""")
    return kept + repr(page.context.cookies())


def test_the_staged_fixture_form_is_practised_by_keyboard_to_its_end_in_persian(page, fixture_forms):
    requests, console = [], []
    page.on("request", lambda request: requests.append(request.url + " " + (request.post_data or "")))
    page.on("console", lambda message: console.append(message.text))
    fixture_forms.server.requests.clear()
    page.goto(f"{fixture_forms.base_url}{LANG}/{GUIDE}/practice/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    # Start: pressed with no choice made, then the choice by keyboard (arrows move within the group).
    tab_to(page, "#f-purpose-new")
    press_stage_button(page, "start")
    expect_refused(page, "start", "Choose whether you book a new appointment or continue an application")
    follow_summary_link(page, "Choose whether you book")
    expect(page.locator("#f-purpose-new")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#f-purpose-continue")).to_be_checked()
    page.keyboard.press("ArrowUp")
    expect(page.locator("#f-purpose-new")).to_be_checked()
    press_stage_button(page, "start")
    expect_opened(page, "person")
    expect(page.locator("#stage-person-title [data-step]")).to_have_text(re.compile(r"^مرحلهٔ 2 از \d$"))

    # Your details: the first name typed in Persian letters, as the portal refuses.
    typed = {"first_name": "علی", "last_name": "Rezaeiuniq", "phone": "0532 987 65 43"}
    tab_to(page, "#f-first_name")
    page.keyboard.type(typed["first_name"])
    tab_to(page, "#f-last_name")
    page.keyboard.type(typed["last_name"])
    choose_country(page, "nationality", "ایران", "İran")
    tab_to(page, "#f-phone")
    page.keyboard.type(typed["phone"])
    choose_option(page, "for_whom", "other")
    tab_to(page, "#f-notice")
    page.keyboard.press("Space")
    expect(page.locator("#f-notice")).to_be_checked()
    # What a screen reader says of the picture spells the code; it is typed as heard, in lower case.
    picture = page.locator("#group-security_code canvas")
    expect(picture).to_have_attribute("aria-label", re.compile(r"[A-Z0-9].*[A-Z0-9]"), timeout=CHECKER_TIMEOUT_MS)
    code = "".join(re.findall(r"[A-Z0-9]", picture.get_attribute("aria-label")))
    assert len(code) == 8, code
    tab_to(page, "#f-security_code")
    page.keyboard.type(code.lower())
    press_stage_button(page, "person")
    refused = page.locator("#practice-summary a")
    expect_refused(page, "person")
    expect(refused).to_have_count(1)
    expect(refused).to_have_attribute("href", "#f-first_name")
    refused_name = refused.text_content()
    follow_summary_link(page, refused_name)
    expect(page.locator("#f-first_name")).to_be_focused()
    retype(page, "Aliuniq")
    typed["first_name"] = "Aliuniq"
    press_stage_button(page, "person")
    expect_opened(page, "other_person")

    # The other person: the date of birth written month first, as some countries write it.
    other = {"other_first_name": "Sarauniq", "other_last_name": "Rezaeiuniq", "other_birth_date": "03.25.2015"}
    for field_id, value in other.items():
        tab_to(page, f"#f-{field_id}")
        page.keyboard.type(value)
    # Shift+Tab back to the country list, between the surname and the date.
    page.keyboard.press("Shift+Tab")
    expect(page.locator("#f-other_nationality")).to_be_focused()
    page.keyboard.type("افغان")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator("#f-other_nationality")).to_have_value("Afganistan")
    press_stage_button(page, "other_person")
    expect_refused(page, "other_person")
    expect(refused).to_have_count(1)
    expect(refused).to_have_attribute("href", "#f-other_birth_date")
    follow_summary_link(page, refused.text_content())
    expect(page.locator("#f-other_birth_date")).to_be_focused()
    retype(page, "05.03.2015")
    other["other_birth_date"] = "05.03.2015"
    press_stage_button(page, "other_person")
    expect_opened(page, "sms")

    # The SMS code: one digit mistyped, refused, the box focused again; then the code as sent.
    sms_code, application_number = sms_message(page)
    wrong_code = sms_code[:-1] + str((int(sms_code[-1]) + 1) % 10)
    tab_to(page, "#f-sms_code")
    page.keyboard.type(wrong_code)
    tab_to(page, "[data-confirm]")
    page.keyboard.press("Enter")
    expect(page.locator("#error-sms_code")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect(page.locator("#f-sms_code")).to_be_focused()
    expect(stage(page, "sms")).to_be_visible()
    retype(page, sms_code)
    page.keyboard.press("Enter")
    expect_opened(page, "day")

    # The day: pressed with nothing chosen; then a day and a time by Space and the arrow keys.
    days = page.locator("#group-appointment .practice-days__days input[type=radio]:not(:disabled)")
    expect(days.first).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    press_stage_button(page, "day")
    # The fixture's words that another form's catalogues translate are read in Persian.
    choose_a_day = translate("Choose a day and a time", LANG)
    expect_refused(page, "day", choose_a_day, "Tick the box to say you have read that the other person must come")
    follow_summary_link(page, choose_a_day)
    expect(days.first).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # the next day that can be chosen (full days are passed over)
    expect(days.nth(1)).to_be_checked()
    chosen_day = days.nth(1).get_attribute("value")
    times = page.locator("#group-appointment .practice-days__times input[type=radio]:not(:disabled)")
    expect(times.first).to_be_visible()
    tab_to(page, "#group-appointment .practice-days__times input[type=radio]:not(:disabled)")
    page.keyboard.press("Space")
    chosen = page.evaluate("document.activeElement.value")
    expect(page.locator(f'#group-appointment input[value="{chosen}"]')).to_be_checked()
    assert chosen.startswith(chosen_day), (chosen, chosen_day)
    tab_to(page, "#f-other_attends")
    page.keyboard.press("Space")
    press_stage_button(page, "day")
    expect_opened(page, "check")

    rows = page.locator(".practice-review__row")
    for answer in ("Aliuniq", "Rezaeiuniq", "İran", "Sarauniq", "Afganistan", "05.03.2015", "05329876543"):
        expect(rows.filter(has_text=answer).first).to_be_visible()

    # Back, stage by stage, to the start: every answer is still there.
    def back_from(stage_id: str, to: str) -> None:
        tab_to(page, f'.practice-stage[data-stage="{stage_id}"] [data-back]')
        page.keyboard.press("Enter")
        expect_opened(page, to)

    back_from("check", "day")
    expect(page.locator(f'#group-appointment input[value="{chosen}"]')).to_be_checked()
    expect(page.locator("#f-other_attends")).to_be_checked()
    back_from("day", "sms")
    new_code, _ = sms_message(page)
    back_from("sms", "other_person")
    for field_id, value in other.items():
        expect(page.locator(f"#f-{field_id}")).to_have_value(value)
    expect(page.locator("#f-other_nationality")).to_have_value("Afganistan")
    back_from("other_person", "person")
    for field_id, value in typed.items():
        expect(page.locator(f"#f-{field_id}")).to_have_value(value)
    expect(page.locator("#f-nationality")).to_have_value("İran")
    expect(page.locator("#f-for_whom")).to_have_value("other")
    expect(page.locator("#f-notice")).to_be_checked()
    back_from("person", "start")
    expect(page.locator("#f-purpose-new")).to_be_checked()

    # On again, by the buttons alone, to the end.
    press_stage_button(page, "start")
    expect_opened(page, "person")
    press_stage_button(page, "person")
    expect_opened(page, "other_person")
    press_stage_button(page, "other_person")
    expect_opened(page, "sms")
    newest_code, number_again = sms_message(page)
    assert number_again == application_number
    tab_to(page, "#f-sms_code")
    page.keyboard.type(newest_code)
    page.keyboard.press("Enter")
    expect_opened(page, "day")
    expect(page.locator(f'#group-appointment input[value="{chosen}"]')).to_be_checked()
    press_stage_button(page, "day")
    expect_opened(page, "check")
    press_stage_button(page, "check")
    expect(stage(page, "end")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect(page.locator("#done-title")).to_be_focused()
    expect(page.locator("[data-made-value]")).to_have_text(application_number)

    secrets = [*typed.values(), *other.values(), "علی", "03.25.2015", "05329876543", "ایران", "افغان",
               code, code.lower(), sms_code, wrong_code, new_code, newest_code, chosen, chosen_day]
    kept = storage_and_caches(page)
    for secret in secrets:
        assert not any(secret in request for request in requests), secret
        assert not any(secret in address for address in fixture_forms.server.requests), secret
        assert not any(secret in line for line in console), secret
        assert secret not in page.url and secret not in kept, secret
    assert "?" not in page.url and "#" not in page.url


def menu_links(html: str) -> list[str]:
    """The addresses the page's menu leads to, in the menu's order."""
    return re.findall(r'<a href="([^"#]*)" class="md-nav__link[^"]*"', html)


def footer_link(html: str, direction: str) -> str | None:
    """Where the footer's "previous" (``prev``) or "next" link leads."""
    found = re.search(rf'<a href="([^"]*)" class="md-footer__link md-footer__link--{direction}"', html)
    return found and found.group(1)


def test_the_staged_fixture_form_is_in_the_menu_the_home_table_and_the_footer_of_every_language(fixture_forms):
    after = spec("practice_single")["guide"]  # the fixture form after it in order
    for lang in fixture_forms.languages():
        home = fixture_forms.html(lang, "")
        menu = menu_links(home)
        assert f"{GUIDE}/" in menu, (lang, menu)
        assert menu.index(f"{GUIDE}/practice/") == menu.index(f"{GUIDE}/") + 1, (lang, menu)
        assert menu.index(f"{after}/") == menu.index(f"{GUIDE}/practice/") + 1, (lang, menu)
        for page in ("notes/", f"{GUIDE}/practice/"):
            assert menu_links(fixture_forms.html(lang, page)).count(f"../{GUIDE}/" if page == "notes/" else "../") >= 1, \
                f"the {lang} menu of {page} leads to the staged form's guide"
        row = re.search(rf'<a href="{GUIDE}/">(.*?)</a>', home)
        assert row and re.sub(r"<[^>]+>", "", row.group(1)) == "Staged booking", f"the {lang} home page's table"
        guide = fixture_forms.html(lang, f"{GUIDE}/")
        practice = fixture_forms.html(lang, f"{GUIDE}/practice/")
        assert footer_link(guide, "next") == "practice/", lang
        assert footer_link(practice, "prev") == "../", lang
        assert footer_link(practice, "next") == f"../../{after}/", lang
        assert f'data-form="{FORM}"' in practice and 'data-stage="sms"' in practice, lang
