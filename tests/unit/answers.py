"""Complete valid answers for every form, built from its spec and the kinds' registry, and one wrong answer per kind.

Nothing here names a form: a new spec in simulator/forms/ is tested as soon as it exists; a new
kind needs only its wrong answer below (the registry says what a right one is).
"""

import datetime

from simulator.forms import Form, form_ids, load
from simulator.kinds import example_answer

TODAY = datetime.date(2021, 1, 10)
# The picture code the tests' page "shows", for every picture-code field.
SHOWN = "K7M2X9PQ"


def valid_answers(form: Form, today: datetime.date = TODAY) -> dict[str, str]:
    """Each shown field's example (or one its kind makes), as a person types them; optional boxes left empty.

    Only the stages on the way the answers take (the last option of a start choice, say).
    """
    answers: dict[str, str] = {}
    for stage in form.path(answers):
        for field in stage.fields:
            if field.applies(answers) and not (field.tickable and not field.required):
                answers[field.id] = example_answer(field, today, SHOWN)
    return answers


def shown(form: Form) -> dict[str, str]:
    """The picture code shown for each picture-code field of the form."""
    return {field.id: SHOWN for field in form.fields if field.control == "picture"}


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
    "country": ("Atlantis", "country.unknown"),
    "slot": ("2021-01-16T09:00", "slot.not_offered"),  # a Saturday
    "picture_code": ("K7M2X9PA", "picture.wrong"),
    "consent": ("", "required"),
    "statement": ("", "required"),
    "reference": ("3213-21-312312", "reference.format"),
    "other_id": ("!!", "other_id.characters"),
    "switch": None,  # never wrong: ticked or not
}
