"""Reading one form spec (a TOML file) into a :class:`~simulator.form_model.Form`, checking every key.

A mistake stops with :class:`SpecError` naming the file and the key (``stages.sms.phone``), never
a bare ``KeyError``: an unknown key, kind or stage, a field named before it exists, a list
without options, stages that loop or never reach an end.
"""

import datetime
import re
import string
import tomllib
from pathlib import Path

from . import made, messages, portal
from .form_model import STAGE_KINDS, Button, Condition, Field, Form, Stage, Step
from .kinds import KINDS, options_of

CONFIDENCE = ("confirmed", "several", "single", "inferred", "unknown")
CSS_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
LOWER_ID = re.compile(r"[a-z][a-z0-9_]*")
CONDITIONS = ("only_if", "unless", "foreigner_if", "citizen_if")
# The keys a spec may hold; spec_words.py collects those that are words to translate.
FORM_KEYS = {"id", "name", "city", "card", "guide", "order", "section", "reviewed", "portal", "lenient", "rules", "stages",
             "steps"}
RULE_KEYS = {"confidence", "seen"}
SEEN = re.compile(r"\d{4}-\d{2}")
PORTAL_KEYS = {"url", "last_known", "confidence"}
STAGE_KEYS = {"id", "kind", "title", "meaning", "only_if", "next", "button", "fields", "phone", "makes", "message", "shows", "says",
              "prints"}
# Which keys each kind of stage may have besides id, kind, title, meaning, only_if.
STAGE_KIND_KEYS = {"fields": {"next", "button", "fields", "says"}, "sms": {"next", "phone", "makes", "message"},
                   "review": {"next", "button", "fields", "says"}, "end": {"shows", "says", "next", "button", "prints"}}
BUTTON_KEYS = {"text", "meaning", "colour", "colour_name"}
FIELD_KEYS = {"id", "label", "kind", "required", "example", "confidence", "max_length", "options", "display",
              "text", "refers_to", "portal_format", "seen", "meaning", "noun", "hint", "when_empty", *CONDITIONS}
OPTION_KEYS = {"value", "label", "meaning"}
STEP_KEYS = {"id", "fields", "stages"}


