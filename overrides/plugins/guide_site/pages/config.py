"""The options of the pages plugin (mkdocs.yml: ``plugins: - guide-pages: …``)."""

from mkdocs.config.base import Config
from mkdocs.config.config_options import ListOfItems, Type


class PagesConfig(Config):
    # The site's own words: overrides/locales/site.pot and <lang>/LC_MESSAGES/site.po, relative to mkdocs.yml.
    locales_dir = Type(str, default="overrides/locales")
    # The menu's sections of form pages, in this order; each spec's `section` names one, and the
    # site catalogues give its title (nav.section.<name>). A spec without a section is in the last.
    sections = ListOfItems(Type(str), default=["today", "hes"])
    # The section of the forms that closed (the HES forms, 2020–2022): its pages (a spec's guide, or a page
    # with `section: hes` in its front matter) say under their title that the requirement ended; the other
    # sections' guide and practice pages say when their form's facts were last checked (its spec's `reviewed`).
    closed_section = Type(str, default="hes")
    # The nav entry (a page of mkdocs.yml's `nav:`) after which the form sections go.
    forms_after = Type(str, default="index.md")
    # Folders of the theme's custom_dir (overrides/) that the build reads, not files of the site:
    # MkDocs would copy them into it (the plugins' pyproject.toml, the service worker's template).
    build_inputs = ListOfItems(Type(str), default=["plugins/", "offline/"])
