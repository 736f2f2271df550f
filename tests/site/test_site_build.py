"""The built site, as mkdocs-static-i18n's own tests do it: build for real, read the HTML."""

import json
import re
import shutil
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml

from simulator import messages
from simulator.forms import form_ids, load

from .conftest import LANGUAGES, ROOT, TRANSLATED, is_rtl, language_prefix, site_say

DOCS = ROOT / "docs"
PAGES = sorted(path.stem for path in DOCS.glob("*.md") if path.name.count(".") == 1)
SITE_URL = "http://127.0.0.1:8000/"
SEED_TERMS = ["Ad", "Soyad", "TC Kimlik No/ YKN", "Doğum Tarihi", "Mail Adresi", "Kart Numarası", "Telefon Numarası",
              "Hes Kodu", "Kaydet", "Yabancı Pasaport Numarası ile işlem yapmak istiyorum", "Kart numarası",
              "Telefon numarası", "Hes kodu", "Tanımla", "TC Vatandaşı", "Diğer", "NEXT", "doğrulama kodu"]


class Links(HTMLParser):
    """Every src and href of a page, and its meta description."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.description = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]
        if tag == "meta" and attributes.get("name") == "description":
            self.description = attributes.get("content")


def page_file(site: Path, lang: str, page: str) -> Path:
    folder = site / language_prefix(lang)
    return folder / "index.html" if page == "index" else folder / page / "index.html"


def all_html(site: Path):
    return sorted(site.rglob("*.html"))


def parsed(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def url_of(site: Path, path: Path) -> str:
    relative = path.relative_to(site).as_posix()
    return SITE_URL + relative.removesuffix("index.html")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_written_in_every_language(page):
    for lang in TRANSLATED:
        assert (DOCS / f"{page}.{lang}.md").exists(), f"{page}.md has no {lang} translation"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_built_in_every_language_with_its_lang_and_dir(site, page, lang):
    html = page_file(site, lang, page).read_text(encoding="utf-8")
    direction = "rtl" if is_rtl(lang) else "ltr"
    assert f'<html lang="{lang}" dir="{direction}"' in html
    assert f'<body dir="{direction}"' in html
    assert "fallback-notice" not in html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_its_own_description_in_its_language(site, page, lang):
    description = parsed(page_file(site, lang, page)).description
    assert description and len(description) > 40
    if is_rtl(lang):
        assert re.search("[\u0600-\u06ff]", description)
    descriptions = {parsed(page_file(site, other, page)).description for other in LANGUAGES}
    assert len(descriptions) == len(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form_id", form_ids())
def test_generated_tables_list_every_field_of_the_spec(site, form_id, lang):
    page = load(form_id).guide
    html = page_file(site, lang, page).read_text(encoding="utf-8")
    form = load(form_id)
    for field in form.fields:
        row = re.search(rf'<tr id="field-{form_id}-{field.id}">(.*?)</tr>', html, re.S)
        assert row, f"{field.id} missing from the {lang} table of {form_id}"
        assert re.search(rf'<bdi lang="tr" dir="ltr" class="tr-term[^"]*">{re.escape(escape(field.label))}</bdi>', row.group(1))
    assert f'--button-colour: {form.button_colour}' in html
    assert html.count('class="form-picture form-picture--whole"') == 1
    assert html.count('class="form-picture form-picture--part"') >= 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_turkish_term_of_the_seed_is_in_each_languages_pages(site, lang):
    text = " ".join(page_file(site, lang, page).read_text(encoding="utf-8") for page in PAGES)
    missing = [term for term in SEED_TERMS if f">{term}<" not in text]
    assert not missing


def test_no_page_refers_to_another_site(site):
    for path in all_html(site):
        for url in parsed(path).urls:
            parts = urlparse(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                assert url.startswith(SITE_URL), f"{path.relative_to(site)} refers to {url}"
            assert parts.scheme in ("", "http", "https"), f"{path.relative_to(site)}: {url}"


def test_internal_links_resolve(site):
    broken = []
    for path in all_html(site):
        base = url_of(site, path)
        for url in parsed(path).urls:
            target = urlparse(urljoin(base, url))
            if not urljoin(base, url).startswith(SITE_URL) or not target.path:
                continue
            local = site / target.path.removeprefix("/")
            if target.path.endswith("/"):
                local = local / "index.html"
            if not local.exists():
                broken.append(f"{path.relative_to(site)} → {url}")
    assert not broken, broken[:20]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_dialog_has_an_accessible_name(site, lang):
    name = site_say("search.dialog", lang)
    html = page_file(site, lang, "index").read_text(encoding="utf-8")
    assert f'role="dialog" aria-label="{name}"' in html


def test_language_switcher_keeps_the_page_and_no_instant_navigation(site):
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    assert "navigation.instant" not in config["theme"]["features"]
    html = page_file(site, "tr", "gaziantep").read_text(encoding="utf-8")
    switcher = re.search(r'<div class="md-select__inner">(.*?)</div>', html, re.S).group(1)
    assert re.search(r'href="[./]*/?ar/gaziantep/"', switcher), switcher
    assert re.search(r'href="[./]*/?gaziantep/"[^>]*hreflang="en"', switcher), switcher


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_pages_hes_notice_dates_the_information(site, lang):
    html = page_file(site, lang, "index").read_text(encoding="utf-8")
    assert "2022" in html and "2026" in html
    assert 'class="admonition warning"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_turkish_words_and_numbers_are_isolated_inside_arabic_and_other_text(site, lang):
    html = page_file(site, lang, "istanbul").read_text(encoding="utf-8")
    assert '<bdi lang="tr" dir="ltr" class="tr-term ltr">Kaydet</bdi>' in html
    assert '<bdi dir="ltr" class="ltr">0532 123 45 67</bdi>' in html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_carries_a_content_security_policy_allowing_only_the_site(site, page, lang):
    html = page_file(site, lang, page).read_text(encoding="utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    assert "default-src 'self'" in policy and "'wasm-unsafe-eval'" in policy
    assert "http" not in policy and "*" not in policy and "'unsafe-eval'" not in policy


def headers_for(site, path: str) -> dict[str, str]:
    """The headers a static host sends for ``path`` by site/_headers: those of every rule matching it."""
    sent, matching = {}, False
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("/"):
            pattern = re.escape(line.strip()).replace(r"\*", ".*")
            matching = re.fullmatch(pattern, path) is not None
        elif matching and line.strip():
            name, _, value = line.strip().partition(": ")
            sent[name] = value
    return sent


def test_headers_file_for_static_hosts(site):
    headers = (site / "_headers").read_text(encoding="utf-8")
    assert "Content-Type: application/wasm" in headers
    assert re.search(r"/assets/pyodide/\*\n  Cache-Control: public, max-age=31536000, immutable", headers)


def test_the_policy_is_sent_with_every_page_and_worker_and_not_with_each_file_they_load(site):
    worker = next((site / "assets" / "practice").glob("checker-worker.*.js")).relative_to(site).as_posix()
    documents = ["/", "/404.html", "/sw.js", f"/{worker}"] + [
        "/" + path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("index.html") if "assets" not in path.parts]
    for path in documents:
        sent = headers_for(site, path)
        assert "frame-ancestors 'none'" in sent.get("Content-Security-Policy", ""), path
        assert sent["Referrer-Policy"] == "no-referrer" and sent["X-Content-Type-Options"] == "nosniff", path
    module = next((site / "assets" / "practice").glob("practice-page.*.js")).relative_to(site).as_posix()
    for path in (f"/{module}", "/assets/pyodide/x/pyodide.asm.wasm", "/pagefind/pagefind.js", "/assets/icon.svg"):
        sent = headers_for(site, path)
        assert "Content-Security-Policy" not in sent and sent["X-Content-Type-Options"] == "nosniff", path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_an_installable_web_app_manifest(site, lang):
    folder, direction = language_prefix(lang), "rtl" if is_rtl(lang) else "ltr"
    manifest = json.loads((site / folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert (manifest["lang"], manifest["dir"]) == (lang, direction)
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert (site / folder / icon["src"]).resolve().exists()
    assert '<link rel="manifest"' in page_file(site, lang, "index").read_text(encoding="utf-8")


def test_service_worker_lists_every_page_with_a_hash_and_names_its_cache_after_them(site):
    script = (site / "sw.js").read_text(encoding="utf-8")
    build = re.search(r'const BUILD = "(\w+)";', script).group(1)
    files = json.loads(re.search(r"const FILES = (.*);", script).group(1))
    urls = {entry["url"] for entry in files}
    for lang in LANGUAGES:
        for page in PAGES:
            assert page_file(site, lang, page).relative_to(site).as_posix().removesuffix("index.html") in urls
    assert all(len(entry["hash"]) == 16 for entry in files)
    assert {entry["group"] for entry in files} == {"core", "practice"} | {f"guide-{lang}" for lang in LANGUAGES}
    assert len(build) == 12


def test_the_site_holds_none_of_the_builds_own_sources(site):
    """The theme folder (overrides/) also holds what the build reads: none of it is served."""
    assert not (site / "plugins").exists(), "the build plugins' package"
    assert not (site / "offline" / "sw.js").exists(), "the service worker's template (sw.js is at the root)"
    assert (site / "sw.js").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_lists_every_form_from_its_spec(site, lang):
    """The tables of forms are made from the specs, one per menu section: each form's guide, the real
    site's address (as text, to check the address bar against) and its practice page."""
    html = page_file(site, lang, "index").read_text(encoding="utf-8")
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 2, "one table per section: the forms of today, then the HES forms"
    for form_id in form_ids():
        form = load(form_id)
        table = tables[0 if form.section == "today" else 1]
        row = re.search(rf'<tr>\s*<td><a href="{form.guide}/">.*?</tr>', table, re.S)
        assert row, f"no row for {form_id}"
        assert f'href="{form.guide}/practice/"' in row.group(0)
        if form.portal_url:
            assert form.portal_url.removeprefix("https://") in row.group(0)
        assert "<a " not in re.sub(r'<a href="[^"]*/">', "", row.group(0)), "no link to another site"


