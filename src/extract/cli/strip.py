"""`extract strip`: show what the boilerplate stripper keeps, and why."""

from __future__ import annotations

from pathlib import Path

import typer

from ..clean import strip_lines
from ..io.readers import read_path
from .app import app


@app.command()
def strip(
    file: Path = typer.Argument(..., help="An input file of any format `extract run` reads."),
    explain: bool = typer.Option(False, "--explain", help="Print every line with its decision."),
) -> None:
    """Print the article lines the stripper keeps from FILE.

    For HTML input the text is trafilatura's extraction, and all of it is kept (docs/HTML.md).
    """
    for document in read_path(file):
        lines = strip_lines(document.text, extracted=document.format == "html")
        for line in lines:
            if explain:
                typer.echo(f"{line.number:>4} {'KEEP' if line.keep else 'drop'} "
                           f"[{line.reason}] {line.text}")
            elif line.keep:
                typer.echo(line.text)
