"""A date in words or a listed proper name never breaks over two lines, on a 390 px phone, right to
left and left to right: "2 آذار/مارس 2022" and "Hayat Eve Sığar" were seen split as "2 آذار/ | مارس 2022"
and "Hayat Eve | Sığar"; nor does a short Latin term in right-to-left text ("(Başvuru | Durumunuz)"). The page is made by the build's own pass over every page
(html_fixes.isolate_ltr_runs, which keeps units whole with markup.keep_unit), with the site's style
sheets, and each unit is put after every length of text that could push it to a line's end; where its
parts are drawn says whether it broke (no site build: the pass is the one every built page goes through)."""

import pytest

from guide_site.pages.html_fixes import isolate_ltr_runs

from .conftest import MATERIAL_STYLES, serve_pages

# As the pages write them (docs/about.ar.md, docs/notes.tr.md, docs/glossary.ar.md …).
UNITS = {
    "ar": ["2 آذار/مارس 2022", "تشرين الأول/أكتوبر 2020", "15 كانون الثاني/يناير 2021", "Hayat Eve Sığar",
           "Göç Randevu Sistemi", "Başvuru Durumunuz"],
    "tr": ["2 Mart 2022", "15 Ocak 2021", "Hayat Eve Sığar", "Göç Randevu Sistemi", "Gaziantep Kart"],
    "fa": ["15 ژانویهٔ 2021", "Hayat Eve Sığar", "Image verification fails."],
}
FILLER = {"ar": "كلمة", "tr": "kelime", "fa": "واژه"}
LENGTHS = range(0, 40)  # words before the unit: enough to bring it to the end of a line several times


def page_html(lang: str) -> str:
    direction = "ltr" if lang == "tr" else "rtl"
    paragraphs = "".join(f'<p>{" ".join([FILLER[lang]] * length)} <span data-unit>{unit}</span> {FILLER[lang]}.</p>'
                         for unit in UNITS[lang] for length in LENGTHS)
    page = (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{MATERIAL_STYLES}'
            f'<link rel="stylesheet" href="assets/site.css"></head><body dir="{direction}"><main class="md-content">'
            f'<article class="md-content__inner md-typeset">{paragraphs}</article></main></body></html>')
    return isolate_ltr_runs(page, lang)


@pytest.fixture(scope="module")
def units_url(tmp_path_factory):
    pages = {f"{lang}.html": page_html(lang) for lang in UNITS}
    server, base_url = serve_pages(tmp_path_factory.mktemp("units"), pages)
    yield base_url
    server.shutdown()


# The lines a unit is drawn on: the distinct tops of its text's boxes.
LINES_OF_EACH_UNIT = """() => [...document.querySelectorAll("[data-unit]")].map((unit) => {
  const range = document.createRange();
  range.selectNodeContents(unit);
  const tops = [...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top));
  return [unit.textContent, new Set(tops.map((top) => Math.round(top / 4))).size];
})"""


@pytest.fixture(scope="module")
def narrow_phone(browser):
    """The narrow phone of our readers (390 px), one for the file: its tests only read a page each."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    yield context
    context.close()


@pytest.mark.parametrize("lang", list(UNITS))
def test_a_date_or_a_proper_name_stays_on_one_line(narrow_phone, kept_tabs, units_url, lang):
    page = kept_tabs.take(narrow_phone)
    page.goto(f"{units_url}{lang}.html")
    lines = page.evaluate(LINES_OF_EACH_UNIT)
    assert len(lines) == len(UNITS[lang]) * len(LENGTHS)
    broken = sorted({text.replace("\u00a0", " ").replace("\u2060", "") for text, count in lines if count > 1})
    assert broken == [], f"split over two lines at 390 px: {broken}"
