"""The SCORING.md protocol pinned on hand-made cases; expected counts worked out by hand."""

from __future__ import annotations

import pytest

from extract.evaluate.gold import Predictions
from extract.evaluate.protocol import (
    Counts,
    boilerplate_counts,
    content_words,
    evaluate,
    indicator_similarity,
    prf,
    quantity_match,
    score_document,
)


def counts(outcome, level):
    c = outcome.counts[level]
    return (c.tp, c.fp, c.fn)


def test_perfect_predictions_score_one_everywhere(make):
    golds = [make.gold(8, measure="change", base_period="2017"), make.gold(1534, unit="CNY"),
             make.gold(2, unit="rank", measure="rank", indicator="economic output")]
    preds = [make.pred(8, measure="change", base_period="2017"), make.pred(1534, unit="CNY"),
             make.pred(2, unit="rank", measure="rank", indicator="economic output")]
    outcome = score_document(make.doc(golds), preds, None)
    for level in ("quantity", "record", "strict"):
        assert counts(outcome, level) == (3, 0, 0)
        assert outcome.counts[level].as_dict()["f1"] == 1.0


def test_empty_predictions_miss_every_gold_record(make):
    outcome = score_document(make.doc([make.gold(8), make.gold(9)]), [], None)
    assert counts(outcome, "record") == (0, 0, 2)
    assert outcome.counts["record"].as_dict() == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0,
                                                  "fp": 0, "fn": 2}


def test_empty_gold_makes_every_prediction_a_false_positive(make):
    assert counts(score_document(make.doc([]), [make.pred(8)], None), "quantity") == (0, 1, 0)
    assert counts(score_document(make.doc([]), [], None), "strict") == (0, 0, 0)


