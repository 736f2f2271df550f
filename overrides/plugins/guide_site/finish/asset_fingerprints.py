"""The site's own styles and scripts get names made from their content.

``assets/site.css`` becomes ``assets/site.1a2b3c4d5e.css``, and every page and
script that names it is rewritten to match (Material's own files are named this
way already). A page of one build can then only ever ask for the files of that
build: no cache, proxy or service worker can hand it another build's script
under the same name, and a host may cache these files for as long as it likes.

A script that imports another is renamed after it, so its own hash covers the
name it imports.
"""

import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

FINGERPRINTED = (".css", ".js")
# Where the site names its assets, besides the assets themselves.
NAMING_FILES = (".html", ".webmanifest")


# A file name of ours wherever it stands whole in a path or a string (not the end of a longer name):
# each text is scanned once, and only the names that are ours are changed.
NAME = re.compile(r"(?<![\w.-])[\w.-]+?\.(?:css|js)(?!\w)")


def named(text: str) -> set[str]:
    return set(NAME.findall(text))


def rewrite(text: str, renamed: dict[str, str]) -> str:
    return NAME.sub(lambda match: renamed.get(match.group(0), match.group(0)), text)


def our_assets(site: Path, docs_dir: Path) -> list[Path]:
    """The built copies of the styles and scripts in docs/assets (not Material's, not Pyodide's)."""
    source = docs_dir / "assets"
    return sorted(site / "assets" / path.relative_to(source) for path in source.rglob("*") if path.suffix in FINGERPRINTED)


def fingerprint(assets: list[Path]) -> dict[str, str]:
    """Renames each file to carry its hash, those it imports first; old name → new name."""
    if len({path.name for path in assets}) != len(assets):
        raise PluginError("asset_fingerprints: two files in docs/assets share a name; give each its own.")
    renamed: dict[str, str] = {}
    pending = {path: path.read_text(encoding="utf-8") for path in assets}
    while pending:
        waiting = {path.name for path in pending}
        ready = [path for path, text in pending.items() if not (named(text) & waiting) - {path.name}]
        if not ready:
            raise PluginError(f"asset_fingerprints: these files name each other: {sorted(p.name for p in pending)}")
        for path in ready:
            text = rewrite(pending.pop(path), renamed)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
            path.with_name(f"{path.stem}.{digest}{path.suffix}").write_text(text, encoding="utf-8")
            path.unlink()
            renamed[path.name] = f"{path.stem}.{digest}{path.suffix}"
    return renamed


def fingerprint_assets(site: Path, docs_dir: Path) -> None:
    """Our styles and scripts renamed after their content, and every page and manifest naming them rewritten."""
    renamed = fingerprint(our_assets(site, docs_dir))
    for file in site.rglob("*"):
        if file.suffix in NAMING_FILES:
            text = file.read_text(encoding="utf-8")
            changed = rewrite(text, renamed)
            if changed != text:
                file.write_text(changed, encoding="utf-8")
