"""A person practising a staged form with a keyboard alone: Tab and Shift+Tab to move, Space to tick or
choose, the arrow keys inside a group of choices or a list, Enter to press a button, typing with the
keyboard (page.keyboard, never fill()). Nothing here reaches into the page's scripts."""

import re

from playwright.sync_api import Locator, Page, expect

from ..site.conftest import site_say
from .conftest import CHECKER_TIMEOUT_MS

TAB_LIMIT = 120


def focused_matches(page: Page, selector: str) -> bool:
    return page.evaluate("selector => Boolean(document.activeElement && document.activeElement.matches(selector))",
                         selector)


def focused_description(page: Page) -> str:
    return page.evaluate("""() => { const e = document.activeElement; if (!e) return "nothing";
        return `${e.tagName.toLowerCase()}#${e.id}${e.name ? `[name=${e.name}]` : ""} ${(e.textContent || "").trim().slice(0, 40)}`; }""")


def is_focused(page: Page, target: str | Locator) -> bool:
    if isinstance(target, str):
        return focused_matches(page, target)
    return target.evaluate("element => element === document.activeElement")


def tab_to(page: Page, target: str | Locator, backwards: bool = False) -> None:
    """Presses Tab (or Shift+Tab) until the focus is on ``target`` (an element matching a CSS selector, or a
    locator's one element), as a person moving through the page would; fails if it never gets there."""
    seen = []
    for _ in range(TAB_LIMIT):
        if is_focused(page, target):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        seen.append(None)
    raise AssertionError(f"Tab never reached {target}; went through: {seen[:40]}")


def type_into(page: Page, selector: str, text: str, replace: bool = False) -> None:
    """Tabs to a text box and types ``text``; ``replace`` selects what is there first (Ctrl+A), as a person
    correcting an answer does."""
    tab_to(page, selector)
    if replace:
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
    page.keyboard.type(text)


def tick(page: Page, selector: str) -> None:
    """Tabs to a box and ticks it with Space."""
    tab_to(page, selector)
    page.keyboard.press("Space")
    expect(page.locator(selector)).to_be_checked()


def choose_radio(page: Page, field_id: str, value: str) -> None:
    """Tabs into a group of radios and moves with the down arrow to ``value`` (which chooses it), or Space
    when the focus starts on it."""
    group = f'input[type=radio][data-field="{field_id}"]'
    target = f'{group}[value="{value}"]'
    tab_to(page, group)
    for _ in range(20):
        if focused_matches(page, target):
            break
        page.keyboard.press("ArrowDown")
    else:
        raise AssertionError(f"the arrow keys never reached {target}")
    page.keyboard.press("Space")
    expect(page.locator(target)).to_be_checked()


def choose_in_select(page: Page, selector: str, value: str) -> None:
    """Tabs to a plain list (a <select>) and moves down with the arrow key until ``value`` is chosen."""
    tab_to(page, selector)
    control = page.locator(selector)
    for _ in range(20):
        if control.input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never chose {value} in {selector}")


def choose_from_list(page: Page, field_id: str, typed: str, expected_value: str) -> None:
    """A long list found by typing: a few letters typed in the box, the down arrow to the first entry, Enter."""
    type_into(page, f"#f-{field_id}", typed)
    expect(page.locator(f"#f-{field_id}-listbox [role=option]").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator(f'select[data-field="{field_id}"]')).to_have_value(expected_value)


def press_button(page: Page, selector: str) -> None:
    """Tabs to a button and presses Enter."""
    tab_to(page, selector)
    page.keyboard.press("Enter")


def checks(page: Page) -> int:
    return int(page.locator(".practice").get_attribute("data-checks") or "0")


def expect_checked_after(page: Page, before: int) -> None:
    """Waits for the checker's answer to the press just made (the first one waits for the checker)."""
    expect(page.locator(".practice")).not_to_have_attribute("data-checks", str(before), timeout=CHECKER_TIMEOUT_MS)


def submit_by_enter(page: Page) -> None:
    """Enter in the text box that has the focus presses the stage's button; waits for the answer."""
    before = checks(page)
    page.keyboard.press("Enter")
    expect_checked_after(page, before)


def stage(page: Page, stage_id: str) -> Locator:
    return page.locator(f'.practice-stage[data-stage="{stage_id}"]')


def expect_only_stage(page: Page, stage_id: str, timeout: int = 15_000) -> None:
    """Only this stage is shown; nothing of the page went into the address."""
    expect(stage(page, stage_id)).to_be_visible(timeout=timeout)
    expect(page.locator(".practice-stage:visible")).to_have_count(1)
    assert "?" not in page.url and "#" not in page.url, page.url


