"""The forms of today, e-İkamet and the migration office's appointments, practised end to end through
simulator.browser.handle as the page's worker calls it, in every language, with the mistakes real people make."""

import json
import re

import pytest

from simulator import browser, messages

from .answers import TODAY

TODAY_TEXT = TODAY.isoformat()
LANGUAGES = messages.LANGUAGES


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch):
    monkeypatch.setattr(browser, "session", browser.Session(new_code=lambda: "123456", new_picture=lambda: "K7M2X9PQ"))


def handle(**request):
    return json.loads(browser.handle(json.dumps(request)))


def check(form, stage, answers, lang):
    return handle(type="check", form=form, stage=stage, answers=answers, lang=lang, today=TODAY_TEXT)


def refused(form, stage, answers, lang):
    answer = check(form, stage, answers, lang)
    assert not answer["ok"]
    return answer["error_codes"]


def passes(form, stage, answers, lang):
    answer = check(form, stage, answers, lang)
    assert answer["ok"], answer["errors"]
    return answer


ON_KAYIT = {"first_name": "Ahmad", "last_name": "Hosseini", "birth_date": "05.03.1990", "father_name": "Reza",
            "mother_name": "Maryam", "nationality": "İran", "home_id_number": "", "document_type": "passport",
            "passport_number": "K12345678", "email": "ahmad@example.com", "phone": "5321234567",
            "security_code": "k7m2 x9pq", "consent": "on"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_eikamet_first_application_to_its_number_and_the_continue_login_that_takes_it(lang):
    handle(type="describe", form="eikamet", lang=lang, today=TODAY_TEXT)
    assert refused("eikamet", "start", {}, lang) == {"purpose": "required"}
    answers = {"purpose": "first"}
    assert passes("eikamet", "start", answers, lang)["next"] == "new_application"
    assert passes("eikamet", "new_application", answers, lang)["next"] == "pre_registration"

    handle(type="picture", form="eikamet", field="security_code", lang=lang)
    # A name in Arabic letters, a wrong picture code: refused, each with how to fix it.
    mistakes = answers | ON_KAYIT | {"first_name": "احمد", "security_code": "K7M2X9PA"}
    assert refused("eikamet", "pre_registration", mistakes, lang) == {"first_name": "script.arabic",
                                                                      "security_code": "picture.wrong"}
    # Persian digits and the 0 in front: taken, with what the real site's examples show.
    answers |= ON_KAYIT | {"phone": "۰۵۳۲ ۱۲۳ ۴۵ ۶۷", "consent": ""}
    taken = passes("eikamet", "pre_registration", answers, lang)
    assert taken["warning_codes"]["phone"] == "forgiven.digits" and "5321234567" in taken["warnings"]["phone"]
    # The consent box rests on one source: left empty, it warns and never refuses.
    assert taken["warning_codes"]["consent"] == "required" and taken["confidence"]["consent"] == "single"
    assert taken["next"] == "sms"

    sent = handle(type="send", form="eikamet", stage="sms", answers=answers, lang=lang)
    number = sent["made"]["application_number"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{7}", number) and number in sent["sms"]
    assert handle(type="confirm", code="12345", lang=lang)["outcome"] == "format"
    confirmed = handle(type="confirm", code="۱۲۳۴۵۶", lang=lang, form="eikamet", stage="sms", answers=answers)
    assert confirmed["next"] == "first_end" and confirmed["shows"]["value"] == number
    assert confirmed["says"] == messages.translate(load_says("eikamet", "first_end"), lang)
    assert confirmed["message"] == messages.text("code.accepted_end", lang)
    # The helper sheet lists the number with the answers, under the portal's Turkish label.
    review = handle(type="review", form="eikamet", answers=answers, lang=lang, today=TODAY_TEXT)
    assert review["made"] == [{"stage": "sms", "name": "application_number", "label": "Başvuru No",
                               "meaning": messages.translate("Application number", lang), "answer": number}]

    # From the end, the way on to the continue login, which takes the number made on this page.
    assert check("eikamet", "first_end", answers, lang)["next"] == "continue_form"
    handle(type="picture", form="eikamet", field="continue_code", lang=lang)
    login = {"application_number": number.replace("-", ""), "contact_by": "phone", "continue_phone": "0532 123 45 67",
             "identity_by": "passport", "continue_passport": "k12345678", "continue_code": "K7M2X9PQ"}
    assert refused("eikamet", "continue_form", answers | login | {"application_number": "3213-21-31"}, lang) == {
        "application_number": "reference.format"}
    done = passes("eikamet", "continue_form", answers | login, lang)
    assert done["values"]["application_number"] == number and "application_number" not in done["warnings"]
    assert done["warning_codes"]["continue_phone"] == "forgiven.portal_format"
    # The number typed in Persian digits is taken, with what to type on the real site instead.
    persian = passes("eikamet", "continue_form",
                     answers | login | {"application_number": number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))}, lang)
    assert persian["values"]["application_number"] == number
    assert persian["warning_codes"]["application_number"] == "forgiven.digits"
    other = passes("eikamet", "continue_form", answers | login | {"application_number": "3213-21-3123123"}, lang)
    assert other["warning_codes"]["application_number"] == "reference.not_made"
    assert done["next"] == "continue_end" and done["says"]


