"""People's names (Ad, Soyad), written as on the residence permit or passport.

The portal takes Turkish or English letters only. Arabic script is refused
with an explanation (the wrong keyboard), because the permit prints the name in
Latin letters. A name needs at least one letter: apostrophes and hyphens only
join its parts. The spelling and capitals stay as typed: a foreigner's "I" may
be the Turkish "I" or "İ", and only the permit can say which.

>>> validate('  Ayşe   Nur ')
'Ayşe Nur'
>>> validate("O'Neil-Smith")
"O'Neil-Smith"
>>> validate('محمد')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: script.arabic
>>> validate('- -')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: name.no_letter
"""

from .errors import ValidationError, accepts
from .normalize import clean, has_arabic_script

MAX_LENGTH = 100
TURKISH_LETTERS = frozenset("ÇĞİÖŞÜçğıöşüÂÎÛâîû")
JOINERS = frozenset(" '-’")


def compact(name: str) -> str:
    """The name as typed, with single spaces between its parts."""
    return " ".join(clean(name).split())


def is_latin_letter(char: str) -> bool:
    return ("A" <= char <= "Z") or ("a" <= char <= "z") or char in TURKISH_LETTERS


def validate(name: str) -> str:
    """The compact name, or ValidationError if the portal would refuse it."""
    name = compact(name)
    if has_arabic_script(name):
        raise ValidationError("script.arabic")
    if any(char.isdigit() for char in name):
        raise ValidationError("name.digits")
    if not all(is_latin_letter(char) or char in JOINERS for char in name):
        raise ValidationError("name.letters")
    if not any(is_latin_letter(char) for char in name):
        raise ValidationError("name.no_letter")
    if len(name) > MAX_LENGTH:
        raise ValidationError("name.length", count=MAX_LENGTH)
    return name


def is_valid(name: object) -> bool:
    """Whether the portal would accept the name."""
    return accepts(validate, name)
