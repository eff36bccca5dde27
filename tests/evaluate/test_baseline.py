"""Floors only rise unless the gold changed and a re-baseline is asked for explicitly."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.evaluate.baseline import check, floor_of, raise_floors, rebaseline


def scores(**f1):
    return {level: {"p": v, "r": v, "f1": v} for level, v in f1.items()}


def test_floor_rounds_down_to_a_tenth_of_a_point():
    assert floor_of(0.73469) == 0.734
    assert floor_of(0.7) == 0.7  # 0.7 * 1000 is 699.99...; the nudge keeps it 0.700
    assert floor_of(1.0) == 1.0


def test_raise_never_lowers_a_floor():
    base, _ = raise_floors(None, "sha256:x", scores(record=0.5, quantity=0.8), 3)
    assert base["floors"] == {"record": 0.5, "quantity": 0.8}
    raised, changes = raise_floors(base, "sha256:x", scores(record=0.6, quantity=0.7), 3)
    assert raised["floors"] == {"record": 0.6, "quantity": 0.8}
    assert changes == ["record: 0.5 -> 0.600"]


def test_raise_refuses_changed_gold_and_rebaseline_names_lowered_floors():
    base, _ = raise_floors(None, "sha256:x", scores(record=0.5), 3)
    with pytest.raises(ValueError, match="rebaseline"):
        raise_floors(base, "sha256:y", scores(record=0.6), 4)
    new, changes = rebaseline(base, "sha256:y", scores(record=0.4), 4)
    assert new["floors"] == {"record": 0.4} and new["gold_checksum"] == "sha256:y"
    assert changes == ["record: 0.5 -> 0.400 (LOWERED)"]


def test_check_reports_drops_and_gold_changes():
    base, _ = raise_floors(None, "sha256:x", scores(record=0.5, strict=0.3), 3)
    assert check(base, "sha256:x", scores(record=0.5, strict=0.3)) == []
    problems = check(base, "sha256:x", scores(record=0.49, strict=0.3))
    assert len(problems) == 1 and problems[0].startswith("record F1 0.4900 is below")
    assert "gold files changed" in check(base, "sha256:z", scores(record=0.9, strict=0.9))[0]


def test_baseline_command_round_trip(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Headline\nSales rose 5 percent.\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({
        "doc_id": "a", "source": "corpus/a.txt", "pub_date": None, "main_lines": [2],
        "records": []}))
    runner = CliRunner()
    assert runner.invoke(app, ["baseline", "--gold", str(gold)]).exit_code == 1  # none yet
    made = runner.invoke(app, ["baseline", "--gold", str(gold), "--raise"])
    assert made.exit_code == 0, made.output
    saved = json.loads((gold / "baseline.json").read_text())
    assert set(saved["floors"]) == {"quantity", "record", "strict", "boilerplate"}
    assert runner.invoke(app, ["baseline", "--gold", str(gold)]).exit_code == 0
    (gold / "a.json").write_text((gold / "a.json").read_text().replace("[2]", "[1, 2]"))
    changed = runner.invoke(app, ["baseline", "--gold", str(gold)])
    assert changed.exit_code == 1 and "gold files changed" in changed.output
    assert runner.invoke(app, ["baseline", "--gold", str(gold), "--raise"]).exit_code == 1
    assert runner.invoke(app, ["baseline", "--gold", str(gold), "--rebaseline"]).exit_code == 0
    assert runner.invoke(app, ["baseline", "--gold", str(gold)]).exit_code == 0
