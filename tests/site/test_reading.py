"""What a reader of each language gets from the built pages: a way on to practice, numbers that
read right in right-to-left text, no English left on translated pages, dated information, and a
"page not found" page in their language. Languages come from mkdocs.yml's i18n config."""

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date

from ..fixture_project import REPORT_URL
from .conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT, RTL_LANGUAGES, TRANSLATED, in_page_script, is_rtl

DOCS = ROOT / "docs"
GUIDES_WITH_PRACTICE = sorted(path.parent.name for path in DOCS.glob("*/practice.md"))
PAGES = sorted(path.stem for path in DOCS.glob("*.md") if path.name.count(".") == 1)


def section_pages(section: str) -> set[str]:
    """The guide pages of a menu section: its forms' guides, and the pages whose front matter names it."""
    from mkdocs.utils.meta import get_data
    from simulator.forms import all_forms
    guides = {form.guide for form in all_forms().values() if (form.section or "hes") == section}
    return guides | {page for page in PAGES if get_data((DOCS / f"{page}.md").read_text(encoding="utf-8"))[1].get("section") == section}


# The pages that carry the "HES requirement ended" notice under their title: the HES section's
# (its four guides, the notes, getting a HES code); the home page says it in its own HES section.
HES_PAGES = section_pages("hes")
TODAY_GUIDES = sorted(section_pages("today"))
# English words that are not also Turkish words ("not", "on", "at", "an" are Turkish).
ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "to", "is", "are", "your", "you", "with", "for", "this", "that",
                          "from", "by", "will", "can", "must", "was", "were", "has", "have", "here", "there", "what",
                          "when", "which", "who", "days", "year", "birth", "surname", "nationality", "please"}
# Proper names and portal terms that may contain such words (none so far).
ALLOWED_ENGLISH = set()
LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u0660-\u0669\u06f0-\u06f9]")
DIGIT = re.compile(r"\d")


def folder_of(site: Path, lang: str) -> Path:
    return site if lang == DEFAULT_LANGUAGE else site / lang


def page_html(site: Path, lang: str, page: str) -> str:
    path = folder_of(site, lang) / ("index.html" if page == "index" else f"{page}/index.html")
    return path.read_text(encoding="utf-8")


def html_pages(site: Path, lang: str):
    """Every HTML page of one language (the default language's pages are those outside the others' folders)."""
    others = [site / other for other in TRANSLATED]
    for path in sorted(folder_of(site, lang).rglob("*.html")):
        if lang == DEFAULT_LANGUAGE and any(folder in path.parents for folder in others):
            continue
        yield path


