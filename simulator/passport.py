"""Passport numbers, as printed in the passport and read in its machine-readable zone.

ICAO Doc 9303 gives the document number up to 9 letters and digits; some
countries print longer ones. There is no check digit to test here, so the
simulator only asks for 5 to 12 Latin letters and digits. As in the HES code,
a Turkish keyboard's İ and ı are the Latin I.

>>> validate('n 123 456 78')
'N12345678'
>>> validate('N-١٢٣٤٥')
'N12345'
>>> validate('ı1234567'), validate('İ1234567')
('I1234567', 'I1234567')
>>> validate('١٢٣')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: passport.length
"""

from .errors import ValidationError, accepts
from .normalize import clean, code_upper, has_arabic_script, without_separators

MIN_LENGTH = 5
MAX_LENGTH = 12


def compact(number: str) -> str:
    """Upper-case letters and ASCII digits, without spaces or separators."""
    return code_upper(without_separators(clean(number)))


def validate(number: str) -> str:
    """The compact number, or ValidationError if the portal would refuse it."""
    number = compact(number)
    if has_arabic_script(number):
        raise ValidationError("script.arabic")
    if not number.isascii() or not number.isalnum():
        raise ValidationError("passport.characters")
    if not MIN_LENGTH <= len(number) <= MAX_LENGTH:
        raise ValidationError("passport.length", count=len(number))
    return number


def is_valid(number: object) -> bool:
    """Whether the portal would accept the number."""
    return accepts(validate, number)
