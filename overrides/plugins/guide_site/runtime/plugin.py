"""The runtime plugin: ships the pinned Pyodide runtime and the simulator wheel (pyodide_assets)
to the practice pages, which read its files' facts (runtime_manifest) when they are rendered."""

from pathlib import Path

from mkdocs.plugins import BasePlugin

from guide_site.i18n_builds import is_default_language_build, starts_site_build
from guide_site.runtime import pyodide_assets
from guide_site.runtime.config import RuntimeConfig


class RuntimePlugin(BasePlugin[RuntimeConfig]):
    def on_config(self, config):
        if starts_site_build(config):
            project = Path(config.config_file_path).parent
            pyodide_assets.use_sources(pyodide_assets.Sources(
                pyodide=project / self.config.pyodide, loader=project / self.config.loader,
                lock_with_simulator=project / self.config.lock_file,
                stdlib=project / self.config.stdlib, wheels=project / self.config.wheels,
                compressed_cache=project / self.config.compressed_cache))
            # Fails now, naming what `make setup` has not made, rather than on the first practice page.
            pyodide_assets.runtime()
        return config

    def on_post_build(self, *, config):
        # Once, in the default language's build (the languages share one runtime). At the default
        # priority this runs before static-i18n's (-100) builds the other languages, so before the
        # finish plugin lists every file of the site.
        if is_default_language_build(config):
            pyodide_assets.copy_runtime(Path(config.site_dir))
