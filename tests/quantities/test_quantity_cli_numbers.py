"""`extract numbers` prints the objects of docs/CLI.md."""

import json

from typer.testing import CliRunner

from extract.cli import app

KEYS = ["text", "span", "value", "value_max", "unit", "qualifier", "kind"]


def run(args, stdin=None):
    result = CliRunner().invoke(app, ["numbers", *args], input=stdin)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_one_object_per_quantity_in_text_order():
    out = run(["In 2016 it raised nearly 1.2 billion RMB, up 5-6%."])
    assert [list(o) for o in out] == [KEYS, KEYS]
    assert out[0] == {"text": "1.2 billion RMB", "span": [25, 40], "value": 1200000000,
                      "value_max": None, "unit": "CNY", "qualifier": "nearly", "kind": "money"}
    assert out[1]["value"] == 5 and out[1]["value_max"] == 6 and out[1]["unit"] == "percent"


def test_stdin_and_lines():
    out = run(["--lines"], stdin="no figures here\n2,823 firms\nranked second\n")
    assert [(o["line"], o["text"], o["value"]) for o in out] == [(2, "2,823", 2823),
                                                                  (3, "second", 2)]
    assert out[0]["span"] == [0, 5]


def test_dash_reads_stdin():
    assert run(["-"], stdin="61 percent")[0]["value"] == 61


def test_years_and_dates_are_not_quantities():
    assert run(["On March 5, 2019 and in 2016"]) == []
