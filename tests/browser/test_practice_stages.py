"""A form of several stages in Chromium: the components' fixture form (tests/components/forms/flow.toml)
rendered by the build's renderer on a page of its own, with the page's own scripts and a fake checker
(no site build, no Pyodide). What a keyboard user and a screen reader get at every stage, and axe-core's
WCAG 2.2 AA checks on each, left to right and right to left."""

import json
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from ..site.conftest import LANGUAGES, ROOT, site_say
from .conftest import MATERIAL_STYLES, serve_pages
from .test_accessibility import violations

COMPONENT_TESTS = ROOT / "tests" / "components"


def fixture_page(lang: str) -> str:
    rendered = json.loads(subprocess.run([sys.executable, str(COMPONENT_TESTS / "render_practice.py"), "flow", lang],
                                         capture_output=True, text=True, check=True).stdout)
    return f"""<!doctype html><html lang="{lang}" dir="{rendered['dir']}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Practice</title>{MATERIAL_STYLES}
<link rel="stylesheet" href="assets/site.css"><link rel="stylesheet" href="assets/practice/practice.css">
<link rel="stylesheet" href="assets/practice/controls.css"></head>
<body data-md-color-scheme="default" data-md-color-primary="custom" data-md-color-accent="deep-orange"><main class="md-content"><article class="md-content__inner md-typeset"><h1>Practice</h1>{rendered['html']}
</article></main><script type="module">
import {{ init }} from "./assets/practice/practice-page.js";
import {{ FakeChecker }} from "./components/fake-checker.mjs";
const root = document.querySelector(".practice");
const checker = new FakeChecker("flow");
window.checkerRequests = checker.requests;
init(root, JSON.parse(root.querySelector("#practice-config").textContent), {{ connect: (config, on) => checker.connect(config, on) }});
</script></body></html>"""


@pytest.fixture(scope="module")
def stages_url(tmp_path_factory):
    pages = {f"{lang}.html": fixture_page(lang) for lang in LANGUAGES}
    server, base_url = serve_pages(tmp_path_factory.mktemp("stages"), pages, components=COMPONENT_TESTS)
    yield base_url
    server.shutdown()


@pytest.fixture(scope="module")
def context(browser):
    """One phone for the file's tests, which take its tab in turn: they read a page made for the test. axe-core is
    injected as an inline script; this page has no Content-Security-Policy to refuse it anyway."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True)
    yield context
    context.close()


def visible_stage(page) -> str:
    return page.locator(".practice-stage:visible").get_attribute("data-stage")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_stage_has_no_axe_violations_and_fits_a_phone(page, stages_url, lang):
    page.goto(f"{stages_url}{lang}.html")
    expect(page.locator(".practice")).to_have_attribute("data-checker", "idle")
    page.locator("#practice-form .practice-button").click()
    expect(page.locator("#practice-summary")).to_be_focused()
    seen = {"start (errors)": violations(page)}
    page.locator("#f-for_whom-other").check()
    page.locator("#f-phone").fill("0532 123 45 67")
    page.locator("#practice-form .practice-button").click()
    expect(page.locator("#stage-other-title")).to_be_focused()
    seen["other"] = violations(page)
    page.locator("#f-other_name").fill("Leyla")
    page.locator("#practice-form-other .practice-button").click()
    expect(page.locator("[data-sms-message]")).to_contain_text("123456")
    seen["sms"] = violations(page)
    page.locator("#f-sms_code").fill("123456")
    page.locator("[data-confirm]").click()
    expect(page.locator(".practice-review__row")).to_have_count(3)
    seen["review"] = violations(page)
    page.locator("#practice-review .practice-button").click()
    expect(page.locator("#done-title")).to_be_focused()
    seen["end"] = violations(page)
    assert seen == {stage: [] for stage in seen}
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_staged_form_by_keyboard_alone_right_to_left(page, stages_url):
    page.goto(f"{stages_url}ar.html")
    page.locator("#f-for_whom-self").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator("#f-phone")).to_be_focused()
    page.keyboard.type("0532 123 45 67")
    page.keyboard.press("Enter")
    expect(page.locator("#sms-title")).to_be_focused()
    expect(page.locator("#sms-title [data-step]")).to_have_text(site_say("practice.stage.step", "ar", number=2, total=3))
    page.keyboard.press("Tab")
    expect(page.locator("#f-sms_code")).to_be_focused()
    page.keyboard.type("123456")
    page.keyboard.press("Enter")
    expect(page.locator("#stage-check-title")).to_be_focused()
    # Change, by keyboard, back to the phone number: still typed there.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(".practice-review__row").nth(1).locator("a")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#f-phone")).to_be_focused()
    expect(page.locator("#f-phone")).to_have_value("0532 123 45 67")
    page.keyboard.press("Enter")
    expect(page.locator("#sms-title")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.type("654321")
    page.keyboard.press("Enter")
    expect(page.locator("#stage-check-title")).to_be_focused()
    page.locator("#practice-review .practice-button").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#done-title")).to_be_focused()
    expect(page.locator("[data-made-value]")).to_have_text("2026-01-0000042")
    assert "?" not in page.url and "#" not in page.url
