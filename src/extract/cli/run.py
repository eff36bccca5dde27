"""`extract run`: the main job. (Minimal: the full runner replaces this.)"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .. import __version__
from ..io.readers import iter_paths, read_path
from ..pipeline import Config, process
from .app import app


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    out: Path = typer.Option(..., "--out", help="Output directory."),
    pub_date: str = typer.Option(None, "--pub-date", help="Publication date, YYYY-MM-DD."),
    quiet: bool = typer.Option(False, "--quiet"),
) -> None:
    """Extract indicator records from INPUT documents into DIR."""
    out.mkdir(parents=True, exist_ok=True)
    config = Config(pub_date=pub_date)
    results = [process(doc, config) for path in iter_paths(inputs) for doc in read_path(path)]
    with open(out / "records.jsonl", "w", encoding="utf-8") as fh:
        for result in results:
            for record in result.records:
                fh.write(record.to_json() + "\n")
    with open(out / "documents.jsonl", "w", encoding="utf-8") as fh:
        for result in results:
            fh.write(json.dumps(result.accounting(), ensure_ascii=False) + "\n")
    errors = sum(r.status == "error" for r in results)
    manifest = {"documents": len(results), "ok": len(results) - errors, "errors": errors,
                "records": sum(len(r.records) for r in results), "version": __version__,
                "options": config.to_dict()}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
    raise typer.Exit(1 if errors else 0)
