"""A Babel extractor: the words of the form specs and of ``rules.toml``, for the catalogues.

``babel.cfg`` names it for the package's TOML files, so ``make messages`` collects every
meaning, noun, hint, empty-field message, colour name and forgiven-input message as a
msgid, with a comment saying what it is (what a translator needs to know).

>>> import io
>>> spec = ('[[stages]]\\nid = "form"\\nmeaning = "Your details"\\n[stages.button]\\ntext = "Kaydet"\\n'
...         'meaning = "Save"\\n[[stages.fields]]\\nid = "x"\\nnoun = "surname"\\n')
>>> for lineno, _, msgid, comments in extract(io.BytesIO(spec.encode()), (), (), {}):
...     print(lineno, msgid, comments)
3 Your details ['The heading of one stage (one screen) of the form']
6 Save ['What “Kaydet” on the form means']
9 surname ['The field’s name inside sentences: “Write your {field} in Latin letters”']
"""

import tomllib
from collections.abc import Iterator

NOTES = {
    "meaning": "What “{turkish}” on the form means",
    "noun": "The field’s name inside sentences: “Write your {field} in Latin letters”",
    "hint": "How to fill the field, shown under its label",
    "when_empty": "The error when the field is left empty",
    "colour_name": "The colour of the form’s button",
    "message": "A warning; {portal} is what to type on the real portal",
    "says": "What the practice says to the person on this screen, under its heading (or at the end)",
}

# A stage without a Turkish title: its meaning is the heading the reader sees.
STAGE_NOTE = "The heading of one stage (one screen) of the form"


def words(data: object) -> Iterator[tuple[str, str, str]]:
    """(key, text, note for translators) of every translated key in the parsed TOML, in file order."""
    if isinstance(data, dict):
        turkish = data.get("label") or data.get("text") or data.get("title") or ""
        for key, value in data.items():
            if key in NOTES and isinstance(value, str) and value:
                note = NOTES[key].replace("{turkish}", turkish) if turkish or key != "meaning" else STAGE_NOTE
                yield key, value, note
            else:
                yield from words(value)
    elif isinstance(data, list):
        for item in data:
            yield from words(item)


def extract(fileobj, keywords, comment_tags, options) -> Iterator[tuple[int, None, str, list[str]]]:
    """Babel's extractor interface: (line number, function name, msgid, comments)."""
    text = fileobj.read().decode("utf-8")
    lines = text.splitlines()
    for key, msgid, note in words(tomllib.loads(text)):
        quoted = toml_string(msgid)
        lineno = next((number for number, line in enumerate(lines, 1) if key in line and quoted in line), 1)
        yield lineno, None, msgid, [note]


def toml_string(text: str) -> str:
    """The text as a TOML basic string writes it, to find its line."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
