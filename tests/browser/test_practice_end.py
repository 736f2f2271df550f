"""The end of a practice in Chromium on a phone-sized screen, right to left: "Practice — this is not
<the real address>" on every stage, the helper sheet (only on request, by keyboard, printed alone,
gone on Practise again, never stored) on a HES form, and the appointment form's "Yazdır", which prints
once per press a practice print-out of whose appointment it is, the reason, the day and the time, and nothing
else of the site."""

import re

import pytest
from playwright.sync_api import expect

from simulator.forms import load

from ..site.conftest import site_say
from ..unit.answers import VALID
from .conftest import CHECKER_TIMEOUT_MS, SMALL_PHONE
from .keyboard_helpers import expect_top_in_sight
from .practice_helpers import confirm, fill, open_practice, practice_url, sms_code, submit
from .test_accessibility import violations

# window.print() would open the print dialog: the test counts the calls instead.
COUNT_PRINTS = "window.prints = 0; window.print = () => { window.prints += 1; };"


@pytest.fixture(scope="module")
def context(browser):
    """One phone for the file's tests, which take its tab in turn (each ends with nothing stored, checked).
    axe-core is injected as an inline script, which the site's Content-Security-Policy rightly refuses."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True)
    context.add_init_script(COUNT_PRINTS)
    yield context
    context.close()


def notice_of(page, stage_selector: str):
    return page.locator(f"{stage_selector} > [data-practice-notice]")


def expect_prints_only(page, selector: str) -> None:
    """Under the print style sheet, ``selector`` shows and the site's header, menu and form do not."""
    page.emulate_media(media="print")
    expect(page.locator(selector)).to_be_visible()
    for elsewhere in (".md-header", ".practice__frame", "[data-checker-panel]", "h1"):
        expect(page.locator(elsewhere).first).to_be_hidden()
    page.emulate_media(media="screen")


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_hes_practice_ends_with_a_helper_sheet_shown_only_on_request(page, base_url, lang):
    form = load("antalya")
    open_practice(page, base_url, form.id, lang)
    address = form.portal_url.removeprefix("https://")
    notice = notice_of(page, "#practice-stage-" + form.stages[0].id)
    expect(notice).to_be_visible()
    expect(notice.locator("bdi[dir=ltr]")).to_have_text(address)
    fill(page, form.id, VALID[form.id])
    submit(page)
    expect(notice_of(page, "#practice-sms")).to_be_visible()
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_focused()
    expect(notice_of(page, "#practice-done")).to_be_visible()

    sheet = page.locator("#practice-done [data-sheet]")
    expect(sheet).to_be_hidden()
    toggle = page.locator("#practice-done [data-sheet-toggle]")
    expect(toggle).to_have_text(site_say("practice.sheet.show", lang))
    # On a small phone, the button at the foot of the screen: the sheet, taller than the screen, opens at
    # its top below the page's header (focus alone showed its middle).
    viewport = page.viewport_size
    page.set_viewport_size(SMALL_PHONE)
    toggle.evaluate("(button) => button.scrollIntoView({ block: 'end' })")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(sheet).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect(sheet).to_be_focused()
    assert sheet.bounding_box()["height"] > SMALL_PHONE["height"]
    expect_top_in_sight(page, sheet)
    page.set_viewport_size(viewport)
    labels = sheet.locator("[data-sheet-rows] th span[lang=tr]")
    asked = [field.label for field in form.fields if field.id in VALID[form.id] and not field.tickable]
    for label in asked:
        expect(labels.filter(has_text=label).first).to_be_visible()
    expect(sheet.locator("[data-sheet-rows] td").filter(has_text=re.compile(r"\d")).first).to_be_visible()
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert "?" not in page.url and "#" not in page.url
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    expect_prints_only(page, "#practice-done [data-sheet]")
    sheet.locator("[data-sheet-print]").click()
    assert page.evaluate("window.prints") == 1

    page.locator("#practice-done [data-restart]").click()
    expect(sheet).to_be_hidden()
    expect(sheet.locator("[data-sheet-rows] tr")).to_have_count(0)


def press_button(page, stage: str) -> None:
    page.locator(f'.practice-stage[data-stage="{stage}"] .practice-button').first.click()


def expect_stage(page, stage: str) -> None:
    expect(page.locator(f'.practice-stage[data-stage="{stage}"]')).to_be_visible(timeout=CHECKER_TIMEOUT_MS)


def test_the_appointment_ends_with_yazdir_printing_a_practice_print_out(page, base_url):
    answers = VALID["randevu"]
    # (practice_helpers.open_practice expects a form of one stage.)
    page.goto(practice_url(base_url, "randevu", "fa"))
    expect(page.locator("#practice-form [data-controls]")).to_be_enabled()
    page.locator(f"#f-document_type-{answers['document_type']}").check()
    page.locator("#f-foreigner_id").click()
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    for field_id in ("foreigner_id", "phone", "email"):
        page.locator(f"#f-{field_id}").fill(answers[field_id])
    page.locator("#f-fixed_contact").check()
    press_button(page, "register")
    for stage in ("person", "reason", "linked", "day"):
        expect_stage(page, stage)
        expect(notice_of(page, f'.practice-stage[data-stage="{stage}"]').locator("bdi")).to_have_text("randevu.goc.gov.tr")
        if stage == "reason":
            page.locator(f"#f-reason-{answers['reason']}").check()
        if stage == "day":
            days = page.locator("#group-appointment .practice-days__choices input[type=radio]:not(:disabled)")
            expect(days.first).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
            days.first.check()
            page.locator("#group-appointment .practice-days__times input:not(:disabled)").first.check()
        press_button(page, stage)
    expect_stage(page, "confirm")
    page.locator("#f-no_cancel").check()
    page.locator("#f-thirty_days").check()
    press_button(page, "confirm")
    expect_stage(page, "sms")
    confirm(page, sms_code(page))
    expect_stage(page, "end")

    yazdir = page.locator("#practice-done [data-print-end]")
    expect(yazdir).to_contain_text("Yazdır")
    yazdir.focus()
    # Enter held a moment too long repeats; it is still one press, and prints once.
    for _ in range(3):
        page.keyboard.down("Enter")
    page.keyboard.up("Enter")
    view = page.locator("#practice-done [data-print-view]")
    expect(view).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    expect_top_in_sight(page, view)
    page.wait_for_timeout(300)
    assert page.evaluate("window.prints") == 1
    expect(view.locator(".practice-print__mark")).to_contain_text("PRACTICE")
    expect(view.locator(".practice-print__mark")).to_contain_text(site_say("practice.print.mark", "fa"))
    printed_labels = view.locator("[data-print-list] dt span[lang=tr]")
    reason, appointment = load("randevu").field("reason"), load("randevu").field("appointment")
    expect(printed_labels.filter(has_text=reason.label)).to_have_count(1)
    expect(printed_labels.filter(has_text=appointment.label)).to_have_count(1)
    # Whose appointment it is: the number registered with.
    expect(view.locator("[data-print-list] dd").filter(has_text=answers["foreigner_id"])).to_have_count(1)
    expect(view.locator("[data-print-list] dd").filter(has_text=re.compile(r"\d{2}[:.]\d{2}"))).to_have_count(1)
    expect(view).not_to_contain_text(answers["email"])
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    expect_prints_only(page, "#practice-done [data-print-view]")
