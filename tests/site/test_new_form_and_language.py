"""A form and a language are data alone: a maintainer adds a city and a language without code.

In a copy of the project, one build (``mkdocs build --strict``) of the site with:

- a new form, İzmir's İzmirim Kart (fixtures/new_form: its spec and its two English pages,
  plus the translations of its two new words in each language's catalogue), and
- a new language, Urdu (``ur``, right to left), as a copy of English: an entry in
  mkdocs.yml's i18n languages, the English pages under its suffix and the two catalogues
  (every text marked, so that a text in the new language is told from an English fallback),
  and the default language listed last there.

And in the session's shared build of the engine's fixture forms (tests/fixture_project.py, the one
the browser tests practise), a one-stage form added by data files alone, with mkdocs.yml untouched.

Nothing of the build plugins (overrides/plugins), the simulator's code, the scripts or the styles changes.
"""

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from ..fixture_project import add_fixture_words, spec
from .conftest import ROOT, build_site, built_once, i18n_languages

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FORMS_DIR = ROOT / "tests" / "fixtures"

NEW_LANGUAGE = "ur"
MARK = "⟪ur⟫ "  # every text of the new language's catalogues starts with it
# Words that are data rather than text: they stay as English has them.
NOT_TEXT = {"date.locales"}
VALID = {"card_number": "1234 5678 901", "id_number": "99123456740", "phone": "0532 123 45 67",
         "hes_code": "A1B2-3456-78", "consent_1": "on"}


def copy_project(folder: Path) -> Path:
    """The project's sources (no build outputs but the compiled catalogues), sharing the runtime files."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("docs", "overrides", "simulator"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    for name in ("mkdocs.yml", "babel.cfg"):
        shutil.copy(ROOT / name, folder / name)
    for shared in ("node_modules", "dist", "build"):
        (folder / shared).symlink_to(ROOT / shared)
    return folder


def add_form(project: Path) -> None:
    """The fixture form's spec and pages, and its new words in every language's simulator catalogue."""
    shutil.copytree(FIXTURES / "new_form", project, dirs_exist_ok=True)
    words = tomllib.loads((FIXTURES / "new_form_translations.toml").read_text(encoding="utf-8"))
    for lang, translations in words.items():
        edit_catalogue(project / "simulator" / "locales" / lang / "LC_MESSAGES" / "simulator.po", lang,
                       lambda catalogue, translations=translations: [catalogue.add(english, text)
                                                                     for english, text in translations.items()])


def edit_catalogue(path: Path, lang: str, change) -> None:
    with path.open("rb") as file:
        catalogue = read_po(file, locale=lang)
    change(catalogue)
    with path.open("wb") as file:
        write_po(file, catalogue, width=0)


def marked_copy(template: Path, target: Path, lang: str, *, keyed: bool) -> None:
    """A catalogue for ``lang`` whose every text is the English one, marked."""
    with template.open("rb") as file:
        source = read_po(file)
    catalogue = Catalog(locale=lang, domain=target.stem, fuzzy=False)
    for message in source:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            text = tuple(MARK + form for form in message.id)[:1] * catalogue.num_plurals
        else:
            text = message.id if (keyed and message.context in NOT_TEXT) else MARK + message.id
        catalogue.add(message.id, text, context=message.context)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as file:
        write_po(file, catalogue, width=0)


def add_language(project: Path) -> None:
    """The new language: its i18n entry, its pages (English, for now) and its two catalogues."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"        - locale: {NEW_LANGUAGE}\n          name: Fixture language\n          build: true\n"
    config.write_text(text.replace("\n# The offline page", f"\n{entry}# The offline page", 1)
                      if "\n# The offline page" in text else text, encoding="utf-8")
    assert NEW_LANGUAGE in [language["locale"] for language in i18n_languages(config)], "mkdocs.yml changed shape"
    docs = project / "docs"
    for page in list(docs.rglob("*.md")):
        if page.name.count(".") == 1:
            page.with_name(f"{page.stem}.{NEW_LANGUAGE}.md").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    marked_copy(project / "overrides" / "locales" / "site.pot",
                project / "overrides" / "locales" / NEW_LANGUAGE / "LC_MESSAGES" / "site.po", NEW_LANGUAGE, keyed=True)
    marked_copy(project / "simulator" / "locales" / "simulator.pot",
                project / "simulator" / "locales" / NEW_LANGUAGE / "LC_MESSAGES" / "simulator.po", NEW_LANGUAGE, keyed=False)


