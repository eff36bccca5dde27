"""`extract numbers`: find and normalise the quantities in text."""

from __future__ import annotations

import json
import sys

import typer

from ..quantities import find_quantities
from .app import app


@app.command()
def numbers(
    text: list[str] = typer.Argument(None, help="Texts to read; stdin when absent or '-'."),
    lines: bool = typer.Option(False, "--lines", help="Treat every input line as its own text."),
) -> None:
    """Print one JSON object per quantity found, in text order."""
    texts = [sys.stdin.read()] if not text or text == ["-"] else list(text)
    for chunk in texts:
        parts = chunk.split("\n") if lines else [chunk]
        for number, part in enumerate(parts, start=1):
            for q in find_quantities(part):
                obj = q.to_dict()
                if lines:
                    obj["line"] = number
                print(json.dumps(obj, ensure_ascii=False))
