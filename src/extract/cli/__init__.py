"""Command line: each command only parses options and calls library functions."""

from . import baseline, numbers, run, score, strip  # noqa: F401 - importing registers the commands
from .app import app


def main() -> None:
    app()