def pybabel(project: Path, *arguments: str) -> None:
    run = subprocess.run([sys.executable, "-c", "from babel.messages.frontend import main; main()", *arguments],
                         cwd=project, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def extract_messages(project: Path) -> None:
    """What `make messages` does first: the template gets every msgid, the new spec's words included."""
    pybabel(project, "extract", "--no-wrap", "--no-location", "--sort-output", "-F", "babel.cfg", "-k", "N_",
            "-k", "Np_:1,2", "-o", "simulator/locales/simulator.pot", "simulator")


def compile_catalogues(project: Path) -> None:
    """What `make catalogues` does."""
    pybabel(project, "compile", "-D", "simulator", "-d", "simulator/locales")


@pytest.fixture(scope="module")
def extended(tmp_path_factory):
    """(project, site) of the one build with the new form and the new language (one for the run: the
    workers share it)."""
    def build(folder: Path) -> None:
        project = copy_project(folder / "project")
        add_form(project)
        extract_messages(project)
        add_language(project)
        default_language_last(project / "mkdocs.yml")
        compile_catalogues(project)
        run = build_site(folder / "site", project / "mkdocs.yml")
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]

    shared = built_once(tmp_path_factory, "extended", build)
    return shared / "project", shared / "site"


def languages(project: Path) -> list[str]:
    return [language["locale"] for language in i18n_languages(project / "mkdocs.yml")]


def folder(site: Path, project: Path, lang: str) -> Path:
    return site if lang == languages(project)[0] else site / lang


