"""The form specs agree with the seed and with the engine, and a broken spec stops with the file and the key.

Forms are the files in simulator/forms/; the fixture specs below are written to a temporary folder.
"""

import os
import subprocess
import sys
import textwrap

import pytest

import simulator
from simulator import forms, messages
from simulator.choices import provinces
from simulator.forms import SpecError, form_ids, load, read_spec
import inspect

from simulator.kinds import KINDS

from .answers import TODAY
from .conftest import not_in_pyodide

# What the seed says, for the forms it describes (facts to keep, not the list of forms).
SEED_LABELS = {
    "istanbul": {"first_name": "Ad", "last_name": "Soyad", "id_number": "TC Kimlik No/ YKN", "birth_date": "Doğum Tarihi",
                 "email": "Mail Adresi", "card_number": "Kart Numarası", "phone": "Telefon Numarası", "hes_code": "Hes Kodu",
                 "use_passport": "Yabancı Pasaport Numarası ile işlem yapmak istiyorum"},
    "gaziantep": {"card_number": "Kart numarası", "phone": "Telefon numarası", "hes_code": "Hes kodu"},
}
SEED_BUTTONS = {"istanbul": ("Kaydet", "yellow"), "gaziantep": ("Tanımla", "green"), "antalya": ("Tanımla", "green"),
                "national": ("NEXT", "blue")}


@pytest.mark.parametrize("form_id", SEED_LABELS)
def test_labels_are_the_seeds_turkish_words(form_id):
    form = load(form_id)
    for field_id, label in SEED_LABELS[form_id].items():
        assert form.field(field_id).label == label


@pytest.mark.parametrize("form_id", SEED_BUTTONS)
def test_buttons_have_the_seeds_text_and_colour(form_id):
    form = load(form_id)
    assert (form.button_text, form.button_colour_name) == SEED_BUTTONS[form_id]


def test_a_broken_spec_beside_the_others_breaks_no_other_form(tmp_path, monkeypatch):
    write_spec(tmp_path, MINIMAL.replace('kind = "passport"', 'kind = "pasport"'))
    monkeypatch.setenv(forms.EXTRA_FOLDERS_VARIABLE, str(tmp_path))
    assert simulator.validate("gaziantep", {}).error_codes["hes_code"] == "required"
    with pytest.raises(SpecError, match="izmir.toml: stages.form.fields.passport_number.kind"):
        load("izmir")
    with pytest.raises(SpecError, match="izmir.toml"):
        forms.all_forms()


@pytest.mark.parametrize("form_id", form_ids())
def test_each_form_names_its_guide_page_and_a_button_that_reads_well(form_id):
    form = load(form_id)
    assert form.guide and "/" not in form.guide.strip("/")
    light, dark = sorted((forms.luminance(form.button_colour), forms.luminance(form.button_ink)))
    assert (dark + 0.05) / (light + 0.05) >= 4.5, "button text below WCAG AA contrast"


def test_national_form_offers_the_seeds_two_identity_types_and_81_provinces():
    assert load("national").field("citizenship").options == (("tc", "TC Vatandaşı"), ("other", "Diğer"))
    assert len(provinces()) == 81
    assert provinces()[0] == ("01", "Adana") and provinces()[-1] == ("81", "Düzce")


@pytest.mark.parametrize("form_id", form_ids())
def test_every_example_in_a_spec_passes_its_own_field(form_id):
    for field in load(form_id).fields:
        if not field.tickable and field.kind not in ("choice", "province") and not KINDS[field.kind].example:
            assert field.example, f"{field.id} needs an example"
            result = simulator.validate(form_id, {field.id: field.example}, today=TODAY)
            assert field.id not in result.errors, (field.id, field.example)


@pytest.mark.parametrize("form_id", form_ids())
def test_every_field_can_be_typed_within_its_max_length(form_id):
    for field in load(form_id).fields:
        if field.tickable:
            assert field.max_length is None
        else:
            assert field.max_length >= len(field.example or "x")


CONTROLS = {"text", "tick", "radios", "select", "list", "slot", "picture", "statement"}
NEEDS = {"today", "options", "answers", "shown", "made"}


@pytest.mark.parametrize("name", KINDS)
def test_every_kind_of_the_registry_can_be_drawn_and_judged(name):
    kind = KINDS[name]
    assert kind.name == name and set(kind.controls) <= CONTROLS
    if kind.tickable:
        assert kind.validate is None and kind.max_length is None
        return
    assert kind.max_length >= 1 and kind.needs <= NEEDS
    # The validator takes what the kind says it needs, by name, as the engine passes it.
    inspect.signature(kind.validate).bind("answer", **dict.fromkeys(kind.needs))
    if kind.control == "text":
        assert kind.input is not None, "a typed kind says which keyboard a phone shows"
    if kind.options:
        assert len(kind.options()) >= 2 and not kind.spec_options


