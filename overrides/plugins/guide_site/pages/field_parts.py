"""The pieces every field group of a practice form shares, whatever its control.

A field group is ``<div|fieldset id="group-<field>">`` holding the portal's Turkish label
with its meaning in the reader's language, a hint (``hint-<field>``), the empty slots the page
fills with an error, a warning and how sure we are of the rule (``error-``, ``warning-``,
``confidence-<field>``), and the control (``f-<field>``). practice_form.py draws the text
fields and tick boxes with them; practice_controls.py the lists, days, picture code and statements.
"""

from html import escape

from guide_site.markup import turkish
from guide_site.site_text import direction, say

from simulator import messages


def described_by(field) -> str:
    return f"hint-{field.id}"


def in_reader_language(html: str, lang: str, tag: str = "span", **attributes: str) -> str:
    """Text in the reader's language and direction, inside the form's left-to-right Turkish layout."""
    extra = "".join(f' {name.rstrip("_").replace("_", "-")}="{value}"' for name, value in attributes.items())
    return f'<{tag} lang="{lang}" dir="{direction(lang)}"{extra}>{html}</{tag}>'


def conditions(field) -> str:
    data = ""
    for name, condition in (("only-if", field.only_if), ("unless", field.unless)):
        if condition:
            data += f' data-{name}="{escape(condition.field)}"'
            if condition.value is not None:
                data += f' data-{name}-value="{escape(condition.value)}"'
    return data + (" hidden" if field.only_if else "")


def messages_for(field, lang: str) -> str:
    """The empty slots where the error and the warning of this field will appear, and under them
    how sure we are of the rule behind them when it is not confirmed (Result.confidence_notes)."""
    error = (f'<span class="practice-visually-hidden">{escape(say("practice.error_prefix", lang))} </span>'
             "<span data-message></span>")
    warning = f'<strong>{escape(say("practice.warning_prefix", lang))}</strong> <span data-message></span>'
    return (in_reader_language(error, lang, "p", class_="practice-field__error", id=f"error-{field.id}", hidden="")
            + in_reader_language(warning, lang, "p", class_="practice-field__warning", id=f"warning-{field.id}",
                                 hidden="")
            + in_reader_language("<span data-message></span>", lang, "p", class_="practice-field__confidence",
                                 id=f"confidence-{field.id}", hidden=""))


def label_text(field, lang: str) -> str:
    """The portal's Turkish label, and under it its meaning (unless the meaning only repeats it)."""
    meaning = messages.translate(field.meaning, lang)
    optional = "" if field.required or field.tickable else f" ({messages.text('field.optional', lang)})"
    if messages.repeats(meaning, field.label) and not optional:
        return turkish(field.label)
    return f'{turkish(field.label)} {in_reader_language(escape(meaning + optional), lang, class_="practice-field__meaning")}'


def hint(field, lang: str) -> str:
    return in_reader_language(escape(messages.translate(field.hint, lang)), lang, "p", class_="practice-field__hint",
                              id=described_by(field))


def labelled(field, lang: str, control: str, *, block: str = "", component: str = "") -> str:
    """A field's group: its label, hint and message slots above the control. ``block`` is the CSS
    block of a control of its own (practice-list…); ``component`` the script that brings the group
    to life (docs/assets/practice/components/<component>.js), read by the page from ``data-control``."""
    classes = " ".join(filter(None, ("practice-field", block)))
    script = f' data-control="{component}"' if component else ""
    return (f'<div class="{classes}" id="group-{field.id}"{script}{conditions(field)}>'
            f'<label for="f-{field.id}">{label_text(field, lang)}</label>{hint(field, lang)}{messages_for(field, lang)}'
            f"{control}</div>")


def typed_order(keyboard) -> str:
    """The attributes of a box that draws digits and codes left to right as typed (see kinds.Input; practice.css)."""
    return 'dir="ltr" data-typed-order ' if keyboard.typed_order else ""
