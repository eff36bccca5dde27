"""Gold files (docs/SCORING.md) and predictions, loaded and checked.

A gold file that breaks the format stops loading with a `GoldError` naming the file and the
field, so an annotator can fix it at once instead of reading a traceback.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

from ..io.readers import read_path
from ..model import MEASURES, QUALIFIERS, DocumentResult, Record, to_decimal
from .protocol import content_words

#: Files in the gold directory that are not gold documents.
NOT_GOLD = {"baseline.json"}
_PERIOD = regex.compile(r"\d{4}(-(\d{2}|Q[1-4]|H[12])(-\d{2})?)?")
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")
_REQUIRED = ("entity", "indicator", "measure", "value", "unit", "qualifier", "period",
             "base_period")
_OPTIONAL = ("value_max", "indicator_key", "evidence", "rule", "doc_id", "text", "note")


class GoldError(ValueError):
    """A gold file that breaks the format: says which file and which field."""

    def __init__(self, path: Path | str, where: str, problem: str):
        super().__init__(f"{path}: {where}: {problem}")
        self.path, self.where, self.problem = str(path), where, problem


@dataclass
class GoldRecord:
    """One gold record; attribute names match `Record` so the protocol takes either."""

    entity: str | None
    indicator: str
    measure: str
    value: Decimal
    unit: str
    qualifier: str | None = None
    period: str | None = None
    base_period: str | None = None
    value_max: Decimal | None = None
    indicator_key: str | None = None
    evidence: str = ""
    raw: dict = field(default_factory=dict)


@dataclass
class GoldDocument:
    doc_id: str
    source: str
    pub_date: str | None
    main_lines: list[int]
    records: list[GoldRecord]
    neutral_lines: list[int] = field(default_factory=list)
    text: str | None = None  # the raw text of `source`, when it could be read
    path: str = ""


def gold_paths(gold_dir: Path) -> list[Path]:
    return sorted(p for p in Path(gold_dir).glob("*.json") if p.name not in NOT_GOLD)


def gold_checksum(gold_dir: Path) -> str:
    """sha256 over the gold files' canonical JSON, so reformatting alone changes nothing."""
    digest = hashlib.sha256()
    for path in gold_paths(gold_dir):
        canonical = json.dumps(json.loads(path.read_text(encoding="utf-8")), sort_keys=True,
                               ensure_ascii=False, separators=(",", ":"))
        digest.update(path.name.encode() + b"\0" + canonical.encode() + b"\0")
    return "sha256:" + digest.hexdigest()


def read_raw_text(source: Path, doc_id: str) -> str | None:
    """The raw text the pipeline sees for `source` (for HTML, the extracted text)."""
    if not source.is_file():
        return None
    docs = list(read_path(source))
    chosen = [d for d in docs if d.doc_id == doc_id] or docs[:1]
    return chosen[0].text if chosen else None


def _number(value, path, where) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise GoldError(path, where, f"must be a number, got {value!r}")
    return to_decimal(value)


def _line_list(data, name, path, n_lines, lines) -> list[int]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in value):
        raise GoldError(path, name, "must be a list of 1-based line numbers")
    for n in value:
        if n_lines is not None and n > n_lines:
            raise GoldError(path, name, f"line {n} is past the end of the text ({n_lines} lines)")
        if lines is not None and not lines[n - 1].strip():
            raise GoldError(path, name, f"line {n} is blank; blank lines are never listed")
    return sorted(set(value))


