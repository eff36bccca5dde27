"""Boilerplate stripping: which raw lines of a page dump belong to the article, and why.

`strip_lines(text)` gives every raw line (split on "\\n" only, 1-based numbers, offsets into
`text`) a keep/drop decision and a short reason. HTML goes through `html_to_text` first
(clean/html.py), which returns one block per line for the same classifier.
"""

from __future__ import annotations

from ..model import Line
from .features import BLANK, BOILER, END, GOOD, LINK, NEAR, SECTION, SEP, SHORT, classify_line
from .region import densest_region, find_headline, settle_tail, smooth_region
from .rules import RuleSet, default_rules

__all__ = ["LineStripper", "html_to_text", "split_lines", "strip_lines"]

OUTSIDE_REASON = {
    GOOD: "sentence-like, outside main block",
    NEAR: "title-like line outside main block",
    SHORT: "short line outside block",
    LINK: "short link-like line outside block",
}


def split_lines(text: str) -> list[Line]:
    """The raw lines of `text` with their offsets (newline excluded, 1-based numbers)."""
    lines, start = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        lines.append(Line(number=number, start=start, end=start + len(raw), text=raw))
        start += len(raw) + 1
    return lines


def classify_lines(lines: list[Line], rules: RuleSet) -> tuple[list[int], list[int], list[str]]:
    classes, words, reasons = [], [], []
    for line in lines:
        text = line.text.strip()  # also drops a trailing "\r"
        if not text:
            cls, reason, count = BLANK, "blank", 0
        elif len(text) < 4 and not any(c.isalnum() for c in text):
            cls, reason, count = BLANK, "no text", 0  # invisible or symbol-only: layout
        else:
            cls, reason, count = classify_line(text, rules)
        classes.append(cls)
        words.append(count)
        reasons.append(reason)
    return classes, words, reasons


def strip_lines(text: str, rules: RuleSet | None = None) -> list[Line]:
    """Every raw line of `text` with `keep` and a short `reason`."""
    rules = rules or default_rules()
    lines = split_lines(text)
    classes, words, reasons = classify_lines(lines, rules)
    first, last = densest_region(classes, words)
    for i, line in enumerate(lines):
        cls = classes[i]
        if cls in (BOILER, END, SECTION, SEP, BLANK):
            line.reason = reasons[i]
        else:
            line.reason = OUTSIDE_REASON[cls]
    if first < 0:
        return lines
    last = settle_tail(classes, first, last)
    for i, (keep, reason) in enumerate(smooth_region(classes, first, last), start=first):
        if reason:
            lines[i].keep, lines[i].reason = keep, reason
    for i in find_headline(classes, words, first):
        lines[i].keep, lines[i].reason = True, "headline or standfirst above main block"
    return lines


class LineStripper:
    """Thin wrapper for pipelines that want an object: `LineStripper()(text)`."""

    def __init__(self, rules: RuleSet | None = None):
        self.rules = rules or default_rules()

    def __call__(self, text: str) -> list[Line]:
        return strip_lines(text, self.rules)


def html_to_text(html: str, url: str | None = None) -> str:
    """The main text of an HTML page, one block per line (see clean/html.py)."""
    from .html import html_to_text as convert  # trafilatura loads only when HTML is read

    return convert(html, url=url)