def expect_stage_opened(page: Page, stage_id: str, lang: str, number: int | None = None, total: int | None = None,
                        timeout: int = 15_000) -> None:
    """The stage is the one shown, its heading has the focus, and it says "Step N of M" in the reader's language."""
    expect_only_stage(page, stage_id, timeout)
    expect(stage(page, stage_id).locator("[data-stage-heading]")).to_be_focused()
    if number is not None:
        expect(stage(page, stage_id).locator("[data-step]")).to_have_text(
            site_say("practice.stage.step", lang, number=number, total=total))


def expect_warnings_stop(page: Page, stage_id: str, warned: list[dict], lang: str) -> None:
    """The stage passed with warnings not shown before, so it stays once: above the form each warning is
    listed under its field's Turkish label (the engine's ``warned``), as a notice to read with the focus on
    it, not as an error (no alert, no "Error:" before the title), with the stage's button to press again."""
    expect_only_stage(page, stage_id)
    box = page.locator("#practice-checks")
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    expect(box).to_have_attribute("role", "region")
    expect(box.locator("[data-summary-list] li")).to_have_text([f"{item['label']}: {item['message']}" for item in warned])
    button = stage(page, stage_id).locator(".practice-button").text_content().strip()
    expect(box.locator("[data-checks-again]")).to_have_text(site_say("practice.checks.again", lang, button=button))
    expect(page.locator("#practice-summary")).to_be_hidden()
    assert not page.title().startswith(site_say("practice.error_prefix", lang)), page.title()


def expect_end_lists(page: Page, end: Locator, warned: list[dict], lang: str) -> None:
    """The end lists every warning given on the way, under its Turkish label, with what was typed and what to
    type on the real site for an answer the practice took as the real site may not."""
    items = end.locator("[data-done-checks] li")
    expect(end.locator("[data-done-checks] h3")).to_have_text(site_say("done.checks.title", lang))
    expect(items).to_have_count(len(warned))
    for index, item in enumerate(warned):
        expect(items.nth(index).locator(".practice-done__label")).to_have_text(item["label"])
        expect(items.nth(index)).to_contain_text(item["message"])
        if "portal" in item:
            expect(items.nth(index).locator(".practice-done__change")).to_have_text(
                site_say("done.checks.change", lang, typed=item["typed"], portal=item["portal"]))


def picture_code(page: Page, field_id: str) -> str:
    """The picture code as a screen reader says it: its text alternative spells it one character at a time."""
    picture = page.locator(f"#group-{field_id} [data-picture]")
    spelled = re.compile(r":.*(?<![A-Za-z0-9])[A-Z0-9](?![A-Za-z0-9]).*(?<![A-Za-z0-9])[A-Z0-9](?![A-Za-z0-9])")
    expect(picture).to_have_attribute("aria-label", spelled, timeout=CHECKER_TIMEOUT_MS)
    said = picture.get_attribute("aria-label").rsplit(":", 1)[1]
    code = "".join(re.findall(r"(?<![A-Za-z0-9])[A-Z0-9](?![A-Za-z0-9])", said))
    assert len(code) == 8, said
    return code


def expect_top_in_sight(page: Page, box: Locator) -> None:
    """``box`` begins on the screen, below the page's sticky header: neither under it nor past the screen."""
    header = page.locator(".md-header").bounding_box() if page.locator(".md-header").count() else None
    header_bottom = header["y"] + header["height"] if header else 0
    top = box.bounding_box()["y"]
    assert header_bottom <= top < page.viewport_size["height"], f"top at {top}, header down to {header_bottom}"


def expect_summary(page: Page, messages: list[str]) -> None:
    """The error summary is shown, has the focus with its top in sight and lists exactly these problems, in order."""
    summary = page.locator("#practice-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary.locator("[data-summary-list] a")).to_have_text(messages)
    expect_top_in_sight(page, summary)


def expect_field_messages(page: Page, errors: dict[str, str], warnings: dict[str, str] | None = None) -> None:
    """Each error beside its field (and the field marked invalid), each warning beside its field."""
    for field_id, message in errors.items():
        expect(page.locator(f"#error-{field_id} [data-message]")).to_have_text(message)
        expect(page.locator(f"#error-{field_id}")).to_be_visible()
    for field_id, message in (warnings or {}).items():
        expect(page.locator(f"#warning-{field_id} [data-message]")).to_have_text(message)
        expect(page.locator(f"#warning-{field_id}")).to_be_visible()


def sms_message(page: Page) -> str:
    message = page.locator("[data-sms-message]")
    expect(message).to_have_text(re.compile(r"(?<![\d-])\d{6}(?![\d-])"), timeout=CHECKER_TIMEOUT_MS)
    return message.text_content()


def sms_code(text: str) -> str:
    return re.search(r"(?<![\d-])\d{6}(?![\d-])", text).group(0)
