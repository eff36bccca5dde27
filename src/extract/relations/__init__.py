"""Relation extraction. (Placeholder: replaced by the rule engine.)"""

from __future__ import annotations

from ..model import Document, Line, Quantity, Record


def extract_records(document: Document, lines: list[Line], quantities: list[Quantity],
                    pub_date: str | None = None, taxonomy: str | None = None) -> list[Record]:
    return []
