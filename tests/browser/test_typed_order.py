"""Digits typed in groups are drawn in the order typed, in every box for digits or codes, in every language.

Left to the Unicode bidi rules, Arabic-Indic digits typed with spaces (١٢٣ ٤٥ ٦٧٨٩) are drawn last group
first, even in a left-to-right box (they are "Arabic numbers" to the rules; Persian digits are "European
numbers", drawn as typed). Each test types as a person does and measures where each group is drawn
(layout_helpers), never the value: the value is right either way.
"""

import pytest
from playwright.sync_api import expect

from simulator.forms import load
from simulator.kinds import KINDS

from ..unit.answers import VALID
from .conftest import CHECKER_TIMEOUT_MS
from .layout_helpers import drawn_in_box, drawn_in_text, in_typed_order, paint_selections
from .practice_helpers import confirm, fill, practice_url, sms_code, submit

DIGITS = {"ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"), "en": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
          "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")}
# Groups of three lengths: drawn in another order, they could not pass for the order typed.
GROUPS = "123 45 6789"


def boxes_in_typed_order(form_id: str, stage_id: str) -> list[str]:
    """The fields of a stage whose box is for digits or codes."""
    stage = next(stage for stage in load(form_id).stages if stage.id == stage_id)
    return [field.id for field in stage.fields if KINDS[field.kind].input and KINDS[field.kind].input.typed_order]


def type_groups(page, box, lang: str) -> list:
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    typed = GROUPS.translate(DIGITS[lang])
    page.keyboard.type(typed)
    expect(box).to_have_value(typed)
    return drawn_in_box(page, box)


@pytest.mark.parametrize("lang", ["ar", "en", "fa"])
def test_digit_groups_are_drawn_as_typed_in_every_box_of_a_one_page_form_and_its_sms_code(practice, lang):
    """İstanbul's form has a box of each kind of the HES forms (passport, kimlik, date, card, phone, HES)."""
    page = practice("istanbul", lang).page
    paint_selections(page)
    fields = boxes_in_typed_order("istanbul", "form")
    assert {load("istanbul").field(field).kind for field in fields} >= {"passport", "kimlik", "birth_date", "card",
                                                                         "phone", "hes"}
    drawn = {}
    for ticked in (False, True):  # the passport box shows only when its tick box is ticked
        page.locator("#f-use_passport").set_checked(ticked)
        for field in fields:
            box = page.locator(f"#f-{field}")
            if box.is_visible():
                drawn[field] = type_groups(page, box, lang)
    assert set(drawn) == set(fields)
    reversed_ = {field: where for field, where in drawn.items() if not in_typed_order(where)}
    assert not reversed_, f"drawn in another order than typed: {reversed_}"
    # The SMS code's box, once the form passes.
    page.locator("#f-use_passport").set_checked(False)
    fill(page, "istanbul", VALID["istanbul"])
    submit(page)
    expect(page.locator("#practice-sms")).to_be_visible()
    assert in_typed_order(type_groups(page, page.locator("#f-sms_code"), lang))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_digit_groups_are_drawn_as_typed_in_the_boxes_of_a_staged_form(page, base_url, lang):
    """e-İkamet's way to continue an application: its Başvuru No and its picture code."""
    page.goto(practice_url(base_url, "eikamet", lang))
    paint_selections(page)
    page.locator("#f-purpose-continue").check()
    page.locator("#practice-stage-start button.practice-button").click()
    expect(page.locator("#practice-stage-continue_form")).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    fields = boxes_in_typed_order("eikamet", "continue_form")
    assert {load("eikamet").field(field).kind for field in fields} >= {"reference", "picture_code", "kimlik", "phone"}
    drawn = {}
    for field in fields:
        box = page.locator(f"#f-{field}")
        if box.is_visible():
            drawn[field] = type_groups(page, box, lang)
    assert {load("eikamet").field(field).kind for field in drawn} >= {"reference", "picture_code"}
    reversed_ = {field: where for field, where in drawn.items() if not in_typed_order(where)}
    assert not reversed_, f"drawn in another order than typed: {reversed_}"


def test_the_groups_of_a_value_shown_again_are_drawn_as_typed(practice):
    """The SMS step shows the number again as the portal writes it, in 0–9 and masked ("0532 *** ** 67"):
    its groups are drawn in order inside the Arabic page too."""
    page = practice("istanbul", "ar").page
    answers = VALID["istanbul"] | {"phone": "٠٥٣٢ ١٢٣ ٤٥ ٦٧", "card_number": "١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦"}
    fill(page, "istanbul", answers)
    submit(page)
    submit(page)  # past the stop that shows the warnings
    expect(page.locator("#practice-sms")).to_be_visible()
    shown_again = page.locator("#practice-sms [data-sms-sent], #practice-sms [data-sms-message]")
    for index in range(shown_again.count()):
        element = shown_again.nth(index)
        for run in element.locator("bdi.ltr").all() or [element]:
            assert in_typed_order(drawn_in_text(run)), run.text_content()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_end_draws_what_was_typed_in_the_order_typed_hyphens_and_all(practice, lang):
    """The end lists what was typed (the answers taken with a warning): Arabic-Indic groups between hyphens,
    as on a card or a HES code, are drawn as typed there too."""
    page = practice("istanbul", lang).page
    typed = {"card_number": "١٢٣٤-٥٦٧٨-٩٠١٢-٣٤٥٦", "hes_code": "A١B٢-٣٤٥٦-٧٨"}
    fill(page, "istanbul", VALID["istanbul"] | typed)
    submit(page)
    submit(page)  # past the stop that shows the warnings
    expect(page.locator("#practice-sms")).to_be_visible()
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_visible()
    shown = page.locator("#practice-done .practice-done__change > bdi[dir=ltr]")
    for value in typed.values():
        element = shown.filter(has_text=value).first
        expect(element).to_have_text(value)
        drawn = drawn_in_text(element, group=r"[^\s-]+")
        assert len(drawn) == value.count("-") + 1 and in_typed_order(drawn), (value, drawn)
