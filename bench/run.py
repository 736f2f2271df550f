"""The practice runtime against bare Pyodide, on a real host: prints a table, writes bench/results.json.

Usage (what `make bench` runs): python bench/run.py [--site site] [--port 8731] [--runs 5]
  [--submits 30] [--lighthouse-runs 5] [--skip-lighthouse]

Serves the built site with Debian's nginx on 127.0.0.1 (bench/nginx.py: brotli and gzip
from the precompressed files, the site's _headers as nginx headers) beside a bare page
that loads stock Pyodide 314.0.7 in a module worker and evaluates 1+1 (bench/bare/),
and measures both in Debian's Chromium in the same run, interleaved, each figure the
median (min–max) of --runs runs. A script that prints figures, never a test.
"""

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))

import browser as chromium  # noqa: E402
import lighthouse  # noqa: E402
from nginx import Nginx  # noqa: E402

ROOT = Path(__file__).parents[1]
STOCK_PYODIDE = ROOT / "node_modules" / "pyodide"
BARE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
GUIDE = "ar/istanbul/"
PRACTICE = "ar/istanbul/practice/"
STAGE_PAGE = "ar/gaziantep/practice/"
LIGHTHOUSE_PAGES = ("", "ar/istanbul/", "tr/gaziantep/", "ar/istanbul/practice/")
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json", ".whl")


def percentiles(values: list[float]) -> dict:
    """p50, p95, min and max of sorted ``values``."""
    return {"p50": statistics.median(values), "p95": values[min(len(values) - 1, round(0.95 * (len(values) - 1)))],
            "min": values[0], "max": values[-1]}


def kind_of(path: str) -> str:
    """Which part of a page's weight a served path is."""
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".wasm"):
        return "wasm"
    if name == "python_stdlib.zip":
        return "stdlib"
    if name.endswith(".whl"):
        return "wheel"
    if name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide-lock.json"):
        return "loader"
    if path.endswith("/") or name.endswith(".html"):
        return "html"
    if name.endswith((".js", ".mjs", ".css")):
        return "js/css"
    return "other"


def runtime_file(path: str) -> str | None:
    name = path.rsplit("/", 1)[-1]
    return next((name for wanted in RUNTIME_FILES if name.endswith(wanted)), None)


def requests_per_file(requests) -> dict:
    """How many times each runtime file was asked for, by status ("pyodide.asm.wasm 200": 1)."""
    return dict(Counter(f"{name} {request.status}" for request in requests if (name := runtime_file(request.path))))


def spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


def shown(figure: dict, unit: str = "", digits: int = 2) -> str:
    return f"{figure['median']:.{digits}f}{unit} ({figure['min']:.{digits}f}–{figure['max']:.{digits}f})"


