"""Which validator judges which kind of field, and the doubts that depend on other answers."""

import datetime

from . import card, choices, dates, email, hes, kimlik, names, passport, phone
from .errors import ValidationError
from .forms import Field

VALIDATORS = {
    "name": names.validate,
    "kimlik": kimlik.validate,
    "passport": passport.validate,
    "email": email.validate,
    "card": card.validate,
    "phone": phone.validate,
    "hes": hes.validate,
    "province": choices.validate_province,
}
DOUBTS = {"kimlik": kimlik.doubts, "phone": phone.doubts, "email": email.doubts}


def judge(field: Field, answer: str, answers: dict[str, str], today: datetime.date) -> tuple[str, tuple[str, ...]]:
    """The normalised answer and its warning codes, or ValidationError."""
    if field.kind == "birth_date":
        return dates.validate(answer, today), ()
    if field.kind == "choice":
        return choices.validate(answer, field.options), ()
    if field.kind not in VALIDATORS:
        raise ValidationError("form.unknown_kind")
    value = VALIDATORS[field.kind](answer)
    warnings = DOUBTS.get(field.kind, lambda _: ())(value) + identity_doubts(field, value, answers)
    return value, warnings


def identity_doubts(field: Field, number: str, answers: dict[str, str]) -> tuple[str, ...]:
    """A foreigner's number for a citizen, or a citizen's number for a foreigner."""
    foreign = kimlik.is_foreigner_number(number)
    if field.foreigner_if and field.foreigner_if.holds(answers) and not foreign:
        return ("kimlik.expected_foreigner",)
    if field.citizen_if and field.citizen_if.holds(answers) and foreign:
        return ("kimlik.expected_citizen",)
    return ()
