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
