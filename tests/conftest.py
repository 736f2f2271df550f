"""Fixtures shared by the site tests and the browser tests.

Nothing is imported here but pytest: the engine's tests also run inside Pyodide (tests/unit, with
this file), where the build's tools are not installed."""

import pytest

# The tests that wait longest (a build or a Pyodide run of their own) go first: run last, they would
# keep one core busy after the other had run out of tests (pytest-xdist hands out the collection in
# order and lets an idle worker take the end of another's share). Those that read the fixture forms'
# build (test_reading's about page, test_staged_form) come after the first that makes it
# (test_new_form_and_language), in the same worker's share: taken by another worker, they would wait
# for the build with a core idle.
LONGEST_FIRST = ("tests/test_engine_in_pyodide.py", "tests/browser/test_update.py",
                 "tests/site/test_new_form_and_language.py", "tests/site/test_serve.py",
                 "tests/site/test_reading.py", "tests/browser/test_staged_form.py")


def pytest_collection_modifyitems(items):
    def rank(item):
        path = item.nodeid.split("::")[0]
        return LONGEST_FIRST.index(path) if path in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The project's site, built once for the whole run with its default site_url
    (http://127.0.0.1:8000/), for the site tests (its files) and the browser tests (served)."""
    from .site.conftest import build_the_site, built_once

    return built_once(tmp_path_factory, "site", build_the_site)


@pytest.fixture(scope="session")
def fixture_forms(tmp_path_factory):
    """The copy of the project with the two fixture forms added as data, built and served once per
    session (tests/fixture_project.py): a ``Forms`` (project, folder, base_url, server)."""
    from .fixture_project import build_forms_site

    forms = build_forms_site(tmp_path_factory)
    yield forms
    forms.server.shutdown()
