"""The gate before the period regex may let any sentence through, but never stop one that the
regex would find a time expression in."""

from pathlib import Path

import pytest

from extract.relations.lexicon import load_json, lowered
from extract.relations.period_gate import data_words, gate
from extract.relations.periods import _period_regex

REPO = Path(__file__).resolve().parents[2]


def test_each_alternative_of_a_data_pattern_gives_a_word():
    assert data_words(["last week|the previous week"]) == {"last week", "the previous week"}
    assert data_words(["(?:a|one) week (?:earlier|ago)"]) == {" week "}
    assert data_words(["(?:last )?week"]) == {"week"}
    assert data_words(["from (?:19|20)\\d{2}"]) == {"from 1999"}  # has a year: the core test


@pytest.mark.parametrize("patterns", [
    ["(?:last )?wk"],  # nothing long enough that every match holds
    ["last week|on"],  # one alternative is too short a word to test
    ["(?i:Last Week)"],  # case-blind
])
def test_no_gate_when_a_data_pattern_has_no_word_every_match_holds(patterns):
    assert data_words(patterns) is None


def test_sentences_without_any_time_word_are_stopped():
    assert not gate()("sales rose 5 percent to $3 billion, the company said.")
    assert gate()("sales rose 5 percent in the first half.")
    assert gate()("sales rose 5 percent from a year earlier.")


def _texts() -> list[str]:
    texts = [e["text"] for e in load_json("periods_v1.json")["examples"]]
    for folder in ("corpus", "heldout"):
        for path in sorted((REPO / folder).glob("*.txt")):
            texts += path.read_text(encoding="utf-8").splitlines()
    return texts


def test_the_gate_never_stops_a_text_the_period_regex_reads_a_period_in():
    missed = [text for text in _texts() if _period_regex().search(lowered(text))
              and not gate()(lowered(text))]
    assert missed == []
