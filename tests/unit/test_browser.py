"""The page's one way in, simulator.browser: every request for every form, its errors, and the
staged fixture form practised from its first stage to its end, as the worker would (JSON strings only).
"""

import json
import os
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import simulator
from simulator import browser, forms, messages
from simulator.forms import form_ids, load
from simulator.kinds import KINDS, portal_text

from .answers import SHOWN, TODAY, WRONG, shown, valid_answers

FIXTURES = Path(__file__).parents[1] / "fixtures"
STAGED = FIXTURES / "staged" / "simulator" / "forms"
SINGLE = FIXTURES / "single" / "simulator" / "forms"
TODAY_TEXT = TODAY.isoformat()
WITH_FIXTURES = {forms.EXTRA_FOLDERS_VARIABLE: os.pathsep.join([str(STAGED), str(SINGLE)])}
with mock.patch.dict(os.environ, WITH_FIXTURES):
    # The project's forms and the fixture forms: every request is tried on each.
    EVERY_FORM = form_ids()
    WITH_SMS = [form_id for form_id in EVERY_FORM if any(stage.kind == "sms" for stage in load(form_id).stages)]


@pytest.fixture(autouse=True)
def fixture_forms(monkeypatch):
    monkeypatch.setenv(forms.EXTRA_FOLDERS_VARIABLE, WITH_FIXTURES[forms.EXTRA_FOLDERS_VARIABLE])


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def session(clock):
    return browser.Session(clock=clock, new_code=lambda: "123456", new_picture=lambda: SHOWN)


def ask(session, **request):
    """A request as the worker sends it: through JSON both ways."""
    return json.loads(json.dumps(session.answer(json.loads(json.dumps(request)))))


@pytest.fixture
def staged():
    return load("practice_booking")


def show_every_picture(session, form_id):
    for field in load(form_id).fields:
        if field.control == "picture":
            assert ask(session, type="picture", form=form_id, field=field.id)["code"] == SHOWN


# Every request, every form.

@pytest.mark.parametrize("form_id", EVERY_FORM)
def test_describe_lists_the_stages_in_order_each_leading_to_the_next(session, form_id):
    answer = ask(session, type="describe", form=form_id, lang="ar", today=TODAY_TEXT)
    stages = answer["stages"]
    assert [stage["id"] for stage in stages] == [stage.id for stage in load(form_id).stages]
    assert stages[-1]["kind"] == "end" and stages[-1]["next"] is None
    for stage, following in zip(stages, stages[1:]):
        assert stage["next"] in {following["id"], *(s["id"] for s in stages)} and stage["next"] is not None


@pytest.mark.parametrize("form_id", EVERY_FORM)
def test_each_stage_passes_with_valid_answers_and_opens_the_next(session, form_id):
    form = load(form_id)
    answers = valid_answers(form)
    show_every_picture(session, form_id)
    for stage in form.path(dict(answers)):
        answer = ask(session, type="check", form=form_id, stage=stage.id, answers=answers, lang="tr", today=TODAY_TEXT)
        assert answer["ok"], answer["errors"]
        following = form.after(stage, dict(answers)) if stage.kind != "end" else form.way_on(stage)
        assert answer["next"] == (following.id if following else None)


@pytest.mark.parametrize("form_id", EVERY_FORM)
def test_check_answers_with_the_results_shape_and_the_stages_own_errors(session, form_id):
    form = load(form_id)
    first = form.stages[0]
    answer = ask(session, type="check", form=form_id, stage=first.id, answers={}, lang="fa", today=TODAY_TEXT)
    assert set(answer) >= {"ok", "errors", "warnings", "values", "error_codes", "warning_codes", "confidence",
                           "confidence_notes", "next"}
    assert not answer["ok"]
    required = {field.id for field in first.fields if field.required and field.applies({})}
    assert set(answer["error_codes"]) == required
    for field in first.fields:
        if field.id in required:
            assert answer["errors"][field.id] == messages.translate(field.when_empty, "fa")


