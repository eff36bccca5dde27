"""Records as CSV or Parquet (pyarrow, an optional extra), streamed in row groups."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import islice
from pathlib import Path

from ..model import RECORD_FIELDS

_ROW_GROUP = 50_000
_NUMBERS = ("value", "value_max")
_PAIRS = ("span", "sentence")
_SCALE = Decimal("1e-10")  # the parquet decimal's scale; news figures never need more


class MissingExtra(RuntimeError):
    pass


def require_pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise MissingExtra("--format parquet needs pyarrow: pip install 'extract[parquet]'") \
            from exc
    return pyarrow


def csv_cell(name: str, value) -> str:
    """Empty for null, JSON for spans (`[3, 9]`), the JSON number text for values."""
    if value is None:
        return ""
    if name in _PAIRS:
        return json.dumps(value)
    return str(value)


def write_csv(records: Iterable[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(RECORD_FIELDS)
        for record in records:
            writer.writerow([csv_cell(name, record[name]) for name in RECORD_FIELDS])


def parquet_schema(pa):
    """Values as decimal128(38, 10): exact, like the JSON numbers; spans as int64 pairs."""
    types = {name: pa.string() for name in RECORD_FIELDS}
    types.update({name: pa.decimal128(38, 10) for name in _NUMBERS})
    types.update({name: pa.list_(pa.int64()) for name in _PAIRS})
    return pa.schema([(name, types[name]) for name in RECORD_FIELDS])


def _column(name: str, rows: list[dict]) -> list:
    if name in _NUMBERS:
        return [None if r[name] is None else Decimal(str(r[name])).quantize(_SCALE)
                for r in rows]
    return [r[name] for r in rows]


def write_parquet(records: Iterable[dict], path: Path) -> None:
    pa = require_pyarrow()
    schema = parquet_schema(pa)
    iterator: Iterator[dict] = iter(records)
    with pa.parquet.ParquetWriter(str(path), schema) as writer:
        while True:
            rows = list(islice(iterator, _ROW_GROUP))
            if not rows:
                break
            arrays = [pa.array(_column(n, rows), type=schema.field(n).type) for n in RECORD_FIELDS]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
