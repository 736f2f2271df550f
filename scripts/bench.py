"""Figures about the built site and the engine (printed, never asserted): python scripts/bench.py SITE_DIR.

- offline sizes per part, raw and gzip-compressed (what a phone on prepaid data downloads);
- the weight of a first visit to a guide page;
- how long simulator.validate takes in CPython.
"""

import gzip
import json
import re
import sys
import timeit
from collections import defaultdict
from pathlib import Path

import simulator

PARTS = {"This language's guide (Arabic)": ["core", "guide-ar"], "All three languages": ["core", "guide-en", "guide-ar", "guide-tr"],
         "Practice runtime (Pyodide + simulator)": ["practice"]}


def megabytes(size: int) -> str:
    return f"{size / 1e6:6.2f} MB"


def offline_sizes(site: Path) -> None:
    files = json.loads(re.search(r"const FILES = (.*);", (site / "sw.js").read_text(encoding="utf-8")).group(1))
    raw, packed = defaultdict(int), defaultdict(int)
    for entry in files:
        path = site / (entry["url"] + "index.html" if entry["url"].endswith("/") or entry["url"] == "" else entry["url"])
        raw[entry["group"]] += entry["size"]
        packed[entry["group"]] += len(gzip.compress(path.read_bytes(), 6))
    print("Offline parts (raw / gzip):")
    for name, groups in PARTS.items():
        print(f"  {name:42} {megabytes(sum(raw[g] for g in groups))} / {megabytes(sum(packed[g] for g in groups))}")


def first_visit(site: Path, page: str) -> None:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    assets = re.findall(r'(?:href|src)="((?:\.\./)*assets/[^"]+\.(?:css|js))"', html)
    total = len(gzip.compress(html.encode()))
    for asset in assets:
        total += len(gzip.compress((site / page / asset).resolve().read_bytes()))
    print(f"First visit to /{page}: {megabytes(total)} gzip (HTML, CSS, JS; no Pyodide)")


def validate_speed() -> None:
    answers = {"card_number": "1234 5678 9012", "phone": "0532 123 45 67", "hes_code": "a1b2-3456-78", "consent_1": "on"}
    runs = 2000
    seconds = timeit.timeit(lambda: simulator.validate("gaziantep", answers, "ar"), number=runs)
    print(f"simulator.validate (Gaziantep, Arabic): {seconds / runs * 1e6:.0f} µs per call in CPython")


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    offline_sizes(site)
    first_visit(site, "ar/istanbul")
    validate_speed()
