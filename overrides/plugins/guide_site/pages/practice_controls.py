"""The practice form's controls beyond a text box and a tick box: long searchable lists, short
choices, a day and a time, a picture code and a statement to read and tick.

Each function returns the HTML of one field group, with the conventions of every group
(field_parts.py): ids ``f-<field>`` and ``group-<field>``, the hint and message slots, the
portal's Turkish label (``lang="tr"``) with its meaning in the reader's language and direction,
``autocomplete="off"``, no ``name`` on what is typed. The controls sit inside the form's
``<fieldset disabled>``, so nothing works (or can be sent) until the page script runs; then the
component named by ``data-control`` (docs/assets/practice/components/<name>.js) brings the group
to life. Without JavaScript a long list is a plain ``<select>``.
"""

import json
from functools import cache
from html import escape
from pathlib import Path

from babel import Locale
from mkdocs.utils import get_relative_url
from guide_site.markup import json_script, turkish
from guide_site.pages.field_parts import (conditions, described_by, hint, in_reader_language, label_text, labelled,
                                          messages_for, typed_order)
from guide_site.site_text import phrases, say

from simulator import kinds, messages, portal
from simulator.choices import validate_province
from simulator.errors import ValidationError
from simulator.forms import all_forms

# The provinces' names in Arabic and Persian (from the CLDR's subdivision names; the file says how).
PROVINCE_NAMES = Path(__file__).with_name("province_names.json")


def words_for(control: str, field, lang: str, engine_words: tuple[str, ...] = ()) -> str:
    """The words a component shows at run time, in a JSON script inside its group, unformatted (the
    component fills in their {placeholders}): the site's own (``controls.<control>.*``) and the
    engine's page words that its messages name too (``picture.new``: "If you cannot read them,
    choose “New picture”"), so that both always say the same."""
    shared = {key: messages.translate(messages.PAGE_WORDS[key], lang) for key in engine_words}
    return json_script(f"words-{field.id}", phrases((f"controls.{control}.",), lang) | shared)


def page_word(key: str, lang: str) -> str:
    return messages.translate(messages.PAGE_WORDS[key], lang)


def in_reader(text: str, lang: str, **attributes: str) -> str:
    return in_reader_language(escape(text), lang, **attributes)


def territory_names(lang: str) -> dict[str, str]:
    """Country names in ``lang`` by ISO code, from the Unicode CLDR (Babel)."""
    return Locale.parse(lang.replace("-", "_")).territories


@cache
def province_names(lang: str) -> dict[str, list[str]]:
    """The names of each province (by plate code) in ``lang``, the usual one first; none where the
    Turkish name is the reader's too (English, Turkish)."""
    return json.loads(PROVINCE_NAMES.read_text(encoding="utf-8")).get(lang, {})


def province_name(plate: str, lang: str, turkish_name: str) -> str:
    """The province's usual name in ``lang``, else its Turkish name."""
    return (province_names(lang).get(plate) or [turkish_name])[0]


def list_entries(field, lang: str) -> list[tuple[str, str, str, str]]:
    """(value, text the portal shows, its meaning in ``lang``, other spellings searched, "|" between
    them) for each option.

    A country's Turkish name is the engine's (CLDR's, made at build time); its meaning and its
    English name (people know "Iran" from their passport) come from CLDR too, never typed by hand.
    A province is its plate code and Turkish name, which is how people and the portal name it, with
    its name in the reader's language (province_names.json) as its meaning; its plate code without
    the 0, its Turkish name alone and any other spelling of its name are searched (and chosen) too.
    """
    options = kinds.options_of(field)
    if field.kind == "province":
        names = province_names(lang)
        return [(plate, f"{plate} {name}", (names.get(plate) or [""])[0],
                 "|".join([plate.lstrip("0"), name, *(names.get(plate) or [])[1:]])) for plate, name in options]
    reader, english = territory_names(lang), territory_names("en")
    return [(code, name, reader.get(code, ""), english.get(code, "")) for code, name in options]


