"""Every form judged as a whole: complete answers pass, each wrong answer is caught alone and named."""

import pytest

import simulator
from simulator import messages, rules
from simulator.forms import form_ids, load

from .answers import TODAY, VALID, WRONG, shown

WEAK = ("single", "inferred", "unknown")


def judged(form_id, answers, lang="en"):
    """The whole form judged with the picture codes the page showed."""
    return simulator.validate(form_id, answers, lang, today=TODAY, shown=shown(load(form_id)))


def judged_on_its_stage(form_id, field_id, typed, lang="en"):
    """The field's stage judged with ``typed`` in it, the choices and boxes its conditions need made, the rest valid."""
    form = load(form_id)
    field = form.field(field_id)
    answers = dict(VALID[form_id])
    for condition in (form.stage(field.stage).only_if, field.only_if):
        if condition is not None:
            answers[condition.field] = condition.value or "on"
    result, _ = simulator.validate_stage(form_id, field.stage, answers | {field_id: typed}, lang, today=TODAY,
                                         shown=shown(form))
    return result


def only_warned(form_id, code, field):
    """Whether a lenient form only warns of this refusal: its rule is not well sourced."""
    form = load(form_id)
    level = field.confidence if code == "required" else dict(form.rules).get(code) or rules.confidence(code)
    return form.lenient and level in WEAK

LANGUAGES = messages.LANGUAGES


def fields_in_turn():
    for form_id, answers in VALID.items():
        for field_id in answers:
            yield form_id, field_id


def text_fields(form_id):
    return [field for field in load(form_id).fields if not field.tickable]


@pytest.mark.parametrize("form_id", form_ids())
def test_complete_valid_answers_pass(form_id):
    result = judged(form_id, VALID[form_id])
    assert result.ok, result.errors
    assert result.errors == {}
    assert set(result.values) == set(VALID[form_id])


@pytest.mark.parametrize(("form_id", "field_id"), list(fields_in_turn()))
def test_each_wrong_answer_is_the_only_error_and_the_rest_is_kept(form_id, field_id):
    field = load(form_id).field(field_id)
    wrong, code = WRONG[field.kind]
    answers = VALID[form_id] | {field_id: wrong}
    result = judged(form_id, answers)
    if only_warned(form_id, code, field):
        assert result.ok and result.warning_codes[field_id] == code
        return
    assert not result.ok
    assert result.error_codes == {field_id: code}
    assert set(result.errors) == {field_id}
    # A wrong start choice leads nowhere: the fields after it are not on the way.
    assert set(result.values) <= set(VALID[form_id]) - {field_id}
    if field.kind != "choice":
        assert set(result.values) == set(VALID[form_id]) - {field_id}


@pytest.mark.parametrize(("form_id", "field_id"), list(fields_in_turn()))
def test_each_missing_required_answer_is_named(form_id, field_id):
    answers = {key: value for key, value in VALID[form_id].items() if key != field_id}
    result = judged(form_id, answers)
    field = load(form_id).field(field_id)
    if field.required and only_warned(form_id, "required", field):
        assert result.ok and result.warning_codes[field_id] == "required"
        assert result.warnings[field_id] == field.when_empty
    elif field.required:
        assert result.error_codes == {field_id: "required"}
        assert result.errors[field_id] == field.when_empty
        assert result.confidence[field_id] == field.confidence
    else:
        assert result.ok


