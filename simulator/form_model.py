"""What a form is once its spec is read: stages of fields, each field with its kind and conditions.

Plain frozen objects, made only by :mod:`simulator.spec_reader`; nothing here reads a file.
A form is an ordered tuple of stages. A stage is shown when it is reached and its ``only_if``
holds; reached means: the first stage, or the ``next`` of a stage passed (by default the one
after it in the file). A stage whose condition does not hold is passed over to the one after it
in the file, so a start choice leads to different stages with ``only_if`` alone.
"""

from collections.abc import Iterator
from dataclasses import asdict, dataclass

STAGE_KINDS = ("fields", "sms", "review", "end")


@dataclass(frozen=True)
class Condition:
    """``field`` (ticked, or answered at all) or ``field=value`` (this option chosen), as written in a spec.

    The page reads ``field`` and ``value`` (None for "ticked") to show or hide a field or a stage.
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
    (None for tick boxes); ``options`` are (value, Turkish label) pairs of a choice;
    ``control`` is what the page draws (text, tick, radios, select, a searchable list…); ``text`` is
    the Turkish information text of a statement; ``stage`` the id of the stage it is on;
    ``refers_to`` the made value a ``reference`` names (``application_number``); ``portal_format``
    the way this portal writes the value, among its kind's ``formats`` ("" for the kind's usual one);
    ``seen`` when its source was last seen (YYYY-MM; "" when the form's portal date says it).
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
    refers_to: str = ""
    portal_format: str = ""
    seen: str = ""
    control: str = "text"
    text: str = ""
    stage: str = ""
    tickable: bool = False

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
        return asdict(self)


@dataclass(frozen=True)
class Button:
    """A portal's button: its Turkish ``text``, what it means, its CSS colour (#rrggbb) and the colour's name.

    ``meaning`` and ``colour_name`` are English msgids.
    """

    text: str
    meaning: str
    colour: str
    colour_name: str

    @property
    def ink(self) -> str:
        """Black or white, whichever contrasts more with the button colour (WCAG relative luminance)."""
        return "#1a1a1a" if luminance(self.colour) > 0.179 else "#ffffff"


@dataclass(frozen=True)
class Stage:
    """One screen of the portal: some fields, an SMS code, a review of the answers, or the end.

    ``title`` is the portal's Turkish heading and ``meaning`` (an English msgid) what the stage
    is; ``next`` the id of the stage that follows when this one passes ("" for the end);
    ``phone`` the field whose number receives the SMS, ``makes`` the value an SMS stage makes
    and carries (such as ``application_number``), ``message`` its Turkish text with ``{code}``
    and ``{<made value>}``; ``shows`` the made value the end shows, ``says`` what the stage says under its heading (a
    screen of questions or a review: what the screen is for) or what the end says (an English
    msgid; "" for nothing, or at the end the engine's usual words). An end with ``next`` (and its button) offers a way on:
    the form is finished there, and the button opens that stage (e.g. "continue an application"); an end's
    button without ``next`` prints the end (the portal's "Yazdır": the page's print view, marked practice),
    listing the answers of ``prints`` (field ids, in that order; none: the choices made and the day chosen).
    """

    id: str
    kind: str = "fields"
    title: str = ""
    meaning: str = ""
    only_if: Condition | None = None
    next: str = ""
    button: Button | None = None
    fields: tuple[Field, ...] = ()
    phone: str = ""
    makes: str = ""
    message: str = ""
    shows: str = ""
    says: str = ""
    prints: tuple[str, ...] = ()

    def applies(self, answers: dict[str, str]) -> bool:
        return self.only_if is None or self.only_if.holds(answers)

    def to_dict(self) -> dict:
        """What the page needs to go from stage to stage (its fields it has in its HTML)."""
        only_if = None if self.only_if is None else {"field": self.only_if.field, "value": self.only_if.value}
        return {"id": self.id, "kind": self.kind, "only_if": only_if, "next": self.next or None}


@dataclass(frozen=True)
class Step:
    """A step of the guide's drawing: the fields (and "button") it highlights, and the stages it draws.

    ``stages`` empty: the stages that hold its fields (a form of one stage: that stage).
    """

    id: str
    fields: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Form:
    """A whole form. ``guide`` is the folder of its guide page under docs/ (its practice page is inside);
    ``section`` the menu section its pages go in (catalogue words ``nav.section.<name>``);
    ``name`` what the form is called in every language (the portal's own name: "e-İkamet"; "" for a
    city form, named by its card); ``reviewed`` the day its facts were last checked (ISO, "" when the
    site's own date says it).
    ``lenient``: a rule we are not sure of (confidence single, inferred or unknown) warns instead of
    refusing, an empty required field too; the page's own length cap still refuses. ``rules`` holds
    this portal's own confidence for a rule, by its code, where its sources differ from ``rules.toml``.
    """

    id: str
    city: str
    card: str
    guide: str
    order: int
    section: str
    portal_url: str
    portal_last_known: str
    portal_confidence: str
    stages: tuple[Stage, ...]
    steps: tuple[Step, ...] = ()
    lenient: bool = False
    rules: tuple[tuple[str, str], ...] = ()
    name: str = ""
    reviewed: str = ""

    @property
    def fields(self) -> tuple[Field, ...]:
        """Every field of every stage, in the order of the file."""
        return tuple(field for stage in self.stages for field in stage.fields)

    def field(self, field_id: str) -> Field:
        return next(candidate for candidate in self.fields if candidate.id == field_id)

    def stage(self, stage_id: str) -> Stage:
        return next(candidate for candidate in self.stages if candidate.id == stage_id)

    def following(self, stage: Stage) -> Stage | None:
        """The stage after ``stage`` in the file (None after the last)."""
        index = self.stages.index(stage) + 1
        return self.stages[index] if index < len(self.stages) else None

    def way_on(self, stage: Stage) -> Stage | None:
        """The stage an end's button opens (its ``next``, whatever that stage's ``only_if``), or None: the form is finished either way."""
        return self.stage(stage.next) if stage.kind == "end" and stage.next else None

    def after(self, stage: Stage, answers: dict[str, str]) -> Stage | None:
        """The stage that opens once ``stage`` passes, given the answers so far; None after an end."""
        if stage.kind == "end":
            return None
        candidate = self.stage(stage.next) if stage.next else self.following(stage)
        while candidate is not None and not candidate.applies(answers):
            candidate = self.following(candidate)
        return candidate

    def path(self, answers: dict[str, str]) -> Iterator[Stage]:
        """The stages a person goes through, in order, given the answers (read as each stage is reached).

        The answers may change between two stages (the engine normalises them), so each stage
        is worked out only when the one before it has been taken.
        """
        stage: Stage | None = self.stages[0]
        while stage is not None:
            yield stage
            stage = self.after(stage, answers)

    # The first fields stage's button, for the guide pages drawn as one screen.
    @property
    def first_button(self) -> Button:
        return next(stage.button for stage in self.stages if stage.kind == "fields" and stage.button)

    @property
    def button_text(self) -> str:
        return self.first_button.text

    @property
    def button_meaning(self) -> str:
        return self.first_button.meaning

    @property
    def button_colour(self) -> str:
        return self.first_button.colour

    @property
    def button_colour_name(self) -> str:
        return self.first_button.colour_name

    @property
    def button_ink(self) -> str:
        return self.first_button.ink


def luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
