"""Transport card numbers: İstanbulkart, Gaziantep Kart, Antalyakart, Kentkart.

No source gives the exact length for these cities (İstanbulkart's 16 digits and
Kentkart's 11 are single-sourced, and Antalya also took contactless bank cards
of 16 digits), so the simulator is lenient: 8 to 20 digits, no check digit.

>>> validate('1234 5678 9012 3456')
'1234567890123456'
>>> validate('١٢٣٤-٥٦٧٨-٩٠١')
'12345678901'
>>> validate('1234')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: card.length
"""

from .errors import ValidationError, accepts
from .normalize import clean, without_separators

MIN_LENGTH = 8
MAX_LENGTH = 20


def compact(number: str) -> str:
    """ASCII digits without spaces or hyphens."""
    return without_separators(clean(number))


def validate(number: str) -> str:
    """The compact number, or ValidationError if the portal would refuse it."""
    number = compact(number)
    if not number.isascii() or not number.isdigit():
        raise ValidationError("card.not_digits")
    if not MIN_LENGTH <= len(number) <= MAX_LENGTH:
        raise ValidationError("card.length", count=len(number))
    return number


def is_valid(number: object) -> bool:
    """Whether the portal would accept the number."""
    return accepts(validate, number)
