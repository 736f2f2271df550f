"""The new controls in Chromium, on a fixture page made by their renderers (no site build, no
Pyodide: the checker's answers are faked): what a keyboard user and a screen reader get, the
WCAG 2.2 AA checks of axe-core, and a phone's 390 px width, left to right and right to left."""

import datetime
import json
import re

import pytest
from guide_site.pages import practice_controls
from playwright.sync_api import expect

from simulator import messages, slots
from simulator.form_model import Field

from ..site.conftest import site_say
from .conftest import MATERIAL_STYLES, serve_pages
from .test_accessibility import violations


TODAY = datetime.date(2026, 12, 1)


def fields() -> list[Field]:
    common = {"required": True, "noun": "answer"}
    return [
        Field(id="nationality", label="Uyruk", kind="country", meaning="Nationality", control="list", **common),
        Field(id="slot", label="Tarih Seçimi", kind="slot", meaning="Day and time", control="slot", **common),
        Field(id="captcha", label="Güvenlik Kodu", kind="picture_code", meaning="Security code", control="picture",
              max_length=20, **common),
        Field(id="info", label="Okudum, anladım", kind="statement", meaning="Information text", control="statement",
              tickable=True, text="Randevu onaylandıktan sonra iptal edilemez.", **common),
    ]


RENDERERS = {"list": practice_controls.country_list, "slot": practice_controls.day_choice,
             "picture": practice_controls.picture_code, "statement": practice_controls.statement}


def fixture_page(lang: str) -> str:
    direction = "rtl" if lang in ("ar", "fa") else "ltr"
    groups = "".join(RENDERERS[field.control](field, lang) for field in fields())
    offered = json.dumps(slots.offered_days(TODAY))
    return f"""<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Practice controls</title>{MATERIAL_STYLES}
<link rel="stylesheet" href="assets/site.css"><link rel="stylesheet" href="assets/practice/practice.css">
<link rel="stylesheet" href="assets/practice/controls.css"></head>
<body><main class="md-content"><article class="md-content__inner md-typeset"><h1>Practice controls</h1>
<div class="practice"><form class="practice-form" id="practice-form" novalidate autocomplete="off" lang="tr" dir="ltr">
<fieldset class="practice-form__controls" data-controls>{groups}</fieldset><button type="submit">Kaydet</button></form></div>
</article></main><script type="module">
import {{ init as list }} from "./assets/practice/components/country-list.js";
import {{ init as days }} from "./assets/practice/components/day-choice.js";
import {{ init as picture }} from "./assets/practice/components/picture-code.js";
const codes = ["K7M2X9PQ", "ABCD2345"];
window.submitted = 0;
document.getElementById("practice-form").addEventListener("submit", (event) => {{ event.preventDefault(); window.submitted++; }});
list(document.getElementById("group-nationality"));
days(document.getElementById("group-slot"), {{ getOffered: async () => {offered} }});
picture(document.getElementById("group-captcha"), {{ newCode: async () => codes.shift() }});
document.body.dataset.ready = "yes";
</script></body></html>"""


@pytest.fixture(scope="module")
def controls_url(tmp_path_factory):
    pages = {f"{lang}.html": fixture_page(lang) for lang in ("en", "ar", "fa", "tr")}
    server, base_url = serve_pages(tmp_path_factory.mktemp("controls"), pages)
    yield base_url
    server.shutdown()


