"""MkDocs hook: renders a practice page's form from its spec, in the page's language.

A page with ``practice: <form id>`` in its front matter and the marker
``<!-- practice-form -->`` gets the whole practice frame: the checker's status
line, the error summary and one section per stage of the spec (a form of fields
with the portal's Turkish labels, each tied to its input with its meaning and a
hint in the reader's language; an SMS code; a review; the end), the first shown
and the others hidden. It is all in the HTML before any script runs;
assets/practice/practice.js (practice-page.js and its components) brings it to
life, one stage at a time, following the stages' data-next and data-only-if.

Until that script runs (JavaScript off, slow or broken) the form's controls
are disabled, so a native submit can never happen; the typed fields have no
``name`` and say ``autocomplete="off"``, so no value can reach a URL or the
browser's autofill store. The form's own arrangement stays left to right as on
the Turkish portal; the explanations around each field are in the reader's
language and direction.
"""

from html import escape
from pathlib import Path

from mkdocs.utils import get_relative_url

from guide_site.markup import json_script, ltr, turkish
from guide_site.pages.field_parts import (conditions, described_by, hint, in_reader_language, label_text, labelled,
                                          messages_for, typed_order)
from guide_site.pages.practice_controls import country_list, day_choice, picture_code, short_choice, statement
from guide_site.runtime.pyodide_assets import MODULES, runtime_manifest
from guide_site.site_text import megabytes, month_year, phrases, say

from simulator import messages, portal
from simulator.choices import provinces
from simulator.forms import Button, Field, Form, Stage, load
from simulator.kinds import KINDS

MARKER = "<!-- practice-form -->"
# The controls beyond a text box, a tick box, a short choice and the provinces' <select>, drawn by
# practice_controls.py and brought to life by the component each group names in data-control.
CONTROLS = {"list": country_list, "slot": day_choice, "picture": picture_code, "statement": statement}


def on_page_markdown(markdown, page, config, files):
    form_id = page.meta.get("practice")
    if not form_id or MARKER not in markdown:
        return markdown
    lang = config.theme["language"]
    return markdown.replace(MARKER, practice_frame(load(form_id), lang, page.url))


def text_input(field: Field, lang: str) -> str:
    # How a phone shows its keyboard for this kind of value. Every field is autocomplete="off": what is
    # typed here is practice and must not be stored by the browser's autofill.
    keyboard = KINDS[field.kind].input
    kind, inputmode, capitalize = keyboard.type, keyboard.inputmode, keyboard.autocapitalize
    placeholder = 'placeholder="GG.AA.YYYY" ' if field.kind == "birth_date" else ""
    return labelled(field, lang,
                    f'<input class="md-input" id="f-{field.id}" data-field="{field.id}" type="{kind}" '
                    f'inputmode="{inputmode}" autocomplete="off" autocapitalize="{capitalize}" spellcheck="false" '
                    f'maxlength="{field.max_length}" {placeholder}{typed_order(keyboard)}'
                    f'aria-describedby="{described_by(field)}">')


def tick_box(field: Field, lang: str) -> str:
    return (f'<div class="practice-field practice-field--tick" id="group-{field.id}"{conditions(field)}>'
            f'{messages_for(field, lang)}<input id="f-{field.id}" data-field="{field.id}" type="checkbox" '
            f'aria-describedby="{described_by(field)}"><label for="f-{field.id}">{label_text(field, lang)}</label>'
            f"{hint(field, lang)}</div>")


def province(field: Field, lang: str) -> str:
    options = "".join(f'<option value="{plate}">{plate} {escape(name)}</option>' for plate, name in provinces())
    return labelled(field, lang,
                    f'<select id="f-{field.id}" data-field="{field.id}" autocomplete="off" '
                    f'aria-describedby="{described_by(field)}"><option value="">{escape(portal.words()["choose"].text)}</option>'
                    f"{options}</select>")


def field_html(field: Field, lang: str) -> str:
    if field.control in CONTROLS:
        return CONTROLS[field.control](field, lang)
    if field.tickable:
        return tick_box(field, lang)
    if field.kind == "choice":
        return short_choice(field, lang)
    if field.kind == "province":
        return province(field, lang)
    if field.kind == "country":
        return country_list(field, lang)
    return text_input(field, lang)


