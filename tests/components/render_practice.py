"""Prints the practice frame of a form as the build renders it, for the component tests (node --test).

Usage: python tests/components/render_practice.py <form id> <lang>
The fixture forms (tests/components/forms, tests/fixtures/*/simulator/forms) are found too. Prints JSON:
{"html": the frame, "dir": the language's direction}.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
FIXTURE_FORMS = Path(__file__).parent / "forms"
# The components' fixture forms and the engine's (tests/fixtures/<name>/simulator/forms).
ALL_FIXTURE_FORMS = [FIXTURE_FORMS, *sorted((ROOT / "tests" / "fixtures").glob("*/simulator/forms"))]


def main(form_id: str, lang: str) -> None:
    os.environ["SIMULATOR_FORMS_PATH"] = os.pathsep.join(map(str, ALL_FIXTURE_FORMS))
    from guide_site.pages.practice_form import practice_frame
    from guide_site.site_text import direction

    from simulator.forms import load

    html = practice_frame(load(form_id), lang, f"{form_id}/practice/")
    print(json.dumps({"html": html, "dir": direction(lang)}))


if __name__ == "__main__":
    main(*sys.argv[1:3])