def test_normalised_values_are_what_the_portal_receives():
    answers = {"hes_code": "a1b2-3456-78", "phone": "0532 123 45 67", "card_number": "1234 5678 9012 3456",
               "birth_date": "05.03.1990"}
    values = simulator.validate("istanbul", answers, today=TODAY).values
    assert values == {"hes_code": "A1B2345678", "phone": "5321234567", "card_number": "1234567890123456",
                      "birth_date": "1990-03-05"}


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
    foreigner = VALID["national"] | {"citizenship": "other", "id_number": "99123456740"}
    foreigner_with_tc = simulator.validate("national", foreigner | {"id_number": "10000000146"}, today=TODAY)
    assert foreigner_with_tc.ok
    assert foreigner_with_tc.warning_codes == {"id_number": "kimlik.expected_foreigner"}
    assert foreigner_with_tc.confidence == {"id_number": "confirmed"}
    assert foreigner_with_tc.confidence_notes == {}

    citizen_with_ykn = simulator.validate("national", foreigner | {"citizenship": "TC Vatandaşı"}, today=TODAY)
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
    with pytest.raises(ValueError, match=", ".join(form_ids())):
        simulator.validate("izmir", {})
    with pytest.raises(ValueError):
        simulator.validate(None, {})


@pytest.mark.parametrize("lang", ["de", "", "xx-YY", None, 42])
def test_unknown_language_gives_english(lang):
    assert simulator.validate("gaziantep", {}, lang).errors == simulator.validate("gaziantep", {}, "en").errors


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_tags_with_a_region_or_capitals_are_understood(lang):
    expected = simulator.validate("gaziantep", {}, lang).errors
    assert simulator.validate("gaziantep", {}, f"{lang}-XX").errors == expected
    assert simulator.validate("gaziantep", {}, lang.upper()).errors == expected


def test_anything_but_a_mapping_counts_as_no_answers():
    assert simulator.validate("gaziantep", ["not", "a", "dict"]).error_codes == simulator.validate("gaziantep", {}).error_codes


def test_the_gaziantep_example_of_the_issue_in_arabic():
    answers = {"card_number": "1234 5678 9012 3456", "phone": "0532 123 45 67", "hes_code": "a1b2-3456-78", "consent_1": "on"}
    assert simulator.validate("gaziantep", answers, "ar").ok
    foreign = simulator.validate("gaziantep", answers | {"phone": "+963 944 123 456"}, "ar")
    assert foreign.errors["phone"].startswith("اكتب رقم جوال تركياً")


# Hostile input: the contract is a Result for anything typed, never an exception.

@pytest.mark.parametrize("form_id", form_ids())
@pytest.mark.parametrize("value", [10 ** 5000, -(10 ** 5000), 1.5, b"\xff", object(), ["a"], True],
                         ids=["huge int", "huge negative int", "float", "bytes", "object", "list", "bool"])
def test_any_value_of_any_type_gives_a_result(form_id, value):
    result = simulator.validate(form_id, {field.id: value for field in load(form_id).fields}, "en", today=TODAY)
    assert isinstance(result.ok, bool)


def test_a_number_too_big_to_print_is_too_long_not_an_exception():
    result = simulator.validate("istanbul", {"phone": 10 ** 5000}, "en", today=TODAY)
    assert result.error_codes["phone"] == "field.too_long"


@pytest.mark.parametrize("form_id", form_ids())
def test_every_answer_longer_than_its_field_allows_is_refused_as_too_long(form_id):
    flood = "\ufdfa" * 100_000  # NFKC makes each of these 18 letters: this must never be normalised
    answers = {field.id: flood for field in load(form_id).fields}
    result = simulator.validate(form_id, answers, "en", today=TODAY)
    on_the_way = {stage.id for stage in load(form_id).path(dict(answers))}
    for field in text_fields(form_id):
        if field.stage in on_the_way and field.applies(result.values | {f.id: "on" for f in load(form_id).fields if f.tickable}):
            assert result.error_codes[field.id] == "field.too_long", field.id
            assert str(field.max_length) in result.errors[field.id]


@pytest.mark.parametrize("form_id", form_ids())
def test_an_answer_as_long_as_its_field_allows_is_judged_not_refused_as_too_long(form_id):
    answers = {field.id: "\ufdfa" * field.max_length for field in text_fields(form_id)}
    result = simulator.validate(form_id, answers, "en", today=TODAY)
    assert "field.too_long" not in result.error_codes.values()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form_id", form_ids())
