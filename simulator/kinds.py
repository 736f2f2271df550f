"""One home per kind of value: the registry that says, for each kind a spec may name, everything about it.

A kind is its validator module plus one entry in ``KINDS`` (plus its messages): how the
answer is judged (``validate``, given what it ``needs``), what may be doubted, how many
characters may be typed, how a phone's keyboard should show (``input``), how the real portal
writes the value (``portal_format``), which control the page draws, and a built-in list of
options. Nothing here knows what a form is: fields are read through the few attributes below.

>>> KINDS['phone'].input
Input(type='tel', inputmode='tel', autocapitalize='off', typed_order=True)
>>> portal_text(KINDS['birth_date'], '1990-03-05')
'05.03.1990'
>>> sorted(KINDS['phone'].formats), KINDS['phone'].formats['without_zero']('5321234567')
(['without_zero'], '5321234567')
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as default
from typing import Protocol

from . import (card, choices, countries, dates, email, hes, kimlik, names, other_id, passport, phone, picture_code,
               reference, slots)

TICK = "tick"


class FieldLike(Protocol):
    """What a kind reads of a field (simulator.form_model.Field has it)."""

    kind: str
    example: str
    options: tuple[tuple[str, str], ...]
    foreigner_if: object
    citizen_if: object
    refers_to: str
    portal_format: str


@dataclass(frozen=True)
class Input:
    """How a phone shows its keyboard for the field: the HTML type, inputmode and autocapitalize.

    ``typed_order``: the box draws what is typed left to right in the order typed (digits and codes).
    Left to the Unicode bidi rules, groups of Arabic-Indic digits (١٢٣٤ ٥٦٧٨) are drawn last group first,
    even in a left-to-right box; Persian digits are not (they are European numbers to the rules).
    Boxes for names and for text in any script keep the rules.
    """

    type: str = "text"
    inputmode: str = "text"
    autocapitalize: str = "off"
    typed_order: bool = False


@dataclass(frozen=True)
class Kind:
    """Everything about one kind of value.

    ``validate(answer, **needs)`` returns the normalised value or raises ValidationError; ``needs``
    names what it takes besides the answer: ``today`` (a date), ``options`` ((value, label)
    pairs), ``answers`` (the other answers so far), ``shown`` (the picture code shown), ``made``
    (the name of the made value a reference refers to, and the value made on this page, or "").
    ``doubts(value, field, answers, **needs)`` gives warning codes for a value that passed.
    ``formats`` are other ways a portal writes the value, by name (a spec's ``portal_format``).
    ``controls`` are the ways the page may draw it, the first the default (a spec's ``display``
    picks another). ``options`` gives a built-in list; ``spec_options`` says the spec lists them;
    ``offered(today)`` gives what the page offers that depends on the day (plain data).
    ``example(options=, today=, shown=)`` is an answer it takes when the spec gives none;
    ``in_review`` says whether a review stage lists the answer (a picture code it does not).
    """

    name: str
    controls: tuple[str, ...]
    validate: Callable[..., str] | None = None
    needs: frozenset[str] = frozenset()
    doubts: Callable[[str, FieldLike, Mapping[str, str]], tuple[str, ...]] | None = None
    max_length: int | None = None
    input: Input | None = None
    portal_format: Callable[[str], str] | None = None
    options: Callable[[], tuple[tuple[str, str], ...]] | None = None
    spec_options: bool = False
    offered: Callable[[datetime.date], list] | None = None
    example: Callable[..., str] | None = None
    in_review: bool = True
    formats: Mapping[str, Callable[[str], str]] = default(default_factory=dict, hash=False)

    @property
    def control(self) -> str:
        return self.controls[0]

    @property
    def tickable(self) -> bool:
        return self.control in TICKABLE_CONTROLS


TICKABLE_CONTROLS = (TICK, "statement")


def identity_doubts(number: str, field: FieldLike, answers: Mapping[str, str], **_: object) -> tuple[str, ...]:
    """kimlik's own doubts, and a foreigner's number for a citizen or a citizen's number for a foreigner."""
    foreign = kimlik.is_foreigner_number(number)
    if field.foreigner_if and field.foreigner_if.holds(answers) and not foreign:
        return (*kimlik.doubts(number), "kimlik.expected_foreigner")
    if field.citizen_if and field.citizen_if.holds(answers) and foreign:
        return (*kimlik.doubts(number), "kimlik.expected_citizen")
    return kimlik.doubts(number)


def own_doubts(doubts: Callable[[str], tuple[str, ...]]) -> Callable[[str, FieldLike, Mapping[str, str]], tuple[str, ...]]:
    """A module's doubts, which read only the value."""
    return lambda value, field, answers, **_: doubts(value)


def reference_doubts(value: str, field: FieldLike, answers: Mapping[str, str], made: tuple[str, str]) -> tuple[str, ...]:
    return reference.doubts(value, made)


CODE = Input("text", "text", "characters", typed_order=True)
SEARCH = Input("text", "text", "off")  # the box a searchable list is typed into
DIGITS = Input("text", "numeric", "off", typed_order=True)

# The max lengths: the portal's plausible limit with room for the spaces and hyphens people add,
# e.g. "+90 (532) 123-45-67" or "1234 5678 9012 3456 7890". A spec can set its own.
KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("name", ("text",), names.validate, max_length=names.MAX_LENGTH, input=Input("text", "text", "words")),
    Kind("kimlik", ("text",), kimlik.validate, doubts=identity_doubts, max_length=20, input=DIGITS),
    Kind("passport", ("text",), passport.validate, max_length=24, input=CODE),
    Kind("birth_date", ("text",), dates.validate, frozenset({"today"}), max_length=20,
         input=Input("text", "decimal", "off", typed_order=True), portal_format=dates.format),
    Kind("email", ("text",), email.validate, doubts=own_doubts(email.doubts), max_length=email.MAX_LENGTH,
         input=Input("email", "email", "off")),
    Kind("card", ("text",), card.validate, max_length=32, input=DIGITS),
    Kind("phone", ("text",), phone.validate, doubts=own_doubts(phone.doubts), max_length=24,
         input=Input("tel", "tel", "off", typed_order=True), portal_format=phone.format,
         formats={"without_zero": phone.without_zero}),
    Kind("hes", ("text",), hes.validate, max_length=20, input=CODE, portal_format=hes.format),
    Kind("choice", ("radios", "select"), choices.validate, frozenset({"options"}), max_length=40, spec_options=True,
         example=lambda options, **_: options[-1][0]),
    Kind("province", ("select", "list"), choices.validate_province, max_length=40, input=SEARCH,
         options=choices.provinces, example=lambda options, **_: options[0][0]),
    Kind("country", ("list", "select"), countries.validate, max_length=60, input=SEARCH,
         options=countries.countries, example=lambda options, **_: options[0][0]),
    Kind("slot", ("slot",), slots.validate, frozenset({"today"}), max_length=20, portal_format=slots.format,
         offered=slots.offered_days, example=lambda today, **_: slots.first_free(today)),
    Kind("picture_code", ("picture",), picture_code.validate, frozenset({"shown"}), max_length=20, input=CODE,
         example=lambda shown, **_: shown, in_review=False),
    Kind("reference", ("text",), reference.validate, frozenset({"made"}), doubts=reference_doubts, max_length=30,
         input=DIGITS),
    # A home country's ID number may be printed in Arabic letters: its box keeps the bidi rules.
    Kind("other_id", ("text",), other_id.validate, doubts=own_doubts(other_id.doubts), max_length=other_id.MAX_LENGTH,
         input=Input("text", "text", "characters")),
    Kind("switch", (TICK,)),
    Kind("consent", (TICK,)),
    Kind("statement", ("statement",)),
)}


