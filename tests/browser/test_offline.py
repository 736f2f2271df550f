"""Offline use: save, go offline, read and practise; an unsaved page gets the offline page."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import CHECKER_TIMEOUT_MS
from .offline_helpers import cache_names, save, wait_for_service_worker, wait_until_saved
from .practice_helpers import confirm, fill, sms_code, submit
from ..site.conftest import LANGUAGES, ROOT, language_prefix as prefix, page_title, site_say
from ..unit.answers import VALID

# Every guide page (the home page is ""), from the English sources, which every language has.
GUIDE_PAGES = ["" if path.stem == "index" else f"{path.stem}/" for path in sorted((ROOT / "docs").glob("*.md"))
               if path.name.count(".") == 1 and path.stem != "offline"]


def other_language(lang: str) -> str:
    """A language whose guide was not saved: the next one of the site's."""
    return LANGUAGES[(LANGUAGES.index(lang) + 1) % len(LANGUAGES)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_saved_guide_and_practice_work_offline(context, page, base_url, lang):
    page.goto(base_url + prefix(lang))
    wait_for_service_worker(page)
    wait_until_saved(page, "guide")
    expect(page.locator("[data-offline-status]")).to_be_empty()
    save(page, "practice")
    expect(page.locator("[data-offline-status]")).to_have_text(site_say("offline.saved", lang))
    # The raw size (this test server does not compress), with Turkish's decimal comma.
    decimal = "," if lang == "tr" else r"\."
    expect(page.locator("[data-offline-part=practice] [data-size]")).to_have_text(re.compile(rf"\(1\d{decimal}\d "))

    context.set_offline(True)
    for path in GUIDE_PAGES:
        page.goto(base_url + prefix(lang) + path)
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("article h1")).not_to_have_text(page_title("offline", lang))

    page.goto(base_url + prefix(lang) + "gaziantep/practice/")
    expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
    fill(page, "gaziantep", VALID["gaziantep"])
    submit(page)
    confirm(page, sms_code(page))
    expect(page.locator("#done-title")).to_be_visible()

    other = other_language(lang)
    page.goto(base_url + prefix(other) + "glossary/")
    expect(page.locator("article h1")).to_have_text(page_title("offline", other))
    expect(page.locator("html")).to_have_attribute("lang", other)


def test_guide_pages_save_only_the_readers_language_until_asked(page, base_url):
    page.goto(base_url + "tr/")
    wait_for_service_worker(page)
    wait_until_saved(page, "guide")
    urls = page.evaluate("""async () => (await (await caches.open((await caches.keys())[0])).keys()).map(r => r.url)""")
    assert any(url.endswith("/tr/glossary/") for url in urls)
    assert not any(url.endswith("/ar/glossary/") for url in urls)
    assert not any("pyodide" in url for url in urls)
    assert len(cache_names(page)) == 1


def test_the_offline_page_works_at_any_depth_and_saved_pages_at_any_spelling(context, page, base_url):
    page.goto(base_url)
    wait_for_service_worker(page)
    wait_until_saved(page, "guide")
    context.set_offline(True)
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    # Arabic was not saved: its practice page gets the Arabic offline page, styled and scripted.
    page.goto(base_url + "ar/istanbul/practice/")
    expect(page.locator("article h1")).to_have_text(page_title("offline", "ar"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert failed == []
    # The same saved page, however its address is written.
    for address, title in (("glossary", "glossary/"), ("notes/index.html", "notes/")):
        page.goto(base_url + address)
        expect(page.locator("article h1")).not_to_have_text(page_title("offline", "en"))
        assert page.url.endswith(title) or page.url.endswith(address)
