from __future__ import annotations

from extract.evaluate.compare import compare_runs
from extract.evaluate.gold import Predictions


def test_compare_lists_gains_losses_and_false_positives(make):
    golds = [make.doc([make.gold(8, indicator="gdp"), make.gold(5, indicator="exports"),
                       make.gold(3, indicator="imports")])]
    old = Predictions(records={"d1": [make.pred(8, indicator="gdp"),
                                      make.pred(5, indicator="exports"),
                                      make.pred(99, indicator="noise"),
                                      make.pred(77, indicator="kept noise")]}, label="old")
    new = Predictions(records={"d1": [make.pred(8, indicator="gdp"),
                                      make.pred(3, indicator="imports"),
                                      make.pred(77, indicator="kept noise"),
                                      make.pred(5, indicator="retail sales")]}, label="new")
    result = compare_runs(golds, old, new, rounds=50)
    (doc,) = result["documents"]
    assert [g["gold"]["indicator"] for g in doc["gained"]] == ["imports"]
    assert [g["gold"]["indicator"] for g in doc["lost"]] == ["exports"]
    # 5 "retail sales" is a quantity match for exports but not a record: a new FP.
    assert [r["indicator"] for r in doc["new_false_positives"]] == ["retail sales"]
    assert [r["indicator"] for r in doc["fixed_false_positives"]] == ["noise"]
    assert result["totals"] == {"gained": 1, "lost": 1, "new_false_positives": 1,
                                "fixed_false_positives": 1}
    record = result["scores"]["record"]
    assert (record["old"]["tp"], record["old"]["fp"]) == (2, 2)
    assert (record["new"]["tp"], record["new"]["fp"]) == (2, 2)
    assert record["f1_delta"] == 0.0


def test_identical_runs_show_no_document(make):
    golds = [make.doc([make.gold(8)])]
    run = Predictions(records={"d1": [make.pred(8), make.pred(1)]})
    result = compare_runs(golds, run, run, rounds=20)
    assert result["documents"] == [] and result["scores"]["strict"]["f1_delta_ci"] == [0.0, 0.0]