def test_each_warning_of_a_check_names_its_field_by_its_turkish_label_with_what_to_type_instead(session):
    # Persian digits, a date as 1990/05/17 and a phone without its 0: taken, each warned of under its label.
    answers = valid_answers(load("istanbul")) | {"id_number": "۹۹۱۲۳۴۵۶۷۴۰", "birth_date": "1990/05/17",
                                                 "phone": "532 123 45 67"}
    answer = ask(session, type="check", form="istanbul", stage="form", answers=answers, lang="fa", today=TODAY_TEXT)
    assert answer["ok"]
    assert [(warned["field"], warned["label"]) for warned in answer["warned"]] == [
        ("id_number", "TC Kimlik No/ YKN"), ("birth_date", "Doğum Tarihi"), ("phone", "Telefon Numarası")]
    assert [warned["message"] for warned in answer["warned"]] == list(answer["warnings"].values())
    assert [(warned["typed"], warned["portal"]) for warned in answer["warned"]] == [
        ("۹۹۱۲۳۴۵۶۷۴۰", "99123456740"), ("1990/05/17", "17.05.1990"), ("532 123 45 67", "05321234567")]


def test_a_warning_of_a_rule_not_well_sourced_names_its_field_and_has_nothing_to_type_instead(session):
    # Randevu's "Başkası Adına Randevu" with the other person's details left empty: warned of, never refused.
    answer = ask(session, type="check", form="randevu", stage="person", answers={"for_someone_else": "on"}, lang="ar")
    assert answer["ok"]
    assert answer["warned"] == [{"field": field_id, "label": label, "message": answer["warnings"][field_id]}
                                for field_id, label in (("other_first_name", "Ad"), ("other_last_name", "Soyad"),
                                                        ("other_id", "Yabancı Kimlik No"))]


@pytest.mark.parametrize("form_id", WITH_SMS)
def test_send_masks_the_phone_in_python_and_confirm_confirms_the_right_code(session, form_id):
    form = load(form_id)
    sms = next(stage for stage in form.stages if stage.kind == "sms")
    answers = valid_answers(form) | {sms.phone: "+90 532 123 45 67"}
    sent = ask(session, type="send", form=form_id, stage=sms.id, answers=answers, lang="en")
    assert sent["code"] == "123456" and "123456" in sent["sms"]
    assert sent["sent"] == "We sent a 6-digit code to 0532 *** ** 67"
    assert sent["seconds"] == 180
    wrong = ask(session, type="confirm", code="000000", lang="ar")
    assert (wrong["outcome"], wrong["attempts_left"]) == ("wrong", 2)
    assert wrong["message"] == messages.plural_text("code.wrong", 2, "ar")
    right = ask(session, type="confirm", code="١٢٣٤٥٦", lang="en", form=form_id, stage=sms.id, answers=answers)
    assert right["outcome"] == "confirmed"
    assert right["next"] == form.after(sms, dict(answers)).id


def test_the_hes_forms_end_at_the_code_with_the_message_of_today(session):
    ask(session, type="send", form="istanbul", stage="sms", answers=valid_answers(load("istanbul")), lang="tr")
    plain = ask(session, type="confirm", code="123456", lang="tr")
    assert plain["message"] == messages.text("code.confirmed", "tr")
    ask(session, type="send", form="istanbul", stage="sms", answers=valid_answers(load("istanbul")), lang="tr")
    staged_way = ask(session, type="confirm", code="123456", lang="tr", form="istanbul", stage="sms")
    assert staged_way["message"] == messages.text("code.confirmed", "tr") and staged_way["next"] == "end"


def test_a_code_expires_and_locks_as_the_confirmation_step_says(session, clock):
    ask(session, type="send", form="gaziantep", stage="sms", answers=valid_answers(load("gaziantep")), lang="en")
    clock.now = 500
    assert ask(session, type="confirm", code="123456", lang="en")["outcome"] == "expired"
    ask(session, type="send", form="gaziantep", stage="sms", answers=valid_answers(load("gaziantep")), lang="en")
    outcomes = [ask(session, type="confirm", code="999999", lang="en")["outcome"] for _ in range(3)]
    assert outcomes == ["wrong", "wrong", "locked"]
    assert ask(session, type="confirm", code="", lang="en")["outcome"] == "locked"