def prepare_bare(folder: Path) -> None:
    """The bare page with stock Pyodide (stock standard library and lock file), precompressed like the site."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(Path(__file__).parent / "bare", folder)
    (folder / "pyodide").mkdir()
    for name in BARE_FILES:
        shutil.copyfile(STOCK_PYODIDE / name, folder / "pyodide" / name)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "precompress.py"), str(folder)], check=True,
                   capture_output=True)


class Bench:
    def __init__(self, server: Nginx, browser, runs: int) -> None:
        self.server, self.browser, self.runs = server, browser, runs
        self.results: dict = {}

    def visit_bytes(self, base: str, path: str, until_ready: bool) -> dict:
        """Bytes nginx sent for a first visit (fresh profile), per kind, until ready and until the network is quiet."""
        context = chromium.new_context(self.browser)
        page = context.new_page()
        mark = self.server.mark()
        if until_ready:
            page.add_init_script(chromium.READY_MOMENT)
            chromium.seconds_until_ready(page, base + path, bare=path.startswith("bare/"))
            ready_at = chromium.ready_moment(page)
        else:
            page.goto(base + path, wait_until="load")
            loaded = len(self.server.requests_since(mark))
        chromium.idle(lambda: self.server.requests_since(mark))
        at_quiet = self.server.requests_since(mark)
        at_ready = [request for request in at_quiet if request.started <= ready_at] if until_ready else at_quiet[:loaded]
        context.close()

        def weigh(requests) -> dict:
            kinds = defaultdict(int)
            for request in requests:
                kinds[kind_of(request.path)] += request.sent
            return dict(kinds) | {"total": sum(kinds.values())}
        counts = requests_per_file(at_quiet)
        encodings = Counter(request.encoding or "none" for request in at_ready)
        return {"until_ready": weigh(at_ready), "until_quiet": weigh(at_quiet), "requests": dict(counts),
                "encodings": dict(encodings)}

    def first_visits(self) -> None:
        figures: dict = defaultdict(lambda: defaultdict(list))
        requests: dict = defaultdict(list)
        for run in range(self.runs):
            for host, base in (("brotli", self.server.brotli_url), ("gzip", self.server.gzip_url)):
                for label, path, ready in (("guide", GUIDE, False), ("practice", PRACTICE, True), ("bare", "bare/", True)):
                    visit = self.visit_bytes(base, path, ready)
                    for moment in ("until_ready", "until_quiet"):
                        for kind, size in visit[moment].items():
                            figures[f"{label} {host} {moment}"][kind].append(size)
                    if host == "brotli":
                        requests[label].append(visit["requests"])
            print(f"  bytes: run {run + 1}/{self.runs} done", flush=True)
        self.results["bytes"] = {name: {kind: spread(sizes) for kind, sizes in kinds.items()} for name, kinds in figures.items()}
        self.results["requests_first_visit"] = {label: per_run for label, per_run in requests.items()}

    def ready(self, page, label: str, path: str) -> float:
        return chromium.seconds_until_ready(page, self.server.brotli_url + path, bare=label == "bare")

    def ready_times(self) -> None:
        """Seconds until ready, ours and bare interleaved in each round.

        Cold: a fresh profile. Warm: the same profile again, the runtime saved (ours: by the
        service worker; bare: in the HTTP cache, immutable). CDP throttles a page and its
        workers but not a service worker's own fetches, so the cold slow-4G visit runs with
        service workers blocked (every byte then crosses the throttled link, as on a first
        visit before anything is saved); the warm slow-4G visit follows the unthrottled ones.
        """
        times: dict = defaultdict(list)
        warm_requests: dict = defaultdict(list)
        for run in range(self.runs):
            for label, path in (("ours", PRACTICE), ("bare", "bare/")):
                context = chromium.new_context(self.browser)
                page = context.new_page()
                times[f"{label} cold unthrottled"].append(self.ready(page, label, path))
                if label == "ours" and not chromium.runtime_saved(page):
                    print("  warning: the runtime was not saved for offline use; warm is the HTTP cache only")
                for network, conditions in (("unthrottled", None), ("slow 4G", chromium.SLOW_4G)):
                    page.goto("about:blank")
                    chromium.throttle(page, conditions)
                    mark = self.server.mark()
                    times[f"{label} warm {network}"].append(self.ready(page, label, path))
                    warm_requests[label].append(requests_per_file(self.server.requests_since(mark)))
                context.close()
                context = chromium.new_context(self.browser, service_workers="block")
                page = context.new_page()
                chromium.throttle(page, chromium.SLOW_4G)
                times[f"{label} cold slow 4G"].append(self.ready(page, label, path))
                context.close()
            print(f"  ready: run {run + 1}/{self.runs} done", flush=True)
        self.results["ready_seconds"] = {name: spread(values) for name, values in times.items()}
        self.results["requests_warm_visit"] = dict(warm_requests)
        ratios = {}
        for moment in ("cold unthrottled", "warm unthrottled", "cold slow 4G", "warm slow 4G"):
            ours, bare = times[f"ours {moment}"], times[f"bare {moment}"]
            # Each round's ratio (ours over bare, measured minutes apart), then their median.
            ratios[moment] = spread([a / b for a, b in zip(ours, bare)])
        self.results["ready_ratio_ours_over_bare"] = ratios

    def timed(self, path: str, measure, count: int, warm_up: int) -> dict:
        """``measure(page, n)`` on a ready practice page at ``path``: ``warm_up`` uncounted, then ``count`` figures."""
        context = chromium.new_context(self.browser)
        page = context.new_page()
        chromium.seconds_until_ready(page, self.server.brotli_url + path, bare=False)
        measure(page, warm_up)
        values = sorted(measure(page, count))
        context.close()
        return percentiles(values)

    def submits(self, count: int) -> None:
        self.results["submit_to_error_summary_ms"] = (
            self.timed(PRACTICE, chromium.submit_milliseconds, count, warm_up=3) | {"submits": count})
        self.results["stage_change_ms"] = (
            self.timed(STAGE_PAGE, chromium.stage_change_milliseconds, count, warm_up=2) | {"changes": count})

    def lighthouse(self, runs: int) -> None:
        scores: dict = defaultdict(lambda: defaultdict(list))
        below: dict = defaultdict(lambda: defaultdict(list))
        details: dict = {}
        for run in range(runs):
            for page in LIGHTHOUSE_PAGES:
                result = lighthouse.audit(self.server.brotli_url + page)
                for category, score in result["scores"].items():
                    scores[f"/{page}"][category].append(score)
                for audit, value in result["below_one"].items():
                    below[f"/{page}"][audit].append(value)
                # What to fix: the items of the last run's failing diagnostics (which files, which elements).
                details[f"/{page}"] = result["details"]
            print(f"  lighthouse: run {run + 1}/{runs} done", flush=True)
        self.results["lighthouse"] = {
            "version": lighthouse.version(), "runs": runs,
            "scores": {page: {category: spread(values) for category, values in categories.items()}
                       for page, categories in scores.items()},
            # Each audit scored below 1, with its value in every run where it was.
            "below_one": {page: dict(audits) for page, audits in below.items()}, "details": details}


def requests_summary(per_run: list[dict]) -> str:
    """"pyodide.asm.wasm 200×1 304×1" for each file: the most times any run asked for it, by status."""
    most: dict = defaultdict(lambda: defaultdict(int))
    for run in per_run:
        for key, count in run.items():
            name, status = key.rsplit(" ", 1)
            most[name][status] = max(most[name][status], count)
    return "; ".join(f"{name} " + " ".join(f"{status}×{count}" for status, count in sorted(statuses.items()))
                     for name, statuses in sorted(most.items())) or "none"


def table(results: dict) -> str:
    lines = ["", "Bytes on the wire, first visit (MB; median (min–max)):"]
    for name, kinds in results.get("bytes", {}).items():
        parts = ", ".join(f"{kind} {shown({k: v / 1e6 for k, v in figure.items() if k != 'runs'}, digits=3)}"
                          for kind, figure in sorted(kinds.items(), key=lambda item: -item[1]["median"]))
        lines.append(f"  {name:30} {parts}")
    lines.append("Requests per runtime file (most in any run, by HTTP status):")
    for label in ("practice", "bare"):
        first = results.get("requests_first_visit", {}).get(label, [])
        warm = results.get("requests_warm_visit", {}).get("ours" if label == "practice" else "bare", [])
        lines.append(f"  {label:8} first visit: {requests_summary(first)}")
        lines.append(f"  {label:8} warm visits: {requests_summary(warm)}")
    lines.append("Checker ready (s), ours vs bare stock Pyodide, and ours/bare:")
    for moment, ratio in results.get("ready_ratio_ours_over_bare", {}).items():
        ours, bare = results["ready_seconds"][f"ours {moment}"], results["ready_seconds"][f"bare {moment}"]
        lines.append(f"  {moment:18} ours {shown(ours, ' s')}   bare {shown(bare, ' s')}   ratio {shown(ratio, '×')}")
    if "submit_to_error_summary_ms" in results:
        submit = results["submit_to_error_summary_ms"]
        lines.append(f"Submit → error summary painted: p50 {submit['p50']:.1f} ms, p95 {submit['p95']:.1f} ms "
                     f"({submit['min']:.1f}–{submit['max']:.1f}, {submit['submits']} submits)")
    if "stage_change_ms" in results:
        change = results["stage_change_ms"]
        lines.append(f"Stage passed → next stage's heading focused: p50 {change['p50']:.1f} ms, p95 {change['p95']:.1f} ms "
                     f"({change['min']:.1f}–{change['max']:.1f}, {change['changes']} changes)")
    if "lighthouse" in results:
        lines.append(f"Lighthouse {results['lighthouse']['version']} (mobile): Performance / Accessibility / Best Practices / SEO")
        for page, categories in results["lighthouse"]["scores"].items():
            lines.append(f"  {page:24} " + " / ".join(shown(categories[c], digits=0) for c in lighthouse.CATEGORIES))
        runs = results["lighthouse"].get("runs", "?")
        for page, audits in results["lighthouse"]["below_one"].items():
            if audits:
                lines.append(f"  below 1 on {page}: " + "; ".join(
                    f"{audit} {len(values)}/{runs} ({', '.join(dict.fromkeys(values[:3]))}{', …' if len(values) > 3 else ''})"
                    for audit, values in sorted(audits.items(), key=lambda item: -len(item[1]))))
    return "\n".join(lines)


def machine() -> dict:
    chromium_version = subprocess.run([chromium.CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    nginx_version = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    return {"platform": platform.platform(), "cpus": len(__import__("os").sched_getaffinity(0)),
            "python": platform.python_version(), "chromium": chromium_version, "nginx": nginx_version,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--port", type=int, default=8731)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--submits", type=int, default=30)
    parser.add_argument("--lighthouse-runs", type=int, default=5)
    parser.add_argument("--skip-lighthouse", action="store_true")
    parser.add_argument("--only-lighthouse", action="store_true", help="run Lighthouse only, into the existing --output")
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "results.json")
    parser.add_argument("--table", action="store_true", help="print the table of --output and stop")
    options = parser.parse_args()
    if options.table:
        print(table(json.loads(options.output.read_text(encoding="utf-8"))))
        return

    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        bare = Path(scratch) / "bare"
        prepare_bare(bare)
        results = {"machine": machine(), "runs": options.runs,
                   "site_runtime": sorted(p.relative_to(options.site).as_posix() for p in
                                          (options.site / "assets" / "pyodide").glob("*/*") if p.suffix not in (".br", ".gz"))}
        if options.only_lighthouse:
            results = json.loads(options.output.read_text(encoding="utf-8"))
        with Nginx(options.site, bare, Path(scratch) / "nginx", options.port) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium.CHROMIUM, args=chromium.CHROMIUM_FLAGS)
            bench = Bench(server, browser, options.runs)
            bench.results = results
            print(f"Serving {options.site} at {server.brotli_url} (brotli) and {server.gzip_url} (gzip only)", flush=True)
            if not options.only_lighthouse:
                bench.first_visits()
                bench.ready_times()
                bench.submits(options.submits)
            browser.close()
            if not options.skip_lighthouse:
                bench.lighthouse(options.lighthouse_runs)
    options.output.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nWritten to {options.output}")


if __name__ == "__main__":
    main()
