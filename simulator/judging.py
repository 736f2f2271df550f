"""Judging answers the way the portal would: field by field, stage by stage along the person's way.

Answers are read in the order of the file, and each taken answer replaces what was typed
(``answers`` is changed in place), so a condition or a doubt reading an earlier answer reads
the value the portal took ("TC Vatandaşı" typed is the option ``tc``).
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import kinds, messages, rules
from .errors import ValidationError
from .form_model import Field, Form, Stage
from .normalize import clean


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


@dataclass(frozen=True)
class Result:
    """What the portal would say: errors and warnings by field id, in one language.

    ``ok`` is True when the portal would accept the form (warnings do not stop it).
    ``confidence`` gives, for each field with an error or warning, how sure we are of the
    rule behind it (confirmed, several, single, inferred, unknown); ``confidence_notes``
    says so in the reader's language wherever it is not confirmed. ``coached`` gives, for
    each answer taken although the real portal may want it written otherwise (Persian digits,
    a date as 1990/05/17), what was typed and what to type there instead.
    """

    ok: bool
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    error_codes: dict[str, str] = field(default_factory=dict)
    warning_codes: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, str] = field(default_factory=dict)
    confidence_notes: dict[str, str] = field(default_factory=dict)
    coached: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain data for JSON, as the browser's worker sends it to the page."""
        return {"ok": self.ok, "errors": self.errors, "warnings": self.warnings, "values": self.values,
                "error_codes": self.error_codes, "warning_codes": self.warning_codes,
                "confidence": self.confidence, "confidence_notes": self.confidence_notes, "coached": self.coached}


def merged(results: list[Result]) -> Result:
    """One result holding every field of ``results``."""
    whole = Result(ok=False)
    for part in results:
        for name in ("errors", "warnings", "values", "error_codes", "warning_codes", "confidence", "confidence_notes",
                     "coached"):
            getattr(whole, name).update(getattr(part, name))
    return replace(whole, ok=not whole.errors)


WEAK = ("single", "inferred", "unknown")
# The page's own cap on what is typed: never a portal's rule to be lenient about.
ALWAYS_REFUSED = ("field.too_long",)


@dataclass
class Context:
    """What judging a form needs besides the answers: the language, today, what the page has shown and made,
    and the form's own way with rules (``lenient``, its ``rules`` confidence by code; see Form)."""

    lang: str
    today: datetime.date
    unreadable: frozenset[str] = frozenset()
    shown: dict[str, str] = field(default_factory=dict)  # the picture code shown, by field id
    made: dict[str, str] = field(default_factory=dict)  # the values made on this page, by name
    lenient: bool = False
    rules: dict[str, str] = field(default_factory=dict)

    def of(self, form: Form) -> "Context":
        """This context for judging ``form``: its leniency and its own confidence in rules."""
        return replace(self, lenient=form.lenient, rules=dict(form.rules))

    def confidence(self, code: str) -> str:
        return self.rules.get(code) or rules.confidence(code)


