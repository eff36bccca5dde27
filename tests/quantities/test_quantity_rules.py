"""Every rule and lexicon entry of rules/ carries an example, and the example holds."""

import json
from decimal import Decimal
from pathlib import Path

import pint
import pytest

from extract.quantities import find_quantities

RULES = Path(__file__).resolve().parents[2] / "src" / "extract" / "rules"


def load(name):
    return json.loads((RULES / name).read_text(encoding="utf-8"))


CONTEXT = load("quantities_v1.json")
UNITS = load("units_v1.json")["items"]
CURRENCIES = load("currencies_v1.json")["items"]


@pytest.mark.parametrize("rule", CONTEXT["qualifiers"] + CONTEXT["rules"], ids=lambda r: r["id"])
def test_context_rule_example(rule):
    example = rule["example"]
    got = find_quantities(example["text"])
    assert len(got) == len(example["expect"]), [(q.text, str(q.value), q.unit) for q in got]
    for q, expected in zip(got, example["expect"], strict=True):
        text, value, unit = expected[:3]
        assert (q.text, q.value, q.unit) == (text, Decimal(value), unit)
        if len(expected) > 3:
            assert q.qualifier == expected[3]


@pytest.mark.parametrize("item", UNITS + CURRENCIES, ids=lambda r: r["id"])
def test_lexicon_example(item):
    text, value = item["example"]
    got = find_quantities(text, durations=True)
    assert got, f"nothing found in {text!r}"
    assert got[0].value == Decimal(value)
    assert got[0].unit in (item.get("unit"), item.get("code"))


def test_every_rule_has_an_id_and_example():
    for item in CONTEXT["qualifiers"] + CONTEXT["rules"] + UNITS + CURRENCIES:
        assert item["id"] and item["example"]
    ids = [i["id"] for i in CONTEXT["qualifiers"] + CONTEXT["rules"] + UNITS + CURRENCIES]
    assert len(ids) == len(set(ids))


UREG = pint.UnitRegistry()
SI = {"m": "meter", "m2": "meter**2", "m3": "meter**3", "kg": "kilogram", "s": "second",
      "J": "joule", "W": "watt", "K": "kelvin", "m/s": "meter/second", "bit": "bit", "Hz": "hertz"}


@pytest.mark.parametrize("item", UNITS, ids=lambda r: r["id"])
def test_factor_agrees_with_pint(item):
    """The exact table of units_v1 says what pint says, to 12 significant digits."""
    if "offset" in item:  # temperatures: check two points instead of a factor
        for x in (0, 100):
            ours = Decimal(x) * Decimal(item["factor"]) + Decimal(item["offset"])
            theirs = UREG.Quantity(x, UREG(item["pint"]).units).to("kelvin").magnitude
            assert float(ours) == pytest.approx(theirs, rel=1e-12)
        return
    theirs = UREG(item["pint"]).to(SI[item["unit"]]).magnitude
    assert float(Decimal(item["factor"])) == pytest.approx(theirs, rel=1e-12)
