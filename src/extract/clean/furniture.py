"""Furniture set inside an article: related-stories boxes between paragraphs, photo captions
and their credits, teasers above "Read more" links. Each finder turns the lines it finds into
boilerplate before the main block is found (clean/region.py), so that they neither cut the
block nor stay in it.
"""

from __future__ import annotations

from .features import BOILER, COMMENTS, END, GOOD, LINK, NEAR, SECTION, ends_sentence
from .region import indices_of, line_above, next_line

BOX_LINES = 4  # teaser lines under a related-stories header inside the article, at most
BOX_PROSE = 2  # prose lines above and below such a box that show the article goes on
CAPTION_WORDS = 50  # a caption above a photo credit is at most this long
CREDIT_WORDS = 8  # a line of only a credit ("Photo: Jane Doe/Agency") is this short
CREDIT_SMALL_WORDS = frozenset("of by and via for the de".split())
MORE_LINKS = frozenset(["read more", "continue reading", "read full story", "more"])
QUOTES = "\"'“‘«„「"


def mark_inline_boxes(classes: list[int]) -> list[int]:
    """Related-stories boxes set inside the article: their lines become boilerplate.

    A box is a section header (plus at most BOX_LINES lines that are not prose) with prose
    right above it and BOX_PROSE prose lines in a row right below it: the article goes on past
    it, so its header must not cut the main block. Returns the indices of the box lines under
    each such header (the headers keep their reason).
    """
    boxed: list[int] = []
    for i in indices_of(classes, SECTION):
        if not prose_above(classes, i):
            continue
        box, j = [], next_line(classes, i)
        while 0 <= j and classes[j] not in (GOOD, END, SECTION, COMMENTS) and len(box) < BOX_LINES:
            box.append(j)
            j = next_line(classes, j)
        if j >= 0 and classes[j] == GOOD and classes[max(next_line(classes, j), j)] == GOOD:
            classes[i] = BOILER
            for k in box:
                classes[k] = BOILER
            boxed.extend(box)
    return boxed


def prose_above(classes: list[int], i: int) -> bool:
    """A prose line among the three non-blank lines above `i` (captions may stand between)."""
    for _ in range(3):
        i = line_above(classes, i)
        if i < 0 or classes[i] in (END, SECTION, COMMENTS):
            return False
        if classes[i] == GOOD:
            return True
    return False


def captions_above_credits(classes: list[int], words: list[int], texts: list[str],
                           credits: list[int]) -> list[int]:
    """Text lines right above a line that is only a photo credit, with article text below it:
    the caption of that photo. They become boilerplate; returns their indices.

    A credit at the article's end (no prose under it) leaves the line above alone: that is the
    last paragraph. A quotation above a credit is a paragraph too.
    """
    captions = []
    for c in credits:
        if not only_credit(texts[c]):
            continue
        above, below = line_above(classes, c), next_line(classes, c)
        if (above >= 0 and below >= 0 and classes[above] in (GOOD, NEAR) and classes[below] == GOOD
                and words[above] <= CAPTION_WORDS and texts[above][0] not in QUOTES):
            classes[above] = BOILER
            captions.append(above)
    return captions


def teasers_above_more_links(classes: list[int], texts: list[str], ctas: list[int]) -> list[int]:
    """Title-like lines right above a bare "Read more" link: teasers of other stories. They
    become boilerplate; returns their indices. A paragraph above one stays: some sites put
    such a link after each paragraph."""
    teasers = []
    for c in ctas:
        above = line_above(classes, c)
        if (above >= 0 and texts[c].lower().rstrip(" .…»›>") in MORE_LINKS
                and classes[above] in (NEAR, LINK) and not ends_sentence(texts[above])):
            classes[above] = BOILER
            teasers.append(above)
    return teasers


def only_credit(text: str) -> bool:
    """A short credit with names only: at most one lower-case word besides linking words."""
    words = text.split()
    return len(words) <= CREDIT_WORDS and sum(
        1 for w in words if w[0].islower() and w not in CREDIT_SMALL_WORDS) <= 1
