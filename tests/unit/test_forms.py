"""Every form judged as a whole: complete answers pass, each wrong answer is caught alone."""

import pytest

import simulator
from simulator import messages
from simulator.forms import FORM_IDS, load

from .answers import TODAY, VALID, WRONG


def fields_in_turn():
    for form_id, answers in VALID.items():
        for field_id in answers:
            yield form_id, field_id


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_complete_valid_answers_pass(form_id):
    result = simulator.validate(form_id, VALID[form_id], "en", today=TODAY)
    assert result.ok, result.errors
    assert result.errors == {}
    assert set(result.values) == set(VALID[form_id])


@pytest.mark.parametrize(("form_id", "field_id"), list(fields_in_turn()))
def test_each_wrong_answer_is_the_only_error_and_the_rest_is_kept(form_id, field_id):
    wrong, code = WRONG[field_id]
    answers = VALID[form_id] | {field_id: wrong}
    result = simulator.validate(form_id, answers, "en", today=TODAY)
    assert not result.ok
    assert result.error_codes == {field_id: code}
    assert set(result.errors) == {field_id}
    assert set(result.values) == set(VALID[form_id]) - {field_id}


@pytest.mark.parametrize(("form_id", "field_id"), list(fields_in_turn()))
def test_each_missing_required_answer_is_named(form_id, field_id):
    answers = {key: value for key, value in VALID[form_id].items() if key != field_id}
    result = simulator.validate(form_id, answers, "en", today=TODAY)
    if load(form_id).field(field_id).required:
        assert result.error_codes == {field_id: "required"}
        assert result.errors[field_id] == messages.required(field_id)
    else:
        assert result.ok


def test_normalised_values_are_what_the_portal_receives():
    values = simulator.validate("istanbul", VALID["istanbul"], today=TODAY).values
    assert values["hes_code"] == "A1B2345678"
    assert values["phone"] == "5321234567"
    assert values["card_number"] == "1234567890123456"
    assert values["birth_date"] == "1990-03-05"


def test_istanbul_passport_box_swaps_the_id_number_for_the_passport_number():
    answers = VALID["istanbul"] | {"use_passport": "on"}
    missing_passport = simulator.validate("istanbul", answers, today=TODAY)
    assert missing_passport.error_codes == {"passport_number": "required"}
    assert "id_number" not in missing_passport.values

    result = simulator.validate("istanbul", answers | {"passport_number": "n 1234 5678"}, today=TODAY)
    assert result.ok
    assert result.values["passport_number"] == "N12345678"
    assert result.values["use_passport"] == "on"


def test_istanbul_without_the_passport_box_ignores_a_passport_number():
    result = simulator.validate("istanbul", VALID["istanbul"] | {"passport_number": "N1"}, today=TODAY)
    assert result.ok
    assert "passport_number" not in result.values


def test_national_form_doubts_a_citizen_number_for_a_foreigner_and_the_reverse():
    foreigner_with_tc = simulator.validate("national", VALID["national"] | {"id_number": "10000000146"}, today=TODAY)
    assert foreigner_with_tc.ok
    assert foreigner_with_tc.warning_codes == {"id_number": "kimlik.expected_foreigner"}

    citizen_with_ykn = simulator.validate("national", VALID["national"] | {"citizenship": "TC Vatandaşı"}, today=TODAY)
    assert citizen_with_ykn.ok
    assert citizen_with_ykn.values["citizenship"] == "tc"
    assert citizen_with_ykn.warning_codes == {"id_number": "kimlik.expected_citizen"}


@pytest.mark.parametrize(("typed", "plate"), [("6", "06"), ("٣٤", "34"), ("İstanbul", "34"), ("ŞANLIURFA", "63"), ("iğdır", "76")])
def test_national_form_province_by_plate_or_name(typed, plate):
    assert simulator.validate("national", VALID["national"] | {"province": typed}, today=TODAY).values["province"] == plate


def test_a_ticked_box_is_any_value_an_unticked_one_is_absent_or_empty():
    assert simulator.validate("gaziantep", VALID["gaziantep"] | {"consent_1": "true"}).ok
    assert not simulator.validate("gaziantep", VALID["gaziantep"] | {"consent_1": ""}).ok


def test_unknown_form_names_the_known_ones():
    with pytest.raises(ValueError, match="istanbul, gaziantep, antalya, national"):
        simulator.validate("izmir", {})
    with pytest.raises(ValueError):
        simulator.validate(None, {})


@pytest.mark.parametrize("lang", ["de", "", "xx-YY", None, 42])
def test_unknown_language_gives_english(lang):
    assert simulator.validate("gaziantep", {}, lang).errors["hes_code"] == "Enter your HES code"


def test_language_tags_with_a_region_are_understood():
    assert simulator.validate("gaziantep", {}, "ar-SY").errors == simulator.validate("gaziantep", {}, "ar").errors
    assert simulator.validate("gaziantep", {}, "TR").errors["hes_code"] == "HES kodunuzu yazın"


def test_anything_but_a_mapping_counts_as_no_answers():
    assert simulator.validate("gaziantep", ["not", "a", "dict"]).error_codes == simulator.validate("gaziantep", {}).error_codes


def test_the_gaziantep_example_of_the_issue_in_arabic():
    answers = {"card_number": "1234 5678 9012 3456", "phone": "0532 123 45 67", "hes_code": "a1b2-3456-78", "consent_1": "on"}
    assert simulator.validate("gaziantep", answers, "ar").ok
    foreign = simulator.validate("gaziantep", answers | {"phone": "+963 944 123 456"}, "ar")
    assert foreign.errors["phone"].startswith("اكتب رقم جوال تركياً")
