import csv
import json
from decimal import Decimal

import pytest

from extract.io.writers import Journal, OptionsMismatch
from extract.model import DocumentResult, Record


def record(doc_id: str, value: str, start: int) -> Record:
    return Record(doc_id=doc_id, entity="Ruritania", indicator="exports", measure="level",
                  value=Decimal(value), unit="USD", span=(start, start + 4),
                  sentence=(0, 40), text="4.5b", rule="r1", period="2019")


def result(doc_id: str, *values: str) -> DocumentResult:
    return DocumentResult(doc_id=doc_id, source=f"{doc_id}.txt", status="ok",
                          records=[record(doc_id, v, i) for i, v in enumerate(values)],
                          main_lines=[1])


OPTIONS = {"inputs": ["x"], "format": "jsonl"}


def test_finished_journal_becomes_the_final_files(tmp_path):
    journal = Journal(tmp_path, OPTIONS)
    journal.append([result("a", "4926000000"), result("b")])
    journal.append([result("c", "1.5", "2")])
    journal.finish("jsonl", {"documents": 3})
    records = [json.loads(x) for x in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert [(r["doc_id"], r["value"]) for r in records] == [("a", 4926000000), ("c", 1.5),
                                                            ("c", 2)]
    docs = [json.loads(x) for x in (tmp_path / "documents.jsonl").read_text().splitlines()]
    assert [(d["doc_id"], d["n_records"]) for d in docs] == [("a", 1), ("b", 0), ("c", 2)]
    assert json.loads((tmp_path / "manifest.json").read_text()) == {"documents": 3}
    assert not (tmp_path / ".partial").exists()


def test_resume_cuts_torn_lines_and_records_of_unfinished_documents(tmp_path):
    journal = Journal(tmp_path, OPTIONS)
    journal.append([result("a", "1"), result("b", "2", "3")])
    journal.close()
    partial = tmp_path / ".partial"
    # A kill between the two writes of a batch: c's records are there, its line is torn.
    with open(partial / "records.jsonl", "a") as fh:
        fh.write(record("c", "9", 0).to_json() + "\n" + '{"doc_id": "c", "tor')
    with open(partial / "documents.jsonl", "a") as fh:
        fh.write('{"doc_id": "c", "sou')
    resumed = Journal(tmp_path, OPTIONS, resume=True)
    assert resumed.done == {"a", "b"} and resumed.resumed == 2
    assert resumed.counts == {"documents": 2, "ok": 2, "errors": 0, "records": 3}
    resumed.append([result("c", "9")])
    resumed.finish("jsonl", {})
    values = [json.loads(x)["value"] for x in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert values == [1, 2, 3, 9]
    lines = (tmp_path / "documents.jsonl").read_text().splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == ["a", "b", "c"]


def test_resume_with_other_options_is_refused(tmp_path):
    Journal(tmp_path, OPTIONS).close()
    with pytest.raises(OptionsMismatch):
        Journal(tmp_path, {**OPTIONS, "format": "csv"}, resume=True)


def test_without_resume_an_old_journal_is_discarded(tmp_path):
    journal = Journal(tmp_path, OPTIONS)
    journal.append([result("a", "1")])
    journal.close()
    fresh = Journal(tmp_path, OPTIONS)
    assert fresh.done == set()
    fresh.finish("jsonl", {})
    assert (tmp_path / "records.jsonl").read_text() == ""


def test_csv_output(tmp_path):
    journal = Journal(tmp_path, OPTIONS)
    journal.append([result("a", "4926000000", "0.25")])
    journal.finish("csv", {})
    rows = list(csv.DictReader((tmp_path / "records.csv").open()))
    assert [(r["value"], r["value_max"], r["span"]) for r in rows] == [
        ("4926000000", "", "[0, 4]"), ("0.25", "", "[1, 5]")]
    assert rows[0]["entity"] == "Ruritania" and not (tmp_path / "records.jsonl").exists()


def test_parquet_output_keeps_values_exact(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    journal = Journal(tmp_path, OPTIONS)
    journal.append([result("a", "4926000000", "0.25", "0.123456789012345")])
    journal.finish("parquet", {})
    table = pq.read_table(tmp_path / "records.parquet").to_pylist()
    assert [(r["value"], r["span"]) for r in table] == [
        (Decimal("4926000000"), [0, 4]), (Decimal("0.25"), [1, 5]),
        (Decimal("0.1234567890"), [2, 6])]
