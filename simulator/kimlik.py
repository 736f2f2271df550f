"""T.C. Kimlik No and YKN (Yabancı Kimlik Numarası), the Turkish identity numbers.

Citizens have an 11-digit T.C. Kimlik No that never starts with 0. Foreign
residents get a YKN of the same shape starting with 99 (on residence permits) or
98/97 (temporary protection documents). The tenth digit is
(7 × (d1 + d3 + d5 + d7 + d9) − (d2 + d4 + d6 + d8)) mod 10 and the eleventh is
the sum of the first ten mod 10, so the last digit is always even. That the
foreigners' numbers follow the same checksum is only inferred, so a foreigner
number failing it is a doubt (a warning), not a refusal.

>>> validate('100 000 001 46')
'10000000146'
>>> validate('٩٩١٢٣٤٥٦٧٤٠')
'99123456740'
>>> validate('17291716050')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: kimlik.checksum
>>> doubts('99123456789')
('kimlik.foreigner_checksum',)
>>> is_foreigner_number('98123456750')
True
"""

from .errors import ValidationError, accepts
from .normalize import clean, without_separators

LENGTH = 11
FOREIGNER_PREFIXES = ("99", "98", "97")


def compact(number: str) -> str:
    """The number with ASCII digits and without spaces or separators."""
    return without_separators(clean(number))


def check_digits(first_nine: str) -> str:
    """The two check digits that follow the first nine digits."""
    digits = [int(char) for char in first_nine]
    tenth = (7 * sum(digits[0:9:2]) - sum(digits[1:8:2])) % 10
    eleventh = (sum(digits) + tenth) % 10
    return f"{tenth}{eleventh}"


def is_foreigner_number(number: str) -> bool:
    """Whether the number has a prefix given to foreign residents (99, 98, 97)."""
    return compact(number).startswith(FOREIGNER_PREFIXES)


def validate(number: str) -> str:
    """The compact number, or ValidationError if the portal would refuse it."""
    number = compact(number)
    if not number.isascii() or not number.isdigit():
        raise ValidationError("kimlik.not_digits")
    if len(number) != LENGTH:
        raise ValidationError("kimlik.length", count=len(number))
    if number[0] == "0":
        raise ValidationError("kimlik.leading_zero")
    if check_digits(number[:9]) != number[9:] and not is_foreigner_number(number):
        raise ValidationError("kimlik.checksum")
    return number


def doubts(number: str) -> tuple[str, ...]:
    """Warning codes for a number that passes ``validate`` but may be mistyped."""
    number = compact(number)
    if is_foreigner_number(number) and check_digits(number[:9]) != number[9:]:
        return ("kimlik.foreigner_checksum",)
    return ()


def is_valid(number: object) -> bool:
    """Whether the portal would accept the number."""
    return accepts(validate, number)