def test_the_too_long_message_names_the_field_and_the_limit_in_every_language(form_id, lang):
    fields = text_fields(form_id)
    result = simulator.validate(form_id, {field.id: "x" * (field.max_length + 1) for field in fields}, lang, today=TODAY)
    shown = [result.errors[field.id] for field in fields if field.id in result.errors]
    assert len(shown) == len(set(shown)), "two fields gave the same message"
    for field in fields:
        if field.id in result.errors:
            assert messages.translate(field.noun, lang) in result.errors[field.id]
            assert str(field.max_length) in result.errors[field.id]


# Errors that teach.

def name_fields(form_id):
    return [field for field in load(form_id).fields if field.kind == "name"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("typed", ["محمد", "Ahmad2", "- -", "José"])
def test_each_name_fields_message_names_its_own_field(typed, lang):
    fields = name_fields("istanbul")
    result = simulator.validate("istanbul", {field.id: typed for field in fields}, lang, today=TODAY)
    texts = [result.errors[field.id] for field in fields]
    assert len(set(texts)) == len(fields), texts
    for field, text in zip(fields, texts, strict=True):
        assert messages.translate(field.noun, lang) in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("form_id", "field_id", "typed"), [
    (form_id, field.id, typed) for form_id in form_ids() for field in load(form_id).fields
    for kind, typed in (("kimlik", "99123"), ("kimlik", "9912345674X"), ("passport", "K12"), ("passport", "K12 345*"))
    if field.kind == kind])
def test_an_identity_numbers_message_names_its_own_field_not_another(form_id, field_id, typed, lang):
    # Under "Yabancı Kimlik No" the reader is told of their foreigner ID number, not of "TC Kimlik No or YKN".
    field = load(form_id).field(field_id)
    result = judged_on_its_stage(form_id, field_id, typed, lang)
    text = result.errors.get(field_id) or result.warnings[field_id]
    assert messages.translate(field.noun, lang) in text
    if "TC Kimlik" not in field.label:
        assert "TC Kimlik" not in text


def test_the_arabic_surname_message_says_al_kunya():
    result = simulator.validate("istanbul", {"first_name": "محمد", "last_name": "الحسن"}, "ar", today=TODAY)
    assert "الكنية" in result.errors["last_name"]
    assert "الكنية" not in result.errors["first_name"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("form_id", "field_id"), [(form_id, field.id) for form_id in form_ids() for field in load(form_id).fields
                                                   if field.kind in ("name", "passport", "hes", "email")])
def test_arabic_or_persian_letters_in_a_latin_field_say_how_to_switch_keyboard(form_id, field_id, lang):
    for typed in ("سلام", "پژمان"):
        result = judged_on_its_stage(form_id, field_id, typed, lang)
        assert result.error_codes[field_id] == "script.arabic"
        text = result.errors[field_id]
        assert text.count("🌐") == 2, "one way for Android, one for iPhone"
        assert messages.translate(load(form_id).field(field_id).noun, lang) in text


def test_the_keyboard_help_names_android_and_iphone():
    text = simulator.validate("istanbul", {"first_name": "محمد"}, "en").errors["first_name"]
    assert "Android" in text and "iPhone" in text
    arabic = simulator.validate("istanbul", {"first_name": "محمد"}, "ar").errors["first_name"]
    assert "أندرويد" in arabic and "آيفون" in arabic


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("field_id", "typed", "portal"), [
    ("phone", "٠٥٣٢ ١٢٣ ٤٥ ٦٧", "05321234567"),
    ("phone", "۰۵۳۲۱۲۳۴۵۶۷", "05321234567"),
    ("id_number", "٩٩١٢٣٤٥٦٧٤٠", "99123456740"),
    ("card_number", "١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦", "1234567890123456"),
    ("birth_date", "٠٥.٠٣.١٩٩٠", "05.03.1990"),
    ("hes_code", "A١B٢-٣٤٥٦-٧٨", "A1B2-3456-78"),
])
def test_other_digits_are_taken_with_a_warning_saying_what_to_type_on_the_real_portal(field_id, typed, portal, lang):
    result = simulator.validate("istanbul", VALID["istanbul"] | {field_id: typed}, lang, today=TODAY)
    assert result.ok
    assert result.warning_codes[field_id] == "forgiven.digits"
    assert portal in result.warnings[field_id]
    assert result.confidence[field_id] == "inferred"
    assert result.confidence_notes[field_id] == messages.confidence_note("inferred", lang)