class ArticleText(HTMLParser):
    """The article's text, each piece with the direction it is laid out in and whether it sits in an
    isolated left-to-right element that keeps it on one line."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    SKIPPED = {"script", "style", "option", "select", "svg", "title", "textarea"}

    def __init__(self, direction: str):
        super().__init__()
        self.stack = [("", direction, False, None, False)]  # tag, direction, in article, run classes, skipped
        self.pieces: list[tuple[str, str, str | None]] = []  # (text, direction, classes of the enclosing run)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        _, direction, inside, run, skipped = self.stack[-1]
        attributes = dict(attrs)
        inside = inside or tag == "article"
        if attributes.get("dir") in ("ltr", "rtl"):
            direction = attributes["dir"]
        if tag == "bdi" and attributes.get("dir") == "ltr":
            run = attributes.get("class") or ""
        self.stack.append((tag, direction, inside, run, skipped or tag in self.SKIPPED))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        _, direction, inside, run, skipped = self.stack[-1]
        if inside and not skipped and data.strip():
            self.pieces.append((data, direction, run))


def article_pieces(path: Path) -> list[tuple[str, str, str | None]]:
    html = path.read_text(encoding="utf-8")
    direction = re.search(r'<html lang="[\w-]+" dir="(\w+)"', html).group(1)
    parser = ArticleText(direction)
    parser.feed(html)
    return parser.pieces


def article_text(path: Path) -> str:
    return " ".join(text for text, _, _ in article_pieces(path))


# Reaching the practice forms

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide", GUIDES_WITH_PRACTICE)
def test_every_guide_links_to_its_practice_page(site, guide, lang):
    html = page_html(site, lang, guide)
    assert 'class="practice-coming"' not in html
    assert re.search(r'<a class="md-button md-button--primary" href="practice/">', html)
    assert f'<html lang="{lang}"' in page_html(site, lang, f"{guide}/practice")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_leads_from_each_guide_to_its_practice_and_on_to_the_next_guide(site, lang):
    for number, guide in enumerate(sorted(GUIDES_WITH_PRACTICE, key=nav_position)):
        guide_next = re.search(r'<a href="([^"]*)" class="md-footer__link md-footer__link--next"', page_html(site, lang, guide))
        assert guide_next and guide_next.group(1) == "practice/", guide
        practice_next = re.search(r'<a href="([^"]*)" class="md-footer__link md-footer__link--next"',
                                  page_html(site, lang, f"{guide}/practice"))
        following = sorted(GUIDES_WITH_PRACTICE, key=nav_position)[number + 1:]
        if following:
            assert practice_next and practice_next.group(1) == f"../../{following[0]}/", guide


def nav_position(guide: str) -> tuple[int, int]:
    """Where the menu puts a guide: by its section (the forms of today first), then its spec's `order`."""
    from simulator.forms import all_forms
    sections = ["today", "hes"]  # the pages plugin's sections, in the menu's order
    form = next(form for form in all_forms().values() if form.guide == guide)
    return sections.index(form.section or sections[-1]), form.order


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide", GUIDES_WITH_PRACTICE)
def test_a_guide_draws_its_form_whole_once_then_only_each_steps_part(site, guide, lang):
    html = page_html(site, lang, guide)
    assert html.count("form-picture--whole") == 1
    for figure in re.findall(r'<figure class="form-picture.*?</figure>', html, re.S):
        assert "<figcaption>" in figure and "form-picture__title" in figure
        assert not re.search(r"<(input|textarea|select|button)\b", figure)
    whole = re.search(r'<figure class="form-picture form-picture--whole.*?</figure>', html, re.S).group(0)
    for part in re.findall(r'<figure class="form-picture form-picture--part.*?</figure>', html, re.S):
        assert part.count("form-picture__row") + part.count("form-picture__tick") \
            < whole.count("form-picture__row") + whole.count("form-picture__tick")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fields_tables_example_of_a_list_is_the_option_as_the_portal_writes_it(site, lang):
    """A chosen option's example is its Turkish text (Pasaport), never the spec's name for it (passport)."""
    from simulator.forms import all_forms
    from simulator.kinds import options_of
    seen = 0
    for form in all_forms().values():
        html = page_html(site, lang, form.guide)
        for field in form.fields:
            label = dict(options_of(field)).get(field.example)
            if not label:
                continue
            row = re.search(rf'<tr id="field-{form.id}-{field.id}">(.*?)</tr>', html, re.S).group(1)
            example = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[1]
            assert unescape(re.sub(r"<[^>]+>", "", example)) == label, (form.id, field.id)
            assert 'lang="tr"' in example
            seen += 1
    assert seen >= 6


# Numbers, codes and mixed scripts in right-to-left text

@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_in_right_to_left_text_every_number_and_latin_run_is_isolated_and_unbroken(site, lang):
    problems = []
    for path in html_pages(site, lang):
        for text, direction, run in article_pieces(path):
            if direction == "rtl" and run is None and LATIN_OR_DIGIT.search(text):
                problems.append(f"{path.relative_to(site)}: not isolated: {text.strip()[:60]!r}")
            if run is not None and DIGIT.search(text) and "ltr--words" in run.split():
                problems.append(f"{path.relative_to(site)}: may wrap: {text!r}")
            if run is not None and "ltr" not in run.split() and "tr-term" not in run.split():
                problems.append(f"{path.relative_to(site)}: isolated without the nowrap class: {text!r}")
    assert not problems, problems[:20]


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_rtl_pages_show_sms_formats_left_to_right_with_placeholders_in_the_language(site, lang):
    html = page_html(site, lang, "hes-code")
    formats = re.findall(r'<span class="sms-format" dir="ltr">(.*?)</span></span>(?=\s*</td>)', html, re.S)
    assert len(formats) == 3
    for sms in formats:
        assert re.search(r"<code><bdi dir=\"ltr\" class=\"ltr\">HES</bdi></code>", sms)
        slots = re.findall(r'<span class="sms-format__slot" dir="rtl">(.*?)</span>', sms, re.S)
        assert slots and all(re.search("[\u0600-\u06ff]", slot) for slot in slots)


