"""Boilerplate stripping. (Placeholder: replaced by the line classifier.)"""

from __future__ import annotations

from ..model import Line


def split_lines(text: str) -> list[Line]:
    """The raw lines of `text` with their offsets (newline excluded, 1-based numbers)."""
    lines, start = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        lines.append(Line(number=number, start=start, end=start + len(raw), text=raw))
        start += len(raw) + 1
    return lines


def strip_lines(text: str) -> list[Line]:
    lines = split_lines(text)
    for line in lines:
        line.keep = len(line.text.split()) >= 5 and line.text.rstrip().endswith((".", "!", "?"))
        line.reason = "placeholder"
    return lines