def engine(project: Path, code: str) -> object:
    """What the copy's simulator answers, run in CPython as the build's hooks run it."""
    run = subprocess.run([sys.executable, "-c", f"import json, simulator; print(json.dumps({code}))"],
                         cwd=project, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_the_new_form_has_its_guide_and_practice_page_in_every_language(extended):
    project, site = extended
    assert len(languages(project)) == len(i18n_languages()) + 1
    for lang in languages(project):
        home = folder(site, project, lang)
        guide = (home / "izmir" / "index.html").read_text(encoding="utf-8")
        practice = (home / "izmir" / "practice" / "index.html").read_text(encoding="utf-8")
        for field in VALID:
            assert f'id="field-izmir-{field}"' in guide, (lang, field)
            assert f'data-field="{field}"' in practice, (lang, field)
        assert 'data-form="izmir"' in practice and "Eşleştir" in practice
        assert "--button-colour: #c62828; --button-ink: #ffffff" in practice
        assert 'href="practice/"' in guide, "the guide links to its practice page"
        assert '<a href="izmir/">' in (home / "index.html").read_text(encoding="utf-8"), \
            f"the {lang} home page's table of forms leads to the new guide"


def menu_links(html: str) -> list[str]:
    """The addresses the page's menu leads to, in the menu's order."""
    return re.findall(r'<a href="([^"#]*)" class="md-nav__link[^"]*"', html)


def footer_link(html: str, direction: str) -> str | None:
    """Where the footer's "previous" (``prev``) or "next" link leads."""
    found = re.search(rf'<a href="([^"]*)" class="md-footer__link md-footer__link--{direction}"', html)
    return found and found.group(1)


def test_the_new_form_is_in_the_menu_and_the_footer_of_every_language(extended):
    project, site = extended
    for lang in languages(project):
        home = folder(site, project, lang)
        menu = menu_links((home / "index.html").read_text(encoding="utf-8"))
        assert menu.index("izmir/practice/") == menu.index("izmir/") + 1, (lang, menu)
        assert menu.index("izmir/") == menu.index("other-provinces/practice/") + 1, "after the form before it in order"
        guide = (home / "izmir" / "index.html").read_text(encoding="utf-8")
        practice = (home / "izmir" / "practice" / "index.html").read_text(encoding="utf-8")
        before = (home / "other-provinces" / "practice" / "index.html").read_text(encoding="utf-8")
        assert (footer_link(before, "next"), footer_link(guide, "next")) == ("../../izmir/", "practice/"), lang
        assert footer_link(practice, "prev") == "../", lang


def test_the_new_form_validates_in_cpython_with_messages_in_the_new_language(extended):
    project, _ = extended
    empty = engine(project, f"simulator.validate('izmir', {{}}, {NEW_LANGUAGE!r}).to_dict()")
    assert sorted(empty["errors"]) == sorted(VALID)
    assert all(message.startswith(MARK) for message in empty["errors"].values()), empty["errors"]
    valid = engine(project, f"simulator.validate('izmir', {VALID!r}, {NEW_LANGUAGE!r}).to_dict()")
    assert valid["ok"] and valid["values"]["hes_code"] == "A1B2345678"
    arabic = engine(project, "simulator.validate('izmir', {}, 'ar').errors['hes_code']")
    assert arabic == engine(project, "simulator.validate('national', {}, 'ar').errors['hes_code']")


def test_the_new_language_has_lang_dir_offline_page_and_web_manifest(extended):
    project, site = extended
    home = site / NEW_LANGUAGE
    for page in (home / "index.html", home / "izmir" / "practice" / "index.html", home / "offline" / "index.html",
                 home / "404.html"):
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{NEW_LANGUAGE}" dir="rtl"' in html, page
    offline = (home / "offline" / "index.html").read_text(encoding="utf-8")
    assert MARK.strip() in offline, "the offline page speaks the new language"
    manifest = json.loads((home / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert (manifest["lang"], manifest["dir"], manifest["short_name"]) == (NEW_LANGUAGE, "rtl", MARK + "Form guide")
    assert '<link rel="manifest" href="manifest.webmanifest">' in (home / "index.html").read_text(encoding="utf-8")
    service_worker = (site / "sw.js").read_text(encoding="utf-8")
    assert NEW_LANGUAGE in json.loads(re.search(r"const LANGUAGES = (.*);", service_worker).group(1))
    config = re.search(r'<script type="application/json" id="offline-config">(.*?)</script>',
                       (home / "index.html").read_text(encoding="utf-8")).group(1)
    assert json.loads(config)["languages"] == languages(project)


def assert_only_data_added(project: Path) -> None:
    code = {".py", ".js", ".mjs", ".css", ".html"}
    for name in ("overrides", "simulator"):
        copied = {path.relative_to(project / name) for path in (project / name).rglob("*")
                  if path.suffix in code and "__pycache__" not in path.parts}
        original = {path.relative_to(ROOT / name) for path in (ROOT / name).rglob("*")
                    if path.suffix in code and "__pycache__" not in path.parts}
        assert copied == original, f"{name}: code files differ"
        for path in copied:
            assert (project / name / path).read_bytes() == (ROOT / name / path).read_bytes(), path


def test_nothing_but_data_was_added(extended):
    assert_only_data_added(extended[0])


# The default language listed last in mkdocs.yml's i18n languages (in the same build as the new
# language): what needs the whole site is still made for every language.

def default_language_last(config: Path) -> None:
    before = [language["locale"] for language in i18n_languages(config)]
    text = config.read_text(encoding="utf-8")
    default = re.search(r"^        - locale: \w+\n(?:          .*\n)*?          default: true\n(?:          .*\n)*", text, re.M)
    text = text.replace(default.group(0), "", 1)
    config.write_text(text.replace("\n# The offline page", f"\n{default.group(0)}# The offline page", 1), encoding="utf-8")
    listed = i18n_languages(config)
    assert listed[0]["default"] and [language["locale"] for language in listed] == before, "mkdocs.yml changed shape"
    text = config.read_text(encoding="utf-8").replace("!ENV", "")
    i18n = next(plugin["i18n"] for plugin in yaml.safe_load(text)["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    assert i18n["languages"][-1].get("default"), "the default language is listed last"


def test_a_form_added_by_data_alone_is_in_the_navigation_of_every_language(fixture_forms):
    """The one-stage fixture form (tests/fixtures/single: its spec and its two English pages, its
    words in the catalogues), in the shared build of the fixture forms: mkdocs.yml untouched."""
    project = fixture_forms.project
    assert (project / "mkdocs.yml").read_bytes() == (ROOT / "mkdocs.yml").read_bytes(), "mkdocs.yml was edited"
    guide, before = spec("practice_single")["guide"], spec("practice_booking")["guide"]
    assert not (ROOT / "docs" / f"{guide}.md").exists() and guide not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for lang in fixture_forms.languages():
        index = fixture_forms.html(lang, "")
        menu = menu_links(index)
        assert f"{guide}/" in menu, (lang, menu)
        assert menu.index(f"{guide}/") == menu.index(f"{before}/practice/") + 1, "after the form before it in order"
        assert menu.index(f"{guide}/practice/") == menu.index(f"{guide}/") + 1, (lang, menu)
        row = re.search(rf'<a href="{guide}/">(.*?)</a>', index)
        assert row and re.sub(r"<[^>]+>", "", row.group(1)) == "Single stage", f"the {lang} home page's table of forms"
        page = fixture_forms.html(lang, f"{guide}/")
        practice = fixture_forms.html(lang, f"{guide}/practice/")
        assert footer_link(page, "prev") == f"../{before}/practice/", lang
        assert footer_link(page, "next") == "practice/" and footer_link(practice, "prev") == "../", lang
        assert 'data-form="practice_single"' in practice and 'id="f-email"' in practice, lang


def test_the_fixture_forms_needed_nothing_but_data(fixture_forms):
    assert_only_data_added(fixture_forms.project)


def test_with_the_default_language_listed_last_every_language_is_finished(extended):
    """What needs the whole site (404 pages, web manifests, search, service worker) has every language."""
    project, site = extended
    langs = languages(project)
    root_not_found = (site / "404.html").read_text(encoding="utf-8")
    assert f'<html lang="{langs[0]}"' in root_not_found
    for lang in langs:
        home = folder(site, project, lang)
        assert f'<html lang="{lang}"' in (home / "404.html").read_text(encoding="utf-8"), lang
        assert json.loads((home / "manifest.webmanifest").read_text(encoding="utf-8"))["lang"] == lang
    searched = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
    assert sorted(searched) == sorted(langs)
    service_worker = (site / "sw.js").read_text(encoding="utf-8")
    assert sorted(json.loads(re.search(r"const LANGUAGES = (.*);", service_worker).group(1))) == sorted(langs[1:])
    assert '"url":"izmir/practice/"' in service_worker


def test_a_spec_whose_guide_page_is_missing_stops_the_build_naming_the_spec_and_the_key(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(FIXTURE_FORMS_DIR / "single" / "simulator", project / "simulator", dirs_exist_ok=True)
    add_fixture_words(project)  # its words translated: only its pages are missing
    run = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert run.returncode != 0
    assert "Form spec practice_single: guide: there is no page docs/practice-single.md" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_marker_naming_no_form_stops_the_build_naming_the_page(tmp_path):
    project = copy_project(tmp_path / "project")
    notes = project / "docs" / "notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n<!-- fields: izmirr -->\n", encoding="utf-8")
    run = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert run.returncode != 0
    assert "docs/notes.md: Unknown form 'izmirr'" in run.stderr
    assert "Traceback" not in run.stderr