def checker_panel(lang: str) -> str:
    """Where the checker's state shows: its size, a button to prepare it, progress, a failure and "Try again".

    Its room is held from the first paint, so that the form under it never moves as the checker's
    state changes (practice.css): beside the status, an unseen copy of the longest of what it says
    while the checker is prepared; the buttons and the progress bar in one place.
    """
    size = megabytes(sum(file["brotli"] for file in runtime_manifest()["files"].values()), lang)
    room = max((say(key, lang, size=size, done=size, total=size)
                for key in ("practice.idle", "practice.data_saver", "practice.preparing")), key=len)
    return (f'<div class="practice-checker" data-checker-panel><div class="practice-checker__says">'
            f'<p class="practice-checker__status" role="status" data-status>{escape(say("practice.loading", lang))}</p>'
            f'<p class="practice-checker__room" aria-hidden="true" data-pagefind-ignore>{escape(room)}</p></div>'
            '<div class="practice-checker__controls">'
            '<progress class="practice-checker__progress" max="1" value="0" hidden data-progress></progress>'
            f'<button type="button" class="md-button" hidden data-prepare>{escape(say("practice.prepare", lang, size=size))}</button>'
            f'<button type="button" class="md-button" hidden data-retry>{escape(say("practice.retry", lang))}</button>'
            "</div></div>")


def portal_term(name: str, lang: str, template: str = "{}") -> str:
    """A Turkish word every portal showed (portal.toml), with its meaning in the reader's language."""
    words = portal.words()[name]
    meaning = template.format(messages.translate(words.meaning, lang))
    return f'{turkish(words.text)} {in_reader_language(escape(meaning), lang, class_="practice-field__meaning")}'


def sms_step(form: Form, stage: Stage, lang: str, first: bool) -> str:
    sms_meaning = escape(f"({messages.translate(portal.words()['sms'].meaning, lang)})")
    return (
        f'<section class="practice-stage practice-sms" id="practice-sms"{stage_data(stage)} hidden aria-labelledby="sms-title">'
        f'<div class="mock-phone" role="region" aria-label="{escape(say("sms.phone_label", lang))}">'
        f'<p class="mock-phone__label">{escape(say("sms.phone_label", lang))}</p>'
        '<p class="mock-phone__message" lang="tr" dir="ltr" aria-live="polite" data-sms-message></p>'
        f'<p class="mock-phone__meaning">{sms_meaning}</p></div>'
        f'<h2 id="sms-title" tabindex="-1" data-stage-heading>{step_line()} {escape(say("sms.title", lang))}</h2>'
        f'{portal_notice_html(form.portal_url, lang)}'
        f'<p>{escape(say("sms.intro", lang))}</p><p data-sms-sent></p><p class="practice-sms__keep" data-sms-keep hidden></p>'
        '<p class="practice-sms__countdown" data-countdown></p>'
        '<p class="practice-visually-hidden" aria-live="polite" data-countdown-announcement></p>'
        '<form class="practice-sms__form" novalidate autocomplete="off">'
        '<div class="practice-field" id="group-sms_code">'
        f'<label for="f-sms_code">{portal_term("code", lang)}</label>'
        f'<p class="practice-field__error" id="error-sms_code" hidden role="alert"><span class="practice-visually-hidden">'
        f'{escape(say("practice.error_prefix", lang))} </span><span data-message></span></p>'
        '<input class="md-input" id="f-sms_code" type="text" inputmode="numeric" '
        'autocomplete="off" dir="ltr" data-typed-order maxlength="12"></div>'
        f'<div class="practice-buttons"><button type="submit" class="md-button md-button--primary" data-confirm>{portal_term("confirm", lang, "({})")}</button> '
        f'<button type="button" class="md-button" data-send-again>{escape(messages.text("button.send_again", lang))}</button> '
        f'<button type="button" class="md-button" data-restart>{escape(say("sms.restart", lang))}</button>'
        f'{"" if first else back_button(lang)}'
        "</div></form></section>")


def done_step(form: Form, stage: Stage, lang: str) -> str:
    # Each field of the form, listed if the person was asked it (the page hides the others).
    items = "".join(f'<li data-field="{field.id}">{label_text(field, lang)}</li>'
                    for field in form.fields if not field.tickable)
    portal_address = form.portal_url.removeprefix("https://")
    where = f"<p>{ltr(portal_address)} ({escape(month_year(form.portal_last_known, lang))})</p>" if portal_address else ""
    # The value the form made on the way (an application number), as the portal would show it: on a line
    # of its own under its label (a colon between the two would stand alone where a right-to-left line breaks).
    shows = (f'<p data-shows="{stage.shows}" hidden>{portal_term(stage.shows, lang)}<br>'
             '<strong lang="tr" dir="ltr" data-made-value></strong></p>') if stage.shows else ""
    # A form may have several ends (a start choice leads to different ones): each has its own ids.
    suffix = "" if stage is first_end(form) else f"-{stage.id}"
    return (f'<section class="practice-stage practice-done" id="practice-done{suffix}"{stage_data(stage)} hidden '
            f'aria-labelledby="done-title{suffix}">'
            f'<h2 id="done-title{suffix}" tabindex="-1" data-stage-heading>{escape(say("done.title", lang))}</h2>'
            f'{portal_notice_html(form.portal_url, lang)}'
            f'<p data-done-message></p><p data-done-says hidden></p>{shows}{done_checks(stage, lang)}{end_button(form, stage, lang)}'
            f'<p>{escape(say("done.intro", lang))}</p><ul>{items}</ul>{where}'
            f'{helper_sheet(form, stage, lang)}'
            f'<p class="practice-buttons"><button type="button" class="md-button md-button--primary" data-restart>{escape(say("done.again", lang))}</button> '
            f'<a class="md-button" href="../">{escape(say("practice.back", lang))}</a></p></section>')


