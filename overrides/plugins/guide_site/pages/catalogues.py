"""`make serve` compiles the simulator's catalogues a maintainer edits while it runs, as `make
catalogues` would: the pages read the compiled .mo files, and without this an edited .po would only
stop the rebuild (build_checks: "older than its .po")."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def compile_edited(locales_dir: Path, domain: str) -> list[Path]:
    """Compiles each ``<lang>/LC_MESSAGES/<domain>.po`` newer than its .mo; the .mo files written."""
    written = []
    for po in sorted(locales_dir.glob(f"*/LC_MESSAGES/{domain}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as file:
            catalogue = read_po(file, locale=po.parents[1].name, domain=domain)
        with mo.open("wb") as file:
            write_mo(file, catalogue)
        written.append(mo)
    return written
