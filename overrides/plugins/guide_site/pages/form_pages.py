"""Renders the form specs of the `simulator` package into the guide pages (for the pages plugin).

Markdown pages hold small markers; each becomes HTML in the page's language:

    <!-- fields: istanbul -->              the table of the form's fields
    <!-- picture: istanbul fill -->        a drawing of the form, the step's parts highlighted:
                                           the first drawing of a page shows the whole form,
                                           the next ones only the part their step is about
    <!-- picture: istanbul passport use_passport -->   … with the passport box ticked
    <!-- portal: istanbul -->              the real portal's address and when it last worked
    <!-- practice: istanbul -->            the link to the practice page (or a "coming" note)
    <!-- forms-table -->                   the home page's table of every form: its guide, card and button
    [[Kaydet]]                             a Turkish term, marked lang="tr" (bidi-isolated)
    [[ltr:0532 123 45 67]]                 a number or code that reads left to right
    <!-- report-mistake -->                "Report a mistake" with its link (extra.report_url, else the
                                           issues of repo_url); nothing when neither is set
    [[date:reviewed]]                      a date of mkdocs.yml's `extra`, in words
    [[sms:HES <ID number> <days>]]         an SMS to type: its fixed words left to right, each
                                           <placeholder> in the reader's language

Every page but the home, practice and offline pages (and those with ``status_notice: false``)
gets a notice under its title: the HES requirement ended on 2 March 2022, and when the
information was last reviewed (``extra.reviewed`` in mkdocs.yml).

Changing a label or rule in simulator/forms/*.toml changes every page on the next build.
"""

import re
from html import escape

from guide_site.markup import ltr, turkish
from guide_site.site_text import check, day_month_year, direction, month_year, say

from simulator import messages, portal
from simulator.choices import provinces
from simulator.forms import Field, Form, all_forms, load

MARKER = re.compile(r"<!--\s*(fields|picture|portal|practice):\s*([\w-]+)((?:\s+[\w-]+)*)\s*-->")
TERM = re.compile(r"\[\[(?:(tr|ltr|sms|date):)?([^\[\]\n]+?)\]\]")
TITLE = re.compile(r"^# .*$", re.M)
REPORT = "<!-- report-mistake -->"
FORMS_TABLE = "<!-- forms-table -->"
SMS_PART = re.compile(r"<([^<>]+)>|([^<>\s]+)")

def on_page_markdown(markdown, page, config, files, guide_titles: dict[str, str]):
    """The page's markers rendered in its language; ``guide_titles``: each guide's title in this language's menu."""
    lang = config.theme["language"]
    # Pages of this language's build by address: "ar/istanbul/practice/" for practice.ar.md.
    page_urls = {file.url for file in files.documentation_pages()}
    pictures_drawn = set()

    def render(match: re.Match) -> str:
        kind, form_id, extra = match.group(1), match.group(2), match.group(3).split()
        form = load(form_id)
        if kind == "fields":
            return fields_table(form, lang)
        if kind == "picture":
            whole = form_id not in pictures_drawn
            pictures_drawn.add(form_id)
            return form_picture(form, step_fields(form, extra[0]), set(extra[1:]), lang, whole)
        if kind == "portal":
            return portal_note(form, lang)
        return practice_link(form, lang, page.url + "practice/" in page_urls)

    if page.meta.get("status_notice", not page.meta.get("practice")):
        notice = status_notice(lang, config.extra["reviewed"])
        markdown = TITLE.sub(lambda title: f"{title.group(0)}\n\n{notice}\n", markdown, count=1)
    markdown = markdown.replace(REPORT, report_section(report_address(config), lang))
    markdown = markdown.replace(FORMS_TABLE, forms_table(lang, guide_titles))
    return TERM.sub(lambda match: term(match, lang, config.extra), MARKER.sub(render, markdown))


def report_address(config) -> str | None:
    """Where readers report a mistake: set at build time, or the repository's issues, or nowhere."""
    if config.extra.get("report_url"):
        return config.extra["report_url"]
    return config.repo_url.rstrip("/") + "/issues" if config.repo_url else None


def report_section(address: str | None, lang: str) -> str:
    if not address:
        return ""
    return (f'## {escape(say("report.title", lang))}\n\n{escape(say("report.text", lang))}\n\n'
            f'<p><a href="{escape(address)}" rel="noopener">{escape(say("report.link", lang))}</a></p>\n')


