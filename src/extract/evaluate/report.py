"""The HTML report: scores, then each document's raw text with its lines and quantities
marked. One self-contained file (inline CSS and JS from report_template.html, no network).

Quantities are marked at record level: a true positive on the predicted mention, a false
positive on the predicted mention, a miss on the gold record's evidence (gold has no offsets).
Each mark's tooltip carries the records behind it.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

from .gold import read_raw_text
from .protocol import LEVELS, DocumentOutcome, Evaluation
from .summary import record_view

LEVEL = "record"
LABEL = {"tp": "TRUE POSITIVE", "fp": "FALSE POSITIVE", "fn": "MISS"}


def _describe(record) -> str:
    view = record_view(record)
    keys = ("value", "unit", "measure", "indicator", "entity", "period", "base_period",
            "qualifier", "rule", "evidence")
    return "; ".join(f"{k}={view[k]}" for k in keys if view.get(k) is not None)


def outcome_marks(outcome: DocumentOutcome, text: str) -> tuple[list[tuple], list[str]]:
    """(start, end, outcome, tooltip) marks, and the records that could not be placed."""
    marks, unplaced = [], []
    correct = {pair.pred: pair for pair in outcome.correct_pairs(LEVEL)}
    assigned = {pair.pred: pair for pair in outcome.pairs}

    def place(start, end, kind, tip):
        if 0 <= start < end <= len(text):
            marks.append((start, end, kind, tip))
        else:
            unplaced.append(tip)

    for i, pred in enumerate(outcome.preds):
        start, end = (list(pred.span) + [0, 0])[:2]
        if i in correct:
            gold = outcome.golds[correct[i].gold]
            place(start, end, "tp", f"{LABEL['tp']}\npredicted: {_describe(pred)}\n"
                                    f"gold: {_describe(gold)}")
        else:
            tip = f"{LABEL['fp']}\npredicted: {_describe(pred)}"
            if i in assigned:
                tip += (f"\n(quantity matches gold, but measure or indicator differ: "
                        f"{_describe(outcome.golds[assigned[i].gold])})")
            place(start, end, "fp", tip)
    for j in outcome.misses(LEVEL):
        gold = outcome.golds[j]
        start = text.find(gold.evidence) if gold.evidence else -1
        place(start, start + len(gold.evidence), "fn", f"{LABEL['fn']}\ngold: {_describe(gold)}")
    return marks, unplaced


def _segments(text: str, line_start: int, line_end: int, marks: list[tuple]) -> str:
    """The line's text as HTML, split wherever a mark begins or ends."""
    inside = [m for m in marks if m[0] < line_end and m[1] > line_start]
    cuts = sorted({line_start, line_end} | {min(max(x, line_start), line_end)
                                           for m in inside for x in m[:2]})
    return "".join(_segment(html.escape(text[a:b]), a, b, inside)
                   for a, b in zip(cuts, cuts[1:], strict=False))


def _segment(text: str, a: int, b: int, inside: list[tuple]) -> str:
    covering = [m for m in inside if m[0] <= a and m[1] >= b]
    if not covering:
        return text
    kinds = " ".join(sorted({m[2] for m in covering}))
    tip = html.escape("\n\n".join(m[3] for m in covering), quote=True)
    return f'<span class="mark" data-outcomes="{kinds}" title="{tip}">{text}</span>'


def render_text(text: str, marks: list[tuple], gold_doc, kept: set[int] | None) -> str:
    main, neutral = set(gold_doc.main_lines), set(gold_doc.neutral_lines)
    rows, start = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        end = start + len(line)
        if not line.strip():
            classes = ["blank"]
        else:
            classes = ["neutral" if number in neutral else "main" if number in main
                       else "boiler"]
            if kept is not None and number not in neutral:
                if number in kept and number not in main:
                    classes.append("bp-fp")
                elif number in main and number not in kept:
                    classes.append("bp-fn")
        rows.append(f'<div class="line {" ".join(classes)}"><span class="no">{number}</span>'
                    f'<span class="body">{_segments(text, start, end, marks)}</span></div>')
        start = end + 1
    return "\n".join(rows)


