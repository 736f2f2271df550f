"""Where we are in mkdocs-static-i18n's builds, read in this one place.

static-i18n builds the default language as MkDocs' own build, then, in its ``on_post_build``
(priority -100), builds each other language into its folder of the same site_dir, each a full
MkDocs build that calls every plugin's events again, on_config included. So:

- a plugin's ``on_config`` runs once per language; the site's build starts at the one where
  static-i18n is not building yet (``starts_site_build``), which is where state is reset;
- an ``on_post_build`` with a priority below -100 (``FINISHED_SITE_PRIORITY``) runs in the default
  language's build after every other language is written: there, and only there, the site is
  finished (``is_finished_site``); in the other languages' builds it must do nothing.

Without the i18n plugin the site has one language and every build is the whole site.
"""

from pathlib import Path
from urllib.parse import urlsplit

# Below static-i18n's own on_post_build (-100), which builds the other languages.
FINISHED_SITE_PRIORITY = -200
# Below static-i18n's own on_config (-100), which sets this language build's config (theme
# language, site_name, …): an on_config here sees the language being built.
LANGUAGE_CONFIG_PRIORITY = -110


def i18n(config):
    return config.plugins.get("i18n")


def languages(config) -> list[str]:
    """The site's languages, default first, as the i18n config in mkdocs.yml lists them."""
    plugin = i18n(config)
    if plugin is None:
        return [config.theme["language"]]
    built = [language for language in plugin.config.languages if language.build]
    return [language.locale for language in sorted(built, key=lambda language: not language.default)]


def default_language(config) -> str:
    return languages(config)[0]


def language_folder(config, lang: str) -> str:
    """The language's folder in the site, with its slash: "" for the default language, "ar/" for Arabic."""
    return "" if lang == default_language(config) else f"{lang}/"


def home(config, lang: str) -> str:
    """A language's home page as an absolute path ("/ar/" or, under site_url's path, "/guide/ar/")."""
    base = urlsplit(config.site_url or "/").path or "/"
    return base + language_folder(config, lang)


def is_default_language_build(config) -> bool:
    plugin = i18n(config)
    return plugin is None or plugin.current_language in (None, plugin.default_language)


def starts_site_build(config) -> bool:
    """True in the on_config of the build that makes the whole site (not in a language's inner build)."""
    plugin = i18n(config)
    return plugin is None or not plugin.building


def is_finished_site(config) -> bool:
    """True in the one on_post_build call that sees the finished site: every language written and
    static-i18n's search index rewritten. Only for an on_post_build of FINISHED_SITE_PRIORITY."""
    plugin = i18n(config)
    return plugin is None or not plugin.building


def names(config) -> dict[str, tuple[str, str]]:
    """Each language's site name and description: its own from the i18n config, else the site's."""
    plugin = i18n(config)
    if plugin is None:
        return {config.theme["language"]: (config.site_name, config.site_description)}
    # By the end config holds the last language's names; the plugin keeps the site's own.
    site_name = plugin.original_configs.get("site_name", config.site_name)
    site_description = plugin.original_configs.get("site_description", config.site_description)
    return {language.locale: (language.site_name or site_name, language.site_description or site_description)
            for language in plugin.config.languages if language.build}


def written_in(page, lang: str) -> str:
    """The language ``page`` is really written in: static-i18n builds a page not yet translated from
    the default language's file (fallback_to_default) and marks its file with that file's locale."""
    return getattr(page.file, "locale", lang)


def page_source(docs_dir: Path, page: str, lang: str) -> Path:
    """The file static-i18n builds ``page`` ("istanbul.md") from in ``lang``: its translation
    ("istanbul.ar.md", the suffix structure), else the default language's page (fallback_to_default)."""
    translated = docs_dir / Path(page).with_suffix(f".{lang}.md")
    return translated if translated.exists() else docs_dir / page
