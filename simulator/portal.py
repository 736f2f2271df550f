"""Words every portal showed alike (the SMS step, the empty entry of a list), as data: ``portal.toml``.

Like a form spec's labels, the Turkish ``text`` is shown as it is in every language, and
``meaning`` is an English msgid translated by :func:`simulator.messages.translate`.

>>> words()["confirm"].text
'Onayla'
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import data_files

PORTAL_FILE = Path(__file__).parent / "portal.toml"


@dataclass(frozen=True)
class PortalWords:
    text: str
    meaning: str = ""


def read_words(path: Path) -> dict[str, PortalWords]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: PortalWords(entry["text"], entry.get("meaning", "")) for name, entry in data.items()}


def words() -> dict[str, PortalWords]:
    """The shared portal words by name (choose, sms, code, confirm, statement, application_number…)."""
    return data_files.read(PORTAL_FILE, read_words)