@pytest.mark.parametrize("form_id", form_ids())
def test_steps_point_at_fields_of_the_form(form_id):
    form = load(form_id)
    assert [step.id for step in form.steps][0] == "open" and form.steps[-1].id == "confirm"


# Fixture specs: a form that is only a file, and the mistakes a maintainer makes.

MINIMAL = """
    city = "İzmir"
    card = "İzmirim Kart"
    guide = "izmir"

    section = "hes"

    [portal]
    last_known = "2021-01"

    [[stages]]
    id = "form"
    meaning = "Your details"

    [stages.button]
    text = "Eşleştir"
    meaning = "Match"
    colour = "#c62828"
    colour_name = "red"

    [[stages.fields]]
    id = "citizenship"
    label = "Kimlik türü"
    kind = "choice"
    required = true
    meaning = "Type of identity"
    noun = "type of identity"
    when_empty = "Choose TC Vatandaşı if you are a Turkish citizen, or Diğer if you are not"
    options = [
      { value = "tc", label = "TC Vatandaşı", meaning = "Turkish citizen" },
      { value = "other", label = "Diğer", meaning = "Other: every foreign resident" },
    ]

    [[stages.fields]]
    id = "passport_number"
    label = "Pasaport Numarası"
    kind = "passport"
    required = true
    only_if = "citizenship=other"
    max_length = 14
    meaning = "Passport number"
    noun = "passport number"
    when_empty = "Enter your passport number"

    [[stages]]
    id = "end"
    kind = "end"
    meaning = "Done"
"""


def write_spec(folder, text, name="izmir"):
    path = folder / f"{name}.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_form_is_a_file_and_its_field_value_condition_is_judged(tmp_path):
    form = read_spec(write_spec(tmp_path, MINIMAL))
    passport = form.field("passport_number")
    assert (passport.only_if.field, passport.only_if.value) == ("citizenship", "other")
    assert passport.to_dict()["only_if"] == {"field": "citizenship", "value": "other"}
    assert passport.max_length == 14 and form.button_ink == "#ffffff"

    def judge(answers):
        return simulator.judge_form(form, dict(answers), "en", TODAY)

    assert judge({"citizenship": "tc"}).ok
    assert judge({"citizenship": "TC Vatandaşı", "passport_number": "x"}).ok, "a hidden field is not judged"
    assert judge({"citizenship": "Diğer"}).error_codes == {"passport_number": "required"}
    assert judge({"citizenship": "other", "passport_number": "N12345678"}).values == {"citizenship": "other",
                                                                                      "passport_number": "N12345678"}
    assert judge({"citizenship": "other", "passport_number": "N" * 15}).error_codes == {"passport_number": "field.too_long"}


def test_a_form_has_its_own_name_and_the_day_its_facts_were_last_checked(tmp_path):
    text = textwrap.dedent(MINIMAL).replace('[portal]', 'name = "İzmirim"\nreviewed = 2026-12-01\n[portal]', 1)
    form = read_spec(write_spec(tmp_path, text + '\n[[steps]]\nid = "submit"\nfields = ["button"]\nstages = ["form"]\n'))
    assert (form.name, form.reviewed) == ("İzmirim", "2026-12-01")
    assert form.steps[0].stages == ("form",)
    assert read_spec(write_spec(tmp_path, MINIMAL)).reviewed == "", "without it, the site's own date is the form's"


def test_a_new_spec_file_is_a_new_form(tmp_path, monkeypatch):
    write_spec(tmp_path, MINIMAL)
    monkeypatch.setenv(forms.EXTRA_FOLDERS_VARIABLE, str(tmp_path))
    assert "izmir" in forms.form_ids()
    assert simulator.validate("izmir", {"citizenship": "other"}, "ar").errors["passport_number"] == \
        messages.translate("Enter your passport number", "ar")


def test_an_edited_spec_is_read_again(tmp_path, monkeypatch):
    path = write_spec(tmp_path, MINIMAL)
    monkeypatch.setenv(forms.EXTRA_FOLDERS_VARIABLE, str(tmp_path))
    assert load("izmir").field("passport_number").max_length == 14
    path.write_text(textwrap.dedent(MINIMAL).replace("max_length = 14", "max_length = 15"), encoding="utf-8")
    # An editor saves seconds after the last read; written here within the same millisecond (Pyodide's file
    # system keeps milliseconds) and at the same size, the file would look untouched.
    earlier = path.stat().st_mtime_ns
    os.utime(path, ns=(earlier + 1_000_000_000, earlier + 1_000_000_000))
    assert load("izmir").field("passport_number").max_length == 15


