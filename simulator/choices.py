"""Answers picked from a list: the national form's TC Vatandaşı / Diğer and its province.

A choice is matched by its value or its Turkish label, cased the Turkish way and
without Turkish accents (people without a Turkish keyboard type "Sanliurfa");
a province by its plate code (1 or 01) or its name.

>>> options = (('tc', 'TC Vatandaşı'), ('other', 'Diğer'))
>>> validate('DİĞER', options)
'other'
>>> validate_province('٦')
'06'
>>> validate_province('izmir')
'35'
>>> validate_province('SANLIURFA')
'63'
"""

import json
from pathlib import Path

from . import data_files
from .errors import ValidationError
from .normalize import clean, turkish_lower

PROVINCES_FILE = Path(__file__).parent / "forms" / "provinces.json"
WITHOUT_ACCENTS = str.maketrans("ıçğöşüâîû", "icgosuaiu")


def compact(answer: str) -> str:
    """The answer in Turkish lower case without accents, with single spaces."""
    return turkish_lower(" ".join(clean(answer).split())).translate(WITHOUT_ACCENTS)


def validate(answer: str, options: tuple[tuple[str, str], ...]) -> str:
    """The value of the option matching ``answer`` by value or label, or ValidationError."""
    answer = compact(answer)
    for value, label in options:
        if answer in (compact(value), compact(label)):
            return value
    raise ValidationError("choice.unknown")


def read_provinces(path: Path) -> tuple[tuple[str, str], ...]:
    entries = json.loads(path.read_text(encoding="utf-8"))
    return tuple((entry["plate"], entry["name"]) for entry in entries)


def provinces() -> tuple[tuple[str, str], ...]:
    """The 81 provinces as (plate code, Turkish name), in plate order."""
    return data_files.read(PROVINCES_FILE, read_provinces)


def validate_province(answer: str) -> str:
    """The two-digit plate code of the province ``answer`` names, or ValidationError."""
    code = compact(answer)
    if code.isascii() and code.isdigit() and len(code) <= 2:
        code = code.zfill(2)
    try:
        return validate(code, provinces())
    except ValidationError:
        raise ValidationError("province.unknown") from None
