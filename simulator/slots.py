"""A day and a time for an appointment (Tarih Seçimi), chosen among the ones offered.

The migration office's appointment system offers days and times and the person picks one.
The practice offers simulated ones, worked out from today: the weekdays of the next three
weeks from tomorrow, every half hour from 09:00 to 16:00, some days and times already full.
Which are full depends only on the date, so the same day always looks the same (and tests
can rely on it); nothing is random. The value is ``YYYY-MM-DDTHH:MM``.

>>> import datetime
>>> today = datetime.date(2021, 1, 10)  # a Sunday
>>> days = offered_days(today)
>>> days[0]['date'], days[0]['weekday'], len(days)
('2021-01-11', 0, 15)
>>> first_free(today)
'2021-01-11T09:00'
>>> validate('2021-01-11 09:30', today=today)
'2021-01-11T09:30'
>>> validate('2021-01-16T09:30', today=today)
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: slot.not_offered
>>> format('2021-01-11T09:30')
'11.01.2021 09:30'
"""

import datetime
import re

from .errors import ValidationError, accepts
from .normalize import clean

WEEKS = 3
TIMES = tuple(f"{minutes // 60:02d}:{minutes % 60:02d}" for minutes in range(9 * 60, 16 * 60 + 1, 30))
SLOT = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})")


def is_full_day(day: datetime.date) -> bool:
    # About one weekday in five is booked out.
    return day.toordinal() % 5 == 2


def is_full_time(day: datetime.date, index: int) -> bool:
    # About one time in four is taken on the other days, a different pattern each day.
    return is_full_day(day) or (day.toordinal() * 7 + index * 3) % 4 == 0


def days_offered(today: datetime.date) -> list[datetime.date]:
    """The weekdays from tomorrow to three weeks from today."""
    days = (today + datetime.timedelta(days=offset) for offset in range(1, WEEKS * 7 + 1))
    return [day for day in days if day.weekday() < 5]


def offered_days(today: datetime.date) -> list[dict]:
    """Plain data for the page: each day offered (ISO date, weekday 0 = Monday, full) with its times and whether each is free."""
    return [{"date": day.isoformat(), "weekday": day.weekday(), "full": is_full_day(day),
             "times": [{"time": time, "free": not is_full_time(day, index)} for index, time in enumerate(TIMES)]}
            for day in days_offered(today)]


def first_free(today: datetime.date) -> str:
    """The earliest free slot, as a value."""
    return next(f"{day['date']}T{time['time']}" for day in offered_days(today) for time in day["times"] if time["free"])


def compact(answer: str) -> str:
    """The answer without invisible marks, with ASCII digits and single spaces."""
    return " ".join(clean(answer).split())


def validate(answer: str, today: datetime.date | None = None) -> str:
    """The slot as ``YYYY-MM-DDTHH:MM`` when it is offered and free, or ValidationError."""
    today = today or datetime.date.today()
    match = SLOT.fullmatch(compact(answer))
    if not match:
        raise ValidationError("slot.format")
    date_text, time_text = match.groups()
    time_text = time_text.zfill(5)
    try:
        day = datetime.date.fromisoformat(date_text)
    except ValueError:
        raise ValidationError("slot.format") from None
    if day not in days_offered(today) or time_text not in TIMES:
        raise ValidationError("slot.not_offered")
    if is_full_time(day, TIMES.index(time_text)):
        raise ValidationError("slot.full")
    return f"{date_text}T{time_text}"


def format(value: str) -> str:
    """The slot as the portal writes it: GG.AA.YYYY SS:DD."""
    date_text, _, time_text = value.partition("T")
    year, month, day = date_text.split("-")
    return f"{day}.{month}.{year} {time_text}"


def is_valid(answer: object, today: datetime.date | None = None) -> bool:
    """Whether ``answer`` is a free slot offered today."""
    return accepts(validate, answer, today=today)
