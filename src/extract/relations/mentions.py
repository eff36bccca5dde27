"""Which quantity mentions of a sentence can be records, and rank mentions the number stage
leaves out.

Not records (RECORDS.md): numbers inside names ("Fortune 500", "Line 3"), ages ("Sun Ying, 47,",
"the 54-year-old"), durations and times used as time ("in five years", "at 11 a.m."), ordinals
outside a ranking ("for the first time": those are never claimed by a rank rule).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..model import Quantity
from .engine import Rule
from .lexicon import case_blind_lower
from .period_gate import _YEAR_MARK, data_words
from .phrases import WIRE_TAG

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "number one": 1,
}
_NAME_BEFORE = regex.compile(r"(?<![.!?:]\s|^)\b(?!(?:The|In|By|On|At|Of|For|To|From|And|With|As|"
                             r"January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                             r"Oct|Nov|Dec)\s)[A-Z][A-Za-z]+\s+$")
_BARE_NUMBER = regex.compile(r"^[\d,.]+$")
_TICKER = regex.compile(r"\b[A-Z]{2,}\s*:\s*$")
_THE_NUMBER_WORD = regex.compile(r"\b(?:the|these|those|all|both)\s+$", regex.IGNORECASE)
_SUPERLATIVE_AFTER = regex.compile(r"\s+(?:largest|biggest|highest|lowest|top|most|best|leading|"
                                   r"richest|busiest|fastest)\b", regex.IGNORECASE)
_CODE = regex.compile(r"^(?:0\d+|(?:19|20)\d\d(?:\s+\w+)?)$")
_YEAR_OLD = regex.compile(r"^\s*(?:-|\s)?years?[- ]old")
_AGE = regex.compile(r"^\s*(?:-?\s*years?[- ]old|,\s|\))")
_AGE_BEFORE = regex.compile(r"[A-Z][a-z]+,\s*$|\baged\s+$|\bage\s+(?:of\s+)?$")
_RECORD_IN_TIME = regex.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:since\b|in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\w+|\d+)\s+(?:years|decades|months)\b|in\s+(?:its|their|the|[\w'’-]+['’]s)\s+"
    r"[\w-]*\s*history\b|"
    r"on\s+record\b|ever\b|in\s+decades\b)", regex.IGNORECASE)
_TIME_AFTER = regex.compile(
    r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hours?\b|minutes?\b|seconds?\b|days?\b|weeks?\b|"
    r"months?\b|years?\b|decades?\b|consecutive\b|straight\b|-day\b|-year\b|-month\b|-week\b|"
    r"-hour\b|min\b|gmt\b|utc\b|bst\b|cet\b|local\s+time\b)", regex.IGNORECASE)


_TAIL = 200


def is_record_candidate(sentence: str, q: Quantity, start: int, end: int) -> bool:
    """False for quantities that are names, ages, times or durations (offsets in sentence)."""
    after = sentence[end:]
    tail = max(0, start - _TAIL)  # patterns that end at the figure: scan its last words only
    if _FRACTION.search(q.text.strip()) and _ORDINAL_USE.match(after):
        return False  # "for a third straight month": an ordinal, not a fraction
    if q.unit == "rank" and _RECORD_IN_TIME.match(after):
        return False  # "the highest in its 52-year history": a record over time
    if q.kind == "count" and (tag := WIRE_TAG.match(sentence)) and start < tag.end():
        return False  # "UPDATE 2-Toyota's sales rise": the wire's version number
    if q.kind == "money" and _PER_BEFORE.search(sentence, tail, start):
        return False  # "2 cents per $100 of assessed value": the base of a rate
    if q.kind == "physical" and _NUMBER_OF.search(sentence, tail, start) and \
            _PLURAL_NOUN.match(after):
        return False  # "the number of 70cl bottles": the size of what is counted
    if q.unit == "count" and q.kind == "count":
        digits = q.text.strip()
        if _BARE_NUMBER.match(digits) and sentence[start - 1:start].isspace() and \
                _NAME_BEFORE.search(sentence, tail, start):  # ("Line 3": a space before it)
            return False
        if _CODE.match(digits) or _TICKER.search(sentence, tail, start):  # "0098", "HKEX: 6618"
            return False
        if digits.isalpha() and _THE_NUMBER_WORD.search(sentence, tail, start):
            return False  # "trade between the two": the two parties, not a count
        if _SUPERLATIVE_AFTER.match(after):
            return False  # "the nation's 50 largest metros": the scope of a ranking
        if _TIME_AFTER.match(after) or (q.noun or "").lower().rstrip("s") in (
                "year", "month", "day", "week", "hour", "minute", "decade", "time"):
            return False
        if Decimal(1) <= q.value < 120 and _AGE.match(after) and _AGE_BEFORE.search(
                sentence, tail, start):
            return False
        if _YEAR_OLD.match(after):
            return False
    return True


_PER_BEFORE = regex.compile(r"\b(?:per|for\s+every)\s+$", regex.IGNORECASE)
_NUMBER_OF = regex.compile(r"\bnumbers?\s+of\s+$", regex.IGNORECASE)
_PLURAL_NOUN = regex.compile(r"[\s-]*(?:[a-z]+-)?[a-z]+s\b")
_FRACTION = regex.compile(r"(?:\b|-)(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|"
                          r"eighths?|ninths?|tenths?)$", regex.IGNORECASE)


_ORDINAL_USE = regex.compile(r"\s+(?:straight|consecutive|successive|time|quarter|year|month|"
                             r"week|day|round|phase|half)\b", regex.IGNORECASE)


def fraction_as_percent(q: Quantity) -> Quantity:
    """"a third", "half": the number stage gives a fraction (0.333...); as a part of a whole
    or a change it is a percentage (33.33 percent), as RECORDS.md counts shares and changes."""
    if q.unit == "count" and q.value < 1 and _FRACTION.search(q.text.strip()):
        return Quantity(text=q.text, span=q.span, value=q.value * 100, unit="percent",
                        kind="percent", qualifier=q.qualifier, noun=q.noun,
                        value_max=None if q.value_max is None else q.value_max * 100)
    return q


def rank_value(word: str) -> Decimal | None:
    word = word.lower().strip()
    if word in _ORDINALS:
        return Decimal(_ORDINALS[word])
    m = regex.match(r"(?:no\.\s*|number\s+)?(\d+)(?:st|nd|rd|th)?$", word)
    if m:
        return Decimal(m.group(1))
    m = regex.match(r"(\w+)[- ](?:largest|biggest|highest|lowest|smallest|most|best|busiest|"
                    r"fastest|richest|strongest)", word)
    if m and m.group(1) in _ORDINALS:
        return Decimal(_ORDINALS[m.group(1)])
    if regex.match(r"(?:top|highest|largest|biggest|greatest|lowest|smallest|fastest|slowest|"
                   r"strongest|weakest|busiest|richest|poorest|most|best|worst|leading)\b",
                   word):
        return Decimal(1)
    return None


def rank_mentions(sentence: str, taken: list[tuple[int, int]], rules: list[Rule]) -> list[Quantity]:
    """Rank words in rank contexts that no quantity covers yet, as rank quantities."""
    found: list[Quantity] = []
    low = case_blind_lower(sentence)
    for rule in rules:
        words = _words_of(rule)
        if low is not None and words is not None and not any(map(low.__contains__, words)):
            continue  # none of the words every match of the rule holds: it cannot match
        for m in rule.pattern.finditer(sentence):
            start, end = m.span("rq")
            if start < 0 or any(s < end and start < e for s, e in taken):
                continue
            if _RECORD_IN_TIME.match(sentence, end):
                continue  # "the weakest reading since 2018": a record over time, not a ranking
            value = rank_value(m.group("rq"))
            if value is None:
                continue
            q = Quantity(text=m.group("rq"), span=(start, end), value=value, unit="rank",
                         kind="rank")
            found.append(q)
            taken = taken + [(start, end)]
    return found


_RULE_WORDS: dict[str, tuple[str, ...] | None] = {}


def _words_of(rule: Rule) -> tuple[str, ...] | None:
    """Words one of which every match of a (case-blind) rank rule holds, lower-cased, read
    from its parse tree once (None: no such words, the rule always runs)."""
    pattern = rule.pattern.pattern
    if pattern not in _RULE_WORDS:
        words = data_words([pattern])
        if words and any(_YEAR_MARK in w for w in words):
            words = None  # data_words writes a year as this mark: not a literal to look for
        _RULE_WORDS[pattern] = tuple(sorted(words)) if words else None
    return _RULE_WORDS[pattern]