def done_checks(stage: Stage, lang: str) -> str:
    """Where the end lists every warning given on the way, each under its field's Turkish label, with
    what was typed and what to type on the real site instead (filled in by end-stage.js; hidden when none)."""
    return (f'<div class="practice-done__checks" data-done-checks hidden>'
            f'<h3 id="done-checks-{stage.id}">{escape(say("done.checks.title", lang))}</h3><ul data-done-checks-list></ul></div>')


def first_end(form: Form) -> Stage | None:
    return next((stage for stage in form.stages if stage.kind == "end"), None)


def end_button(form: Form, stage: Stage, lang: str) -> str:
    """The end's own button, as the portal shows it: with a next stage a way on (e-İkamet's
    "Devam Eden Başvuru"), without one it prints the end (randevu's "Yazdır") as a practice
    confirmation, filled in by end-stage.js from the review (textContent only)."""
    if stage.button is None:
        return ""
    meaning_html = beside_meaning(stage.button, lang)
    # What the print-out of the end lists: the spec's ``prints`` (whose appointment it is, beside the reason
    # and the day), else what the person chose (a reason, a day and a time), not what they typed about themselves.
    chosen = stage.prints or [field.id for field in form.fields if field.kind in PRINTED_KINDS]
    if stage.next:
        return (f'<p class="practice-done__way-on"><button type="button" class="practice-button" data-way-on="{escape(stage.next)}" '
                f'style="--button-colour: {stage.button.colour}; --button-ink: {stage.button.ink}">'
                f'{turkish(stage.button.text)}</button>{meaning_html}</p>')
    return (f'<p class="practice-done__way-on"><button type="button" class="practice-button" data-print-end '
            f'style="--button-colour: {stage.button.colour}; --button-ink: {stage.button.ink}">'
            f'{turkish(stage.button.text)}</button>{meaning_html}</p>'
            f'<div class="practice-print practice-print--confirmation" data-print-view hidden tabindex="-1" '
            f'data-print-fields="{" ".join(chosen)}">{print_mark(lang)}'
            f'<h3 class="practice-print__title">{escape(say("practice.print.title", lang))} {turkish(stage.title or stage.button.text)}</h3>'
            f'<p>{escape(say("practice.print.not_valid", lang))}</p>'
            '<dl class="practice-print__list" data-print-list></dl>'
            f'{portal_notice_html(form.portal_url, lang)}</div>')


# The kinds of value an end's print-out lists: the choices made (reason, document) and the day and time.
PRINTED_KINDS = {"choice", "slot"}


def print_mark(lang: str) -> str:
    """PRACTICE in large letters, in the reader's language and, beside it, in English."""
    mark, english = say("practice.print.mark", lang), say("practice.print.mark", "en")
    both = escape(mark) if mark == english else f'{escape(mark)} <span lang="en" dir="ltr">{escape(english)}</span>'
    return f'<p class="practice-print__mark">{both}</p>'


def helper_sheet(form: Form, stage: Stage, lang: str) -> str:
    """On request, every Turkish label with the answer typed as the portal writes it, to copy from on
    the real site or to show to a helper; printable; never stored (filled in by helper-sheet.js)."""
    return (f'<div class="practice-sheet-box" data-helper-sheet>'
            f'<p><button type="button" class="md-button" aria-expanded="false" data-sheet-toggle>'
            f'{escape(say("practice.sheet.show", lang))}</button></p>'
            f'<div class="practice-print practice-sheet" data-sheet hidden tabindex="-1" aria-labelledby="sheet-{stage.id}-title">'
            f'{print_mark(lang)}'
            f'<h3 class="practice-print__title" id="sheet-{stage.id}-title">{escape(say("practice.sheet.title", lang))}</h3>'
            f'<p>{escape(say("practice.sheet.intro", lang))}</p>'
            f'{portal_notice_html(form.portal_url, lang)}'
            f'<table class="practice-sheet__table"><thead><tr><th scope="col">{escape(say("practice.sheet.label", lang))}</th>'
            f'<th scope="col">{escape(say("practice.sheet.answer", lang))}</th></tr></thead><tbody data-sheet-rows></tbody></table>'
            f'<p class="practice-sheet__empty" data-sheet-empty hidden>{escape(say("practice.sheet.empty", lang))}</p>'
            f'<p class="practice-print__hide"><button type="button" class="md-button md-button--primary" data-sheet-print>'
            f'{escape(say("practice.sheet.print", lang))}</button></p></div></div>')