@pytest.mark.parametrize("form_id", EVERY_FORM)
def test_review_lists_every_answer_under_its_turkish_label_as_the_portal_shows_it(session, form_id):
    form = load(form_id)
    answers = valid_answers(form)
    show_every_picture(session, form_id)
    items = ask(session, type="review", form=form_id, answers=answers, lang="ar", today=TODAY_TEXT)["items"]
    listed = {item["field"]: item for item in items}
    for field in form.fields:
        if field.id in answers and KINDS[field.kind].in_review:
            item = listed[field.id]
            assert item["label"] == field.label and item["stage"] == field.stage
            assert item["meaning"] == messages.translate(field.meaning, "ar")
    on_the_way = [field for stage in form.path(dict(answers)) for field in stage.fields if field.applies(answers)]
    assert set(listed) == {field.id for field in on_the_way if KINDS[field.kind].in_review}, "every field shown, answered or not"
    for item in items:
        if form.field(item["field"]).kind == "phone":
            assert item["answer"] == portal_text(KINDS["phone"], "5321234567", form.field(item["field"]))


def test_in_turkish_the_review_leaves_out_a_meaning_that_only_says_the_label_again(session):
    """The review and the answers sheet in Turkish: "Ad", not "Ad / Ad"; a meaning that says more stays."""
    form = load("eikamet")
    show_every_picture(session, form.id)
    items = ask(session, type="review", form=form.id, answers=valid_answers(form), lang="tr", today=TODAY_TEXT)["items"]
    meanings = {item["label"]: item["meaning"] for item in items}
    assert meanings["Ad"] == meanings["Uyruk"] == meanings["Doğum Tarihi"] == ""
    assert meanings["Baba Adı"] == "Babanın adı"


def test_picture_codes_only_for_picture_fields(session):
    assert ask(session, type="picture", form="istanbul", field="phone") == {"error": "field.unknown"}


@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_words_are_the_engines_in_the_readers_language_with_the_pages_placeholders_left(session, lang):
    words = ask(session, type="words", lang=lang, keys=["made.keep", "picture.new", "nothing.such"])
    assert words["made.keep"] == messages.translate(messages.PAGE_WORDS["made.keep"], lang)
    assert "{name}" in words["made.keep"] and "{value}" in words["made.keep"]
    assert words["nothing.such"] is None


@pytest.mark.parametrize(("request_json", "error"), [
    ("{", "request.json"),
    ("[]", "request.type"),
    ('{"type": "launch"}', "request.type"),
    ('{"type": "check", "form": "izmir"}', "form.unknown"),
    ('{"type": "check", "form": "../istanbul"}', "form.unknown"),
    ('{"type": "check", "form": "istanbul", "stage": "payment"}', "stage.unknown"),
    ('{"type": "send", "form": "istanbul", "stage": "form", "answers": {}}', "stage.not_sms"),
    ('{"type": "send", "form": "istanbul", "stage": "sms", "answers": {"phone": "0212 123 45 67"}}', "phone.missing"),
    ('{"type": "words", "keys": "picture.new"}', "request.keys"),
])
def test_a_request_that_cannot_be_answered_says_why_in_a_code(request_json, error):
    assert json.loads(browser.handle(request_json)) == {"error": error}


def test_a_broken_spec_is_an_error_answer_and_the_other_forms_still_answer(tmp_path, monkeypatch):
    (tmp_path / "broken.toml").write_text('id = "broken"\n[[stages]]\nid = "x"\nkind = "payment"\n', encoding="utf-8")
    monkeypatch.setenv(forms.EXTRA_FOLDERS_VARIABLE, str(tmp_path))
    assert json.loads(browser.handle('{"type": "describe", "form": "broken"}')) == {"error": "form.broken"}
    assert "stages" in json.loads(browser.handle('{"type": "describe", "form": "national"}'))


# The staged fixture form, from its first stage to its end, through handle() as the worker calls it.

def handle(**request):
    return json.loads(browser.handle(json.dumps(request)))


def passes(stage, answers, lang="ar"):
    answer = handle(type="check", form="practice_booking", stage=stage, answers=answers, lang=lang, today=TODAY_TEXT)
    assert answer["ok"], answer["errors"]
    return answer


