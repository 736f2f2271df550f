"""Where we are in mkdocs-static-i18n's builds: it builds the default language, then each
other language into its folder of the same site_dir, calling every hook each time."""

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


def is_default_language_build(config) -> bool:
    plugin = i18n(config)
    return plugin is None or plugin.is_default_language_build


def is_last_language_build(config) -> bool:
    """True in the build that finishes the whole site (every language folder is written)."""
    plugin = i18n(config)
    if plugin is None:
        return True
    built = [language.locale for language in plugin.config.languages if language.build]
    return plugin.current_language == built[-1]


def is_finished_site(config) -> bool:
    """True in the one on_post_build call that sees the finished site: after static-i18n has built
    every language and rewritten the search index. Only for hooks whose on_post_build has
    @event_priority(FINISHED_SITE_PRIORITY), so that it runs after static-i18n's own (-100)."""
    plugin = i18n(config)
    return plugin is None or not plugin.building


FINISHED_SITE_PRIORITY = -200
