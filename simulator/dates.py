"""Dates of birth, typed the international way (YYYY-MM-DD) or the Turkish way (GG.AA.YYYY).

GG.AA.YYYY is gün.ay.yıl: day.month.year. Slashes and hyphens between the parts
are taken too. A date that does not exist, lies in the future or is more than
120 years ago is refused. When such a date is one of the reader's own calendar
(Solar Hijri or lunar Hijri, see :mod:`simulator.calendars`), the refusal keeps its
code and carries the Gregorian readings (``readings``) and the digits typed
(``digits``: "persian", "arabic" or "ascii"), so that its words can say what to type.

>>> import datetime
>>> today = datetime.date(2021, 1, 10)
>>> validate('٠٥.٠٣.١٩٩٠', today=today)
'1990-03-05'
>>> validate('1990-03-05', today=today)
'1990-03-05'
>>> validate('31.02.1990', today=today)
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: date.impossible
>>> try:
...     validate('۱۳۶۹/۰۲/۲۷', today=today)
... except ValidationError as error:
...     error.code, error.details['readings'], error.details['digits']
('date.too_old', (('solar_hijri', '1990-05-17'), ('lunar_hijri', '1949-12-19')), 'persian')
>>> format('1990-03-05')
'05.03.1990'
"""

import datetime
import re

from . import calendars
from .errors import ValidationError, accepts
from .normalize import clean, without_spaces

OLDEST_AGE = 120
ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
TURKISH = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")


def compact(text: str) -> str:
    """ASCII digits, no spaces, no invisible marks."""
    return without_spaces(clean(text))


def parts(text: str) -> tuple[int, int, int]:
    """The year, month and day written in ``text`` (of whatever calendar), or ValidationError."""
    text = compact(text)
    if match := ISO.fullmatch(text):
        year, month, day = match.groups()
    elif match := TURKISH.fullmatch(text):
        day, month, year = match.groups()
    else:
        raise ValidationError("date.format")
    return int(year), int(month), int(day)


def parse(text: str) -> datetime.date:
    """The date written in ``text``, or ValidationError."""
    try:
        return datetime.date(*parts(text))
    except ValueError:
        raise ValidationError("date.impossible") from None


def digits_typed(text: str) -> str:
    """Which digits the text is written in: "persian" (۱۳۶۹), "arabic" (١٤١٠) or "ascii"."""
    if any("۰" <= char <= "۹" for char in text):
        return "persian"
    if any("٠" <= char <= "٩" for char in text):
        return "arabic"
    return "ascii"


def years_before(day: datetime.date, years: int) -> datetime.date:
    """The same calendar day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def validate(text: str, today: datetime.date | None = None) -> str:
    """The date of birth as YYYY-MM-DD, or ValidationError if it cannot be one."""
    today = today or datetime.date.today()
    oldest = years_before(today, OLDEST_AGE)
    try:
        born = parse(text)
        if born > today:
            raise ValidationError("date.future")
        if born < oldest:
            raise ValidationError("date.too_old", years=OLDEST_AGE)
    except ValidationError as error:
        # A year too far back for a Gregorian date of birth may be one of the reader's own calendar.
        written = parts(text) if error.code != "date.format" else None
        if written and written[0] < oldest.year and (readings := calendars.readings(*written, oldest, today)):
            raise ValidationError(error.code, years=OLDEST_AGE, readings=readings, digits=digits_typed(text)) from None
        raise
    return born.isoformat()


def format(iso_date: str) -> str:
    """The date the Turkish way, GG.AA.YYYY, as the portal's hint showed it."""
    year, month, day = iso_date.split("-")
    return f"{day}.{month}.{year}"


def is_valid(text: object, today: datetime.date | None = None) -> bool:
    """Whether the text is a possible date of birth."""
    return accepts(validate, text, today=today)
