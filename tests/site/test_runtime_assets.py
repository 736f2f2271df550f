"""The practice runtime as the built site ships it: trimmed and compiled, content-named, cacheable, precompressed."""

import brotli
import gzip
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, in_page_script

STOCK_STDLIB = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
# What the simulator imports at the top of its modules: a zip without them could not start it.
SIMULATOR_IMPORTS = ("gettext.pyc", "tomllib/__init__.pyc", "json/__init__.pyc", "dataclasses.pyc", "secrets.pyc",
                     "unicodedata", "datetime.pyc", "re/__init__.pyc", "pathlib/__init__.pyc")


def practice_config(site: Path) -> dict:
    html = (site / "ar" / "istanbul" / "practice" / "index.html").read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="practice-config">(.*?)</script>', html, re.S).group(1))


def served_path(site: Path, relative_url: str) -> Path:
    return (site / "ar" / "istanbul" / "practice" / relative_url).resolve()


def test_the_practice_page_names_runtime_files_that_exist_with_the_sizes_it_announces(site):
    config = practice_config(site)
    runtime = config["files"] + config["modules"]
    for file in runtime:
        content = served_path(site, file["url"]).read_bytes()
        assert (len(content), hashlib.sha256(content).hexdigest()) == (file["size"], file["sha256"]), file["url"]
    names = {Path(file["url"]).name for file in runtime}
    assert {"pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"} <= names
    # The loader modules are imported by the worker, in this order; the rest it downloads itself.
    assert [Path(file["url"]).name for file in config["modules"]] == ["pyodide.mjs", "pyodide.asm.mjs"]
    assert (served_path(site, config["indexURL"]) / "pyodide.mjs").exists()
    lock = json.loads(served_path(site, config["lockFileURL"]).read_text(encoding="utf-8"))
    wheel = served_path(site, config["lockFileURL"]).parent / lock["packages"]["simulator"]["file_name"]
    # Pyodide fetches the wheel beside the lock file and refuses it unless the sha256 matches.
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == lock["packages"]["simulator"]["sha256"]


def folder_hash(*contents: bytes) -> str:
    digest = hashlib.sha256()
    for content in contents:
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()[:12]


def test_every_runtime_folder_is_named_after_its_content(site):
    # A host caches assets/pyodide/* for a year: a file that changes must change its address.
    folders = sorted(path for path in (site / "assets" / "pyodide").iterdir())
    assert len(folders) == 2, folders
    core = next(folder for folder in folders if not folder.name.startswith("simulator-"))
    package = next(folder for folder in folders if folder.name.startswith("simulator-"))
    core_files = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
    assert core.name.endswith("-" + folder_hash(*((core / name).read_bytes() for name in core_files)))
    wheel = next(package.glob("*.whl"))
    assert package.name == "simulator-" + folder_hash((package / "pyodide-lock.json").read_bytes(), wheel.read_bytes())
    assert sorted(path.name for path in package.iterdir()) == sorted(["pyodide-lock.json", wheel.name])


def test_everything_cached_as_immutable_is_named_after_its_content(site):
    headers = (site / "_headers").read_text(encoding="utf-8")
    immutable = re.findall(r"^(/\S+)\n  Cache-Control: public, max-age=31536000, immutable$", headers, re.M)
    assert "/assets/pyodide/*" in immutable
    # Material's fingerprinted bundles are cached for a year too (Lighthouse "uses-long-cache-ttl").
    assert any(re.fullmatch(r"/assets/javascripts/bundle\.[0-9a-f]{8,}\.min\.js", path) for path in immutable)
    assert any(re.fullmatch(r"/assets/stylesheets/main\.[0-9a-f]{8,}\.min\.css", path) for path in immutable)
    for path in immutable:
        if path != "/assets/pyodide/*":
            assert re.search(r"\.[0-9a-f]{8,}\.", path.rsplit("/", 1)[-1]), f"{path} is cached a year but not content-named"
            assert (site / path.lstrip("/")).is_file(), path


def site_stdlib(site: Path) -> Path:
    return next((site / "assets" / "pyodide").glob("*/python_stdlib.zip"))


def test_the_standard_library_is_trimmed_and_precompiled_and_stored(site):
    shipped = site_stdlib(site)
    if shipped.read_bytes() == STOCK_STDLIB.read_bytes():
        pytest.skip("built with STDLIB=stock")
    with zipfile.ZipFile(shipped) as packed, zipfile.ZipFile(STOCK_STDLIB) as stock:
        entries = packed.infolist()
        names = {entry.filename for entry in entries}
        assert all(name.endswith(".pyc") for name in names), "every module precompiled, no source compiled at start"
        assert {entry.compress_type for entry in entries} == {zipfile.ZIP_STORED}, "stored, so the host's brotli does the packing"
        # Every compiled module is one of Pyodide's own standard library, and there is far less of it.
        assert {name.removesuffix("c") for name in names} <= set(stock.namelist())
        assert len(names) < len(stock.namelist()) / 3
        # Built-in modules (unicodedata) need no file; the others must be there.
        assert all(name in names for name in SIMULATOR_IMPORTS if name.endswith(".pyc"))
        # Pyodide's own start-up modules.
        assert {"_pyodide/_base.pyc", "pyodide/_package_loader.pyc", "encodings/utf_8.pyc"} <= names
        # One interpreter made them all: one magic number (Pyodide's Python, not this machine's).
        assert len({packed.read(name)[:4] for name in names}) == 1
    assert len(brotli.compress(shipped.read_bytes(), quality=5)) < 0.5 * len(STOCK_STDLIB.read_bytes())