def load_says(form_id, stage_id):
    from simulator.forms import load
    return load(form_id).stage(stage_id).says


@pytest.mark.parametrize("lang", LANGUAGES)
def test_eikamet_continue_login_from_the_start_choice_and_the_ends_of_what_it_does_not_cover(lang):
    handle(type="describe", form="eikamet", lang=lang, today=TODAY_TEXT)
    assert passes("eikamet", "start", {"purpose": "Devam Eden Başvuru"}, lang)["next"] == "continue_form"
    handle(type="picture", form="eikamet", field="continue_code", lang=lang)
    login = {"purpose": "continue", "application_number": "٣٢١٣-٢١-٣١٢٣١٢٣", "contact_by": "email",
             "continue_email": "ahmad@example.com", "identity_by": "foreigner_id", "foreigner_id": "9912345674",
             "continue_code": "K7M2X9PQ"}
    assert refused("eikamet", "continue_form", login, lang) == {"foreigner_id": "kimlik.length"}
    login["foreigner_id"] = "99123456740"
    answer = passes("eikamet", "continue_form", login, lang)
    assert answer["warning_codes"]["application_number"] == "reference.none_made"
    assert handle(type="review", form="eikamet", answers=login, lang=lang, today=TODAY_TEXT)["made"] == []
    for purpose, end in (("extension", "extension_end"), ("change", "change_end")):
        reached = passes("eikamet", "start", {"purpose": purpose}, lang)
        assert reached["next"] == end and reached["says"] == messages.translate(load_says("eikamet", end), lang)
        assert check("eikamet", end, {"purpose": purpose}, lang)["next"] == "continue_form"


