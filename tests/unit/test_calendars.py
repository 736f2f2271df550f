"""Dates of the reader's own calendar: the Gregorian date the portal asks for, against dates known from elsewhere.

The Solar Hijri table: Nowruz (1 Farvardin) of several years, as the Iranian calendar announced it, and
days at the edges of months and of leap years. Every day of 1250–1450 was also checked once against
jdatetime and convertdate (the latter's astronomical calendar agrees from 1277 on, before any date of
birth): none differs. The lunar Hijri dates are the tabular ones (as convertdate's); the announced
(Umm al-Qura) ones are within two days of them.
"""

import datetime

import pytest

from simulator import calendars

KNOWN_SOLAR_HIJRI = [
    ((1354, 1, 1), datetime.date(1975, 3, 21)),   # Nowruz
    ((1357, 11, 22), datetime.date(1979, 2, 11)),  # 22 Bahman 1357
    ((1358, 1, 1), datetime.date(1979, 3, 21)),
    ((1369, 1, 1), datetime.date(1990, 3, 21)),
    ((1369, 2, 27), datetime.date(1990, 5, 17)),
    ((1369, 6, 31), datetime.date(1990, 9, 22)),  # the last day of a 31-day month
    ((1369, 7, 1), datetime.date(1990, 9, 23)),   # the first of the 30-day months
    ((1370, 1, 1), datetime.date(1991, 3, 21)),
    ((1375, 1, 1), datetime.date(1996, 3, 20)),
    ((1399, 12, 30), datetime.date(2021, 3, 20)),  # 1399 is a leap year
    ((1400, 1, 1), datetime.date(2021, 3, 21)),
    ((1402, 12, 29), datetime.date(2024, 3, 19)),  # 1402 is not: Esfand ends on the 29th
    ((1403, 1, 1), datetime.date(2024, 3, 20)),
    ((1403, 12, 30), datetime.date(2025, 3, 20)),  # 1403 is
    ((1404, 1, 1), datetime.date(2025, 3, 21)),
    ((1405, 1, 1), datetime.date(2026, 3, 21)),
]

KNOWN_LUNAR_HIJRI = [
    # (tabular date, tabular Gregorian, announced Gregorian (Umm al-Qura))
    ((1400, 1, 1), datetime.date(1979, 11, 21), datetime.date(1979, 11, 20)),
    ((1410, 6, 15), datetime.date(1990, 1, 13), datetime.date(1990, 1, 12)),
    ((1440, 9, 1), datetime.date(2019, 5, 6), datetime.date(2019, 5, 6)),   # Ramadan 1440
    ((1444, 10, 1), datetime.date(2023, 4, 22), datetime.date(2023, 4, 21)),  # Eid al-Fitr 1444
    ((1445, 1, 1), datetime.date(2023, 7, 19), datetime.date(2023, 7, 19)),
]


@pytest.mark.parametrize(("solar", "gregorian"), KNOWN_SOLAR_HIJRI)
def test_solar_hijri_dates_become_the_gregorian_dates_known(solar, gregorian):
    assert calendars.solar_hijri(*solar) == gregorian


@pytest.mark.parametrize(("year", "leap"), [(1370, True), (1375, True), (1399, True), (1400, False), (1402, False),
                                            (1403, True), (1404, False), (1408, True)])
def test_solar_hijri_leap_years(year, leap):
    assert calendars.solar_year(year)[1] is leap


@pytest.mark.parametrize("solar", [(1402, 12, 30), (1369, 7, 31), (1369, 13, 1), (1369, 0, 10), (1369, 2, 0)])
def test_days_a_solar_hijri_year_does_not_have(solar):
    with pytest.raises(ValueError):
        calendars.solar_hijri(*solar)


@pytest.mark.parametrize(("lunar", "tabular", "announced"), KNOWN_LUNAR_HIJRI)
def test_lunar_hijri_dates_are_about_the_announced_ones(lunar, tabular, announced):
    assert calendars.lunar_hijri(*lunar) == tabular
    assert abs((tabular - announced).days) <= 2


def test_every_day_follows_the_one_before_it():
    """No day is lost or doubled between months and years, 1280–1410 (every date of birth)."""
    day = calendars.solar_hijri(1280, 1, 1)
    for year in range(1280, 1411):
        for month in range(1, 13):
            for date in range(1, calendars.solar_month_days(year, month) + 1):
                assert calendars.solar_hijri(year, month, date) == day, (year, month, date)
                day += datetime.timedelta(days=1)


def test_readings_are_the_calendars_in_which_the_day_is_a_date_of_birth():
    earliest, today = datetime.date(1906, 12, 1), datetime.date(2026, 12, 1)
    assert calendars.readings(1400, 1, 1, earliest, today) == (("solar_hijri", "2021-03-21"),
                                                               ("lunar_hijri", "1979-11-21"))
    assert calendars.readings(1440, 9, 1, earliest, today) == (("lunar_hijri", "2019-05-06"),)  # no Solar 1440 yet
    assert calendars.readings(1300, 1, 1, earliest, today) == (("solar_hijri", "1921-03-21"),)  # lunar 1300 is 1882
    assert calendars.readings(1405, 9, 11, earliest, today) == (("lunar_hijri", "1985-05-31"),)  # Solar: tomorrow
    assert calendars.readings(1460, 1, 1, earliest, today) == ()  # in the future in both