def country_list(field, lang: str) -> str:
    """A long list (countries for Uyruk, the 81 provinces): a ``<select>`` that the country-list
    component turns into a box where typing, in Turkish or in the reader's language, finds the entry
    (unless the spec says ``display = "select"``: then it stays a plain ``<select>``)."""
    entries = []
    for value, text, meaning, also in list_entries(field, lang):
        shown = text if not meaning or messages.repeats(meaning, text) else f"{text} \u2014 {meaning}"
        entries.append(f'<option value="{escape(value)}" data-text="{escape(text)}" data-meaning="{escape(meaning)}" '
                       f'data-also="{escape(also)}">{escape(shown)}</option>')
    control = (f'<select id="f-{field.id}" data-field="{field.id}" autocomplete="off" '
               f'aria-describedby="{described_by(field)}">'
               f'<option value="">{escape(portal.words()["choose"].text)}</option>{"".join(entries)}</select>')
    if field.control != "list":
        return labelled(field, lang, control)
    instructions = in_reader(say("controls.list.instructions", lang), lang, tag="p",
                             class_="practice-list__instructions", id=f"instructions-{field.id}", hidden="")
    notes = own_forms(field, lang) if field.kind == "province" else ""
    return labelled(field, lang, instructions + control + notes + words_for("list", field, lang),
                    block="practice-list", component="country-list")


def own_forms(field, lang: str) -> str:
    """For each city that had a form of its own (a spec whose ``city`` is a province: İstanbul,
    Gaziantep, Antalya), a note shown when that province is chosen (its data-only-if, read by the
    conditional-fields component): this city had its own form, and a link to its practice page.
    Every practice page is ``<guide>/practice/`` in its language's folder, so the link is relative."""
    notes = []
    for form in all_forms().values():
        try:
            plate = validate_province(form.city) if form.city else ""
        except ValidationError:
            continue
        if not plate:
            continue
        city = province_name(plate, lang, form.city)
        link = get_relative_url(f"{form.guide}/practice/", "here/practice/")
        text = (f'{escape(say("own_form.note", lang, city=city))} '
                f'<a href="{escape(link)}">{escape(say("own_form.link", lang, city=city))}</a>')
        notes.append(in_reader_language(text, lang, "p", class_="practice-note", data_only_if=field.id,
                                        data_only_if_value=plate, hidden=""))
    return "".join(notes)


def option_meaning(field, value: str, text: str, lang: str) -> str:
    """What an option means in ``lang``, or nothing when that only repeats its Turkish text (in Turkish)."""
    return messages.meaning_beside(field.meaning_of(value), text, lang)


def short_choice(field, lang: str) -> str:
    """A short list of the spec's own options: radio buttons, or a ``<select>`` when the spec says ``display = "select"``."""
    if field.control == "select":
        def option(value: str, text: str) -> str:
            meaning = option_meaning(field, value, text, lang)
            return f'<option value="{escape(value)}">{escape(text)}' + (f" \u2014 {escape(meaning)}" if meaning else "") + "</option>"
        options = "".join(option(value, text) for value, text in field.options)
        return labelled(field, lang,
                        f'<select id="f-{field.id}" data-field="{field.id}" autocomplete="off" '
                        f'aria-describedby="{described_by(field)}">'
                        f'<option value="">{escape(portal.words()["choose"].text)}</option>{options}</select>')
    # Radio buttons keep a name: it is what makes them one group. Their values are the form's own
    # option codes, never typed text, and the controls are disabled until the page script runs.
    def radio(value: str, text: str) -> str:
        meaning = option_meaning(field, value, text, lang)
        return (f'<div class="practice-field__option"><input id="f-{field.id}-{escape(value)}" name="{field.id}" '
                f'data-field="{field.id}" type="radio" value="{escape(value)}"><label for="f-{field.id}-{escape(value)}">'
                f'{turkish(text)}' + (f' {in_reader(meaning, lang, class_="practice-field__meaning")}' if meaning else "")
                + "</label></div>")
    radios = "".join(radio(value, text) for value, text in field.options)
    return (f'<fieldset class="practice-field" id="group-{field.id}"{conditions(field)} '
            f'aria-describedby="{described_by(field)}"><legend>{label_text(field, lang)}</legend>'
            f'{hint(field, lang)}{messages_for(field, lang)}{radios}</fieldset>')


