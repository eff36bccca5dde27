"""`extract baseline`: check or move the regression gate's F1 floors (gold/baseline.json)."""

from __future__ import annotations

from pathlib import Path

import typer

from ..evaluate.baseline import (
    check,
    load_baseline,
    measure,
    predict_gold_sources,
    raise_floors,
    rebaseline,
    save_baseline,
)
from ..evaluate.gold import GoldError, gold_checksum, load_gold, load_predictions
from .app import app


@app.command()
def baseline(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold files (holds baseline.json)."),
    pred: Path = typer.Option(None, "--pred",
                              help="A run's output directory; default: run the pipeline "
                                   "in-process on the gold documents' sources."),
    raise_: bool = typer.Option(False, "--raise", help="Raise floors to the current scores."),
    rebase: bool = typer.Option(False, "--rebaseline",
                                help="Accept changed gold: set floors to the current scores, "
                                     "even lower ones (printed)."),
) -> None:
    """Check the scores against gold/baseline.json, or raise its floors explicitly."""
    if raise_ and rebase:
        typer.echo("error: --raise and --rebaseline exclude each other", err=True)
        raise typer.Exit(2)
    try:
        golds = load_gold(gold)
        predictions = (load_predictions(pred) if pred is not None
                       else predict_gold_sources(golds, gold.resolve().parent))
    except (GoldError, FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    scores, checksum, current = measure(golds, predictions), gold_checksum(gold), load_baseline(gold)
    for level, s in scores.items():
        floor = (current or {}).get("floors", {}).get(level)
        typer.echo(f"{level:<12} F1 {s['f1']:.4f}" + ("" if floor is None else
                                                      f"   floor {floor:.3f}"))
    if not raise_ and not rebase:
        if current is None:
            typer.echo(f"no {gold / 'baseline.json'}: create it with --raise")
            raise typer.Exit(1)
        problems = check(current, checksum, scores)
        for problem in problems:
            typer.echo(f"FAIL {problem}")
        raise typer.Exit(1 if problems else 0)
    try:
        update = rebaseline if rebase else raise_floors
        new, changes = update(current, checksum, scores, len(golds))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    path = save_baseline(gold, new)
    typer.echo("\n".join(changes) if changes else "floors unchanged")
    typer.echo(f"wrote {path}")
