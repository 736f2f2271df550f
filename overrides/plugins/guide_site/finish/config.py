"""The options of the finish plugin (mkdocs.yml: ``plugins: - guide-finish: …``); paths are
relative to mkdocs.yml."""

from mkdocs.config.base import Config
from mkdocs.config.config_options import Type


class FinishConfig(Config):
    # Pagefind's command (npm, pinned in package.json).
    pagefind = Type(str, default="node_modules/.bin/pagefind")
    # The service worker; the build puts the manifest of the site's files in front of it.
    service_worker = Type(str, default="overrides/offline/sw.js")
    # Compressed copies by content hash, shared with scripts/precompress.py.
    compressed_cache = Type(str, default="build/precompressed")