def status_notice(lang: str, reviewed) -> str:
    """The HES rule's end and the information's date, plainly, under a page's title."""
    text = escape(say("status.text", lang, date=day_month_year(reviewed, lang)))
    return (f'<div class="admonition warning status-notice"><p class="admonition-title">{escape(say("status.title", lang))}</p>'
            f"<p>{text}</p></div>")


def term(match: re.Match, lang: str, extra) -> str:
    kind, text = match.groups()
    if kind == "date":
        return escape(day_month_year(extra[text], lang))
    if kind == "ltr":
        return ltr(text)
    if kind == "sms":
        return sms_format(text, lang)
    return turkish(text)


def sms_format(text: str, lang: str) -> str:
    """An SMS to type, laid out left to right as it is typed; placeholders are in the reader's words."""
    parts = []
    for placeholder, literal in SMS_PART.findall(text):
        if placeholder:
            parts.append(f'<span class="sms-format__slot" dir="{direction(lang)}">{escape(placeholder)}</span>')
        else:
            parts.append(f"<code>{ltr(literal)}</code>")
    return f'<span class="sms-format" dir="ltr">{" ".join(parts)}</span>'


def guide_title(form: Form, lang: str, guide_titles: dict[str, str]) -> str:
    """The guide's title as this language's menu names it (else the city, else "other provinces")."""
    return guide_titles.get(form.guide) or form.city or say("forms.any_province", lang)


def forms_table(lang: str, guide_titles: dict[str, str]) -> str:
    """The home page's table of forms, one row per spec: a Markdown table, so its links resolve per language."""
    head = " | ".join(say(key, lang) for key in ("forms.city", "forms.card", "forms.button"))
    rows = []
    for form in all_forms().values():
        card = f"[[{form.card}]]" if form.card else say("forms.any_card", lang)
        colour = messages.translate(form.button_colour_name, lang)
        rows.append(f"| [{guide_title(form, lang, guide_titles)}]({form.guide}.md) | {card} | [[{form.button_text}]] ({colour}) |")
    return f"| {head} |\n|---|---|---|\n" + "\n".join(rows) + "\n"


def form_name(form: Form, lang: str) -> str:
    return form.card or say("form.national", lang)


def step_fields(form: Form, step_id: str) -> set[str]:
    return set(next(step.fields for step in form.steps if step.id == step_id))


def shown_fields(form: Form, ticked: set[str]) -> list[Field]:
    answers = {name: "on" for name in ticked}
    return [field for field in form.fields if field.applies(answers)]


def condition_note(field: Field, form: Form, lang: str) -> str:
    if field.only_if:
        return say("shown.only_if", lang, label=form.field(field.only_if.field).label)
    if field.unless:
        return say("shown.unless", lang, label=form.field(field.unless.field).label)
    return ""


def field_row(field: Field, form: Form, lang: str) -> str:
    need = say("required" if field.required else "optional", lang)
    meaning = escape(messages.translate(field.meaning, lang))
    if field.options:
        meaning += "<ul>" + "".join(f"<li>{turkish(label)}: {escape(messages.translate(field.meaning_of(value), lang))}</li>"
                                    for value, label in field.options) + "</ul>"
    note = condition_note(field, form, lang)
    checked = escape(check(field.kind, lang)) + (f"<br><small>{escape(note)}</small>" if note else "")
    example = ltr(field.example) if field.example else "—"
    return (f'<tr id="field-{form.id}-{field.id}"><th scope="row">{turkish(field.label)} <small>({need})</small></th>'
            + cells(lang, meaning, example, checked) + "</tr>")


def cells(lang: str, meaning: str, example: str, checked: str) -> str:
    """The row's cells, each labelled with its column for the stacked layout on phones."""
    columns = zip(("col.meaning", "col.example", "col.check"), (meaning, example, checked))
    return "".join(f'<td data-label="{escape(say(key, lang))}">{content}</td>' for key, content in columns)


