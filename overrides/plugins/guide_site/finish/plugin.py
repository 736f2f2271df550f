"""The finish plugin: makes what needs the whole site, every language built, in one ordered list.

While the languages are built it keeps what each build gives it: the 404 page of each language,
the pages to search, the hashes of every inline script (each page carries its own policy). Then,
once, on the finished site, the steps of ``on_post_build``, in their order.
"""

from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority

from guide_site.finish import asset_fingerprints, not_found_pages, offline_manifest, search_index, security, web_manifest
from guide_site.finish.config import FinishConfig
from guide_site.i18n_builds import (FINISHED_SITE_PRIORITY, LANGUAGE_CONFIG_PRIORITY, home, is_finished_site,
                                    language_folder, languages, names, starts_site_build)

# After every other plugin has changed the page (the pages plugin's fixes run at the default 0,
# static-i18n's at -100): the policy's hashes are of the inline scripts as served.
LAST = -1000


class FinishPlugin(BasePlugin[FinishConfig]):
    def __init__(self):
        super().__init__()
        self.reset()

    def reset(self):
        self.not_found_pages: dict[str, str] = {}
        self.pages_to_search: set[str] = set()
        self.inline_hashes: set[str] = set()

    # After static-i18n's on_config (-100), which tells us which build this is.
    @event_priority(LANGUAGE_CONFIG_PRIORITY)
    def on_config(self, config):
        if starts_site_build(config):
            self.reset()
        return config

    @event_priority(LAST)
    def on_post_page(self, output, *, page, config):
        if page.file.inclusion.is_in_nav():
            self.pages_to_search.add(page.file.dest_uri)
        return security.with_policy(output, self.inline_hashes)

    @event_priority(LAST)
    def on_post_template(self, output, *, template_name, config):
        if template_name != "404.html":
            return output
        output = security.with_policy(output, self.inline_hashes)
        self.not_found_pages[config.theme["language"]] = output
        return output

    # After static-i18n's on_post_build (-100), which builds the other languages: the site is whole.
    @event_priority(FINISHED_SITE_PRIORITY)
    def on_post_build(self, *, config):
        # Each language's inner build calls this too, before the site is whole: nothing to do there.
        if not is_finished_site(config):
            return
        project, site = Path(config.config_file_path).parent, Path(config.site_dir)
        folders = {lang: language_folder(config, lang) for lang in languages(config)}
        # In this order: each step works on what the steps before it wrote.
        not_found_pages.write_not_found_pages(site, self.not_found_pages, folders,
                                              {lang: home(config, lang) for lang in folders})
        web_manifest.write_web_manifests(site, names(config), folders)
        search_index.write_search_index(site, self.pages_to_search, project / self.config.pagefind)
        # Renames our styles and scripts, and rewrites their names in every page and manifest above.
        asset_fingerprints.fingerprint_assets(site, Path(config.docs_dir))
        # Names each fingerprinted file for a year of caching.
        security.write_headers(site, self.inline_hashes)
        # Last: it lists every file of the site, with its hash.
        offline_manifest.write_service_worker(site, {lang: folder.rstrip("/") for lang, folder in folders.items()},
                                              project / self.config.service_worker, project / self.config.compressed_cache)
