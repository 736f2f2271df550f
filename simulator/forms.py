"""The form specs: one TOML file per form in ``forms/``, read into plain objects."""

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FORMS_DIR = Path(__file__).parent / "forms"
FORM_IDS = ("istanbul", "gaziantep", "antalya", "national")
TICKABLE_KINDS = ("switch", "consent")


@dataclass(frozen=True)
class Condition:
    """``field`` (ticked) or ``field=value`` (chosen), as written in a spec."""

    field: str
    value: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> "Condition | None":
        if not text:
            return None
        name, _, value = text.partition("=")
        return cls(name, value or None)

    def holds(self, answers: dict[str, str]) -> bool:
        answer = answers.get(self.field, "")
        return answer == self.value if self.value is not None else bool(answer)


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: str
    required: bool = False
    example: str = ""
    confidence: str = "unknown"
    only_if: Condition | None = None
    unless: Condition | None = None
    foreigner_if: Condition | None = None
    citizen_if: Condition | None = None
    options: tuple[tuple[str, str], ...] = ()

    @property
    def tickable(self) -> bool:
        return self.kind in TICKABLE_KINDS

    def applies(self, answers: dict[str, str]) -> bool:
        """Whether the form shows this field, given the boxes ticked and choices made."""
        if self.only_if and not self.only_if.holds(answers):
            return False
        return not (self.unless and self.unless.holds(answers))


@dataclass(frozen=True)
class Step:
    id: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    id: str
    city: str
    card: str
    portal_url: str
    portal_last_known: str
    portal_confidence: str
    button_text: str
    button_colour: str
    fields: tuple[Field, ...]
    steps: tuple[Step, ...] = ()

    def field(self, field_id: str) -> Field:
        return next(candidate for candidate in self.fields if candidate.id == field_id)


def read_field(data: dict) -> Field:
    conditions = {name: Condition.parse(data.get(name)) for name in ("only_if", "unless", "foreigner_if", "citizen_if")}
    options = tuple((option["value"], option["label"]) for option in data.get("options", ()))
    plain = {name: data[name] for name in ("required", "example", "confidence") if name in data}
    return Field(id=data["id"], label=data["label"], kind=data["kind"], options=options, **plain, **conditions)


@cache
def load(form_id: str) -> Form:
    """The spec of ``form_id``; ValueError naming the known forms if there is none."""
    if form_id not in FORM_IDS:
        raise ValueError(f"Unknown form {form_id!r}; the forms are: {', '.join(FORM_IDS)}")
    data = tomllib.loads((FORMS_DIR / f"{form_id}.toml").read_text(encoding="utf-8"))
    return Form(
        id=data["id"],
        city=data["city"],
        card=data["card"],
        portal_url=data["portal"]["url"],
        portal_last_known=data["portal"]["last_known"],
        portal_confidence=data["portal"]["confidence"],
        button_text=data["button"]["text"],
        button_colour=data["button"]["colour"],
        fields=tuple(read_field(entry) for entry in data["fields"]),
        steps=tuple(Step(entry["id"], tuple(entry.get("fields", ()))) for entry in data.get("steps", ())),
    )
