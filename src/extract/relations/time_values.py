"""Calendar arithmetic for time expressions: the reference date, ISO periods, shifts, and
the value of a matched expression ("the first half" -> "2019-H1")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import regex

from .lexicon import load_json

YEAR = r"(?:19|20)\d{2}"


DOC_PERIOD = "DOC"  # placeholder for the document's own period, filled in by the caller
DOC_YEAR = "DOCY"  # placeholder for that period's year
PREVIOUS = "PREV"  # "the previous quarter": the caller shifts the running period back one
SAME_PART = "SAME"  # "the same quarter of 2018": SAME2018, the document's quarter in 2018


@dataclass(frozen=True)
class RefDate:
    year: int | None
    month: int | None = None
    source: str = "none"  # pub_date, dateline, article, none
    day: int | None = None


@dataclass
class PeriodMention:
    start: int
    end: int
    kind: str  # "period" (a reference period), "base" (what a change compares against)
    value: str | None  # ISO period for kind "period"; for "base", an explicit base or None
    shift: str | None = None  # for relative bases: "year-1", "month-1", "quarter-1"
    weak: bool = False  # "on Thursday": the day news broke, used only when nothing else is


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_json("periods_v1.json")


def _months() -> dict[str, int]:
    return _data()["months"]


def _iso(year: int, month: int | None = None, quarter: int | None = None,
         half: int | None = None, day: int | None = None) -> str:
    if quarter:
        return f"{year}-Q{quarter}"
    if half:
        return f"{year}-H{half}"
    if month and day:
        return f"{year}-{month:02d}-{day:02d}"
    if month:
        return f"{year}-{month:02d}"
    return str(year)


def shift_period(period: str | None, shift: str | None) -> str | None:
    """The period `shift` before `period` ("year-1" of "2016-Q1" is "2015-Q1")."""
    if not period or not shift or not period[:4].isdigit():
        return None
    year, _, rest = period.partition("-")
    y = int(year)
    if shift == "year-1":
        return f"{y - 1}" + (f"-{rest}" if rest else "")
    if shift == "month-1" and rest[:2].isdigit():
        m = int(rest[:2])
        return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"
    if shift == "quarter-1" and rest.startswith("Q"):
        q = int(rest[1])
        return f"{y - 1}-Q4" if q == 1 else f"{y}-Q{q - 1}"
    return None


def previous_period(unit: str, running: str | None, ref: RefDate) -> str | None:
    """'The previous quarter': the one before the account's running period when that is a
    quarter (a month, a year), else the one before the reference date."""
    if running and running[:4].isdigit():
        if unit == "year":
            return str(int(running[:4]) - 1)
        shifted = shift_period(running, f"{unit}-1")
        if shifted and shifted.count("-") == running.count("-"):
            return shifted
    return _relative(f"{unit}-1", ref)


def _relative(shift: str, ref: RefDate) -> str | None:
    if ref.year is None:
        return None
    if shift == "doc":
        return DOC_PERIOD  # "in the quarter": the period the whole article reports on
    if shift == "doc_year":
        return DOC_YEAR  # "over the year": the year of the article's own period
    unit, _, delta = shift.partition("-")
    unit, _, plus = unit.partition("+")
    step = -int(delta) if delta else int(plus or 0)
    if unit == "year":
        return str(ref.year + step)
    if unit == "month" and ref.month:
        m = ref.month + step
        return _iso(ref.year - 1, 12) if m < 1 else _iso(ref.year, m)
    if unit == "day" and ref.month and ref.day:  # "today", "yesterday"
        return (date(ref.year, ref.month, ref.day) + timedelta(days=step)).isoformat()
    if unit == "quarter" and ref.month:
        q = (ref.month - 1) // 3 + 1 + step
        return _iso(ref.year - 1, quarter=4) if q < 1 else _iso(ref.year, quarter=q)
    return None


def _year_of(m: regex.Match, year_group: str, rel_group: str | None, ref: RefDate,
             part: int, parts_per_year: int) -> int | None:
    """The year of a quarter/half/month: explicit, relative, or the latest one not in future."""
    if m.group(year_group):
        return int(m.group(year_group))
    if rel_group and m.group(rel_group):
        step = {"this": 0, "last": -1, "next": 1}[m.group(rel_group).lower()]
        return None if ref.year is None else ref.year + step
    if ref.year is None:
        return None
    if ref.month and part > (ref.month - 1) * parts_per_year // 12 + 1:
        return ref.year - 1
    return ref.year


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS_N = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def _span_period(first: int, last: int, year: int) -> str | None:
    """January-June -> H1, April-June -> Q2, January-December -> the year."""
    size = last - first + 1
    if size == 12:
        return str(year)
    if size == 6 and first in (1, 7):
        return _iso(year, half=(first + 5) // 6)
    if size == 3 and first in (1, 4, 7, 10):
        return _iso(year, quarter=(first + 2) // 3)
    return _iso(year, last) if size == 1 else None


def _weekday(name: str, ref: RefDate) -> str | None:
    """'on Thursday': the latest such day on or before the publication date."""
    import datetime as dt

    if not (ref.year and ref.month and ref.day):
        return None
    day = dt.date(ref.year, ref.month, ref.day)
    back = (day.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return (day - dt.timedelta(days=back)).isoformat()


def _year_of_month(ref: RefDate, month: int) -> int | None:
    if ref.year is None:
        return None
    return ref.year - 1 if ref.month and month > ref.month else ref.year


def _year_of_quarter(ref: RefDate, quarter: int) -> int | None:
    if ref.year is None:
        return None
    if ref.month and quarter > (ref.month - 1) // 3 + 1:
        return ref.year - 1
    return ref.year


def _period_value(m: regex.Match, ref: RefDate) -> str | None:
    ords = _data()["ordinals"]
    if m.group("mrange"):
        first = _months()[m.group("r1").lower().rstrip(".")]
        last = _months()[m.group("r2").lower().rstrip(".")]
        y = int(m.group("ry")) if m.group("ry") else _year_of(m, "ry", None, ref, last, 12)
        return None if y is None or last < first else _span_period(first, last, y)
    if m.group("fmonths"):  # "the first six months of 2019": the half
        n = _MONTHS_N[m.group("fmn").lower()]
        y = _year_of(m, "fty", "ftrel", ref, n, 12)
        return None if y is None else _span_period(1, n, y)
    if m.group("mto"):
        last = _months()[m.group("m2").lower().rstrip(".")]
        n = _MONTHS_N[m.group("mn").lower()]
        y = int(m.group("my2")) if m.group("my2") else _year_of(m, "my2", None, ref, last, 12)
        return None if y is None or n > last else _span_period(last - n + 1, last, y)
    if m.group("wday"):
        return _weekday(m.group("wday"), ref)
    if m.group("yearto"):  # "in the year to April": the twelve months ending in April
        month = _months()[m.group("ytm").lower().rstrip(".")]
        y = _year_of_month(ref, month)
        return None if y is None else _iso(y, month)
    if m.group("mquarter"):  # "the March quarter": the quarter ending in (or holding) March
        month = _months()[m.group("mqm").lower().rstrip(".")]
        q = (month - 1) // 3 + 1
        y = _year_of_quarter(ref, q)
        return None if y is None else _iso(y, quarter=q)
    if m.group("quarter") or m.group("qcode"):
        q = ords[m.group("ord").lower()] if m.group("quarter") else int(m.group("qn"))
        y = _year_of(m, "ty" if m.group("quarter") else "qy", "trel" if m.group("quarter")
                     else None, ref, q, 4)
        return None if y is None else _iso(y, quarter=q)
    if m.group("half") or m.group("hcode"):
        h = ords[m.group("hord").lower()] if m.group("half") else int(m.group("hn"))
        y = _year_of(m, "hy" if m.group("half") else "hy2", "hrel" if m.group("half")
                     else None, ref, h, 2)
        return None if y is None else _iso(y, half=h)
    if m.group("dmy"):
        month = _months()[m.group("dmon").lower().rstrip(".")]
        return _iso(int(m.group("dy")), month, day=int(m.group("dd")))
    if m.group("mdy"):
        month = _months()[m.group("mon").lower().rstrip(".")]
        y = _year_of(m, "my", None, ref, month, 12)
        if y is None:
            return None
        if (m.group("lead") or "").lower() == "since" and not m.group("my"):
            return str(y)  # "since January": the running year so far
        if (m.group("lead") or "").lower() == "by" and not m.group("my") and ref.year:
            y = ref.year  # "by December" (a target), "had fallen by May": this year's
        day = int(m.group("md")) if m.group("md") else None
        return _iso(y, month, day=day)
    if m.group("fy"):
        return m.group("fyy")
    if m.group("same"):
        return SAME_PART + m.group("samey")
    if m.group("fyspan"):  # "2020-21": a fiscal year, named by the year it ends in
        first = int(m.group("fys"))
        last = first // 100 * 100 + int(m.group("fye"))
        last += 100 if last < first else 0  # "1999-00"
        return str(last) if last == first + 1 else None
    if m.group("year"):
        return m.group("year")
    for rel in _data()["relative"]:
        if m.group(f"rel_{rel['id']}"):
            if rel["shift"] == "previous":  # PREVquarter
                return PREVIOUS + m.group(f"rel_{rel['id']}").split()[-1].lower()
            return _relative(rel["shift"], ref)
    return None
