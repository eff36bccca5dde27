"""The one data model: plain dataclasses that every stage passes along.

Offsets are always character offsets (Unicode code points) into `Document.text`, the raw input
text as read (for HTML input, the text extracted from it). Values are `Decimal` so that
"4.926 billion" stays exactly 4926000000 from text to JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

MEASURES = ("level", "change", "share", "rank")
QUALIFIERS = (None, "approximately", "nearly", "more_than", "at_least", "less_than", "at_most")

#: Record fields of docs/RECORDS.md, in the order they are written.
RECORD_FIELDS = (
    "doc_id", "entity", "indicator", "indicator_key", "measure", "value", "value_max", "unit",
    "qualifier", "period", "base_period", "span", "sentence", "text", "rule",
)


def to_json_number(value: Decimal | int | float | None) -> int | float | None:
    """A Decimal as the JSON number it denotes: int when whole, else the shortest float.

    Whole values of any size stay exact; fractional ones keep up to 15 significant digits
    exactly, which covers every figure printed in news text.
    """
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def to_decimal(value: Any) -> Decimal | None:
    """A JSON number (or string) as a Decimal, going through `str` so floats stay as printed."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


@dataclass
class Document:
    """One input document, as read."""

    doc_id: str
    text: str
    source: str = ""
    pub_date: str | None = None  # YYYY-MM-DD when the input carries one
    url: str | None = None
    format: str = "text"  # "text" or "html": for html, `text` is the extracted text
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


@dataclass(slots=True)  # made for every line of every page: slots make that a third cheaper
class Line:
    """One raw line of a document with the stripper's decision."""

    number: int  # 1-based, as in SCORING.md
    start: int  # offset of the first character in Document.text
    end: int  # offset just past the last character (newline excluded)
    text: str
    keep: bool = False
    reason: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Line:
        return cls(**data)


@dataclass
class Quantity:
    """A quantity mention with its exact normalised value."""

    text: str
    span: tuple[int, int]
    value: Decimal
    unit: str  # count, percent, percentage_point, rank, an ISO 4217 code, or an SI unit
    kind: str  # count, money, percent, rank, physical, change
    value_max: Decimal | None = None
    qualifier: str | None = None
    noun: str | None = None  # the counted noun when the unit is unknown ("10,000 mu": "mu")

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "span": list(self.span),
            "value": to_json_number(self.value),
            "value_max": to_json_number(self.value_max),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Quantity:
        return cls(
            text=data["text"],
            span=tuple(data["span"]),
            value=to_decimal(data["value"]),
            value_max=to_decimal(data.get("value_max")),
            unit=data["unit"],
            qualifier=data.get("qualifier"),
            kind=data.get("kind", "count"),
            noun=data.get("noun"),
        )


@dataclass
class Record:
    """An indicator record: the output contract of docs/RECORDS.md."""

    doc_id: str
    entity: str | None
    indicator: str
    measure: str
    value: Decimal
    unit: str
    span: tuple[int, int]
    sentence: tuple[int, int]
    text: str
    rule: str
    indicator_key: str | None = None
    value_max: Decimal | None = None
    qualifier: str | None = None
    period: str | None = None
    base_period: str | None = None

    def fact_key(self) -> tuple:
        """What makes two mentions the same fact (RECORDS.md: once per document)."""
        return (
            (self.entity or "").lower(), self.indicator, self.period, self.value, self.unit,
            self.measure,
        )

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in RECORD_FIELDS}
        data["value"] = to_json_number(self.value)
        data["value_max"] = to_json_number(self.value_max)
        data["span"] = list(self.span)
        data["sentence"] = list(self.sentence)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> Record:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["value"] = to_decimal(values["value"])
        values["value_max"] = to_decimal(values.get("value_max"))
        values["span"] = tuple(values.get("span") or (0, 0))
        values["sentence"] = tuple(values.get("sentence") or (0, 0))
        values.setdefault("text", "")
        values.setdefault("rule", "")
        return cls(**values)


@dataclass
class DocumentResult:
    """What processing one document gives: its accounting line and its records."""

    doc_id: str
    source: str
    status: str  # "ok" or "error"
    records: list[Record] = field(default_factory=list)
    main_lines: list[int] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    n_chars: int = 0

    def accounting(self) -> dict:
        """The documents.jsonl line of docs/CLI.md."""
        data = {
            "doc_id": self.doc_id,
            "source": self.source,
            "status": self.status,
            "n_records": len(self.records),
            "main_lines": self.main_lines,
            "error": self.error,
        }
        if self.warnings:
            data["warnings"] = self.warnings
        return data
