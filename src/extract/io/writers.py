"""Outputs of a run: a journal that survives `kill -9`, then atomic final files.

Results arrive in input order and are appended to `DIR/.partial/` (records first, then the
documents' lines; flushed and fsynced per batch). A resumed run truncates the journal to the
last complete document, skips the journaled documents and appends the rest, so the finished
files are byte-identical to an uninterrupted run. `finish` moves or converts the journal into
`records.<format>`, `documents.jsonl` and `manifest.json` with temporary files and os.replace.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..model import RECORD_FIELDS, DocumentResult
from .formats import write_csv, write_parquet

PARTIAL = ".partial"


class OptionsMismatch(ValueError):
    """--resume with options or inputs that differ from the interrupted run's."""


class Journal:
    def __init__(self, out_dir: Path, options: dict, resume: bool = False):
        self.out_dir = Path(out_dir)
        self.dir = self.out_dir / PARTIAL
        self.records_path = self.dir / "records.jsonl"
        self.documents_path = self.dir / "documents.jsonl"
        self.done: set[str] = set()
        self.counts = {"documents": 0, "ok": 0, "errors": 0, "records": 0}
        self.resumed = 0
        options_path = self.dir / "options.json"
        if resume and options_path.exists():
            saved = json.loads(options_path.read_text(encoding="utf-8"))
            if saved != options:
                raise OptionsMismatch("--resume: the inputs or options differ from the "
                                      f"interrupted run's (saved in {options_path})")
            self._recover()
            self.resumed = len(self.done)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir(parents=True)
            _write_atomic(options_path, json.dumps(options, indent=2, sort_keys=True) + "\n")
            self.records_path.touch()
            self.documents_path.touch()
        self._records = open(self.records_path, "ab")
        self._documents = open(self.documents_path, "ab")

    def _recover(self) -> None:
        """Keep the complete documents whose records are all journaled; cut the rest."""
        available = sum(1 for _ in _complete_lines(self.records_path))
        kept_docs = kept_records = 0
        for line in _complete_lines(self.documents_path):
            entry = json.loads(line)
            if kept_records + entry["n_records"] > available:
                break
            kept_docs += len(line)
            kept_records += entry["n_records"]
            self._count(entry["doc_id"], entry["status"], entry["n_records"])
        _truncate(self.documents_path, kept_docs)
        kept_bytes = sum(len(x) for x in islice(_complete_lines(self.records_path), kept_records))
        _truncate(self.records_path, kept_bytes)

    def _count(self, doc_id: str, status: str, n_records: int) -> None:
        self.done.add(doc_id)
        self.counts["documents"] += 1
        self.counts["ok" if status == "ok" else "errors"] += 1
        self.counts["records"] += n_records

    def append(self, results: Iterable[DocumentResult]) -> None:
        """Journal a batch durably: all its records, then all its documents' lines."""
        results = list(results)
        records = "".join(r.to_json() + "\n" for res in results for r in res.records)
        lines = "".join(json.dumps(res.accounting(), ensure_ascii=False) + "\n"
                        for res in results)
        for fh, blob in ((self._records, records), (self._documents, lines)):
            fh.write(blob.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        for res in results:
            self._count(res.doc_id, res.status, len(res.records))

    def close(self) -> None:
        self._records.close()
        self._documents.close()

    def finish(self, fmt: str, manifest: dict) -> None:
        """Turn the journal into the final files, each written atomically."""
        self.close()
        if fmt == "jsonl":
            os.replace(self.records_path, self.out_dir / "records.jsonl")
        else:
            target = self.out_dir / f"records.{fmt}"
            tmp = target.with_name(target.name + ".tmp")
            (write_csv if fmt == "csv" else write_parquet)(iter_records(self.records_path), tmp)
            os.replace(tmp, target)
        os.replace(self.documents_path, self.out_dir / "documents.jsonl")
        _write_atomic(self.out_dir / "manifest.json", json.dumps(manifest, indent=2) + "\n")
        shutil.rmtree(self.dir, ignore_errors=True)


def iter_records(path: Path) -> Iterator[dict]:
    for line in _complete_lines(path):
        data = json.loads(line)
        yield {name: data.get(name) for name in RECORD_FIELDS}


def _complete_lines(path: Path) -> Iterator[bytes]:
    """Lines ending in a newline (a torn last line after a kill is not one)."""
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                return
            yield line


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
