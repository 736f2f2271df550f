"""The kinds the present-day forms need: a country from a long list, a day and a time, a picture code, a statement."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulator import countries, kinds, messages, picture_code, slots
from simulator.errors import ValidationError

from .answers import TODAY


def refusal(validate, value, **kwargs) -> str:
    with pytest.raises(ValidationError) as caught:
        validate(value, **kwargs)
    return caught.value.code


# Countries: CLDR's list, in Turkish.

def test_the_country_list_is_every_country_and_only_countries():
    listed = dict(countries.countries())
    assert 240 <= len(listed) <= 260
    assert all(len(code) == 2 and code.isalpha() and code.isupper() for code in listed)
    assert not {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"} & set(listed)
    assert (listed["IR"], listed["AF"], listed["SY"], listed["IQ"], listed["TR"]) == \
        ("İran", "Afganistan", "Suriye", "Irak", "Türkiye")


def test_the_country_list_is_in_turkish_alphabetical_order():
    names = [name for _, name in countries.countries()]
    # Ç comes after C and before D, I (dotless) before İ, Ş after S: not Python's order.
    assert names.index("Cezayir") < names.index("Çad") < names.index("Danimarka")
    assert names.index("Irak") < names.index("İran")
    assert names.index("Suriye") < names.index("Şili")


@pytest.mark.parametrize(("typed", "code"), [("IR", "IR"), ("ir", "IR"), ("İran", "IR"), ("IRAN", "IR"),
                                             ("afganistan", "AF"), (" Suriye ", "SY"), ("turkiye", "TR")])
def test_a_country_is_taken_by_its_code_or_its_turkish_name_as_people_type_it(typed, code):
    assert countries.validate(typed) == code


@pytest.mark.parametrize("typed", ["Persia", "IRN", "X", "ایران"])
def test_anything_else_is_not_a_country_of_the_list(typed):
    assert refusal(countries.validate, typed) == "country.unknown"


# Days and times: offered from today, some full, the same for the same day.

def test_the_days_offered_are_the_weekdays_of_the_next_three_weeks_from_tomorrow():
    days = slots.days_offered(TODAY)
    assert days[0] == TODAY + datetime.timedelta(days=1)
    assert all(day.weekday() < 5 for day in days)
    assert max(days) <= TODAY + datetime.timedelta(weeks=3) and len(days) == 15


@given(st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2035, 12, 31)))
def test_some_days_and_times_are_full_and_the_same_date_gives_the_same_ones(today):
    offered = slots.offered_days(today)
    assert offered == slots.offered_days(today)
    free = [time for day in offered for time in day["times"] if time["free"]]
    taken = [time for day in offered for time in day["times"] if not time["free"]]
    assert free and taken
    assert all(not time["free"] for day in offered if day["full"] for time in day["times"])
    assert [time["time"] for time in offered[0]["times"]][::14] == ["09:00", "16:00"]
    assert slots.validate(slots.first_free(today), today) == slots.first_free(today)


def test_a_slot_is_taken_in_the_ways_a_page_or_a_person_writes_it():
    assert slots.validate("2021-01-11 9:00", today=TODAY) == "2021-01-11T09:00"
    assert slots.validate("٢٠٢١-٠١-١١T٠٩:٠٠", today=TODAY) == "2021-01-11T09:00"
    assert slots.format("2021-01-11T09:00") == "11.01.2021 09:00"


def test_a_slot_not_offered_or_already_taken_is_refused_with_its_reason():
    day = slots.days_offered(TODAY)[0]
    taken = next(index for index in range(len(slots.TIMES)) if slots.is_full_time(day, index))
    assert refusal(slots.validate, f"{day}T{slots.TIMES[taken]}", today=TODAY) == "slot.full"
    assert refusal(slots.validate, f"{TODAY}T09:00", today=TODAY) == "slot.not_offered", "not today itself"
    assert refusal(slots.validate, f"{day}T08:30", today=TODAY) == "slot.not_offered"
    assert refusal(slots.validate, f"{day}T16:30", today=TODAY) == "slot.not_offered"
    assert refusal(slots.validate, "2021-02-30T09:00", today=TODAY) == "slot.format"
    assert refusal(slots.validate, "next Monday", today=TODAY) == "slot.format"


def test_a_whole_full_day_is_offered_but_none_of_its_times_can_be_chosen():
    full = next(day for day in slots.offered_days(TODAY) if day["full"])
    for time in full["times"]:
        assert refusal(slots.validate, f"{full['date']}T{time['time']}", today=TODAY) == "slot.full"


# The picture code.

def test_a_picture_code_has_eight_characters_without_look_alikes_and_is_new_each_time():
    codes = {picture_code.new_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == 8 and not set(code) & set("0O1IL")


@pytest.mark.parametrize("typed", ["K7M2X9PQ", "k7m2x9pq", "K7M2 X9PQ", " k7m2-x9pq ", "K۷M۲X۹PQ", "K٧M٢X٩PQ"])
def test_the_picture_code_is_checked_leniently(typed):
    assert picture_code.validate(typed, shown="K7M2X9PQ") == "K7M2X9PQ"


@pytest.mark.parametrize(("typed", "shown", "code"), [("K7M2X9P", "K7M2X9PQ", "picture.length"),
                                                      ("K7M2X9PQQ", "K7M2X9PQ", "picture.length"),
                                                      ("K7M2X9PA", "K7M2X9PQ", "picture.wrong"),
                                                      ("K7M2X9PQ", "", "picture.wrong"),
                                                      ("کدکدکدکد", "K7M2X9PQ", "script.arabic")])
def test_a_picture_code_not_typed_back_is_refused(typed, shown, code):
    assert refusal(picture_code.validate, typed, shown=shown) == code


def test_the_picture_code_is_spelled_for_a_screen_reader():
    assert picture_code.spelled("K7M2X9PQ") == "K 7 M 2 X 9 P Q"


# The registry gives each of them what the page needs.

def test_the_registry_says_how_the_present_day_kinds_are_drawn():
    assert (kinds.KINDS["country"].control, kinds.KINDS["slot"].control) == ("list", "slot")
    assert (kinds.KINDS["picture_code"].control, kinds.KINDS["statement"].control) == ("picture", "statement")
    assert kinds.KINDS["statement"].tickable and not kinds.KINDS["picture_code"].in_review
    assert kinds.KINDS["slot"].offered(TODAY) == slots.offered_days(TODAY)
    assert kinds.KINDS["picture_code"].input.autocapitalize == "characters"


# Whatever is typed, each of them answers with a value or a refusal that has words.

@pytest.mark.parametrize("judge", [countries.validate, lambda text: slots.validate(text, today=TODAY),
                                   lambda text: picture_code.validate(text, shown="K7M2X9PQ")],
                         ids=["country", "slot", "picture_code"])
@given(text=st.one_of(st.text(), st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩-T: "), st.text(alphabet="K7M2X9PQkmxpq ")))
def test_any_text_is_a_value_or_a_refusal_with_a_message(judge, text):
    try:
        judge(text)
    except ValidationError as error:
        assert error.code in messages.ERRORS
