"""Every message exists in English, Arabic and Turkish, reads differently in each, and keeps its placeholders."""

import re
import string
import sys
from pathlib import Path

import pytest

from simulator import messages

# The source catalogues (.po, .pot) stay in the repository; the wheel ships only the compiled .mo.
SOURCE_LOCALES = Path(__file__).parents[2] / "simulator" / "locales"
not_in_pyodide = pytest.mark.skipif(sys.platform == "emscripten", reason="the source catalogues are not in the wheel")
ALL_TEXTS = {**messages.ALL, **{f"required:{key}": text for key, text in messages.REQUIRED.items()},
             **{f"meaning:{key}": text for key, text in messages.MEANINGS.items()},
             **{f"hint:{key}": text for key, text in messages.HINTS.items()}}
# Brand names and the Turkish button words read the same in every language.
SAME_IN_TURKISH = {"meaning:Kaydet"}
GOVUK_FORBIDDEN = re.compile(r"\b(please|invalid|oops|sorry)\b", re.IGNORECASE)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def translate(text: str, lang: str) -> str:
    return messages.catalogue(lang).gettext(text)


@pytest.mark.parametrize("key", sorted(ALL_TEXTS))
def test_every_message_is_translated_and_differs_per_language(key):
    english = ALL_TEXTS[key]
    arabic, turkish = translate(english, "ar"), translate(english, "tr")
    assert arabic != english, f"{key} has no Arabic translation"
    assert re.search("[\u0600-\u06ff]", arabic), f"{key}: the Arabic text has no Arabic letters"
    assert key in SAME_IN_TURKISH or turkish != english, f"{key} has no Turkish translation"
    assert placeholders(arabic) == placeholders(english) == placeholders(turkish)


@pytest.mark.parametrize("key", sorted(ALL_TEXTS))
def test_messages_follow_the_govuk_wording(key):
    assert not GOVUK_FORBIDDEN.search(ALL_TEXTS[key])


@not_in_pyodide
@pytest.mark.parametrize("lang", ["ar", "tr"])
def test_catalogue_has_no_empty_or_fuzzy_translation(lang):
    po = (SOURCE_LOCALES / lang / "LC_MESSAGES" / "simulator.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]
    assert entries
    for entry in entries:
        assert "#, fuzzy" not in entry
        assert not re.search(r'^msgstr(\[\d\])? ""$', entry, re.MULTILINE), entry


@not_in_pyodide
def test_catalogue_covers_every_message_the_code_marks():
    pot = (SOURCE_LOCALES / "simulator.pot").read_text(encoding="utf-8")
    in_template = set(re.findall(r'^msgid "(.+)"$', pot, re.MULTILINE))
    assert set(ALL_TEXTS.values()) | {pair[0] for pair in messages.PLURALS.values()} == in_template


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "You have 1 try left"), ("en", 2, "You have 2 tries left"),
    ("ar", 1, "بقيت لك محاولة واحدة"), ("ar", 2, "بقيت لك محاولتان"),
    ("tr", 2, "2 deneme hakkınız kaldı"),
])
def test_attempts_left_use_each_languages_plural(lang, count, expected):
    assert expected in messages.plural_text("code.wrong", count, lang)


def test_details_are_filled_in():
    assert messages.text("hes.length", "ar", count=7).endswith("(عدد ما كتبته: 7)")
    assert "7" in messages.text("hes.length", "tr", count=7)