def test_precompression_writes_brotli_and_gzip_copies_that_unpack_to_the_same_bytes(tmp_path):
    page = "<!doctype html><p>" + "Kart numarası — رقم البطاقة. " * 400 + "</p>"
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "assets").mkdir()
    random_bytes = hashlib.sha512(b"seed").digest() * 2 + bytes(range(256))
    noise = b"".join(hashlib.sha256(random_bytes + bytes([i])).digest() for i in range(256))
    (tmp_path / "assets" / "noise.js").write_bytes(noise)
    (tmp_path / "icon.png").write_bytes(b"\x89PNG" + b"\0" * 4000)
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "precompress.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert brotli.decompress((tmp_path / "index.html.br").read_bytes()) == page.encode()
    assert gzip.decompress((tmp_path / "index.html.gz").read_bytes()) == page.encode()
    assert len((tmp_path / "index.html.br").read_bytes()) < len(page.encode()) / 10
    # Incompressible content gets no copy (the host sends it as it is); images are not its business.
    assert not (tmp_path / "assets" / "noise.js.br").exists() and not (tmp_path / "assets" / "noise.js.gz").exists()
    assert not (tmp_path / "icon.png.br").exists()


def service_worker_files(site: Path) -> list[dict]:
    return json.loads(re.search(r"^const FILES = (.*);$", (site / "sw.js").read_text(encoding="utf-8"), re.M).group(1))


def test_the_sizes_announced_are_what_a_compressing_host_sends(site, tmp_path):
    """Each runtime file's brotli and gzip sizes are those of the copies scripts/precompress.py writes
    for the host (the file itself where compressing does not pay), in the page config and in the
    service worker's manifest alike."""
    config = practice_config(site)
    runtime = config["files"] + config["modules"]
    for file in runtime:
        (tmp_path / file["name"]).write_bytes(served_path(site, file["url"]).read_bytes())
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "precompress.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    listed = {entry["url"]: entry for entry in service_worker_files(site)}
    for file in runtime:
        sent = {}
        for suffix, encoding, unpack in ((".br", "brotli", brotli.decompress), (".gz", "gzip", gzip.decompress)):
            copy = tmp_path / (file["name"] + suffix)
            if copy.exists():
                assert unpack(copy.read_bytes()) == (tmp_path / file["name"]).read_bytes()
            sent[encoding] = copy.stat().st_size if copy.exists() else file["size"]
        assert {encoding: file[encoding] for encoding in sent} == sent, file["name"]
        entry = listed[str(served_path(site, file["url"]).relative_to(site.resolve()).as_posix())]
        assert (entry["size"], entry["brotli"], entry["gzip"]) == (file["size"], file["brotli"], file["gzip"])
    raw, compressed = sum(file["size"] for file in runtime), sum(file["brotli"] for file in runtime)
    assert compressed < 0.4 * raw, "the runtime is mostly WebAssembly and Python: a host sends far less than its size"


def test_the_service_worker_knows_what_each_page_costs_to_download(site):
    for entry in service_worker_files(site):
        if entry["url"].endswith("/") or entry["url"].endswith(".html"):
            content = (site / (entry["url"] + ("index.html" if entry["url"].endswith("/") else ""))).read_bytes()
            assert entry["brotli"] == len(brotli.compress(content, quality=11)), entry["url"]
            assert entry["gzip"] == len(gzip.compress(content, compresslevel=9)), entry["url"]


TRANSFER_SIZE_CASES = {
    # (navigation entry of the page, a secure origin) → the encoding the page concludes
    "sent as it is": ({"encodedBodySize": 30_000, "decodedBodySize": 30_000, "workerStart": 0}, True, "identity"),
    "compressed, to a secure origin": ({"encodedBodySize": 6_000, "decodedBodySize": 30_000, "workerStart": 0}, True, "br"),
    "compressed, over plain HTTP": ({"encodedBodySize": 6_000, "decodedBodySize": 30_000, "workerStart": 0}, False, "gzip"),
    "said by the browser": ({"encodedBodySize": 6_000, "decodedBodySize": 30_000, "workerStart": 0,
                             "contentEncoding": "gzip"}, True, "gzip"),
    "from the service worker": ({"encodedBodySize": 30_000, "decodedBodySize": 30_000, "workerStart": 12}, True, "br"),
    "no timing": (None, False, "gzip"),
}


def test_the_page_tells_the_download_from_how_the_host_sent_it():
    """docs/assets/transfer-size.js: the bytes a reader will download, from the page's own arrival."""
    facts = {"size": 13_900_000, "brotli": 3_900_000, "gzip": 4_700_000}
    cases = {name: {"entry": entry, "secure": secure} for name, (entry, secure, _) in TRANSFER_SIZE_CASES.items()}
    answers = in_page_script("docs/assets/transfer-size.js", [cases, facts],
                             "Object.fromEntries(Object.entries(samples[0]).map(([name, {entry, secure}]) => {"
                             "  const performance = {getEntriesByType: (type) => (type === 'navigation' && entry ? [entry] : [])};"
                             "  const encoding = m.hostEncoding({performance, secure});"
                             "  return [name, [encoding, m.transferSize(samples[1], encoding)]]; }))")
    sizes = {"identity": facts["size"], "br": facts["brotli"], "gzip": facts["gzip"]}
    assert answers == {name: [encoding, sizes[encoding]] for name, (_, _, encoding) in TRANSFER_SIZE_CASES.items()}
