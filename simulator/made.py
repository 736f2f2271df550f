"""Values a form makes along the way and gives the person to keep, such as an application number.

A stage names one with ``makes`` (an SMS stage: its message carries it) and the end stage with
``shows``; a ``reference`` field takes it back (``refers_to``). Each is made with ``secrets``, so
no two practices share one; its Turkish label and meaning are portal words (``portal.toml``,
under the same name), its shape a pattern of digit groups, written with hyphens.

>>> import re
>>> bool(re.fullmatch(r"\\d{4}-\\d{2}-\\d{7}", application_number()))
True
>>> written('application_number', '٣٢١٣٢١٣١٢٣١٢٣'), written('application_number', '3213-21-31231')
('3213-21-3123123', None)
"""

import secrets
from collections.abc import Callable

from .normalize import clean, without_separators

# The digit groups of each made value, as the portal writes them joined by hyphens.
GROUPS: dict[str, tuple[int, ...]] = {"application_number": (4, 2, 7)}


def digits(count: int) -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(count))


def application_number() -> str:
    """A practice e-İkamet application number (Başvuru No), NNNN-NN-NNNNNNN as the portal writes it."""
    return "-".join(digits(count) for count in GROUPS["application_number"])


def written(name: str, typed: str) -> str | None:
    """``typed`` as the portal writes the made value ``name`` (hyphens between its groups), or None if it has not its shape."""
    number = without_separators(clean(typed))
    groups = GROUPS[name]
    if not (number.isascii() and number.isdigit() and len(number) == sum(groups)):
        return None
    parts, start = [], 0
    for count in groups:
        parts.append(number[start:start + count])
        start += count
    return "-".join(parts)


MAKERS: dict[str, Callable[[], str]] = {"application_number": application_number}
# What each looks like, for the message when its shape is wrong (the made-up example of the sources).
EXAMPLES: dict[str, str] = {"application_number": "3213-21-3123123"}
