import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LANGUAGES = ("en", "ar", "tr")


def build_site(destination: Path, config: Path = ROOT / "mkdocs.yml", site_url: str | None = None) -> subprocess.CompletedProcess:
    """A real `mkdocs build --strict` of the project into ``destination``, for ``site_url`` if given."""
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1"} | ({"SITE_URL": site_url} if site_url else {})
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
                           "--site-dir", str(destination)], capture_output=True, text=True, cwd=config.parent,
                          env=environment, timeout=300)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("site")
    run = build_site(destination)
    assert run.returncode == 0, run.stderr[-4000:]
    return destination
