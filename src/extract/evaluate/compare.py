"""`extract score --compare OLD NEW`: what a change gained and lost, record by record.

Gold records found (at the level) by NEW and not by OLD are gains, the reverse are losses;
false positives are compared as multisets of their content (value, unit, measure, indicator,
entity, periods), so a record that moved but stayed wrong shows as one removed, one added.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from .bootstrap import difference_interval
from .protocol import LEVELS, evaluate
from .summary import record_view


def _content(record) -> tuple:
    return (record.unit, str(record.value), record.measure, record.indicator,
            (record.entity or "").lower(), record.period, record.base_period)


def _found(outcome, level) -> dict[int, object]:
    return {p.gold: outcome.preds[p.pred] for p in outcome.correct_pairs(level)}


def _unmatched(records: list, others: list) -> list[dict]:
    """`records` left over once each is cancelled by an equal one of `others`."""
    budget = Counter(_content(r) for r in others)
    left = []
    for record in records:
        key = _content(record)
        if budget[key]:
            budget[key] -= 1
        else:
            left.append(record_view(record))
    return left


def compare_runs(golds: list, old, new, level: str = "record", rounds: int = 1000,
                 seed: int = 0) -> dict:
    before, after = evaluate(golds, old), evaluate(golds, new)
    scores = {}
    for name in LEVELS:
        o, n = before.total(name).as_dict(), after.total(name).as_dict()
        scores[name] = {"old": o, "new": n, "f1_delta": n["f1"] - o["f1"],
                        "f1_delta_ci": difference_interval(
                            [x.counts[name] for x in before.outcomes],
                            [x.counts[name] for x in after.outcomes], rounds, seed)}
    documents = []
    for o_out, n_out in zip(before.outcomes, after.outcomes, strict=True):
        o_found, n_found = _found(o_out, level), _found(n_out, level)
        gained = [{"gold": record_view(n_out.golds[j]), "pred": record_view(n_found[j])}
                  for j in sorted(set(n_found) - set(o_found))]
        lost = [{"gold": record_view(o_out.golds[j]), "was": record_view(o_found[j])}
                for j in sorted(set(o_found) - set(n_found))]
        o_fps = [o_out.preds[i] for i in o_out.false_positives(level)]
        n_fps = [n_out.preds[i] for i in n_out.false_positives(level)]
        new_fps, fixed_fps = _unmatched(n_fps, o_fps), _unmatched(o_fps, n_fps)
        if gained or lost or new_fps or fixed_fps:
            documents.append({"doc_id": o_out.doc_id, "gained": gained, "lost": lost,
                              "new_false_positives": new_fps,
                              "fixed_false_positives": fixed_fps})
    totals = {key: sum(len(d[key]) for d in documents)
              for key in ("gained", "lost", "new_false_positives", "fixed_false_positives")}
    return {"level": level, "old": old.label, "new": new.label, "scores": scores,
            "totals": totals, "documents": documents}


def _line(record: dict) -> str:
    text = f"{record['value']} {record['unit']} {record['measure']} {record['indicator']!r}"
    where = record.get("evidence") or record.get("text")
    return text + (f"  «{where}»" if where else "") + (
        f"  [{record['rule']}]" if record.get("rule") else "")


def print_comparison(result: dict, console: Console) -> None:
    table = Table(title=f"{result['old']} -> {result['new']} (F1 %, delta with paired 95% CI)")
    for col in ("level", "old F1", "new F1", "delta", "delta CI", "old tp/fp/fn",
                "new tp/fp/fn"):
        table.add_column(col, justify="left" if col == "level" else "right")
    for name, s in result["scores"].items():
        o, n = s["old"], s["new"]
        lo, hi = s["f1_delta_ci"]
        table.add_row(name, f"{100 * o['f1']:.1f}", f"{100 * n['f1']:.1f}",
                      f"{100 * s['f1_delta']:+.1f}", f"{100 * lo:+.1f} .. {100 * hi:+.1f}",
                      f"{o['tp']}/{o['fp']}/{o['fn']}", f"{n['tp']}/{n['fp']}/{n['fn']}")
    console.print(table)
    t = result["totals"]
    console.print(f"At {result['level']} level: {t['gained']} gold records gained, {t['lost']} "
                  f"lost; {t['new_false_positives']} new false positives, "
                  f"{t['fixed_false_positives']} removed.")
    for doc in result["documents"]:
        console.print(f"\n[bold]{doc['doc_id']}[/bold]")
        for mark, key, field in (("+ found", "gained", "gold"), ("- lost ", "lost", "gold"),
                                 ("+ FP   ", "new_false_positives", None),
                                 ("- FP   ", "fixed_false_positives", None)):
            for row in doc[key]:
                console.print(f"  {mark} {_line(row[field] if field else row)}", markup=False,
                              highlight=False)
