"""People's names (Ad, Soyad), written as on the residence permit or passport.

The portal takes Turkish or English letters only. Arabic script is refused
with an explanation, because the permit prints the name in Latin letters.
The spelling and capitals stay as typed: a foreigner's "I" may be the Turkish
"I" or "İ", and only the permit can say which. Turkish letters compare by
Turkish casing (``same_name``), so "IŞIK" and "ışık" are one name.

>>> validate('  Ayşe   Nur ')
'Ayşe Nur'
>>> validate("O'Neil-Smith")
"O'Neil-Smith"
>>> same_name('İSMAİL IŞIK', 'ismail ışık')
True
>>> validate('محمد')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: name.arabic_script
"""

import unicodedata

from .errors import ValidationError
from .normalize import clean, turkish_lower

MAX_LENGTH = 100
TURKISH_LETTERS = frozenset("ÇĞİÖŞÜçğıöşüÂÎÛâîû")
JOINERS = frozenset(" '-’")


def compact(name: str) -> str:
    """The name as typed, with single spaces between its parts."""
    return " ".join(clean(name).split())


def is_latin_letter(char: str) -> bool:
    return ("A" <= char <= "Z") or ("a" <= char <= "z") or char in TURKISH_LETTERS


def is_arabic_script(char: str) -> bool:
    return unicodedata.name(char, "").startswith("ARABIC")


def validate(name: str) -> str:
    """The compact name, or ValidationError if the portal would refuse it."""
    name = compact(name)
    if not name:
        raise ValidationError("name.empty")
    if any(is_arabic_script(char) for char in name):
        raise ValidationError("name.arabic_script")
    if any(char.isdigit() for char in name):
        raise ValidationError("name.digits")
    if not all(is_latin_letter(char) or char in JOINERS for char in name):
        raise ValidationError("name.letters")
    if len(name) > MAX_LENGTH:
        raise ValidationError("name.length", count=MAX_LENGTH)
    return name


def is_valid(name: str) -> bool:
    """Whether the portal would accept the name."""
    try:
        return bool(validate(name))
    except ValidationError:
        return False


def same_name(first: str, second: str) -> bool:
    """Whether two spellings are the same name once cased the Turkish way."""
    return turkish_lower(compact(first)) == turkish_lower(compact(second))
