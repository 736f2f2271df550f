"""Each validator: what the portal took, what it refused and why, and how people type."""

import importlib
import pkgutil

import pytest

import simulator
from simulator import card, dates, email, hes, kimlik, names, passport, phone
from simulator.errors import ValidationError

from .answers import TODAY


def refusal(validate, value, **kwargs) -> str:
    with pytest.raises(ValidationError) as caught:
        validate(value, **kwargs)
    return caught.value.code


@pytest.mark.parametrize("number", ["10000000146", "10000000078", "17291716060", "12345678950",
                                    "99000000042", "99123456740", "98123456750"])
def test_kimlik_accepts_numbers_passing_the_checksum(number):
    assert kimlik.validate(number) == number
    assert kimlik.doubts(number) == ()


@pytest.mark.parametrize("typed", ["100 000 001 46", "100-000-001-46", "١٠٠٠٠٠٠٠١٤٦", "۱۰۰۰۰۰۰۰۱۴۶", "\u200f10000000146\u200e"])
def test_kimlik_takes_numbers_as_people_type_them(typed):
    assert kimlik.validate(typed) == "10000000146"


@pytest.mark.parametrize(("number", "code"), [
    ("17291716050", "kimlik.checksum"),
    ("10000000079", "kimlik.checksum"),
    ("1729171606", "kimlik.length"),
    ("172917160600", "kimlik.length"),
    ("07291716092", "kimlik.leading_zero"),
    ("1000000014a", "kimlik.not_digits"),
    ("١٠٠٠٠٠٠٠١٤٧", "kimlik.checksum"),
])
def test_kimlik_refuses_with_the_reason(number, code):
    assert refusal(kimlik.validate, number) == code


def test_foreigner_number_failing_the_inferred_checksum_is_only_doubted():
    assert kimlik.validate("99123456789") == "99123456789"
    assert kimlik.doubts("99123456789") == ("kimlik.foreigner_checksum",)
    assert kimlik.is_foreigner_number("97123456789")
    assert not kimlik.is_foreigner_number("10000000146")


@pytest.mark.parametrize(("typed", "expected"), [("n12345678", "N12345678"), ("U 1234 5678", "U12345678"),
                                                 ("N-١٢٣٤٥", "N12345"), ("AB1234567890", "AB1234567890")])
def test_passport_is_upper_cased_and_compacted(typed, expected):
    assert passport.validate(typed) == expected


@pytest.mark.parametrize(("typed", "code"), [("N123", "passport.length"), ("AB12345678901", "passport.length"),
                                             ("ن12345678", "script.arabic"), ("N1234*5678", "passport.characters")])
def test_passport_refusals(typed, code):
    assert refusal(passport.validate, typed) == code


@pytest.mark.parametrize("typed", ["a1b2-3456-78", "A1B2 3456 78", "a1b2345678", "A1B2–3456–78", "A١B٢-٣٤٥٦-٧٨"])
def test_hes_code_is_compacted_and_upper_cased(typed):
    assert hes.validate(typed) == "A1B2345678"
    assert hes.format(typed) == "A1B2-3456-78"


@pytest.mark.parametrize("typed", ["i1b2-3456-7i", "İ1B2-3456-7İ", "ı1b2-3456-7ı", "I1B2-3456-7İ", "i\u03071b2-3456-7ı"])
def test_hes_code_takes_a_turkish_keyboards_i_as_the_latin_letter(typed):
    assert hes.validate(typed) == "I1B234567I"


@pytest.mark.parametrize("typed", ["ı1234567", "İ1234567", "i1234567", "I1234567"])
def test_passport_takes_both_turkish_is_as_the_latin_letter(typed):
    assert passport.validate(typed) == "I1234567"


@pytest.mark.parametrize("typed", ["ı\u0300", "İ\u0307", "ı\u0307\u0300", "i\u0307\u0307"])
def test_codes_compact_turkish_is_and_accents_once_and_for_all(typed):
    for module in (hes, passport):
        once = module.compact(typed)
        assert module.compact(once) == once


@pytest.mark.parametrize(("typed", "code"), [("A1B2-3456-7", "hes.length"), ("A1B2-3456-789", "hes.length"),
                                             ("A1B2-3456-7!", "hes.characters"), ("Ç1B2-3456-78", "hes.characters"),
                                             ("ا1B2-3456-78", "script.arabic")])
