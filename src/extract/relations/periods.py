"""Time expressions in a sentence: reference periods, base periods of changes, spans.

Relative words resolve against the document's reference date (see `dating.py`); "last year"
is the year before it, "in June" the latest June not after it, "year on year" a base one year
before the figure's period.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import alternation, case_blind_lower, compile_lowercase, lowered
from .period_gate import data_words, gate
from .time_values import (  # noqa: F401 - re-exported: the period vocabulary of this package
    DOC_PERIOD,
    DOC_YEAR,
    PREVIOUS,
    SAME_PART,
    YEAR,
    PeriodMention,
    RefDate,
    _data,
    _iso,
    _months,
    _period_value,
    _year_of,
    previous_period,
    shift_period,
)


@lru_cache(maxsize=1)
def _period_regex() -> regex.Pattern:
    # period_gate.gate() skips this regex where no year, month, weekday, "quarter", "half",
    # Q1-Q4 or H1/H2 is written: an alternative added here must name one (or widen the gate)
    data = _data()
    month = alternation([m.capitalize() for m in data["months"]]) + r"\.?"
    lead = r"(?:(?P<lead>" + alternation(data["lead_prepositions"]) + r")\s+)?"
    lead += r"(?:the\s+(?:first|second|third|last|final|early|late|end|middle)\s+" \
            r"(?:week|weeks|days|ten days|months|part)\s+of\s+)?"
    bases = "|".join(f"(?P<base_{b['id']}>{b['pattern']})" for b in data["base"])
    bases += (rf"|(?P<base_month>(?:than|from|over|compared\s+(?:with|to)|against|versus)\s+"
              rf"(?:in\s+)?(?:the\s+)?(?P<bmon>{month})(?:\s+(?P<bmy>{YEAR})\b|\b"
              rf"(?!\s*(?:[-–—/]|to\b|through\b|until\b)\s*{month})))")  # "from January to March"
    rel = "|".join(f"(?P<rel_{r['id']}>{r['pattern']})" for r in data["relative"])
    ordinal = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
    year_tail = rf"(?:\s+(?:of\s+)?(?:(?P<ty>{YEAR})|(?P<trel>this|last|next)\s+year))?"
    periods = (
        rf"(?P<mrange>(?P<r1>{month})\s*(?:[-–—/]|to|through)\s*(?P<r2>{month})"
        rf"(?:,?\s+(?:of\s+)?(?P<ry>{YEAR}))?(?:\s+(?:quarter|period|half))?)"
        rf"|(?P<fmonths>(?:the\s+)?first\s+(?P<fmn>three|six|twelve|3|6|12)\s+months"
        rf"{year_tail.replace('ty', 'fty').replace('trel', 'ftrel')})"
        rf"|(?P<mto>(?P<mn>three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ended|ending|through)"
        rf"\s+(?:the\s+end\s+of\s+)?(?P<m2>{month})(?:\s+\d{{1,2}})?(?:,?\s+(?P<my2>{YEAR}))?)"
        rf"|(?P<wday>(?<=\bon\s+|\b)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        rf"(?=\s*[,.;]|\s+(?:and|after|as|at|in|to|when|while|from|with|morning|afternoon|"
        rf"evening|night|but|said|showed|,)\b|['’]s\b))"
        rf"|(?P<mquarter>(?:the\s+)?(?:year\s+to\s+(?:the\s+)?)?(?P<mqm>{month})[\s-]+quarter)"
        rf"|(?P<yearto>(?:the\s+)?(?:year|twelve\s+months|12\s+months)\s+to\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<ytm>{month}))"
        rf"|(?P<quarter>(?:the\s+)?{ordinal}[\s-]+quarter{year_tail})"
        rf"|(?P<qcode>\bQ(?P<qn>[1-4])(?:\s+|-)?(?P<qy>{YEAR})?)"
        rf"|(?P<half>(?:the\s+)?(?P<hord>first|second)[\s-]+half{year_tail.replace('ty', 'hy').replace('trel', 'hrel')})"
        rf"|(?P<hcode>\bH(?P<hn>[12])(?:\s+|-)?(?P<hy2>{YEAR})?)"
        rf"|(?P<dmy>(?P<dd>\d{{1,2}})\s+(?P<dmon>{month}),?\s+(?P<dy>{YEAR}))"
        rf"|(?P<mdy>(?P<mon>{month})(?:\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?:of\s+)?(?P<my>{YEAR}))?)\b"
        rf"|(?P<fy>(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fyy>{YEAR})(?![-–/]\d\d))"
        rf"|(?P<same>(?:the\s+)?same\s+(?:quarter|month|half|period)\s+(?:of|in)\s+(?P<samey>{YEAR}))"
        rf"|(?P<fyspan>(?<![\d,.$€£¥₹-])(?P<fys>{YEAR})[-–/](?P<fye>\d\d)(?![\d%]))"
        rf"|(?P<year>(?<![\d,.$€£¥₹-]){YEAR})(?!\d|,\d|-\d|\s*(?:percent|per cent|%))"
        rf"|(?P<rel>{rel})"
    )
    # a cheap guard: only words that can open a time expression start a full attempt
    starts = alternation(sorted(set(
        [w.split()[0] for w in data["lead_prepositions"]] + list(data["months"])
        + ["the", "last", "this", "next", "a", "one", "year", "years", "month", "quarter",
           "fiscal", "fy", "first", "second", "third", "fourth", "q[1-4]", "h[12]", "\\d",
           "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "from", "than", "over", "compared", "against", "versus", "vs", "on", "m-o-m",
           "y-o-y", "yoy", "y", "yr", "q", "m", "annually", "three", "six", "nine", "twelve", "so", "current",
           "previous", "past", "coming", "same"])))
    return compile_lowercase(
        rf"\b(?=(?:{starts})|\d)(?:(?P<base>{bases})|{lead}(?P<period>{periods}))")


_FUTURE = regex.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to)\b",
                        regex.IGNORECASE)
_SUPERLATIVE_BEFORE = regex.compile(r"\b(?:[a-z]+est|first|highest|lowest|biggest|most|least|"
                                    r"best|worst)\b[^,;]*$", regex.IGNORECASE)
_SINCE = regex.compile(r"\bsince\s+(?:its|their|the|his|her)\s+[\w-]+\s+(?:in\s+)?$",
                       regex.IGNORECASE)
_REPORTED = regex.compile(
    r"\b(?:said|says|announced|announces|reported|released|published|showed|shows|told|"
    r"stated|unveiled|presented|disclosed|revealed|confirmed|added)\b(?:\s+[\w'’-]+){0,6}"
    r"\s+(?:on\s+)?$", regex.IGNORECASE)
_SPAN = regex.compile(
    r"\b(?:over|in|during|for|within)\s+the\s+(?:next|past|last|coming|previous)\s+"
    r"(?:[\w-]+\s+)?(?:years?|decades?|months?|quarters?)\b", regex.IGNORECASE)
_ATTRIBUTIVE = regex.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|from|of|with|as|than|is|"
                             r"was|were|are|had|has|have|will|when|while)\b)[a-z][a-z-]+")


_RECENT: dict[tuple[str, RefDate], list[PeriodMention]] = {}
_RECENT_SIZE = 32  # the lead lines are read again as sentences soon after: a short memory


def find_periods(sentence: str, ref: RefDate) -> list[PeriodMention]:
    """Period and base-period mentions of a sentence, in order, offsets within it (fresh
    objects on every call: callers fill in the document's period)."""
    key = (sentence, ref)
    found = _RECENT.get(key)
    if found is None:
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        found = _RECENT[key] = _find_periods(sentence, ref)
    return [PeriodMention(p.start, p.end, p.kind, p.value, p.shift, p.weak) for p in found]


def _find_periods(sentence: str, ref: RefDate) -> list[PeriodMention]:
    found: list[PeriodMention] = []
    low = lowered(sentence)
    for m in _period_regex().finditer(low) if gate()(low) else ():
        if m.group("base_month"):
            month = _months()[m.group("bmon").lower().rstrip(".")]
            y = _year_of(m, "bmy", None, ref, month, 12)
            found.append(PeriodMention(m.start(), m.end(), "base",
                                       None if y is None else _iso(y, month)))
            continue
        if m.group("base"):
            for base in _data()["base"]:
                g = m.group(f"base_{base['id']}")
                if g is not None:
                    explicit = base["shift"] == "explicit"
                    year = regex.search(YEAR, g).group() if explicit else None
                    if base["shift"] == "this_year":  # "up 4.6 percent on this year"
                        year, explicit = (str(ref.year) if ref.year else None), True
                    elif base["shift"] == "last_year":  # "below last season's record crop"
                        year, explicit = (str(ref.year - 1) if ref.year else None), True
                    found.append(PeriodMention(m.start(), m.end(), "base", year,
                                               None if explicit else base["shift"]))
                    break
            continue
        # "the May 2018 floods", "the 2008 crisis": a date naming an event, not a period
        before = sentence[max(0, m.start() - 6):m.start()].lower()
        if before.endswith(("the ", "its ", "their ", "his ", "her ", "our ")) and not m.group(
                "lead") and m.group("mdy") and _ATTRIBUTIVE.match(sentence, m.end()):
            continue  # "the August 2018 floods" (but "the 2019 harvest" is the harvest's year)
        if m.group("mdy") and not sentence[m.start("mon")].isupper():
            continue  # "the long march", "prices may rise": months are written with a capital
        if m.group("mdy") and m.group("mon").lower() == "may" and not m.group("my") \
                and not m.group("lead"):
            continue  # the modal verb
        daily = bool(m.group("wday") or m.group("rel_today") or m.group("rel_yesterday"))
        if daily and _REPORTED.search(sentence[max(0, m.start() - 60):m.start()]):
            continue  # "said on Tuesday": when the news broke, not what the figure covers
        lead = (m.group("lead") or "").lower()
        if lead == "since" and _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 50),
                                                          m.start()):
            continue  # "its sharpest rise since March": a record's reach, not a period
        if (lead == "since" or _SINCE.search(sentence, max(0, m.start() - 30), m.start())) and (
                m.group("year") or m.group("my")):
            found.append(PeriodMention(m.start(), m.end(), "span", None))
            continue  # "since its launch in 2011": a cumulative span has no period
        value = _period_value(m, ref)
        if value and m.group("mdy") and not m.group("my") and ref.year and ref.month and \
                value[:7] < f"{ref.year}-{ref.month:02d}" and _FUTURE.search(sentence, 0, m.start()):
            value = str(int(value[:4]) + 1) + value[4:]  # "will rise 6% in July", said in June
        if value is not None:
            found.append(PeriodMention(m.start(), m.end(), "period", value,
                                       weak=daily))
            if m.group("yearto") or (m.group("mquarter") and "year" in m.group("mquarter")):
                # "over the year to the March quarter": compared with twelve months before
                found.append(PeriodMention(m.end(), m.end(), "base", None, "year-1"))
    for m in _SPAN.finditer(sentence):  # "over the next decade": cumulative, no period
        if not any(p.start < m.end() and m.start() < p.end for p in found):
            found.append(PeriodMention(m.start(), m.end(), "span", None))
    found.sort(key=lambda p: p.start)
    return found


def current_cue(sentence: str) -> bool:
    """'The most recent statistics show...': a current state, stated with no period."""
    words = _current_words()
    low = case_blind_lower(sentence) if words is not None else None
    if low is not None and not any(map(low.__contains__, words)):
        return False  # none of the words every cue holds: most sentences
    return bool(_current_regex().search(sentence))


@lru_cache(maxsize=1)
def _current_words() -> frozenset[str] | None:
    return data_words([_data()["current_cues"]])


@lru_cache(maxsize=1)
def _current_regex() -> regex.Pattern:
    return regex.compile(_data()["current_cues"], regex.IGNORECASE)