@pytest.mark.parametrize(("change", "key", "problem"), [
    (('kind = "passport"', 'kind = "pasport"'), "stages.form.fields.passport_number.kind", "unknown kind 'pasport'"),
    (('colour = "#c62828"', 'colour = "red"'), "stages.form.button.colour", "unknown colour 'red'"),
    (('only_if = "citizenship=other"', 'only_if = "citizenship=diger"'), "stages.form.fields.passport_number.only_if",
     "'diger' is not an option of 'citizenship'"),
    (('only_if = "citizenship=other"', 'only_if = "nationality=other"'), "stages.form.fields.passport_number.only_if",
     "'nationality', which is not a field listed before"),
    (('meaning = "Passport number"\n', ''), "stages.form.fields.passport_number.meaning", "is missing"),
    (('when_empty = "Enter your passport number"\n', ''), "stages.form.fields.passport_number.when_empty", "is missing"),
    (('noun = "passport number"\n', 'nuon = "passport number"\n'), "stages.form.fields[1].nuon", "unknown key"),
    (('guide = "izmir"\n', ''), "guide", "is missing"),
    (('max_length = 14', 'max_length = "14"'), "stages.form.fields.passport_number.max_length", "whole number"),
    (('required = true\nonly_if', 'required = "yes"\nonly_if'), "stages.form.fields.passport_number.required", "true or false"),
    (('[portal]', 'id = "smyrna"\n[portal]'), "id", "the file is named izmir.toml"),
    (('city = "İzmir"', 'city = "İzmir'), "(file)", "not valid TOML"),
    (('[portal]', 'reviewed = "1 December 2026"\n[portal]'), "reviewed", "like 2026-12-01"),
    (('[portal]', 'reviewed = 2026-12-01T10:00:00\n[portal]'), "reviewed", "like 2026-12-01"),
    (('meaning = "Done"', 'meaning = "Done"\n\n[[steps]]\nid = "submit"\nfields = ["button"]\nstages = ["sned"]'),
     "steps[0].stages", "'sned', which is not a stage"),
])
def test_a_broken_spec_stops_with_its_file_and_key(tmp_path, change, key, problem):
    old, new = change
    text = textwrap.dedent(MINIMAL)
    assert old in text
    with pytest.raises(SpecError) as caught:
        read_spec(write_spec(tmp_path, text.replace(old, new, 1)))
    message = str(caught.value)
    assert message.startswith(f"izmir.toml: {key}: "), message
    assert problem in message


# Stages: the way through a form is checked as the spec is read.

STAGED = """
    guide = "booking"
    section = "today"

    [portal]
    last_known = "2026-11"

    [[stages]]
    id = "start"
    meaning = "Book an appointment"

    [stages.button]
    text = "Devam Et"
    meaning = "Continue"
    colour = "#1d4f91"
    colour_name = "blue"

    [[stages.fields]]
    id = "for_whom"
    label = "Randevu Kimin Adına"
    kind = "choice"
    required = true
    meaning = "Who the appointment is for"
    noun = "who the appointment is for"
    when_empty = "Choose who the appointment is for"
    options = [
      { value = "self", label = "Kendi Adıma", meaning = "For me" },
      { value = "other", label = "Başkası Adına Randevu", meaning = "For someone else" },
    ]

    [[stages.fields]]
    id = "phone"
    label = "Cep Telefonu"
    kind = "phone"
    required = true
    example = "0532 123 45 67"
    meaning = "Mobile phone number"
    noun = "mobile phone number"
    when_empty = "Enter your mobile phone number"

    [[stages]]
    id = "other"
    meaning = "The other person"
    only_if = "for_whom=other"

    [stages.button]
    text = "Devam Et"
    meaning = "Continue"
    colour = "#1d4f91"
    colour_name = "blue"

    [[stages.fields]]
    id = "nationality"
    label = "Uyruk"
    kind = "country"
    required = true
    meaning = "Their nationality"
    noun = "their nationality"
    when_empty = "Choose their nationality"

    [[stages]]
    id = "sms"
    kind = "sms"
    meaning = "Confirmation code"
    phone = "phone"
    makes = "application_number"

    [[stages]]
    id = "end"
    kind = "end"
    meaning = "Booked"
    shows = "application_number"
"""


def staged_form(tmp_path, text=STAGED):
    return read_spec(write_spec(tmp_path, text, name="booking"))


