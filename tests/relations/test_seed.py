"""The seed article (the worked example of RECORDS.md) end to end, scored as SCORING.md says."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate.baseline import measure, predict_gold_sources
from extract.evaluate.gold import load_gold_file

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT / "gold" / "guangzhou-high-tech-2017.json"


@pytest.fixture(scope="module")
def scores():
    if not SEED_GOLD.is_file():
        pytest.skip("seed gold absent")
    gold = load_gold_file(SEED_GOLD, ROOT)
    return measure([gold], predict_gold_sources([gold], ROOT))


def test_seed_record_f1_at_least_095(scores):
    assert scores["record"]["f1"] >= 0.95


def test_seed_strict_f1_at_least_090(scores):
    assert scores["strict"]["f1"] >= 0.90
