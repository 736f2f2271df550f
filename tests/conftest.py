"""Fixtures shared by the site tests and the browser tests.

Nothing is imported here but pytest: the engine's tests also run inside Pyodide (tests/unit, with
this file), where the build's tools are not installed."""

import pytest


@pytest.fixture(scope="session")
def fixture_forms(tmp_path_factory):
    """The copy of the project with the two fixture forms added as data, built and served once per
    session (tests/fixture_project.py): a ``Forms`` (project, folder, base_url, server)."""
    from .fixture_project import build_forms_site

    forms = build_forms_site(tmp_path_factory)
    yield forms
    forms.server.shutdown()
