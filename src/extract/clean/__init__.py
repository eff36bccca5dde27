"""Boilerplate stripping: which raw lines of a page dump belong to the article, and why.

`strip_lines(text)` gives every raw line (split on "\\n" only, 1-based numbers, offsets into
`text`) a keep/drop decision and a short reason (docs/STRIP.md). HTML goes through
`html_to_text` (clean/html.py), whose text is kept whole: `strip_lines(text, extracted=True)`
(docs/HTML.md).
"""

from __future__ import annotations

from itertools import accumulate, compress
from operator import add

from ..model import Line
from .features import (
    BLANK,
    BOILER,
    GOOD,
    LINK,
    MAX_PATTERN_CHARS,
    NEAR,
    ROLE_CLASS,
    SEP,
    SHORT,
    SINGLE_WORD_CHARS,
    classify_shape,
    word_shape,
)
from .furniture import captions_above_credits, mark_inline_boxes, teasers_above_more_links
from .region import (
    demote_headline_runs,
    densest_region,
    find_headline,
    indices_of,
    line_above,
    next_line,
    settle_tail,
    smooth_region,
)
from .rules import (
    KEY_CHARS,
    LIST_LED,
    RuleSet,
    default_rules,
    head_regex,
    match_inside,
    match_inside_all,
)

__all__ = ["LineStripper", "html_to_text", "split_lines", "strip_lines"]

CREDIT_REASON = "photo credit or caption"  # the reason of the photo credit rules
CAPTION_REASON = "caption above a photo credit"
HEADLINE_REASON = "headline or standfirst above main block"
PAGE_TITLE_REASON = "page title: the headline with a site or section name"
TITLE_SEPARATORS = frozenset([" | ", " - ", " – ", " — ", " · ", " » ", " : "])
CTA_REASON = "call to action"  # the reason of the rule that catches "Read more" links
TEASER_REASON = "teaser above a 'Read more' link"
BOX_REASON = "related-stories box inside the article"
EXTRACTED_REASON = "main text extracted from HTML"
SHARED_LINE_CHARS = 60  # lines up to this long are remembered across pages
MAX_SHARED_LINES = 200_000  # and at most this many of them (a few tens of MB)
MAX_PASSES = 3  # rounds of "find the block, check its lines against the in-line rules"
OUTSIDE_REASON = {
    GOOD: "sentence-like, outside main block",
    NEAR: "title-like line outside main block",
    SHORT: "short line outside block",
    LINK: "short link-like line outside block",
}


def split_lines(text: str) -> list[Line]:
    """The raw lines of `text` with their offsets (newline excluded, 1-based numbers)."""
    raws = text.split("\n")
    starts = line_starts(raws)
    return list(map(Line, range(1, len(raws) + 1), starts, map(add, starts, map(len, raws)), raws))


def line_starts(raws: list[str]) -> list[int]:
    """Offsets of the lines: the lengths before each line plus one newline a line (all in C;
    operator.add is called faster than a bound (1).__add__)."""
    return list(map(add, accumulate(map(len, raws[:-1]), initial=0), range(len(raws))))


NO_TEXT = (BLANK, "blank", 0)
SYMBOLS_ONLY = (BLANK, "no text", 0)
ONE_WORD_LINK = (LINK, "", 1)  # word_shape of a word without a colon


def classify_cheap_all(stripped: list[str], rules: RuleSet) -> list[tuple[int, str, int]]:
    """Cheap classes of every stripped line.

    Each distinct line is classified once (blank lines and repeated menu lines are many).
    Short lines are remembered across pages (menus, footers and share bars repeat across the
    pages of a site, and words like "Home" across sites) in the rule set's bounded cache;
    longer lines only within the page.
    """
    shared = rules.line_classes
    if len(shared) > MAX_SHARED_LINES:
        shared.clear()
    remembered, start_regex_of_head = shared.get, rules.start_heads.get
    classes = dict.fromkeys(stripped)  # the distinct lines, found in C
    for text in classes:
        found = remembered(text)
        if found is None:
            n = len(text)
            if not n:
                found = NO_TEXT
            elif n < 4 and not any(c.isalnum() for c in text):
                found = SYMBOLS_ONLY  # invisible or symbol-only: layout
            else:  # classify_cheap with match_start written out: calls cost more than the tests
                m = None
                if n <= MAX_PATTERN_CHARS:
                    regex = start_regex_of_head(text[:KEY_CHARS], False)
                    if regex is False or regex is LIST_LED:
                        regex = head_regex(text, rules)
                    if regex is not None:
                        m = regex.match(text)
                if m is not None:
                    rule = rules.rules[m.lastgroup]
                    found = (ROLE_CLASS[rule.role], rule.reason, 0)
                elif n <= SINGLE_WORD_CHARS and " " not in text:
                    found = word_shape(text) if ":" in text else ONE_WORD_LINK
                else:
                    found = classify_shape(text, rules)
            if 0 < n <= SHARED_LINE_CHARS:
                shared[text] = found
        classes[text] = found
    return list(map(classes.__getitem__, stripped))


