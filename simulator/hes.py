"""HES code (Hayat Eve Sığar kodu), the personal code of Turkey's COVID-19 app.

Ten letters and digits; clients removed spaces and hyphens and upper-cased it
before sending. It was shown grouped as XXXX-XXXX-XX.

>>> validate('a1b2-3456-78')
'A1B2345678'
>>> format('A1B2345678')
'A1B2-3456-78'
>>> validate('A1B2-3456')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: hes.length
"""

from .errors import ValidationError
from .normalize import clean, without_separators

LENGTH = 10


def compact(code: str) -> str:
    """Upper-case letters and ASCII digits without spaces or hyphens."""
    # ASCII upper-casing on purpose: a Turkish keyboard's "i" is the code's "I".
    return "".join(char.upper() if char.isascii() else char for char in without_separators(clean(code)))


def validate(code: str) -> str:
    """The compact code, or ValidationError if the portal would refuse it."""
    code = compact(code)
    if not code.isascii() or not code.isalnum():
        raise ValidationError("hes.characters")
    if len(code) != LENGTH:
        raise ValidationError("hes.length", count=len(code))
    return code


def format(code: str) -> str:
    """The code grouped as the app showed it: XXXX-XXXX-XX."""
    code = compact(code)
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def is_valid(code: str) -> bool:
    """Whether the portal would accept the code."""
    try:
        return bool(validate(code))
    except ValidationError:
        return False
