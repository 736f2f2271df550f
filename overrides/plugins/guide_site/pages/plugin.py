"""The pages plugin: everything that goes into the site's pages, in each language build.

- the checks first: a broken form spec or a missing translation stops the build (build_checks);
- the menu's form sections, made from the specs (navigation);
- the form specs rendered into the guide pages' markers and the practice pages (form_pages,
  practice_form), the notices, terms and dates of every page;
- the offline panel and update banner (offline_controls), the search box's data (search_box);
- the fixes to the HTML Material and static-i18n write (html_fixes), the 404 page (not_found_page).
"""

from copy import deepcopy
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from guide_site.i18n_builds import LANGUAGE_CONFIG_PRIORITY, language_folder, languages, starts_site_build
from guide_site.pages import build_checks, catalogues, form_pages, html_fixes, navigation, offline_controls, practice_form
from guide_site.pages.config import PagesConfig
from guide_site.pages.not_found_page import not_found_page
from guide_site.pages.search_box import left_out_of_material_search, search_config
from guide_site import site_text
from guide_site.site_text import say, use_locales


class PagesPlugin(BasePlugin[PagesConfig]):
    def __init__(self):
        super().__init__()
        self.serving = False
        self.forms: dict = {}
        self.site_nav: list | None = None
        self.guide_titles: dict[str, str] = {}

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"

    # After static-i18n's on_config (-100): this language build's theme language is set.
    @event_priority(LANGUAGE_CONFIG_PRIORITY)
    def on_config(self, config):
        project = Path(config.config_file_path).parent
        if starts_site_build(config):
            use_locales(project / self.config.locales_dir)
            if self.serving:
                from simulator import messages
                catalogues.compile_edited(messages.LOCALES_DIR, messages.DOMAIN)
            # Once per site: the other languages' builds would find the same.
            self.forms = build_checks.checked_forms()
            build_checks.check_translations(languages(config))
            if config.nav is None:
                raise PluginError("guide-pages: mkdocs.yml needs a nav: the form sections go after its "
                                  f"entry for {self.config.forms_after!r}")
            # mkdocs.yml's own nav: each language build gets it with the form sections in its language.
            self.site_nav = deepcopy(config.nav)
        lang = config.theme["language"]
        docs_dir = Path(config.docs_dir)
        forms = list(self.forms.values())
        self.guide_titles = navigation.guide_titles(forms, docs_dir, lang)
        sections = navigation.form_sections(forms, self.guide_titles, docs_dir, self.config.sections, lang)
        config.nav = navigation.with_form_sections(self.site_nav, sections, self.config.forms_after)
        return config

    def on_files(self, files, *, config):
        custom_dir = Path(config.theme.custom_dir)
        for file in list(files):
            if Path(file.abs_src_path).is_relative_to(custom_dir) and file.src_uri.startswith(tuple(self.config.build_inputs)):
                files.remove(file)
        return files

    def on_serve(self, server, *, config, builder):
        # The specs and catalogues are read by the build, not found in docs/: a change to one rebuilds.
        from simulator import messages
        from simulator.forms import FORMS_DIR
        for folder in (FORMS_DIR, messages.LOCALES_DIR, site_text.LOCALES_DIR):
            server.watch(str(folder))
        return server

    def on_env(self, env, *, config, files):
        lang = config.theme["language"]
        env.globals["site_say"] = say
        env.globals["search_config"] = search_config
        # Site-relative; main.html's `url` filter makes it relative to each page.
        env.globals["manifest_url"] = language_folder(config, lang) + "manifest.webmanifest"
        return env

    def on_page_markdown(self, markdown, *, page, config, files):
        left_out_of_material_search(page)
        try:
            markdown = form_pages.on_page_markdown(markdown, page, config, files, self.guide_titles,
                                                   self.config.closed_section, tuple(self.config.sections))
            return practice_form.on_page_markdown(markdown, page, config, files)
        except ValueError as error:  # a marker or `practice:` naming no form (simulator.forms.load)
            raise PluginError(f"docs/{page.file.src_uri}: {error}") from None

    def on_page_content(self, html, *, page, config, files):
        return offline_controls.on_page_content(html, page, config, files)

    def on_post_page(self, output, *, page, config):
        return html_fixes.on_post_page(output, page, config)

    def on_post_template(self, output, *, template_name, config):
        return not_found_page(output, config) if template_name == "404.html" else output
