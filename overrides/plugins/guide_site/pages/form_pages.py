"""Renders the form specs of the `simulator` package into the guide pages (for the pages plugin).

Markdown pages hold small markers; each becomes HTML in the page's language:

    <!-- fields: istanbul -->              the table of the form's fields
    <!-- picture: istanbul fill -->        a drawing of the form, the step's parts highlighted:
                                           the first drawing of a page shows the whole form,
                                           the next ones only the part their step is about
    <!-- picture: istanbul passport use_passport -->   … with the passport box ticked
    <!-- picture: eikamet fill -->         a staged form is drawn screen by screen: the screens its step
                                           names (`stages`) or that hold its fields; whole, the screens
                                           a first-time person goes through
    <!-- portal: istanbul -->              the real portal's address and when it was last seen
    <!-- practice: istanbul -->            the link to the practice page (or a "coming" note)
    <!-- forms-table -->                   the home page's tables of forms, one per menu section: each
    <!-- forms-table: today -->            form's guide, real address and practice (or one section's)
    [[Kaydet]]                             a Turkish term, marked lang="tr" (bidi-isolated)
    [[ltr:0532 123 45 67]]                 a number or code that reads left to right
    <!-- report-mistake -->                "Report a mistake" with its link (extra.report_url, else the
                                           issues of repo_url); nothing when neither is set
    [[date:reviewed]]                      when this page's facts were last checked, in words: its form's
                                           `reviewed` (the spec), else mkdocs.yml's `extra.reviewed`;
    [[date:<key>]]                         another date of mkdocs.yml's `extra`
    [[sms:HES <ID number> <days>]]         an SMS to type: its fixed words left to right, each
                                           <placeholder> in the reader's language

A page's section is its form's (the spec whose guide or practice page it is) or its front matter's
``section:``. Under its title, a page of the closed section (the HES forms; not their practice pages)
says the HES requirement ended on 2 March 2022 and when the information was last reviewed; a guide
or practice page of another section says when its form's facts were last checked (the spec's
``reviewed``). Pages of no section (home, about, offline) have no notice.

Changing a label or rule in simulator/forms/*.toml changes every page on the next build.
"""

import re
from datetime import date
from pathlib import Path
from html import escape

from guide_site.i18n_builds import language_folder
from guide_site.markup import ltr, turkish
from guide_site.pages.navigation import section_of
from guide_site.site_text import check, day_month_year, direction, month_year, say

from simulator import messages, portal
from simulator.form_model import Button, Stage, Step
from simulator.forms import Field, Form, all_forms, load
from simulator.kinds import KINDS, example_answer, option_label, options_of

MARKER = re.compile(r"<!--\s*(fields|picture|portal|practice):\s*([\w-]+)((?:\s+[\w-]+)*)\s*-->")
TERM = re.compile(r"\[\[(?:(tr|ltr|sms|date):)?([^\[\]\n]+?)\]\]")
TITLE = re.compile(r"^# .*$", re.M)
REPORT = "<!-- report-mistake -->"
FORMS_TABLE = "<!-- forms-table -->"
FORMS_TABLE_OF = re.compile(r"<!--\s*forms-table:\s*([\w-]+)\s*-->")
SMS_PART = re.compile(r"<([^<>]+)>|([^<>\s]+)")

def on_page_markdown(markdown, page, config, files, guide_titles: dict[str, str], closed_section: str = "hes",
                     sections: tuple[str, ...] = ("today", "hes")):
    """The page's markers rendered in its language; ``guide_titles``: each guide's title in this language's menu;
    ``closed_section`` the menu section of the forms that closed (its pages say so); ``sections`` the menu's, in order."""
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
            return form_picture(form, step_fields(form, extra[0]), set(extra[1:]), lang, whole, extra[0])
        if kind == "portal":
            return portal_note(form, lang, section_of(form, list(sections)) == closed_section)
        return practice_link(form, lang, page.url + "practice/" in page_urls)

    form_here = page_form(page, config)
    section = page.meta.get("section") or (section_of(form_here, list(sections)) if form_here else "")
    reviewed = (form_here.reviewed if form_here else "") or config.extra["reviewed"]
    notice = page_notice(section, bool(page.meta.get("practice")), reviewed, lang, closed_section)
    if notice:
        markdown = TITLE.sub(lambda title: f"{title.group(0)}\n\n{notice}\n", markdown, count=1)
    markdown = markdown.replace(REPORT, report_section(report_address(config), lang))
    docs_dir = Path(config.docs_dir)
    markdown = markdown.replace(FORMS_TABLE, forms_table(lang, guide_titles, sections, docs_dir))
    markdown = FORMS_TABLE_OF.sub(lambda match: forms_table(lang, guide_titles, sections, docs_dir, match.group(1)), markdown)
    dates = {**config.extra, "reviewed": reviewed}
    return TERM.sub(lambda match: term(match, lang, dates), MARKER.sub(render, markdown))


