"""The one way the practice page's worker talks to the simulator: a JSON request in, a JSON answer out.

The worker only does ``JSON.parse(handle(JSON.stringify(request)))``: it names no form and holds
no form logic. One :class:`Session` per worker remembers what the page has been shown: the SMS
code sent, the picture code of each picture field, the values a form made (an application
number). What is typed is judged and forgotten; nothing is logged, stored or sent.

Every request has a ``type``; see ``Session.handlers`` for the rest of each one. A request
that cannot be answered gets ``{"error": "<code>"}``:

>>> session = Session()
>>> session.answer({"type": "forms"})
{'forms': ['istanbul', 'gaziantep', 'antalya', 'national', 'eikamet', 'randevu'], 'languages': ['en', 'ar', 'fa', 'tr']}
>>> session.answer({"type": "describe", "form": "gaziantep", "today": "2021-01-10"})["stages"][1]
{'id': 'sms', 'kind': 'sms', 'only_if': None, 'next': 'end', 'fields': []}
>>> session.answer({"type": "check", "form": "gaziantep", "stage": "form", "answers": {}})["error_codes"]["phone"]
'required'
>>> session.answer({"type": "check", "form": "izmir"})
{'error': 'form.unknown'}
"""

import datetime
import json
import time
from collections.abc import Callable

from . import dates, made, messages, phone, picture_code, portal
from .confirmation import Confirmation, Outcome, random_code
from .errors import ValidationError
from .form_model import Form, Stage
from .forms import SpecError, form_ids, load
from .judging import Context, Result, as_answers, judge_form, judge_stage
from .kinds import KINDS, portal_text

TICKED = "✓"


