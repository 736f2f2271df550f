"""The site's own words (table headers, notices, labels of generated parts) in every language.

They live in gettext catalogues, one per language, like the simulator's messages:
``overrides/locales/site.pot`` holds the English text (each entry's ``msgctxt`` is the key
the plugins use, its ``msgid`` the English), and ``overrides/locales/<lang>/LC_MESSAGES/site.po``
each translation. The build reads the ``.po`` files directly at build time (Babel), so there is
nothing to compile and a translation edited is a translation built. Adding a language is
adding its ``.po`` file; :func:`missing_translations` lists what a language still lacks, and the
build stops on it (guide_site/pages/build_checks.py).

Field meanings, hints and checker messages come from the simulator's catalogues; the
Turkish words every portal showed (Seçiniz, Onayla, …) from ``simulator/portal.toml``.
"""

import string
from datetime import date
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import get_decimal_symbol
from mkdocs.exceptions import PluginError

from simulator import card, passport, picture_code

# The project's overrides/locales. The build points it at the project it builds (use_locales), which
# need not be this checkout: the tests build copies of the project with catalogues of their own.
LOCALES_DIR = Path(__file__).parents[2] / "locales"
SOURCE_LANGUAGE = "en"  # the language of the msgids
DOMAIN = "site"

# What each kind of field is checked for, with the engine's own limits filled in.
CHECK_DETAILS = {
    "passport": {"min": passport.MIN_LENGTH, "max": passport.MAX_LENGTH},
    "card": {"min": card.MIN_LENGTH, "max": card.MAX_LENGTH},
    "picture_code": {"length": picture_code.LENGTH},
}


def use_locales(folder: Path) -> None:
    """Reads the site's words from ``folder`` (a project's overrides/locales) from now on."""
    global LOCALES_DIR
    LOCALES_DIR = folder


def template() -> Path:
    return LOCALES_DIR / "site.pot"


def catalogue_file(lang: str) -> Path:
    return template() if lang == SOURCE_LANGUAGE else LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def entries(lang: str) -> dict[str, tuple[str, str, bool]]:
    """key → (English, text in ``lang``, marked fuzzy) for every entry of ``lang``'s catalogue."""
    path = catalogue_file(lang)
    if not path.exists():
        return {}
    stat = path.stat()
    return catalogue_entries(path, lang, (stat.st_mtime_ns, stat.st_size))


# Keyed by the file's modification time and size: `make serve` shows an edited catalogue on its next rebuild.
@cache
def catalogue_entries(path: Path, lang: str, version: tuple[int, int]) -> dict[str, tuple[str, str, bool]]:
    with path.open("rb") as file:
        catalogue = read_po(file, locale=None if lang == SOURCE_LANGUAGE else lang, domain=DOMAIN)
    found = {}
    for message in catalogue:
        if message.id and message.context:
            text = message.id if lang == SOURCE_LANGUAGE else message.string
            found[message.context] = (message.id, text, message.fuzzy)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def missing_translations(lang: str) -> list[str]:
    """What ``lang``'s catalogue lacks, one line each naming the file and the key ([] when complete)."""
    path = catalogue_file(lang)
    if not path.exists():
        return [f"{path}: no catalogue for {lang!r}: create it with "
                f"pybabel init -D {DOMAIN} -i {template()} -d {LOCALES_DIR} -l {lang}"]
    source, translated = entries(SOURCE_LANGUAGE), entries(lang)
    problems = []
    for key, (english, _, _) in source.items():
        if key not in translated:
            problems.append(f"{path}: {key}: missing (English: {english!r})")
            continue
        known_english, text, fuzzy = translated[key]
        if not text.strip():
            problems.append(f"{path}: {key}: not translated (English: {english!r})")
        elif fuzzy or known_english != english:
            problems.append(f"{path}: {key}: the English changed to {english!r}; check the translation and remove its fuzzy mark")
        elif placeholders(text) != placeholders(english):
            problems.append(f"{path}: {key}: must use the placeholders {sorted(placeholders(english))}, as the English does")
    return problems


def direction(lang: str) -> str:
    """"rtl" or "ltr", from the language's script as the Unicode CLDR (through Babel) records it."""
    return "rtl" if Locale.parse(lang.replace("-", "_")).character_order == "right-to-left" else "ltr"


# A date in words is one unit on the page: it never wraps between its words, nor after the "/" between two
# month names (no-break spaces, a word joiner).
UNBROKEN = str.maketrans({" ": "\u00a0", "/": "/\u2060"})


def month_name(day: date, lang: str) -> str:
    names = [format_date(day, "MMMM", locale=locale) for locale in say("date.locales", lang).split()]
    return "/".join(dict.fromkeys(names))


def month_year(value: str, lang: str) -> str:
    """A "2021-01" date as words in ``lang``: "January 2021", "كانون الثاني/يناير 2021", "Ocak 2021"."""
    year, month = (int(part) for part in str(value).split("-")[:2])
    return f"{month_name(date(year, month, 1), lang)} {year}".translate(UNBROKEN)


def day_month_year(value: str | date, lang: str) -> str:
    """A "2026-11-24" date as words in ``lang``: "24 November 2026", "24 Kasım 2026"."""
    day = value if isinstance(value, date) else date.fromisoformat(value)
    return f"{day.day} {month_name(day, lang)} {day.year}".translate(UNBROKEN)


def megabytes(size: int, lang: str) -> str:
    """A size in MB, one decimal, as the language writes it ("3,9" in Turkish), in Latin digits like every
    figure of the site (assets/transfer-size.js's megabytes says the same)."""
    return f"{size / 1e6:.1f}".replace(".", get_decimal_symbol(lang, numbering_system="latn"))


def text_of(key: str, lang: str) -> str:
    """The unformatted text ``key`` in ``lang``; PluginError naming the catalogue if it has none."""
    found = entries(lang).get(key) or entries(SOURCE_LANGUAGE).get(key)
    if found is None:
        raise PluginError(f"{template()}: {key}: no such text (the site's words are keyed by msgctxt)")
    english, text, _ = found
    # The build has already stopped on a missing translation (build_checks.py); a page rendered
    # outside a build (a test) still reads.
    return text or english


def say(key: str, lang: str, **details: object) -> str:
    """The site's text ``key`` in ``lang``, with ``details`` filled in."""
    return text_of(key, lang).format(**details)


def phrases(prefixes: tuple[str, ...], lang: str) -> dict[str, str]:
    """The texts whose keys start with ``prefixes``, unformatted, for a page script to fill in."""
    return {key: text_of(key, lang) for key in entries(SOURCE_LANGUAGE) if key.startswith(prefixes)}


def check(kind: str, lang: str) -> str:
    """What the practice form checks for a field of ``kind``, in ``lang``."""
    return say(f"check.{kind}", lang, **CHECK_DETAILS.get(kind, {}))
