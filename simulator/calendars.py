"""Dates of the reader's own calendar, turned into the Gregorian date the portal asks for.

An Iranian or an Afghan writes a date of birth in the Solar Hijri (Shamsi, Jalali) calendar,
many Arab readers know theirs in the lunar Hijri one; the portal takes only Gregorian dates.

The Solar Hijri calendar is the one of Iran and Afghanistan: months 1–6 have 31 days, 7–11
have 30, the twelfth 29 (30 in a leap year), and the year starts at the spring equinox
(Nowruz). Its leap years follow Borkowski's arithmetic (1996), which agrees with the equinox
for every year a date of birth can have. The lunar Hijri calendar here is the tabular
(arithmetical) one, 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29,
epoch 16 July 622 (Julian): the calendar announced in a country (by sighting the moon, or Umm
al-Qura) can differ from it by a day or two, so its dates are "about".

>>> solar_hijri(1369, 2, 27)
datetime.date(1990, 5, 17)
>>> solar_hijri(1403, 1, 1), solar_hijri(1403, 12, 30)
(datetime.date(2024, 3, 20), datetime.date(2025, 3, 20))
>>> solar_hijri(1402, 12, 30)
Traceback (most recent call last):
    ...
ValueError: no such day in Solar Hijri 1402
>>> lunar_hijri(1445, 1, 1)
datetime.date(2023, 7, 19)
>>> readings(1369, 2, 27, datetime.date(1906, 12, 1), datetime.date(2026, 12, 1))
(('solar_hijri', '1990-05-17'), ('lunar_hijri', '1949-12-19'))
>>> readings(1440, 9, 1, datetime.date(1906, 12, 1), datetime.date(2026, 12, 1))
(('lunar_hijri', '2019-05-06'),)
>>> readings(1990, 5, 17, datetime.date(1906, 12, 1), datetime.date(2026, 12, 1))
()
"""

import datetime

SOLAR_HIJRI = "solar_hijri"
LUNAR_HIJRI = "lunar_hijri"

# Borkowski's break years: between two of them the leap years follow one 33-year cycle.
BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
          2456, 3178)
# Day 1 of the tabular lunar Hijri calendar (16 July 622, Julian) as a proleptic Gregorian ordinal.
LUNAR_EPOCH = datetime.date(622, 7, 19).toordinal()


def solar_year(year: int) -> tuple[int, bool]:
    """The day of March (Gregorian) on which Solar Hijri ``year`` starts, and whether it is a leap year."""
    if not BREAKS[0] < year < BREAKS[-1]:
        raise ValueError(f"Solar Hijri {year} is out of range")
    leaps = -14  # leap days of the Solar Hijri calendar since 621, counted from the break years
    before = BREAKS[0]
    for after in BREAKS[1:]:
        jump = after - before
        if year < after:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        before = after
    years = year - before
    leaps += years // 33 * 8 + (years % 33 + 3) // 4
    if jump % 33 == 4 and jump - years == 4:
        leaps += 1
    gregorian_year = year + 621
    gregorian_leaps = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    if jump - years < 6:
        years = years - jump + (jump + 4) // 33 * 33
    since_leap = (years + 1) % 33 - 1
    return 20 + leaps - gregorian_leaps, since_leap >= 0 and since_leap % 4 == 0


def solar_month_days(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if solar_year(year)[1] else 29


def solar_hijri(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Solar Hijri one, or ValueError if that day does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= solar_month_days(year, month)):
        raise ValueError(f"no such day in Solar Hijri {year}")
    march, _ = solar_year(year)
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return datetime.date(year + 621, 3, march) + datetime.timedelta(days=before + day - 1)


def lunar_hijri(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a tabular lunar Hijri one (about: the announced calendar may differ by a day or two).

    Day 30 is taken in any month, since an announced month of 30 days may be one of 29 in the tables.
    """
    if not (1 <= year and 1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"no such day in lunar Hijri {year}")
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day - 1
    return datetime.date.fromordinal(LUNAR_EPOCH + days)


CONVERTERS = {SOLAR_HIJRI: solar_hijri, LUNAR_HIJRI: lunar_hijri}


def readings(year: int, month: int, day: int, earliest: datetime.date,
             latest: datetime.date) -> tuple[tuple[str, str], ...]:
    """Each calendar (Solar Hijri first) in which the date falls from ``earliest`` to ``latest``.

    Each reading is (calendar, the Gregorian date as YYYY-MM-DD).
    """
    found = []
    for calendar, convert in CONVERTERS.items():
        try:
            born = convert(year, month, day)
        except (ValueError, OverflowError):
            continue
        if earliest <= born <= latest:
            found.append((calendar, born.isoformat()))
    return tuple(found)
