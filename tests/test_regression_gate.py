"""The regression gate: the pipeline, run in-process on the bundled gold documents, must keep
every F1 at or above its floor in gold/baseline.json, on exactly the gold it was pinned on.

A gold change fails here until someone re-baselines explicitly
(`extract baseline --gold gold --rebaseline`); floors rise with `--raise`, never silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate.baseline import check, load_baseline, measure, predict_gold_sources
from extract.evaluate.gold import gold_checksum, load_gold

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "gold"


def test_scores_stay_above_their_floors_on_the_pinned_gold():
    baseline = load_baseline(GOLD)
    if baseline is None:
        pytest.skip("no gold/baseline.json: create it with `extract baseline --gold gold "
                    "--raise` to switch the regression gate on")
    checksum = gold_checksum(GOLD)
    assert baseline["gold_checksum"] == checksum, (
        f"gold files changed since the baseline ({baseline['gold_checksum']} -> {checksum}); "
        "re-baseline explicitly: extract baseline --gold gold --rebaseline")
    golds = load_gold(GOLD)
    scores = measure(golds, predict_gold_sources(golds, REPO))
    problems = check(baseline, checksum, scores)
    assert not problems, "regression gate: " + "; ".join(problems)
