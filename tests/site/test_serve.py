"""`make serve` shows an edited catalogue on its next rebuild: the build watches the catalogues and
keeps nothing read from them across rebuilds."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

from .conftest import TRANSLATED
from .test_new_form_and_language import copy_project

KEY = "nav.section.hes"  # shown in every page's menu
MARK = "✎✎✎"  # what the edit adds (no letter or digit: a right-to-left page shows it as it is)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(1)


def test_an_edited_site_catalogue_shows_on_the_next_rebuild(tmp_path):
    project = copy_project(tmp_path)
    lang = TRANSLATED[0]
    po = project / "overrides" / "locales" / lang / "LC_MESSAGES" / "site.po"
    text = po.read_text(encoding="utf-8")
    translated = text.split(f'msgctxt "{KEY}"\n', 1)[1].split("\n")[1].removeprefix('msgstr "').removesuffix('"')
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{lang}/"
    try:
        wait_for(lambda: "md-nav" in page_text(url), 120, "make serve did not build the site")
        assert MARK not in page_text(url)
        po.write_text(text.replace(f'msgstr "{translated}"', f'msgstr "{translated} {MARK}"', 1), encoding="utf-8")
        wait_for(lambda: MARK in page_text(url), 120, "the edited catalogue did not show after the rebuild")
    finally:
        server.terminate()
        server.wait(timeout=30)
