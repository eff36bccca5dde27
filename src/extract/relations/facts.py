"""Document-level steps after the sentences: one record per fact, and the taxonomy key."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex

from ..model import Record
from .lexicon import RULES_DIR

#: SCORING.md's stop words: two indicators "say the same" on their content words
_STOP = frozenset("a an and are as at be been by for from had has have in is it its of on or "
                  "over that the their these this those to was were which with".split())


_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


@lru_cache(maxsize=256)  # dedupe compares every pair of a document's records
def content_words(indicator: str) -> frozenset[str]:
    words = _NON_WORD.split(indicator.lower())
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words
                     if w and w not in _STOP)


def dice(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def _entity_key(entity: str | None) -> str:
    """One spelling of a name for comparing facts: "U.S." and "US" are one entity."""
    return (entity or "").lower().replace(".", "")


def _same_fact(a: Record, b: Record, lead_end: int) -> bool:
    """Same figure of the same thing: equal value, unit, measure, entity and period, and
    indicators sharing most content words ("clinics added" / "adding clinics"). A headline or
    standfirst figure restates the body's in other words, so there the words need not agree."""
    return (a.value == b.value and a.unit == b.unit and a.measure == b.measure
            and _entity_key(a.entity) == _entity_key(b.entity)
            and (a.period == b.period or a.period is None or b.period is None)
            and (a.span[0] < lead_end or dice(a.indicator, b.indicator) >= 0.5))


def dedupe(records: list[Record], lead_end: int = 0) -> list[Record]:
    """One record per fact, with the first mention's offsets; a later mention fills fields
    the first left empty (a headline's change gets the body's base period)."""
    kept: list[Record] = []
    # kept records by what _same_fact needs equal (value, unit, measure, entity), in kept
    # order: a record is compared with those alone, not with every record kept before it
    alike: dict[tuple, list[Record]] = {}
    for record in records:
        key = (record.value, record.unit, record.measure, _entity_key(record.entity))
        same = alike.setdefault(key, [])
        first = next((k for k in same if _same_fact(k, record, lead_end)), None)
        if first is None:
            kept.append(record)
            same.append(record)
            continue
        first.period = first.period or record.period
        first.base_period = first.base_period or record.base_period
    return kept


@lru_cache(maxsize=8)
def load_taxonomy(path: str | None = None) -> list[tuple[str, list[frozenset[str]]]]:
    """(key, keyword sets) in file order, from `path` or the default `indicators_v1.json`."""
    source = Path(path) if path else RULES_DIR / "indicators_v1.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return [(entry["key"], [content_words(p) for p in entry["any"]]) for entry in data["keys"]]


@lru_cache(maxsize=8)
def _taxonomy_index(taxonomy: str | None) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """word -> (key order, key, phrase) for every phrase holding the word: a lookup, not a scan."""
    index: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for order, (key, phrases) in enumerate(load_taxonomy(taxonomy)):
        for phrase in phrases:
            for word in phrase:
                index.setdefault(word, []).append((order, key, phrase))
    return index


def indicator_key(indicator: str, taxonomy: str | None = None) -> str | None:
    """The first key (in file order) one of whose phrases lies wholly in the indicator."""
    words = content_words(indicator)
    index = _taxonomy_index(taxonomy)
    hits = [(order, key) for w in words for order, key, phrase in index.get(w, ())
            if phrase <= words]
    return min(hits)[1] if hits else None