def test_duplicate_prediction_is_a_false_positive(make):
    outcome = score_document(make.doc([make.gold(8)]), [make.pred(8), make.pred(8)], None)
    assert counts(outcome, "record") == (1, 1, 0)
    scores = outcome.counts["record"].as_dict()
    assert scores["p"] == 0.5 and scores["r"] == 1.0
    assert scores["f1"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("gold, pred, unit_pred, expected", [
    (1000000, 1000001, "count", True),  # tolerance 1e-6 * 1e6 = 1: on the edge
    (1000000, "1000001.01", "count", False),
    (1000000, 999999, "count", True),
    ("0.5", "0.500001", "count", True),  # below 1 the tolerance stays 1e-6
    ("0.5", "0.5000011", "count", False),
    (0, "0.000001", "count", True),
    (0, "-0.0000011", "count", False),
    ("33.333333333333336", "33.3333333", "count", True),
    (1000000, 1000000, "USD", False),  # same value, other unit
])
def test_quantity_match_tolerance_edges(make, gold, pred, unit_pred, expected):
    assert quantity_match(make.pred(pred, unit=unit_pred), make.gold(gold, unit="count")) \
        is expected


def test_one_gold_matched_by_two_predictions_takes_the_more_similar(make):
    gold = make.gold(8, indicator="gdp growth")
    preds = [make.pred(8, indicator="retail sales"), make.pred(8, indicator="gdp growth")]
    outcome = score_document(make.doc([gold]), preds, None)
    assert [(p.pred, p.gold) for p in outcome.pairs] == [(1, 0)]
    assert counts(outcome, "quantity") == (1, 1, 0)
    assert counts(outcome, "record") == (1, 1, 0)
    assert outcome.false_positives("record") == [0]


def test_assignment_maximises_the_number_of_pairs_before_similarity(make):
    # p0 matches g0 (similarity 1) and g1 (2/3); p1 matches g0 only (similarity 0).
    # Greedy on similarity would pair p0-g0 and leave p1 alone; the protocol pairs both.
    g0 = make.gold(1000000, unit="count", indicator="exports")
    g1 = make.gold("1000001.5", unit="count", indicator="exports of goods")
    p0 = make.pred("1000000.8", unit="count", indicator="exports")
    p1 = make.pred("999999.5", unit="count", indicator="imports")
    outcome = score_document(make.doc([g0, g1]), [p0, p1], None)
    assert sorted((p.pred, p.gold) for p in outcome.pairs) == [(0, 1), (1, 0)]
    assert counts(outcome, "quantity") == (2, 0, 0)
    assert counts(outcome, "record") == (1, 1, 1)


def test_change_with_wrong_base_period_fails_only_strict(make):
    gold = make.gold(61, measure="change", period="2016", base_period="2015")
    pred = make.pred(61, measure="change", period="2016", base_period="2014")
    outcome = score_document(make.doc([gold]), [pred], None)
    assert counts(outcome, "record") == (1, 0, 0)
    assert counts(outcome, "strict") == (0, 1, 1)


def test_base_period_is_ignored_by_strict_for_a_level(make):
    outcome = score_document(make.doc([make.gold(61, base_period="2015")]),
                             [make.pred(61, base_period=None)], None)
    assert counts(outcome, "strict") == (1, 0, 0)


def test_strict_compares_entity_without_case_and_period_exactly(make):
    doc = make.doc([make.gold(5, entity="Chengdu", period="2018")])
    assert counts(score_document(doc, [make.pred(5, entity="CHENGDU")], None), "strict") \
        == (1, 0, 0)
    assert counts(score_document(doc, [make.pred(5, entity="Sichuan")], None), "strict") \
        == (0, 1, 1)
    assert counts(score_document(doc, [make.pred(5, period="2018-Q4")], None), "strict") \
        == (0, 1, 1)


def test_record_level_needs_measure_and_half_similarity(make):
    doc = make.doc([make.gold(5, indicator="retail sales")])
    # {retail, sale} against {retail, price}: Dice 2*1/4 = 0.5, just enough.
    assert counts(score_document(doc, [make.pred(5, indicator="retail prices")], None),
                  "record") == (1, 0, 0)
    # {retail, sale} against {retail, price, index}: 2*1/5 = 0.4.
    assert counts(score_document(doc, [make.pred(5, indicator="retail price index")], None),
                  "record") == (0, 1, 1)
    outcome = score_document(doc, [make.pred(5, indicator="retail sales", measure="share")],
                             None)
    assert counts(outcome, "quantity") == (1, 0, 0)
    assert counts(outcome, "record") == (0, 1, 1)


def test_equal_indicators_prefer_the_pair_with_the_same_measure(make):
    golds = [make.gold(8, measure="level", indicator="gdp"),
             make.gold(8, measure="change", indicator="gdp", base_period="2017")]
    preds = [make.pred(8, measure="change", indicator="gdp", base_period="2017")]
    outcome = score_document(make.doc(golds), preds, None)
    assert [(p.pred, p.gold) for p in outcome.pairs] == [(0, 1)]
    assert counts(outcome, "strict") == (1, 0, 1)


def test_content_words_follow_the_spec():
    # lower-case, split on non-alphanumerics, stop words dropped, one trailing s cut from
    # words longer than 3 letters ("gas" and "us" keep theirs, "1990s" loses it).
    assert content_words("The Sales of its Gas and 1990s cars-US") == {
        "sale", "gas", "1990", "car", "us"}
    # the apostrophe splits "business's" into "business" and a one-letter word "s"
    assert content_words("this business's glass") == {"busines", "s", "glas"}


def test_indicator_similarity_is_dice_of_content_words():
    # {high, tech, busines, incubator, added} and {busines, incubator}: 2*2/(5+2).
    assert indicator_similarity("high-tech business incubators added",
                                "business incubators") == pytest.approx(4 / 7)
    assert indicator_similarity("Exports of goods", "the exports") == pytest.approx(2 / 3)
    assert indicator_similarity("of the", "in a") == 0.0


def test_neutral_and_blank_lines_are_not_scored():
    text = "headline\n\nbody one\ncaption\nfooter"
    # gold main 1 and 3, line 4 neutral; the stripper kept 1, 2 (blank), 4 and 5.
    c = boilerplate_counts(text, [1, 3], [4], [1, 2, 4, 5])
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert boilerplate_counts(None, [1], [], [1]) is None
    assert boilerplate_counts(text, [1], [], None) is None


def test_evaluate_counts_absent_documents_as_misses_and_ignores_unknown_ones(make):
    golds = [make.doc([make.gold(1)], doc_id="a"), make.doc([make.gold(2), make.gold(3)],
                                                             doc_id="b")]
    preds = Predictions(records={"a": [make.pred(1, doc_id="a")], "z": [make.pred(9)]})
    evaluation = evaluate(golds, preds)
    total = evaluation.total("record")
    assert (total.tp, total.fp, total.fn) == (1, 0, 2)
    assert evaluation.missing == ["b"]
    assert evaluation.ignored == ["z"]
    assert evaluation.boilerplate() is None


def test_documents_listed_without_records_are_predicted(make):
    text = "title\nbody"
    golds = [make.doc([make.gold(1)], doc_id="a", text=text, main_lines=[1, 2])]
    preds = Predictions(records={}, main_lines={"a": [2]})
    evaluation = evaluate(golds, preds)
    assert evaluation.missing == []
    bp = evaluation.boilerplate()
    assert (bp.tp, bp.fp, bp.fn) == (1, 0, 1)


def test_field_accuracy_over_quantity_matched_pairs(make):
    golds = [make.gold(1, period="2018", qualifier="nearly"), make.gold(2, period="2018")]
    preds = [make.pred(1, period="2017", qualifier="nearly"), make.pred(2, period="2018"),
             make.pred(3)]
    accuracy = evaluate([make.doc(golds)], Predictions(records={"d1": preds})).field_accuracy()
    assert accuracy["period"] == 0.5
    assert accuracy["qualifier"] == 1.0
    assert accuracy["entity"] == 1.0


def test_prf_and_counts():
    assert prf(3, 1, 2) == {"p": 0.75, "r": 0.6, "f1": pytest.approx(2 * .75 * .6 / 1.35)}
    assert Counts(1, 2, 3).add(Counts(1, 1, 1)) == Counts(2, 3, 4)