def test_hes_code_refusals(typed, code):
    assert refusal(hes.validate, typed) == code


@pytest.mark.parametrize("typed", ["0532 123 45 67", "05321234567", "5321234567", "+90 532 123 45 67",
                                   "0090 532 123 45 67", "90 532 123 45 67", "(0532) 123-45-67",
                                   "٠٥٣٢ ١٢٣ ٤٥ ٦٧", "۰۵۳۲۱۲۳۴۵۶۷", "+٩٠٥٣٢١٢٣٤٥٦٧"])
def test_phone_takes_turkish_mobiles_as_people_write_them(typed):
    assert phone.validate(typed) == "5321234567"
    assert phone.format(phone.validate(typed)) == "05321234567"


@pytest.mark.parametrize(("typed", "code"), [
    ("+963 944 123 456", "phone.foreign"),
    ("00963944123456", "phone.foreign"),
    ("+964 750 123 4567", "phone.foreign"),
    ("+49 151 23456789", "phone.foreign"),
    ("0212 123 45 67", "phone.landline"),
    ("0312 123 45 67", "phone.landline"),
    ("0850 123 45 67", "phone.not_mobile"),
    ("0532 123 45 6", "phone.length"),
    ("0532 123 45 678", "phone.length"),
    ("0532 ABC 45 67", "phone.not_digits"),
])
def test_phone_refuses_numbers_no_sms_could_reach(typed, code):
    assert refusal(phone.validate, typed) == code


def test_phone_outside_the_known_operator_ranges_is_a_warning_not_a_refusal():
    assert phone.validate("0580 123 45 67") == "5801234567"
    assert phone.doubts("0580 123 45 67") == ("phone.unknown_operator",)
    assert phone.doubts("0532 123 45 67") == ()


@pytest.mark.parametrize(("typed", "expected"), [("1234 5678 9012 3456", "1234567890123456"),
                                                 ("12345678", "12345678"), ("١٢٣٤٥٦٧٨٩٠١", "12345678901"),
                                                 ("1234-5678-9012-3456-7890", "12345678901234567890")])
def test_card_numbers_of_8_to_20_digits_pass(typed, expected):
    assert card.validate(typed) == expected


@pytest.mark.parametrize(("typed", "code"), [("1234567", "card.length"), ("123456789012345678901", "card.length"),
                                             ("1234 5678 ABCD", "card.not_digits")])
def test_card_number_refusals(typed, code):
    assert refusal(card.validate, typed) == code


@pytest.mark.parametrize(("typed", "expected"), [("ali@example.com", "ali@example.com"),
                                                 (" Ali.Yilmaz@Example.COM ", "Ali.Yilmaz@example.com"),
                                                 ("a+b@mail.example.com.tr", "a+b@mail.example.com.tr")])
def test_email_addresses_that_pass(typed, expected):
    assert email.validate(typed) == expected


@pytest.mark.parametrize(("typed", "code"), [("ali.example.com", "email.no_at"), ("ali@example", "email.domain"),
                                             ("ali@@example.com", "email.local_part"), ("علي@example.com", "script.arabic"),
                                             ("ali@مثال.com", "script.arabic"),
                                             ("ali@-example.com", "email.domain"),
                                             ("a" * 250 + "@example.com", "email.length")])
def test_email_refusals(typed, code):
    assert refusal(email.validate, typed) == code


def test_email_with_a_misspelt_provider_is_doubted():
    assert email.doubts("ali@gmial.com") == ("email.provider_typo",)
    assert email.doubts("ali@hotmail.con") == ("email.provider_typo",)
    assert email.doubts("ali@gmail.com") == ()
    assert email.doubts("ali@example.org") == ()


@pytest.mark.parametrize("typed", ["05.03.1990", "5.3.1990", "1990-03-05", "05/03/1990", "٠٥.٠٣.١٩٩٠", " 05.03.1990 "])
def test_dates_of_birth_the_turkish_and_the_international_way(typed):
    assert dates.validate(typed, today=TODAY) == "1990-03-05"