def test_the_staged_form_is_practised_to_its_end_for_someone_else(staged):
    described = handle(type="describe", form="practice_booking", lang="ar", today=TODAY_TEXT)
    days = described["options"]["appointment"]
    assert days[0]["value"] == "2021-01-11" and days[0]["label"] == "11.01.2021 Pazartesi"
    assert days[0]["meaning"] == messages.translate("Monday", "ar")
    free = next(f"{day['value']}T{time['time']}" for day in days for time in day["times"] if time["free"])

    assert passes("start", {"purpose": "new"})["next"] == "person"
    picture = handle(type="picture", form="practice_booking", field="security_code", lang="ar")
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{8}", picture["code"])
    assert " ".join(picture["code"]) in picture["alt"]
    answers = {"purpose": "new", "first_name": "Ahmad", "last_name": "Alhassan", "nationality": "İran",
               "phone": "٠٥٣٢ ١٢٣ ٤٥ ٦٧", "for_whom": "other", "notice": "on",
               "security_code": picture["code"].lower()[:4] + " " + picture["code"][4:]}
    person = passes("person", answers)
    assert person["values"]["nationality"] == "IR" and person["next"] == "other_person"

    other = {"other_first_name": "Sara", "other_last_name": "Alhassan", "other_nationality": "SY",
             "other_birth_date": "05.03.2015"}
    assert passes("other_person", answers | other)["next"] == "sms"
    answers |= other

    sent = handle(type="send", form="practice_booking", stage="sms", answers=answers, lang="ar")
    number = sent["made"]["application_number"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{7}", number)
    assert sent["code"] in sent["sms"] and f"Başvuru No: {number}" in sent["sms"]
    assert number in sent["keep"]["application_number"]
    again = handle(type="send", form="practice_booking", stage="sms", answers=answers, lang="ar")
    assert again["made"] == sent["made"], "sending again keeps the number the first SMS gave"
    confirmed = handle(type="confirm", code=again["code"], lang="ar", form="practice_booking", stage="sms", answers=answers)
    assert confirmed["outcome"] == "confirmed" and confirmed["next"] == "day"
    assert confirmed["message"] == messages.text("code.accepted", "ar")

    refused = handle(type="check", form="practice_booking", stage="day", answers=answers | {"appointment": free},
                     lang="ar", today=TODAY_TEXT)
    assert refused["error_codes"] == {"other_attends": "required"}, "booking for someone else asks one more tick"
    answers |= {"appointment": free, "other_attends": "on"}
    assert passes("day", answers)["next"] == "check"

    items = handle(type="review", form="practice_booking", answers=answers, lang="ar", today=TODAY_TEXT)["items"]
    reviewed = {item["field"]: item["answer"] for item in items}
    assert reviewed["nationality"] == "İran" and reviewed["other_nationality"] == "Suriye"
    assert reviewed["phone"] == "05321234567" and reviewed["appointment"] == "11.01.2021 09:00"
    assert reviewed["for_whom"] == "Başkası Adına Randevu" and reviewed["notice"] == "✓"
    assert "security_code" not in reviewed, "the picture code is not an answer to review"
    assert [item["stage"] for item in items][:1] == ["start"]

    end = passes("check", answers)
    assert end["next"] == "end" and end["shows"]["value"] == number and number in end["shows"]["message"]


PERSON = {"purpose": "new", "first_name": "Ahmad", "last_name": "Alhassan", "nationality": "IR",
          "phone": "0532 123 45 67", "for_whom": "self", "notice": "on", "security_code": SHOWN}


def test_the_staged_form_for_oneself_skips_the_other_persons_stage(staged, session):
    person = PERSON
    ask(session, type="picture", form="practice_booking", field="security_code")
    assert ask(session, type="check", form="practice_booking", stage="person", answers=person, today=TODAY_TEXT)["next"] == "sms"
    day = ask(session, type="check", form="practice_booking", stage="day", answers=person | {"appointment": ""},
              today=TODAY_TEXT)
    assert day["error_codes"] == {"appointment": "required"}, "no tick for someone else's coming"


def test_the_start_choice_leads_the_other_way_to_continue_an_application(staged, session):
    assert ask(session, type="check", form="practice_booking", stage="start", answers={"purpose": "continue"})["next"] \
        == "continue_form"
    ask(session, type="picture", form="practice_booking", field="continue_code")
    answers = {"purpose": "continue", "passport_number": "N12345678", "continue_code": SHOWN}
    assert ask(session, type="check", form="practice_booking", stage="continue_form", answers=answers)["next"] == "day"
    path = [stage.id for stage in staged.path(dict(answers))]
    assert path == ["start", "continue_form", "day", "check", "end"]


def test_a_stage_that_fails_says_what_is_wrong_in_the_readers_language(staged, session):
    ask(session, type="picture", form="practice_booking", field="security_code")
    answers = PERSON | {"security_code": "AAAAAAAA", "nationality": "Atlantis"}
    answer = ask(session, type="check", form="practice_booking", stage="person", answers=answers, lang="fa", today=TODAY_TEXT)
    assert not answer["ok"]
    assert answer["error_codes"] == {"security_code": "picture.wrong", "nationality": "country.unknown"}
    assert answer["errors"]["security_code"] == messages.text("picture.wrong", "fa")


def test_a_review_passes_only_when_every_stage_before_it_does(staged, session):
    answers = PERSON | {"appointment": valid_answers(staged)["appointment"]}
    ask(session, type="picture", form="practice_booking", field="security_code")
    assert ask(session, type="check", form="practice_booking", stage="check", answers=answers, today=TODAY_TEXT)["ok"]
    broken = ask(session, type="check", form="practice_booking", stage="check", answers=answers | {"phone": "1"},
                 today=TODAY_TEXT)
    assert broken["error_codes"] == {"phone": "phone.length"}


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
                           max_leaves=8)


