"""A new build is offered, not forced; once accepted, everything comes from the new build, and
never a mix of two builds."""

import os
import shutil
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from ..site.conftest import ROOT, build_site, built_once
from .conftest import serve
from .offline_helpers import cache_names, cached_urls, wait_for_service_worker

ADDED = "This sentence was added by a new build."
# What the new build the tests deploy adds to the sources of the first: a page the reader saved (English
# notes), one the reader did not (Arabic notes), and the site's styles.
NEW_BUILD = {"docs/notes.md": ADDED, "docs/notes.ar.md": ADDED, "docs/assets/site.css": ".added-by-b { color: red; }"}


def project_copy(folder):
    """The site's sources in ``folder``, sharing this checkout's runtime, wheel and packages."""
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for shared in ("node_modules", "dist", "build"):
        (folder / shared).symlink_to(ROOT / shared)
    return folder


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")


def build_new(folder):
    """The new build (NEW_BUILD) from a copy of the project, in ``folder``/site."""
    project = project_copy(folder / "project")
    for path, text in NEW_BUILD.items():
        append(project / path, text)
    run = build_site(folder / "site", project / "mkdocs.yml")
    assert run.returncode == 0, run.stderr[-3000:]


@pytest.fixture(scope="module")
def builds(tmp_path_factory, site):
    """One address, and the two builds served there: the first (a copy of the run's build of the project:
    publishing touches its files) and the new one (NEW_BUILD), built once for the run (the workers share
    it). ``publish("first")`` or ``publish("new")`` makes one of them the site at that address in one step,
    as a host switches deploys."""
    new = built_once(tmp_path_factory, "update-build", build_new) / "site"
    folder = tmp_path_factory.mktemp("update")
    built = {"first": shutil.copytree(site, folder / "first", symlinks=True), "new": new}
    served = folder / "served"
    server, base_url = serve(served)

    def publish(name):
        # Its files are new at the address (Last-Modified: now), as a host's are when a build is deployed.
        for path in built[name].rglob("*"):
            os.utime(path, follow_symlinks=False)
        link = folder / "next"
        link.symlink_to(built[name], target_is_directory=True)
        os.replace(link, served)

    yield SimpleNamespace(base_url=base_url, publish=publish)
    server.shutdown()


@pytest.fixture
def deployed(browser, builds):
    """The first build served, and a reader on its home page with the guide saved; ``deploy()`` puts the
    new build at the same address."""
    builds.publish("first")
    base_url = builds.base_url
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url)
    wait_for_service_worker(page)
    expect(page.locator("[data-offline-part=guide] [data-save]")).to_be_disabled(timeout=90_000)
    yield SimpleNamespace(base_url=base_url, context=context, page=page, deploy=lambda: builds.publish("new"))
    context.close()


def test_a_new_build_waits_for_the_reader_then_replaces_the_old_one(deployed):
    page, base_url = deployed.page, deployed.base_url
    old_caches = cache_names(page)
    deployed.deploy()

    page.goto(base_url + "notes/")
    banner = page.locator("[data-update-banner]")
    expect(banner).to_be_visible(timeout=60_000)
    expect(page.locator("article")).not_to_contain_text(ADDED)

    served_from = []
    page.on("response", lambda response: served_from.append((response.url, response.from_service_worker)))
    with page.expect_navigation():
        banner.locator("button").click()
    expect(page.locator("article")).to_contain_text(ADDED)
    new_caches = cache_names(page)
    assert len(new_caches) == 1 and new_caches != old_caches
    assert any(url.endswith("/notes/") for url in cached_urls(page))
    assert all(from_sw for url, from_sw in served_from if url.startswith(base_url))


def test_accepting_in_one_tab_reloads_only_that_tab(deployed):
    first, base_url = deployed.page, deployed.base_url
    second = deployed.context.new_page()
    second.goto(base_url + "gaziantep/practice/")
    expect(second.locator("#f-card_number")).to_be_enabled()
    second.locator("#f-card_number").fill("1234567890123456")

    deployed.deploy()
    first.goto(base_url + "notes/")
    expect(first.locator("[data-update-banner]")).to_be_visible(timeout=60_000)
    expect(second.locator("[data-update-banner]")).to_be_visible(timeout=60_000)
    second.evaluate("window.stillHere = true")
    with first.expect_navigation():
        first.locator("[data-update-banner] button").click()
    expect(first.locator("article")).to_contain_text(ADDED)
    second.wait_for_timeout(1_000)
    # The other tab kept its page and what was typed in it, and still offers the reload.
    assert second.evaluate("window.stillHere") is True
    expect(second.locator("#f-card_number")).to_have_value("1234567890123456")
    expect(second.locator("[data-update-banner]")).to_be_visible()


def test_an_older_service_worker_never_keeps_a_newer_builds_page_or_assets(deployed):
    page, base_url = deployed.page, deployed.base_url
    deployed.deploy()

    # A page the old build had not saved comes from the new build, with the new build's styles.
    page.goto(base_url + "ar/notes/")
    expect(page.locator("article")).to_contain_text(ADDED)
    sheets = page.evaluate("[...document.styleSheets].map(sheet => sheet.href || '')")
    ours = [href for href in sheets if "/assets/site." in href]
    assert len(ours) == 1
    assert ".added-by-b" in page.evaluate("async (href) => (await fetch(href)).text()", ours[0])
    # The old build's cache does not keep the new build's page under the old build's name.
    kept = page.evaluate("""async (url) => {
        const response = await caches.match(url);
        return response ? response.text() : "";
    }""", base_url + "ar/notes/")
    assert ADDED not in kept
