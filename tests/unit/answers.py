"""Complete valid answers for every form, built from its spec, and one wrong answer per kind of field.

Nothing here names a form: a new spec in simulator/forms/ is tested as soon as it exists.
"""

import datetime

from simulator.choices import provinces
from simulator.forms import Form, form_ids, load

TODAY = datetime.date(2021, 1, 10)


def valid_answers(form: Form) -> dict[str, str]:
    """Each shown field's example (first option, first province, required boxes ticked), as a person types them."""
    answers: dict[str, str] = {}
    for field in form.fields:
        if not field.applies(answers):
            continue
        if field.tickable:
            if field.required:
                answers[field.id] = "on"
        elif field.kind == "choice":
            answers[field.id] = field.options[-1][0]
        elif field.kind == "province":
            answers[field.id] = provinces()[0][0]
        else:
            answers[field.id] = field.example
    return answers


VALID = {form_id: valid_answers(load(form_id)) for form_id in form_ids()}

# One answer the portal refuses for each kind of field, and the reason expected.
WRONG = {
    "name": ("Ahmad2", "name.digits"),
    "kimlik": ("99123456", "kimlik.length"),
    "passport": ("N1", "passport.length"),
    "birth_date": ("31.02.1990", "date.impossible"),
    "email": ("ahmad.example.com", "email.no_at"),
    "card": ("1234", "card.length"),
    "phone": ("+963 944 123 456", "phone.foreign"),
    "hes": ("A1B2-3456", "hes.length"),
    "choice": ("maybe", "choice.unknown"),
    "province": ("82", "province.unknown"),
    "consent": ("", "required"),
    "switch": None,  # never wrong: ticked or not
}
