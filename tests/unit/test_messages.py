"""Every message, and every word of every spec, exists in every language, reads differently in each, and keeps its placeholders.

The languages are the catalogues present (messages.LANGUAGES); the site's languages come from mkdocs.yml.
"""

import io
import re
import string
from pathlib import Path

import pytest

import simulator
from simulator import messages, spec_words
from simulator.forms import FORMS_DIR, form_ids, load
from simulator.rules import RULES_FILE

from .conftest import not_in_pyodide

SOURCE_LOCALES = Path(__file__).parents[2] / "simulator" / "locales"
MKDOCS_CONFIG = Path(__file__).parents[2] / "mkdocs.yml"
OTHER_LANGUAGES = [lang for lang in messages.LANGUAGES if lang != messages.SOURCE_LANGUAGE]
GOVUK_FORBIDDEN = re.compile(r"\b(please|invalid|oops|sorry)\b", re.IGNORECASE)


def spec_texts() -> dict[str, str]:
    """The words of every spec, of rules.toml and portal.toml, as the Babel extractor finds them."""
    found = {}
    for path in [*sorted(FORMS_DIR.glob("*.toml")), *sorted(RULES_FILE.parent.glob("*.toml"))]:
        for _, _, msgid, _ in spec_words.extract(io.BytesIO(path.read_bytes()), (), (), {}):
            found[f"{path.stem}:{msgid}"] = msgid
    return found


ALL_TEXTS = {**messages.ALL, **{f"confidence:{key}": text for key, text in messages.CONFIDENCE_NOTES.items()},
             **{f"calendar:{key}": text for key, text in messages.CALENDAR_WORDS.items()}, **spec_texts()}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_is_a_language_besides_english():
    assert OTHER_LANGUAGES, "no compiled catalogue: run `make catalogues`"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
@pytest.mark.parametrize("key", sorted(ALL_TEXTS))
def test_every_message_is_translated_and_keeps_its_placeholders(key, lang):
    english = ALL_TEXTS[key]
    translated = messages.translate(english, lang)
    assert translated != english, f"{key} has no {lang} translation"
    assert placeholders(translated) == placeholders(english)


@pytest.mark.parametrize("key", sorted(ALL_TEXTS))
def test_messages_follow_the_govuk_wording(key):
    for lang in messages.LANGUAGES:
        assert not GOVUK_FORBIDDEN.search(messages.translate(ALL_TEXTS[key], lang))


def finishing_texts() -> list[str]:
    """What a person reads when a practice is over or a code is confirmed: the SMS step's "Code
    confirmed…" and every end stage's words, each several sentences long."""
    ends = [stage.says for form_id in form_ids() for stage in load(form_id).stages if stage.kind == "end" and stage.says]
    return [messages.CONFIRMATION[key] for key in ("code.accepted", "code.accepted_end", "code.confirmed")] + ends


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_the_texts_that_finish_a_practice_end_with_a_full_stop(lang):
    unfinished = [text for text in finishing_texts() if not messages.translate(text, lang).rstrip().endswith(".")]
    assert not unfinished, unfinished


@pytest.mark.parametrize("code", sorted(messages.ALL))
def test_every_message_formats_with_the_details_the_engine_gives(code):
    details = {"field": "x", "count": 3, "max": 20, "years": 120, "phone": "0532", "attempts": 3, "portal": "05321234567",
               # filled in by the page: the stage's number, the picture code spelled, a made value's name and value
               "number": 2, "total": 5, "characters": "K 7 M", "name": "application number", "value": "1234-56-7890123",
               "example": "3213-21-3123123"}
    for lang in messages.LANGUAGES:
        assert "{" not in messages.text(code, lang, **details)


@pytest.mark.parametrize("module", [path.stem for path in Path(simulator.__file__).parent.glob("*.py")])
def test_every_refusal_the_code_raises_has_a_message(module):
    source = (Path(simulator.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    for code in re.findall(r'ValidationError\("([\w.]+)"', source):
        assert code in messages.ERRORS, f"{module}.py raises {code!r}, which has no message"


def test_every_optional_field_has_words_to_mark_it():
    for lang in OTHER_LANGUAGES:
        assert messages.text("field.optional", lang) != messages.text("field.optional", "en")


@not_in_pyodide
@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_catalogue_has_no_empty_or_fuzzy_translation(lang):
    po = (SOURCE_LOCALES / lang / "LC_MESSAGES" / "simulator.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]
    assert entries
    for entry in entries:
        assert "#, fuzzy" not in entry
        assert not entry.startswith("#~"), f"obsolete entry left in the {lang} catalogue: {entry}"
        assert not re.search(r'^msgstr(\[\d\])? ""$', entry, re.MULTILINE), entry


@not_in_pyodide
def test_catalogue_covers_every_message_the_code_and_the_specs_mark():
    pot = (SOURCE_LOCALES / "simulator.pot").read_text(encoding="utf-8")
    in_template = set(re.findall(r'^msgid "(.+)"$', pot, re.MULTILINE))
    marked = set(ALL_TEXTS.values()) | {pair[0] for pair in messages.PLURALS.values()}
    assert marked == {text.replace('\\"', '"') for text in in_template}, "run `make messages`"


@not_in_pyodide
def test_every_language_of_the_site_has_a_catalogue():
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load(MKDOCS_CONFIG.read_text(encoding="utf-8").replace("!ENV", ""))
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    site_languages = {language["locale"] for language in i18n["languages"]}
    missing = site_languages - set(messages.LANGUAGES)
    assert not missing, f"the checker would answer these readers in English: {sorted(missing)}"


@pytest.mark.parametrize("lang", messages.LANGUAGES)
@pytest.mark.parametrize("form_id", form_ids())
def test_each_fields_words_differ_from_every_other_fields(form_id, lang):
    fields = [field for field in load(form_id).fields if not field.tickable]
    nouns = [messages.translate(field.noun, lang) for field in fields]
    empties = [messages.translate(field.when_empty, lang) for field in fields if field.required]
    assert len(set(nouns)) == len(nouns)
    assert len(set(empties)) == len(empties)


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


def test_confidence_notes_are_said_only_where_a_rule_is_not_confirmed():
    assert messages.confidence_note("confirmed") == ""
    for level in ("several", "single", "inferred", "unknown"):
        assert messages.confidence_note(level)
