"""The built search: one Pagefind index per language of mkdocs.yml, without the offline pages,
saved offline with its language's guide, and none of Material's engine left for pages to load."""

import gzip
import json
import re
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT


def languages() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    return [language["locale"] for language in i18n["languages"] if language.get("build", True)]


def default_language() -> str:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    return next(language["locale"] for language in i18n["languages"] if language.get("default"))


def fragment(path: Path) -> dict:
    """A Pagefind fragment: gzip, then a signature, then the page's JSON."""
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(b"pagefind_dcd")
    return json.loads(data[len(b"pagefind_dcd"):])


def manifest(site: Path) -> list[dict]:
    return json.loads(re.search(r"^const FILES = (.*);$", (site / "sw.js").read_text(encoding="utf-8"), re.M).group(1))


def test_each_language_has_its_own_index_of_its_own_pages(site):
    bundle = site / "pagefind"
    for lang in languages():
        # Its own module where Pagefind can stem the language, else the language-neutral one.
        module = json.loads((bundle / "pagefind-entry.json").read_text())["languages"][lang]["wasm"] or "unknown"
        assert (bundle / f"wasm.{module}.pagefind").exists()
        pages = [fragment(path) for path in (bundle / "fragment").glob(f"{lang}_*.pf_fragment")]
        urls = sorted(page["url"] for page in pages)
        home = "/" if lang == default_language() else f"/{lang}/"
        assert home in urls and len(urls) >= 10, urls
        others = [other for other in languages() if other != default_language() and other != lang]
        assert [url for url in urls if url.split("/")[1] in others] == []
        assert [url for url in urls if "offline" in url or "404" in url] == []


def own_and_folded_words(page: dict) -> tuple[list[str], list[str]]:
    """A fragment's words: the page's own, and the folded spellings after them (search.js shows the first)."""
    words = page["content"].split()
    folded = next(anchor["location"] for anchor in page["anchors"] if anchor["id"] == "folded-spellings")
    return words[:folded], words[folded:]


def test_words_are_indexed_folded_too(site):
    turkish = [fragment(path) for path in (site / "pagefind" / "fragment").glob("tr_*.pf_fragment")]
    glossary = next(page for page in turkish if page["url"] == "/tr/glossary/")
    own, folded = own_and_folded_words(glossary)
    # Each time the page writes the word, for Pagefind to rank it by how often; shown, its own spelling.
    assert folded.count("numarasi") == sum(word.strip(".,:;()").lower() == "numarası" for word in own) > 1
    assert "Numarası" in own and "numarasi" not in own
    # Only what Pagefind would not find by itself: "Kimlik" is already "kimlik" to Pagefind.
    assert "kimlik" not in folded
    assert glossary["meta"]["folded_title"] == "formlardaki terimlerin sozlugu"


def test_the_offline_panel_is_not_indexed(site):
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        page = fragment(path)
        assert "Save for offline use" not in page["content"] and "Çevrimdışı kullanım için kaydet" not in page["content"], page["url"]


def test_search_is_saved_with_the_guide_of_its_language(site):
    groups = {entry["url"]: entry["group"] for entry in manifest(site)}
    language_files = 0
    for url, group in groups.items():
        named = re.match(r"pagefind/(?:index/|fragment/|pagefind\.|wasm\.)([\w-]+?)[_.]", url)
        if named and named.group(1) in languages():
            language_files += 1
            assert group == f"guide-{named.group(1)}", url
    assert language_files >= 2 * len(languages())
    # Shared by every language: the script, the list of indexes and the language-neutral module.
    for url in ("pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.unknown.pagefind"):
        assert groups[url] == "core"
    # The search's own script and style, named by their content.
    ours = [url for url in groups if re.fullmatch(r"assets/search/search\.[0-9a-f]{10}\.(js|css)", url)]
    assert len(ours) == 2 and all(groups[url] == "core" for url in ours)
    assert not any("lunr" in url or "search_index" in url or "workers/search" in url for url in groups)


def test_pages_hold_no_part_of_materials_search_engine(site):
    assert json.loads((site / "search" / "search_index.json").read_text())["docs"] == []
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    assert not (site / "assets" / "javascripts" / "workers").exists()
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'data-md-component="search"' not in html and 'name="search"' not in html
        assert re.search(r'<div class="md-search" role="dialog" aria-label="[^"]+" data-site-search>', html), page


# Words readers type for the forms of today, in each language: each finds its guide in that language's index.
TODAY_WORDS = [
    ("fa", "اقامت", "e-ikamet"), ("fa", "راندوو", "goc-randevu"),
    ("ar", "إقامة", "e-ikamet"), ("ar", "موعد", "goc-randevu"),
    ("en", "ikamet", "e-ikamet"), ("en", "randevu", "goc-randevu"),
    ("tr", "ikamet", "e-ikamet"), ("tr", "randevu", "goc-randevu"),
    # Readers of Persian and Arabic type the portal's Latin words too.
    ("fa", "ikamet", "e-ikamet"), ("ar", "randevu", "goc-randevu"),
]


@pytest.mark.parametrize(("lang", "word", "guide"), TODAY_WORDS)
def test_a_word_of_each_language_finds_the_guides_of_today(site, lang, word, guide):
    from guide_site.search_folding import fold
    prefix = "" if lang == default_language() else f"{lang}/"
    pages = {page["url"]: page for page in (fragment(path) for path in (site / "pagefind" / "fragment").glob(f"{lang}_*.pf_fragment"))}
    page = pages[f"/{prefix}{guide}/"]
    # As Pagefind reads it (lower case, no marks), or folded as the search box folds a query.
    words = set(re.findall(r"\w+", fold(page["content"])))
    assert fold(word) in words, (lang, word, guide)
