"""MkDocs hook: renders a practice page's form from its spec, in the page's language.

A page with ``practice: <form id>`` in its front matter and the marker
``<!-- practice-form -->`` gets the whole practice frame: the form with the
portal's Turkish labels (each tied to its input, with the meaning and a hint
in the reader's language), the error summary, the status line, the SMS step
and the "you are ready" summary. The form is in the HTML before any script
runs; assets/practice/practice.js brings it to life.
"""

from html import escape

from markup import json_script, ltr, turkish
from mkdocs.utils import get_relative_url
from pyodide_assets import runtime_manifest
from site_text import phrases, say

from simulator import messages
from simulator.choices import provinces
from simulator.forms import Field, Form, load

MARKER = "<!-- practice-form -->"
# How each kind of value is typed on a phone: (type, inputmode, autocomplete, autocapitalize).
INPUTS = {
    "name": ("text", "text", None, "words"),
    "kimlik": ("text", "numeric", "off", "off"),
    "passport": ("text", "text", "off", "characters"),
    "birth_date": ("text", "decimal", "bday", "off"),
    "email": ("email", "email", "email", "off"),
    "card": ("text", "numeric", "off", "off"),
    "phone": ("tel", "tel", "tel-national", "off"),
    "hes": ("text", "text", "off", "characters"),
}
NAME_AUTOCOMPLETE = {"first_name": "given-name", "last_name": "family-name"}


def on_page_markdown(markdown, page, config, files):
    form_id = page.meta.get("practice")
    if not form_id or MARKER not in markdown:
        return markdown
    lang = config.theme["language"]
    return markdown.replace(MARKER, practice_frame(load(form_id), lang, page.url))


def described_by(field: Field) -> str:
    return f"hint-{field.id}"


def conditions(field: Field) -> str:
    data = ""
    if field.only_if:
        data += f' data-only-if="{escape(field.only_if.field)}"'
    if field.unless:
        data += f' data-unless="{escape(field.unless.field)}"'
    return data + (" hidden" if field.only_if else "")


def messages_for(field: Field, lang: str) -> str:
    """The empty slots where the error and the warning of this field will appear."""
    return (f'<p class="practice-field__error" id="error-{field.id}" hidden><span class="practice-visually-hidden">'
            f'{escape(say("practice.error_prefix", lang))} </span><span data-message></span></p>'
            f'<p class="practice-field__warning" id="warning-{field.id}" hidden><strong>'
            f'{escape(say("practice.warning_prefix", lang))}</strong> <span data-message></span></p>')


def label_text(field: Field, lang: str) -> str:
    """The portal's Turkish label, and under it its meaning (unless the meaning only repeats it)."""
    meaning = messages.meaning(field.id, lang)
    if meaning.casefold() == field.label.casefold():
        return turkish(field.label)
    return f'{turkish(field.label)} <span class="practice-field__meaning">{escape(meaning)}</span>'


def hint(field: Field, lang: str) -> str:
    return f'<p class="practice-field__hint" id="{described_by(field)}">{escape(messages.hint(field.id, lang))}</p>'


def text_input(field: Field, lang: str) -> str:
    kind, inputmode, autocomplete, capitalize = INPUTS[field.kind]
    autocomplete = NAME_AUTOCOMPLETE.get(field.id, autocomplete) or "off"
    placeholder = 'placeholder="GG.AA.YYYY" ' if field.kind == "birth_date" else ""
    return labelled(field, lang,
                    f'<input class="md-input" id="f-{field.id}" name="{field.id}" type="{kind}" inputmode="{inputmode}" '
                    f'autocomplete="{autocomplete}" autocapitalize="{capitalize}" spellcheck="false" dir="ltr" {placeholder}'
                    f'aria-describedby="{described_by(field)}">')


def labelled(field: Field, lang: str, control: str) -> str:
    """A field's group: its label, hint and message slots above the control."""
    return (f'<div class="practice-field" id="group-{field.id}"{conditions(field)}>'
            f'<label for="f-{field.id}">{label_text(field, lang)}</label>{hint(field, lang)}{messages_for(field, lang)}'
            f"{control}</div>")


def tick_box(field: Field, lang: str) -> str:
    return (f'<div class="practice-field practice-field--tick" id="group-{field.id}"{conditions(field)}>'
            f'{messages_for(field, lang)}<input id="f-{field.id}" name="{field.id}" type="checkbox" '
            f'aria-describedby="{described_by(field)}"><label for="f-{field.id}">{label_text(field, lang)}</label>'
            f"{hint(field, lang)}</div>")


def choice(field: Field, lang: str) -> str:
    options = "".join(
        f'<div class="practice-field__option"><input id="f-{field.id}-{value}" name="{field.id}" type="radio" '
        f'value="{escape(value)}"><label for="f-{field.id}-{value}">{turkish(text)} '
        f'<span class="practice-field__meaning">{escape(messages.meaning(value, lang))}</span></label></div>'
        for value, text in field.options)
    return (f'<fieldset class="practice-field" id="group-{field.id}"{conditions(field)} '
            f'aria-describedby="{described_by(field)}"><legend>{label_text(field, lang)}</legend>'
            f'{hint(field, lang)}{messages_for(field, lang)}{options}</fieldset>')