def day_choice(field, lang: str) -> str:
    """A day and a time among those offered. The days depend on today, so the page asks the
    checker for them and the day-choice component draws them; here are the group and its words."""
    simulated = in_reader(page_word("slot.simulated", lang), lang, tag="p", class_="practice-days__simulated",
                          id=f"simulated-{field.id}")
    waiting = in_reader(say("controls.days.waiting", lang), lang, tag="p", class_="practice-days__status",
                        data_days_status="", role="status")
    # The days are written as the site writes dates (site_text.month_name): in the catalogue's locales.
    locales = " ".join(locale.replace("_", "-") for locale in say("date.locales", lang).split())
    return (f'<fieldset class="practice-field practice-days" id="group-{field.id}" data-control="day-choice"'
            f'{conditions(field)} data-date-locales="{escape(locales)}" '
            f'aria-describedby="{described_by(field)} simulated-{field.id}">'
            f'<legend>{label_text(field, lang)}</legend>{hint(field, lang)}{simulated}{messages_for(field, lang)}'
            f'{waiting}<div class="practice-days__choices" data-days></div>'
            f'{words_for("days", field, lang, ("slot.choose_day", "slot.choose_time", "slot.full_day", "slot.taken"))}'
            "</fieldset>")


def picture_code(field, lang: str) -> str:
    """Güvenlik Kodu: a practice picture (drawn by the picture-code component), a "new picture"
    button, a note that the real portal's picture has no text alternative, and the box to type it."""
    typing = kinds.KINDS[field.kind].input
    picture = (f'<div class="practice-picture__frame">'
               f'<canvas class="practice-picture__image" width="264" height="72" role="img" data-picture '
               f'aria-label="{escape(say("controls.picture.waiting", lang))}"></canvas>'
               f'{in_reader("", lang, class_="practice-visually-hidden", role="status", data_picture_status="")}'
               f'<button type="button" class="practice-picture__new" data-new-picture>'
               f'{in_reader(page_word("picture.new", lang), lang)}</button></div>')
    note = in_reader(page_word("picture.real", lang), lang, tag="p", class_="practice-picture__note")
    box = (f'<input class="md-input" id="f-{field.id}" data-field="{field.id}" type="{typing.type}" '
           f'inputmode="{typing.inputmode}" autocomplete="off" autocapitalize="{typing.autocapitalize}" spellcheck="false" '
           f'maxlength="{field.max_length}" {typed_order(typing)}aria-describedby="{described_by(field)}">')
    return labelled(field, lang, picture + note + box + words_for("picture", field, lang, ("picture.alt",)),
                    block="practice-picture", component="picture-code")


def statement(field, lang: str) -> str:
    """An information text to read (the portal's Turkish, then what it says in the reader's language)
    and its tick box, "Okudum, anladım" unless the spec names another."""
    said = portal.words()["statement"]
    tick_meaning = said.meaning if field.label == said.text else ""
    tick_label = turkish(field.label) + (
        f' {in_reader(messages.translate(tick_meaning, lang), lang, class_="practice-field__meaning")}' if tick_meaning else "")
    meaning = messages.translate(field.meaning, lang)
    # A Turkish reader reads the text itself; anyone else also gets what it says.
    said_in_reader_language = "" if messages.repeats(meaning, field.text) else (
        in_reader(say("controls.statement.meaning", lang), lang, tag="p", class_="practice-statement__heading")
        + in_reader(meaning, lang, tag="p"))
    text = (f'<div class="practice-statement__text" id="text-{field.id}">'
            f'<p lang="tr" dir="ltr">{escape(field.text)}</p>{said_in_reader_language}</div>')
    return (f'<div class="practice-field practice-field--tick practice-statement" id="group-{field.id}"'
            f'{conditions(field)}>{text}{messages_for(field, lang)}'
            f'<input id="f-{field.id}" data-field="{field.id}" type="checkbox" '
            f'aria-describedby="text-{field.id} {described_by(field)}"><label for="f-{field.id}">{tick_label}</label>'
            f"{hint(field, lang)}</div>")
