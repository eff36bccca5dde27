"""Context decisions: the densest article region, neighbour smoothing, headline and standfirst.

The article is mostly one contiguous run of prose. Each line gets a weight (prose positive,
link-like and boilerplate lines negative, section headers strongly negative, END lines a wall)
and the maximum-sum run of lines (Kadane) is the core of the main block. The block then runs
on below its last prose line over text-like lines (lists, tables, short closing sentences)
until link-like lines or boilerplate begin. Inside it, lines too short to judge take the side
of their neighbours, as in jusText; above it, the nearest title-like lines are the headline
and standfirst.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from math import inf
from operator import eq

from .features import (
    BLANK,
    BOILER,
    COMMENTS,
    CONTENT,
    END,
    GOOD,
    LINK,
    NEAR,
    SECTION,
    SEP,
    SHORT,
    ends_sentence,
)

WEIGHT = {NEAR: 0.2, SHORT: -0.3, LINK: -1.3, SEP: -2.0, BOILER: -2.0}
SECTION_WEIGHT = -6.0  # a related-stories box: the article goes on below it only if long
COMMENTS_WEIGHT = -6.0
AFTER_ARTICLE_FACTOR = 0.6  # prose under a comments header, once prose was seen
CLASS_WEIGHT = {**WEIGHT, SECTION: SECTION_WEIGHT, COMMENTS: COMMENTS_WEIGHT}
WALL = object()  # END lines: no run crosses them
WALL_OR_WEIGHT = {**CLASS_WEIGHT, END: WALL}
KEPT_REASON = {
    GOOD: "sentence-like, in main block",
    NEAR: "text line in main block",
    SHORT: "short line in main block (neighbour smoothing)",
}
HEADLINE_LOOKBACK = 10  # non-blank lines scanned above the main block
HEADLINE_RUN = 4  # headline-like lines in a row: a list of links to other stories
STANDFIRST_WORDS = 8  # a title-like line this long above another may be the headline
NEAR_RUN = re.compile(b"%c(?:%c*%c){%d,}" % (NEAR, BLANK, NEAR, HEADLINE_RUN - 1))
LINK_RUN_ENDS_ARTICLE = 4  # link-like lines in a row below the prose: a menu or share bar
FIRST_GAP_LINKS = 2  # the same, right after the last prose line


def indices_of(values: list, value) -> list[int]:
    """Indices of the items equal to `value` (compared in C)."""
    if value not in values:  # the usual case for rarer classes and reasons, and cheaper
        return []
    return list(compress(range(len(values)), map(eq, values, repeat(value))))


def demote_headline_runs(classes: list[int], words: list[int], texts: list[str]) -> None:
    """Turn runs of headline-like lines (video playlists, teaser lists) into link-like lines.

    A run is HEADLINE_RUN or more text lines in a row that start with a capital, have five
    words or more, hold no parenthesis and end neither a sentence nor with a colon. A run right
    under a line ending in a colon is a list the article introduces, and stays; so does a
    run's last line when a byline or dateline follows it, as one follows a headline.
    """
    heads = [i for i in near_runs(classes) if headline_like(texts[i])]
    if len(heads) < HEADLINE_RUN:  # too few for a run
        return
    run: list[int] = []
    for i in [*heads, -1]:
        if run and i >= 0 and next_line(classes, run[-1]) == i:
            run.append(i)
            continue
        if len(run) >= HEADLINE_RUN and not introduced_list(classes, texts, run[0]):
            below = next_line(classes, run[-1])
            if below >= 0 and classes[below] in (BOILER, END):
                run.pop()  # the last one has a byline or dateline under it: the headline
            for j in run:
                classes[j], words[j] = LINK, 0  # 0 words: never taken for a headline
        run = [i]


def near_runs(classes: list[int]) -> list[int]:
    """The text lines in runs of HEADLINE_RUN or more in a row (blank lines between): the only
    ones a run of headline-like lines can take. Found by a regex over the classes as bytes."""
    return [i for m in NEAR_RUN.finditer(bytes(classes)) for i in range(*m.span())
            if classes[i] == NEAR]


def introduced_list(classes: list[int], texts: list[str], i: int) -> bool:
    """The line above `i` ends with a colon, or is a text line right under one (a first list
    item that broke the run): the run is a list the article introduces."""
    above = line_above(classes, i)
    if above >= 0 and classes[above] == NEAR and not texts[above].endswith((":", "：")):
        above = line_above(classes, above)
    return above >= 0 and texts[above].endswith((":", "："))


def headline_like(text: str) -> bool:
    return (text[0].isupper() and text.count(" ") >= 4 and not ends_sentence(text)
            and not text.endswith((":", "：")) and "(" not in text)


def next_line(classes: list[int], i: int) -> int:
    """Index of the nearest non-blank line below `i`, or -1."""
    i += 1
    while i < len(classes) and classes[i] == BLANK:
        i += 1
    return i if i < len(classes) else -1


def densest_region(classes: list[int], words: list[int]) -> tuple[int, int]:
    """Indices [first, last] of the maximum-weight run of lines; (-1, -2) when nothing is prose.

    END lines are walls no run crosses; SECTION and COMMENTS headers weigh heavily. Prose under
    a comments header weighs less once the page has had some: comment threads are long and must
    not outweigh a short article.
    """
    # prose weighs 1 to 5 by length; other classes their WEIGHT; blank lines nothing
    weights = list(map(WALL_OR_WEIGHT.get, classes))  # None for blank and prose lines
    goods = indices_of(classes, GOOD)
    switch = after_article(classes, goods)
    for i in goods:
        n = words[i]
        weights[i] = (1.0 + (n if n < 60 else 60) / 15) * (
            AFTER_ARTICLE_FACTOR if i > switch else 1.0)
    best, best_span = 0.0, (-1, -2)
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if weight is None:
            continue
        if weight is WALL:
            total = 0.0
            continue
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def after_article(classes: list[int], goods: list[int]) -> int | float:
    """Index of the first comments or section header with two prose lines above it: prose
    below it weighs AFTER_ARTICLE_FACTOR. Infinity when there is none."""
    if len(goods) < 2:
        return inf
    return min(first_index(classes, COMMENTS, goods[1]), first_index(classes, SECTION, goods[1]))


def first_index(values: list, value, start: int) -> int | float:
    """Index of the first item equal to `value` at or after `start` (searched in C), or infinity."""
    try:
        return values.index(value, start)
    except ValueError:
        return inf


def settle_tail(classes: list[int], first: int, last: int) -> int:
    """The block's end: its last prose line, then on over text-like lines below it.

    A few link-like lines between text lines are subheadings or list labels; a longer run of
    them, or any boilerplate, ends the article. Right below the prose the run allowed is
    shorter: an author line and a section name there start the page's footer.
    """
    end = last
    while end > first and classes[end] != GOOD:
        end -= 1
    i, links, allowed = end + 1, 0, FIRST_GAP_LINKS
    while i < len(classes):
        cls = classes[i]
        if cls in CONTENT:
            end, links, allowed = i, 0, LINK_RUN_ENDS_ARTICLE
        elif cls == LINK:
            links += 1
            if links == allowed:
                break
        elif cls != BLANK:
            break
        i += 1
    return end


def smooth_region(classes: list[int], first: int, last: int) -> dict[int, tuple[bool, str]]:
    """Keep/drop and reason of the lines of the main block that get one, in line order (blank
    lines and boilerplate get none: they keep the reason of their class).

    Text lines stay. Link-like lines stay when they stand alone or in pairs between text lines
    (subheadings, list labels); a longer run of them, or one touching boilerplate, is a menu.
    """
    inner = [i for i in range(first, last + 1) if classes[i] != BLANK]
    out: dict[int, tuple[bool, str]] = {}
    run: list[int] = []
    for i in [*inner, -1]:
        if i >= 0 and classes[i] not in CONTENT:
            run.append(i)
            continue
        if run:
            menu = len(run) >= LINK_RUN_ENDS_ARTICLE or any(classes[j] != LINK for j in run)
            for j in run:
                if classes[j] == LINK:
                    out[j] = ((False, "link-like run or boilerplate in main block") if menu
                              else (True, "short line between article lines (neighbour smoothing)"))
            run = []
        if i >= 0:
            out[i] = (True, KEPT_REASON[classes[i]])
    return out  # in line order: a run's lines go in before the text line that ends it


def line_above(classes: list[int], i: int) -> int:
    """Index of the nearest non-blank line above `i`, or -1."""
    i -= 1
    while i >= 0 and classes[i] == BLANK:
        i -= 1
    return i


def is_title_like(cls: int, words: int) -> bool:
    return (cls == NEAR and 3 <= words <= 40) or (cls == LINK and 6 <= words <= 40)


def in_title_list(classes: list[int], words: list[int], i: int) -> bool:
    """Two title-like lines right above `i` too: `i` ends a list of teasers, not a headline."""
    for _ in range(2):
        i = line_above(classes, i)
        if i < 0 or not is_title_like(classes[i], words[i]):
            return False
    return True


def find_headline(classes: list[int], words: list[int], first: int) -> list[int]:
    """Indices of the headline and standfirst just above the main block (nearest first).

    Datelines, bylines, share bars and photo captions between them and the block are skipped.
    When the first title-like line found reads like text (a standfirst), a
    headline-sized title-like line right above it is the headline.
    """
    i, seen = line_above(classes, first), 1
    while i >= 0 and seen <= HEADLINE_LOOKBACK:
        cls = classes[i]
        if is_title_like(cls, words[i]) or cls == GOOD:  # a prose line here is a standfirst
            above = line_above(classes, i)
            if above >= 0 and is_title_like(classes[above], words[above]) and (
                    cls == GOOD or (cls == NEAR and words[above] >= STANDFIRST_WORDS)) and (
                    not in_title_list(classes, words, above)):
                return [i, above]
            return [] if in_title_list(classes, words, i) else [i]
        i, seen = line_above(classes, i), seen + 1
    return []
