"""Number and unit normalisation: quantity mentions -> exact values with canonical units.

`find_quantities(text)` is the stage's entry point (spans relative to `text`, in text order,
non-overlapping); `find_numbers(text)` reads every numeral without the not-a-quantity rules, and
`parse_number(text)` reads one numeral.
"""

from __future__ import annotations

from .finder import find_numbers, find_quantities
from .numerals import parse_number

__all__ = ["find_quantities", "find_numbers", "parse_number"]
