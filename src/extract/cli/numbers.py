"""`extract numbers`: find and normalise the quantities in text (docs/CLI.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import typer

from ..quantities import find_quantities
from .app import app


def number_objects(text: str, by_line: bool = False) -> Iterator[dict]:
    """The JSON objects of CLI.md for one text: one per quantity, in text order.

    With `by_line`, every line is its own text (spans relative to the line) and each object
    carries its 1-based `line`.
    """
    if not by_line:
        for q in find_quantities(text):
            yield q.to_dict()
        return
    for number, line in enumerate(text.split("\n"), start=1):
        for q in find_quantities(line.rstrip("\r")):
            obj = q.to_dict()
            obj["line"] = number
            yield obj


@app.command()
def numbers(
    text: list[str] = typer.Argument(None, help="Texts to read; stdin when absent or '-'."),
    lines: bool = typer.Option(False, "--lines", help="Treat every input line as its own text."),
) -> None:
    """Print one JSON object per quantity found, in text order."""
    texts = [sys.stdin.read()] if not text or text == ["-"] else list(text)
    for chunk in texts:
        for obj in number_objects(chunk, by_line=lines):
            print(json.dumps(obj, ensure_ascii=False))
