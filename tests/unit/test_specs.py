"""The form specs agree with the seed, with each other and with the catalogues."""

import pytest

import simulator
from simulator import messages
from simulator.choices import provinces
from simulator.forms import FORM_IDS, load

from .answers import TODAY

SEED_LABELS = {
    "istanbul": {"first_name": "Ad", "last_name": "Soyad", "id_number": "TC Kimlik No/ YKN", "birth_date": "Doğum Tarihi",
                 "email": "Mail Adresi", "card_number": "Kart Numarası", "phone": "Telefon Numarası", "hes_code": "Hes Kodu",
                 "use_passport": "Yabancı Pasaport Numarası ile işlem yapmak istiyorum"},
    "gaziantep": {"card_number": "Kart numarası", "phone": "Telefon numarası", "hes_code": "Hes kodu"},
}
BUTTONS = {"istanbul": ("Kaydet", "yellow"), "gaziantep": ("Tanımla", "green"), "antalya": ("Tanımla", "green"),
           "national": ("NEXT", "blue")}


@pytest.mark.parametrize("form_id", SEED_LABELS)
def test_labels_are_the_seeds_turkish_words(form_id):
    form = load(form_id)
    for field_id, label in SEED_LABELS[form_id].items():
        assert form.field(field_id).label == label


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_buttons_have_the_seeds_text_and_colour(form_id):
    form = load(form_id)
    assert (form.button_text, form.button_colour) == BUTTONS[form_id]


def test_national_form_offers_the_seeds_two_identity_types_and_81_provinces():
    assert load("national").field("citizenship").options == (("tc", "TC Vatandaşı"), ("other", "Diğer"))
    assert len(provinces()) == 81
    assert provinces()[0] == ("01", "Adana") and provinces()[-1] == ("81", "Düzce")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_conditions_only_read_fields_listed_before(form_id):
    seen = set()
    for field in load(form_id).fields:
        for condition in (field.only_if, field.unless, field.foreigner_if, field.citizen_if):
            if condition:
                assert condition.field in seen, f"{field.id} depends on {condition.field}, listed later"
        seen.add(field.id)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_field_has_words_in_the_catalogue(form_id):
    for field in load(form_id).fields:
        assert field.id in messages.MEANINGS and field.id in messages.HINTS
        assert field.tickable and not field.required or field.id in messages.REQUIRED
    assert load(form_id).button_text in messages.MEANINGS


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_example_in_a_spec_passes_its_own_field(form_id):
    form = load(form_id)
    for field in form.fields:
        if field.example:
            result = simulator.validate(form_id, {field.id: field.example}, today=TODAY)
            assert field.id not in result.errors, (field.id, field.example)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_steps_point_at_fields_of_the_form(form_id):
    form = load(form_id)
    ids = {field.id for field in form.fields} | {"button"}
    assert [step.id for step in form.steps][0] == "open" and form.steps[-1].id == "confirm"
    for step in form.steps:
        assert set(step.fields) <= ids


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_rule_says_how_sure_we_are(form_id):
    for field in load(form_id).fields:
        assert field.confidence in {"confirmed", "several", "single", "inferred", "unknown"}
