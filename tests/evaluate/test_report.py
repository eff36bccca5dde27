"""The HTML report on a hand-made document: self-contained, lines and quantities marked."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from extract.evaluate.gold import Predictions
from extract.evaluate.protocol import evaluate
from extract.evaluate.report import build_report
from extract.evaluate.summary import summarise

TEXT = ("Daily News\n"
        "GDP grew 8 percent and exports rose 5 percent in 2018.\n"
        "\n"
        "Copyright 2019 <all rights>")


@pytest.fixture
def page(make):
    gold = make.doc([make.gold(8, indicator="gdp", measure="change", evidence="grew 8 percent"),
                     make.gold(5, indicator="exports", measure="change",
                               evidence="rose 5 percent")],
                    text=TEXT, main_lines=[2])
    start = TEXT.index("8 percent")
    tp = make.pred(8, indicator="gdp", measure="change")
    tp.span = (start, start + len("8 percent"))
    year = TEXT.index("2018")
    fp = make.pred(2018, unit="count", indicator="year")
    fp.span = (year, year + 4)
    predictions = Predictions(records={"d1": [tp, fp]}, main_lines={"d1": [1, 2]},
                              label="hand-made")
    evaluation = evaluate([gold], predictions)
    return build_report(evaluation, summarise(evaluation, rounds=20), predictions)


def marks(page: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<span class="mark" data-outcomes="([^"]+)" title="([^"]*)">([^<]*)<',
                      page)


def test_quantities_are_marked_with_their_outcome_and_records(page):
    found = {(kinds, text) for kinds, _, text in marks(page)}
    assert found == {("tp", "8 percent"), ("fp", "2018"), ("fn", "rose 5 percent")}
    tips = {kinds: tip for kinds, tip, _ in marks(page)}
    assert "TRUE POSITIVE" in tips["tp"] and "indicator=gdp" in tips["tp"]
    assert "FALSE POSITIVE" in tips["fp"] and "value=2018" in tips["fp"]
    assert "MISS" in tips["fn"] and "evidence=rose 5 percent" in tips["fn"]


def test_lines_carry_gold_and_stripper_classes(page):
    classes = dict(re.findall(r'<div class="line ([^"]+)"><span class="no">(\d+)<', page))
    by_number = {int(n): c for c, n in classes.items()}
    assert by_number[1] == "boiler bp-fp"  # boilerplate the stripper kept
    assert by_number[2] == "main"
    assert by_number[3] == "blank"
    assert by_number[4] == "boiler"
    assert "Copyright 2019 &lt;all rights&gt;" in page  # raw text escaped


def test_page_is_self_contained_and_filterable(page):
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<link" not in page and "<script src" not in page
    assert '<option value="d1">' in page
    assert all(f'class="outcome-filter" value="{v}"' in page for v in ("tp", "fp", "fn"))


def test_unplaceable_records_are_listed(make):
    gold = make.doc([make.gold(8, evidence="not in the text")], text="one line")
    pred = make.pred(Decimal(3))  # span (0, 0): nowhere
    predictions = Predictions(records={"d1": [pred]})
    evaluation = evaluate([gold], predictions)
    page = build_report(evaluation, summarise(evaluation, rounds=5), predictions)
    assert marks(page) == []
    assert page.count("<li>") == 2 and 'class="unplaced"' in page