def page_form(page, config) -> Form | None:
    """The form whose guide or practice page ``page`` is (its ``practice:`` key, or a spec's ``guide``), else None."""
    if page.meta.get("practice"):
        return load(page.meta["practice"])
    address = page.url.removeprefix(language_folder(config, config.theme["language"])).strip("/")
    return next((form for form in all_forms().values() if form.guide == address), None)


def page_notice(section: str, practice: bool, reviewed: str, lang: str, closed_section: str) -> str:
    """What a page says under its title: that the HES forms closed (their section's pages but practice
    ones), or when its form's facts were last checked (the other forms' guide and practice pages)."""
    if not section:
        return ""
    if section == closed_section:
        return "" if practice else status_notice(lang, reviewed)
    return reviewed_notice(lang, reviewed)


def reviewed_notice(lang: str, reviewed: str) -> str:
    """When the facts of a form in use today were last checked, and where they come from."""
    title = escape(say("reviewed.title", lang, date=day_month_year(reviewed, lang)))
    return (f'<div class="admonition info reviewed-notice"><p class="admonition-title">{title}</p>'
            f'<p>{escape(say("reviewed.text", lang))}</p></div>')


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


def forms_table(lang: str, guide_titles: dict[str, str], sections: tuple[str, ...], docs_dir: Path,
                only: str | None = None) -> str:
    """The home page's table of forms, one per menu section (``only``: that section's), one row per spec:
    its guide, the real site's address and its practice page. Markdown, so its links resolve per language."""
    head = " | ".join(say(key, lang) for key in ("forms.form", "forms.address", "forms.practice"))
    tables = []
    for section in sections if only is None else (only,):
        rows = []
        for form in sorted((form for form in all_forms().values() if section_of(form, list(sections)) == section),
                           key=lambda form: (form.order, form.id)):
            address = f"[[ltr:{form.portal_url.removeprefix('https://')}]]" if form.portal_url else "—"
            practice = (f"[{say('forms.practice_link', lang, form=form.name or form.card or guide_title(form, lang, guide_titles))}]({form.guide}/practice.md)"
                        if (docs_dir / form.guide / "practice.md").exists() else "—")
            rows.append(f"| [{guide_title(form, lang, guide_titles)}]({form.guide}.md) | {address} | {practice} |")
        if rows:
            tables.append(f"| {head} |\n|---|---|---|\n" + "\n".join(rows) + "\n")
    return "\n".join(tables)


def form_name(form: Form, lang: str) -> str:
    return form.name or form.card or say("form.national", lang)


def is_staged(form: Form) -> bool:
    """Whether the portal asks its questions over several screens (the forms of today), not one (the HES forms)."""
    return len(screens(form)) > 1


def screens(form: Form) -> list[Stage]:
    """The stages the person fills in or confirms: those with fields or a button of their own."""
    return [stage for stage in form.stages if stage.kind in ("fields", "review") and (stage.fields or stage.button)]


def drawn_stages(form: Form) -> list[Stage]:
    """The screens a first-time person goes through with the spec's example answers, in order."""
    today = date.today()
    answers = {field.id: example_answer(field, today, "X") for field in form.fields}
    on_path = {stage.id for stage in form.path(answers)}
    return [stage for stage in screens(form) if stage.id in on_path]


def step_fields(form: Form, step_id: str) -> set[str]:
    return set(step(form, step_id).fields)


def step(form: Form, step_id: str) -> Step:
    found = next((candidate for candidate in form.steps if candidate.id == step_id), None)
    if found is None:
        raise ValueError(f"simulator/forms/{form.id}.toml: no [[steps]] entry with id = {step_id!r} "
                         f"(a picture marker names one: {[candidate.id for candidate in form.steps]})")
    return found


def step_stages(form: Form, step_id: str) -> list[Stage]:
    """The screens a step's drawing shows: those it names, else those holding its fields."""
    chosen = step(form, step_id)
    if chosen.stages:
        return [form.stage(stage_id) for stage_id in chosen.stages]
    return [stage for stage in drawn_stages(form) if any(field.id in chosen.fields for field in stage.fields)]


def shown_fields(form: Form, ticked: set[str], fields=None) -> list[Field]:
    answers = {name: "on" for name in ticked}
    return [field for field in (form.fields if fields is None else fields) if field.applies(answers)]


