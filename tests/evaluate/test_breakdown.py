from __future__ import annotations

import pytest

from extract.evaluate.breakdown import breakdown, unit_family
from extract.evaluate.gold import Predictions
from extract.evaluate.protocol import evaluate


@pytest.mark.parametrize("unit, family", [
    ("count", "count"), ("percent", "percent"), ("percentage_point", "percent"),
    ("rank", "rank"), ("CNY", "money"), ("USD", "money"), ("m2", "physical"),
    ("kg", "physical"), ("CNY/kg", "physical"), ("mu", "other"),
])
def test_unit_family(unit, family):
    assert unit_family(unit) == family


def test_breakdown_by_measure_and_rule(make):
    golds = [make.gold(8, measure="change"), make.gold(5, measure="level"),
             make.gold(2, unit="rank", measure="rank")]
    preds = [make.pred(8, measure="change", rule="change_v1"),
             make.pred(7, measure="level", rule="level_v1")]
    evaluation = evaluate([make.doc(golds)], Predictions(records={"d1": preds}))
    by_measure = breakdown(evaluation, "measure")
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in by_measure.items()} == {
        "change": (1, 0, 0), "level": (0, 1, 1), "rank": (0, 0, 1)}
    by_rule = breakdown(evaluation, "rule")
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in by_rule.items()} == {
        "change_v1": (1, 0, 0), "level_v1": (0, 1, 0), "(missed: no rule)": (0, 0, 2)}
