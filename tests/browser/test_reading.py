"""Reading the guide on a 390 px phone, in every language of mkdocs.yml: the way on to practice,
numbers and codes that neither reorder nor wrap in right-to-left text, body-size notices and
tables, the save panel, and a "page not found" page in the reader's language."""

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..site.conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT, RTL_LANGUAGES, TRANSLATED
from ..unit.answers import VALID
from .conftest import new_tab
from .keyboard_helpers import TAB_LIMIT, focused_matches
from .practice_helpers import fill, open_practice, submit

GUIDES_WITH_PRACTICE = sorted(path.parent.name for path in (ROOT / "docs").glob("*/practice.md"))
GUIDE_PAGES = sorted(path.stem for path in (ROOT / "docs").glob("*.md") if path.name.count(".") == 1 and path.stem != "offline")
PHONE = {"width": 390, "height": 844}
ORANGE_ACCENTS = {"rgb(255, 110, 64)", "rgb(255, 87, 34)", "rgb(230, 81, 0)", "rgb(255, 61, 0)"}

# In the page: every text of right-to-left layout that holds a Latin letter or a digit, outside an
# isolated left-to-right element; and every such element holding a digit that wraps or may wrap.
RUN_PROBLEMS = """() => {
  const problems = [];
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!/[A-Za-z0-9\\u0660-\\u0669\\u06f0-\\u06f9]/.test(node.data) || parent.closest("script, style, option, svg")) continue;
    if (!parent.checkVisibility()) continue;
    const run = parent.closest("bdi[dir=ltr]");
    const style = getComputedStyle(parent);
    if (style.direction === "rtl") {
      problems.push("not isolated: " + node.data.trim().slice(0, 50));
      continue;
    }
    if (!run || !/\\d/.test(node.data)) continue;
    const runStyle = getComputedStyle(run);
    if (runStyle.unicodeBidi !== "isolate" || runStyle.whiteSpace !== "nowrap") problems.push("may wrap: " + run.textContent);
    else if (run.getClientRects().length > 1) problems.push("wrapped: " + run.textContent);
  }
  if (document.documentElement.scrollWidth > innerWidth) problems.push("page wider than the screen");
  return problems;
}"""


