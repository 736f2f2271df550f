"""The form specs: one TOML file per form in ``forms/``, found by its name and read only when asked for.

A form is a file: ``forms/<id>.toml`` (see :mod:`simulator.form_model` for what it holds and
:mod:`simulator.spec_reader` for how it is checked). Its own words (what each Turkish label
and button means, the hints, what to say when a field is empty) are English msgids,
collected into the catalogues by :mod:`simulator.spec_words` and translated there.

``load`` reads only the file of the form asked for, so one broken spec never breaks the
others; a file is read again when it changes (its modification time), so an edited spec
shows on the next request while ``mkdocs serve`` runs. Specs kept elsewhere (the tests'
fixture forms) are found through the ``SIMULATOR_FORMS_PATH`` environment variable: folders
separated by ``os.pathsep``, searched after the package's own.
"""

import os
from pathlib import Path

from . import data_files
from .form_model import Button, Condition, Field, Form, Stage, Step, luminance
from .spec_reader import SpecError, read_spec

__all__ = ["FORMS_DIR", "Button", "Condition", "Field", "Form", "SpecError", "Stage", "Step", "all_forms",
           "form_ids", "load", "luminance", "read_spec", "spec_path", "spec_paths"]

FORMS_DIR = Path(__file__).parent / "forms"
EXTRA_FOLDERS_VARIABLE = "SIMULATOR_FORMS_PATH"


def folders() -> list[Path]:
    extra = os.environ.get(EXTRA_FOLDERS_VARIABLE, "")
    return [FORMS_DIR, *(Path(folder) for folder in extra.split(os.pathsep) if folder)]


def spec_paths() -> dict[str, Path]:
    """Every spec file by form id; the first folder holding a name wins."""
    found: dict[str, Path] = {}
    for folder in folders():
        for path in sorted(folder.glob("*.toml")):
            found.setdefault(path.stem, path)
    return found


def spec_path(form_id: str) -> Path | None:
    """The spec file of ``form_id``, or None; found without listing or reading any other spec."""
    for folder in folders():
        path = folder / f"{form_id}.toml"
        if path.is_file():
            return path
    return None


def read_once(path: Path) -> Form:
    """The form in ``path``, read again only when the file has changed since."""
    return data_files.read(path, read_spec)


def all_forms() -> dict[str, Form]:
    """Every form, by id, in the specs' ``order`` (then by id); SpecError for the first broken spec."""
    forms = sorted((read_once(path) for path in spec_paths().values()), key=lambda form: (form.order, form.id))
    return {form.id: form for form in forms}


def form_ids() -> tuple[str, ...]:
    """The ids of every form, in the specs' order. Discovered from the files: adding forms/<id>.toml adds a form."""
    return tuple(all_forms())


def load(form_id: str) -> Form:
    """The spec of ``form_id``; ValueError naming the known forms if there is none."""
    path = spec_path(form_id) if isinstance(form_id, str) and form_id.isidentifier() else None
    if path is None:
        try:
            known = form_ids()
        except SpecError:  # the known forms are named even when another spec is broken
            known = tuple(sorted(spec_paths()))
        raise ValueError(f"Unknown form {form_id!r}; the forms are: {', '.join(known)}")
    return read_once(path)
