"""`make build` says on stderr, loudly, when SITE_URL is not set: the site's canonical and hreflang
links and its sitemap then point at http://127.0.0.1:8000/, right for a local look and wrong on a
host. Not a failure (a local build is fine), and silent when the address is given. Checked through
the Makefile's own check (`make site-url-check`, which `make build` runs before and after building)
rather than by building the site twice."""

import os
import subprocess

from .conftest import ROOT


def make(*arguments: str, site_url: str | None) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if name not in ("SITE_URL", "MAKEFLAGS", "MFLAGS")}
    if site_url is not None:
        env["SITE_URL"] = site_url
    return subprocess.run(["make", "--no-print-directory", "-s", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_without_site_url_the_build_warns_on_stderr_and_goes_on():
    result = make("site-url-check", site_url=None)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("WARNING: SITE_URL is not set"), result.stderr
    assert "http://127.0.0.1:8000/" in lines[0] and "SITE_URL=https://" in lines[0], "says what and how to set it"
    assert result.stdout == ""


def test_an_empty_site_url_warns_too():
    assert "SITE_URL is not set" in make("site-url-check", site_url="").stderr


def test_with_site_url_the_build_says_nothing_of_it():
    result = make("site-url-check", site_url="https://example.org/guide/")
    assert result.returncode == 0
    assert result.stderr == "" and result.stdout == ""


def test_make_build_runs_the_check_before_and_after_building():
    # `make -n` prints the recipe without running it: the check's words, then mkdocs, then the check again.
    recipe = make("-n", "build", site_url=None).stdout.splitlines()
    checks = [number for number, line in enumerate(recipe) if "SITE_URL is not set" in line]
    built = next(number for number, line in enumerate(recipe) if "mkdocs build" in line)
    assert len(checks) == 2 and checks[0] < built < checks[1], "\n".join(recipe)
