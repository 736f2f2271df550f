"""What the built pages promise before any script runs: nothing typed can leave, nothing is
fetched from elsewhere, and a page names only files of its own build."""

import json
import re
from html.parser import HTMLParser

import pytest
import yaml

from simulator.forms import form_ids

from .conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT, language_prefix
from .test_site_build import PAGES, SITE_URL, all_html, page_file

PRACTICE_PAGES = sorted(path.parent.name for path in (ROOT / "docs").glob("*/practice.md"))


class Controls(HTMLParser):
    """The practice form's controls and the fieldset that holds them."""

    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.forms: list[dict] = []
        self.fieldsets: list[dict] = []
        self.noscript = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("input", "select", "textarea"):
            self.controls.append(attributes)
        elif tag == "form":
            self.forms.append(attributes)
        elif tag == "fieldset":
            self.fieldsets.append(attributes)
        elif tag == "noscript":
            self.noscript = True


def practice_html(site, lang, folder):
    prefix = site / language_prefix(lang)
    return (prefix / folder / "practice" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("folder", PRACTICE_PAGES)
def test_the_practice_form_cannot_send_or_store_what_is_typed_before_its_script_runs(site, lang, folder):
    html = practice_html(site, lang, folder)
    parsed = Controls()
    parsed.feed(html[html.index('<div class="practice"'):html.index('id="practice-config"')])
    practice_form = next(form for form in parsed.forms if form.get("id") == "practice-form")
    assert "action" not in practice_form and practice_form.get("autocomplete") == "off"
    # Every control of the form is inside a fieldset that is disabled until the script takes over.
    assert any("disabled" in fieldset and "data-controls" in fieldset for fieldset in parsed.fieldsets)
    typed = [control for control in parsed.controls if control.get("type") not in ("checkbox", "radio", "hidden")]
    assert typed
    for control in typed:
        assert "name" not in control, control
        assert control.get("autocomplete") == "off", control
    # Only radio buttons carry a name (it groups them); their values are option codes, never typed text.
    assert all(control.get("type") == "radio" for control in parsed.controls if "name" in control)
    assert parsed.noscript


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_sends_no_referrer(site, lang, page):
    assert '<meta name="referrer" content="no-referrer">' in page_file(site, lang, page).read_text(encoding="utf-8")


def test_pages_name_no_absolute_address_a_script_would_fetch(site):
    # Material fetches sitemap.xml beside every <link rel="alternate">; the only absolute address a
    # page holds is its canonical link, which nothing fetches.
    for path in all_html(site):
        html = path.read_text(encoding="utf-8")
        assert '<link rel="alternate"' not in html, path
        absolute = re.findall(r'(?:href|src)="(https?://[^"]+)"', html)
        tags = re.findall(r'<link rel="canonical" href="(https?://[^"]+)"', html)
        assert sorted(absolute) == sorted(tags), (path, absolute)


def test_the_sitemap_declares_each_pages_languages_with_absolute_addresses(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    entry = re.search(r"<url>\s*<loc>" + re.escape(SITE_URL + "istanbul/") + r"</loc>(.*?)</url>", sitemap, re.S)
    alternates = dict(re.findall(r'hreflang="([\w-]+)" href="([^"]+)"', entry.group(1)))
    assert alternates == {lang: SITE_URL + language_prefix(lang) + "istanbul/" for lang in LANGUAGES}


def our_asset_references(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="[./]*(assets/(?:site|offline/|practice/)[^"]*\.(?:css|js))"', html)


def test_pages_name_their_own_styles_and_scripts_by_content(site):
    seen = set()
    for path in all_html(site):
        for reference in our_asset_references(path.read_text(encoding="utf-8")):
            assert re.search(r"\.[0-9a-f]{10}\.(css|js)$", reference), (path, reference)
            assert (site / reference).exists(), reference
            seen.add(reference)
    assert any(name.startswith("assets/site.") for name in seen)
    practice = practice_html(site, "en", "istanbul")
    worker = json.loads(re.search(r'id="practice-config">(.*?)</script>', practice).group(1))["worker"]
    assert re.search(r"checker-worker\.[0-9a-f]{10}\.js$", worker)
    # The script that imports another names it by its content too.
    script = next((site / "assets" / "practice").glob("practice.*.js")).read_text(encoding="utf-8")
    assert re.search(r'from "\./practice-page\.[0-9a-f]{10}\.js"', script)
    wiring = next((site / "assets" / "practice").glob("practice-page.*.js")).read_text(encoding="utf-8")
    assert re.search(r'from "\./components/stages\.[0-9a-f]{10}\.js"', wiring)
    assert re.search(r'from "\.\./text\.[0-9a-f]{10}\.js"', wiring)
    unnamed = [path for path in (site / "assets").rglob("*.*") if path.suffix in (".css", ".js")
               and "pyodide" not in path.parts and "javascripts" not in path.parts and "stylesheets" not in path.parts
               and not re.search(r"\.[0-9a-f]{10}\.(css|js)$", path.name)]
    assert not unnamed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_web_manifest_is_named_in_its_own_language(site, lang):
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    language = next(language for language in i18n["languages"] if language["locale"] == lang)
    folder = site / language_prefix(lang)
    manifest = json.loads((folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == language.get("site_name", config["site_name"])


def test_every_form_has_a_practice_page(site):
    for form_id in form_ids():
        assert any(f'data-form="{form_id}"' in practice_html(site, DEFAULT_LANGUAGE, folder) for folder in PRACTICE_PAGES)
