"""axe-core (pinned in package.json) finds nothing on the guide and practice pages, in every language."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .practice_helpers import open_practice, submit
from ..site.conftest import LANGUAGES

AXE = Path(__file__).parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def context(browser):
    """One phone for the file's tests, which take its tab in turn (a context of its own costs a test about a
    CPU-second more). axe-core is injected as an inline script, which the site's Content-Security-Policy
    rightly refuses."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, is_mobile=True, has_touch=True, bypass_csp=True)
    yield context
    context.close()


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    # Colours are read once the transitions running now have ended (a button that turned up under the pointer
    # fades to its hover colour): read halfway, a colour is one the reader never sees for long.
    found = page.evaluate("""async tags => {
        const ending = document.getAnimations().filter(a => a.effect.getComputedTiming().endTime !== Infinity);
        await Promise.all(ending.map(a => a.finished.catch(() => {})));
        return (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations;
    }""", WCAG_22_AA)
    return [f"{item['id']}: {item['nodes'][0]['target']} {item['nodes'][0]['failureSummary'][:200]}" for item in found]


@pytest.mark.parametrize("path", ["", "istanbul/", "glossary/", "ar/", "ar/istanbul/", "ar/hes-code/", "tr/", "tr/other-provinces/"])
def test_guide_pages_have_no_axe_violations(page, base_url, path):
    page.goto(base_url + path)
    assert violations(page) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_practice_page_after_a_failed_submit_has_no_axe_violations(page, base_url, lang):
    open_practice(page, base_url, "istanbul", lang)
    page.locator("#f-phone").fill("+963 944 123 456")
    submit(page)
    expect(page.locator("#practice-summary")).to_be_visible()
    assert violations(page) == []