def separated_credits(classes: list[int], texts: list[str], reasons: list[str],
                      rules: RuleSet) -> list[int]:
    """Photo credits that read as separator-heavy menus ("Jane Doe | Agency | Getty Images"),
    between a text line and prose: only the end-of-line credit rules tell them apart."""
    found = []
    for i in indices_of(classes, SEP):
        above, below = line_above(classes, i), next_line(classes, i)
        if above >= 0 and below >= 0 and classes[above] in (GOOD, NEAR) and classes[below] == GOOD:
            rule = match_inside(texts[i], rules)
            if rule is not None and rule.reason == CREDIT_REASON:
                classes[i], reasons[i] = BOILER, CREDIT_REASON
                found.append(i)
    return found


def page_titles(decided: dict[int, tuple[bool, str]], texts: list[str]) -> list[int]:
    """Kept lines below the headline (or the first kept line) that repeat it with a site or
    section name after a separator ("Headline | Section"): the page's title, not article text.
    A bare repeat stays (a standfirst may come back as the first paragraph)."""
    kept = sorted(i for i, (keep, _) in decided.items() if keep)
    heads = {texts[i] for i in kept[:1]} | {
        texts[i] for i in kept if decided[i][1] == HEADLINE_REASON}
    starts = tuple(heads)
    return [i for i in kept[1:] if texts[i].startswith(starts) and any(
        texts[i].startswith(h) and texts[i][len(h):len(h) + 3] in TITLE_SEPARATORS for h in heads)]


def decide(classes: list[int], words: list[int]) -> dict[int, tuple[bool, str]]:
    """Keep flags and reasons, by context, of the lines in and above the main block."""
    first, last = densest_region(classes, words)
    if first < 0:
        return {}
    last = settle_tail(classes, first, last)
    decided = smooth_region(classes, first, last)
    for i in find_headline(classes, words, first):
        decided[i] = (True, HEADLINE_REASON)
    return decided


def strip_lines(text: str, rules: RuleSet | None = None, *, extracted: bool = False) -> list[Line]:
    """Every raw line of `text` with `keep` and a short `reason`.

    Lines are classified cheaply, the main block is found, and only the lines about to be kept
    are checked against the costlier in-line rules (captions, notices); when one of them turns
    out to be boilerplate the block is found again.

    `extracted=True` is for text that trafilatura already extracted from HTML: every non-blank
    line is kept, since stripping it again loses more article than boilerplate (docs/HTML.md).
    """
    raws = text.split("\n")
    if extracted:
        return keep_all(raws)
    rules = rules or default_rules()
    stripped = list(map(str.strip, raws))  # strip() also drops a trailing "\r"
    found = classify_cheap_all(stripped, rules)  # at least one line: "".split("\n") == [""]
    classes, base_reasons, words = map(list, zip(*found, strict=True))
    demote_headline_runs(classes, words, stripped)
    for i in mark_inline_boxes(classes):
        base_reasons[i] = BOX_REASON
    credits = indices_of(base_reasons, CREDIT_REASON)
    credits += separated_credits(classes, stripped, base_reasons, rules)
    ctas = indices_of(base_reasons, CTA_REASON)
    for i in teasers_above_more_links(classes, stripped, ctas):
        base_reasons[i] = TEASER_REASON
    checked: set[int] = set()
    for _ in range(MAX_PASSES):
        for i in captions_above_credits(classes, words, stripped, credits):
            base_reasons[i] = CAPTION_REASON
        decided = decide(classes, words)
        changed, credits = False, []
        todo = [i for i, (keep, _) in decided.items() if keep and i not in checked]
        checked.update(todo)
        hits = match_inside_all([stripped[i] for i in todo], rules)
        for i, rule in zip(compress(todo, hits), filter(None, hits), strict=True):
            cls = ROLE_CLASS[rule.role]  # what refine_content would make of the line
            if cls != classes[i]:
                classes[i], base_reasons[i], changed = cls, rule.reason, True
                if rule.reason == CREDIT_REASON:
                    credits.append(i)
        if not changed:
            break
    else:
        decided = decide(classes, words)
    keeps = [False] * len(raws)
    reasons = list(map(OUTSIDE_REASON.get, classes, base_reasons))  # the class's, else the rule's
    for i, (keep, reason) in decided.items():
        keeps[i], reasons[i] = keep, reason
    for i in page_titles(decided, stripped):
        keeps[i], reasons[i] = False, PAGE_TITLE_REASON
    starts = line_starts(raws)
    ends = map(add, starts, map(len, raws))
    return list(map(Line, range(1, len(raws) + 1), starts, ends, raws, keeps, reasons))


def keep_all(raws: list[str]) -> list[Line]:
    keeps = [bool(raw.strip()) for raw in raws]
    reasons = [EXTRACTED_REASON if keep else "blank" for keep in keeps]
    starts = line_starts(raws)
    ends = map(add, starts, map(len, raws))
    return list(map(Line, range(1, len(raws) + 1), starts, ends, raws, keeps, reasons))


class LineStripper:
    """Thin wrapper for pipelines that want an object: `LineStripper()(text)`."""

    def __init__(self, rules: RuleSet | None = None):
        self.rules = rules or default_rules()

    def __call__(self, text: str, *, extracted: bool = False) -> list[Line]:
        return strip_lines(text, self.rules, extracted=extracted)


def html_to_text(html: str, url: str | None = None) -> str:
    """The main text of an HTML page, one block per line (see clean/html.py)."""
    from .html import html_to_text as convert  # trafilatura loads only when HTML is read

    return convert(html, url=url)
