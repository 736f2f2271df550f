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

from . import messages
from .errors import ValidationError
from .forms import FORM_IDS, Form, load
from .kinds import judge
from .normalize import clean

__all__ = ["FORM_IDS", "Result", "validate"]


@dataclass(frozen=True)
class Result:
    """What the portal would say: errors and warnings by field id, in one language.

    ``ok`` is True when the portal would accept the form (warnings do not stop it).
    """

    ok: bool
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    error_codes: dict[str, str] = field(default_factory=dict)
    warning_codes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain data for JSON, as the browser's worker sends it to the page."""
        return {"ok": self.ok, "errors": self.errors, "warnings": self.warnings, "values": self.values,
                "error_codes": self.error_codes, "warning_codes": self.warning_codes}


def as_answers(values: object) -> dict[str, str]:
    """The form's answers as strings, whatever was passed (a non-mapping counts as no answers)."""
    if not isinstance(values, Mapping):
        return {}
    return {str(key): "" if value is None else str(value) for key, value in values.items()}


def validate(form_id: str, values: Mapping[str, str], lang: str = "en",
             today: datetime.date | None = None) -> Result:
    """Judge ``values`` (as an HTML form sends them) the way the ``form_id`` portal would.

    A ticked box is any non-empty value ("on"); an unticked one is absent.
    Messages are in ``lang`` (en, ar or tr; anything else gives English).
    ``today`` is for the date-of-birth checks; tests pass a fixed one.
    """
    if not isinstance(form_id, str) or form_id not in FORM_IDS:
        raise ValueError(f"Unknown form {form_id!r}; the forms are: {', '.join(FORM_IDS)}")
    return judge_form(load(form_id), as_answers(values), lang, today or datetime.date.today())


def judge_form(form: Form, answers: dict[str, str], lang: str, today: datetime.date) -> Result:
    result = Result(ok=False)
    # Conditions read earlier answers; specs list a field after those it depends on.
    for spec in form.fields:
        if not spec.applies(answers):
            answers.pop(spec.id, None)
            continue
        answer = clean(answers.get(spec.id, ""))
        if not answer:
            answers[spec.id] = ""
            if spec.required:
                result.error_codes[spec.id] = "required"
                result.errors[spec.id] = messages.required(spec.id, lang)
            continue
        if spec.tickable:
            answers[spec.id] = result.values[spec.id] = "on"
            continue
        try:
            value, warnings = judge(spec, answer, answers, today)
        except ValidationError as error:
            result.error_codes[spec.id] = error.code
            result.errors[spec.id] = messages.text(error.code, lang, **error.details)
            continue
        answers[spec.id] = result.values[spec.id] = value
        if warnings:
            result.warning_codes[spec.id] = warnings[0]
            result.warnings[spec.id] = messages.text(warnings[0], lang)
    return replace(result, ok=not result.errors)
