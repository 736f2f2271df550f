"""The practice form's new controls as the build renders them (overrides/plugins/guide_site/pages/practice_controls.py):
each group keeps the practice form's conventions, in every language, before any script runs."""

import json
import re
from html.parser import HTMLParser

import pytest

from guide_site.pages import practice_controls

from simulator import kinds, messages
from simulator.choices import provinces
from simulator.form_model import Condition, Field

from .conftest import LANGUAGES, site_say



class Elements(HTMLParser):
    """Every element of a piece of HTML as (tag, attributes, text inside it up to the next element)."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict, list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {name: value or "" for name, value in attrs}, []))

    def handle_data(self, data):
        if self.found:
            self.found[-1][2].append(data)

    def all(self, tag: str, **wanted: str) -> list[dict]:
        return [attributes for found, attributes, _ in self.found
                if found == tag and all(attributes.get(name.rstrip("_").replace("_", "-")) == value for name, value in wanted.items())]

    def one(self, tag: str, **wanted: str) -> dict:
        matches = self.all(tag, **wanted)
        assert len(matches) == 1, f"{len(matches)} <{tag}> with {wanted}"
        return matches[0]

    def text_of(self, tag: str, **wanted: str) -> str:
        for found, attributes, text in self.found:
            if found == tag and all(attributes.get(name.rstrip("_").replace("_", "-")) == value for name, value in wanted.items()):
                return "".join(text)
        raise AssertionError(f"no <{tag}> with {wanted}")


def field(**details) -> Field:
    defaults = {"id": "nationality", "label": "Uyruk", "kind": "country", "meaning": "Nationality", "noun": "nationality",
                "required": True, "control": "list"}
    return Field(**(defaults | details))


def words_of(html: str, field_id: str) -> dict:
    start = html.index(f'id="words-{field_id}">') + len(f'id="words-{field_id}">')
    return json.loads(html[start:html.index("</script>", start)])


def assert_group_conventions(html: str, field_id: str, lang: str) -> Elements:
    """What every field group of the practice form has, whatever its control."""
    page = Elements(html)
    for slot in ("hint", "error", "warning", "confidence"):
        slot_element = page.one("p", id=f"{slot}-{field_id}")
        assert slot_element["lang"] == lang
    assert page.all("bdi", lang="tr"), "the portal's Turkish label"
    for control in page.all("input") + page.all("select"):
        if control.get("type") != "radio":
            assert "name" not in control, control
        assert control.get("autocomplete", "off") == "off"
    assert '<script>' not in html
    return page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_country_list_is_a_select_of_iso_codes_with_the_turkish_name_and_its_meaning(lang):
    html = practice_controls.country_list(field(), lang)
    page = assert_group_conventions(html, "nationality", lang)
    group = page.one("div", id="group-nationality")
    assert group["data-control"] == "country-list"
    select = page.one("select", id="f-nationality")
    assert select["data-field"] == "nationality"
    iran = page.one("option", value="IR")
    assert iran["data-text"] == "İran"
    assert iran["data-also"] == "Iran"
    assert iran["data-meaning"] == {"en": "Iran", "ar": "إيران", "fa": "ایران", "tr": "İran"}[lang]
    codes = [option["value"] for option in page.all("option")][1:]
    assert codes == [code for code, _ in kinds.options_of(field())]
    assert len(codes) == 250 and all(len(code) == 2 for code in codes) and not {"EU", "UN", "ZZ"} & set(codes)
    assert words_of(html, "nationality")["controls.list.results"] == site_say("controls.list.results", lang, count="{count}")


def test_a_country_list_shows_the_meaning_beside_the_turkish_name_without_javascript():
    page = Elements(practice_controls.country_list(field(), "fa"))
    assert page.text_of("option", value="IR") == "İran \u2014 ایران"
    assert page.text_of("option", value="AF") == "Afganistan \u2014 افغانستان"


def test_a_list_the_spec_displays_as_a_select_stays_a_plain_select():
    html = practice_controls.country_list(field(control="select"), "ar")
    page = Elements(html)
    assert "data-control" not in page.one("div", id="group-nationality")
    assert page.one("select", id="f-nationality")["data-field"] == "nationality"
    assert "words-nationality" not in html


def test_a_province_list_offers_the_81_provinces_by_plate_code():
    html = practice_controls.country_list(field(id="province", label="İl", kind="province", meaning="Province",
                                                noun="province"), "ar")
    page = Elements(html)
    options = page.all("option")[1:]
    assert len(options) == 81 == len(provinces())
    ankara = page.one("option", value="06")
    assert (ankara["data-text"], ankara["data-meaning"], ankara["data-also"]) == ("06 Ankara", "أنقرة", "6|Ankara")


PROVINCE = dict(id="province", label="İl", kind="province", meaning="Province", noun="province")
ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff\u200c ]+$")


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_every_province_has_its_name_in_arabic_and_persian(lang):
    names = practice_controls.province_names(lang)
    assert list(names) == [plate for plate, _ in provinces()], "the 81 plate codes, in order, none missing or extra"
    for plate, spellings in names.items():
        assert spellings and all(ARABIC_SCRIPT.match(name) for name in spellings), (plate, spellings)
        assert len(set(spellings)) == len(spellings), (plate, spellings)
        # CLDR's names carry the kind of province; the page shows the name alone.
        assert not spellings[0].startswith(("محافظة ", "ولاية ", "استان ")), (plate, spellings)


@pytest.mark.parametrize("lang, shown", [
    ("ar", {"31": "31 Hatay \u2014 هاتاي", "63": "63 Şanlıurfa \u2014 شانلي أورفا", "27": "27 Gaziantep \u2014 غازي عنتاب",
            "46": "46 Kahramanmaraş \u2014 كهرمان مرعش"}),
    ("fa", {"31": "31 Hatay \u2014 هاتای", "34": "34 İstanbul \u2014 استانبول"}),
    ("en", {"31": "31 Hatay", "34": "34 İstanbul"}),
    ("tr", {"31": "31 Hatay", "63": "63 Şanlıurfa"}),
])
def test_a_province_shows_its_name_in_the_readers_language_where_it_differs(lang, shown):
    page = Elements(practice_controls.country_list(field(**PROVINCE, control="list"), lang))
    for plate, text in shown.items():
        assert page.text_of("option", value=plate) == text


@pytest.mark.parametrize("lang, city", [("ar", "إسطنبول"), ("fa", "استانبول"), ("en", "İstanbul"), ("tr", "İstanbul")])
def test_a_city_with_its_own_form_has_a_note_shown_when_it_is_chosen(lang, city):
    page = Elements(practice_controls.country_list(field(**PROVINCE, control="list"), lang))
    notes = page.all("p", class_="practice-note")
    assert {note["data-only-if-value"] for note in notes} == {"34", "27", "07"}, "İstanbul, Gaziantep, Antalya"
    assert all(note["data-only-if"] == "province" and "hidden" in note and note["lang"] == lang for note in notes)
    assert {link["href"] for link in page.all("a")} == {"../../istanbul/practice/", "../../gaziantep/practice/",
                                                         "../../antalya/practice/"}
    istanbul = page.one("p", class_="practice-note", data_only_if_value="34")
    assert city in page.text_of("p", class_="practice-note", data_only_if_value="34"), istanbul


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_short_choice_is_radios_or_a_select_as_the_spec_says(lang):
    choice = field(id="for_whom", label="Randevu Kimin İçin", kind="choice", meaning="Who the appointment is for",
                   noun="choice", options=(("self", "Kendim"), ("other", "Başkası Adına")),
                   option_meanings=("For me", "For someone else"), control="radios")
    radios = assert_group_conventions(practice_controls.short_choice(choice, lang), "for_whom", lang)
    assert [radio["value"] for radio in radios.all("input", type="radio")] == ["self", "other"]
    assert {radio["name"] for radio in radios.all("input", type="radio")} == {"for_whom"}
    assert radios.one("fieldset", id="group-for_whom")
    select = Elements(practice_controls.short_choice(choice.__class__(**{**choice.__dict__, "control": "select"}), lang))
    assert select.one("select", id="f-for_whom")["data-field"] == "for_whom"
    assert [option["value"] for option in select.all("option")] == ["", "self", "other"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_day_choice_says_its_days_are_simulated_and_waits_for_them(lang):
    slot = field(id="slot", label="Tarih Seçimi", kind="slot", meaning="Choose a date", noun="date", control="slot")
    html = practice_controls.day_choice(slot, lang)
    page = assert_group_conventions(html, "slot", lang)
    group = page.one("fieldset", id="group-slot")
    assert group["data-control"] == "day-choice"
    assert "simulated-slot" in group["aria-describedby"].split()
    assert page.text_of("p", id="simulated-slot") == messages.translate(messages.PAGE_WORDS["slot.simulated"], lang)
    assert page.one("div", data_days="") is not None
    # The engine's words for what its messages name ("slot.taken"), the site's for the rest.
    assert set(words_of(html, "slot")) >= {"slot.full_day", "slot.taken", "slot.choose_day", "controls.days.failed"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_picture_code_has_a_picture_a_new_picture_button_a_note_naming_157_and_its_box(lang):
    code = field(id="captcha", label="Güvenlik Kodu", kind="picture_code", meaning="Security code",
                 noun="security code", control="picture", max_length=20)
    html = practice_controls.picture_code(code, lang)
    page = assert_group_conventions(html, "captcha", lang)
    assert page.one("div", id="group-captcha")["data-control"] == "picture-code"
    canvas = page.one("canvas", data_picture="")
    assert canvas["role"] == "img" and canvas["aria-label"] == site_say("controls.picture.waiting", lang)
    assert page.one("button", data_new_picture="")["type"] == "button"
    # The button's words are those the engine's "wrong code" message tells the person to choose.
    assert messages.text("picture.new", lang) in html.split("data-new-picture>")[1].split("</button>")[0]
    assert messages.text("picture.new", lang) in messages.text("picture.wrong", lang)
    assert "{characters}" in words_of(html, "captcha")["picture.alt"]
    assert "157" in page.text_of("p", class_="practice-picture__note")
    box = page.one("input", id="f-captcha")
    assert (box["data-field"], box["maxlength"], box["autocapitalize"]) == ("captcha", "20", "characters")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_statement_shows_the_turkish_text_with_what_it_says_and_a_tick_box(lang):
    text = "Randevu onaylandıktan sonra iptal edilemez."
    statement = field(id="info", label="Okudum, anladım", kind="statement", meaning="Information text",
                      text=text, control="statement", tickable=True, only_if=Condition("for_whom", "other"))
    html = practice_controls.statement(statement, lang)
    page = assert_group_conventions(html, "info", lang)
    group = page.one("div", id="group-info")
    assert (group["data-only-if"], group["data-only-if-value"], "hidden" in group) == ("for_whom", "other", True)
    assert page.text_of("p", lang="tr") == text
    box = page.one("input", id="f-info")
    assert box["type"] == "checkbox" and "text-info" in box["aria-describedby"].split()
    if lang != "tr":
        assert site_say("controls.statement.meaning", lang) in html


def test_spec_text_is_escaped_never_read_as_html():
    statement = field(id="info", label="Okudum, anladım", kind="statement", meaning="Information text",
                      text='<img src=x onerror="alert(1)">', control="statement", tickable=True)
    html = practice_controls.statement(statement, "en")
    assert "<img" not in html and "&lt;img" in html
