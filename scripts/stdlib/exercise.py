"""Runs inside Pyodide: uses the simulator the way the practice pages do, every form in every language.

Everything goes through simulator.browser.handle, as the page's worker calls it: each form is
described, each of its stages checked with empty, wrong and well-formed answers (Latin and
Arabic-Indic digits), its picture codes drawn, its SMS sent and confirmed to every outcome and
its answers reviewed. That makes Python load whatever the browser will need from the standard library.
"""

import importlib
import json

from simulator import browser

SAMPLES = ("", "x", "١٢٣٤٥٦٧٨٩٠١", "0532 123 45 67", "A1B2-3456-78", "05.03.1990", "ahmad@example.com",
           "on", "27", "other", "Ahmad", "99123456740", "IR", "İran", "K7M2X9PQ", "2021-01-11T09:00")
TODAY = "2021-01-10"


def handle(**request) -> dict:
    return json.loads(browser.handle(json.dumps(request)))


def import_every_module(names) -> None:
    # The names come from the test run (pkgutil there), so that pkgutil itself is not counted here.
    for name in names:
        importlib.import_module(name)


def practise(form_id: str, lang: str) -> int:
    """Every request the page makes of one form, in one language; the number of stage checks made."""
    judged = 0
    described = handle(type="describe", form=form_id, lang=lang, today=TODAY)
    fields = [field for stage in described["stages"] for field in stage["fields"]]
    for field in fields:
        if field["control"] == "picture":
            handle(type="picture", form=form_id, field=field["id"], lang=lang)
    ids = [field["id"] for field in fields]
    for sample in SAMPLES:
        answers = {field_id: sample for field_id in ids}
        for stage in described["stages"]:
            handle(type="check", form=form_id, stage=stage["id"], answers=answers, lang=lang, today=TODAY)
            judged += 1
        handle(type="review", form=form_id, answers=answers, lang=lang, today=TODAY)
    for stage in described["stages"]:
        if stage["kind"] == "sms":
            answers = {field_id: "0532 123 45 67" for field_id in ids}
            for typed in ("", "12", "٠٠٠٠٠٠"):
                handle(type="send", form=form_id, stage=stage["id"], answers=answers, lang=lang)
                handle(type="confirm", code=typed, lang=lang)
            sent = handle(type="send", form=form_id, stage=stage["id"], answers=answers, lang=lang)
            handle(type="confirm", code=sent["code"], lang=lang, form=form_id, stage=stage["id"], answers=answers)
    handle(type="words", lang=lang)
    return judged


def exercise(module_names) -> int:
    import_every_module(module_names)
    listed = handle(type="forms")
    return sum(practise(form_id, lang) for form_id in listed["forms"] for lang in listed["languages"])
