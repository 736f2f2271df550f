"""Values a form makes along the way and gives the person to keep, such as an application number.

A stage names one with ``makes`` (an SMS stage: its message carries it) and the end stage with
``shows``. Each is made with ``secrets``, so no two practices share one; its Turkish label
and meaning are portal words (``portal.toml``, under the same name).

>>> import re
>>> bool(re.fullmatch(r"\\d{4}-\\d{2}-\\d{7}", application_number()))
True
"""

import secrets
from collections.abc import Callable


def digits(count: int) -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(count))


def application_number() -> str:
    """A practice e-İkamet application number (Başvuru No), NNNN-NN-NNNNNNN as the portal writes it."""
    return f"{digits(4)}-{digits(2)}-{digits(7)}"


MAKERS: dict[str, Callable[[], str]] = {"application_number": application_number}