@given(request=st.fixed_dictionaries({"type": st.sampled_from(["describe", "check", "picture", "send", "confirm",
                                                               "review", "words", "x"])},
                                     optional={"form": st.sampled_from(EVERY_FORM) | json_values,
                                               "stage": st.sampled_from(["form", "sms", "person", "day", "check", "end"])
                                               | json_values,
                                               "answers": st.dictionaries(st.sampled_from(["phone", "purpose", "email"])
                                                                          | st.text(), json_values, max_size=4),
                                               "lang": json_values, "today": json_values, "code": json_values,
                                               "field": json_values, "keys": json_values}))
def test_any_request_gets_an_answer_never_an_exception(request):
    answer = json.loads(browser.handle(json.dumps(request)))
    assert isinstance(answer, dict)


def test_a_number_too_long_to_read_is_too_long_in_a_check(session):
    # JSON in a browser cannot carry one; a Python caller of Session.answer can.
    answer = session.answer({"type": "check", "form": "istanbul", "stage": "form", "answers": {"phone": 10 ** 5000}})
    assert answer["error_codes"]["phone"] == "field.too_long"


def test_confirm_with_the_form_but_no_stage_is_the_plain_confirmation(session):
    ask(session, type="send", form="gaziantep", stage="sms", answers=valid_answers(load("gaziantep")), lang="en")
    answer = ask(session, type="confirm", code="123456", lang="en", form="gaziantep")
    assert answer["outcome"] == "confirmed" and "next" not in answer


def test_forms_lists_every_form_and_language_and_describe_names_each_stages_fields(session):
    listed = ask(session, type="forms")
    assert listed == {"forms": list(EVERY_FORM), "languages": list(messages.LANGUAGES)}
    stages = ask(session, type="describe", form="practice_booking", today=TODAY_TEXT)["stages"]
    person = next(stage for stage in stages if stage["id"] == "person")
    assert {"id": "security_code", "kind": "picture_code", "control": "picture"} in person["fields"]
    assert [field["id"] for stage in stages for field in stage["fields"]] == [f.id for f in load("practice_booking").fields]


def test_words_without_keys_are_every_page_word(session):
    assert set(ask(session, type="words", lang="fa")) == set(messages.PAGE_WORDS)



with mock.patch.dict(os.environ, WITH_FIXTURES):
    # Each answered field of the fixture forms, whose kinds the project's own forms do not all have.
    FIXTURE_FIELDS = [(form_id, field_id) for form_id in ("practice_booking", "practice_single")
                      for field_id in valid_answers(load(form_id))]


@pytest.mark.parametrize(("form_id", "field_id"), FIXTURE_FIELDS)
def test_each_wrong_answer_of_a_fixture_form_is_the_only_error(form_id, field_id):
    form = load(form_id)
    valid = valid_answers(form)
    assert simulator.validate(form_id, valid, today=TODAY, shown=shown(form)).ok
    wrong = WRONG[form.field(field_id).kind]
    if wrong is None:
        return
    result = simulator.validate(form_id, valid | {field_id: wrong[0]}, today=TODAY, shown=shown(form))
    assert result.error_codes == {field_id: wrong[1]}
