"""Data files read once and read again when they change, so ``mkdocs serve`` shows an edited file on reload.

Every file the engine reads (a spec, rules.toml, portal.toml, a compiled catalogue, the lists
of provinces and countries) goes through :func:`read`, keyed on the file's modification time
and size: no cache outlives an edit, and nothing is read before it is asked for.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# (path, reader) → (the file's modification time and size when read, what the reader made of it)
known: dict[tuple[Path, Callable], tuple[tuple[int, int], object]] = {}


def read(path: Path, reader: Callable[[Path], T]) -> T:
    """``reader(path)``, made again only when the file has changed since the last call."""
    status = path.stat()
    stamp = (status.st_mtime_ns, status.st_size)
    entry = known.get((path, reader))
    if entry is None or entry[0] != stamp:
        entry = known[(path, reader)] = (stamp, reader(path))
    return entry[1]
