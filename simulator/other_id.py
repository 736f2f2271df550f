"""An identity number of another country (Uyruk Kimlik No), whose format no source gives.

Every country writes its own (Iran's national code has 10 digits, Syria's national number 11,
Afghanistan's tazkira other shapes), so the practice only tidies it: Arabic and Persian digits
become 0–9, letters are upper-cased, spaces and hyphens are kept as single separators. Letters
of the Arabic script are doubted, not refused: no source says whether the portal takes them.

>>> validate(' ۰۰۱۲ ۳۴۵۶۷۸ ')
'0012 345678'
>>> validate('ab-12')
'AB-12'
>>> validate('!!')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: other_id.characters
>>> doubts('۱۲۳ الف')
('other_id.arabic',)
"""

from .errors import ValidationError, accepts
from .normalize import clean, code_upper, has_arabic_script

MAX_LENGTH = 30
ALLOWED_MARKS = frozenset(" -/")


def compact(number: str) -> str:
    """The number with single spaces, ASCII digits and upper-case Latin letters."""
    return code_upper(" ".join(clean(number).split()))


def validate(number: str) -> str:
    """The tidy number, or ValidationError when it holds no letter or digit, or marks of punctuation."""
    number = compact(number)
    if not any(char.isalnum() for char in number) or not all(char.isalnum() or char in ALLOWED_MARKS for char in number):
        raise ValidationError("other_id.characters")
    return number


def doubts(number: str) -> tuple[str, ...]:
    """A doubt for letters of the Arabic script: the passport and the portal may write the number otherwise."""
    return ("other_id.arabic",) if has_arabic_script(number) else ()


def is_valid(number: object) -> bool:
    """Whether the number can be taken."""
    return accepts(validate, number)
