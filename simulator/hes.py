"""HES code (Hayat Eve Sığar kodu), the personal code of Turkey's COVID-19 app.

Ten letters and digits; clients removed spaces and hyphens and upper-cased it
before sending, so a Turkish keyboard's İ or ı is the code's I. It was shown
grouped as XXXX-XXXX-XX. Arabic or Persian letters mean the wrong keyboard.

>>> validate('a1b2-3456-78')
'A1B2345678'
>>> validate('ı1b2-3456-7İ')
'I1B234567I'
>>> format('A1B2345678')
'A1B2-3456-78'
>>> validate('A1B2-3456')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: hes.length
"""

from .errors import ValidationError, accepts
from .normalize import clean, code_upper, has_arabic_script, without_separators

LENGTH = 10


def compact(code: str) -> str:
    """Upper-case letters and ASCII digits without spaces or hyphens."""
    return code_upper(without_separators(clean(code)))


def validate(code: str) -> str:
    """The compact code, or ValidationError if the portal would refuse it."""
    code = compact(code)
    if has_arabic_script(code):
        raise ValidationError("script.arabic")
    if not code.isascii() or not code.isalnum():
        raise ValidationError("hes.characters")
    if len(code) != LENGTH:
        raise ValidationError("hes.length", count=len(code))
    return code


def format(code: str) -> str:
    """The code grouped as the app showed it, XXXX-XXXX-XX: what to type on the real portal."""
    code = compact(code)
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def is_valid(code: object) -> bool:
    """Whether the portal would accept the code."""
    return accepts(validate, code)