def condition_note(condition, form: Form, lang: str, key: str) -> str:
    """When a field or stage is shown: "Only when “…” is ticked", or "… is chosen" for an option."""
    field = form.field(condition.field)
    if condition.value is not None:
        option = dict(field.options).get(condition.value, condition.value)
        return say(f"shown.{key}_chosen", lang, label=field.label, option=option)
    return say(f"shown.{key}", lang, label=field.label)


def field_note(field: Field, form: Form, lang: str) -> str:
    if field.only_if:
        return condition_note(field.only_if, form, lang, "only_if")
    if field.unless:
        return condition_note(field.unless, form, lang, "unless")
    return ""


def field_row(field: Field, form: Form, lang: str) -> str:
    need = say("required" if field.required else "optional", lang)
    meaning = escape(messages.translate(field.meaning, lang))
    if field.text:
        meaning = f"{turkish(field.text)}<br>{escape(say('controls.statement.meaning', lang))} {meaning}"
    if field.options:
        meaning += "<ul>" + "".join(f"<li>{turkish(label)}: {escape(messages.translate(field.meaning_of(value), lang))}</li>"
                                    for value, label in field.options) + "</ul>"
    note = field_note(field, form, lang)
    checked = escape(check(field.kind, lang)) + (f"<br><small>{escape(note)}</small>" if note else "")
    if field.portal_format and field.example:
        written = KINDS[field.kind].formats[field.portal_format](KINDS[field.kind].validate(field.example))
        text = escape(say("check.portal_format", lang, example="{example}")).format(example=ltr(written))
        checked += f"<br><small>{text}</small>"
    return (f'<tr id="field-{form.id}-{field.id}"><th scope="row">{turkish(field.label)} <small>({need})</small></th>'
            + cells(lang, meaning, example_cell(field), checked) + "</tr>")


def example_cell(field: Field) -> str:
    """The spec's example as the portal shows it: a chosen option by its Turkish label, typed text as typed."""
    if not field.example:
        return "—"
    label = option_label(field, field.example)
    return turkish(label) if label else ltr(field.example)


def cells(lang: str, meaning: str, example: str, checked: str) -> str:
    """The row's cells, each labelled with its column for the stacked layout on phones."""
    columns = zip(("col.meaning", "col.example", "col.check"), (meaning, example, checked))
    return "".join(f'<td data-label="{escape(say(key, lang))}">{content}</td>' for key, content in columns)


def button_row(button: Button, lang: str) -> str:
    colour = messages.translate(button.colour_name, lang)
    return (f'<tr><th scope="row">{turkish(button.text)} <small>({escape(colour)})</small></th>'
            + cells(lang, escape(messages.translate(button.meaning, lang)), "—", escape(say("button.row", lang))) + "</tr>")


def stage_row(stage: Stage, form: Form, lang: str) -> str:
    """A heading row naming a screen of a staged form: its Turkish title, what it is, when it shows."""
    title = f"{turkish(stage.title)}: " if stage.title else ""
    text = title + escape(messages.translate(stage.meaning, lang))
    if stage.only_if:
        text += f" <small>({escape(condition_note(stage.only_if, form, lang, 'only_if'))})</small>"
    return f'<tr class="form-fields__stage"><th scope="colgroup" colspan="4">{text}</th></tr>'


def fields_table(form: Form, lang: str) -> str:
    head = "".join(f'<th scope="col">{escape(say(key, lang))}</th>'
                   for key in ("col.label", "col.meaning", "col.example", "col.check"))
    if is_staged(form):
        rows = "".join(stage_row(stage, form, lang) + "".join(field_row(field, form, lang) for field in stage.fields)
                       + (button_row(stage.button, lang) if stage.button else "") for stage in screens(form))
    else:
        rows = "".join(field_row(field, form, lang) for field in form.fields) + button_row(form.first_button, lang)
    caption = escape(say("fields.caption", lang, form=form_name(form, lang)))
    return (f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table form-fields__wrap"><table class="form-fields">'
            f"<caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></div>")


def picture_row(label: str, box: str, mark: str) -> str:
    return (f'<div class="form-picture__row{mark}"><span class="form-picture__label">{escape(label)}</span>'
            f'<span class="form-picture__box">{escape(box)}</span></div>')


