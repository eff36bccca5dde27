from __future__ import annotations

from extract.evaluate.bootstrap import interval
from extract.evaluate.protocol import Counts


def test_same_seed_same_interval_and_perfect_documents_give_a_point():
    docs = [Counts(3, 1, 0), Counts(0, 2, 2), Counts(5, 0, 1)]
    assert interval(docs, rounds=200, seed=7) == interval(docs, rounds=200, seed=7)
    assert interval([Counts(2, 0, 0)] * 4, rounds=50)["f1"] == [1.0, 1.0]


def test_interval_spans_the_possible_resamples():
    # Two documents: A all right (P=1), B all wrong (P=0). Resamples are AA (P=1), AB (P=0.5)
    # and BB (P=0), each of AA and BB about a quarter of the time, so the 95% interval of P
    # runs from 0 to 1 and that of recall too.
    ci = interval([Counts(1, 0, 0), Counts(0, 1, 1)], rounds=1000, seed=0)
    assert ci["p"] == [0.0, 1.0] and ci["r"] == [0.0, 1.0]


def test_no_documents_gives_zeros():
    assert interval([], rounds=10) == {"p": [0.0, 0.0], "r": [0.0, 0.0], "f1": [0.0, 0.0]}