def portal_notice_html(url: str, lang: str) -> str:
    """ "Practice — this is not <the real address>", the address as an isolated left-to-right run; a
    form without a known address says it is not the real portal. Shown on every stage, as the
    portals are imitated by phishing pages and a practice must never pass for one."""
    address = url.removeprefix("https://").removeprefix("http://").rstrip("/")
    if not address:
        return f'<p class="practice-stage__notice" data-practice-notice data-pagefind-ignore>{escape(say("practice.not_real_plain", lang))}</p>'
    before, _, after = say("practice.not_real", lang, address="\0").partition("\0")
    return (f'<p class="practice-stage__notice" data-practice-notice data-pagefind-ignore>{escape(before)}{ltr(address)}{escape(after)}</p>')


def stage_data(stage: Stage) -> str:
    """What the page needs to go from stage to stage, written as data (read by stages.js and conditions.js)."""
    data = f' data-stage="{escape(stage.id)}" data-kind="{stage.kind}" data-next="{escape(stage.next)}"'
    if stage.only_if:
        data += f' data-only-if="{escape(stage.only_if.field)}"'
        if stage.only_if.value is not None:
            data += f' data-only-if-value="{escape(stage.only_if.value)}"'
    return data


def step_line() -> str:
    """Where the page writes "Step 2 of 5", inside the heading so that it is heard with it (a space
    after it keeps it a word apart from the title in the heading's accessible name)."""
    return '<span class="practice-stage__step" data-step></span>'


def back_button(lang: str) -> str:
    return (f'<button type="button" class="md-button practice-stage__back" data-back hidden>'
            f'{escape(say("practice.stage.back", lang))}</button>')


def stage_heading(stage: Stage, lang: str) -> str:
    """The stage's heading: what it is in the reader's language, and the portal's own Turkish title if known
    (once: in Turkish the meaning is often the title itself)."""
    meaning = messages.translate(stage.meaning, lang)
    title = f" {turkish(stage.title)}" if stage.title and not messages.repeats(meaning, stage.title) else ""
    return (f'<h2 class="practice-stage__title" id="stage-{stage.id}-title" tabindex="-1" data-stage-heading>'
            f'{step_line()} <span>{escape(meaning)}</span>{title}</h2>{stage_says(stage, lang)}')


def stage_says(stage: Stage, lang: str) -> str:
    """What the screen is for, under its heading, when the spec says it (a screen with nothing to fill in
    says why it is there)."""
    return f'<p class="practice-stage__says">{escape(messages.translate(stage.says, lang))}</p>' if stage.says else ""


def beside_meaning(button: Button, lang: str) -> str:
    """What ``button`` means in the reader's language, to stand beside it (nothing when that only repeats
    its Turkish words: "Yazdır (Yazdır)")."""
    meaning = messages.translate(button.meaning, lang)
    if messages.repeats(meaning, button.text):
        return ""
    return " " + in_reader_language(escape(f"({meaning})"), lang, class_="practice-field__meaning")


def portal_button(button: Button, lang: str, kind: str = "submit") -> str:
    """The portal's button, its Turkish words in its own colour (from the spec), and beside it what it
    means in the reader's language (unless that only repeats it)."""
    beside = beside_meaning(button, lang)
    return (f'<button type="{kind}" class="practice-button" '
            f'style="--button-colour: {button.colour}; --button-ink: {button.ink}">'
            f'{turkish(button.text)}</button>{beside}')