def test_a_staged_spec_reads_into_stages_and_the_way_through_follows_the_answers(tmp_path):
    form = staged_form(tmp_path)
    assert [stage.kind for stage in form.stages] == ["fields", "fields", "sms", "end"]
    assert [field.id for field in form.fields] == ["for_whom", "phone", "nationality"]
    assert form.field("nationality").stage == "other" and form.field("nationality").control == "list"
    assert [stage.id for stage in form.path({"for_whom": "self"})] == ["start", "sms", "end"]
    assert [stage.id for stage in form.path({"for_whom": "other"})] == ["start", "other", "sms", "end"]
    assert (form.button_text, form.stage("sms").makes) == ("Devam Et", "application_number")


@pytest.mark.parametrize(("change", "key", "problem"), [
    (('only_if = "for_whom=other"', 'only_if = "for_whom=other"\nnext = "payment"'), "stages.other.next",
     "'payment', which is not a stage of this form"),
    (('phone = "phone"', 'phone = "mobile"'), "stages.sms.phone", "'mobile', which is not a field of an earlier stage"),
    (('phone = "phone"', 'phone = "for_whom"'), "stages.sms.phone", "'for_whom', which is not a phone field"),
    (('only_if = "for_whom=other"', 'only_if = "whom=other"'), "stages.other.only_if",
     "'whom', which is not a field listed before this one"),
    (('only_if = "for_whom=other"', 'only_if = "for_whom=others"'), "stages.other.only_if",
     "'others' is not an option of 'for_whom'"),
    (('kind = "phone"\n', 'kind = "phone"\nonly_if = "nationality=IR"\n'), "stages.start.fields.phone.only_if",
     "'nationality', which is not a field listed before this one"),
    (('options = [\n  { value = "self", label = "Kendi Adıma", meaning = "For me" },\n'
      '  { value = "other", label = "Başkası Adına Randevu", meaning = "For someone else" },\n]\n', ''),
     "stages.start.fields.for_whom.options", "a choice needs its options"),
    (('kind = "country"\n', 'kind = "country"\noptions = [{ value = "IR", label = "İran", meaning = "Iran" }]\n'),
     "stages.other.fields.nationality.options", "only a choice lists them"),
    (('only_if = "for_whom=other"', 'only_if = "for_whom=other"\nnext = "start"'), "stages.other.next",
     "the stages go round in a loop: start → other → start"),
    (('kind = "sms"', 'kind = "payment"'), "stages.sms.kind", "unknown stage kind 'payment'"),
    (('kind = "end"\n', 'kind = "review"\n'), "stages.end.shows", "review stages have no shows"),
    (('[[stages]]\nid = "end"\nkind = "end"\nmeaning = "Booked"\nshows = "application_number"\n', ''),
     "stages.sms", "the form ends here without an end stage"),
    (('kind = "choice"\n', 'kind = "choice"\ndisplay = "list"\n'), "stages.start.fields.for_whom.display",
     "a choice is shown as one of: radios, select"),
    (('makes = "application_number"', 'makes = "application_number"\nbutton = { text = "Onayla", meaning = "Confirm", '
      'colour = "#000000", colour_name = "black" }'), "stages.sms.button", "sms stages have no button"),
    (('makes = "application_number"', 'makes = "receipt"'), "stages.sms.makes", "unknown made value 'receipt'"),
    (('makes = "application_number"', 'message = "Kodunuz hazır"'), "stages.sms.message", "must hold {code}"),
    (('makes = "application_number"', 'message = "Kod: {code} {basvuru}"'), "stages.sms.message",
     "{basvuru} is not filled in"),
    (('makes = "application_number"\n', ''), "stages.end.shows", "no stage before this one makes 'application_number'"),
    (('id = "start"\nmeaning', 'id = "start"\nonly_if = "for_whom=other"\nmeaning'), "stages.start.only_if",
     "not a field listed before"),
    (('id = "other"', 'id = "start"'), "stages[1].id", "'start' is already the id of a stage"),
    (('meaning = "The other person"\n', ''), "stages.other.meaning", "is missing"),
    (('section = "today"\n', ''), "section", "is missing"),
    (('[[stages.fields]]\nid = "nationality"', '[[stages.fieldz]]\nid = "nationality"'), "stages[1].fieldz",
     "unknown key"),
])
def test_a_broken_staged_spec_stops_with_its_file_and_key(tmp_path, change, key, problem):
    old, new = change
    text = textwrap.dedent(STAGED)
    assert old in text, old
    with pytest.raises(SpecError) as caught:
        staged_form(tmp_path, text.replace(old, new, 1))
    message = str(caught.value)
    assert message.startswith(f"booking.toml: {key}: "), message
    assert problem in message


