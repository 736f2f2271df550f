"""Countries, for a nationality (Uyruk) chosen from the portal's list: ISO 3166 codes and Turkish names.

The list is CLDR's, made at build time by ``scripts/countries.py`` (``make countries``) into
``data/countries.json``: Babel, which reads CLDR, is not in the browser. A country is taken by
its two-letter code or its Turkish name, cased the Turkish way and without Turkish accents.

>>> validate('ir'), validate('İran'), validate('iran')
('IR', 'IR', 'IR')
>>> validate('Suriye')
'SY'
>>> validate('Persia')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: country.unknown
"""

import json
from pathlib import Path

from . import choices, data_files
from .errors import ValidationError, accepts

COUNTRIES_FILE = Path(__file__).parent / "data" / "countries.json"


def read_countries(path: Path) -> tuple[tuple[str, str], ...]:
    return tuple((entry["code"], entry["name"]) for entry in json.loads(path.read_text(encoding="utf-8")))


def countries() -> tuple[tuple[str, str], ...]:
    """Every country as (ISO code, Turkish name), in Turkish alphabetical order."""
    if not COUNTRIES_FILE.is_file():
        raise FileNotFoundError(f"{COUNTRIES_FILE} is made by the build: run `make countries`")
    return data_files.read(COUNTRIES_FILE, read_countries)


def compact(answer: str) -> str:
    """The answer in Turkish lower case without accents, with single spaces."""
    return choices.compact(answer)


def validate(answer: str) -> str:
    """The ISO code of the country ``answer`` names, or ValidationError."""
    try:
        return choices.validate(answer, countries())
    except ValidationError:
        raise ValidationError("country.unknown") from None


def is_valid(answer: object) -> bool:
    """Whether ``answer`` names a country of the list."""
    return accepts(validate, answer)
