"""Filling and reading the practice form as a person would."""

import re

from playwright.sync_api import Page, expect

from simulator.forms import load

from ..site.conftest import language_prefix
from .conftest import CHECKER_TIMEOUT_MS


def practice_url(base_url: str, form_id: str, lang: str) -> str:
    """The practice page of a form: inside the folder of its guide page, which its spec names."""
    return f"{base_url}{language_prefix(lang)}{load(form_id).guide}/practice/"


def open_practice(page: Page, base_url: str, form_id: str, lang: str, wait_ready: bool = True) -> None:
    """Open the practice page and, as a person starting to fill it in would, get the checker going."""
    page.goto(practice_url(base_url, form_id, lang))
    if wait_ready:
        start_checker(page)
        expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)


def start_checker(page: Page) -> None:
    """Tap the form's first text field: starting to fill it in is what starts the download."""
    expect(page.locator("[data-controls]")).to_be_enabled()
    page.locator("#practice-form input:not([type=checkbox]):not([type=radio]):visible").first.click()


def fill(page: Page, form_id: str, answers: dict[str, str]) -> None:
    """Type every answer into its field; unticks boxes and leaves choices empty that have no answer."""
    for field in load(form_id).fields:
        value = answers.get(field.id, "")
        control = page.locator(f"#f-{field.id}")
        if field.tickable:
            if control.is_visible():
                control.set_checked(bool(value))
        elif field.kind == "choice":
            if value:
                page.locator(f"#f-{field.id}-{value}").check()
        elif field.kind == "province" and field.control == "list":
            # Typed as a person types it (the plate code, which the box also takes), then left.
            control.fill(value.lstrip("0") if value else "")
            control.blur()
        elif field.kind == "province":
            control.select_option(value)
        elif control.is_visible():
            control.fill(value)


def submit(page: Page) -> None:
    """Press the form's button and wait until the checker has answered."""
    before = page.locator(".practice").get_attribute("data-checks") or "0"
    page.locator("button.practice-button").click()
    expect(page.locator(".practice")).not_to_have_attribute("data-checks", before, timeout=CHECKER_TIMEOUT_MS)


def sms_code(page: Page) -> str:
    message = page.locator("[data-sms-message]")
    expect(message).to_have_text(re.compile(r"\d{6}"))
    return re.search(r"\d{6}", message.text_content()).group(0)


def confirm(page: Page, code: str) -> None:
    page.locator("#f-sms_code").fill(code)
    page.locator(".practice-sms__form button[type=submit]").click()
