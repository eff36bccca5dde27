from __future__ import annotations

import pytest

from extract.model import Line
from extract.relations.dating import reference_date
from extract.relations.lexicon import load_json
from extract.relations.periods import RefDate, find_periods, shift_period

EXAMPLES = load_json("periods_v1.json")["examples"]


def _ref(text: str | None) -> RefDate:
    if text is None:
        return RefDate(2019, 7, "pub_date", 10)
    y, m, d = (int(x) for x in text.split("-"))
    return RefDate(y, m, "pub_date", d)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"] for e in EXAMPLES])
def test_data_file_examples(example):
    found = [p.value for p in find_periods(example["text"], _ref(example.get("ref")))
             if p.kind == "period"]
    assert found[:1] == [example["period"]]


@pytest.mark.parametrize("text, expected", [
    ("for the April-June quarter", "2019-Q2"),
    ("in January–June 2021", "2021-H1"),
    ("for the six months to June", "2019-H1"),
    ("in the third quarter of 2018", "2018-Q3"),
    ("in Q4 2017", "2017-Q4"),
    ("in fiscal year 2020", "2020"),
    ("by the end of 2018", "2018"),
    ("since January", "2019"),
    ("this month", "2019-07"),
    ("last month", "2019-06"),
    ("last quarter", "2019-Q2"),
    ("from January to March", "2019-Q1"),  # a range, not a comparison with January
    ("in the first six months of the year", "2019-H1"),
    ("in the first three months of 2017", "2017-Q1"),
    ("by December", "2019-12"),  # a target: this year's December, not the last one
    ("by May", "2019-05"),
    ("the budget for 2020-21", "2021"),  # a fiscal year, named by the year it ends in
    ("in fiscal 1999-00", "2000"),
])
def test_periods_resolve_against_the_reference_date(text, expected):
    found = [p.value for p in find_periods(text, _ref(None)) if p.kind == "period"]
    assert found == [expected]


@pytest.mark.parametrize("text, shift, explicit", [
    ("up 8 percent year on year", "year-1", None),
    ("rose 10 percent from a year earlier", "year-1", None),
    ("up 0.3 percent month on month", "month-1", None),
    ("up 61 percent over 2015", None, "2015"),
    ("nearly double the 2017 figure", None, "2017"),
    ("600 fewer than in May", None, "2019-05"),
    ("revenue EUR 1.2 bln, up 6 pct y/y", "year-1", None),  # wire shorthand
    ("rose 61% from June 2017 to June 2019", None, "2017-06"),  # dated ends: a comparison
    ("grew 2 percent from last season", "year-1", None),
    ("2.1 points higher than that of 2017", None, "2017"),
    ("up 2.8% from the current year", None, "2019"),
    ("2 percent more than in the same period last year", "year-1", None),
    ("had fallen by 15 percent from their 2017 peaks", None, "2017"),
])
def test_base_periods(text, shift, explicit):
    bases = [p for p in find_periods(text, _ref(None)) if p.kind == "base"]
    assert len(bases) == 1
    assert (bases[0].shift, bases[0].value) == (shift, explicit)


def test_a_date_naming_an_event_is_not_a_period():
    assert find_periods("the farms hit by the August 2018 floods", _ref(None)) == []


def test_shift_period_keeps_granularity():
    assert shift_period("2016-Q1", "year-1") == "2015-Q1"
    assert shift_period("2016-01", "month-1") == "2015-12"
    assert shift_period("2016-Q1", "quarter-1") == "2015-Q4"
    assert shift_period("2016", "month-1") is None


def _lines(*texts: str, keep: bool = True) -> list[Line]:
    return [Line(number=i + 1, start=0, end=len(t), text=t, keep=keep)
            for i, t in enumerate(texts)]


def test_reference_date_order_pub_date_dateline_article():
    lines = _lines("Updated: 2019-03-05 10:22", keep=False) + _lines("Sales rose in 2016.")
    assert reference_date(lines, "2020-01-02").year == 2020
    assert (reference_date(lines).year, reference_date(lines).month) == (2019, 3)
    article = _lines("In 2016 sales rose.", "Profit fell last year, and by 2025 it may double.")
    # written looking back on 2016: early in 2017
    assert reference_date(article) == RefDate(2017, 1, "article")


def test_the_past_year_is_a_span_without_a_period():
    kinds = [p.kind for p in find_periods("steady at 5 percent over the past year", _ref(None))]
    assert kinds == ["span"]


@pytest.mark.parametrize("sentence, cue", [
    ("The most recent statistics show 5,000 firms.", True),
    ("CURRENTLY 5,000 firms operate.", True),
    ("Sales rose 5 percent to $3 billion.", False),
    ("5,000 firms operate at pre\u017fent.", True),  # a case-blind match reads the long s as s
])
def test_current_cues(sentence, cue):
    from extract.relations.periods import current_cue

    assert current_cue(sentence) is cue


def test_a_yearless_dateline_takes_the_year_its_weekday_falls_in():
    # 14 March was a Thursday in 2019 (a Wednesday in 2018, the only calendar year written)
    lines = _lines("ACCRA, Mar 14 – The finance ministry on Thursday presented the budget for "
                   "fiscal year 2020, after growth of 6.3 percent in 2018.",
                   "Spending for fiscal year 2020 rises 9 percent.")
    assert reference_date(lines) == RefDate(2019, 3, "dateline", 14)


def test_fiscal_years_do_not_count_as_the_article_s_year():
    lines = _lines("Growth was 6.3 percent in 2018.", "The plan for fiscal year 2020 and FY2020 "
                   "spending were approved, as was fiscal 2020 borrowing.")
    assert reference_date(lines).year == 2018