def render_document(outcome: DocumentOutcome, predictions) -> str:
    gold_doc = outcome.gold_doc
    text = gold_doc.text
    if text is None and outcome.doc_id in predictions.sources:
        text = read_raw_text(Path(predictions.sources[outcome.doc_id]), outcome.doc_id)
    kept = None if predictions.main_lines is None else set(
        predictions.main_lines.get(outcome.doc_id, []))
    counts = outcome.counts[LEVEL]
    head = (f'<h2 id="doc-{html.escape(outcome.doc_id)}">{html.escape(outcome.doc_id)}</h2>'
            f'<p class="note">{len(outcome.golds)} gold, {len(outcome.preds)} predicted; '
            f'record level: {counts.tp} true positives, {counts.fp} false positives, '
            f'{counts.fn} misses{"" if outcome.predicted else " (document not predicted)"}</p>')
    if text is None:
        body = '<p class="note">raw text not available</p>'
        _, unplaced = outcome_marks(outcome, "")
    else:
        marks, unplaced = outcome_marks(outcome, text)
        body = f'<div class="text">{render_text(text, marks, gold_doc, kept)}</div>'
    if unplaced:
        items = "".join(f"<li>{html.escape(tip)}</li>" for tip in unplaced)
        body += f'<p class="note">Not placed in the text:</p><ul class="unplaced">{items}</ul>'
    errors = counts.fp + counts.fn
    return (f'<section class="doc" data-doc="{html.escape(outcome.doc_id, quote=True)}" '
            f'data-errors="{errors}">{head}{body}</section>')


def _pct(x) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def render_summary(summary: dict) -> str:
    rows = []
    for level in (*LEVELS, "boilerplate"):
        s = summary[level]
        ci = s.get("f1_ci")
        rows.append(f"<tr><td>{level}</td><td>{_pct(s['p'])}</td><td>{_pct(s['r'])}</td>"
                    f"<td>{_pct(s['f1'])}</td><td>{'' if not ci else _pct(ci[0]) + '-'}"
                    f"{'' if not ci else _pct(ci[1])}</td><td>{s.get('tp', '')}</td>"
                    f"<td>{s.get('fp', '')}</td><td>{s.get('fn', '')}</td></tr>")
    fields = "".join(f"<td>{_pct(v)}</td>" for v in summary["fields"].values())
    docs = "".join(
        f'<tr><td><a href="#doc-{html.escape(r["doc_id"])}">{html.escape(r["doc_id"])}</a></td>'
        f'<td>{r["gold"]}</td><td>{r["pred"]}</td>'
        + "".join(f"<td>{_pct(r[level]['f1'])}</td>" for level in LEVELS)
        + f'<td>{_pct(r["boilerplate"]["f1"]) if r["boilerplate"] else "-"}</td></tr>'
        for r in summary["documents"])
    return (
        "<h2>Scores (micro, %)</h2><table><tr><th>level</th><th>P</th><th>R</th><th>F1</th>"
        "<th>F1 95% CI</th><th>tp</th><th>fp</th><th>fn</th></tr>" + "".join(rows) + "</table>"
        f"<h2>Field accuracy on {summary['pairs']} quantity-matched pairs (%)</h2><table><tr>"
        + "".join(f"<th>{k}</th>" for k in summary["fields"]) + f"</tr><tr>{fields}</tr></table>"
        "<h2>Per document (F1 %)</h2><table><tr><th>document</th><th>gold</th><th>pred</th>"
        "<th>quantity</th><th>record</th><th>strict</th><th>boilerplate</th></tr>" + docs
        + "</table>" + "".join(render_breakdown(name, rows)
                               for name, rows in summary["breakdowns"].items()))


def render_breakdown(name: str, rows: dict[str, dict]) -> str:
    body = "".join(
        f"<tr><td>{html.escape(key)}</td><td>{_pct(r['p'])}</td><td>{_pct(r['r'])}</td>"
        f"<td>{_pct(r['f1'])}</td><td>{r['tp']}</td><td>{r['fp']}</td><td>{r['fn']}</td></tr>"
        for key, r in rows.items())
    return (f"<details><summary>Record level by {html.escape(name)}</summary><table><tr>"
            f"<th>{html.escape(name)}</th><th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th>"
            f"<th>fn</th></tr>{body}</table></details>")


def build_report(evaluation: Evaluation, summary: dict, predictions) -> str:
    template = resources.files(__package__).joinpath("report_template.html").read_text("utf-8")
    options = "".join(f'<option value="{html.escape(o.doc_id, quote=True)}">'
                      f"{html.escape(o.doc_id)}</option>" for o in evaluation.outcomes)
    subtitle = (f"predictions: {html.escape(predictions.label or '(in memory)')}; "
                f"{len(evaluation.outcomes)} gold documents; marks at record level")
    if evaluation.ignored:
        subtitle += f"; {len(evaluation.ignored)} predicted documents without gold ignored"
    documents = "\n".join(render_document(o, predictions) for o in evaluation.outcomes)
    return (template.replace("<!--SUBTITLE-->", subtitle)
            .replace("<!--SUMMARY-->", render_summary(summary))
            .replace("<!--DOC_OPTIONS-->", options).replace("<!--DOCUMENTS-->", documents))


def write_report(path: Path, evaluation: Evaluation, summary: dict, predictions) -> None:
    Path(path).write_text(build_report(evaluation, summary, predictions), encoding="utf-8")
