"""A cheap test that a sentence may hold a time expression, run before the period regex.

Most sentences with a figure name no period, and the full regex costs tens of microseconds a
sentence however little it finds. Every expression that regex knows names a year (1900-2099),
a month or a weekday (at a word start), or says "quarter", "half", "Q1"-"Q4" or "H1"/"H2";
the data file's relative and base expressions ("a year earlier", "annually") each hold one of
the literal words found in them here by reading their parse trees. A sentence with none of
these cannot match, so its scan is skipped. Where a data pattern has no word that every match
must hold, there is no gate (slower, never wrong).
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

try:  # the regex parser of the standard library (private module, stable since 3.11)
    from re import _parser as sre
except ImportError:  # pragma: no cover - older Pythons name it sre_parse
    import sre_parse as sre

from .lexicon import alternation, compile_lowercase
from .time_values import YEAR, _data

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR_MARK = "1999"  # stands for the YEAR macro while the data patterns are read
_MIN_WORD = 3  # shorter literals ("on", "a") would let almost every sentence through


def _shortest(words: frozenset[str]) -> float:
    """The length of the shortest word; a word with a year costs nothing (the core test)."""
    return min(float("inf") if _YEAR_MARK in w else len(w.strip()) for w in words)


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` contains, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best  # the longest shortest word lets the fewest sentences through
        if found and (best is None or _shortest(found) >= _shortest(best)):
            best = found

    def close_run() -> None:
        if len("".join(run).strip()) >= _MIN_WORD:
            consider(frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is sre.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    close_run()
    return best


def data_words(patterns: list[str]) -> frozenset[str] | None:
    """The words of `_required` for each pattern (lower-cased as the period regex compiles
    them), or None when one of them has none or does not parse."""
    words: set[str] = set()
    for pattern in patterns:
        if "(?i" in pattern:
            return None  # case-blind parts: their literals say nothing about the text's case
        lowered = compile_lowercase(pattern).pattern.replace(YEAR, _YEAR_MARK)
        try:
            found = _required(list(sre.parse(lowered)))
        except (re.error, TypeError, ValueError):
            return None
        if not found:
            return None
        words |= found
    return frozenset(words)


@lru_cache(maxsize=1)
def gate():
    """A test of the sentence as the period regex reads it (`lowered`): False when no time
    expression can be in it."""
    data = _data()
    # `regex`, as the period regex: both must agree on what \b is
    core = regex.compile(rf"(?:19|20)\d\d|\b{alternation(list(data['months']))}|"
                      rf"\b{alternation(list(_WEEKDAYS))}|quarter|half|q[1-4]|h[12]")
    words = data_words([d["pattern"] for d in data["relative"] + data["base"]])
    if words is None:
        return lambda low: True
    # a word holding the year placeholder needs a year, which the core test finds
    words = tuple(sorted(w for w in words if _YEAR_MARK not in w))
    return lambda low: core.search(low) is not None or any(map(low.__contains__, words))