def test_a_missing_or_stale_translation_names_its_file_and_key(tmp_path, monkeypatch):
    """What the build stops on (guide_site/pages/build_checks.py): each problem names the catalogue and the key."""
    from guide_site import site_text
    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "overrides" / "locales", locales)
    monkeypatch.setattr(site_text, "LOCALES_DIR", locales)
    lang = TRANSLATED[0]
    assert site_text.missing_translations(lang) == []
    po = locales / lang / "LC_MESSAGES" / "site.po"
    text = po.read_text(encoding="utf-8")
    text = re.sub(r'(msgctxt "practice.retry"\nmsgid "[^"]*"\nmsgstr )"[^"]*"', r'\1""', text)
    text = re.sub(r'(msgctxt "offline.size"\nmsgid "[^"]*"\nmsgstr )"[^"]*"', r'\1"MB"', text)
    po.write_text(text.replace('msgctxt "notfound.home"', 'msgctxt "notfound.homepage"'), encoding="utf-8")
    problems = site_text.missing_translations(lang)
    assert all(problem.startswith(f"{po}: ") for problem in problems), problems
    assert sorted(problem.split(": ")[1] for problem in problems) == ["notfound.home", "offline.size", "practice.retry"]
    assert site_text.missing_translations("xx")[0].startswith(str(locales / "xx" / "LC_MESSAGES" / "site.po"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_date_in_words_never_wraps_and_names_its_month_as_the_reader_does(lang):
    from guide_site.site_text import day_month_year, month_year
    for date in (day_month_year("2026-12-01", lang), month_year("2026-11", lang)):
        assert " " not in date and "2026" in date, date
    # One Persian name for December, not the Iranian and the Afghan ones side by side ("دسامبر/دسمبر").
    assert day_month_year("2026-12-01", "fa") == "1\u00a0دسامبر\u00a02026"


# What the site is now: a guide to Turkish online forms, the forms of today first.

def site_names() -> dict[str, tuple[str, str]]:
    """Each language's site name and description, as mkdocs.yml gives them (the default language's at its top)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    return {language["locale"]: (language.get("site_name", config["site_name"]),
                                 language.get("site_description", config["site_description"]))
            for language in i18n["languages"] if language.get("build", True)}


def test_every_language_names_the_site_in_its_own_words():
    names = site_names()
    assert set(names) == set(LANGUAGES)
    assert len({name for name, _ in names.values()}) == len(LANGUAGES), "each language names it in its own words"
    for lang, (name, description) in names.items():
        # No longer a HES guide: the name says what the site is, the description names the forms of today.
        assert "HES" not in name, (lang, name)
        assert "e-İkamet" in description and "HES" in description, (lang, description)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_site_name_is_on_every_page_and_in_the_web_manifest(site, lang):
    name, description = site_names()[lang]
    html = page_file(site, lang, "index").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*" + re.escape(escape(name, quote=False)) + r"</title>", html), name
    assert f'<meta name="description" content="{escape(description)}"' in html or "e-İkamet" in html
    folder = site / language_prefix(lang)
    manifest = json.loads((folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == name
    assert len(manifest["short_name"]) <= 12 and "HES" not in manifest["short_name"]


def home_sections(html: str) -> dict[str, str]:
    """The home page's article cut at its second-level headings: heading text → what follows it."""
    article = html[html.index("<article"):html.index("</article>")]
    parts = re.split(r"<h2[^>]*>(.*?)</h2>", article, flags=re.S)
    return {re.sub(r"<[^>]+>", "", heading).strip(): body for heading, body in zip(parts[1::2], parts[2::2])}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_leads_with_safety_and_the_forms_of_today_then_the_hes_forms(site, lang):
    html = page_file(site, lang, "index").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    before_sections = article[:article.index("<h2")]
    for address in ("e-ikamet.goc.gov.tr", "randevu.goc.gov.tr", "turkiye.gov.tr", ">157<"):
        assert address in before_sections, f"the safety lines come first: {address}"
    sections = home_sections(html)
    today, hes = site_say("nav.section.today", lang), site_say("nav.section.hes", lang)
    assert list(sections).index(today) < list(sections).index(hes), list(sections)
    for guide in ("e-ikamet", "goc-randevu"):
        assert f'href="{guide}/"' in sections[today] and f'href="{guide}/practice/"' in sections[today], guide
        assert f'href="{guide}/' not in sections[hes]
    for guide in ("istanbul", "gaziantep", "antalya", "other-provinces"):
        assert f'href="{guide}/"' in sections[hes] and f'href="{guide}/practice/"' in sections[hes], guide
        assert f'href="{guide}/' not in sections[today]
    # The 2022 notice belongs to the HES section, with the date its information was reviewed.
    assert 'class="admonition warning"' in sections[hes] and "2022" in sections[hes]
    assert 'class="admonition warning"' not in sections[today]
    # One table per section, with the same columns: the form's guide, its real address, its practice.
    for section in (sections[today], sections[hes]):
        head = re.search(r"<thead>(.*?)</thead>", section, re.S).group(1)
        assert [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<th[^>]*>.*?</th>", head, re.S)] == \
            [site_say(key, lang) for key in ("forms.form", "forms.address", "forms.practice")]