class SpecError(ValueError):
    """A form spec that cannot be used, with the file and the key at fault."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__(f"{path.name}: {key}: {problem}")
        self.path, self.key, self.problem = path, key, problem


class SpecReader:
    """Reads one spec file, checking each key as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise SpecError(path, "(file)", f"not valid TOML: {error}") from None
        self.fields: list[Field] = []

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

    def lower_id(self, data: dict, key: str, where: str) -> str:
        value = self.text(data, key, where)
        if not LOWER_ID.fullmatch(value):
            raise self.fail(f"{where}{key}", f"{value!r} must be in lower case letters, digits and _")
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
        portal_data = self.table(data.get("portal", {}), "portal", PORTAL_KEYS)
        order = data.get("order", 1000)
        if not isinstance(order, int) or isinstance(order, bool):
            raise self.fail("order", "must be a whole number")
        entries = data.get("stages")
        if not isinstance(entries, list) or not entries:
            raise self.fail("stages", "a form needs at least one [[stages]] entry")
        stages: list[Stage] = []
        for index, entry in enumerate(entries):
            stages.append(self.stage(entry, index, stages))
        self.stages_read = stages
        self.check_made_values(stages)
        self.check_the_way_through(stages)
        return Form(
            id=form_id, name=self.text(data, "name", "", required=False), reviewed=self.reviewed(data),
            city=self.text(data, "city", "", required=False), card=self.text(data, "card", "", required=False),
            guide=self.text(data, "guide", ""), order=order, section=self.lower_id(data, "section", ""),
            portal_url=self.text(portal_data, "url", "portal.", required=False),
            portal_last_known=self.text(portal_data, "last_known", "portal."),
            portal_confidence=self.confidence(portal_data, "portal."),
            stages=tuple(stages), steps=self.steps(data), lenient=self.flag(data, "lenient", ""),
            rules=self.rules(data.get("rules", {})))

    def reviewed(self, data: dict) -> str:
        """When the form's facts were last checked (``reviewed = 2026-12-01``), as an ISO date; "" if not given."""
        value = data.get("reviewed", "")
        if isinstance(value, datetime.datetime) or not isinstance(value, (datetime.date, str)):
            raise self.fail("reviewed", f"{value!r} must be the day the form's facts were last checked, like 2026-12-01")
        if isinstance(value, str) and value:
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                raise self.fail("reviewed", f"{value!r} must be the day the form's facts were last checked, like 2026-12-01") from None
        return value.isoformat() if value else ""

    def flag(self, data: dict, key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}{key}", "must be true or false")
        return value

    def seen(self, data: dict, where: str) -> str:
        value = self.text(data, "seen", where, required=False)
        if value and not SEEN.fullmatch(value):
            raise self.fail(f"{where}seen", f"{value!r} must be the year and month its source was last seen, like \"2026-11\"")
        return value

    def rules(self, data: object) -> tuple[tuple[str, str], ...]:
        """This portal's confidence in rules, by code: ``"date.format" = { confidence = "several", seen = "2026-11" }``."""
        if not isinstance(data, dict):
            raise self.fail("rules", "must be a table of rule codes")
        known = {"required", *messages.all_messages()}
        found = []
        for code, entry in data.items():
            if code not in known:
                raise self.fail(f"rules.{code}", "is not the code of a rule the engine applies")
            entry = self.table(entry, f"rules.{code}", RULE_KEYS)
            self.seen(entry, f"rules.{code}.")
            found.append((code, self.confidence(entry, f"rules.{code}.")))
        return tuple(found)

    def stage(self, entry: object, index: int, earlier: list[Stage]) -> Stage:
        entry = self.table(entry, f"stages[{index}]", STAGE_KEYS)
        stage_id = self.lower_id(entry, "id", f"stages[{index}].")
        if stage_id in {stage.id for stage in earlier}:
            raise self.fail(f"stages[{index}].id", f"{stage_id!r} is already the id of a stage of this form")
        where = f"stages.{stage_id}."
        kind = entry.get("kind", "fields")
        if kind not in STAGE_KINDS:
            raise self.fail(f"{where}kind", f"unknown stage kind {kind!r}; the kinds are: {', '.join(STAGE_KINDS)}")
        extra = sorted(set(entry) - {"id", "kind", "title", "meaning", "only_if"} - STAGE_KIND_KEYS[kind])
        if extra:
            raise self.fail(f"{where}{extra[0]}", f"{kind} stages have no {extra[0]}")
        only_if = self.condition(entry, "only_if", where)
        if only_if and not earlier:
            raise self.fail(f"{where}only_if", "the first stage is always shown: it cannot have a condition")
        # A fields stage may have none: a screen of only its button ("Yeni Bir Başvuru Yapmak İstiyorum");
        # a review stage may add some (statements to tick beside its button).
        raw = entry.get("fields", [])
        if not isinstance(raw, list):
            raise self.fail(f"{where}fields", "must be a list of [[stages.fields]] entries")
        fields = tuple(self.field(field, f"{where}fields[{number}]", stage_id) for number, field in enumerate(raw))
        if kind == "end" and "next" in entry and "button" not in entry:
            raise self.fail(f"{where}button", "an end's way on needs the button that opens it")
        button = None
        if kind == "fields" or "button" in entry:
            button = self.button(self.table(entry.get("button"), f"{where}button", BUTTON_KEYS), f"{where}button.")
        return Stage(
            id=stage_id, kind=kind, title=self.text(entry, "title", where, required=False),
            meaning=self.text(entry, "meaning", where), only_if=only_if,
            next=self.text(entry, "next", where, required=False), button=button, fields=fields,
            phone=self.sms_phone(entry, where) if kind == "sms" else "",
            makes=self.made_value(entry, "makes", where), message=self.sms_message(entry, where),
            shows=self.made_value(entry, "shows", where), says=self.text(entry, "says", where, required=False),
            prints=self.printed(entry, where))

    def button(self, button: dict, where: str) -> Button:
        colour = self.text(button, "colour", where)
        if not CSS_HEX_COLOUR.fullmatch(colour):
            raise self.fail(f"{where}colour", f"unknown colour {colour!r}: write a CSS colour like \"#ffd200\"")
        return Button(text=self.text(button, "text", where), meaning=self.text(button, "meaning", where),
                      colour=colour, colour_name=self.text(button, "colour_name", where))

    def printed(self, entry: dict, where: str) -> tuple[str, ...]:
        names = entry.get("prints", [])
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise self.fail(f"{where}prints", "must be a list of field ids in double quotes")
        if "prints" in entry and ("next" in entry or "button" not in entry):
            raise self.fail(f"{where}prints", "only an end whose button prints (a button without next) has a print-out")
        if missing := [name for name in names if self.earlier_field(name) is None]:
            raise self.fail(f"{where}prints", f"names {missing[0]!r}, which is not a field of an earlier stage")
        return tuple(names)

    def sms_phone(self, entry: dict, where: str) -> str:
        name = self.text(entry, "phone", where)
        target = self.earlier_field(name)
        if target is None:
            raise self.fail(f"{where}phone", f"names {name!r}, which is not a field of an earlier stage")
        if target.kind != "phone":
            raise self.fail(f"{where}phone", f"names {name!r}, which is not a phone field")
        return name

    def made_value(self, entry: dict, key: str, where: str) -> str:
        name = self.text(entry, key, where, required=False)
        if name and name not in made.MAKERS:
            raise self.fail(f"{where}{key}", f"unknown made value {name!r}; the engine makes: {', '.join(made.MAKERS)}")
        return name

    def sms_message(self, entry: dict, where: str) -> str:
        message = self.text(entry, "message", where, required=False)
        if not message:
            return ""
        allowed = {"code", *filter(None, [entry.get("makes")])}
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
        except ValueError as error:
            raise self.fail(f"{where}message", f"unbalanced braces: {error}") from None
        if "code" not in names:
            raise self.fail(f"{where}message", "must hold {code}, where the SMS shows the code")
        if unknown := sorted(names - allowed):
            raise self.fail(f"{where}message", f"{{{unknown[0]}}} is not filled in; it may hold: "
                                               + ", ".join(f"{{{name}}}" for name in sorted(allowed)))
        return message

    def check_made_values(self, stages: list[Stage]) -> None:
        for index, stage in enumerate(stages):
            if stage.shows and stage.shows not in {earlier.makes for earlier in stages[:index]}:
                raise self.fail(f"stages.{stage.id}.shows", f"no stage before this one makes {stage.shows!r}")

    def check_the_way_through(self, stages: list[Stage]) -> None:
        """Every stage named in ``next`` exists, no stage leads back to itself, and every way ends at an end stage."""
        index = {stage.id: number for number, stage in enumerate(stages)}
        for stage in stages:
            if stage.next and stage.next not in index:
                raise self.fail(f"stages.{stage.id}.next", f"names {stage.next!r}, which is not a stage of this form")

        def ways_on(number: int) -> list[int | None]:
            # Where the person can go from stage ``number``: its next when it is shown, the one after it when it is not.
            stage = stages[number]
            if stage.kind == "end":
                ways = [index[stage.next]] if stage.next else []
            else:
                ways = [index[stage.next] if stage.next else number + 1]
            if stage.only_if:
                ways.append(number + 1)
            return [way if way < len(stages) else None for way in ways]

        finished: set[int] = set()

        def walk(number: int, trail: list[int]) -> None:
            if number in finished:
                return
            if number in trail:
                loop = " → ".join(stages[step].id for step in [*trail[trail.index(number):], number])
                raise self.fail(f"stages.{stages[trail[-1]].id}.next", f"the stages go round in a loop: {loop}")
            for way in ways_on(number):
                if way is None:
                    raise self.fail(f"stages.{stages[number].id}", "the form ends here without an end stage: "
                                    "add a stage with kind = \"end\", or name the next stage")
                walk(way, [*trail, number])
            finished.add(number)

        walk(0, [])

    def steps(self, data: dict) -> tuple[Step, ...]:
        ids = {field.id for field in self.fields} | {"button"}
        steps = []
        for index, entry in enumerate(data.get("steps", ())):
            entry = self.table(entry, f"steps[{index}]", STEP_KEYS)
            missing = [name for name in entry.get("fields", ()) if name not in ids]
            if missing:
                raise self.fail(f"steps[{index}].fields", f"names {missing[0]!r}, which is not a field of this form")
            stage_ids = {stage.id for stage in self.stages_read}
            unknown = [name for name in entry.get("stages", ()) if name not in stage_ids]
            if unknown:
                raise self.fail(f"steps[{index}].stages", f"names {unknown[0]!r}, which is not a stage of this form")
            steps.append(Step(self.text(entry, "id", f"steps[{index}]."), tuple(entry.get("fields", ())),
                              tuple(entry.get("stages", ()))))
        return tuple(steps)

    def earlier_field(self, name: str) -> Field | None:
        return next((field for field in self.fields if field.id == name), None)

    def field(self, entry: object, where: str, stage_id: str) -> Field:
        entry = self.table(entry, where, FIELD_KEYS)
        field_id = self.text(entry, "id", f"{where}.")
        if not LOWER_ID.fullmatch(field_id) or self.earlier_field(field_id):
            raise self.fail(f"{where}.id", f"{field_id!r} must be new in this form, in lower case letters, digits and _")
        where = f"stages.{stage_id}.fields.{field_id}."
        kind_name = entry.get("kind")
        if kind_name not in KINDS:
            raise self.fail(f"{where}kind", f"unknown kind {kind_name!r}; the kinds are: {', '.join(KINDS)}")
        kind = KINDS[kind_name]
        required = entry.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(f"{where}required", "must be true or false")
        control = entry.get("display", kind.control)
        if control not in kind.controls:
            raise self.fail(f"{where}display", f"a {kind_name} is shown as one of: {', '.join(kind.controls)}")
        statement = kind.control == "statement"
        if "text" in entry and not statement:
            raise self.fail(f"{where}text", "only a statement has an information text")
        options, option_meanings = self.options(entry, where, kind_name)
        conditions = {name: self.condition(entry, name, where) for name in CONDITIONS}
        field = Field(
            id=field_id, kind=kind_name, required=required, stage=stage_id, tickable=kind.tickable, control=control,
            # A statement's tick box says what every portal's does, unless the spec says otherwise.
            label=self.text(entry, "label", where, required=not statement) or portal.words()["statement"].text,
            meaning=self.text(entry, "meaning", where),
            text=self.text(entry, "text", where, required=statement),
            noun=self.text(entry, "noun", where, required=not kind.tickable),
            hint=self.text(entry, "hint", where, required=False),
            when_empty=self.text(entry, "when_empty", where, required=required),
            example=self.text(entry, "example", where, required=False),
            confidence=self.confidence(entry, where), seen=self.seen(entry, where),
            refers_to=self.reference(entry, where, kind_name), portal_format=self.portal_format(entry, where, kind),
            max_length=None if kind.tickable else self.max_length(entry, where, kind.max_length),
            options=options, option_meanings=option_meanings, **conditions)
        self.fields.append(field)
        return field

    def reference(self, entry: dict, where: str, kind_name: str) -> str:
        name = self.text(entry, "refers_to", where, required=kind_name == "reference")
        if name and kind_name != "reference":
            raise self.fail(f"{where}refers_to", "only a reference refers to a value made earlier")
        if name and name not in made.MAKERS:
            raise self.fail(f"{where}refers_to", f"unknown made value {name!r}; the engine makes: {', '.join(made.MAKERS)}")
        return name

    def portal_format(self, entry: dict, where: str, kind) -> str:
        name = self.text(entry, "portal_format", where, required=False)
        if name and name not in kind.formats:
            ways = ", ".join(kind.formats) or "none: it has one way"
            raise self.fail(f"{where}portal_format", f"a {kind.name} is written in one of these other ways: {ways}")
        return name

    def max_length(self, entry: dict, where: str, usual: int) -> int:
        value = entry.get("max_length", usual)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1000:
            raise self.fail(f"{where}max_length", "must be a whole number from 1 to 1000")
        return value

    def options(self, entry: dict, where: str, kind: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
        raw = entry.get("options", [])
        if KINDS[kind].spec_options != bool(raw):
            raise self.fail(f"{where}options", "a choice needs its options, and only a choice lists them")
        if KINDS[kind].spec_options and (not isinstance(raw, list) or len(raw) < 2):
            raise self.fail(f"{where}options", "a choice needs at least two options")
        options = [self.table(option, f"{where}options[{index}]", OPTION_KEYS) for index, option in enumerate(raw)]
        pairs = tuple((self.text(option, "value", f"{where}options[{index}]."), self.text(option, "label", f"{where}options[{index}]."))
                      for index, option in enumerate(options))
        if len({value for value, _ in pairs}) != len(pairs):
            raise self.fail(f"{where}options", "two options have the same value")
        meanings = tuple(self.text(option, "meaning", f"{where}options[{index}].") for index, option in enumerate(options))
        return pairs, meanings

    def condition(self, entry: dict, name: str, where: str) -> Condition | None:
        condition = Condition.parse(self.text(entry, name, where, required=False))
        if condition is None:
            return None
        # The engine reads answers in order, so a condition can only look back.
        target = self.earlier_field(condition.field)
        if target is None:
            raise self.fail(f"{where}{name}", f"names {condition.field!r}, which is not a field listed before this one")
        if condition.value is not None and condition.value not in {value for value, _ in options_of(target)}:
            raise self.fail(f"{where}{name}", f"{condition.value!r} is not an option of {condition.field!r}")
        if condition.value is None and not target.tickable:
            raise self.fail(f"{where}{name}", f"{condition.field!r} is not a tick box: write {condition.field}=<option value>")
        return condition


def read_spec(path: Path) -> Form:
    """The checked spec in ``path``; SpecError names the file and key of any mistake."""
    return SpecReader(path).form()