REGISTRATION = {"document_type": "foreigner_id", "foreigner_id": "99123456740", "phone": "0532 123 45 67",
                "email": "ahmad@example.com", "fixed_contact": "on"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_randevu_registration_booking_for_a_child_to_the_print_of_randevularim(lang):
    described = handle(type="describe", form="randevu", lang=lang, today=TODAY_TEXT)
    days = described["options"]["appointment"]
    slot = next(f"{day['value']}T{time['time']}" for day in days for time in day["times"] if time["free"])

    # Persian digits in the phone are taken with a warning; a Syrian number is refused.
    answers = dict(REGISTRATION) | {"phone": "۰۵۳۲ ۱۲۳ ۴۵ ۶۷"}
    assert passes("randevu", "register", answers, lang)["warning_codes"]["phone"] == "forgiven.digits"
    assert refused("randevu", "register", answers | {"phone": "+963 944 123 456"}, lang) == {"phone": "phone.foreign"}

    # Booking for someone else opens their fields; which ones is not sourced: a missing one only warns.
    answers["for_someone_else"] = "on"
    child = passes("randevu", "person", answers, lang)
    assert child["warning_codes"] == {"other_first_name": "required", "other_last_name": "required",
                                      "other_id": "required"}
    assert set(child["confidence"].values()) == {"unknown"}
    answers |= {"other_first_name": "Sara", "other_last_name": "Hosseini", "other_id": "99123456740"}
    assert refused("randevu", "person", answers | {"other_first_name": "سارا"}, lang) == {"other_first_name": "script.arabic"}
    assert passes("randevu", "person", answers, lang)["next"] == "reason"

    assert refused("randevu", "reason", answers, lang) == {"reason": "required"}
    answers["reason"] = "İkamet İzinli Yabancı - Adres Tescili"
    assert passes("randevu", "reason", answers, lang)["values"]["reason"] == "address"
    assert passes("randevu", "linked", answers, lang)["next"] == "day"

    assert refused("randevu", "day", answers, lang) == {"appointment": "required"}
    assert refused("randevu", "day", answers | {"appointment": "2021-01-16T09:00"}, lang) == {"appointment": "slot.not_offered"}
    answers["appointment"] = slot
    assert passes("randevu", "day", answers, lang)["next"] == "confirm"

    items = handle(type="review", form="randevu", answers=answers, lang=lang, today=TODAY_TEXT)["items"]
    reviewed = {item["field"]: item["answer"] for item in items}
    assert reviewed["reason"] == "İkamet İzinli Yabancı - Adres Tescili" and reviewed["phone"] == "05321234567"
    # The no-cancel and 30-day rules stand beside Randevu Onayla: unticked, the booking is not confirmed.
    assert refused("randevu", "confirm", answers, lang) == {"no_cancel": "required", "thirty_days": "required"}
    answers |= {"no_cancel": "on", "thirty_days": "on"}
    assert passes("randevu", "confirm", answers, lang)["next"] == "sms"

    handle(type="send", form="randevu", stage="sms", answers=answers, lang=lang)
    assert handle(type="confirm", code="000000", lang=lang)["outcome"] == "wrong"
    end = handle(type="confirm", code="123456", lang=lang, form="randevu", stage="sms", answers=answers)
    assert end["outcome"] == "confirmed" and end["next"] == "end"
    assert "Randevularım" in end["says"] and "Yazdır" in end["says"]
    assert check("randevu", "end", answers, lang)["next"] is None, "Yazdır prints: no stage after the end"


def test_every_word_of_the_forms_of_today_reads_in_each_language():
    from simulator.forms import load
    for form_id in ("eikamet", "randevu"):
        for stage in load(form_id).stages:
            for text in (stage.meaning, stage.says, *(f.meaning for f in stage.fields), *(f.hint for f in stage.fields)):
                for lang in ("ar", "fa", "tr"):
                    assert not text or messages.translate(text, lang) != text, (form_id, text, lang)


def test_a_lenient_form_warns_of_a_weak_rule_and_a_strict_one_refuses_as_before():
    import simulator
    from simulator.forms import load

    from .answers import VALID, shown
    # The HES consent rests on an inference and still refuses, as it always did.
    hes = simulator.validate("gaziantep", VALID["gaziantep"] | {"consent_1": ""}, today=TODAY)
    assert hes.error_codes == {"consent_1": "required"}
    # e-İkamet: the passport length is a guess (inferred): taken as typed, with a warning and its confidence.
    form = load("eikamet")
    answers = VALID["eikamet"] | {"passport_number": "K1"}
    lenient = simulator.validate("eikamet", answers, today=TODAY, shown=shown(form))
    assert lenient.ok and lenient.warning_codes["passport_number"] == "passport.length"
    assert lenient.values["passport_number"] == "K1" and lenient.confidence["passport_number"] == "inferred"
    # Its own sources make the date format "several": a date it cannot read is refused there.
    dated = simulator.validate("eikamet", VALID["eikamet"] | {"birth_date": "March 1990"}, today=TODAY, shown=shown(form))
    assert dated.error_codes == {"birth_date": "date.format"} and dated.confidence["birth_date"] == "several"
    # The page's own length cap refuses even on a lenient form.
    long = simulator.validate("eikamet", VALID["eikamet"] | {"home_id_number": "1" * 31}, today=TODAY, shown=shown(form))
    assert long.error_codes == {"home_id_number": "field.too_long"}


def test_uyruk_kimlik_no_may_be_left_empty_and_is_taken_in_any_shape():
    import simulator
    from simulator.forms import load

    from .answers import VALID, shown
    form = load("eikamet")
    for typed, value in (("", None), ("۰۰۱۲۳۴۵۶۷۸", "0012345678"), ("ab 12-34", "AB 12-34")):
        result = simulator.validate("eikamet", VALID["eikamet"] | {"home_id_number": typed}, today=TODAY, shown=shown(form))
        assert result.ok and result.values.get("home_id_number") == value


# The Solar Hijri date an Iranian types, and what each language says to write instead, the likelier reading first.
SHAMSI_BIRTH_DATE = "۱۳۶۹/۰۲/۲۷"
GREGORIAN_READINGS = {"fa": ("17.05.1990", "19.12.1949"), "en": ("17.05.1990", "19.12.1949"),
                      "tr": ("17.05.1990", "19.12.1949"), "ar": ("19.12.1949", "17.05.1990")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_solar_hijri_birth_date_is_answered_with_the_gregorian_date_to_type(lang):
    import simulator
    from simulator.forms import load

    from .answers import VALID, shown
    likelier, other = GREGORIAN_READINGS[lang]
    # e-İkamet is lenient and the 120-year rule a guess: a warning, which says what to type.
    lenient = simulator.validate("eikamet", VALID["eikamet"] | {"birth_date": SHAMSI_BIRTH_DATE}, lang,
                                 today=TODAY, shown=shown(load("eikamet")))
    assert lenient.ok and lenient.warning_codes["birth_date"] == "date.too_old"
    words = lenient.warnings["birth_date"]
    assert 0 <= words.index(likelier) < words.index(other), words
    assert words == messages.calendar_text((("solar_hijri", "1990-05-17"), ("lunar_hijri", "1949-12-19")),
                                           "persian", lang)
    assert "120" not in words
    # The İstanbul form refuses as it did, in the words of the conversion.
    strict = simulator.validate("istanbul", VALID["istanbul"] | {"birth_date": SHAMSI_BIRTH_DATE}, lang, today=TODAY)
    assert strict.error_codes["birth_date"] == "date.too_old"
    assert strict.errors["birth_date"] == words


def test_the_words_of_a_date_of_another_calendar_name_each_calendar_in_each_language():
    both = (("solar_hijri", "1990-05-17"), ("lunar_hijri", "1949-12-19"))
    assert messages.calendar_text(both, "ascii", "fa").startswith("به نظر می‌رسد این تاریخ هجری شمسی")
    assert messages.calendar_text(both, "ascii", "ar").startswith("يبدو أن هذا التاريخ بالتقويم الهجري القمري")
    # On a page of neither language, the digits typed tell which is likelier.
    assert messages.calendar_text(both, "arabic", "tr").startswith("Bu, Hicri Kameri ya da Hicri Şemsi")
    assert messages.calendar_text(both, "persian", "tr").startswith("Bu, Hicri Şemsi ya da Hicri Kameri")
    lunar = messages.calendar_text((("lunar_hijri", "1990-01-13"),), "arabic", "ar")
    assert "13.01.1990" in lunar and "تقريبًا" in lunar and "الميلادي" in lunar
    solar = messages.calendar_text((("solar_hijri", "1990-05-17"),), "persian", "en")
    assert solar == "This looks like a Solar Hijri (Shamsi) date. The site uses the Gregorian calendar: write 17.05.1990"