def _record(data, path, index, text) -> GoldRecord:
    where = f"records[{index}]"
    if not isinstance(data, dict):
        raise GoldError(path, where, "must be an object")
    for key in _REQUIRED:
        if key not in data:
            raise GoldError(path, f"{where}.{key}", "missing (use null for none)")
    for key in data:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise GoldError(path, f"{where}.{key}", "unknown field (a typo?)")
    for key in ("entity", "period", "base_period", "indicator_key"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise GoldError(path, f"{where}.{key}", "must be a string or null")
    for key in ("period", "base_period"):
        if data.get(key) is not None and not _PERIOD.fullmatch(data[key]):
            raise GoldError(path, f"{where}.{key}",
                            f"{data[key]!r} is not YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY-MM-DD")
    if not isinstance(data["indicator"], str) or not content_words(data["indicator"]):
        raise GoldError(path, f"{where}.indicator", "must be a string with a content word "
                        "(not only stop words), or no prediction could ever match it")
    if data["measure"] not in MEASURES:
        raise GoldError(path, f"{where}.measure", f"{data['measure']!r} not one of {MEASURES}")
    if data["qualifier"] not in QUALIFIERS:
        raise GoldError(path, f"{where}.qualifier", f"{data['qualifier']!r} not one of "
                        f"{QUALIFIERS}")
    if not isinstance(data["unit"], str) or not data["unit"]:
        raise GoldError(path, f"{where}.unit", "must be a non-empty string")
    evidence = data.get("evidence") or ""
    if not isinstance(evidence, str):
        raise GoldError(path, f"{where}.evidence", "must be a string")
    if text is not None and evidence and evidence not in text:
        raise GoldError(path, f"{where}.evidence",
                        f"{evidence!r} is not a verbatim substring of the source text")
    value_max = data.get("value_max")
    return GoldRecord(
        entity=data["entity"], indicator=data["indicator"], measure=data["measure"],
        value=_number(data["value"], path, f"{where}.value"), unit=data["unit"],
        qualifier=data["qualifier"], period=data["period"], base_period=data["base_period"],
        value_max=None if value_max is None else _number(value_max, path, f"{where}.value_max"),
        indicator_key=data.get("indicator_key"), evidence=evidence, raw=data)


def load_gold_file(path: Path, root: Path | None = None) -> GoldDocument:
    """One gold file; `source` is read relative to `root` (default: the gold dir's parent)."""
    path = Path(path)
    root = path.parent.parent if root is None else root
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(path, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise GoldError(path, "(top)", "must be a JSON object")
    for key in ("doc_id", "source", "main_lines", "records"):
        if key not in data:
            raise GoldError(path, key, "missing")
    if data["doc_id"] != path.stem:
        raise GoldError(path, "doc_id", f"{data['doc_id']!r} differs from the file name")
    if not isinstance(data["source"], str):
        raise GoldError(path, "source", "must be a path string")
    pub_date = data.get("pub_date")
    if pub_date is not None and not (isinstance(pub_date, str) and _DATE.fullmatch(pub_date)):
        raise GoldError(path, "pub_date", f"{pub_date!r} is not YYYY-MM-DD or null")
    text = read_raw_text(root / data["source"], data["doc_id"])
    lines = text.split("\n") if text is not None else None
    n_lines = len(lines) if lines is not None else None
    main = _line_list(data, "main_lines", path, n_lines, lines)
    neutral = _line_list(data, "neutral_lines", path, n_lines, lines)
    if not isinstance(data["records"], list):
        raise GoldError(path, "records", "must be a list")
    records = [_record(r, path, i, text) for i, r in enumerate(data["records"])]
    return GoldDocument(doc_id=data["doc_id"], source=data["source"], pub_date=pub_date,
                        main_lines=main, neutral_lines=neutral, records=records, text=text,
                        path=str(path))


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(gold_dir, "(directory)", "no such gold directory")
    return [load_gold_file(p) for p in gold_paths(gold_dir)]


@dataclass
class Predictions:
    """Predicted records per document, and the stripper's kept lines when known."""

    records: dict[str, list[Record]]
    main_lines: dict[str, list[int]] | None = None  # None: a bare records.jsonl
    sources: dict[str, str] = field(default_factory=dict)
    label: str = ""

    @property
    def doc_ids(self) -> set[str]:
        return set(self.records) | set(self.main_lines or {})

    @classmethod
    def from_results(cls, results: list[DocumentResult], label: str = "") -> Predictions:
        return cls(records={r.doc_id: list(r.records) for r in results},
                   main_lines={r.doc_id: list(r.main_lines) for r in results},
                   sources={r.doc_id: r.source for r in results}, label=label)


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
    return rows


def load_predictions(pred: Path) -> Predictions:
    """A `records.jsonl`, or a run directory holding it and `documents.jsonl` (docs/CLI.md:
    only a directory gives the kept lines; a bare records file leaves boilerplate unscored)."""
    pred = Path(pred)
    records_path = pred / "records.jsonl" if pred.is_dir() else pred
    if not records_path.is_file():
        others = sorted(p.name for p in pred.glob("records.*")) if pred.is_dir() else []
        hint = f" (found {', '.join(others)}: score reads the jsonl format)" if others else ""
        raise FileNotFoundError(f"{records_path}: no such records file{hint}")
    records: dict[str, list[Record]] = {}
    for number, row in enumerate(_read_jsonl(records_path), start=1):
        try:
            record = Record.from_dict(row)
        except (TypeError, KeyError, ArithmeticError) as exc:
            raise ValueError(f"{records_path}: record {number}: {exc}") from None
        records.setdefault(record.doc_id, []).append(record)
    documents = pred / "documents.jsonl"
    if not pred.is_dir() or not documents.is_file():
        return Predictions(records=records, label=str(pred))
    rows = _read_jsonl(documents)
    for row in rows:
        records.setdefault(row["doc_id"], [])
    return Predictions(records=records, main_lines={r["doc_id"]: r.get("main_lines") or []
                                                    for r in rows},
                       sources={r["doc_id"]: r.get("source", "") for r in rows}, label=str(pred))
