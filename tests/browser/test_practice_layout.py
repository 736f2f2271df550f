"""The practice page looks as it behaves, on a 390 px phone: one size for the checker wherever it is
said, buttons that go together stacked apart and equally wide, disabled controls that look disabled
beside a reason that stays readable, a group's meaning where a label's stands, and pages that do not
move while they load and while the checker gets ready."""

import re

import pytest
from playwright.sync_api import expect

from ..unit.answers import VALID
from .conftest import CHECKER_TIMEOUT_MS, SMALL_PHONE
from .keyboard_helpers import choose_radio, expect_stage_opened, expect_top_in_sight, press_button
from .practice_helpers import confirm, fill, practice_url, sms_code, start_checker, submit

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# Every page `make bench` gives to Lighthouse (bench/run.py), and a practice page of each direction.
BENCH_PAGES = ("", "ar/istanbul/", "tr/gaziantep/")
SIZE = re.compile(r"\d+\.\d")

# Every layout shift of the page, with whether an input came just before it (those do not count).
LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, input: entry.hadRecentInput });
}).observe({ type: "layout-shift", buffered: true });
"""
# Every text the checker's status line shows, in order.
STATUS_LINES = """
window.__status = [];
document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector("[data-status]");
  if (!status) return;
  new MutationObserver(() => window.__status.push(status.textContent)).observe(status, { childList: true, subtree: true, characterData: true });
});
"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def shifts_sum(page) -> float:
    return sum(shift["value"] for shift in page.evaluate("window.__shifts") if not shift["input"])


