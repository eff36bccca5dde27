"""The seed article's figures come out exactly as in the worked example of RECORDS.md."""

from decimal import Decimal
from pathlib import Path

import pytest

from extract.quantities import find_quantities

SEED = Path(__file__).resolve().parents[2] / "corpus" / "guangzhou-high-tech-2017.txt"


@pytest.fixture(scope="module")
def found():
    if not SEED.exists():
        pytest.skip("bundled seed document missing")
    text = SEED.read_text(encoding="utf-8")
    return text, find_quantities(text)


def one(found, mention):
    text, quantities = found
    hits = [q for q in quantities if q.text == mention]
    assert hits, f"{mention!r} not found"
    q = hits[0]
    assert text[q.span[0]:q.span[1]] == mention
    return q


@pytest.mark.parametrize("mention, value, unit, qualifier", [
    ("2,823", "2823", "count", None),
    ("1.2 billion RMB", "1200000000", "CNY", None),
    ("4.926 billion RMB", "4926000000", "CNY", None),
    ("200 percent", "200", "percent", "nearly"),
    ("647", "647", "count", None),
    ("second", "2", "rank", None),
    ("first", "1", "rank", None),
    ("highest", "1", "rank", None),
    ("61 percent", "61", "percent", None),
    ("16 percent", "16", "percent", None),
    ("47 billion RMB", "47000000000", "CNY", None),
])
def test_seed_figure(found, mention, value, unit, qualifier):
    q = one(found, mention)
    assert q.value == Decimal(value)
    assert str(q.value) == value  # exact, no trailing ".0" or exponent
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_647_between_non_breaking_spaces(found):
    text, _ = found
    q = one(found, "647")
    assert text[q.span[0] - 2:q.span[0]] == "\u00a0 "


def test_seed_non_quantities(found):
    text, quantities = found
    mentions = {q.text for q in quantities}
    for year in ("2016", "2015", "2006-2014", "2006", "2014"):
        assert year not in mentions
    ranks = [q for q in quantities if q.unit == "rank"]
    assert [q.text for q in ranks] == ["second", "first", "highest"]  # no "first-tier", "first time"
    assert "Three" not in mentions  # inside a name