def test_the_page_script_helper_splits_text_as_the_build_does():
    """docs/assets/ltr-runs.js and markup.py find the same runs (the build and the page scripts agree)."""
    from guide_site.markup import RUN, run_class
    samples = ["أُرسل الرمز إلى 0532 *** ** 67", "مثل A1B2-3456-78. ثم Hayat Eve Sığar", "تاريخ 05.03.1990، والرقم ٠٥٣٢ ١٢٣",
               "gmail.com, e-Devlet: turkiye.gov.tr", "HES 99123456740 1990 365", "2020–2022", "lorem ipsum"]
    found = in_page_script("docs/assets/ltr-runs.js", samples,
                           "samples.map(s => m.splitRuns(s).filter(p => p[1]).map(p => [p[0], m.runClass(p[0])]))")
    assert found == [[[run, run_class(run)] for run in RUN.findall(sample)] for sample in samples]


def test_sizes_are_written_as_each_language_writes_them_by_the_build_and_the_page_scripts_alike():
    """3,9 MB in Turkish and 3.9 MB elsewhere (Latin digits everywhere), from markup the build writes and
    figures docs/assets/transfer-size.js writes on the page."""
    from guide_site.site_text import megabytes
    sizes = [3_940_000, 13_851_000, 49_999, 120_450_000]
    written = in_page_script("docs/assets/transfer-size.js", [LANGUAGES, sizes],
                             "samples[0].map(lang => samples[1].map(size => m.megabytes(size, lang)))")
    assert written == [[megabytes(size, lang) for size in sizes] for lang in LANGUAGES]
    assert megabytes(3_940_000, "tr") == "3,9" and megabytes(3_940_000, "en") == "3.9"
    assert {megabytes(120_450_000, lang) for lang in LANGUAGES if lang != "tr"} == {"120.5"}


def test_in_turkish_no_meaning_beside_a_portal_term_only_says_it_again(site):
    """No "Yeni Bir Başvuru Yapmak İstiyorum (Yeni bir başvuru yapmak istiyorum)": letter case aside, with
    Turkish's dotted and dotless i; a meaning that says more ("NEXT (İleri)") stays."""
    from simulator.messages import repeats
    assert repeats("yeni bir başvuru yapmak istiyorum", "Yeni Bir Başvuru Yapmak İstiyorum")
    assert repeats("ılık", "ILIK") and not repeats("Devam", "Devam Et")
    beside = re.compile(r'<bdi lang="tr"[^>]*>([^<]+)</bdi>(?:</button>)?\s*'
                        r'<span[^>]*class="practice-field__meaning"[^>]*>\(?([^<]+?)\)?</span>')
    pairs = [(unescape(term).strip(), unescape(meaning).strip())
             for path in sorted(folder_of(site, "tr").glob("*/practice/index.html"))
             for term, meaning in beside.findall(path.read_text(encoding="utf-8"))]
    assert len(pairs) > 100 and ("NEXT", "İleri") in pairs
    assert not [pair for pair in pairs if repeats(pair[1], pair[0])]


# Nothing English on translated pages

@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_english_sentences_left_on_translated_pages(site, lang):
    words = re.compile(r"\b(" + "|".join(sorted(ENGLISH_FUNCTION_WORDS)) + r")\b", re.I)
    found = []
    for path in html_pages(site, lang):
        text = article_text(path)
        for term in ALLOWED_ENGLISH:
            text = text.replace(term, "")
        found += [f"{path.relative_to(site)}: …{text[max(0, m.start() - 40):m.end() + 40]}…" for m in words.finditer(text)]
    assert not found, found[:10]


# Dated information, in words

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", sorted(HES_PAGES))
def test_every_hes_page_says_the_rule_ended_and_dates_its_information(site, page, lang):
    html = page_html(site, lang, page)
    notice = re.search(r'<div class="admonition warning status-notice">(.*?)</div>', html, re.S)
    assert notice, "no status notice"
    text = re.sub(r"<[^>]+>", "", notice.group(1))
    assert "2022" in text and "2026" in text
    assert html.index("<h1") < html.index("status-notice") < html.find("<h2", html.index("<h1")) or "<h2" not in html