def scripts_arrive_late(page) -> None:
    """Each page script arrives a second after the page: the page is painted before any script runs,
    as on a slow phone, so what a script changes in the layout shows as a shift."""
    def late(route):
        page.wait_for_timeout(1_000)
        route.continue_()
    page.route(re.compile(r"\.js$"), late)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_button_the_progress_and_the_offline_card_say_one_size(phone, base_url, lang):
    phone.add_init_script(STATUS_LINES)
    phone.goto(practice_url(base_url, "istanbul", lang))
    button = phone.locator("[data-prepare]")
    expect(button).to_be_visible()
    size = SIZE.search(button.text_content()).group(0)
    card = phone.locator("[data-offline-part=practice] [data-size]")
    expect(card).to_have_text(re.compile(r"\d"), timeout=30_000)
    assert SIZE.search(card.text_content()).group(0) == size, (card.text_content(), size)
    start_checker(phone)
    expect(phone.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    downloading = [SIZE.findall(line) for line in phone.evaluate("window.__status") if len(SIZE.findall(line)) == 2]
    assert downloading, "the download's progress was shown"
    assert downloading[0] == ["0.0", size]
    assert all(total == size for _, total in downloading), downloading
    assert downloading[-1] == [size, size]


def equal_widths_apart(page, selector: str) -> None:
    boxes = [button.bounding_box() for button in page.locator(selector).all() if button.is_visible()]
    assert len(boxes) >= 2, selector
    widths = {round(box["width"]) for box in boxes}
    assert len(widths) == 1, f"{selector}: widths {widths}"
    for upper, lower in zip(boxes, boxes[1:]):
        assert lower["y"] - (upper["y"] + upper["height"]) >= 8, f"{selector}: {upper} then {lower}"


# The contrast of a text with the page behind it, and the opacity it is drawn with (WCAG 2.2 1.4.3).
CONTRAST = """(element) => {
  const luminance = (colour) => {
    const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  let background = "rgb(255, 255, 255)";
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    if (background === "rgb(255, 255, 255)" && node !== document.documentElement && !/rgba\\(.*, 0\\)|transparent/.test(style.backgroundColor)) background = style.backgroundColor;
  }
  const [lighter, darker] = [luminance(getComputedStyle(element).color), luminance(background)].sort((a, b) => b - a);
  return { ratio: (lighter + 0.05) / (darker + 0.05), opacity };
}"""
LOOK = "(element) => { const style = getComputedStyle(element); return [style.opacity, style.cursor, style.backgroundColor, style.borderColor]; }"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_stacked_buttons_stand_apart_and_disabled_ones_look_it(practice, lang):
    page = practice("istanbul", lang).page
    page.set_viewport_size(PHONE["viewport"])
    fill(page, "istanbul", VALID["istanbul"])
    submit(page)
    confirm_button = page.locator(".practice-sms__form [data-confirm]")
    expect(confirm_button).to_be_visible()
    equal_widths_apart(page, ".practice-sms__form .practice-buttons > *")
    enabled_look = confirm_button.evaluate(LOOK)
    wrong = f"{(int(sms_code(page)) + 1) % 1_000_000:06d}"
    message = page.locator("#error-sms_code [data-message]")
    # Three wrong codes lock the box until a new code is sent, as the end of its time does.
    for _ in range(3):
        said = message.text_content()
        confirm(page, wrong)
        expect(message).not_to_have_text(said or "-")
    expect(confirm_button).to_be_disabled()
    expect(page.locator("#f-sms_code")).to_be_disabled()
    page.wait_for_timeout(300)  # past the theme's colour transitions
    disabled_look = confirm_button.evaluate(LOOK)
    assert disabled_look != enabled_look
    assert float(disabled_look[0]) <= 0.6 and disabled_look[1] == "not-allowed"
    assert float(page.locator("#f-sms_code").evaluate(LOOK)[0]) <= 0.6
    # Hovering it changes nothing: it does not pretend to answer.
    confirm_button.hover(force=True)
    page.wait_for_timeout(300)
    assert confirm_button.evaluate(LOOK) == disabled_look
    # What says why is drawn whole, at AA contrast at least.
    reason = page.locator("#error-sms_code")
    expect(reason).to_be_visible()
    seen = reason.evaluate(CONTRAST)
    assert seen["opacity"] == 1 and seen["ratio"] >= 4.5, seen
    sent_before = page.locator("[data-sms-message]").text_content()
    page.locator(".practice-sms__form [data-send-again]").click()
    expect(page.locator("[data-sms-message]")).not_to_have_text(sent_before)
    expect(page.locator("#f-sms_code")).to_be_enabled()
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_visible()
    equal_widths_apart(page, ".practice-done:visible .practice-buttons > *")


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_summary_taller_than_the_screen_opens_at_its_heading(phone, base_url, lang):
    """Ön Kayıt sent with every field empty on a small phone: a summary of every field, taller than the screen.
    Focused, it was scrolled until only its end showed, its heading under the page's header; it opens at its top."""
    page = phone
    page.set_viewport_size(SMALL_PHONE)
    page.goto(practice_url(base_url, "eikamet", lang))
    choose_radio(page, "purpose", "first")
    press_button(page, '[data-stage="start"] .practice-button')
    expect_stage_opened(page, "new_application", lang, timeout=CHECKER_TIMEOUT_MS)
    press_button(page, '[data-stage="new_application"] .practice-button')
    expect_stage_opened(page, "pre_registration", lang)
    press_button(page, '[data-stage="pre_registration"] .practice-button')
    summary = page.locator("#practice-summary")
    expect(summary).to_be_focused()
    assert summary.bounding_box()["height"] > SMALL_PHONE["height"]
    expect_top_in_sight(page, summary)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_groups_meaning_stands_where_a_labels_does(phone, base_url, lang):
    phone.goto(practice_url(base_url, "national", lang))
    group = phone.locator("#group-citizenship > legend .practice-field__meaning").bounding_box()
    label = phone.locator("#group-province > label .practice-field__meaning").bounding_box()
    assert round(group["width"]) == round(label["width"]), (group, label)
    assert round(group["x"]) == round(label["x"])


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_practice_page_holds_still_while_it_loads_and_the_checker_gets_ready(phone, base_url, lang):
    phone.add_init_script(LAYOUT_SHIFTS)
    scripts_arrive_late(phone)
    phone.goto(practice_url(base_url, "istanbul", lang))
    start_checker(phone)
    expect(phone.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    # Long enough after the tap that what moves now is no answer to it.
    phone.wait_for_timeout(1_000)
    assert shifts_sum(phone) <= 0.02, phone.evaluate("window.__shifts")


@pytest.mark.parametrize("path", BENCH_PAGES)
def test_the_pages_lighthouse_measures_hold_still_while_they_load(phone, base_url, path):
    phone.add_init_script(LAYOUT_SHIFTS)
    scripts_arrive_late(phone)
    phone.goto(base_url + path)
    phone.wait_for_load_state("load")
    phone.wait_for_timeout(1_000)
    assert shifts_sum(phone) <= 0.02, phone.evaluate("window.__shifts")
