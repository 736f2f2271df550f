"""The part of the menu made from the form specs: a section per kind of form, in it each form's guide
followed by its practice page, in the specs' ``order``.

So a new form reaches the menu, the home page's table of forms and the footer's previous/next
(guide → its practice → next guide) from its spec and its pages alone, in every language. The
guide's title in the menu is the ``title`` in its page's front matter (short: "İzmir"), else its
first heading; the section's title comes from the site catalogues (``nav.section.<name>``).
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

from guide_site.i18n_builds import page_source
from guide_site.site_text import say

HEADING = re.compile(r"^# (.+)$", re.M)


def section_of(form, sections: list[str]) -> str:
    # Specs written before sections existed have none: they are the forms of 2020–2022, the last section.
    section = getattr(form, "section", "") or sections[-1]
    if section not in sections:
        raise PluginError(f"Form spec {form.id}: section: {section!r} is not one of the plugin's sections {sections}")
    return section


def page_title(source: Path) -> str:
    markdown, meta = get_data(source.read_text(encoding="utf-8"))
    if meta.get("title"):
        return str(meta["title"])
    heading = HEADING.search(markdown)
    return heading.group(1).strip() if heading else source.stem


def guide_titles(forms, docs_dir: Path, lang: str) -> dict[str, str]:
    """Each form's guide page ("istanbul") → its title in ``lang``'s menu."""
    titles = {}
    for form in forms:
        if not (docs_dir / f"{form.guide}.md").exists():
            raise PluginError(f"Form spec {form.id}: guide: there is no page docs/{form.guide}.md")
        titles[form.guide] = page_title(page_source(docs_dir, f"{form.guide}.md", lang))
    return titles


def form_sections(forms, titles: dict[str, str], docs_dir: Path, sections: list[str], lang: str) -> list[dict]:
    """The menu's form sections in ``lang``, as mkdocs.yml's ``nav:`` would write them."""
    found = []
    for section in sections:
        entries = []
        for form in sorted((form for form in forms if section_of(form, sections) == section),
                           key=lambda form: (form.order, form.id)):
            entries.append({titles[form.guide]: f"{form.guide}.md"})
            if (docs_dir / form.guide / "practice.md").exists():
                # No title: a practice page is named by its heading, in full, in each language.
                entries.append(f"{form.guide}/practice.md")
        if entries:
            found.append({say(f"nav.section.{section}", lang): entries})
    return found


def with_form_sections(nav: list, sections: list[dict], after: str) -> list:
    """mkdocs.yml's ``nav:`` with the form sections after its entry for the page ``after``."""
    for position, item in enumerate(nav):
        if item == after or (isinstance(item, dict) and after in item.values()):
            return [*nav[:position + 1], *sections, *nav[position + 1:]]
    raise PluginError(f"guide-pages: forms_after: {after!r} is not an entry of mkdocs.yml's nav")
