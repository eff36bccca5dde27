"""One JSON-ready summary of an evaluation: the shape of `extract score --json` (docs/CLI.md),
with extra keys for intervals, breakdowns, the per-document table and the errors."""

from __future__ import annotations

from ..model import to_json_number
from .bootstrap import ROUNDS, intervals
from .breakdown import all_breakdowns
from .protocol import LEVELS, Evaluation


def record_view(record) -> dict:
    """The fields a person needs to recognise a record (gold or predicted)."""
    view = {name: getattr(record, name, None) for name in (
        "entity", "indicator", "measure", "unit", "qualifier", "period", "base_period")}
    view["value"] = to_json_number(record.value)
    for extra in ("rule", "text", "evidence"):
        if getattr(record, extra, None):
            view[extra] = getattr(record, extra)
    if getattr(record, "span", None):
        view["span"] = list(record.span)
    return view


def document_rows(evaluation: Evaluation) -> list[dict]:
    rows = []
    for o in evaluation.outcomes:
        row = {"doc_id": o.doc_id, "predicted": o.predicted, "gold": len(o.golds),
               "pred": len(o.preds)}
        for level in LEVELS:
            row[level] = o.counts[level].as_dict()
        row["boilerplate"] = o.boilerplate.as_dict() if o.boilerplate else None
        rows.append(row)
    return rows


def error_rows(evaluation: Evaluation, level: str = "record") -> dict[str, list[dict]]:
    """False positives and misses at `level`, with evidence and the nearest assigned partner."""
    fps, fns = [], []
    for o in evaluation.outcomes:
        text = getattr(o.gold_doc, "text", None) or ""
        partner_of_pred = {pair.pred: o.golds[pair.gold] for pair in o.pairs}
        partner_of_gold = {pair.gold: o.preds[pair.pred] for pair in o.pairs}
        for i in o.false_positives(level):
            row = {"doc_id": o.doc_id, "record": record_view(o.preds[i])}
            start, end = (list(getattr(o.preds[i], "sentence", None) or ()) + [0, 0])[:2]
            if 0 <= start < end <= len(text):
                row["evidence"] = text[start:end]
            if i in partner_of_pred:
                row["assigned_gold"] = record_view(partner_of_pred[i])
            fps.append(row)
        for j in o.misses(level):
            row = {"doc_id": o.doc_id, "record": record_view(o.golds[j])}
            if j in partner_of_gold:
                row["assigned_pred"] = record_view(partner_of_gold[j])
            fns.append(row)
    return {"false_positives": fps, "false_negatives": fns}


def summarise(evaluation: Evaluation, rounds: int = ROUNDS, seed: int = 0) -> dict:
    cis = intervals(evaluation, rounds, seed)
    result: dict = {}
    for level in LEVELS:
        result[level] = evaluation.total(level).as_dict()
        result[level].update({f"{k}_ci": v for k, v in cis[level].items()})
    result["fields"] = evaluation.field_accuracy()
    boiler = evaluation.boilerplate()
    if boiler is None:
        result["boilerplate"] = {"p": None, "r": None, "f1": None,
                                 "note": "not scored: predictions carry no documents.jsonl"}
    else:
        result["boilerplate"] = boiler.as_dict()
        result["boilerplate"].update({f"{k}_ci": v for k, v in cis["boilerplate"].items()})
    result["pairs"] = sum(len(o.pairs) for o in evaluation.outcomes)
    result["bootstrap"] = {"rounds": rounds, "seed": seed, "confidence": 0.95,
                           "unit": "document"}
    result["documents"] = document_rows(evaluation)
    result["missing_documents"] = evaluation.missing
    result["ignored_documents"] = evaluation.ignored
    result["breakdowns"] = all_breakdowns(evaluation)
    result["errors"] = error_rows(evaluation)
    return result
