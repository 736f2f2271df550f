"""How sure we are of each rule, and the input we forgive: the data in ``rules.toml``.

>>> confidence('kimlik.checksum'), confidence('kimlik.foreigner_checksum')
('confirmed', 'inferred')
>>> rule = forgiveness('phone', '٠٥٣٢ ١٢٣ ٤٥ ٦٧', '5321234567')
>>> rule.code, rule.portal_text
('forgiven.digits', '05321234567')
>>> forgiveness('birth_date', '1990-03-05', '1990-03-05').portal_text
'05.03.1990'
>>> forgiveness('phone', '0532 123 45 67', '5321234567') is None
True
>>> rule = forgiveness('phone', '532 123 45 67', '5321234567')
>>> rule.code, rule.portal_text
('forgiven.trunk_zero', '05321234567')
>>> class Field: kind, portal_format = 'phone', 'without_zero'
>>> rule = forgiveness('phone', '0532 123 45 67', '5321234567', Field())
>>> rule.code, rule.portal_text
('forgiven.portal_format', '5321234567')
"""

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import data_files, dates, kinds
from .normalize import clean, has_other_digits, without_separators, without_spaces

RULES_FILE = Path(__file__).parent / "rules.toml"
# What each detector looks for in the typed text (``typed``), given the value the simulator took and how
# this portal writes it (``portal``: a field's own portal format, "" when it has none).
DETECTORS: dict[str, Callable[[str, str, str], bool]] = {
    "other_digits": lambda typed, value, portal: has_other_digits(typed),
    "other_date_format": lambda typed, value, portal: without_spaces(clean(typed)) != dates.format(value),
    "other_than_portal_format": lambda typed, value, portal: bool(portal) and without_separators(clean(typed)) != portal,
    # The national number typed bare (532 123 45 67) where the portal's own way of writing it is not known.
    "no_trunk_zero": lambda typed, value, portal: not portal and without_separators(clean(typed)) == value,
}


@dataclass(frozen=True)
class Forgiven:
    """A forgiven input: the warning's code and msgid, how sure we are, and what to type instead."""

    code: str
    message: str
    confidence: str
    portal_text: str = ""


def read_toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def data() -> dict:
    return data_files.read(RULES_FILE, read_toml)


def confidence(code: str) -> str:
    """How sure we are of the rule behind ``code`` (an error, warning or forgiven-input code)."""
    for rule in data()["forgiven"]:
        if rule["code"] == code:
            return rule["confidence"]
    return data()["confidence"].get(code, "unknown")


def forgiveness(kind: str, typed: str, value: str, field: kinds.FieldLike | None = None) -> Forgiven | None:
    """The first forgiven-input rule that ``typed`` (taken as ``value``) meets in a field of ``kind``.

    ``field`` gives the portal's own way of writing the value, when its spec names one.
    """
    watching = [rule for rule in data()["forgiven"] if kind in rule["kinds"]]
    if not watching:
        return None
    portal_text = kinds.portal_text(kinds.KINDS[kind], value, field)
    own = portal_text if field is not None and getattr(field, "portal_format", "") else ""
    for rule in watching:
        if DETECTORS[rule["detects"]](typed, value, own):
            return Forgiven(rule["code"], rule["message"], rule["confidence"], portal_text)
    return None


def forgiven_messages() -> dict[str, str]:
    """The msgid of each forgiven-input warning, by code."""
    return {rule["code"]: rule["message"] for rule in data()["forgiven"]}
