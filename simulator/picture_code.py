"""Güvenlik Kodu: the picture code a portal shows to tell people from programs.

The e-İkamet portal shows 8 letters and digits in a picture, with a link for a new one, and
refuses the form when they are not typed back ("Image verification fails."). The practice
code leaves out the characters a picture makes look alike (0 and O, 1, I and l), and is
checked leniently: case, spaces and hyphens do not matter, nor do Arabic or Persian digits
(a phone's keyboard may type them). The code is made with ``secrets`` and shown by the page.

>>> validate('k7m2 x9pq', shown='K7M2X9PQ')
'K7M2X9PQ'
>>> validate('K7M2X9P', shown='K7M2X9PQ')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: picture.length
>>> validate('K7M2X9PA', shown='K7M2X9PQ')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: picture.wrong
>>> len(new_code()), set(new_code()) <= set(ALPHABET)
(8, True)
"""

import secrets

from .errors import ValidationError, accepts
from .normalize import clean, code_upper, has_arabic_script, without_separators

LENGTH = 8
# Upper-case Latin letters and digits without 0, O, 1, I and L, which a distorted picture confuses.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    """A fresh code to draw in the picture."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def compact(code: str) -> str:
    """Upper-case letters and ASCII digits, without spaces or hyphens."""
    return code_upper(without_separators(clean(code)))


def validate(code: str, shown: str) -> str:
    """The code as shown, when ``code`` is it typed back; ValidationError otherwise.

    With no picture shown (``shown`` empty) there is nothing to match: the code is wrong.
    """
    code = compact(code)
    if has_arabic_script(code):
        raise ValidationError("script.arabic")
    if len(code) != LENGTH:
        raise ValidationError("picture.length", count=len(code))
    if not shown or not secrets.compare_digest(code.encode(), compact(shown).encode()):
        raise ValidationError("picture.wrong")
    return code


def spelled(code: str) -> str:
    """The code one character at a time, as a screen reader should say it: "K 7 M 2 X 9 P Q"."""
    return " ".join(code)


def is_valid(code: object, shown: str = "") -> bool:
    """Whether ``code`` is the picture's code typed back."""
    return accepts(validate, code, shown=shown)
