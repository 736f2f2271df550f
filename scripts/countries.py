"""Writes simulator/data/countries.json: every country's ISO 3166 code and Turkish name, from CLDR through Babel.

Babel is a build dependency only (Pyodide has no Babel), so the list the engine needs is made
here, like the compiled catalogues: a build output, ignored by git, shipped in the wheel.
Only countries: two-letter codes, without CLDR's groupings (EU, UN…), its private-use and
pseudo codes (QO, XA, XB, ZZ) and the places that are reserved codes rather than countries.
Kosovo (XK) stays: Türkiye recognises it and the portals list it.

Usage: python scripts/countries.py simulator/data/countries.json
"""

import json
import sys
from pathlib import Path

from babel import Locale

NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ",
                 # exceptionally reserved for places inside other countries' codes
                 "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
TURKISH_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
ORDER = {letter: index for index, letter in enumerate(TURKISH_ALPHABET)}


def turkish_sort_key(name: str) -> list[tuple[int, str]]:
    """Alphabetical order the Turkish way (Ç after C, I before İ); other characters after the letters."""
    lowered = name.replace("İ", "i").replace("I", "ı").lower()
    return [(ORDER.get(char, len(ORDER)), char) for char in lowered]


def countries() -> list[dict[str, str]]:
    names = Locale("tr").territories
    entries = [{"code": code, "name": name} for code, name in names.items()
               if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES]
    return sorted(entries, key=lambda entry: turkish_sort_key(entry["name"]))


if __name__ == "__main__":
    output = Path(sys.argv[1])
    output.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in countries())
    output.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    print(f"{output}: {len(countries())} countries")
