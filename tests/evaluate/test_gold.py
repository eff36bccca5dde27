"""Gold validation names the file and the field; predictions load from a file or a run."""

from __future__ import annotations

import json

import pytest

from extract.evaluate.gold import (
    GoldError,
    gold_checksum,
    load_gold,
    load_predictions,
)

TEXT = "Site name\nGDP grew 8 percent in 2018.\n\nFooter\n"
RECORD = {"entity": "X", "indicator": "gdp", "measure": "change", "value": 8,
          "unit": "percent", "qualifier": None, "period": "2018", "base_period": "2017",
          "evidence": "grew 8 percent"}


def write_gold(tmp_path, record=None, **top):
    (tmp_path / "corpus").mkdir(exist_ok=True)
    (tmp_path / "corpus" / "doc.txt").write_text(TEXT)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir(exist_ok=True)
    data = {"doc_id": "doc", "source": "corpus/doc.txt", "pub_date": None, "main_lines": [2],
            "records": [dict(RECORD, **(record or {}))]}
    data.update(top)
    data = {k: v for k, v in data.items() if v != "DROP"}
    (gold_dir / "doc.json").write_text(json.dumps(data))
    return gold_dir


def test_a_valid_gold_file_loads_with_its_text(tmp_path):
    (doc,) = load_gold(write_gold(tmp_path))
    assert doc.doc_id == "doc" and doc.main_lines == [2] and doc.text == TEXT
    assert doc.records[0].measure == "change" and str(doc.records[0].value) == "8"


@pytest.mark.parametrize("record, top, where", [
    ({"measure": "growth"}, {}, "records[0].measure"),
    ({"value": "8"}, {}, "records[0].value"),
    ({"value": True}, {}, "records[0].value"),
    ({"qualifier": "about"}, {}, "records[0].qualifier"),
    ({"period": "FY2018"}, {}, "records[0].period"),
    ({"base_period": 2017}, {}, "records[0].base_period"),
    ({"indicator": ""}, {}, "records[0].indicator"),
    ({"indicator": "of the"}, {}, "records[0].indicator"),
    ({"unit": None}, {}, "records[0].unit"),
    ({"base_peroid": "2017"}, {}, "records[0].base_peroid"),
    ({"evidence": "grew 9 percent"}, {}, "records[0].evidence"),
    ({}, {"main_lines": [3]}, "main_lines"),  # line 3 is blank
    ({}, {"main_lines": [9]}, "main_lines"),  # past the end
    ({}, {"main_lines": ["2"]}, "main_lines"),
    ({}, {"neutral_lines": [0]}, "neutral_lines"),
    ({}, {"doc_id": "other"}, "doc_id"),
    ({}, {"pub_date": "30/01/2019"}, "pub_date"),
    ({}, {"records": "DROP"}, "records"),
])
def test_format_errors_name_file_and_field(tmp_path, record, top, where):
    gold_dir = write_gold(tmp_path, record, **top)
    with pytest.raises(GoldError) as info:
        load_gold(gold_dir)
    assert info.value.where == where
    assert str(gold_dir / "doc.json") in str(info.value)


def test_a_missing_record_field_is_an_error(tmp_path):
    gold_dir = write_gold(tmp_path)
    data = json.loads((gold_dir / "doc.json").read_text())
    del data["records"][0]["period"]
    (gold_dir / "doc.json").write_text(json.dumps(data))
    with pytest.raises(GoldError, match=r"records\[0\]\.period: missing"):
        load_gold(gold_dir)


def test_invalid_json_is_reported_with_its_line(tmp_path):
    gold_dir = write_gold(tmp_path)
    (gold_dir / "doc.json").write_text('{"doc_id": "doc",\n "source": }')
    with pytest.raises(GoldError, match="line 2"):
        load_gold(gold_dir)


def test_checksum_ignores_formatting_and_baseline_but_not_content(tmp_path):
    gold_dir = write_gold(tmp_path)
    before = gold_checksum(gold_dir)
    data = json.loads((gold_dir / "doc.json").read_text())
    (gold_dir / "doc.json").write_text(json.dumps(data, indent=4))
    (gold_dir / "baseline.json").write_text("{}")
    assert gold_checksum(gold_dir) == before
    data["records"][0]["value"] = 9
    (gold_dir / "doc.json").write_text(json.dumps(data))
    assert gold_checksum(gold_dir) != before


def test_predictions_from_a_run_directory_and_from_records_jsonl(tmp_path):
    record = {"doc_id": "a", "entity": None, "indicator": "gdp", "indicator_key": None,
              "measure": "level", "value": 4926000000, "value_max": None, "unit": "CNY",
              "qualifier": None, "period": None, "base_period": None, "span": [3, 9],
              "sentence": [0, 20], "text": "4.926 billion yuan", "rule": "r"}
    (tmp_path / "records.jsonl").write_text(json.dumps(record) + "\n")
    only_records = load_predictions(tmp_path / "records.jsonl")
    assert only_records.main_lines is None and only_records.doc_ids == {"a"}
    docs = [{"doc_id": "a", "main_lines": [1]}, {"doc_id": "b", "main_lines": []}]
    (tmp_path / "documents.jsonl").write_text("\n".join(json.dumps(d) for d in docs))
    run = load_predictions(tmp_path)
    assert run.doc_ids == {"a", "b"} and run.records["b"] == []
    assert run.records["a"][0].value == 4926000000


def test_a_prediction_missing_fields_is_an_error(tmp_path):
    (tmp_path / "records.jsonl").write_text('{"doc_id": "a", "value": 1}\n')
    with pytest.raises(ValueError, match="record 1"):
        load_predictions(tmp_path / "records.jsonl")