def home(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


@pytest.fixture(scope="module")
def reader(browser):
    """One reader's phone for the tests of this file, a reader who has been to the site before (its
    saved files and service worker are kept from test to test): these tests read pages, and a browser
    context of its own costs each of them about a CPU-second more than a new tab."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context
    context.close()


@pytest.fixture
def phone(reader, kept_tabs):
    """The reader's tab on the reader's phone."""
    return kept_tabs.take(reader)


@pytest.fixture
def own_tab(reader):
    """A new tab on the reader's phone, for a test that listens to what its page logs."""
    with new_tab(reader) as page:
        yield page


@pytest.fixture
def first_visit(browser):
    """A phone that has never been to the site (what the save panel offers depends on what is saved)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    with new_tab(context) as page:
        yield page
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reader_goes_from_each_guide_to_its_practice_and_on_to_the_next_guide(phone, base_url, lang):
    """Starting at the first guide of the nav, "Practise" then the footer's "Next" visit every guide and its practice."""
    phone.goto(base_url + home(lang))
    menu = [href.strip("./").rstrip("/") for href in phone.locator("nav.md-nav--primary a.md-nav__link[href]").evaluate_all(
        "links => links.map((link) => link.getAttribute('href'))")]
    first_guide = next(name for name in menu if name in GUIDES_WITH_PRACTICE)
    phone.goto(base_url + home(lang) + first_guide + "/")
    visited = []
    while phone.locator("article a.md-button--primary[href='practice/']").count():
        guide_url = phone.url
        visited.append(guide_url.rstrip("/").rsplit("/", 1)[1])
        with phone.expect_navigation():
            phone.locator("article a.md-button--primary[href='practice/']").click()
        assert phone.url == guide_url + "practice/"
        expect(phone.locator("article form").first).to_be_visible()
        assert phone.evaluate("document.documentElement.lang") == lang
        with phone.expect_navigation():
            phone.locator("a.md-footer__link--next").click()
    assert sorted(visited) == GUIDES_WITH_PRACTICE


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
@pytest.mark.parametrize("page_name", GUIDE_PAGES)
def test_numbers_and_codes_in_right_to_left_pages_neither_reorder_nor_wrap(phone, base_url, lang, page_name):
    phone.goto(base_url + home(lang) + ("" if page_name == "index" else page_name + "/"))
    assert phone.evaluate(RUN_PROBLEMS) == []


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
@pytest.mark.parametrize("guide", GUIDES_WITH_PRACTICE)
def test_numbers_in_right_to_left_practice_pages_neither_reorder_nor_wrap(phone, base_url, lang, guide):
    phone.goto(base_url + f"{home(lang)}{guide}/practice/")
    assert phone.evaluate(RUN_PROBLEMS) == []


def test_page_scripts_isolate_runs_with_text_nodes_only(phone, base_url):
    phone.goto(base_url + home(RTL_LANGUAGES[0]) + "istanbul/")
    result = phone.evaluate("""async () => {
      // The helper is named by its content; the service worker's manifest lists it.
      const manifest = await (await fetch(new URL("sw.js", __md_scope))).text();
      const helper = manifest.match(/assets[/]ltr-runs[.][0-9a-f]{10}[.]js/)[0];
      const { setTextWithLtrRuns } = await import(new URL(helper, __md_scope).href);
      const box = document.createElement("p");
      box.style.width = "6em";
      document.querySelector("article").append(box);
      setTextWithLtrRuns(box, 'أُرسل الرمز إلى 0532 *** ** 67 <img src=x onerror="window.hacked=1">');
      const runs = [...box.querySelectorAll("bdi")].map(run => [run.textContent, run.dir, run.getClientRects().length]);
      return { runs, images: box.querySelectorAll("img").length, text: box.textContent };
    }""")
    assert result["images"] == 0
    assert result["text"].endswith('<img src=x onerror="window.hacked=1">')
    assert result["runs"][0] == ["0532 *** ** 67", "ltr", 1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_site_name_in_the_header_reads_whole_on_a_phone(phone, base_url, lang):
    phone.goto(f"{base_url}{home(lang)}goc-randevu/practice/")
    name = phone.locator(".md-header__topic:first-child > .md-ellipsis")
    expect(name).to_be_visible()
    fits = name.evaluate("name => name.scrollWidth <= name.clientWidth && name.scrollHeight <= name.clientHeight + 1")
    assert fits, f"{lang}: the site's name is cut off: {name.text_content()!r}"
    assert name.evaluate("name => name.getClientRects()[0].bottom") <= phone.locator(".md-header").bounding_box()["height"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notices_tables_and_drawings_are_body_size_on_a_phone(phone, base_url, lang):
    phone.goto(base_url + home(lang) + "istanbul/")
    sizes = phone.evaluate("""() => Object.fromEntries(
      ["article .admonition p:not(.admonition-title)", "article table td", "article .form-picture__sheet", "article figcaption"]
        .map(selector => [selector, parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)]))""")
    assert all(size >= 16 for size in sizes.values()), sizes
    phone.goto(base_url + home(lang) + "istanbul/practice/")
    label = phone.evaluate("parseFloat(getComputedStyle(document.querySelector('.mock-phone__label')).fontSize)")
    assert label >= 16


@pytest.mark.parametrize("lang", LANGUAGES)
def test_drawings_are_captioned_pictures_not_inputs(phone, base_url, lang):
    phone.goto(base_url + home(lang) + "istanbul/")
    pictures = phone.locator("figure.form-picture")
    assert pictures.count() >= 3 and phone.locator("figure.form-picture--whole").count() == 1
    for index in range(pictures.count()):
        expect(pictures.nth(index).locator("figcaption .form-picture__title")).to_be_visible()
        assert pictures.nth(index).locator("input, select, textarea, button").count() == 0
        box = pictures.nth(index).locator(".form-picture__box").first
        if box.count():
            assert box.evaluate("b => getComputedStyle(b).borderStyle") == "dashed"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_save_panel_keeps_each_size_whole_and_the_sites_colours(first_visit, base_url, lang):
    phone = first_visit
    phone.goto(base_url + home(lang))
    sizes = phone.locator("[data-offline-save] [data-size]")
    expect(sizes.first).not_to_be_empty()
    for index in range(sizes.count()):
        assert sizes.nth(index).evaluate("s => s.getClientRects().length") == 1
    button = phone.locator("[data-offline-part=all] [data-save]")
    button.hover()
    button.focus()
    colour = button.evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour not in ORANGE_ACCENTS


class NetlifyLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site as Netlify would: a missing address gets the 404 page its
    `_redirects` rules name (with status 404), else the root 404.html."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.exists() and (path.is_file() or (path / "index.html").exists()):
            return super().send_head()
        target = "/404.html"
        for line in (Path(self.directory) / "_redirects").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[2] == "404" and self.path.startswith(parts[0].rstrip("*")):
                target = parts[1]
                break
        body = (Path(self.directory) / target.lstrip("/")).read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return __import__("io").BytesIO(body)


@pytest.fixture(scope="module")
def netlify_like(served_site):
    folder = served_site[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(NetlifyLikeHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_address_gets_the_not_found_page_of_its_language(own_tab, netlify_like, lang):
    phone = own_tab
    errors = []
    phone.on("console", lambda message: errors.append(message.text) if message.type == "error" and "404" not in message.text else None)
    phone.on("pageerror", lambda error: errors.append(str(error)))
    response = phone.goto(netlify_like + home(lang) + "no/such/page/")
    assert response.status == 404
    sections = phone.locator("section.not-found")
    if lang == DEFAULT_LANGUAGE:  # the root page answers in every language
        assert sections.evaluate_all("all => all.map(s => s.lang)") == list(LANGUAGES)
    else:
        direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
        assert phone.evaluate("[document.documentElement.lang, document.documentElement.dir, document.body.dir]") \
            == [lang, direction, direction]
        assert sections.evaluate_all("all => all.map(s => s.lang)") == [lang]
    switcher = phone.locator("a.md-select__link").evaluate_all("links => links.map(a => [a.hreflang, a.pathname])")
    assert dict(switcher) == {other: "/" + home(other) for other in LANGUAGES}
    sections.first.locator("a.md-button").click()
    assert phone.url == netlify_like + home(lang)
    assert errors == []


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_numbers_the_practice_page_writes_later_neither_reorder_nor_wrap(phone, base_url, lang):
    open_practice(phone, base_url, "istanbul", lang)
    fill(phone, "istanbul", VALID["istanbul"] | {"phone": "+963 944 123 456", "hes_code": "A1B2"})
    submit(phone)
    expect(phone.locator("#practice-summary")).to_be_visible()
    assert phone.evaluate(RUN_PROBLEMS) == []
    fill(phone, "istanbul", VALID["istanbul"] | {"phone": "٠٥٣٢ ١٢٣ ٤٥ ٦٧"})
    submit(phone)
    # Arabic digits pass with a warning: the stage stops once to show it (numbers in it too), then goes on.
    expect(phone.locator("#practice-checks")).to_be_visible()
    assert phone.evaluate(RUN_PROBLEMS) == []
    submit(phone)
    expect(phone.locator("[data-sms-sent]")).to_contain_text("0532")
    assert phone.evaluate(RUN_PROBLEMS) == []


SIDEWAYS = "() => [document.documentElement.scrollWidth - document.documentElement.clientWidth, scrollX, visualViewport.offsetLeft]"


@pytest.fixture(scope="module")
def reader_without_scripts(browser):
    """The reader's phone with JavaScript off, for the file's tests of pages without their scripts."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    yield context
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_on_a_phone_reaches_the_page_through_nothing_off_the_screen(reader, kept_tabs, base_url, lang):
    """From the top: the skip link, the header's buttons, the search box; not the links of the closed menu
    drawer, which lie off the screen (eighteen of them took the focus, unseen, before the page's first link)."""
    page = kept_tabs.take(reader)
    page.goto(base_url + home(lang) + "goc-randevu/")
    page.focus("body")
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if focused_matches(page, "article *"):
            break
        expect(page.locator(":focus")).to_be_in_viewport()
    else:
        raise AssertionError("Tab never reached the page's content")


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_key_pressed_outside_a_box_neither_leaves_the_page_nor_opens_search(reader, kept_tabs, base_url, lang):
    """A letter or a full stop pressed on a practice form's button (Material's one-key shortcuts: n and . went
    to the next page, p and , to the previous one, everything typed lost; WCAG 2.1.4)."""
    page = kept_tabs.take(reader)
    url = base_url + home(lang) + "goc-randevu/practice/"
    page.goto(url)
    page.locator(".practice-button").first.focus()
    for key in ("n", ".", "p", ",", "s", "/", "f"):
        page.keyboard.press(key)
    page.wait_for_timeout(500)
    assert page.url == url
    expect(page.locator("#__search")).not_to_be_checked()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_never_slides_sideways_on_a_phone(reader, reader_without_scripts, kept_tabs, base_url, lang):
    """Not as it loads or without scripts, nor while Tab goes through the header: the language list and
    the search box (Material's opening search and its language list stood past the screen's edge)."""
    for context, scripts in ((reader_without_scripts, False), (reader, True)):
        page = kept_tabs.take(context)
        page.goto(base_url + home(lang) + "e-ikamet/practice/")
        assert page.evaluate(SIDEWAYS) == [0, 0, 0], f"{lang}, scripts {'on' if scripts else 'off'}"
        if scripts:
            page.focus("body")
            while not page.evaluate("!!document.activeElement.closest('.md-sidebar, article')"):
                page.keyboard.press("Tab")
                page.wait_for_timeout(100)  # the search opening, the list showing
                where = page.evaluate("document.activeElement.className")
                assert page.evaluate(SIDEWAYS) == [0, 0, 0], f"{lang}: slid sideways with the focus on {where}"