def options_of(field: FieldLike) -> tuple[tuple[str, str], ...]:
    """The (value, Turkish label) pairs a field offers: the spec's own, or its kind's list."""
    kind = KINDS[field.kind]
    return field.options or (kind.options() if kind.options else ())


def example_answer(field: FieldLike, today: datetime.date, shown: str = "") -> str:
    """An answer the field takes: "on" for a tick box, the spec's example, or one its kind makes."""
    kind = KINDS[field.kind]
    if kind.tickable:
        return "on"
    if field.example or kind.example is None:
        return field.example
    return kind.example(options=options_of(field), today=today, shown=shown)


def judge(field: FieldLike, answer: str, answers: dict[str, str], today: datetime.date,
          shown: str = "", made: Mapping[str, str] | None = None) -> tuple[str, tuple[str, ...]]:
    """The normalised answer and its warning codes, or ValidationError.

    ``made`` holds the values the form made on this page, by name. Specs are checked when
    loaded, so ``field.kind`` is a kind of the registry; ticked boxes never come here.
    """
    kind = KINDS[field.kind]
    context = {"today": today, "answers": answers, "shown": shown,
               "made": (field.refers_to, (made or {}).get(field.refers_to, ""))}
    needed = {name: options_of(field) if name == "options" else context[name] for name in kind.needs}
    value = kind.validate(answer, **needed)
    return value, kind.doubts(value, field, answers, **needed) if kind.doubts else ()


def portal_text(kind: Kind, value: str, field: FieldLike | None = None) -> str:
    """The value as the real portal writes it: this portal's format, the kind's own, the Turkish label of an option, or itself."""
    if field is not None and getattr(field, "portal_format", ""):
        return kind.formats[field.portal_format](value)
    if kind.portal_format:
        return kind.portal_format(value)
    if field is not None:
        return option_label(field, value) or value
    return value


def option_label(field: FieldLike, value: str) -> str | None:
    """The Turkish text the field shows for ``value`` when it is one of its options, else None."""
    return dict(options_of(field)).get(value)
