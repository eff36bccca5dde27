"""Properties of the protocol on generated records (Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.evaluate.protocol import LEVELS, score_document

# `make` only hands out stateless builders, so sharing it across examples is safe.
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

WORDS = ["gdp", "exports", "retail", "sales", "output", "prices", "of", "the", "growth"]
records = st.lists(st.fixed_dictionaries({
    "value": st.sampled_from([0, 1, 8, 8.000001, 1000000, 1000001, 2.5]),
    "unit": st.sampled_from(["percent", "count", "CNY"]),
    # at least one content word: gold validation rejects indicators of stop words only
    "indicator": st.tuples(st.sampled_from(WORDS[:6]), st.lists(st.sampled_from(WORDS),
                                                                 max_size=2)).map(
        lambda t: " ".join([t[0], *t[1]])),
    "measure": st.sampled_from(["level", "change", "share", "rank"]),
    "entity": st.sampled_from(["A", "a", "B", None]),
    "period": st.sampled_from(["2018", "2019", None]),
    "base_period": st.sampled_from(["2017", None]),
}), max_size=7)


@SETTINGS
@given(golds=records, preds=records, data=st.data())
def test_counts_add_up_nest_and_ignore_prediction_order(make, golds, preds, data):
    doc = make.doc([make.gold(**g) for g in golds])
    outcome = score_document(doc, [make.pred(**p) for p in preds], None)
    for level in LEVELS:
        c = outcome.counts[level]
        assert c.tp + c.fp == len(preds) and c.tp + c.fn == len(golds)
    tps = [outcome.counts[level].tp for level in LEVELS]
    assert tps[0] >= tps[1] >= tps[2]
    shuffled = data.draw(st.permutations(preds))
    again = score_document(doc, [make.pred(**p) for p in shuffled], None)
    assert again.counts["quantity"].tp == tps[0]


@SETTINGS
@given(golds=records, data=st.data())
def test_gold_itself_in_any_order_is_perfect_at_every_level(make, golds, data):
    doc = make.doc([make.gold(**g) for g in golds])
    preds = [make.pred(**p) for p in data.draw(st.permutations(golds))]
    outcome = score_document(doc, preds, None)
    for level in LEVELS:
        assert outcome.counts[level].tp == len(golds)
