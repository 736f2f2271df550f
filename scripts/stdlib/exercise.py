"""Runs inside Pyodide: uses the simulator the way the practice pages do, every form in every language.

Importing every module of the package and judging empty, wrong and well-formed answers
(Latin and Arabic-Indic digits), then the SMS step to its every outcome, makes Python
load whatever the browser will need from the standard library.
"""

import importlib

import simulator
from simulator import confirmation, forms, messages

SAMPLES = ("", "x", "١٢٣٤٥٦٧٨٩٠١", "0532 123 45 67", "A1B2-3456-78", "05.03.1990", "ahmad@example.com",
           "on", "27", "other", "Ahmad", "99123456740")


def import_every_module(names) -> None:
    # The names come from the test run (pkgutil there), so that pkgutil itself is not counted here.
    for name in names:
        importlib.import_module(name)


def judge_every_form() -> int:
    judged = 0
    for form_id in forms.form_ids():
        ids = [field.id for field in forms.load(form_id).fields]
        for lang in (*messages.LANGUAGES, "fa"):
            for sample in SAMPLES:
                simulator.validate(form_id, {field_id: sample for field_id in ids}, lang).to_dict()
                judged += 1
    return judged


def confirm_every_way() -> None:
    for lang in messages.LANGUAGES:
        step = confirmation.Confirmation()
        code = step.send()
        messages.text("code.sent", lang, phone="0532 *** ** 67")
        for typed in ("", "12", "٠٠٠٠٠٠", code):
            step.check(typed).message(lang)
        step.seconds_left()
        clock = iter([0.0, 10_000.0, 10_000.0, 10_000.0])
        late = confirmation.Confirmation(clock=lambda: next(clock))
        late.send()
        late.check("123456").message(lang)


def exercise(module_names) -> int:
    import_every_module(module_names)
    judged = judge_every_form()
    confirm_every_way()
    return judged
