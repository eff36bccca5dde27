"""The regression gate's floors: `gold/baseline.json`.

The file pins an F1 floor per level together with the checksum of the gold files it was
measured on. The gate fails when a score drops below its floor, and when the gold changed
since (a gold edit needs an explicit re-baseline). `raise_floors` only ever raises;
`rebaseline` may lower, and says which floors it lowered.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

from ..io.readers import read_path
from .gold import GoldDocument, Predictions
from .protocol import LEVELS, evaluate

FILE = "baseline.json"
GATED = (*LEVELS, "boilerplate")
NOTE = ("F1 floors (0-1) that tests/test_regression_gate.py enforces on the bundled gold. "
        "Raise them with `extract baseline --gold gold --raise`; after a gold change, "
        "`extract baseline --gold gold --rebaseline`. Never edit by hand.")


def predict_gold_sources(golds: list[GoldDocument], root: Path) -> Predictions:
    """Run the pipeline in-process on every gold document's source, as `extract run` would."""
    from ..pipeline import Config, process  # only here: scoring alone needs no pipeline

    results = []
    for gold in golds:
        source = root / gold.source
        if not source.is_file():
            continue
        for document in read_path(source):
            if document.doc_id == gold.doc_id:
                results.append(process(document, Config()))
    return Predictions.from_results(results, label="pipeline (in-process)")


def measure(golds: list[GoldDocument], predictions: Predictions) -> dict[str, dict]:
    evaluation = evaluate(golds, predictions)
    scores = {level: evaluation.total(level).as_dict() for level in LEVELS}
    boiler = evaluation.boilerplate()
    if boiler is not None:
        scores["boilerplate"] = boiler.as_dict()
    return scores


def floor_of(f1: float) -> float:
    """F1 rounded down to 0.1 point, so float noise never trips the gate."""
    return math.floor(f1 * 1000 + 1e-9) / 1000


def load_baseline(gold_dir: Path) -> dict | None:
    path = Path(gold_dir) / FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def save_baseline(gold_dir: Path, baseline: dict) -> Path:
    path = Path(gold_dir) / FILE
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def check(baseline: dict, checksum: str, scores: dict) -> list[str]:
    """What breaks the gate: a changed gold set, or a score under its floor."""
    problems = []
    if baseline["gold_checksum"] != checksum:
        problems.append(f"gold files changed since the baseline ({baseline['gold_checksum']} "
                        f"-> {checksum}): re-baseline explicitly with "
                        f"`extract baseline --gold gold --rebaseline`")
    for level, floor in sorted(baseline["floors"].items()):
        if level not in scores:
            problems.append(f"{level}: not measured (floor {floor:.3f})")
        elif scores[level]["f1"] < floor:
            problems.append(f"{level} F1 {scores[level]['f1']:.4f} is below its floor "
                            f"{floor:.3f}")
    return problems


def _baseline(floors: dict, checksum: str, scores: dict, n_gold: int) -> dict:
    return {"format": 1, "gold_checksum": checksum, "gold_files": n_gold, "floors": floors,
            "measured": {k: {m: round(v[m], 6) for m in ("p", "r", "f1")}
                         for k, v in scores.items()},
            "updated": date.today().isoformat(), "note": NOTE}


def raise_floors(baseline: dict | None, checksum: str, scores: dict,
                 n_gold: int) -> tuple[dict, list[str]]:
    """Floors raised to the current scores where higher; never lowered. Refuses (ValueError)
    when the gold changed since: that takes `rebaseline`."""
    if baseline is not None and baseline["gold_checksum"] != checksum:
        raise ValueError("the gold files changed since the baseline; use --rebaseline")
    old = {} if baseline is None else baseline["floors"]
    floors, changes = dict(old), []
    for level in GATED:
        if level in scores and floor_of(scores[level]["f1"]) > old.get(level, -1.0):
            floors[level] = floor_of(scores[level]["f1"])
            changes.append(f"{level}: {old.get(level, 'none')} -> {floors[level]:.3f}")
    return _baseline(floors, checksum, scores, n_gold), changes


def rebaseline(baseline: dict | None, checksum: str, scores: dict,
               n_gold: int) -> tuple[dict, list[str]]:
    """Floors set to the current scores on the current gold, lowered ones named."""
    old = {} if baseline is None else baseline["floors"]
    floors = {level: floor_of(scores[level]["f1"]) for level in GATED if level in scores}
    changes = [f"{level}: {old.get(level, 'none')} -> {value:.3f}"
               + (" (LOWERED)" if value < old.get(level, -1.0) else "")
               for level, value in floors.items() if value != old.get(level)]
    return _baseline(floors, checksum, scores, n_gold), changes
