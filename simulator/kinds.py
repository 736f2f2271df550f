"""Which validator judges which kind of field, how long its answer may be, and the doubts that depend on other answers."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from . import card, choices, dates, email, hes, kimlik, names, passport, phone

if TYPE_CHECKING:
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
TICKABLE = ("switch", "consent")
# The most characters a person may type in a field of each kind (the page's maxlength and the
# engine's cap): the portal's plausible limit with room for the spaces and hyphens people add,
# e.g. "+90 (532) 123-45-67" or "1234 5678 9012 3456 7890". A spec can set its own.
MAX_LENGTHS = {
    "name": names.MAX_LENGTH,
    "kimlik": 20,
    "passport": 24,
    "birth_date": 20,
    "email": email.MAX_LENGTH,
    "card": 32,
    "phone": 24,
    "hes": 20,
    "choice": 40,
    "province": 40,
}
KINDS = (*MAX_LENGTHS, *TICKABLE)


def judge(field: Field, answer: str, answers: dict[str, str], today: datetime.date) -> tuple[str, tuple[str, ...]]:
    """The normalised answer and its warning codes, or ValidationError.

    Specs are checked when loaded, so ``field.kind`` is one of KINDS; ticked boxes never come here.
    """
    if field.kind == "birth_date":
        return dates.validate(answer, today), ()
    if field.kind == "choice":
        return choices.validate(answer, field.options), ()
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
