"""The document's reference date: when the article was written.

In order: the `pub_date` argument, a dateline anywhere in the raw document (boilerplate included:
"Updated: 2019-03-05", "Published: 14 Mar 2019", "Jul 12, 2019"), or else the article's own
years: the year its kept lines mention most (targets such as "by 2025" aside), plus one when
they say "last year" (an article that says "In 2016 ... last year" was written in 2017).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from .lexicon import alternation
from .periods import YEAR, RefDate, _months
from .time_values import _WEEKDAYS

_A_YEAR = regex.compile(YEAR)
_ISO_DATE = regex.compile(rf"\b(?P<y>{YEAR})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})\b")


@lru_cache(maxsize=1)
def _dateline_regex() -> regex.Pattern:
    month = alternation([m.capitalize() for m in _months()]) + r"\.?"
    return regex.compile(
        rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{month}),?\s+(?P<y1>{YEAR})"
        rf"|(?P<m2>{month})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>{YEAR}))\b", regex.IGNORECASE)


def dateline(lines: list, kept_first: bool = False) -> RefDate | None:
    """The first full date written on a line, boilerplate lines first (where datelines live)."""
    ordered = sorted(lines, key=lambda line: line.keep) if not kept_first else lines
    for line in ordered:
        if _A_YEAR.search(line.text) is None:
            continue  # both date patterns hold a year: most lines are ruled out at once
        m = _ISO_DATE.search(line.text)
        if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            return RefDate(int(m.group("y")), int(m.group("m")), "dateline", int(m.group("d")))
        m = _dateline_regex().search(line.text)
        if m:
            name = (m.group("m1") or m.group("m2")).lower().rstrip(".")
            return RefDate(int(m.group("y1") or m.group("y2")), _months()[name], "dateline",
                           int(m.group("d1") or m.group("d2")))
    return None


# years of the account, not targets ("by 2020", "until 2025") nor fiscal years, which are
# named by the calendar year they end in ("fiscal year 2020" is budgeted in 2019)
_YEARS = regex.compile(rf"(?<!\b(?:by|until|till|through|to|before|beyond|towards?|fiscal|"
                       rf"fiscal\s+year|FY)\s*)(?<![\d,.-]){YEAR}(?!\d|,\d|-\d)",
                       regex.IGNORECASE)
_ON_WEEKDAY = regex.compile(r"\bon\s+(" + "|".join(_WEEKDAYS) + r")\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _partial_dateline_regex() -> regex.Pattern:
    # "NAIROBI, Kenya, Jun 13 – The Treasury ...": a dateline that leaves the year out
    month = alternation([m.capitalize() for m in _months()]) + r"\.?"
    return regex.compile(rf"(?:^|,\s*)(?P<m>{month})\s+(?P<d>\d{{1,2}})\s*(?:[–—-]|\(|:)")


def _partial_dateline(lines: list) -> tuple[int, int, str | None] | None:
    """Month and day of a yearless dateline at the head of the first body lines, with the
    weekday the lead gives its news ("on Thursday"), if any."""
    for line in [line for line in lines if line.keep][:6]:
        m = _partial_dateline_regex().search(line.text[:80])
        if m:
            day = _ON_WEEKDAY.search(line.text)
            return (_months()[m.group("m").lower().rstrip(".")], int(m.group("d")),
                    day.group(1).lower() if day else None)
    return None


def _year_of_weekday(month: int, day: int, weekday: str, near: int) -> int | None:
    """The year next to `near` in which `month`/`day` falls on `weekday`."""
    for year in (near, near - 1, near + 1):
        try:
            if _WEEKDAYS[date(year, month, day).weekday()] == weekday:
                return year
        except ValueError:
            return None
    return None
_LAST_YEAR = regex.compile(r"\blast year\b", regex.IGNORECASE)


def reference_date(lines: list, pub_date: str | None = None) -> RefDate:
    """When the article was written (see the module docstring for the order of sources)."""
    if pub_date:
        m = _ISO_DATE.match(pub_date)
        if m:
            return RefDate(int(m.group("y")), int(m.group("m")), "pub_date", int(m.group("d")))
    found = dateline(lines)
    if found:
        return found
    kept = " ".join(line.text for line in lines if line.keep)
    years = [int(y) for y in _YEARS.findall(kept)]
    if not years:
        return RefDate(None)
    # the year the account is about: the one mentioned most (ties: the latest)
    counts = {y: years.count(y) for y in years}
    account = max(counts, key=lambda y: (counts[y], y))
    partial = _partial_dateline(lines)
    if partial:
        month, day, weekday = partial
        year = _year_of_weekday(month, day, weekday, account) if weekday else None
        return RefDate(year or account, month, "dateline", day)
    if _LAST_YEAR.search(kept):  # looking back on the account's year: written early the next
        return RefDate(account + 1, 1, "article")
    return RefDate(account, None, "article")
