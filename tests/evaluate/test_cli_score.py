"""`extract score` from the command line, on a hand-made gold set and run directory."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extract.cli import app

TEXT = "News site\nGDP grew 8 percent in 2018, exports rose 5 percent.\n"


def record(doc_id, value, indicator, start, end, **extra):
    base = {"doc_id": doc_id, "entity": "X", "indicator": indicator, "indicator_key": None,
            "measure": "change", "value": value, "value_max": None, "unit": "percent",
            "qualifier": None, "period": "2018", "base_period": "2017", "span": [start, end],
            "sentence": [10, 60], "text": TEXT[start:end], "rule": "r1"}
    return {**base, **extra}


def write_run(path, records, docs):
    path.mkdir()
    (path / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (path / "documents.jsonl").write_text("".join(
        json.dumps({"doc_id": d, "source": "", "status": "ok", "n_records": 0,
                    "main_lines": lines, "error": None}) + "\n" for d, lines in docs))


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT)
    gold = tmp_path / "gold"
    gold.mkdir()
    records = [
        {"entity": "X", "indicator": "gdp", "measure": "change", "value": 8, "unit": "percent",
         "qualifier": None, "period": "2018", "base_period": "2017",
         "evidence": "grew 8 percent"},
        {"entity": "X", "indicator": "exports", "measure": "change", "value": 5,
         "unit": "percent", "qualifier": None, "period": "2018", "base_period": "2017",
         "evidence": "rose 5 percent"}]
    (gold / "a.json").write_text(json.dumps({"doc_id": "a", "source": "corpus/a.txt",
                                             "pub_date": None, "main_lines": [2],
                                             "records": records}))
    start = TEXT.index("8 percent")
    write_run(tmp_path / "old", [record("a", 8, "gdp", start, start + 9)], [("a", [1, 2])])
    start5 = TEXT.index("5 percent")
    write_run(tmp_path / "new", [record("a", 8, "gdp", start, start + 9),
                                 record("a", 5, "exports", start5, start5 + 9),
                                 record("zz", 1, "other", 0, 1)],
              [("a", [2]), ("zz", [])])
    return tmp_path


def test_json_has_the_shape_of_cli_md(setup):
    result = CliRunner().invoke(app, ["score", "--gold", str(setup / "gold"),
                                      "--pred", str(setup / "old"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for level in ("quantity", "record", "strict"):
        assert {"p", "r", "f1", "tp", "fp", "fn"} <= set(data[level])
    assert (data["record"]["tp"], data["record"]["fp"], data["record"]["fn"]) == (1, 0, 1)
    assert data["record"]["p"] == 1.0 and data["record"]["r"] == 0.5
    assert set(data["fields"]) == {"entity", "indicator", "measure", "period", "base_period",
                                   "qualifier"}
    # kept lines 1 and 2, gold main line 2: P 1/2, R 1/1.
    assert (data["boilerplate"]["p"], data["boilerplate"]["r"]) == (0.5, 1.0)


def test_table_output_says_which_documents_are_ignored(setup):
    result = CliRunner().invoke(app, ["score", "--gold", str(setup / "gold"),
                                      "--pred", str(setup / "new" / "records.jsonl"),
                                      "--by-rule", "--report", str(setup / "r.html")])
    assert result.exit_code == 0, result.output
    assert "ignored: zz" in result.output
    assert "Record level by rule" in result.output
    assert "boilerplate not scored" in result.output
    assert (setup / "r.html").read_text().count('data-outcomes="tp"') == 2


def test_compare_two_runs(setup):
    result = CliRunner().invoke(app, ["score", "--gold", str(setup / "gold"), "--compare",
                                      str(setup / "old"), str(setup / "new"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["totals"]["gained"] == 1 and data["totals"]["lost"] == 0
    assert data["scores"]["record"]["f1_delta"] == pytest.approx(1 - 2 / 3)


def test_bad_gold_exits_2_naming_file_and_field(setup):
    path = setup / "gold" / "a.json"
    path.write_text(path.read_text().replace('"change"', '"growth"', 1))
    result = CliRunner().invoke(app, ["score", "--gold", str(setup / "gold"),
                                      "--pred", str(setup / "old")])
    assert result.exit_code == 2
    assert "a.json: records[0].measure" in result.output


def test_neither_pred_nor_compare_is_bad_usage(setup):
    result = CliRunner().invoke(app, ["score", "--gold", str(setup / "gold")])
    assert result.exit_code == 2


def test_an_empty_gold_directory_is_an_error(setup, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["score", "--gold", str(empty), "--pred",
                                      str(setup / "old")])
    assert result.exit_code == 2 and "no gold files" in result.output
