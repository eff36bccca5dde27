"""The seed's HTML report opened in a real headless browser (Debian's chromium).

Skips where no chromium is installed (.ci/run installs it). The page's script writes
"ready: ..." into #report-status when it ran to the end, so a JS error shows in the DOM.
Set EXTRACT_SCREENSHOTS=DIR to keep the screenshot.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import regex

from extract.evaluate.gold import Predictions, load_gold_file
from extract.evaluate.protocol import evaluate
from extract.evaluate.report import write_report
from extract.evaluate.summary import summarise
from extract.model import Record

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "gold" / "guangzhou-high-tech-2017.json"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str:
    for name in BROWSERS:
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("no chromium installed (apt-get install chromium); browser test skipped")


def chromium(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={profile}", "--window-size=1200,1600", *args],
        capture_output=True, text=True, timeout=180, check=False)


def seed_predictions(gold) -> Predictions:
    """One right record (the 2,823 companies) and one wrong one (the year 2016 as a count)."""
    right = next(r for r in gold.records if r.value == 2823 and r.unit == "count")
    start = gold.text.index("2,823")
    year = gold.text.index("2016")
    common = dict(doc_id=gold.doc_id, sentence=(0, 0), rule="hand-made")
    preds = [
        Record(entity=right.entity, indicator=right.indicator, measure=right.measure,
               value=right.value, unit="count", span=(start, start + 5), text="2,823",
               period=right.period, **common),
        Record(entity=None, indicator="year", measure="level", value=2016, unit="count",
               span=(year, year + 4), text="2016", **common),
    ]
    return Predictions(records={gold.doc_id: preds}, label="hand-made predictions")


def test_seed_report_loads_in_chromium_and_shows_its_marks(tmp_path):
    exe = browser()
    if not SEED.is_file():
        pytest.skip(f"{SEED} not there yet")
    gold = load_gold_file(SEED)
    predictions = seed_predictions(gold)
    evaluation = evaluate([gold], predictions)
    page = tmp_path / "report.html"
    write_report(page, evaluation, summarise(evaluation, rounds=50), predictions)
    url = page.as_uri()

    dom = chromium(exe, tmp_path / "profile", "--virtual-time-budget=3000", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    status = re.search(r'id="report-status"[^>]*>([^<]*)<', dom.stdout)
    assert status and status.group(1).startswith("ready: "), status and status.group(1)
    # The script applied an outcome class to every mark: one true positive on "2,823", one
    # false positive on "2016", and the other gold records as misses on their evidence.
    marks = re.findall(r'class="mark ?([^"]*)" data-outcomes="([^"]+)"[^>]*>([^<]*)<',
                       dom.stdout)
    assert marks and all(cls.startswith("on-") for cls, _, _ in marks)
    assert [text for cls, _, text in marks if cls == "on-tp"] == ["2,823"]
    assert [text for cls, _, text in marks if cls == "on-fp"] == ["2016"]
    assert sum(cls == "on-fn" for cls, _, _ in marks) >= 1
    n_gold = len(gold.records)
    assert f"{n_gold} gold, 2 predicted; record level: 1 true positives, 1 false positives, " \
           f"{n_gold - 1} misses" in regex.sub(r"\s+", " ", dom.stdout)

    shot = tmp_path / "report.png"
    taken = chromium(exe, tmp_path / "profile", f"--screenshot={shot}", url)
    assert taken.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page is a few kB; this one has text
    if os.environ.get("EXTRACT_SCREENSHOTS"):
        keep = Path(os.environ["EXTRACT_SCREENSHOTS"])
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, keep / "seed-report.png")
