"""Sentence splitting within kept lines: a `regex` scan, no tokenizer.

A sentence ends at . ! or ? (with closing quotes or brackets) followed by space and a capital,
a digit or an opening quote; not after a common abbreviation ("Co.", "No.", "Aug.", "U.S.") or a
single initial ("K. Raghavan"). A line (headline, paragraph) never shares a sentence with another.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Line

_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Co|Corp|Inc|Ltd|Bros|No|Nos|Vol|vs|etc|approx|est|Gov|Gen|Sen|"
    "Rep|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Dept|Univ|Mt|Ft|Rs|"
    "U\\.S|U\\.K|U\\.N|E\\.U|i\\.e|e\\.g|a\\.k\\.a"
)
_BOUNDARY = regex.compile(
    rf"(?<!\b(?:{_ABBREVIATIONS}))(?<!\b[A-Z])[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
)


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, surrounding spaces trimmed."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() - len(m.group()) + len(m.group().rstrip())
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def line_sentences(line: Line) -> Iterator[tuple[int, int]]:
    """Sentences of a kept line, as offsets into the whole document."""
    for start, end in split_sentences(line.text):
        yield line.start + start, line.start + end