class RequestError(Exception):
    """A request the session cannot answer; ``code`` is what the page is told."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def masked(number: str) -> str:
    """A national mobile number as the SMS notice shows it: 0532 *** ** 67."""
    return f"0{number[:3]} *** ** {number[-2:]}"


class Session:
    """One page's practice: what it has been shown, answered request by request."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, new_code: Callable[[], str] = random_code,
                 new_picture: Callable[[], str] = picture_code.new_code) -> None:
        self.confirmation = Confirmation(clock=clock, new_code=new_code)
        self.new_picture = new_picture
        self.pictures: dict[tuple[str, str], str] = {}
        self.made: dict[str, dict[str, str]] = {}
        self.handlers = {"forms": self.forms, "describe": self.describe, "check": self.check, "picture": self.picture, "send": self.send,
                         "confirm": self.confirm, "review": self.review, "words": self.words}

    # Reading a request.

    def form(self, request: dict) -> Form:
        try:
            return load(request.get("form"))
        except SpecError:
            raise RequestError("form.broken") from None
        except ValueError:
            raise RequestError("form.unknown") from None

    def stage(self, form: Form, request: dict) -> Stage:
        stage_id = request.get("stage")
        if not any(stage.id == stage_id for stage in form.stages):
            raise RequestError("stage.unknown")
        return form.stage(stage_id)

    def context(self, form: Form, request: dict) -> Context:
        unreadable = frozenset(as_answers(request.get("answers"))[1])  # numbers too long to read are too long
        return Context(request.get("lang", "en"), self.today(request), unreadable, self.shown(form),
                       dict(self.made.get(form.id, {})))

    @staticmethod
    def today(request: dict) -> datetime.date:
        # The page sends the person's own date; without one, the worker's clock is as good.
        try:
            return datetime.date.fromisoformat(request["today"])
        except (KeyError, TypeError, ValueError):
            return datetime.date.today()

    @staticmethod
    def answers(request: dict) -> dict[str, str]:
        return as_answers(request.get("answers"))[0]

    def shown(self, form: Form) -> dict[str, str]:
        return {field: code for (form_id, field), code in self.pictures.items() if form_id == form.id}

    # The requests.

    def forms(self, request: dict) -> dict:
        """The ids of every form, in the specs' order (a broken spec is an error answer), and the languages."""
        try:
            return {"forms": list(form_ids()), "languages": list(messages.languages())}
        except SpecError:
            raise RequestError("form.broken") from None

    def describe(self, request: dict) -> dict:
        """The stages (to go from one to the next, with their fields' ids and controls) and the options worked
        out at run time (days to choose).

        Describing a form starts it afresh: the values it made before are forgotten.
        """
        form = self.form(request)
        self.made.pop(form.id, None)
        today = self.today(request)
        lang = request.get("lang", "en")
        options = {field.id: self.days_with_labels(KINDS[field.kind].offered(today), lang)
                   for field in form.fields if KINDS[field.kind].offered}
        return {"stages": [stage.to_dict() | {"next": self.usual_next(form, stage), "fields": [
                    {"id": field.id, "kind": field.kind, "control": field.control} for field in stage.fields]}
                           for stage in form.stages],
                "options": options}

    @staticmethod
    def usual_next(form: Form, stage: Stage) -> str | None:
        # The stage named as next, or the one after it in the file; "check" says which really opens, given the answers.
        # An end's next is its way on (the stage its button opens).
        following = form.following(stage)
        if stage.kind == "end":
            return stage.next or None
        return stage.next or (following.id if following else None)

    @staticmethod
    def days_with_labels(days: list[dict], lang: str) -> list[dict]:
        """Offered days with their Turkish label, as the portal writes it, and its meaning in the reader's language."""
        weekdays = [portal.words()[f"weekday_{day['weekday']}"] for day in days]
        return [day | {"value": day["date"], "label": f"{dates.format(day['date'])} {weekday.text}",
                       "meaning": messages.translate(weekday.meaning, lang)}
                for day, weekday in zip(days, weekdays, strict=True)]

    def check(self, request: dict) -> dict:
        """One stage judged, and the stage that opens when it passes."""
        form = self.form(request)
        stage = self.stage(form, request)
        result, after = judge_stage(form, stage, self.answers(request), self.context(form, request))
        return result.to_dict() | {"warned": self.warned(form, result)} | self.opening(form, after, request.get("lang", "en"))

    @staticmethod
    def warned(form: Form, result: Result) -> list[dict]:
        """Each warning under its field's Turkish label, in the form's order, with what was typed and what to
        type on the real site when the answer was taken but may be written otherwise there (``coached``)."""
        return [{"field": field_id, "label": form.field(field_id).label, "message": message,
                 **result.coached.get(field_id, {})} for field_id, message in result.warnings.items()]

    def opening(self, form: Form, stage: Stage | None, lang: str) -> dict:
        """Which stage opens next; for an end that shows a made value, the value and what to say of it;
        for an end with its own words, those words (``says``; another stage's are in its page already)."""
        answer: dict = {"next": stage.id if stage else None}
        if stage is not None and stage.kind == "end" and stage.says:
            answer["says"] = messages.translate(stage.says, lang)
        if stage is not None and stage.shows:
            value = self.made.get(form.id, {}).get(stage.shows, "")
            answer["shows"] = {"name": stage.shows, "value": value, "message": messages.text(
                "made.practice", lang, name=self.made_name(stage.shows, lang), value=value) if value else ""}
        return answer

    def picture(self, request: dict) -> dict:
        """A fresh picture code for a picture field; the session remembers it to check what is typed."""
        form = self.form(request)
        field_id = request.get("field")
        if not any(field.id == field_id and field.control == "picture" for field in form.fields):
            raise RequestError("field.unknown")
        code = self.pictures[form.id, field_id] = self.new_picture()
        return {"code": code, "alt": messages.text("picture.alt", request.get("lang", "en"),
                                                   characters=picture_code.spelled(code))}

    def send(self, request: dict) -> dict:
        """Send (or send again) the SMS of an SMS stage to the number answered earlier, with the values it carries."""
        form = self.form(request)
        stage = self.stage(form, request)
        if stage.kind != "sms":
            raise RequestError("stage.not_sms")
        lang = request.get("lang", "en")
        try:
            number = phone.validate(self.answers(request).get(stage.phone, ""))
        except ValidationError:
            raise RequestError("phone.missing") from None
        made_here = self.made.setdefault(form.id, {})
        if stage.makes:
            made_here.setdefault(stage.makes, made.MAKERS[stage.makes]())
        carried = {stage.makes: made_here[stage.makes]} if stage.makes else {}
        code = self.confirmation.send()
        return {"code": code, "sms": self.sms_text(stage).format(code=code, **carried),
                "sent": messages.text("code.sent", lang, phone=masked(number)),
                "seconds": self.confirmation.seconds_left(), "made": carried,
                "keep": {name: messages.text("made.keep", lang, name=self.made_name(name, lang), value=value)
                         for name, value in carried.items()}}

    @staticmethod
    def sms_text(stage: Stage) -> str:
        if stage.message:
            return stage.message
        words = portal.words()
        # The portal's usual SMS, and the value it carries after its Turkish label: "… Başvuru No: 1234-56-7890123".
        return words["sms"].text + (f" {words[stage.makes].text}: {{{stage.makes}}}" if stage.makes else "")

    @staticmethod
    def made_name(name: str, lang: str) -> str:
        return messages.translate(portal.words()[name].meaning, lang)

    def confirm(self, request: dict) -> dict:
        """Judge the code typed from the SMS. With ``form`` and ``stage`` (and ``answers``), also say which stage opens next."""
        lang = request.get("lang", "en")
        check = self.confirmation.check(request.get("code", ""))
        answer = {"outcome": check.outcome.value, "message": check.message(lang),
                  "attempts_left": check.attempts_left, "seconds": self.confirmation.seconds_left()}
        if "form" in request and "stage" in request and check.outcome is Outcome.CONFIRMED:
            form = self.form(request)
            after = form.after(self.stage(form, request), self.answers(request))
            answer |= self.opening(form, after, lang)
            # The HES forms end at the code, and their message says so; elsewhere the form goes on,
            # or ends with its own words.
            if after is not None and after.kind != "end":
                answer["message"] = messages.text("code.accepted", lang)
            elif after is not None and after.says:
                answer["message"] = messages.text("code.accepted_end", lang)
        return answer

    def review(self, request: dict) -> dict:
        """Every answer of the stages passed, under its Turkish label, as the portal shows it; and the values
        the form made on the way (``made``: an application number), under theirs."""
        form = self.form(request)
        lang = request.get("lang", "en")
        answers = self.answers(request)
        context = self.context(form, request)
        typed = dict(answers)
        values = judge_form(form, answers, lang, context.today, context.unreadable, context.shown, context.made).values
        items = []
        for stage in form.path(answers):
            for field in stage.fields:
                if not field.applies(answers) or not KINDS[field.kind].in_review:
                    continue
                if field.tickable:
                    shown = TICKED if values.get(field.id) else ""
                else:
                    shown = portal_text(KINDS[field.kind], values[field.id], field) if field.id in values \
                        else typed.get(field.id, "")
                items.append({"stage": stage.id, "field": field.id, "label": field.label,
                              "meaning": messages.meaning_beside(field.meaning, field.label, lang), "answer": shown})
        return {"items": items, "made": self.made_on_the_way(form, answers, lang)}

    def made_on_the_way(self, form: Form, answers: dict[str, str], lang: str) -> list[dict]:
        """The values made by the stages on the person's way (an SMS's application number), listed as answers are."""
        made_here = self.made.get(form.id, {})
        return [{"stage": stage.id, "name": stage.makes, "label": portal.words()[stage.makes].text,
                 "meaning": self.made_name(stage.makes, lang), "answer": made_here[stage.makes]}
                for stage in form.path(answers) if made_here.get(stage.makes)]

    def words(self, request: dict) -> dict:
        """The engine's words the page needs at run time, in the reader's language; ``{…}`` left for the page.

        Without ``keys``, every page word (messages.PAGE_WORDS).
        """
        lang = request.get("lang", "en")
        known = messages.all_messages()
        keys = request.get("keys", list(messages.PAGE_WORDS))
        if not isinstance(keys, list):
            raise RequestError("request.keys")
        return {key: messages.translate(known[key], lang) if key in known else None for key in keys if isinstance(key, str)}

    def answer(self, request: object) -> dict:
        """The answer to one request (a dict), or ``{"error": code}``."""
        if not isinstance(request, dict) or request.get("type") not in self.handlers:
            return {"error": "request.type"}
        try:
            return self.handlers[request["type"]](request)
        except RequestError as error:
            return {"error": error.code}


session: Session | None = None


def handle(request_json: str) -> str:
    """The worker's one call: a JSON request in, a JSON answer out (see :class:`Session`)."""
    global session
    if session is None:
        session = Session()
    try:
        request = json.loads(request_json)
    except (TypeError, ValueError):
        return json.dumps({"error": "request.json"})
    return json.dumps(session.answer(request), ensure_ascii=False)
