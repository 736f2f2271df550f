"""Practice copies of the Turkish forms foreign residents fill in, judged as their portals would.

The public API is :func:`validate` (a whole form), :func:`validate_stage` (one stage of it)
and their :class:`Result`; :mod:`simulator.browser` is the page's way in. Importing the
package reads no spec: a form's file is read when the form is first asked for::

    >>> result = validate('gaziantep', {'card_number': '1234 5678 9012', 'phone': '0532 123 45 67',
    ...                                 'hes_code': 'a1b2-3456-78', 'consent_1': 'on'})
    >>> result.ok, result.values['hes_code']
    (True, 'A1B2345678')
    >>> validate('gaziantep', {}, 'tr').errors['hes_code']
    'HES kodunuzu yazın'
    >>> result, next_stage = validate_stage('gaziantep', 'form', {'phone': '0532 123 45 67'})
    >>> result.error_codes['card_number'], next_stage
    ('required', 'sms')
"""

import datetime
from collections.abc import Mapping

from .forms import load
from .judging import Context, Result, as_answers, judge_form, judge_stage

__all__ = ["Result", "validate", "validate_stage"]


def validate(form_id: str, values: Mapping[str, str], lang: str = "en",
             today: datetime.date | None = None, shown: Mapping[str, str] | None = None,
             made: Mapping[str, str] | None = None) -> Result:
    """Judge ``values`` (as an HTML form sends them) the way the ``form_id`` portal would.

    Every field of every stage on the person's way through the form is judged.
    A ticked box is any non-empty value ("on"); an unticked one is absent.
    Messages are in ``lang`` (any language with a catalogue; anything else gives English).
    ``today`` is for the date checks; tests pass a fixed one. ``shown`` holds the picture
    code the page showed, by field id; ``made`` the values the page made (an application number), by name.
    Nothing typed raises: only an unknown ``form_id`` does (ValueError).
    """
    answers, unreadable = as_answers(values)
    return judge_form(load(form_id), answers, lang, today or datetime.date.today(), unreadable, dict(shown or {}),
                      dict(made or {}))


def validate_stage(form_id: str, stage_id: str, values: Mapping[str, str], lang: str = "en",
                   today: datetime.date | None = None, shown: Mapping[str, str] | None = None,
                   made: Mapping[str, str] | None = None) -> tuple[Result, str | None]:
    """Judge one stage of ``form_id`` given every answer so far, and name the stage that opens when it passes.

    The next stage is None after the end. An unknown form or stage raises ValueError.
    """
    form = load(form_id)
    if not isinstance(stage_id, str) or stage_id not in {stage.id for stage in form.stages}:
        raise ValueError(f"Unknown stage {stage_id!r} of {form_id}; its stages are: {', '.join(s.id for s in form.stages)}")
    answers, unreadable = as_answers(values)
    context = Context(lang, today or datetime.date.today(), frozenset(unreadable), dict(shown or {}), dict(made or {}))
    result, after = judge_stage(form, form.stage(stage_id), answers, context)
    return result, after.id if after else None
