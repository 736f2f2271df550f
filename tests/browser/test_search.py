"""Search: per language, from any kind of input, with and without diacritics and Turkish letters,
offline once the guide is saved, and nothing of it loaded before the reader opens it."""

import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from .conftest import PHONE
from .keyboard_helpers import tab_to
from .offline_helpers import wait_for_service_worker, wait_until_saved
from .test_accessibility import violations

ROOT = Path(__file__).parents[2]
SEARCH_FILE = re.compile(r"/(pagefind/|assets/search/|search/search_index\.json|assets/javascripts/(lunr|workers)/)")


def site_languages() -> list[dict]:
    """The languages mkdocs.yml builds, default first, with their direction as the built site says."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    return [language for language in i18n["languages"] if language.get("build", True)]


LANGUAGES = [language["locale"] for language in site_languages()]
DEFAULT = next(language["locale"] for language in site_languages() if language.get("default"))


def prefix(lang: str) -> str:
    return "" if lang == DEFAULT else f"{lang}/"


def language_of(url: str, base_url: str) -> str:
    first = url.removeprefix(base_url).lstrip("/").split("/")[0]
    return first if first in LANGUAGES and first != DEFAULT else DEFAULT


def texts(page: Page) -> dict:
    return page.evaluate("() => JSON.parse(document.getElementById('search-config').textContent).text")


def open_search(page: Page) -> None:
    page.locator("label.md-header__button[for=__search]").click()
    expect(page.locator("[data-search-query]")).to_be_focused()


def finished(page: Page) -> None:
    """Waits until the status line tells the outcome of a search (pages found, or none)."""
    words = texts(page)
    outcome = re.escape(words["search.count"]).replace(re.escape("{count}"), r"\d+") + "|" + re.escape(words["search.none"])
    expect(page.locator("[data-search-status]")).to_have_text(re.compile(f"^({outcome})$"), timeout=20_000)


def clear(page: Page) -> None:
    page.locator("[data-site-search] button[type=reset]").click()
    expect(page.locator("[data-search-status]")).to_have_text(texts(page)["search.prompt"])


def paste(page: Page, words: str) -> None:
    """Text that arrives as a paste does: a value and an input event, no key events."""
    page.locator("[data-search-query]").evaluate(
        """(box, words) => { box.value = words;
            box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: words})); }""",
        words)


def search(page: Page, words: str) -> list[str]:
    """The addresses the search lists for ``words``, pasted into a cleared box."""
    clear(page)
    paste(page, words)
    finished(page)
    return page.locator("[data-search-results] a").evaluate_all("links => links.map(link => link.href)")


def found_alike(page: Page, written: str, typed: str) -> None:
    """Both spellings find the same number of pages (the status line says how many) and list the
    same pages in the same order."""
    expected = search(page, written)
    count = page.locator("[data-search-status]").text_content()
    assert expected, written
    found = search(page, typed)
    expect(page.locator("[data-search-status]")).to_have_text(count)
    assert found == expected


@pytest.fixture(scope="module")
def searching(browser, base_url):
    """The search of a language's home page, opened once in a tab of one phone for the tests that only type
    into it: each gets it cleared, its box focused, its tab in front."""
    phone = browser.new_context(**PHONE)
    opened: dict[str, Page] = {}

    def on(lang: str) -> Page:
        if lang not in opened:
            opened[lang] = phone.new_page()
            opened[lang].goto(base_url + prefix(lang))
            open_search(opened[lang])
        opened[lang].bring_to_front()  # a tab behind the phone's other tabs draws no frames
        clear(opened[lang])
        opened[lang].locator("[data-search-query]").focus()
        return opened[lang]
    yield on
    phone.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("words", ["HES", "Kaydet", "kart"])
def test_search_lists_only_pages_of_the_readers_language(searching, base_url, lang, words):
    page = searching(lang)
    found = search(page, words)
    if words == "HES":
        assert len(found) >= 5, found
    assert [url for url in found if language_of(url, base_url) != lang] == []
    assert [url for url in found if "/offline/" in url] == []


# A word readers of each language type for the forms of today finds its guide (issue 15).
TODAY_WORDS = [("fa", "اقامت", "e-ikamet"), ("fa", "راندوو", "goc-randevu"), ("ar", "إقامة", "e-ikamet"),
               ("ar", "موعد", "goc-randevu"), ("en", "ikamet", "e-ikamet"), ("en", "randevu", "goc-randevu"),
               ("tr", "ikamet", "e-ikamet"), ("tr", "randevu", "goc-randevu")]


@pytest.mark.parametrize("lang, word, guide", TODAY_WORDS)
def test_a_word_of_each_language_finds_the_guides_of_today(searching, base_url, lang, word, guide):
    found = search(searching(lang), word)
    assert base_url + prefix(lang) + guide + "/" in [url.split("#")[0] for url in found], found


# Each pair must find the same pages: with and without diacritics, hamza, ta marbuta, alef maksura,
# Persian kaf and yeh typed for the Arabic ones and Arabic ones for the Persian, Arabic-Indic and
# Persian digits. Each language is tried with the pairs whose written form its pages use.
RTL_SPELLINGS = [("إسطنبول", "اسطنبول"), ("الكُنية", "الكنية"), ("تدرّب", "تدرب"), ("بطاقة", "بطاقه"),
                 ("انتهى", "انتهي"), ("كود", "کود"), ("الولايات", "الولایات"), ("2022", "٢٠٢٢"),
                 ("کارت", "كارت"), ("تمرین", "تمرين"), ("پیامک", "پيامك"), ("2022", "۲۰۲۲")]
TURKISH_SPELLINGS = [("şifre", "sifre"), ("kimlik", "KİMLİK"), ("Kimlik", "KIMLIK"), ("İstanbul", "istanbul"),
                     ("alıştırma", "alistirma"), ("ulaşım", "ULAŞIM"), ("kaldırıldı", "kaldirildi")]
# Right-to-left languages, told by the script of their own name in mkdocs.yml (العربية, فارسی…).
RTL_LANGUAGES = [language["locale"] for language in site_languages()
                 if unicodedata.bidirectional(language["name"][0]) in ("R", "AL")]


def pages_text(lang: str) -> str:
    return " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").rglob(f"*.{lang}.md"))


SPELLINGS_OF_EACH_LANGUAGE = [(lang, written, typed) for lang in RTL_LANGUAGES for written, typed in RTL_SPELLINGS
                              if written in pages_text(lang)]


def test_every_right_to_left_language_is_tried_with_several_spellings():
    for lang in RTL_LANGUAGES:
        assert len([case for case in SPELLINGS_OF_EACH_LANGUAGE if case[0] == lang]) >= 4, lang


@pytest.mark.parametrize("lang, written, typed", SPELLINGS_OF_EACH_LANGUAGE)
def test_arabic_script_words_are_found_however_they_are_typed(searching, base_url, lang, written, typed):
    page = searching(lang)
    found_alike(page, written, typed)
    assert all(language_of(url, base_url) == lang for url in search(page, typed))


@pytest.mark.parametrize("written, typed", TURKISH_SPELLINGS)
def test_turkish_words_are_found_with_or_without_turkish_letters(searching, base_url, written, typed):
    page = searching("tr")
    found_alike(page, written, typed)
    assert all(language_of(url, base_url) == "tr" for url in search(page, typed))


# Spellings no page uses, found through the folded spellings the index holds after each page's words:
# the results show and mark the pages' own spelling, never the folded one.
UNWRITTEN = [("fa", "تمرين", "تمرین"), ("tr", "alistirma", "lıştırma")]


@pytest.mark.parametrize("lang, typed, written", UNWRITTEN)
def test_results_show_the_pages_own_spelling_never_the_folded_one(searching, lang, typed, written):
    assert typed not in pages_text(lang).lower()
    page = searching(lang)
    assert search(page, typed)
    assert typed not in page.locator("[data-search-results]").inner_text().lower()
    assert any(written in mark for mark in page.locator("[data-search-results] mark").all_inner_texts())


def test_typed_text_dictation_and_ime_composition_search_too(searching, base_url):
    page = searching("ar")
    box = page.locator("[data-search-query]")
    # Dictation and a phone keyboard's suggestion: text inserted without any key event.
    page.keyboard.insert_text("الحصول")
    finished(page)
    assert page.locator("[data-search-results] a").count() > 0
    # An input method's composition: only composition and input events, committed at the end.
    clear(page)
    box.evaluate("""box => {
        box.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));
        for (const partial of ['ب', 'بط', 'بطا', 'بطاقة']) {
            box.value = partial;
            box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: partial}));
        }
        box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: 'بطاقة'}));
    }""")
    finished(page)
    assert page.locator("[data-search-results] a").count() > 0
    # Typed key by key, as before.
    clear(page)
    box.press_sequentially("HES")
    finished(page)
    assert all(language_of(url, base_url) == "ar"
               for url in page.locator("[data-search-results] a").evaluate_all("links => links.map(l => l.href)"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_of_search_loads_before_the_reader_opens_it(page, base_url, lang):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("", "istanbul/practice/"):
        page.goto(base_url + prefix(lang) + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(1500)  # what the page's scripts fetch once loaded (a practice page's checker keeps downloading)
    assert [url for url in requested if SEARCH_FILE.search(url)] == []

    open_search(page)
    paste(page, "HES")
    finished(page)
    loaded = [url for url in requested if "/pagefind/" in url]
    assert any("/pagefind/wasm." in url for url in loaded)
    # Only this language's index crosses the network.
    others = [other for other in LANGUAGES if other != lang]
    assert [url for url in loaded for other in others if re.search(rf"[/.]{other}[_.]", url)] == []


def test_search_works_offline_once_the_guide_is_saved(context, page, base_url):
    lang = RTL_LANGUAGES[0] if RTL_LANGUAGES else DEFAULT
    page.goto(base_url + prefix(lang))
    wait_for_service_worker(page)
    wait_until_saved(page, "guide")
    context.set_offline(True)
    page.goto(base_url + prefix(lang) + "glossary/")
    open_search(page)
    found = search(page, "HES")
    assert len(found) >= 5 and all(language_of(url, base_url) == lang for url in found)
    page.locator("[data-search-results] a").first.click()
    expect(page.locator("html")).to_have_attribute("lang", lang)


def test_keyboard_opens_moves_through_and_closes_search(page, base_url):
    page.goto(base_url + "tr/")
    page.focus("body")
    tab_to(page, "[data-search-query]")
    expect(page.locator("#__search")).to_be_checked()
    box = page.locator("[data-search-query]")
    page.keyboard.insert_text("kimlik")
    finished(page)
    page.keyboard.press("ArrowDown")
    expect(page.locator("[data-search-results] a").first).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(box).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()
    box.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/tr/.+/$"))


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_tab_past_the_search_box_closes_the_search(page, base_url, lang):
    """The box opens the search as it takes the focus; Tab on out of it, forwards or back, closes it again,
    so that it does not hide the page where the focus goes."""
    page.goto(base_url + prefix(lang))
    for backwards in (False, True):
        page.focus("body")
        tab_to(page, "[data-search-query]")
        expect(page.locator("#__search")).to_be_checked()
        tab_to(page, ":not([data-site-search] *)", backwards)
        expect(page.locator("#__search")).not_to_be_checked()


@pytest.fixture(scope="module")
def axe_phone(browser):
    """The narrow phone (390 px), for the file's axe tests, which take its tab in turn. axe-core is injected as
    an inline script, which the site's Content-Security-Policy rightly refuses."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, bypass_csp=True)
    yield context
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_search_with_results_is_accessible_in_every_language(axe_phone, kept_tabs, base_url, lang, tmp_path):
    page = kept_tabs.take(axe_phone)
    page.goto(base_url + prefix(lang))
    dialog = page.locator("[data-site-search]")
    expect(dialog).to_have_attribute("role", "dialog")
    expect(dialog).to_have_attribute("aria-label", texts(page)["search.dialog"])
    open_search(page)
    search(page, "HES")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang in RTL_LANGUAGES else "ltr")
    page.screenshot(path=str(tmp_path / f"search-{lang}.png"))
    assert violations(page) == []