@pytest.mark.parametrize(("typed", "warned"), [("1990-03-05", True), ("5.3.1990", True), ("05/03/1990", True),
                                               ("05.03.1990", False), (" 05.03.1990 ", False)])
def test_a_date_in_another_format_than_the_hint_is_taken_with_what_to_type(typed, warned):
    result = simulator.validate("istanbul", VALID["istanbul"] | {"birth_date": typed}, "en", today=TODAY)
    assert result.ok and result.values["birth_date"] == "1990-03-05"
    if warned:
        assert result.warning_codes["birth_date"] == "forgiven.date_format"
        assert "05.03.1990" in result.warnings["birth_date"]
    else:
        assert "birth_date" not in result.warnings


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_phone_typed_without_its_0_is_taken_with_the_0_to_type_on_the_real_portal(lang):
    result = simulator.validate("istanbul", VALID["istanbul"] | {"phone": "532 123 45 67"}, lang, today=TODAY)
    assert result.ok and result.values["phone"] == "5321234567"
    assert result.warning_codes["phone"] == "forgiven.trunk_zero" and "05321234567" in result.warnings["phone"]
    assert result.confidence["phone"] == "inferred"


@pytest.mark.parametrize(("field_id", "typed", "portal"), [
    ("id_number", "  ٩٩١٢٣٤٥٦٧٤٠ ", "99123456740"), ("birth_date", "1990/03/05", "05.03.1990"),
    ("phone", "532  123 45 67", "05321234567")])
def test_a_coached_answer_says_what_was_typed_and_what_to_type_instead(field_id, typed, portal):
    result = simulator.validate("istanbul", VALID["istanbul"] | {field_id: typed}, "fa", today=TODAY)
    assert result.coached == {field_id: {"typed": " ".join(typed.split()), "portal": portal}}


def test_a_warning_that_is_not_a_coached_answer_has_nothing_to_type_instead():
    result = simulator.validate("istanbul", VALID["istanbul"] | {"phone": "0580 123 45 67"}, "en", today=TODAY)
    assert result.warning_codes == {"phone": "phone.unknown_operator"} and result.coached == {}


def test_answers_typed_as_the_portal_wants_get_no_warning():
    result = simulator.validate("istanbul", VALID["istanbul"] | {"phone": "0532 123 45 67"}, "en", today=TODAY)
    assert result.warnings == {} and result.confidence == {}


def test_a_doubt_and_a_forgiven_input_are_both_said():
    result = simulator.validate("istanbul", VALID["istanbul"] | {"phone": "٠٥٨٠ ١٢٣ ٤٥ ٦٧"}, "en", today=TODAY)
    assert result.warning_codes["phone"] == "phone.unknown_operator"
    assert "05801234567" in result.warnings["phone"] and "operator" in result.warnings["phone"]


def test_result_as_plain_data_has_every_field():
    result = simulator.validate("istanbul", {"phone": "٠٥٣٢١٢٣٤٥٦٧"}, "ar", today=TODAY)
    data = result.to_dict()
    assert set(data) == {"ok", "errors", "warnings", "values", "error_codes", "warning_codes", "confidence", "confidence_notes",
                         "coached"}
    assert data["confidence"]["phone"] == "inferred"
