"""A build works wherever it is served: under a sub-path, on another port than its site_url,
with no request outside its own origin and no console error."""

from urllib.parse import urlparse

from playwright.sync_api import expect

from .conftest import CHECKER_TIMEOUT_MS, serve
from .offline_helpers import wait_for_service_worker
from .practice_helpers import start_checker


def test_a_build_served_under_a_sub_path_on_another_port_stays_on_its_origin(browser, site, tmp_path):
    served = tmp_path / "host"
    # Built for one address (the default, for `make serve`), served at another port and folder.
    (served / "guides").mkdir(parents=True)
    (served / "guides" / "hes").symlink_to(site, target_is_directory=True)
    server, host = serve(served)
    base = host + "guides/hes/"
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        origin = urlparse(host).netloc
        outside, errors = [], []
        context.on("request", lambda request: outside.append(request.url) if urlparse(request.url).netloc != origin else None)
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))

        page.goto(base)
        wait_for_service_worker(page)
        # The reader's way through the site, by the links a person sees.
        page.locator(".md-select__link[hreflang=ar]").first.dispatch_event("click")
        expect(page.locator("html")).to_have_attribute("lang", "ar")
        assert page.url.startswith(base + "ar/")
        page.goto(base + "ar/istanbul/")
        page.locator("article a[href$='practice/']").first.click()
        start_checker(page)
        expect(page.locator(".practice")).to_have_attribute("data-checker", "ready", timeout=CHECKER_TIMEOUT_MS)
        assert outside == [], outside
        assert errors == [], errors
        assert all(address.startswith("/guides/hes/") for address in server.requests), server.requests
    finally:
        context.close()
        server.shutdown()
