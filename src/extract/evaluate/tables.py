"""The readable tables of `extract score`, drawn with rich from a summary dict."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .protocol import FIELDS, LEVELS


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def _ci(row: dict, key: str) -> str:
    lo_hi = row.get(f"{key}_ci")
    return "" if not lo_hi else f" [{_pct(lo_hi[0])}-{_pct(lo_hi[1])}]"


def scores_table(summary: dict) -> Table:
    boot = summary["bootstrap"]
    table = Table(title=f"Scores (micro, %; 95% CI over documents, {boot['rounds']} rounds, "
                        f"seed {boot['seed']})")
    for name in ("level", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if name == "level" else "right")
    for level in (*LEVELS, "boilerplate"):
        row = summary[level]
        if row.get("f1") is None:
            table.add_row(level, "-", "-", "-", "", "", "", end_section=False)
            continue
        table.add_row(level, _pct(row["p"]) + _ci(row, "p"), _pct(row["r"]) + _ci(row, "r"),
                      _pct(row["f1"]) + _ci(row, "f1"), str(row["tp"]), str(row["fp"]),
                      str(row["fn"]))
    return table


def fields_table(summary: dict) -> Table:
    table = Table(title=f"Field accuracy on the {summary['pairs']} quantity-matched pairs (%)")
    for name in FIELDS:
        table.add_column(name, justify="right")
    table.add_row(*(_pct(summary["fields"][name] if summary["pairs"] else None)
                    for name in FIELDS))
    return table


def documents_table(summary: dict) -> Table:
    table = Table(title="Per document (F1 %, tp/fp/fn at record level)")
    for name in ("document", "gold", "pred", "quantity", "record", "strict", "rec tp/fp/fn",
                 "boilerplate"):
        table.add_column(name, justify="left" if name == "document" else "right")
    for row in summary["documents"]:
        rec = row["record"]
        boiler = row["boilerplate"]
        name = row["doc_id"] + ("" if row["predicted"] else " (not predicted)")
        table.add_row(name, str(row["gold"]), str(row["pred"]),
                      *(_pct(row[level]["f1"]) for level in LEVELS),
                      f"{rec['tp']}/{rec['fp']}/{rec['fn']}",
                      _pct(boiler["f1"]) if boiler else "-")
    return table


def breakdown_table(name: str, rows: dict[str, dict]) -> Table:
    table = Table(title=f"Record level by {name}")
    for col in (name, "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == name else "right")
    for key, row in rows.items():
        table.add_row(key, _pct(row["p"]), _pct(row["r"]), _pct(row["f1"]), str(row["tp"]),
                      str(row["fp"]), str(row["fn"]))
    return table


def _describe(record: dict) -> str:
    parts = [f"{record['value']} {record['unit']}", record["measure"], repr(record["indicator"]),
             f"entity={record['entity']}", f"period={record['period']}"]
    if record.get("base_period"):
        parts.append(f"base={record['base_period']}")
    if record.get("rule"):
        parts.append(f"rule={record['rule']}")
    return " ".join(parts)


def print_errors(console: Console, summary: dict, limit: int = -1) -> None:
    """The false positives and misses with their evidence; at most `limit` of each (-1: all)."""
    errors = summary["errors"]
    for title, rows in (("False positives", errors["false_positives"]),
                        ("Misses (false negatives)", errors["false_negatives"])):
        shown = rows if limit < 0 else rows[:limit]
        more = f" (first {len(shown)}; --errors -1 lists all)" if len(shown) < len(rows) else ""
        console.print(f"\n[bold]{title} at record level: {len(rows)}{more}[/bold]")
        for row in shown:
            record = row["record"]
            console.print(f"  {row['doc_id']}: {_describe(record)}", markup=False,
                          highlight=False)
            evidence = row.get("evidence") or record.get("evidence") or record.get("text")
            if evidence:
                console.print(f"      evidence: {evidence!r}", markup=False, highlight=False)


def print_summary(summary: dict, console: Console | None = None, by_rule: bool = False,
                  errors: int = -1) -> None:
    """Details first, the headline scores last, where a terminal leaves them in view."""
    console = console or Console()
    if errors:
        print_errors(console, summary, errors)
    console.print(documents_table(summary))
    for name in ("measure", "unit_family", "indicator_key") + (("rule",) if by_rule else ()):
        console.print(breakdown_table(name, summary["breakdowns"][name]))
    console.print(fields_table(summary))
    console.print(scores_table(summary))
    if summary["boilerplate"].get("note"):
        console.print(f"boilerplate {summary['boilerplate']['note']}")
    if summary["missing_documents"]:
        console.print(f"{len(summary['missing_documents'])} gold documents absent from the "
                      f"predictions (all their records count as misses): "
                      + ", ".join(summary["missing_documents"]))
    if summary["ignored_documents"]:
        console.print(f"{len(summary['ignored_documents'])} predicted documents have no gold "
                      f"file and are ignored: " + ", ".join(summary["ignored_documents"]))
