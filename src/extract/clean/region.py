"""Context decisions: the densest article region, neighbour smoothing, headline and standfirst.

The article is mostly one contiguous run of prose. Each line gets a weight (prose positive,
boilerplate negative, END lines a wall) and the maximum-sum run of lines (Kadane) is the main
block. Inside it, lines too short to judge take the side of their neighbours, as in jusText;
above it, the nearest title-like lines are the headline and standfirst.
"""

from __future__ import annotations

from .features import BLANK, BOILER, END, GOOD, NEAR, SEP, SHORT, ends_sentence

WEIGHT = {NEAR: 0.2, SHORT: -0.3, SEP: -1.0, BOILER: -0.8}
WALL = float("-inf")
HEADLINE_LOOKBACK = 10  # non-blank lines scanned above the main block
STANDFIRST_WORDS = 8  # a title-like line this long may be a standfirst under a headline


def line_weight(cls: int, words: int) -> float:
    if cls == GOOD:
        return 1.0 + min(words, 60) / 15
    if cls == END:
        return WALL
    return WEIGHT.get(cls, 0.0)


def densest_region(classes: list[int], words: list[int]) -> tuple[int, int]:
    """Indices [first, last] of the maximum-weight run of lines; (-1, -2) when nothing is prose."""
    best, best_span = 0.0, (-1, -2)
    total, start = 0.0, 0
    for i, cls in enumerate(classes):
        if cls == BLANK:
            continue
        weight = line_weight(cls, words[i])
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total == WALL:
            total = 0.0
            continue
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def trim_tail(classes: list[int], texts: list[str], first: int, last: int) -> int:
    """The block's end pulled back to its last prose line, plus short sentences right after it.

    Below an article come signatures, attachments and addresses that look like short prose;
    a block ends on them only because they weigh little.
    """
    end = last
    while end > first and classes[end] != GOOD:
        end -= 1
    i = end + 1
    while i <= last and classes[i] in (BLANK, NEAR):
        if classes[i] == NEAR:
            if not ends_sentence(texts[i].strip()):
                break
            end = i
        i += 1
    return end


def smooth_region(classes: list[int], first: int, last: int) -> list[tuple[bool, str]]:
    """Keep/drop for the lines of the main block: short lines follow their neighbours."""
    inner = [i for i in range(first, last + 1) if classes[i] != BLANK]
    decisive = [i for i in inner if classes[i] not in (SHORT,)]
    out: dict[int, tuple[bool, str]] = {}
    prev_good = {}
    last_cls = GOOD  # the block starts on a positive line
    for i in inner:
        if classes[i] != SHORT:
            last_cls = classes[i]
        else:
            prev_good[i] = last_cls in (GOOD, NEAR)
    next_cls = GOOD
    for i in reversed(inner):
        cls = classes[i]
        if cls != SHORT:
            next_cls = cls
            continue
        if prev_good[i] and next_cls in (GOOD, NEAR):
            out[i] = (True, "short line between article lines (neighbour smoothing)")
        else:
            out[i] = (False, "short line next to boilerplate in main block")
    for i in decisive:
        if classes[i] == GOOD:
            out[i] = (True, "sentence-like, in main block")
        elif classes[i] == NEAR:
            out[i] = (True, "near-sentence line in main block")
    return [out.get(i, (False, "")) for i in range(first, last + 1)]


def is_title_like(cls: int, words: int) -> bool:
    return cls == NEAR and 3 <= words <= 40


def line_above(classes: list[int], i: int) -> int:
    """Index of the nearest non-blank line above `i`, or -1."""
    i -= 1
    while i >= 0 and classes[i] == BLANK:
        i -= 1
    return i


def find_headline(classes: list[int], words: list[int], first: int) -> list[int]:
    """Indices of the headline and standfirst just above the main block (nearest first).

    Datelines, bylines and photo captions between them and the block are skipped; a menu or a
    prose line stops the search. A title-like line right above the first one found is taken
    as the headline over a standfirst when it is headline-sized.
    """
    i, seen = line_above(classes, first), 1
    while i >= 0 and seen <= HEADLINE_LOOKBACK:
        cls = classes[i]
        if cls in (SEP, GOOD):
            return []
        if is_title_like(cls, words[i]):
            above = line_above(classes, i)
            if above >= 0 and is_title_like(classes[above], words[above]) and (
                    words[above] >= STANDFIRST_WORDS):
                return [i, above]
            return [i]
        i, seen = line_above(classes, i), seen + 1
    return []
