"""Whatever is typed, the simulator answers and never breaks; normalising twice changes nothing;
valid values (generated per validator, then typed the ways people type them) stay valid and unchanged.

Run with ``--hypothesis-show-statistics`` to see how many examples reached each property.
"""

import datetime
import string

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import simulator
from simulator import card, choices, dates, email, hes, kimlik, messages, names, passport, phone
from simulator.errors import ValidationError
from simulator.forms import form_ids, load

from .answers import TODAY, VALID

DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ -+()"
TURKISH = "ÇĞİÖŞÜçğıöşü"
# What r"[\w@.+-]{0,30}" matches (letters and numbers of any script, "_", and what addresses add), drawn
# directly: from_regex filters every character it draws, and most of these tests' time went to it.
words_and_signs = st.characters(categories=("L", "N"), include_characters="_@.+-")
typed_text = st.one_of(st.text(), st.text(alphabet=DIGITS), st.text(alphabet=words_and_signs, max_size=30),
                       st.text(alphabet="iIİıa1\u0300\u0307\u200f -"))
digits = st.text(alphabet=string.digits, min_size=1).map(str)


def digit_string(size):
    return st.text(alphabet=string.digits, min_size=size, max_size=size)


def citizen_numbers():
    return st.integers(100_000_000, 999_999_999).map(lambda n: f"{n}{kimlik.check_digits(str(n))}")


def foreigner_numbers():  # the checksum is only inferred for them: any last two digits pass
    return st.tuples(st.sampled_from(["99", "98", "97"]), digit_string(9)).map("".join)


def phones():
    return st.tuples(st.sampled_from(["0", "+90", "0090", "", "+90 "]), digit_string(9)).map(lambda p: f"{p[0]}5{p[1]}")


def hes_codes():
    return st.text(alphabet=string.ascii_uppercase + string.digits, min_size=10, max_size=10)


def passports():
    return st.text(alphabet=string.ascii_uppercase + string.digits, min_size=5, max_size=12)


def cards():
    return st.text(alphabet=string.digits, min_size=8, max_size=20)


def emails():
    return st.from_regex(r"[a-zA-Z0-9._+-]{1,20}@(?:[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?\.){1,2}[a-z]{2,6}", fullmatch=True)


def birth_dates():
    formats = ["%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
    born = st.dates(min_value=datetime.date(1901, 1, 10), max_value=TODAY)
    return st.tuples(born, st.sampled_from(formats)).map(lambda pair: pair[0].strftime(pair[1]))


def people_names():
    """One to four parts of Latin or Turkish letters, joined by a space, an apostrophe or a hyphen."""
    part = st.text(alphabet=string.ascii_letters + TURKISH, min_size=1, max_size=12)
    joined = st.lists(st.tuples(st.sampled_from(" '’-"), part), max_size=3)
    return st.tuples(part, joined).map(lambda name: name[0] + "".join(joint + more for joint, more in name[1]))


VALID_VALUES = {
    card: cards(), dates: birth_dates(), email: emails(), hes: hes_codes(),
    kimlik: st.one_of(citizen_numbers(), foreigner_numbers()), names: people_names(), passport: passports(), phone: phones(),
}
VALIDATORS = list(VALID_VALUES)
ids = [module.__name__.rpartition(".")[2] for module in VALIDATORS]


def options(module):
    return {"today": TODAY} if module is dates else {}


@st.composite
def typed_as_people_do(draw, value: str, module) -> str:
    """The value with what phones and people add: Arabic-Indic or Persian digits, spaces, direction marks, case."""
    if module in (card, kimlik, phone, dates, hes, passport):
        table = draw(st.sampled_from([str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
                                      str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")]))
        value = value.translate(table)
    if module in (hes, passport):
        value = draw(st.sampled_from([value, value.lower(), value.lower().replace("i", "ı")]))
    noise = draw(st.sampled_from(["\u200f", "\u200e", "\u00a0", " "]))
    return f"{noise}{value}{noise}"


@pytest.mark.parametrize("module", VALIDATORS, ids=ids)
@given(data=st.data())
def test_a_valid_value_stays_valid_and_unchanged(module, data):
    value = data.draw(VALID_VALUES[module], label="valid value")
    assert module.is_valid(value, **options(module)), value
    taken = module.validate(value, **options(module))
    assert module.validate(taken, **options(module)) == taken
    typed = data.draw(typed_as_people_do(value, module), label="typed")
    assert module.validate(typed, **options(module)) == taken
    event("reached: valid value and its typed form judged the same")


@pytest.mark.parametrize("module", VALIDATORS, ids=ids)
@given(data=st.data())
def test_a_mutated_valid_value_is_refused_with_a_message_or_stays_stable(module, data):
    value = data.draw(VALID_VALUES[module], label="valid value")
    position = data.draw(st.integers(0, len(value)), label="position")
    edit = data.draw(st.sampled_from(["insert", "delete", "replace"]), label="edit")
    char = data.draw(st.characters(codec="utf-8", exclude_categories=("Cs",)), label="char")
    after = position + (edit != "insert")
    mutated = value[:position] + ("" if edit == "delete" else char) + value[after:]
    try:
        taken = module.validate(mutated, **options(module))
    except ValidationError as error:
        assert error.code in messages.ERRORS
        event("reached: refused with a message")
    else:
        assert module.validate(taken, **options(module)) == taken
        event("reached: still valid, and stable")


@pytest.mark.parametrize("module", VALIDATORS, ids=ids)
@given(text=typed_text)
def test_normalising_is_idempotent(module, text):
    once = module.compact(text)
    assert module.compact(once) == once


@pytest.mark.parametrize("form_id", form_ids())
@given(data=st.data())
def test_any_text_in_any_field_gives_a_result(form_id, data):
    answers = {field.id: data.draw(typed_text, label=field.id) for field in load(form_id).fields}
    lang = data.draw(st.sampled_from([*messages.LANGUAGES, "xx"]))
    result = simulator.validate(form_id, answers, lang)
    assert result.ok == (not result.errors)
    assert set(result.errors) == set(result.error_codes)
    assert not set(result.errors) & set(result.values)
    assert set(result.confidence) == set(result.errors) | set(result.warnings)


@pytest.mark.parametrize("form_id", form_ids())
@given(keys=st.dictionaries(st.text(), st.one_of(st.none(), st.integers(), st.text(), st.binary(), st.floats())))
def test_any_mapping_gives_a_result(form_id, keys):
    assert isinstance(simulator.validate(form_id, keys).ok, bool)


@given(text=typed_text)
def test_choices_never_raise_anything_but_a_refusal(text):
    try:
        choices.validate_province(text)
    except ValidationError:
        pass


@given(noise=st.lists(st.sampled_from([" ", "-", "\u200f", "\u200e", "\u00a0"]), max_size=4))
def test_separators_and_direction_marks_do_not_change_a_valid_form(noise):
    form_id = form_ids()[-1]
    typed = [field.id for field in load(form_id).fields if field.kind in ("kimlik", "card", "hes", "phone")]
    answers = {key: value[:2] + "".join(noise) + value[2:] if key in typed else value for key, value in VALID[form_id].items()}
    assert simulator.validate(form_id, answers, today=TODAY).ok
