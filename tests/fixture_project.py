"""A copy of the project with the engine's two fixture forms added by data files alone, built once.

tests/fixtures/staged (practice_booking: a start choice, a long searchable country list, a picture
code, a statement, someone else's stage, an SMS code carrying an application number, a day and a
time, a review, the end) and tests/fixtures/single (practice_single: one stage of fields and its
end), each a spec and its two English pages, are copied over a copy of the project's sources; their
words go into every catalogue (as their English: a fixture has no translator) and the catalogues
are compiled, as `make messages` and `make catalogues` would. Nothing else changes: not mkdocs.yml,
not the build plugins, not the engine's code. The copy gets its own simulator wheel and Pyodide
lock file (the fixture forms are in the wheel the page downloads) and one `mkdocs build --strict`,
served on 127.0.0.1, for the site tests (its HTML) and the browser tests (practised in Chromium).
It is built as a host's deploy may be, with an address for reports (REPORT_URL): the about page's link
is checked in it, which spares the run a build of its own.
"""

import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from simulator.spec_words import words

from .site.conftest import ROOT, build_site, built_once, i18n_languages

FIXTURES = ROOT / "tests" / "fixtures"
# Each fixture folder holds simulator/forms/<form>.toml and the form's pages under docs/.
FIXTURE_FORMS = {"staged": "practice_booking", "single": "practice_single"}
REPORT_URL = "https://example.org/hes-guide/issues"


@dataclass
class Forms:
    project: Path  # the copy of the project
    folder: Path  # its built site
    base_url: str  # where the site is served
    server: object  # the server (server.requests: every address it was asked for)

    def languages(self) -> list[str]:
        return [language["locale"] for language in i18n_languages(self.project / "mkdocs.yml")]

    def home(self, lang: str) -> Path:
        """The folder of ``lang``'s pages in the built site."""
        return self.folder if lang == self.languages()[0] else self.folder / lang

    def html(self, lang: str, page: str) -> str:
        """The built HTML of ``page`` ("", "practice-booking/", …) in ``lang``."""
        return (self.home(lang) / page / "index.html").read_text(encoding="utf-8")


def spec(form_id: str) -> dict:
    folder = next(name for name, form in FIXTURE_FORMS.items() if form == form_id)
    return tomllib.loads((FIXTURES / folder / "simulator" / "forms" / f"{form_id}.toml").read_text(encoding="utf-8"))


def copy_project(folder: Path) -> Path:
    """The project's sources, the runtime's files shared (Pyodide, its minified loader, the trimmed standard
    library, the compressed copies kept by content hash); its own dist/ and lock file are made by build_runtime."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("docs", "overrides", "simulator"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("mkdocs.yml", "babel.cfg", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    (folder / "build" / "pyodide").mkdir(parents=True)
    for made in ("python_stdlib.zip", "pyodide.asm.mjs"):
        (folder / "build" / "pyodide" / made).symlink_to(ROOT / "build" / "pyodide" / made)
    (folder / "build" / "precompressed").symlink_to(ROOT / "build" / "precompressed")
    return folder


def add_fixture_forms(project: Path) -> None:
    """Each fixture folder copied over the project: the spec and its pages, data only."""
    for name in FIXTURE_FORMS:
        shutil.copytree(FIXTURES / name, project, dirs_exist_ok=True)


def add_fixture_words(project: Path) -> None:
    """The fixture forms' words in every catalogue, as their English; then compiled."""
    texts = {text for form in FIXTURE_FORMS.values() for _, text, _ in words(spec(form))}
    locales = project / "simulator" / "locales"
    for lang in [lang for lang in (language["locale"] for language in i18n_languages()) if lang != "en"]:
        path = locales / lang / "LC_MESSAGES" / "simulator.po"
        with path.open("rb") as file:
            catalogue = read_po(file, locale=lang)
        for text in texts:
            if text not in catalogue or not catalogue[text].string:
                catalogue.add(text, text)
        with path.open("wb") as file:
            write_po(file, catalogue, width=0)
    subprocess.run([sys.executable, "-c", "from babel.messages.frontend import main; main()", "compile",
                    "-D", "simulator", "-d", locales], check=True, capture_output=True)


def build_runtime(project: Path) -> None:
    """The simulator wheel with the fixture forms in it, and Pyodide's lock file naming it."""
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", "dist", "."], cwd=project,
                   check=True, capture_output=True)
    wheel = next((project / "dist").glob("simulator-*.whl"))
    subprocess.run([Path(sys.executable).with_name("pyodide"), "lockfile", "add-wheels", "--input",
                    "node_modules/pyodide/pyodide-lock.json", "--output", "build/pyodide/pyodide-lock.json",
                    "--base-path", "dist", str(wheel.relative_to(project))], cwd=project, check=True, capture_output=True)


def build_forms_site(tmp_path_factory) -> Forms:
    """The copy with both fixture forms, built once for the run (the workers share it) and served by
    this worker (shut its server down when done)."""
    from .browser.conftest import serve

    def build(folder: Path) -> None:
        project = copy_project(folder / "project")
        add_fixture_forms(project)
        add_fixture_words(project)
        build_runtime(project)
        # The copy's simulator first: the build's plugins read the forms from it.
        environment = {"PYTHONPATH": str(project), "REPORT_URL": REPORT_URL}
        run = build_site(folder / "site", config=project / "mkdocs.yml", environment=environment)
        if run.returncode != 0:
            raise AssertionError(run.stdout[-2000:] + run.stderr[-4000:])

    shared = built_once(tmp_path_factory, "forms", build)
    server, base_url = serve(shared / "site")
    return Forms(shared / "project", shared / "site", base_url, server)
