"""Turkish mobile phone numbers, the only kind that received the portal's SMS code.

The national number has 10 digits and starts with 5; people write it
``0 5XX XXX XX XX`` or ``+90 5XX XXX XX XX``. A number from another country
or a landline cannot receive the code. Whether a number belongs to a Turkish
operator (libphonenumber's 2020–2021 pattern) is only a doubt: operators change.

>>> validate('0532 123 45 67')
'5321234567'
>>> validate('+90 (532) 123-45-67')
'5321234567'
>>> validate('٠٥٣٢١٢٣٤٥٦٧')
'5321234567'
>>> validate('+963 944 123 456')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: phone.foreign
>>> validate('0212 123 45 67')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: phone.landline
>>> format('5321234567'), without_zero('5321234567')
('05321234567', '5321234567')
"""

import re

from .errors import ValidationError, accepts
from .normalize import clean, without_separators

LENGTH = 10
TURKISH_PREFIXES = ("+90", "0090")
OPERATOR_PATTERN = re.compile(r"56161\d{5}|5(?:0[15-7]|1[06]|24|[34]\d|5[1-59]|9[46])\d{7}")


def compact(number: str) -> str:
    """ASCII digits with a leading + kept, without spaces, brackets or hyphens."""
    return without_separators(clean(number))


def national_number(number: str) -> str:
    """The number without +90, 0090, 90 (on 12 digits) or the trunk 0 in front."""
    for prefix in TURKISH_PREFIXES:
        if number.startswith(prefix):
            return number[len(prefix):]
    if number.startswith("90") and len(number) == LENGTH + 2:
        return number[2:]
    return number.removeprefix("0")


def is_foreign(number: str) -> bool:
    """Whether the number is written with another country's calling code."""
    return (number.startswith(("+", "00")) and not number.startswith(TURKISH_PREFIXES)) or (
        number.isdigit() and len(number) > LENGTH + 1 and not number.startswith(("90", "0"))
    )


def validate(number: str) -> str:
    """The 10-digit national number, or ValidationError if no SMS could reach it."""
    number = compact(number)
    if not number.removeprefix("+").isascii() or not number.removeprefix("+").isdigit():
        raise ValidationError("phone.not_digits")
    if is_foreign(number):
        raise ValidationError("phone.foreign")
    number = national_number(number)
    if len(number) == LENGTH and number[0] in "234":
        raise ValidationError("phone.landline")
    if len(number) != LENGTH:
        raise ValidationError("phone.length", count=len(number))
    if number[0] != "5":
        raise ValidationError("phone.not_mobile")
    return number


def doubts(number: str) -> tuple[str, ...]:
    """Warning codes for a number that passes ``validate`` but no operator is known to use."""
    return () if OPERATOR_PATTERN.fullmatch(validate(number)) else ("phone.unknown_operator",)


def format(number: str) -> str:
    """The national number as the real portal surely took it: 0 and ten digits, no spaces."""
    return f"0{number}"


def without_zero(number: str) -> str:
    """The national number as some portals write it: ten digits, without the 0 (e-İkamet's examples: 5xxxxxxxxx)."""
    return number


def is_valid(number: object) -> bool:
    """Whether an SMS could reach the number."""
    return accepts(validate, number)
