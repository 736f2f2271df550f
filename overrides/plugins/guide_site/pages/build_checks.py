"""The build stops, with the file and the key at fault, on a broken form spec or a missing
translation, before any page is written (the pages plugin runs these checks first).

- Every form spec (simulator/forms/*.toml) is read and checked (simulator.forms.SpecError).
- Every language of the i18n config in mkdocs.yml has the site's catalogue complete
  (overrides/locales/<lang>/LC_MESSAGES/site.po) and the simulator's catalogue complete and
  compiled (simulator/locales/<lang>/LC_MESSAGES/simulator.po, .mo): every message, and every
  word of every spec and of portal.toml and rules.toml.
"""

import tomllib
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po
from mkdocs.exceptions import PluginError

try:
    # Reading simulator.forms may read and check every spec: a mistake stops the build here, cleanly.
    from simulator import messages, spec_words
    from simulator.forms import FORMS_DIR, SpecError, all_forms
except ValueError as error:  # simulator.forms.SpecError: "<file>: <key>: <problem>"
    raise PluginError(f"Form spec simulator/forms/{error}") from None

from guide_site.site_text import missing_translations  # noqa: E402 - after the specs are checked


SIMULATOR_DIR = Path(messages.__file__).parent


def checked_forms() -> dict:
    """Every form by id, each spec read and checked; PluginError naming the file and the key if one is wrong."""
    try:
        return all_forms()
    except SpecError as error:
        raise PluginError(f"Form spec {error.path}: {error.key}: {error.problem}") from None


def check_translations(languages: list[str]) -> None:
    problems = [problem for lang in languages for problem in missing_translations(lang)]
    problems += [problem for lang in languages for problem in missing_simulator_translations(lang)]
    if problems:
        shown = "\n  ".join(problems[:40]) + (f"\n  … and {len(problems) - 40} more" if len(problems) > 40 else "")
        raise PluginError(f"Missing translations ({len(problems)}):\n  {shown}")


def simulator_msgids() -> dict[str, str]:
    """Every English text the simulator can show, by where it is written (file: key)."""
    found = {f"simulator/messages.py: {code}": text for code, text in
             (messages.ALL | {f"confidence.{level}": note for level, note in messages.CONFIDENCE_NOTES.items()}).items()}
    for singular, plural in messages.PLURALS.values():
        found[f"simulator/messages.py: {singular}"] = singular
    words_files = [*sorted(FORMS_DIR.glob("*.toml")), *sorted(SIMULATOR_DIR.glob("*.toml"))]
    for path in words_files:
        data = path.read_bytes()
        for key, text, _ in spec_words.words(tomllib.loads(data.decode("utf-8"))):
            found[f"{path.relative_to(SIMULATOR_DIR.parent)}: {key} {text!r}"] = text
    return found


def simulator_catalogue(lang: str) -> dict[str, str]:
    path = messages.LOCALES_DIR / lang / "LC_MESSAGES" / f"{messages.DOMAIN}.po"
    if not path.exists():
        return {}
    stat = path.stat()
    return simulator_catalogue_file(path, lang, (stat.st_mtime_ns, stat.st_size))


# Keyed by the file's modification time and size: `make serve` checks an edited catalogue again.
@cache
def simulator_catalogue_file(path: Path, lang: str, version: tuple[int, int]) -> dict[str, str]:
    with path.open("rb") as file:
        return {message.id if isinstance(message.id, str) else message.id[0]:
                "" if message.fuzzy else (message.string if isinstance(message.string, str) else message.string[0])
                for message in read_po(file, locale=lang) if message.id}


def missing_simulator_translations(lang: str) -> list[str]:
    if lang == messages.SOURCE_LANGUAGE:
        return []
    po = messages.LOCALES_DIR / lang / "LC_MESSAGES" / f"{messages.DOMAIN}.po"
    if not po.exists():
        return [f"{po}: no catalogue for {lang!r}: create it with pybabel init -D {messages.DOMAIN} "
                f"-i {messages.LOCALES_DIR / 'simulator.pot'} -d {messages.LOCALES_DIR} -l {lang}"]
    compiled = po.with_suffix(".mo")
    if not compiled.exists() or compiled.stat().st_mtime < po.stat().st_mtime:
        return [f"{compiled}: missing or older than its .po: run `make catalogues`"]
    translated = simulator_catalogue(lang)
    return [f"{po}: {where}: not translated" for where, text in simulator_msgids().items()
            if not translated.get(text, "").strip()]
