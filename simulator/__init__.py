"""Practice copies of the Turkish forms that linked a transport card to a HES code.

The whole public API is :func:`validate` and its :class:`Result`::

    >>> result = validate('gaziantep', {'card_number': '1234 5678 9012', 'phone': '0532 123 45 67',
    ...                                 'hes_code': 'a1b2-3456-78', 'consent_1': 'on'})
    >>> result.ok, result.values['hes_code']
    (True, 'A1B2345678')
    >>> validate('gaziantep', {}, 'tr').errors['hes_code']
    'HES kodunuzu yazın'
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import messages, rules
from .errors import ValidationError
from .forms import FORM_IDS, Field, Form, load
from .kinds import judge
from .normalize import clean

__all__ = ["FORM_IDS", "Result", "validate"]


@dataclass(frozen=True)
class Result:
    """What the portal would say: errors and warnings by field id, in one language.

    ``ok`` is True when the portal would accept the form (warnings do not stop it).
    ``confidence`` gives, for each field with an error or warning, how sure we are of the
    rule behind it (confirmed, several, single, inferred, unknown); ``confidence_notes``
    says so in the reader's language wherever it is not confirmed.
    """

    ok: bool
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    error_codes: dict[str, str] = field(default_factory=dict)
    warning_codes: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, str] = field(default_factory=dict)
    confidence_notes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain data for JSON, as the browser's worker sends it to the page."""
        return {"ok": self.ok, "errors": self.errors, "warnings": self.warnings, "values": self.values,
                "error_codes": self.error_codes, "warning_codes": self.warning_codes,
                "confidence": self.confidence, "confidence_notes": self.confidence_notes}


def as_text(value: object) -> str | None:
    """An answer as a string, or None when it has none (an int of more digits than Python will print)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - whatever a caller passes, the contract is an answer, never an exception
        return None


def as_answers(values: object) -> tuple[dict[str, str], set[str]]:
    """The form's answers as strings (a non-mapping counts as no answers), and those too long to read."""
    answers: dict[str, str] = {}
    unreadable: set[str] = set()
    if isinstance(values, Mapping):
        for key, value in values.items():
            key, text = as_text(key), as_text(value)
            if key is None:
                continue
            if text is None:
                unreadable.add(key)
            answers[key] = text or ""
    return answers, unreadable


def validate(form_id: str, values: Mapping[str, str], lang: str = "en",
             today: datetime.date | None = None) -> Result:
    """Judge ``values`` (as an HTML form sends them) the way the ``form_id`` portal would.

    A ticked box is any non-empty value ("on"); an unticked one is absent.
    Messages are in ``lang`` (any language with a catalogue; anything else gives English).
    ``today`` is for the date-of-birth checks; tests pass a fixed one.
    Nothing typed raises: only an unknown ``form_id`` does (ValueError).
    """
    answers, unreadable = as_answers(values)
    return judge_form(load(form_id), answers, lang, today or datetime.date.today(), unreadable)


class Judgement:
    """The result being built for one form, one field at a time."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.result = Result(ok=False)

    def noun(self, spec: Field) -> str:
        return messages.translate(spec.noun, self.lang)

    def refuse(self, spec: Field, code: str, **details: object) -> None:
        if code == "required":
            text, level = messages.translate(spec.when_empty, self.lang), spec.confidence
        else:
            text, level = messages.text(code, self.lang, field=self.noun(spec), **details), rules.confidence(code)
        self.result.error_codes[spec.id] = code
        self.result.errors[spec.id] = text
        self.note(spec, level)

    def warn(self, spec: Field, codes: list[str], texts: list[str], level: str) -> None:
        self.result.warning_codes[spec.id] = codes[0]
        self.result.warnings[spec.id] = ". ".join(text.rstrip(".") for text in texts)
        self.note(spec, level)

    def note(self, spec: Field, level: str) -> None:
        self.result.confidence[spec.id] = level
        if note := messages.confidence_note(level, self.lang):
            self.result.confidence_notes[spec.id] = note


def judge_form(form: Form, answers: dict[str, str], lang: str, today: datetime.date,
               unreadable: set[str] = frozenset()) -> Result:
    judgement = Judgement(lang)
    result = judgement.result
    # Conditions read earlier answers; specs list a field after those it depends on.
    for spec in form.fields:
        if not spec.applies(answers):
            answers.pop(spec.id, None)
            continue
        typed = answers.get(spec.id, "")
        if spec.tickable:
            ticked = bool(typed.strip()) or spec.id in unreadable
            answers[spec.id] = "on" if ticked else ""
            if ticked:
                result.values[spec.id] = "on"
            elif spec.required:
                judgement.refuse(spec, "required")
            continue
        # The cap comes first: no answer longer than the page allows is ever normalised.
        if spec.id in unreadable or len(typed) > spec.max_length:
            judgement.refuse(spec, "field.too_long", max=spec.max_length)
            continue
        if not clean(typed):
            answers[spec.id] = ""
            if spec.required:
                judgement.refuse(spec, "required")
            continue
        try:
            # The validator normalises the answer itself, from what was typed (the capped length).
            value, doubts = judge(spec, typed, answers, today)
        except ValidationError as error:
            judgement.refuse(spec, error.code, **error.details)
            continue
        answers[spec.id] = result.values[spec.id] = value
        codes = list(doubts)
        texts = [messages.text(code, lang, field=judgement.noun(spec)) for code in doubts]
        levels = [rules.confidence(code) for code in doubts]
        if forgiven := rules.forgiveness(spec.kind, typed, value):
            codes.append(forgiven.code)
            texts.append(messages.translate(forgiven.message, lang).format(portal=forgiven.portal_text))
            levels.append(forgiven.confidence)
        if codes:
            judgement.warn(spec, codes, texts, levels[0])
    return replace(result, ok=not result.errors)
