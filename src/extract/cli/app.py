"""The typer application that every command module registers itself on."""

import typer

app = typer.Typer(
    name="extract",
    help="Turn raw news text into structured statistical indicator records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
