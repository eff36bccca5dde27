"""Numerals as written -> exact Decimal."""

from decimal import Decimal

import pytest

from extract.quantities import parse_number
from extract.quantities.numerals import parse_digits, parse_words


@pytest.mark.parametrize("text, value", [
    ("2,823", "2823"), ("12,34,567", "1234567"), ("1\u00a0234\u00a0567", "1234567"),
    ("1 234 567", "1234567"), ("1.234.567,5", "1234567.5"), (".08", "0.08"), ("4.800", "4.800"),
    ("-9.25", "-9.25"), ("\u22121", "-1"), ("2 1/4", "2.25"), ("3/4", "0.75"), ("1.3e6", "1300000"),
    ("\u00bd", "0.5"),
])
def test_digits(text, value):
    assert parse_digits(text) == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("two", "2"), ("twenty-one", "21"), ("one hundred and six", "106"), ("a dozen", "12"),
    ("half a dozen", "6"), ("two thirds", "0.666666666666667"), ("one and a half", "1.5"),
    ("a third", "0.333333333333333"), ("twenty-one trillion three hundred", "21000000000300"),
    ("two hundred point zero three", "200.03"), ("two hundred point seventy-one", "200.71"),
    ("one million and a half", "1500000"), ("three lakh crore", "3000000000000"),
    ("minus five", "-5"), ("five and a quarter", "5.25"),
])
def test_words(text, value):
    assert parse_words(text) == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("1.2 billion", "1200000000"), ("4.926 billion", "4926000000"), ("5bn", "5000000000"),
    ("45k", "45000"), ("2.5 crore", "25000000"), ("1 lakh", "100000"), ("twenty", "20"),
])
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "hello", "1/0", "hundreds"])
def test_not_numbers(text):
    assert parse_number(text) is None
