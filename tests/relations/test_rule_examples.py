"""Every rule of relations_v1.jsonl carries an example and the records it must give; run them.

Expected records were written by hand with each rule (value, unit, measure, indicator); the
indicator is compared as SCORING.md compares it (content words, stop words and plural s aside).
"""

from __future__ import annotations

import pytest

from extract.evaluate.protocol import content_words
from extract.relations.lexicon import load_jsonl

RULES = load_jsonl("relations_v1.jsonl")


def test_every_rule_has_id_purpose_example_and_expectation():
    ids = [rule["id"] for rule in RULES]
    assert len(ids) == len(set(ids)), "duplicate rule ids"
    for rule in RULES:
        assert rule["purpose"] and rule["example"] and rule["expect"], rule["id"]
        assert rule["measure"] in ("level", "change", "share", "rank", "auto"), rule["id"]


def _same(record, expected) -> bool:
    return (abs(float(record.value) - expected["value"]) <= 1e-6 * max(1, abs(expected["value"]))
            and record.unit == expected["unit"] and record.measure == expected["measure"]
            and content_words(record.indicator) == content_words(expected["indicator"]))


@pytest.mark.parametrize("rule", RULES, ids=[rule["id"] for rule in RULES])
def test_rule_example_gives_its_records(rule, run):
    records = run(rule["example"], pub_date="2019-07-10")
    for expected in rule["expect"]:
        found = [r for r in records if _same(r, expected)]
        assert found, f"{rule['id']}: no record like {expected} in " \
                      f"{[(str(r.value), r.unit, r.measure, r.indicator, r.rule) for r in records]}"
        if "period" in expected:
            assert found[0].period == expected["period"]
    if not rule.get("creates"):
        assert any(r.rule == rule["id"] for r in records), \
            f"{rule['id']} produced none of {[r.rule for r in records]}"