def province(field: Field, lang: str) -> str:
    options = "".join(f'<option value="{plate}">{plate} {escape(name)}</option>' for plate, name in provinces())
    return labelled(field, lang,
                    f'<select id="f-{field.id}" name="{field.id}" lang="tr" dir="ltr" aria-describedby="{described_by(field)}">'
                    f'<option value="">{escape(say("choose", lang))}</option>{options}</select>')


def field_html(field: Field, lang: str) -> str:
    if field.tickable:
        return tick_box(field, lang)
    if field.kind == "choice":
        return choice(field, lang)
    if field.kind == "province":
        return province(field, lang)
    return text_input(field, lang)


def sms_step(lang: str) -> str:
    code_label = f'{turkish(say("sms.code_label", lang))} <span class="practice-field__meaning">{escape(say("sms.code_meaning", lang))}</span>'
    return (
        '<section class="practice-sms" id="practice-sms" hidden aria-labelledby="sms-title">'
        f'<div class="mock-phone" role="region" aria-label="{escape(say("sms.phone_label", lang))}">'
        f'<p class="mock-phone__label">{escape(say("sms.phone_label", lang))}</p>'
        '<p class="mock-phone__message" lang="tr" dir="ltr" aria-live="polite" data-sms-message></p>'
        f'<p class="mock-phone__meaning">{escape(say("sms.message_meaning", lang))}</p></div>'
        f'<h2 id="sms-title" tabindex="-1">{escape(say("sms.title", lang))}</h2>'
        f'<p>{escape(say("sms.intro", lang))}</p><p data-sms-sent></p>'
        '<ul class="practice-sms__checks" data-sms-checks hidden></ul>'
        '<p class="practice-sms__countdown" data-countdown></p>'
        '<form class="practice-sms__form" novalidate>'
        '<div class="practice-field" id="group-sms_code">'
        f'<label for="f-sms_code">{code_label}</label>'
        f'<p class="practice-field__error" id="error-sms_code" hidden role="alert"><span class="practice-visually-hidden">'
        f'{escape(say("practice.error_prefix", lang))} </span><span data-message></span></p>'
        '<input class="md-input" id="f-sms_code" name="sms_code" type="text" inputmode="numeric" '
        'autocomplete="one-time-code" dir="ltr" maxlength="12"></div>'
        f'<button type="submit" class="md-button md-button--primary">{turkish(say("sms.confirm", lang))} '
        f'{escape(say("sms.confirm_meaning", lang))}</button> '
        f'<button type="button" class="md-button" data-send-again>{escape(say("sms.again", lang))}</button> '
        f'<button type="button" class="md-button" data-restart>{escape(say("sms.restart", lang))}</button>'
        "</form></section>")


def done_step(form: Form, lang: str) -> str:
    items = "".join(f"<li>{turkish(field.label)}: {escape(messages.meaning(field.id, lang))}</li>"
                    for field in form.fields if not field.tickable)
    portal = form.portal_url.removeprefix("https://")
    where = f"<p>{ltr(portal)} ({escape(form.portal_last_known)})</p>" if portal else ""
    return (f'<section class="practice-done" id="practice-done" hidden aria-labelledby="done-title">'
            f'<h2 id="done-title" tabindex="-1">{escape(say("done.title", lang))}</h2>'
            f'<p data-done-message></p><p>{escape(say("done.intro", lang))}</p><ul>{items}</ul>{where}'
            f'<p>{escape(say("portal.closed", lang))}</p>'
            f'<p><button type="button" class="md-button md-button--primary" data-restart>{escape(say("done.again", lang))}</button> '
            f'<a class="md-button" href="../">{escape(say("practice.back", lang))}</a></p></section>')


def page_config(form: Form, lang: str, page_url: str) -> str:
    runtime = runtime_manifest()
    config = {
        "form": form.id, "lang": lang,
        "indexURL": get_relative_url(runtime["folder"], page_url),
        "lockFileURL": get_relative_url(runtime["lockFile"], page_url),
        "files": [{"url": get_relative_url(path, page_url), "size": size} for path, size in runtime["files"].items()],
        "worker": get_relative_url("assets/practice/checker-worker.js", page_url),
        "text": phrases(("practice.", "sms.", "done."), lang),
    }
    return json_script("practice-config", config)


def practice_frame(form: Form, lang: str, page_url: str) -> str:
    fields = "".join(field_html(field, lang) for field in form.fields)
    button = (f'<button type="submit" class="practice-button practice-button--{form.button_colour}">'
              f'{turkish(form.button_text)}</button>')
    return (
        f'<div class="practice" data-form="{form.id}">'
        f'<p class="practice__frame" role="note">{escape(say("practice.frame", lang))}</p>'
        f'<p class="practice__status" role="status" data-status>{escape(say("practice.starting", lang))}</p>'
        f'<div class="practice-summary" id="practice-summary" hidden tabindex="-1" role="alert" aria-labelledby="summary-title">'
        f'<h2 id="summary-title">{escape(say("practice.problem", lang))}</h2><ul data-summary-list></ul></div>'
        f'<form class="practice-form" id="practice-form" novalidate>{fields}{button}</form>'
        f"{sms_step(lang)}{done_step(form, lang)}"
        f"{page_config(form, lang, page_url)}</div>")
