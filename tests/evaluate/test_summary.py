from __future__ import annotations

from extract.evaluate.gold import Predictions
from extract.evaluate.protocol import evaluate
from extract.evaluate.summary import summarise

TEXT = "Exports rose 5 percent. Imports fell 2 percent."


def test_errors_carry_evidence_and_fields_default_to_zero(make):
    gold = make.doc([make.gold(-2, indicator="imports", measure="change",
                               evidence="fell 2 percent")], text=TEXT)
    fp = make.pred(5, indicator="exports", measure="change")
    fp.sentence = (0, 23)
    summary = summarise(evaluate([gold], Predictions(records={"d1": [fp]})), rounds=10)
    (false_positive,) = summary["errors"]["false_positives"]
    assert false_positive["evidence"] == "Exports rose 5 percent."
    (miss,) = summary["errors"]["false_negatives"]
    assert miss["record"]["evidence"] == "fell 2 percent"
    assert summary["pairs"] == 0 and summary["fields"]["entity"] == 0.0
    assert summary["boilerplate"]["f1"] is None
    assert summary["breakdowns"]["measure"]["change"]["fp"] == 1
