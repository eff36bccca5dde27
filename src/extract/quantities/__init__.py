"""Number and unit normalisation. (Placeholder: replaced by the normaliser.)"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..model import Quantity

_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(text=m.group(), span=m.span(), value=Decimal(m.group().replace(",", "")),
                 unit="count", kind="count")
        for m in _NUMBER.finditer(text)
    ]
