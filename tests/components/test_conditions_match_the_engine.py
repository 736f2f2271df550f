"""The page decides which fields and stages apply with one evaluator (docs/assets/practice/conditions.js)
reading the conditions the build writes into the HTML; the engine decides with Condition.holds. They
must agree on every condition of every spec, for every answer that could matter, or the page would
show a field the engine does not judge (or hide one it asks for)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.forms import form_ids, load

from .render_practice import ALL_FIXTURE_FORMS, ROOT

pytestmark = pytest.mark.not_in_pyodide
CONDITIONS = ("only_if", "unless", "foreigner_if", "citizen_if")

# For each case: the page's verdict on the element the build rendered, and the evaluator's on the condition.
NODE_SCRIPT = """
import { Window } from "happy-dom";
import { applies, holds } from "%(conditions)s";
const input = JSON.parse(await new Promise((done) => { let text = ""; process.stdin.on("data", (chunk) => (text += chunk)); process.stdin.on("end", () => done(text)); }));
const verdicts = [];
for (const form of input.forms) {
  const window = new Window();
  window.document.body.innerHTML = form.html;
  for (const check of form.elements) verdicts.push(applies(window.document.querySelector(check.selector), check.answers));
  for (const check of form.conditions) verdicts.push(holds(check.condition, check.answers));
  await window.happyDOM.close();
}
console.log(JSON.stringify(verdicts));
"""


def answers_that_matter(form, condition) -> list[dict[str, str]]:
    """Nothing, empty, ticked, each option of the field, the value and two near misses of it."""
    values = {"", "on", *(value for value, _ in form.field(condition.field).options)}
    if condition.value is not None:
        values |= {condition.value, condition.value.upper(), f"{condition.value} "}
    return [{}] + [{condition.field: value} for value in sorted(values)]


def rendered(form_id: str) -> str:
    from guide_site.pages.practice_form import practice_frame

    return practice_frame(load(form_id), "en", f"{form_id}/practice/")


@pytest.fixture
def every_form(monkeypatch):
    """The site's forms and every fixture form (the engine's and the components')."""
    monkeypatch.setenv("SIMULATOR_FORMS_PATH", os.pathsep.join(map(str, ALL_FIXTURE_FORMS)))
    return form_ids()


def test_the_page_and_the_engine_agree_on_every_condition(every_form):
    assert {"flow", "practice_booking", "practice_single", "national"} <= set(every_form)
    forms, expected = [], []
    for form_id in every_form:
        form = load(form_id)
        elements, conditions = [], []
        for field in form.fields:
            if field.only_if or field.unless:
                for condition in filter(None, (field.only_if, field.unless)):
                    for answers in answers_that_matter(form, condition):
                        elements.append({"selector": f"#group-{field.id}", "answers": answers})
                        expected.append(field.applies(answers))
        for stage in form.stages:
            if stage.only_if:
                for answers in answers_that_matter(form, stage.only_if):
                    elements.append({"selector": f'.practice-stage[data-stage="{stage.id}"]', "answers": answers})
                    expected.append(stage.applies(answers))
        for field in form.fields:
            for condition in filter(None, (getattr(field, name) for name in CONDITIONS)):
                for answers in answers_that_matter(form, condition):
                    conditions.append({"condition": {"field": condition.field, "value": condition.value}, "answers": answers})
                    expected.append(condition.holds(answers))
        forms.append({"html": rendered(form_id), "elements": elements, "conditions": conditions})
    # Every kind of condition is there to compare: a field's, a stage's, a ticked box and a chosen option.
    assert any(form["elements"] for form in forms) and any("data-stage" in check["selector"] for form in forms
                                                           for check in form["elements"])
    script = NODE_SCRIPT % {"conditions": (ROOT / "docs/assets/practice/conditions.js").as_uri()}
    run = subprocess.run([shutil.which("node"), "--input-type=module", "-e", script], input=json.dumps({"forms": forms}),
                         capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
    verdicts = json.loads(run.stdout)
    assert len(verdicts) == len(expected) and True in expected and False in expected
    disagreements = [index for index, (page, engine) in enumerate(zip(verdicts, expected)) if page != engine]
    assert disagreements == []
