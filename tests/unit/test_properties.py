"""Whatever is typed, the simulator answers and never breaks; normalising twice changes nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import simulator
from simulator import card, choices, dates, email, hes, kimlik, names, passport, phone
from simulator.forms import FORM_IDS, load

from .answers import TODAY, VALID

VALIDATORS = [card, dates, email, hes, kimlik, names, passport, phone]
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ -+()"
typed_text = st.one_of(st.text(), st.text(alphabet=DIGITS), st.from_regex(r"[\w@.+-]{0,30}", fullmatch=True))


@pytest.mark.parametrize("form_id", FORM_IDS)
@given(data=st.data())
def test_any_text_in_any_field_gives_a_result(form_id, data):
    answers = {field.id: data.draw(typed_text, label=field.id) for field in load(form_id).fields}
    lang = data.draw(st.sampled_from(["en", "ar", "tr", "xx"]))
    result = simulator.validate(form_id, answers, lang)
    assert result.ok == (not result.errors)
    assert set(result.errors) == set(result.error_codes)
    assert not set(result.errors) & set(result.values)


@pytest.mark.parametrize("form_id", FORM_IDS)
@given(keys=st.dictionaries(st.text(), st.one_of(st.none(), st.integers(), st.text(), st.binary())))
def test_any_mapping_gives_a_result(form_id, keys):
    assert isinstance(simulator.validate(form_id, keys).ok, bool)


@pytest.mark.parametrize("module", VALIDATORS, ids=lambda module: module.__name__)
@given(text=typed_text)
def test_normalising_is_idempotent(module, text):
    once = module.compact(text)
    assert module.compact(once) == once


@pytest.mark.parametrize("module", VALIDATORS, ids=lambda module: module.__name__)
@given(text=typed_text)
def test_a_valid_value_stays_valid_and_unchanged(module, text):
    kwargs = {"today": TODAY} if module is dates else {}
    if module.is_valid(text, **kwargs):
        value = module.validate(text, **kwargs)
        assert module.validate(value, **kwargs) == value


@given(text=typed_text)
def test_choices_never_raise_anything_but_a_refusal(text):
    try:
        choices.validate_province(text)
    except simulator.errors.ValidationError:
        pass


@given(noise=st.lists(st.sampled_from([" ", "-", "\u200f", "\u200e", "\u00a0"]), max_size=4))
def test_separators_and_direction_marks_do_not_change_a_valid_form(noise):
    typed = ("id_number", "card_number", "hes_code", "phone")
    answers = {key: value[:2] + "".join(noise) + value[2:] if key in typed else value
               for key, value in VALID["national"].items()}
    assert simulator.validate("national", answers, today=TODAY).ok
