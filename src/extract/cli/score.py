"""`extract score`: the SCORING.md protocol, readable tables, JSON, HTML report, comparison."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from ..evaluate.bootstrap import ROUNDS
from ..evaluate.gold import GoldError, load_gold, load_predictions
from ..evaluate.protocol import evaluate
from ..evaluate.summary import summarise
from .app import app


def console() -> Console:
    plain = Console()
    return plain if plain.is_terminal else Console(width=140)


def load_or_exit(gold: Path, *preds: Path):
    try:
        golds = load_gold(gold)
        if not golds:
            raise GoldError(gold, "(directory)", "holds no gold files (*.json)")
        return golds, [load_predictions(p) for p in preds]
    except (GoldError, FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyError as exc:
        typer.echo(f"error: a documents.jsonl line lacks the field {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def score(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold files."),
    pred: Path = typer.Option(None, "--pred", help="records.jsonl or a run's output directory."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    report: Path = typer.Option(None, "--report", help="Write an HTML report to this file."),
    by_rule: bool = typer.Option(False, "--by-rule", help="Also break scores down by rule."),
    compare: tuple[Path, Path] | None = typer.Option(
        None, "--compare", metavar="OLD_RUN NEW_RUN",
        help="Show which records NEW_RUN gained and lost against OLD_RUN (instead of --pred)."),
    rounds: int = typer.Option(ROUNDS, "--bootstrap", help="Bootstrap rounds for the CIs."),
    seed: int = typer.Option(0, "--seed", help="Seed of the bootstrap resampling."),
    errors: int = typer.Option(20, "--errors", metavar="N",
                               help="List N false positives and N misses (-1: all, 0: none)."),
) -> None:
    """Score predicted records against gold (docs/SCORING.md)."""
    if compare and compare[0] is not None:
        from ..evaluate.compare import compare_runs, print_comparison

        golds, (old, new) = load_or_exit(gold, *compare)
        result = compare_runs(golds, old, new)
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            print_comparison(result, console())
        return
    if pred is None:
        typer.echo("error: give --pred PRED or --compare OLD_RUN NEW_RUN", err=True)
        raise typer.Exit(2)
    golds, (predictions,) = load_or_exit(gold, pred)
    evaluation = evaluate(golds, predictions)
    summary = summarise(evaluation, rounds=rounds, seed=seed)
    if report is not None:
        from ..evaluate.report import write_report

        write_report(report, evaluation, summary, predictions)
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False))
        return
    from ..evaluate.tables import print_summary

    print_summary(summary, console(), by_rule=by_rule, errors=errors)
    if report is not None:
        typer.echo(f"report written to {report}")
