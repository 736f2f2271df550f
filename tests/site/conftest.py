import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from babel import Locale
from filelock import FileLock

ROOT = Path(__file__).parents[2]


def i18n_languages(config: Path = ROOT / "mkdocs.yml") -> list[dict]:
    """The languages of the site as mkdocs.yml's i18n plugin lists them (default first)."""
    text = config.read_text(encoding="utf-8").replace("!ENV", "")
    plugins = yaml.safe_load(text)["plugins"]
    i18n = next(plugin["i18n"] for plugin in plugins if isinstance(plugin, dict) and "i18n" in plugin)
    built = [language for language in i18n["languages"] if language.get("build", True)]
    return sorted(built, key=lambda language: not language.get("default", False))


LANGUAGES = tuple(language["locale"] for language in i18n_languages())
DEFAULT_LANGUAGE = LANGUAGES[0]
TRANSLATED = LANGUAGES[1:]


def is_rtl(lang: str) -> bool:
    return Locale.parse(lang).character_order == "right-to-left"


RTL_LANGUAGES = tuple(lang for lang in LANGUAGES if is_rtl(lang))


def language_prefix(lang: str) -> str:
    """Where a language's pages are in the built site: "" for the default language, "ar/" for Arabic."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def site_say(key: str, lang: str, **details) -> str:
    """The site's own text ``key`` in ``lang``, from the catalogues the build reads (overrides/locales)."""
    from guide_site.site_text import say
    return say(key, lang, **details)


def page_title(page: str, lang: str) -> str:
    """The heading of ``docs/<page>.<lang>.md``, or of the English page the build falls back to."""
    source = ROOT / "docs" / f"{page}.{lang}.md"
    if not source.exists():
        source = ROOT / "docs" / f"{page}.md"
    return re.search(r"^# (.+)$", source.read_text(encoding="utf-8"), re.M).group(1).strip()


def in_page_script(module: str, samples, expression: str):
    """What ``expression`` gives in Node, with ``m`` the page-script ``module`` (under the project) and
    ``samples`` passed as JSON: how a test asks a page script what the build is checked against."""
    script = ("const m = await import(process.argv[1]); const samples = JSON.parse(process.argv[2]);"
              f"console.log(JSON.stringify({expression}));")
    run = subprocess.run(["node", "--input-type=module", "-e", script, (ROOT / module).as_uri(), json.dumps(samples)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def build_site(destination: Path, config: Path = ROOT / "mkdocs.yml", site_url: str | None = None,
               environment: dict | None = None) -> subprocess.CompletedProcess:
    """A real `mkdocs build --strict` of the project into ``destination``, for ``site_url`` if given."""
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1"} | ({"SITE_URL": site_url} if site_url else {}) | (environment or {})
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
                           "--site-dir", str(destination)], capture_output=True, text=True, cwd=config.parent,
                          env=environment, timeout=300)


def built_once(tmp_path_factory, name: str, build) -> Path:
    """The folder ``name`` made by ``build(folder)`` once for the whole run: the pytest-xdist workers
    share it (the first to ask builds it, the others wait for it), as they share the machine's cores."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    folder = shared / name
    with FileLock(shared / f"{name}.lock"):
        if not (shared / f"{name}.built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            build(folder)
            (shared / f"{name}.built").touch()
    return folder


def build_the_site(destination: Path) -> None:
    run = build_site(destination)
    assert run.returncode == 0, run.stderr[-4000:]
