"""Scores broken down by a record attribute: measure, unit family, indicator_key, rule.

A correct pair counts under the gold record's value when gold carries the attribute, else
under the prediction's (gold has no `rule`, and seldom an `indicator_key`). A false positive
counts under the prediction's value, a miss under the gold record's, so for `rule` the misses
gather in one row of their own.
"""

from __future__ import annotations

import regex

from .protocol import Counts, Evaluation

NONE = "(none)"
MISSED = "(missed: no rule)"
_CURRENCY = regex.compile(r"[A-Z]{3}")
_PHYSICAL = {"m", "m2", "m3", "kg", "s", "J", "W", "K", "m/s"}


def unit_family(unit: str | None) -> str:
    """count, percent, rank, money, physical or other (RECORDS.md units)."""
    if unit in ("count", "rank"):
        return unit
    if unit in ("percent", "percentage_point"):
        return "percent"
    if unit and _CURRENCY.fullmatch(unit):
        return "money"
    if unit in _PHYSICAL or (unit and "/" in unit):
        return "physical"
    return "other"


ATTRIBUTES = {
    "measure": lambda r: r.measure,
    "unit_family": lambda r: unit_family(r.unit),
    "indicator_key": lambda r: getattr(r, "indicator_key", None),
    "rule": lambda r: getattr(r, "rule", None),
}


def _gold_key(record, attribute: str) -> str | None:
    """The gold record's value, or None when gold does not carry the attribute."""
    raw = getattr(record, "raw", {})
    if attribute in ("measure", "unit_family") or attribute in raw:
        return ATTRIBUTES[attribute](record) or NONE
    return None


def breakdown(evaluation: Evaluation, attribute: str, level: str = "record") -> dict[str, dict]:
    """Counts and P/R/F1 per value of `attribute`, sorted by value."""
    key_of = ATTRIBUTES[attribute]
    rows: dict[str, Counts] = {}

    def bump(key: str, tp=0, fp=0, fn=0) -> None:
        rows[key] = rows.get(key, Counts()).add(Counts(tp, fp, fn))

    for outcome in evaluation.outcomes:
        for pair in outcome.correct_pairs(level):
            gold_key = _gold_key(outcome.golds[pair.gold], attribute)
            bump(gold_key or key_of(outcome.preds[pair.pred]) or NONE, tp=1)
        for i in outcome.false_positives(level):
            bump(key_of(outcome.preds[i]) or NONE, fp=1)
        for j in outcome.misses(level):
            bump(_gold_key(outcome.golds[j], attribute) or MISSED.replace("rule", attribute),
                 fn=1)
    return {key: rows[key].as_dict() for key in sorted(rows)}


def all_breakdowns(evaluation: Evaluation, level: str = "record") -> dict[str, dict]:
    return {name: breakdown(evaluation, name, level) for name in ATTRIBUTES}