class Judgement:
    """The result being built for one stage, one field at a time."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.lang = context.lang
        self.result = Result(ok=False)

    def noun(self, spec: Field) -> str:
        return messages.translate(spec.noun, self.lang)

    def refuse(self, spec: Field, code: str, **details: object) -> bool:
        """Refuse the answer, or only warn of it when the form is lenient and the rule is not well sourced.

        True when it was refused.
        """
        if code == "required":
            text, level = messages.translate(spec.when_empty, self.lang), spec.confidence
        else:
            text, level = messages.text(code, self.lang, field=self.noun(spec), **details), self.context.confidence(code)
        if self.context.lenient and level in WEAK and code not in ALWAYS_REFUSED:
            self.warn(spec, [code], [text], level)
            return False
        self.result.error_codes[spec.id] = code
        self.result.errors[spec.id] = text
        self.note(spec, level)
        return True

    def warn(self, spec: Field, codes: list[str], texts: list[str], level: str) -> None:
        self.result.warning_codes[spec.id] = codes[0]
        self.result.warnings[spec.id] = ". ".join(text.rstrip(".") for text in texts)
        self.note(spec, level)

    def note(self, spec: Field, level: str) -> None:
        self.result.confidence[spec.id] = level
        if note := messages.confidence_note(level, self.lang):
            self.result.confidence_notes[spec.id] = note

    def finished(self) -> Result:
        return replace(self.result, ok=not self.result.errors)


def judge_fields(fields: tuple[Field, ...], answers: dict[str, str], context: Context) -> Result:
    """Judge the fields of one stage; ``answers`` (every stage's) take the values the portal took."""
    judgement = Judgement(context)
    result = judgement.result
    lang = context.lang
    for spec in fields:
        if not spec.applies(answers):
            answers.pop(spec.id, None)
            continue
        typed = answers.get(spec.id, "")
        if spec.tickable:
            ticked = bool(typed.strip()) or spec.id in context.unreadable
            answers[spec.id] = "on" if ticked else ""
            if ticked:
                result.values[spec.id] = "on"
            elif spec.required:
                judgement.refuse(spec, "required")
            continue
        # The cap comes first: no answer longer than the page allows is ever normalised.
        if spec.id in context.unreadable or len(typed) > spec.max_length:
            judgement.refuse(spec, "field.too_long", max=spec.max_length)
            continue
        if not clean(typed):
            answers[spec.id] = ""
            if spec.required:
                judgement.refuse(spec, "required")
            continue
        try:
            # The validator normalises the answer itself, from what was typed (the capped length).
            value, doubts = kinds.judge(spec, typed, answers, context.today, context.shown.get(spec.id, ""), context.made)
        except ValidationError as error:
            if not judgement.refuse(spec, error.code, **error.details):
                # Only warned of: the portal may take it, so it is taken as typed, tidied.
                answers[spec.id] = result.values[spec.id] = " ".join(clean(typed).split())
            continue
        answers[spec.id] = result.values[spec.id] = value
        codes = list(doubts)
        texts = [messages.text(code, lang, field=judgement.noun(spec)) for code in doubts]
        levels = [context.confidence(code) for code in doubts]
        if forgiven := rules.forgiveness(spec.kind, typed, value, spec):
            codes.append(forgiven.code)
            texts.append(messages.translate(forgiven.message, lang).format(portal=forgiven.portal_text))
            levels.append(context.rules.get(forgiven.code) or forgiven.confidence)
            result.coached[spec.id] = {"typed": " ".join(typed.split()), "portal": forgiven.portal_text}
        if codes:
            judgement.warn(spec, codes, texts, levels[0])
    return judgement.finished()


def judge_form(form: Form, answers: dict[str, str], lang: str, today: datetime.date,
               unreadable: set[str] = frozenset(), shown: dict[str, str] | None = None,
               made: dict[str, str] | None = None) -> Result:
    """Every field of every stage on the person's way through the form, as one result."""
    context = Context(lang, today, frozenset(unreadable), shown or {}, made or {}).of(form)
    # Conditions read earlier answers; specs list a field after those it depends on.
    return merged([judge_fields(stage.fields, answers, context) for stage in form.path(answers)])


def judge_stage(form: Form, stage: Stage, answers: dict[str, str], context: Context) -> tuple[Result, Stage | None]:
    """The result of one stage, and the stage that opens when it passes (None after the end).

    The stages before it are judged too, for the values their answers take (the page sends
    every answer so far); only this stage's fields are in the result, except for a review
    stage, which passes only when every stage before it does (and its own fields, if any).
    A stage reached by an end's way on is judged after every stage of the way to that end.
    """
    context = context.of(form)
    earlier: list[Result] = []
    for reached in form.path(answers):
        if reached == stage:
            break
        earlier.append(judge_fields(reached.fields, answers, context))
    own = judge_fields(stage.fields, answers, context)
    result = merged([*earlier, own]) if stage.kind == "review" else own
    return result, form.after(stage, answers) if stage.kind != "end" else form.way_on(stage)
