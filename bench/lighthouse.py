"""Lighthouse 12 (npm, pinned in bench/package.json) on Debian's Chromium, mobile (its default form factor)."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

TOOLS = Path(__file__).parent / "node_modules"
LIGHTHOUSE = TOOLS / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SCORED = ("binary", "numeric", "metricSavings")
# Audits whose items say what to fix (kept in results.json).
DETAILED = ("layout-shifts", "uses-long-cache-ttl", "unsized-images", "render-blocking-resources", "bootup-time")
FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update " \
        "--no-first-run --disable-sync"


def version() -> str:
    return json.loads((TOOLS / "lighthouse" / "package.json").read_text())["version"]


def audit(url: str) -> dict:
    """Scores (0–100) per category, and the audits scored below 1 with their titles."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        run = subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                              f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}"],
                             env=os.environ | {"CHROME_PATH": "/usr/bin/chromium"}, capture_output=True, text=True,
                             timeout=300)
        if run.returncode != 0 or not report.exists():
            raise RuntimeError(f"Lighthouse failed on {url}: {run.stderr[-2000:]}")
        result = json.loads(report.read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    below = {}
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            audit_result = result["audits"][ref["id"]]
            # Scored audits and diagnostics alike (uses-long-cache-ttl, unsized-images weigh 0 but still fail).
            if audit_result.get("scoreDisplayMode") in SCORED and audit_result.get("score") is not None \
                    and audit_result["score"] < 1:
                below[ref["id"]] = audit_result.get("displayValue") or audit_result["title"]
    return {"scores": scores, "below_one": below, "details": {audit: result["audits"][audit].get("details")
                                                              for audit in DETAILED if audit in below}}