@pytest.mark.parametrize(("typed", "code"), [("31.02.1990", "date.impossible"), ("29.02.2019", "date.impossible"),
                                             ("00.01.1990", "date.impossible"), ("11.01.2021", "date.future"),
                                             ("09.01.1901", "date.too_old"), ("1990", "date.format"),
                                             ("March 5, 1990", "date.format")])
def test_date_of_birth_refusals(typed, code):
    assert refusal(dates.validate, typed, today=TODAY) == code


def test_date_of_birth_edges():
    assert dates.validate("29.02.2020", today=TODAY) == "2020-02-29"
    assert dates.validate("10.01.2021", today=TODAY) == "2021-01-10"
    assert dates.validate("10.01.1901", today=TODAY) == "1901-01-10"
    assert dates.format("1990-03-05") == "05.03.1990"


@pytest.mark.parametrize(("typed", "expected"), [("Ahmad", "Ahmad"), ("  ayşe   nur ", "ayşe nur"),
                                                 ("ÇAĞRI IŞIK", "ÇAĞRI IŞIK"), ("O'Neil-Smith", "O'Neil-Smith"),
                                                 ("Jürgen", "Jürgen")])
def test_names_in_turkish_or_english_letters_pass_as_typed(typed, expected):
    assert names.validate(typed) == expected


@pytest.mark.parametrize(("typed", "code"), [("محمد", "script.arabic"), ("Ahmad محمد", "script.arabic"),
                                             ("احمد", "script.arabic"), ("پژمان", "script.arabic"),
                                             ("Ahmad2", "name.digits"), ("Иван", "name.letters"), ("José", "name.letters"),
                                             ("A" * 101, "name.length")])
def test_name_refusals(typed, code):
    assert refusal(names.validate, typed) == code


@pytest.mark.parametrize("typed", ["-", "'", "- - -", "’’", "' -", ""])
def test_a_name_needs_at_least_one_letter(typed):
    assert refusal(names.validate, typed) == "name.no_letter"


def validator_modules():
    """Every module of the package with an is_valid: found, not listed, so a new one is covered."""
    for info in pkgutil.iter_modules(simulator.__path__):
        module = importlib.import_module(f"simulator.{info.name}")
        if hasattr(module, "is_valid"):
            yield module


@pytest.mark.parametrize("module", list(validator_modules()), ids=lambda module: module.__name__)
@pytest.mark.parametrize("value", [None, 0, 10 ** 5000, object(), b"10000000146", ["A1B2345678"]],
                         ids=["None", "0", "huge int", "object", "bytes", "list"])
def test_is_valid_says_no_to_anything_but_text_and_never_raises(module, value):
    assert module.is_valid(value) is False


def refused(validate, value, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate(value, **kwargs)
    return caught.value


@pytest.mark.parametrize(("typed", "code", "readings", "digits"), [
    # year/month/day, as an Iranian writes it: Solar Hijri, or lunar Hijri 1369 (1949)
    ("۱۳۶۹/۰۲/۲۷", "date.too_old", (("solar_hijri", "1990-05-17"), ("lunar_hijri", "1949-12-19")), "persian"),
    # day/month/year, as an Arab writes it: lunar Hijri 1410 only (Solar Hijri 1410 has not come yet)
    ("١٥/٠٦/١٤١٠", "date.too_old", (("lunar_hijri", "1990-01-13"),), "arabic"),
    # the 31st of Ordibehesht is no Gregorian day: the refusal stays that one, with the reading
    ("1369/02/31", "date.impossible", (("solar_hijri", "1990-05-21"),), "ascii"),
    # Esfand 30 of the leap year 1395; the tables' Dhu al-Hijjah 1395 has 30 days too
    ("1395/12/30", "date.too_old", (("solar_hijri", "2017-03-20"), ("lunar_hijri", "1976-01-03")), "ascii"),
])
def test_a_date_of_another_calendar_is_refused_as_before_with_its_gregorian_readings(typed, code, readings, digits):
    error = refused(dates.validate, typed, today=TODAY)
    assert (error.code, error.details["readings"], error.details["digits"]) == (code, readings, digits)


@pytest.mark.parametrize("typed", ["1399/07/31", "09.01.1901", "1200/01/01", "31.02.1990"])
def test_a_date_of_no_calendar_is_refused_without_readings(typed):
    assert "readings" not in refused(dates.validate, typed, today=TODAY).details
