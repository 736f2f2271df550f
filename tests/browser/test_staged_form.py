"""The engine's staged fixture form (tests/fixtures/staged) practised for real: in a copy of the project
with the fixture's spec added as data (its wheel, lock file and site built as `make` builds them), in
Chromium, on self-hosted Pyodide, in Persian (right to left): errors per stage, a searchable country,
a picture code read from its text alternative, someone else's stage, an SMS code carrying an
application number, a day and a time, the review, the end; nothing typed leaves the page."""

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from playwright.sync_api import expect

from simulator.spec_words import words

from ..site.conftest import ROOT, build_site
from .conftest import CHECKER_TIMEOUT_MS, serve

FIXTURE = ROOT / "tests" / "fixtures" / "staged"
FORM = "practice_booking"
LANGUAGES = ("ar", "fa", "tr")
GUIDE = """---
description: A fixture guide of a staged form (tests only).
---

# A staged appointment form

A fixture form of several stages, for the tests.
"""
PRACTICE = """---
practice: practice_booking
description: A fixture practice copy of a staged form (tests only).
---

# Practise the staged appointment form

<!-- practice-form -->
"""


def copy_project(folder: Path) -> Path:
    """The project's sources with the fixture form added; its own wheel and lock file, the rest shared."""
    for name in ("docs", "overrides", "simulator"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("mkdocs.yml", "babel.cfg", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    shutil.copytree(FIXTURE, folder, dirs_exist_ok=True)
    guide = tomllib.loads((FIXTURE / "simulator" / "forms" / f"{FORM}.toml").read_text(encoding="utf-8"))["guide"]
    (folder / "docs" / f"{guide}.md").write_text(GUIDE, encoding="utf-8")
    (folder / "docs" / guide).mkdir()
    (folder / "docs" / guide / "practice.md").write_text(PRACTICE, encoding="utf-8")
    return folder


def add_fixture_words(project: Path) -> None:
    """The fixture's words in every catalogue, as their English (a fixture has no translator)."""
    spec = tomllib.loads((project / "simulator" / "forms" / f"{FORM}.toml").read_text(encoding="utf-8"))
    texts = {text for _, text, _ in words(spec)}
    locales = project / "simulator" / "locales"
    for lang in LANGUAGES:
        path = locales / lang / "LC_MESSAGES" / "simulator.po"
        with path.open("rb") as file:
            catalogue = read_po(file, locale=lang)
        for text in texts:
            if text not in catalogue or not catalogue[text].string:
                catalogue.add(text, text)
        with path.open("wb") as file:
            write_po(file, catalogue, width=0)
        subprocess.run([Path(sys.executable).with_name("pybabel"), "compile", "-D", "simulator", "-d", locales, "-l", lang],
                       check=True, capture_output=True)


def build_runtime(project: Path) -> None:
    """The simulator wheel with the fixture form in it, and Pyodide's lock file naming it."""
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", "dist", "."], cwd=project,
                   check=True, capture_output=True)
    (project / "build" / "pyodide").mkdir(parents=True)
    (project / "build" / "pyodide" / "python_stdlib.zip").symlink_to(ROOT / "build" / "pyodide" / "python_stdlib.zip")
    wheel = next((project / "dist").glob("simulator-*.whl"))
    subprocess.run([Path(sys.executable).with_name("pyodide"), "lockfile", "add-wheels", "--input",
                    "node_modules/pyodide/pyodide-lock.json", "--output", "build/pyodide/pyodide-lock.json",
                    "--base-path", "dist", str(wheel.relative_to(project))], cwd=project, check=True, capture_output=True)


@pytest.fixture(scope="module")
def staged_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    add_fixture_words(project)
    build_runtime(project)
    folder = tmp_path_factory.mktemp("staged-site")
    server, base_url = serve(folder)
    # The copy's simulator first: the build's hooks read the forms from it.
    run = build_site(folder, config=project / "mkdocs.yml", site_url=base_url, environment={"PYTHONPATH": str(project)})
    assert run.returncode == 0, run.stderr[-4000:]
    guide = tomllib.loads((FIXTURE / "simulator" / "forms" / f"{FORM}.toml").read_text(encoding="utf-8"))["guide"]
    yield f"{base_url}fa/{guide}/practice/"
    server.shutdown()


def press_button(page, stage: str) -> None:
    page.locator(f'.practice-stage[data-stage="{stage}"] .practice-button').click()


def expect_stage(page, stage: str) -> None:
    expect(page.locator(f'.practice-stage[data-stage="{stage}"]')).to_be_visible(timeout=CHECKER_TIMEOUT_MS)


def choose_country(page, field_id: str, typed: str) -> None:
    box = page.locator(f"#f-{field_id}")
    box.fill(typed)
    box.press("ArrowDown")
    box.press("Enter")


def test_the_staged_fixture_form_is_practised_to_its_end_in_persian(page, staged_site):
    requests, console = [], []
    page.on("request", lambda request: requests.append((request.url, request.post_data or "")))
    page.on("console", lambda message: console.append(message.text))
    page.goto(staged_site)
    page.locator("#f-purpose-new").check()
    press_button(page, "start")
    expect_stage(page, "person")
    expect(page.locator("#stage-person-title")).to_be_focused()
    expect(page.locator("#stage-person-title [data-step]")).to_have_text(re.compile(r"^مرحلهٔ 2 از \d$"))

    # Pressed with nothing typed: the stage stays, and its summary names its problems.
    press_button(page, "person")
    expect(page.locator("#practice-summary")).to_be_focused()
    expect(page.locator("#practice-stage-person")).to_be_visible()
    expect(page.locator("#practice-sms")).to_be_hidden()

    typed = {"first_name": "Aliuniq", "last_name": "Rezaeiuniq", "phone": "0532 987 65 43"}
    for field_id, value in typed.items():
        page.locator(f"#f-{field_id}").fill(value)
    choose_country(page, "nationality", "ایران")
    page.locator("#f-for_whom").select_option("other")
    page.locator("#f-notice").check()
    # What a screen reader says of the picture spells the code; the code is typed as heard, in lower case.
    picture = page.locator("#group-security_code canvas")
    expect(picture).to_have_attribute("aria-label", re.compile(r"[A-Z0-9].*[A-Z0-9]"), timeout=CHECKER_TIMEOUT_MS)
    code = "".join(re.findall(r"[A-Z0-9]", picture.get_attribute("aria-label")))
    assert len(code) == 8, code
    page.locator("#f-security_code").fill(code.lower())
    press_button(page, "person")
    expect_stage(page, "other_person")

    other = {"other_first_name": "Sarauniq", "other_last_name": "Rezaeiuniq", "other_birth_date": "05.03.2015"}
    for field_id, value in other.items():
        page.locator(f"#f-{field_id}").fill(value)
    choose_country(page, "other_nationality", "افغان")
    press_button(page, "other_person")
    expect_stage(page, "sms")
    message = page.locator("[data-sms-message]")
    expect(message).to_have_text(re.compile(r"\d{4}-\d{2}-\d{7}.*\d{6}|\d{6}.*\d{4}-\d{2}-\d{7}"))
    application_number = re.search(r"\d{4}-\d{2}-\d{7}", message.text_content()).group(0)
    sms_code = re.search(r"(?<![\d-])\d{6}(?![\d-])", message.text_content()).group(0)
    page.locator("#f-sms_code").fill(sms_code)
    page.locator("[data-confirm]").click()
    expect_stage(page, "day")

    days = page.locator("#group-appointment .practice-days__choices input[type=radio]:not(:disabled)")
    expect(days.first).to_be_visible(timeout=CHECKER_TIMEOUT_MS)
    days.first.check()
    times = page.locator("#group-appointment .practice-days__times input:not(:disabled)")
    times.first.check()
    chosen = times.first.get_attribute("value")
    page.locator("#f-other_attends").check()
    press_button(page, "day")
    expect_stage(page, "check")
    expect(page.locator("#stage-check-title")).to_be_focused()
    rows = page.locator(".practice-review__row")
    expect(rows.filter(has_text="Sarauniq")).to_have_count(1)
    expect(rows.filter(has_text="Aliuniq")).to_have_count(1)

    # Change the first name: back on its stage with it typed; then on again to the end.
    rows.filter(has_text="Aliuniq").locator("a").click()
    expect(page.locator("#f-first_name")).to_be_focused()
    expect(page.locator("#f-first_name")).to_have_value("Aliuniq")
    press_button(page, "person")
    expect_stage(page, "other_person")
    press_button(page, "other_person")
    expect_stage(page, "sms")
    expect(message).not_to_have_text(re.compile(sms_code))
    page.locator("#f-sms_code").fill(re.search(r"(?<![\d-])\d{6}(?![\d-])", message.text_content()).group(0))
    page.locator("[data-confirm]").click()
    expect_stage(page, "day")
    press_button(page, "day")
    expect_stage(page, "check")
    press_button(page, "check")
    expect_stage(page, "end")
    expect(page.locator("#done-title")).to_be_focused()
    expect(page.locator("[data-made-value]")).to_have_text(application_number)

    secrets = [*typed.values(), *other.values(), "05329876543", code, code.lower(), sms_code, chosen]
    for secret in secrets:
        assert not any(secret in url or secret in body for url, body in requests), secret
        assert not any(secret in line for line in console), secret
        assert secret not in page.url
    assert "?" not in page.url and "#" not in page.url