def picture_part(field: Field, highlighted: bool, ticked: set[str]) -> str:
    mark = " is-highlighted" if highlighted else ""
    label = escape(field.label)
    choose = portal.words()["choose"].text
    if field.tickable:
        box = "✓" if field.id in ticked else ""
        text = f'<span class="form-picture__statement">{escape(field.text)}</span>' if field.text else ""
        return f'<div class="form-picture__tick{mark}"><span class="form-picture__check">{box}</span>{text}{label}</div>'
    if field.kind in ("province", "country") or field.control == "select":
        return picture_row(field.label, f"{choose} ▾ ({len(options_of(field))})", mark)
    if field.kind == "choice":
        options = "".join(f'<span class="form-picture__option"><span class="form-picture__radio"></span>{escape(text)}</span>'
                          for _, text in field.options)
        return f'<div class="form-picture__row{mark}"><span class="form-picture__label">{label}</span>{options}</div>'
    if field.kind == "slot":
        return picture_row(field.label, "GG.AA.YYYY ▾  SS:DD ▾", mark)
    if field.kind == "picture_code":
        return (f'<div class="form-picture__row{mark}"><span class="form-picture__label">{label}</span>'
                f'<span class="form-picture__code">▞▚▞▚▞▚▞▚</span><span class="form-picture__box"></span></div>')
    return picture_row(field.label, field.example, mark)


def in_part(field: Field, highlighted: set[str]) -> bool:
    """Whether a step's part of the drawing shows ``field``: its own fields, and those a ticked box reveals."""
    return field.id in highlighted or bool(field.only_if and field.only_if.field in highlighted)


def picture_rows(form: Form, highlighted: set[str], ticked: set[str], whole: bool, step_id: str | None) -> list[str]:
    """The drawing's parts: one screen's rows and button, or (a staged form) each screen's under its title."""
    if is_staged(form):
        stages = drawn_stages(form) if whole or step_id is None else step_stages(form, step_id)
        button_stages = {stage.id for stage in (step_stages(form, step_id) if step_id else [])} if "button" in highlighted else set()
        screens_of = [(stage, stage.button, stage.id in button_stages) for stage in stages]
    else:
        screens_of = [(None, form.first_button, "button" in highlighted)]
    gap = '<div class="form-picture__gap" aria-hidden="true">⋮</div>'
    parts = []
    for stage, button, button_marked in screens_of:
        rows = [(field, in_part(field, highlighted)) for field in shown_fields(form, ticked, stage.fields if stage else None)]
        rows.append((None, button_marked))
        if stage is not None:
            title = stage.title or (button.text if button else "")
            parts.append(f'<div class="form-picture__screen">{escape(title)}</div>')
        skipped = False
        for field, in_step in rows:
            if field is None and button is None:
                continue
            if not (whole or in_step):
                skipped = True
                continue
            if skipped:
                parts.append(gap)
                skipped = False
            parts.append(picture_part(field, field.id in highlighted, ticked) if field else picture_button(button, in_step))
        if skipped:
            parts.append(gap)
    return parts


def form_picture(form: Form, highlighted: set[str], ticked: set[str], lang: str, whole: bool = True,
                 step_id: str | None = None) -> str:
    """A drawing of the form: all of it, or (``whole`` false) only the part the step is about, the rest cut.

    A staged form is drawn screen by screen: whole, the screens a first-time person goes through;
    for a step, the screens it names or holding its fields.
    """
    parts = picture_rows(form, highlighted, ticked, whole, step_id)
    key = "picture.label" if whole else "picture.part_label"
    label = escape(say(key, lang, form=form_name(form, lang)))
    caption = f'<strong class="form-picture__title">{escape(say("picture.caption", lang))}</strong>'
    if whole:
        caption += f' <span class="form-picture__note">{escape(say("picture.note", lang))}</span>'
    kind = "whole" if whole else "part"
    return (f'<figure class="form-picture form-picture--{kind}"><figcaption>{caption}</figcaption>'
            f'<div class="form-picture__sheet" role="img" aria-label="{label}" lang="tr" dir="ltr">'
            f"{''.join(parts)}</div></figure>")


def picture_button(button: Button, highlighted: bool) -> str:
    mark = " is-highlighted" if highlighted else ""
    return (f'<div class="form-picture__button{mark}" '
            f'style="--button-colour: {button.colour}; --button-ink: {button.ink}">'
            f"{escape(button.text)}</div>")


def portal_note(form: Form, lang: str, closed: bool = True) -> str:
    """Where the real portal is (or was) and when it was last seen; a closed form's also says it closed."""
    date = escape(month_year(form.portal_last_known, lang))
    if form.portal_url and not closed:
        link = ltr(form.portal_url.removeprefix("https://"))
        text = escape(say("portal.today", lang, url="{url}", date="{date}")).format(url=link, date=date)
        return f'<p class="portal-note">{text}</p>'
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
