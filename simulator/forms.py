"""The form specs: one TOML file per form in ``forms/``, checked and read into plain objects.

A form is a file: ``forms/<id>.toml``. Its own words (what each Turkish label and
button means, the hints, what to say when a field is empty) are English msgids,
collected into the catalogues by :mod:`simulator.spec_words` and translated there.
A spec is checked as it is loaded: a mistake stops with :class:`SpecError`
naming the file and the key, never a bare ``KeyError``.
"""

import re
import tomllib
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from .kinds import KINDS, MAX_LENGTHS, TICKABLE

FORMS_DIR = Path(__file__).parent / "forms"
CONFIDENCE = ("confirmed", "several", "single", "inferred", "unknown")
CSS_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
FIELD_ID = re.compile(r"[a-z][a-z0-9_]*")
CONDITIONS = ("only_if", "unless", "foreigner_if", "citizen_if")
# The keys a spec may hold; spec_words.py collects those that are words to translate.
FORM_KEYS = {"id", "city", "card", "guide", "order", "portal", "button", "fields", "steps"}
PORTAL_KEYS = {"url", "last_known", "confidence"}
BUTTON_KEYS = {"text", "meaning", "colour", "colour_name"}
FIELD_KEYS = {"id", "label", "kind", "required", "example", "confidence", "max_length", "options",
              "meaning", "noun", "hint", "when_empty", *CONDITIONS}
OPTION_KEYS = {"value", "label", "meaning"}
STEP_KEYS = {"id", "fields"}


