"""E-mail addresses, as the portal's address field took them.

Only the shape is checked: something before one @, a domain with a dot after
it, no spaces, Latin letters (Arabic or Persian letters mean the wrong
keyboard). A domain that looks like a typing slip of a
common provider (gmial.com) is a doubt, never a refusal.

>>> validate(' Ali.Yilmaz@Example.COM ')
'Ali.Yilmaz@example.com'
>>> doubts('ali@gmial.com')
('email.provider_typo',)
>>> validate('ali@example')
Traceback (most recent call last):
    ...
simulator.errors.ValidationError: email.domain
"""

import re

from .errors import ValidationError, accepts
from .normalize import clean, has_arabic_script, without_spaces

MAX_LENGTH = 254
LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")
COMMON_PROVIDERS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "yandex.com")


def compact(address: str) -> str:
    """The address without spaces around it, its domain in lower case."""
    address = without_spaces(clean(address))
    local, at, domain = address.rpartition("@")
    return f"{local}{at}{domain.lower()}" if at else address


def validate(address: str) -> str:
    """The compact address, or ValidationError if the portal would refuse it."""
    address = compact(address)
    if has_arabic_script(address):
        raise ValidationError("script.arabic")
    local, at, domain = address.rpartition("@")
    if not at:
        raise ValidationError("email.no_at")
    if len(address) > MAX_LENGTH:
        raise ValidationError("email.length")
    if not LOCAL_PART.fullmatch(local):
        raise ValidationError("email.local_part")
    if not DOMAIN.fullmatch(domain):
        raise ValidationError("email.domain")
    return address


def edit_distance_is_one_or_two(typed: str, known: str) -> bool:
    """Whether ``typed`` is a near miss of ``known``: one or two letters off, swapped or missing."""
    previous = list(range(len(known) + 1))
    for i, typed_char in enumerate(typed, 1):
        current = [i]
        for j, known_char in enumerate(known, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (typed_char != known_char)))
        previous = current
    return 0 < previous[-1] <= 2


def doubts(address: str) -> tuple[str, ...]:
    """Warning codes for an address that passes ``validate`` but may be mistyped."""
    domain = validate(address).rpartition("@")[2]
    if any(edit_distance_is_one_or_two(domain, provider) for provider in COMMON_PROVIDERS):
        return ("email.provider_typo",)
    return ()


def is_valid(address: object) -> bool:
    """Whether the portal would accept the address."""
    return accepts(validate, address)