@pytest.mark.parametrize(("change", "key", "problem"), [
    (('kind = "phone"\n', 'kind = "phone"\nportal_format = "dotted"\n'), "stages.start.fields.phone.portal_format",
     "a phone is written in one of these other ways: without_zero"),
    (('kind = "country"\n', 'kind = "country"\nrefers_to = "application_number"\n'),
     "stages.other.fields.nationality.refers_to", "only a reference refers to a value made earlier"),
    (('kind = "country"\n', 'kind = "reference"\nexample = "3213-21-3123123"\n'),
     "stages.other.fields.nationality.refers_to", "is missing"),
    (('kind = "country"\n', 'kind = "reference"\nrefers_to = "receipt"\n'),
     "stages.other.fields.nationality.refers_to", "unknown made value 'receipt'"),
    (('shows = "application_number"', 'shows = "application_number"\nnext = "start"'), "stages.end.button",
     "an end's way on needs the button that opens it"),
    (('shows = "application_number"', 'shows = "application_number"\nprints = ["phone"]'), "stages.end.prints",
     "only an end whose button prints"),
    (('shows = "application_number"', 'shows = "application_number"\nprints = ["email"]\n[stages.button]\ntext = "Yazdır"\n'
      'meaning = "Print"\ncolour = "#1d4f91"\ncolour_name = "blue"'), "stages.end.prints",
     "'email', which is not a field of an earlier stage"),
    (('meaning = "The other person"\n', 'meaning = "The other person"\nprints = ["phone"]\n'), "stages.other.prints",
     "fields stages have no prints"),
    (('section = "today"\n', 'section = "today"\nlenient = "yes"\n'), "lenient", "true or false"),
    (('section = "today"\n', 'section = "today"\n[rules]\n"name.spelling" = { confidence = "several" }\n'),
     "rules.name.spelling", "not the code of a rule"),
    (('section = "today"\n', 'section = "today"\n[rules]\n"date.format" = { confidence = "several", seen = "Nov 2026" }\n'),
     "rules.date.format.seen", "the year and month"),
    (('kind = "country"\n', 'kind = "country"\nseen = "2026"\n'), "stages.other.fields.nationality.seen",
     "the year and month"),
])
def test_the_keys_of_the_forms_of_today_are_checked_too(tmp_path, change, key, problem):
    old, new = change
    text = textwrap.dedent(STAGED)
    assert old in text, old
    with pytest.raises(SpecError) as caught:
        staged_form(tmp_path, text.replace(old, new, 1))
    message = str(caught.value)
    assert message.startswith(f"booking.toml: {key}: "), message
    assert problem in message


def test_an_end_may_offer_a_way_on_a_review_may_hold_statements_a_screen_may_be_only_its_button(tmp_path):
    text = textwrap.dedent(STAGED).replace('shows = "application_number"\n', 'shows = "application_number"\n'
        'says = "Booked: nothing was sent"\nnext = "again"\n[stages.button]\ntext = "Devam Eden Başvuru"\n'
        'meaning = "Continue an application"\ncolour = "#1d4f91"\ncolour_name = "blue"\n'
        '[[stages]]\nid = "again"\nmeaning = "Again"\n[stages.button]\ntext = "Devam Et"\nmeaning = "Continue"\n'
        'colour = "#1d4f91"\ncolour_name = "blue"\n[[stages]]\nid = "check"\nkind = "review"\nmeaning = "Check"\n'
        '[[stages.fields]]\nid = "notice"\nkind = "statement"\nrequired = true\ntext = "İptal edilemez."\n'
        'meaning = "It cannot be cancelled."\nwhen_empty = "Tick the box"\n'
        '[[stages]]\nid = "last"\nkind = "end"\nmeaning = "Done"\n')
    form = staged_form(tmp_path, text)
    end = form.stage("end")
    assert end.says == "Booked: nothing was sent" and form.way_on(end).id == "again"
    assert form.after(end, {}) is None, "the way through ends at an end; its way on is the person's choice"
    assert form.stage("again").fields == () and form.stage("check").fields[0].control == "statement"
    assert [stage.id for stage in form.path({"for_whom": "self"})] == ["start", "sms", "end"]


@not_in_pyodide
def test_importing_the_package_reads_no_file():
    # A fresh interpreter: what this one has imported and read would hide it.
    code = ("import simulator, simulator.browser, simulator.data_files as d, simulator.messages as m;"
            "assert not d.known, d.known; assert m.languages.cache_info().currsize == 0")
    subprocess.run([sys.executable, "-c", code], check=True)
