"""A new build is offered, not forced; once accepted, everything comes from the new build."""

import shutil

from playwright.sync_api import expect

from ..site.conftest import ROOT, build_site
from .conftest import serve
from .offline_helpers import cache_names, cached_urls, wait_for_service_worker

ADDED = "This sentence was added by a new build."


def project_copy(folder):
    """The site's sources in ``folder``, sharing this checkout's runtime, wheel and packages."""
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for shared in ("node_modules", "dist", "build"):
        (folder / shared).symlink_to(ROOT / shared)
    return folder


def build(project, served, base_url):
    run = build_site(served, project / "mkdocs.yml", site_url=base_url)
    assert run.returncode == 0, run.stderr[-3000:]


def test_a_new_build_waits_for_the_reader_then_replaces_the_old_one(browser, tmp_path):
    project = project_copy(tmp_path / "project")
    served = tmp_path / "served"
    server, base_url = serve(served)
    build(project, served, base_url)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url)
        wait_for_service_worker(page)
        expect(page.locator("[data-offline-part=guide] [data-save]")).to_be_disabled(timeout=60_000)
        old_caches = cache_names(page)

        notes = project / "docs" / "notes.md"
        notes.write_text(notes.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
        build(project, served, base_url)

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
        assert all(from_sw for url, from_sw in served_from if url.startswith(base_url) and "sitemap" not in url)
    finally:
        context.close()
        server.shutdown()


def test_accepting_in_one_tab_reloads_only_that_tab(browser, tmp_path):
    project = project_copy(tmp_path / "project")
    served = tmp_path / "served"
    server, base_url = serve(served)
    build(project, served, base_url)
    context = browser.new_context()
    try:
        first = context.new_page()
        first.goto(base_url)
        wait_for_service_worker(first)
        expect(first.locator("[data-offline-part=guide] [data-save]")).to_be_disabled(timeout=60_000)
        second = context.new_page()
        second.goto(base_url + "gaziantep/practice/")
        expect(second.locator("#f-card_number")).to_be_enabled()
        second.locator("#f-card_number").fill("1234567890123456")

        notes = project / "docs" / "notes.md"
        notes.write_text(notes.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
        build(project, served, base_url)
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
    finally:
        context.close()
        server.shutdown()


def test_an_older_service_worker_never_keeps_a_newer_builds_page_or_assets(browser, tmp_path):
    project = project_copy(tmp_path / "project")
    served = tmp_path / "served"
    server, base_url = serve(served)
    build(project, served, base_url)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url)
        wait_for_service_worker(page)
        expect(page.locator("[data-offline-part=guide] [data-save]")).to_be_disabled(timeout=60_000)

        notes = project / "docs" / "notes.ar.md"
        notes.write_text(notes.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
        css = project / "docs" / "assets" / "site.css"
        css.write_text(css.read_text(encoding="utf-8") + "\n.added-by-b { color: red; }\n", encoding="utf-8")
        build(project, served, base_url)

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
    finally:
        context.close()
        server.shutdown()
