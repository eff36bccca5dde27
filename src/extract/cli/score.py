"""`extract score`: the SCORING.md protocol. (Placeholder: the evaluator replaces this.)"""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app


@app.command()
def score(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold files."),
    pred: Path = typer.Option(..., "--pred", help="records.jsonl or a run's output directory."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Score predicted records against gold."""
    typer.echo("not implemented yet", err=True)
    raise typer.Exit(2)