def fields_table(form: Form, lang: str) -> str:
    head = "".join(f'<th scope="col">{escape(say(key, lang))}</th>'
                   for key in ("col.label", "col.meaning", "col.example", "col.check"))
    rows = "".join(field_row(field, form, lang) for field in form.fields)
    colour = messages.translate(form.button_colour_name, lang)
    button = (f'<tr><th scope="row">{turkish(form.button_text)} <small>({escape(colour)})</small></th>'
              + cells(lang, escape(messages.translate(form.button_meaning, lang)), "—", escape(say("button.row", lang))) + "</tr>")
    caption = escape(say("fields.caption", lang, form=form_name(form, lang)))
    return (f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table form-fields__wrap"><table class="form-fields">'
            f"<caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}{button}</tbody></table></div></div>")


def picture_part(field: Field, highlighted: bool, ticked: set[str]) -> str:
    mark = " is-highlighted" if highlighted else ""
    label = escape(field.label)
    if field.tickable:
        box = "✓" if field.id in ticked else ""
        return f'<div class="form-picture__tick{mark}"><span class="form-picture__check">{box}</span>{label}</div>'
    if field.kind == "choice":
        options = "".join(f'<span class="form-picture__option"><span class="form-picture__radio"></span>{escape(text)}</span>'
                          for _, text in field.options)
        return f'<div class="form-picture__row{mark}"><span class="form-picture__label">{label}</span>{options}</div>'
    if field.kind == "province":
        sample = f"{portal.words()['choose'].text} ▾ ({len(provinces())})"
        return (f'<div class="form-picture__row{mark}"><span class="form-picture__label">{label}</span>'
                f'<span class="form-picture__box">{escape(sample)}</span></div>')
    return (f'<div class="form-picture__row{mark}"><span class="form-picture__label">{label}</span>'
            f'<span class="form-picture__box">{escape(field.example)}</span></div>')


def in_part(field: Field, highlighted: set[str]) -> bool:
    """Whether a step's part of the drawing shows ``field``: its own fields, and those a ticked box reveals."""
    return field.id in highlighted or bool(field.only_if and field.only_if.field in highlighted)


def form_picture(form: Form, highlighted: set[str], ticked: set[str], lang: str, whole: bool = True) -> str:
    """A drawing of the form: all of it, or (``whole`` false) only the part the step is about, the rest cut."""
    rows = [(field, in_part(field, highlighted)) for field in shown_fields(form, ticked)]
    rows.append((None, "button" in highlighted))
    gap = '<div class="form-picture__gap" aria-hidden="true">⋮</div>'
    parts, skipped = [], False
    for field, in_step in rows:
        if not (whole or in_step):
            skipped = True
            continue
        if skipped:
            parts.append(gap)
            skipped = False
        parts.append(picture_part(field, field.id in highlighted, ticked) if field else picture_button(form, in_step))
    if skipped:
        parts.append(gap)
    key = "picture.label" if whole else "picture.part_label"
    label = escape(say(key, lang, form=form_name(form, lang)))
    caption = f'<strong class="form-picture__title">{escape(say("picture.caption", lang))}</strong>'
    if whole:
        caption += f' <span class="form-picture__note">{escape(say("picture.note", lang))}</span>'
    kind = "whole" if whole else "part"
    return (f'<figure class="form-picture form-picture--{kind}"><figcaption>{caption}</figcaption>'
            f'<div class="form-picture__sheet" role="img" aria-label="{label}" lang="tr" dir="ltr">'
            f"{''.join(parts)}</div></figure>")


def picture_button(form: Form, highlighted: bool) -> str:
    mark = " is-highlighted" if highlighted else ""
    return (f'<div class="form-picture__button{mark}" '
            f'style="--button-colour: {form.button_colour}; --button-ink: {form.button_ink}">'
            f"{escape(form.button_text)}</div>")


def portal_note(form: Form, lang: str) -> str:
    date = escape(month_year(form.portal_last_known, lang))
    if form.portal_url:
        link = ltr(form.portal_url.removeprefix("https://"))
        text = escape(say("portal.address", lang, url="{url}", date="{date}")).format(url=link, date=date)
    else:
        text = escape(say("portal.unknown", lang, date="{date}")).format(date=date)
    return f'<p class="portal-note">{text} {escape(say("portal.closed", lang))}</p>'


def practice_link(form: Form, lang: str, exists: bool) -> str:
    if not exists:
        return f'<p class="practice-coming">{escape(say("practice.coming", lang))}</p>'
    return f'<p><a class="md-button md-button--primary" href="practice/">{escape(say("practice.link", lang))}</a></p>'