@pytest.fixture(scope="module")
def context(browser):
    """One phone for the file's tests, which take its tab in turn: they read pages made for the test (no site, no
    service worker). axe-core goes in as an inline script; the phone is the narrow one of our readers (390 px)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True)
    yield context
    context.close()


def open_controls(page, controls_url, lang):
    page.goto(f"{controls_url}{lang}.html")
    expect(page.locator("body")).to_have_attribute("data-ready", "yes")
    expect(page.locator(".practice-days__days input").first).to_be_attached()


@pytest.mark.parametrize("typed", ["ایر", "إيران", "Iran", "İran"])
def test_typing_in_persian_arabic_or_latin_letters_finds_iran_and_the_keyboard_chooses_it(page, controls_url, typed):
    open_controls(page, controls_url, "fa")
    box = page.get_by_role("combobox", name="Uyruk")
    box.focus()
    page.keyboard.type(typed)
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    iran = listbox.get_by_role("option").filter(has_text="İran").first
    expect(iran).to_be_visible()
    for _ in range(listbox.get_by_role("option").all_text_contents().index(iran.text_content()) + 1):
        page.keyboard.press("ArrowDown")
    expect(iran).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(box).to_have_value("İran")
    assert page.eval_on_selector("#f-nationality-select", "select => select.value") == "IR"
    assert page.evaluate("window.submitted") == 0  # Enter chose; it did not press the form's button
    expect(page.locator('#group-nationality [role="status"]')).to_have_text("İran")


def test_the_count_found_is_announced_politely(page, controls_url):
    open_controls(page, controls_url, "ar")
    page.get_by_role("combobox", name="Uyruk").fill("ir")
    expect(page.locator('#group-nationality [role="status"]')).to_have_text(
        site_say("controls.list.results", "ar", count=len(page.get_by_role("option").all())), timeout=3000)


def test_full_days_cannot_be_chosen_and_times_follow_the_day(page, controls_url):
    open_controls(page, controls_url, "en")
    days = page.locator(".practice-days__days input")
    full = [day for day in slots.offered_days(TODAY) if day["full"]]
    assert full, "the engine's pattern has a full day in these three weeks"
    expect(page.locator(f'input[value="{full[0]["date"]}"]')).to_be_disabled()
    page.locator("#f-slot").check()
    free_times = page.locator(".practice-days__times input:not([disabled])")
    free_times.first.check()
    chosen = page.eval_on_selector(".practice-days__times input:checked", "radio => radio.value")
    assert chosen.startswith(page.eval_on_selector("#f-slot", "radio => radio.value") + "T")
    assert days.count() == len(slots.offered_days(TODAY))


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two CSS colours written rgb(…)."""
    def luminance(colour):
        channels = [int(value) / 255 for value in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_full_day_reads_plainly_and_says_in_words_in_a_box_that_it_is_full(page, controls_url, lang):
    open_controls(page, controls_url, lang)
    full = next(day for day in slots.offered_days(TODAY) if day["full"])
    label = page.locator(f'label[for="f-slot-day-{full["date"]}"]')
    expect(label.locator(".practice-days__unavailable")).to_have_text(messages.text("slot.full_day", lang))
    seen = label.evaluate("""label => {
        const own = getComputedStyle(label), mark = getComputedStyle(label.querySelector(".practice-days__unavailable"));
        return { line: own.textDecorationLine, colour: own.color, border: mark.borderTopStyle, mark: mark.color,
                 background: mark.backgroundColor }; }""")
    assert seen["line"] == "none", "no line through the date: it hid the digits"
    assert contrast(seen["colour"], "rgb(255, 255, 255)") >= 4.5
    assert seen["border"] == "solid" and contrast(seen["mark"], seen["background"]) >= 4.5
    # The date in the reader's words, with the digits the rest of the site writes dates in.
    expect(label).not_to_contain_text(re.compile("[۰-۹٠-٩]"))


def test_a_new_picture_gives_a_new_spelled_code(page, controls_url):
    open_controls(page, controls_url, "tr")
    alternative = messages.translate(messages.PAGE_WORDS["picture.alt"], "tr")
    picture = page.locator("canvas[data-picture]")
    expect(picture).to_have_attribute("aria-label", alternative.format(
        characters="K harfi, 7 rakamı, M harfi, 2 rakamı, X harfi, 9 rakamı, P harfi, Q harfi"))
    expect(page.get_by_role("img", name=alternative.split("{")[0].strip())).to_be_visible()
    page.get_by_role("button", name=messages.text("picture.new", "tr")).click()
    expect(picture).to_have_attribute("aria-label", alternative.format(
        characters="A harfi, B harfi, C harfi, D harfi, 2 rakamı, 3 rakamı, 4 rakamı, 5 rakamı"))


@pytest.mark.parametrize("lang", ["en", "ar", "fa", "tr"])
def test_the_controls_have_no_axe_violations_and_fit_a_phone(page, controls_url, lang):
    open_controls(page, controls_url, lang)
    page.get_by_role("combobox", name="Uyruk").fill("a")
    assert violations(page) == []  # with the list open over the page
    page.keyboard.press("Escape")
    page.locator("#f-slot").check()
    assert violations(page) == []  # with a day's times shown
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