def test_the_hes_section_is_its_guides_the_notes_and_getting_a_hes_code():
    assert HES_PAGES == {"istanbul", "gaziantep", "antalya", "other-provinces", "notes", "hes-code"}
    assert TODAY_GUIDES == ["e-ikamet", "goc-randevu"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_hes_notice_is_only_on_the_hes_sections_pages(site, lang):
    with_notice = {page for page in PAGES if "status-notice" in page_html(site, lang, page)}
    assert with_notice == HES_PAGES
    practice = {guide for guide in GUIDES_WITH_PRACTICE if "status-notice" in page_html(site, lang, f"{guide}/practice")}
    assert practice == set(), "practice pages carry the practice frame, not the notice"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide", TODAY_GUIDES)
def test_each_guide_of_today_and_its_practice_say_when_their_form_was_last_checked_in_words(site, guide, lang):
    from guide_site.site_text import day_month_year, say
    from simulator.forms import all_forms
    form = next(form for form in all_forms().values() if form.guide == guide)
    assert form.reviewed, f"the spec of {guide} says when its facts were last checked (reviewed = …)"
    title = say("reviewed.title", lang, date=day_month_year(form.reviewed, lang))
    for page in (guide, f"{guide}/practice"):
        html = page_html(site, lang, page)
        notice = re.search(r'<div class="admonition info reviewed-notice">(.*?)</div>', html, re.S)
        assert notice, page
        text = unescape(re.sub(r"<[^>]+>", "", notice.group(1)))
        assert re.sub(r"\s+", " ", title) in re.sub(r"\s+", " ", text), (page, text)
        assert html.index("<h1") < html.index("reviewed-notice")
        assert form.reviewed not in article_text(folder_of(site, lang) / page / "index.html"), "in words, not digits"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dates_are_written_as_words(site, lang):
    for page in PAGES:
        text = article_text(folder_of(site, lang) / ("index.html" if page == "index" else f"{page}/index.html"))
        assert not re.search(r"(?<![\w-])(19|20)\d\d-(0[1-9]|1[0-2])(?![\w-])", text), page
    month = format_date(__import__("datetime").date(2021, 1, 1), "MMMM", locale=Locale.parse(lang))
    assert month.lower() in article_text(folder_of(site, lang) / "istanbul/index.html").lower()


# The glossary, the notes, About

@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_explains_onayla(site, lang):
    row = re.search(r"<tr>\s*<td><bdi[^>]*>Onayla</bdi></td>\s*<td>(.*?)</td>", page_html(site, lang, "glossary"), re.S)
    assert row and row.group(1).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notes_show_the_original_statement_with_its_correction(site, lang):
    html = page_html(site, lang, "notes")
    quote = re.search(r"<blockquote>(.*?)</blockquote>", html, re.S).group(1)
    assert "15/01/2021" in unescape(re.sub(r"<[^>]+>", "", quote))
    correction = re.search(r'<div class="admonition note">(.*?)</div>', html, re.S).group(1)
    assert correction.index("15") and "2022" in correction
    assert html.index("<blockquote>") < html.index('<div class="admonition note">')


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_has_no_report_link_without_an_address(site, lang):
    html = page_html(site, lang, "about")
    assert "issues" not in re.sub(r"<[^>]+>", "", html.split("<article", 1)[1]).lower()
    assert 'rel="noopener"' not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_links_to_the_report_address_set_at_build_time(fixture_forms, lang):
    # The fixture forms' copy of the project is built with a report address (tests/fixture_project.py).
    html = page_html(fixture_forms.folder, lang, "about")
    link = re.search(rf'<a href="{re.escape(REPORT_URL)}" rel="noopener">([^<]+)</a>', html)
    assert link and link.group(1).strip()


# Page not found

@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_has_its_own_not_found_page(site, lang):
    html = (site / lang / "404.html").read_text(encoding="utf-8")
    direction = "rtl" if is_rtl(lang) else "ltr"
    assert f'<html lang="{lang}" dir="{direction}"' in html and f'<body dir="{direction}"' in html
    assert "404 - Not found" not in html
    assert 'http-equiv="Content-Security-Policy"' in html and 'id="offline-config"' in html
    assert "hreflang" not in html.split("</head>")[0]
    switcher = dict((hreflang, href) for href, hreflang in
                    re.findall(r'<a href="([^"]*)" hreflang="([\w-]+)" class="md-select__link">', html))
    assert switcher == {other: "/" if other == DEFAULT_LANGUAGE else f"/{other}/" for other in LANGUAGES}


def test_the_root_not_found_page_speaks_every_language(site):
    html = (site / "404.html").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        direction = "rtl" if is_rtl(lang) else "ltr"
        section = re.search(rf'<section class="not-found" lang="{lang}" dir="{direction}">(.*?)</section>', html, re.S)
        home = "/" if lang == DEFAULT_LANGUAGE else f"/{lang}/"
        assert section and f'href="{home}"' in section.group(1)
    assert 'http-equiv="Content-Security-Policy"' in html and "404 - Not found" not in html
    redirects = (site / "_redirects").read_text(encoding="utf-8")
    for lang in TRANSLATED:
        assert f"/{lang}/*  /{lang}/404.html  404" in redirects