class SpecError(ValueError):
    """A form spec that cannot be used, with the file and the key at fault."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__(f"{path.name}: {key}: {problem}")
        self.path, self.key, self.problem = path, key, problem


@dataclass(frozen=True)
class Condition:
    """``field`` (ticked, or answered at all) or ``field=value`` (this option chosen), as written in a spec.

    The page reads ``field`` and ``value`` (None for "ticked") to show or hide a field.
    """

    field: str
    value: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> "Condition | None":
        if not text:
            return None
        name, _, value = text.partition("=")
        return cls(name.strip(), value.strip() or None)

    def holds(self, answers: dict[str, str]) -> bool:
        answer = answers.get(self.field, "")
        return answer == self.value if self.value is not None else bool(answer)

    def __str__(self) -> str:
        return self.field if self.value is None else f"{self.field}={self.value}"


@dataclass(frozen=True)
class Field:
    """One field of a form. ``meaning``, ``noun``, ``hint`` and ``when_empty`` are English msgids.

    ``noun`` names the field inside sentences ("Write your {field} in Latin letters");
    ``max_length`` is the most characters the page lets a person type and the engine reads
    (None for tick boxes); ``options`` are (value, Turkish label) pairs of a choice.
    """

    id: str
    label: str
    kind: str
    meaning: str
    noun: str = ""
    hint: str = ""
    when_empty: str = ""
    required: bool = False
    example: str = ""
    confidence: str = "unknown"
    max_length: int | None = None
    only_if: Condition | None = None
    unless: Condition | None = None
    foreigner_if: Condition | None = None
    citizen_if: Condition | None = None
    options: tuple[tuple[str, str], ...] = ()
    option_meanings: tuple[str, ...] = ()

    @property
    def tickable(self) -> bool:
        return self.kind in TICKABLE

    def applies(self, answers: dict[str, str]) -> bool:
        """Whether the form shows this field, given the boxes ticked and choices made."""
        if self.only_if and not self.only_if.holds(answers):
            return False
        return not (self.unless and self.unless.holds(answers))

    def meaning_of(self, value: str) -> str:
        """The msgid saying what the option ``value`` of a choice means."""
        return dict(zip((option for option, _ in self.options), self.option_meanings, strict=True))[value]

    def to_dict(self) -> dict:
        """Plain data for the page (JSON): conditions as {"field", "value"} or None."""
        return asdict(self) | {"tickable": self.tickable}


@dataclass(frozen=True)
class Step:
    id: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    """A whole form. ``guide`` is the folder of its guide page under docs/ (its practice page is inside).

    ``button_colour`` is a CSS colour (#rrggbb) and ``button_ink`` the text colour that reads best on
    it; ``button_meaning`` and ``button_colour_name`` are English msgids.
    """

    id: str
    city: str
    card: str
    guide: str
    order: int
    portal_url: str
    portal_last_known: str
    portal_confidence: str
    button_text: str
    button_meaning: str
    button_colour: str
    button_colour_name: str
    fields: tuple[Field, ...]
    steps: tuple[Step, ...] = ()

    @property
    def button_ink(self) -> str:
        """Black or white, whichever contrasts more with the button colour (WCAG relative luminance)."""
        return "#1a1a1a" if luminance(self.button_colour) > 0.179 else "#ffffff"

    def field(self, field_id: str) -> Field:
        return next(candidate for candidate in self.fields if candidate.id == field_id)


def luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


class SpecReader:
    """Reads one spec file, checking each key as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise SpecError(path, "(file)", f"not valid TOML: {error}") from None

    def fail(self, key: str, problem: str) -> SpecError:
        return SpecError(self.path, key, problem)

    def table(self, data: object, key: str, allowed: set[str]) -> dict:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a table")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(f"{key}.{unknown[0]}" if key else unknown[0],
                            f"unknown key; the keys allowed here are: {', '.join(sorted(allowed))}")
        return data

    def text(self, data: dict, key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"{where}{key}", "must be text in double quotes")
        if required and not value.strip():
            raise self.fail(f"{where}{key}", "is missing")
        return value

    def confidence(self, data: dict, where: str) -> str:
        value = data.get("confidence", "unknown")
        if value not in CONFIDENCE:
            raise self.fail(f"{where}confidence", f"unknown confidence {value!r}; use one of: {', '.join(CONFIDENCE)}")
        return value

    def form(self) -> Form:
        data = self.table(self.data, "", FORM_KEYS)
        form_id = data.get("id", self.path.stem)
        if form_id != self.path.stem:
            raise self.fail("id", f"is {form_id!r} but the file is named {self.path.name}: they must agree")
        portal = self.table(data.get("portal", {}), "portal", PORTAL_KEYS)
        button = self.table(data.get("button"), "button", BUTTON_KEYS)
        colour = self.text(button, "colour", "button.")
        if not CSS_HEX_COLOUR.fullmatch(colour):
            raise self.fail("button.colour", f"unknown colour {colour!r}: write a CSS colour like \"#ffd200\"")
        order = data.get("order", 1000)
        if not isinstance(order, int):
            raise self.fail("order", "must be a whole number")
        entries = data.get("fields")
        if not isinstance(entries, list) or not entries:
            raise self.fail("fields", "a form needs at least one [[fields]] entry")
        fields: list[Field] = []
        for index, entry in enumerate(entries):
            fields.append(self.field(entry, f"fields[{index}]", fields))
        ids = {field.id for field in fields} | {"button"}
        steps = []
        for index, entry in enumerate(data.get("steps", ())):
            entry = self.table(entry, f"steps[{index}]", STEP_KEYS)
            missing = [name for name in entry.get("fields", ()) if name not in ids]
            if missing:
                raise self.fail(f"steps[{index}].fields", f"names {missing[0]!r}, which is not a field of this form")
            steps.append(Step(self.text(entry, "id", f"steps[{index}]."), tuple(entry.get("fields", ()))))
        return Form(
            id=form_id, city=self.text(data, "city", "", required=False), card=self.text(data, "card", "", required=False),
            guide=self.text(data, "guide", ""), order=order,
            portal_url=self.text(portal, "url", "portal.", required=False),
            portal_last_known=self.text(portal, "last_known", "portal."),
            portal_confidence=self.confidence(portal, "portal."),
            button_text=self.text(button, "text", "button."), button_meaning=self.text(button, "meaning", "button."),
            button_colour=colour, button_colour_name=self.text(button, "colour_name", "button."),
            fields=tuple(fields), steps=tuple(steps))

    def field(self, entry: object, where: str, earlier: list[Field]) -> Field:
        entry = self.table(entry, where, FIELD_KEYS)
        field_id = self.text(entry, "id", f"{where}.")
        if not FIELD_ID.fullmatch(field_id) or field_id in {field.id for field in earlier}:
            raise self.fail(f"{where}.id", f"{field_id!r} must be new in this form, in lower case letters, digits and _")
        where = f"fields.{field_id}."
        kind = entry.get("kind")
        if kind not in KINDS:
            raise self.fail(f"{where}kind", f"unknown kind {kind!r}; the kinds are: {', '.join(KINDS)}")
        required = entry.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(f"{where}required", "must be true or false")
        tickable = kind in TICKABLE
        options, option_meanings = self.options(entry, where, kind)
        conditions = {name: self.condition(entry, name, where, earlier) for name in CONDITIONS}
        return Field(
            id=field_id, label=self.text(entry, "label", where), kind=kind, required=required,
            meaning=self.text(entry, "meaning", where),
            noun=self.text(entry, "noun", where, required=not tickable),
            hint=self.text(entry, "hint", where, required=False),
            when_empty=self.text(entry, "when_empty", where, required=required),
            example=self.text(entry, "example", where, required=False),
            confidence=self.confidence(entry, where),
            max_length=None if tickable else self.max_length(entry, where, kind),
            options=options, option_meanings=option_meanings, **conditions)

    def max_length(self, entry: dict, where: str, kind: str) -> int:
        value = entry.get("max_length", MAX_LENGTHS[kind])
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1000:
            raise self.fail(f"{where}max_length", "must be a whole number from 1 to 1000")
        return value

    def options(self, entry: dict, where: str, kind: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
        raw = entry.get("options", [])
        if (kind == "choice") != bool(raw):
            raise self.fail(f"{where}options", "a choice needs options, and only a choice has them")
        if kind == "choice" and (not isinstance(raw, list) or len(raw) < 2):
            raise self.fail(f"{where}options", "a choice needs at least two options")
        options = [self.table(option, f"{where}options[{index}]", OPTION_KEYS) for index, option in enumerate(raw)]
        pairs = tuple((self.text(option, "value", f"{where}options[{index}]."), self.text(option, "label", f"{where}options[{index}]."))
                      for index, option in enumerate(options))
        meanings = tuple(self.text(option, "meaning", f"{where}options[{index}].") for index, option in enumerate(options))
        return pairs, meanings

    def condition(self, entry: dict, name: str, where: str, earlier: list[Field]) -> Condition | None:
        condition = Condition.parse(self.text(entry, name, where, required=False))
        if condition is None:
            return None
        # The engine reads answers in order, so a condition can only look back.
        target = next((field for field in earlier if field.id == condition.field), None)
        if target is None:
            raise self.fail(f"{where}{name}", f"names {condition.field!r}, which is not a field listed before this one")
        if condition.value is not None and condition.value not in {value for value, _ in target.options}:
            raise self.fail(f"{where}{name}", f"{condition.value!r} is not an option of {condition.field!r}")
        if condition.value is None and not target.tickable:
            raise self.fail(f"{where}{name}", f"{condition.field!r} is not a tick box: write {condition.field}=<option value>")
        return condition


def read_spec(path: Path) -> Form:
    """The checked spec in ``path``; SpecError names the file and key of any mistake."""
    return SpecReader(path).form()


@cache
def all_forms() -> dict[str, Form]:
    """Every form with a spec in ``forms/``, by id, in the specs' ``order`` (then by id)."""
    forms = sorted((read_spec(path) for path in FORMS_DIR.glob("*.toml")), key=lambda form: (form.order, form.id))
    return {form.id: form for form in forms}


def form_ids() -> tuple[str, ...]:
    return tuple(all_forms())


def load(form_id: str) -> Form:
    """The spec of ``form_id``; ValueError naming the known forms if there is none."""
    if not isinstance(form_id, str) or form_id not in all_forms():
        raise ValueError(f"Unknown form {form_id!r}; the forms are: {', '.join(form_ids())}")
    return all_forms()[form_id]


# Discovered from the files, never listed by hand: adding forms/<id>.toml adds a form.
FORM_IDS = form_ids()