def fields_stage(form: Form, stage: Stage, lang: str, first: bool) -> str:
    fields = "".join(field_html(field, lang) for field in stage.fields)
    # The first stage's form keeps the id the page had when a form was one stage.
    form_id = "practice-form" if first else f"practice-form-{stage.id}"
    return (
        f'<section class="practice-stage" id="practice-stage-{stage.id}"{stage_data(stage)}'
        f'{"" if first else " hidden"} aria-labelledby="stage-{stage.id}-title">{stage_heading(stage, lang)}'
        f'{portal_notice_html(form.portal_url, lang)}'
        # Disabled until the page script has taken over the submit: nothing can be sent natively.
        f'<form class="practice-form" id="{form_id}" novalidate autocomplete="off" lang="tr" dir="ltr" data-stage-form>'
        f'<fieldset class="practice-form__controls" disabled data-controls>{fields}'
        f'<div class="practice-form__submit">{portal_button(stage.button, lang)}'
        f'{in_reader_language("", lang, "p", class_="practice-form__waiting", hidden="", data_waiting="")}</div>'
        f'{"" if first else back_button(lang)}'
        "</fieldset></form></section>")


def review_stage(form: Form, stage: Stage, lang: str) -> str:
    """Every answer under its Turkish label, each with "Change" (filled in by review.js from the checker)."""
    button = portal_button(stage.button, lang) if stage.button else (
        f'<button type="submit" class="md-button md-button--primary">{escape(say("practice.review.continue", lang))}</button>')
    return (
        f'<section class="practice-stage practice-review" id="practice-review"{stage_data(stage)} hidden '
        f'aria-labelledby="stage-{stage.id}-title">{stage_heading(stage, lang)}'
        f'{portal_notice_html(form.portal_url, lang)}'
        f'<p>{escape(say("practice.review.intro", lang))}</p>'
        '<dl class="practice-review__list" data-review-list></dl>'
        # Statements to read and tick beside the button (randevu's rules beside "Randevu Onayla"), disabled
        # like every stage's controls until the page script has taken over the submit.
        f'<form class="practice-review__form" novalidate autocomplete="off" data-stage-form>'
        f'<fieldset class="practice-form__controls" disabled data-controls>'
        f'<div lang="tr" dir="ltr">{"".join(field_html(field, lang) for field in stage.fields)}</div>'
        f'{button} {back_button(lang)}</fieldset></form></section>')


def stage_html(form: Form, stage: Stage, lang: str) -> str:
    first = stage is form.stages[0]
    if stage.kind == "fields":
        return fields_stage(form, stage, lang, first)
    if stage.kind == "sms":
        return sms_step(form, stage, lang, first)
    if stage.kind == "review":
        return review_stage(form, stage, lang)
    return done_step(form, stage, lang)


CONTENT_TYPES = {".wasm": "application/wasm", ".json": "application/json"}


def page_config(form: Form, lang: str, page_url: str) -> str:
    runtime = runtime_manifest()
    files = [{"url": get_relative_url(path, page_url), **facts, "name": Path(path).name,
              "type": CONTENT_TYPES.get(Path(path).suffix, "application/octet-stream")}
             for path, facts in runtime["files"].items()]
    config = {
        "form": form.id, "lang": lang,
        "indexURL": get_relative_url(runtime["folder"], page_url),
        "lockFileURL": get_relative_url(runtime["lockFile"], page_url),
        "files": [file for file in files if file["name"] not in MODULES],
        # In the order the checker worker imports them: the loader, then the runtime it creates.
        "modules": [next(file for file in files if file["name"] == name) for name in MODULES],
        "worker": get_relative_url("assets/practice/checker-worker.js", page_url),
        "text": phrases(("practice.", "sms.", "done."), lang),
    }
    return json_script("practice-config", config)


def practice_frame(form: Form, lang: str, page_url: str) -> str:
    stages = "".join(stage_html(form, stage, lang) for stage in form.stages)
    return (
        f'<div class="practice" data-form="{form.id}">'
        f'<div class="practice__frame" role="note"><p><strong>{escape(say("practice.frame", lang))}</strong></p>'
        f'<p>{escape(say(f"practice.notice.{form.section}", lang))}</p></div>'
        f'<noscript><p class="practice__noscript">{escape(say("practice.noscript", lang))}</p></noscript>'
        f"{checker_panel(lang)}"
        f'<div class="practice-summary" id="practice-summary" hidden tabindex="-1" role="alert" aria-labelledby="summary-title">'
        f'<h2 id="summary-title">{escape(say("practice.problem", lang))}</h2><ul data-summary-list></ul></div>'
        # Warnings a stage stops for once, before it goes on: a notice to read (a region, as GOV.UK's
        # notification banner), not an error.
        f'<div class="practice-summary practice-summary--checks" id="practice-checks" hidden tabindex="-1" role="region" '
        f'aria-labelledby="checks-title"><h2 id="checks-title">{escape(say("practice.checks.title", lang))}</h2>'
        '<ul data-summary-list></ul><p data-checks-again></p></div>'
        f"{stages}{page_config(form, lang, page_url)}</div>")
