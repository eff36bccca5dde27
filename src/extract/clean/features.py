"""Per-line classes from cheap features: length, sentence punctuation, stop-word density,
separators, capitalisation, and the boilerplate patterns.

Classes follow jusText: GOOD lines are prose, NEAR lines could be (headlines, subheadings,
short sentences), SHORT lines are fragments of text too short to judge alone, LINK lines look
like link texts (title case, no running words: menu items, teaser headlines), SEP and BOILER
lines are boilerplate, END lines are boilerplate that also closes the article (copyright,
editor credits), SECTION lines head a box of related stories and COMMENTS lines a comment
thread.
Only the context (clean/region.py) decides NEAR, SHORT and LINK lines.

Everything here is a few C-level string operations per line; regexes run only on lines whose
first word or content triggers a rule (clean/rules.py).
"""

from __future__ import annotations

from operator import itemgetter

from .rules import RuleSet, default_rules, match_inside, match_start

BLANK, GOOD, NEAR, SHORT, LINK, SEP, BOILER, END, SECTION, COMMENTS = range(10)
CONTENT = (GOOD, NEAR, SHORT)
ROLE_CLASS = {"drop": BOILER, "end": END, "section": SECTION, "comments": COMMENTS}
FIRST_CHAR = itemgetter(0)  # of a word: mapped over a line's words in C
SENTENCE_END = frozenset(".!?。！？…")
CLOSERS = frozenset("\"'”’)»」』]")
SAMPLE_CHARS = 120  # stop-word density and capitalisation are read from a line's start
PROSE_WORDS = 16  # a line this long that ends a sentence is checked for separators no more
SINGLE_WORD_CHARS = 12  # a word this short is never dense-script text (see below)
MAX_PATTERN_CHARS = 400  # boilerplate lines are short; long prose skips the regexes
DENSE_SCRIPT_CHARS_PER_WORD = 12  # more than this per space-separated token: CJK-like text
# Function words that only headline-style title case capitalises mid-line ("Bill At Troy").
TITLE_CASE_FUNCTION_WORDS = frozenset(
    "A An And As At Be By For From In Into Is Of On Or Over The To With After Are Has".split())


def ends_sentence(text: str) -> bool:
    """Ends in sentence punctuation; an ellipsis right after a letter is a cut-off teaser."""
    last = text[-1]
    if last == "." or last == "…":  # both end a sentence, unless a cut-off teaser
        return not ((last == "…" or text.endswith("...")) and text.rstrip(".…")[-1:].isalpha())
    if last in CLOSERS and len(text) > 1:
        last = text[-2]
    return last in SENTENCE_END


def headline_style(words: list[str]) -> bool:
    """Starts in headline title case: capitalised words, one a capitalised function word."""
    if len(words) < 2 or words[1][0].islower():  # most lines: no function word is lower case
        return False
    for word in words[1:8]:
        if word in TITLE_CASE_FUNCTION_WORDS:
            return True
        if not (word[0].isupper() or word[0].isdigit()):
            return False
    return False


def classify_line(text: str, rules: RuleSet | None = None) -> tuple[int, str, int]:
    """(class, reason, word count) of one stripped, non-empty line, with every rule tried."""
    rules = rules or default_rules()
    cls, reason, w = classify_cheap(text, rules)
    if cls in CONTENT:
        return refine_content(text, cls, reason, w, rules)
    return cls, reason, w


def classify_cheap(text: str, rules: RuleSet) -> tuple[int, str, int]:
    """The class from the start rules and the line's shape: what every line needs."""
    if len(text) <= MAX_PATTERN_CHARS:
        rule = match_start(text, rules)
        if rule is not None:
            return ROLE_CLASS[rule.role], rule.reason, 0
    return classify_shape(text, rules)


def refine_content(text: str, cls: int, reason: str, w: int,
                   rules: RuleSet) -> tuple[int, str, int]:
    """A content line checked against the "anywhere" and "end" rules (captions, notices).

    Costlier than the rest, so strip_lines runs it only on lines it is about to keep.
    """
    rule = match_inside(text, rules)
    if rule is not None:
        return ROLE_CLASS[rule.role], rule.reason, w
    return cls, reason, w


def word_shape(text: str) -> tuple[int, str, int]:
    """The class of a one-word line of at most SINGLE_WORD_CHARS (the commonest menu line) that
    no start rule matches."""
    if ":" in text and not ends_sentence(text) and not text.endswith(":"):
        return BOILER, "label: value metadata", 1
    return LINK, "", 1


def classify_shape(text: str, rules: RuleSet) -> tuple[int, str, int]:
    """The class from length, punctuation and word features alone.

    Features are computed only on the paths that read them, in the order that decides the
    commonest lines (short link-like lines, long prose) with the fewest operations.
    """
    n = len(text)
    if n <= SAMPLE_CHARS:
        words = text.split()
        w = len(words)
    else:  # long lines: the features of their first SAMPLE_CHARS stand for the whole line
        words = text[:SAMPLE_CHARS].split()
        w = text.count(" ") + 1
    ascii_text = text.isascii()
    dense = not ascii_text and w * DENSE_SCRIPT_CHARS_PER_WORD < n
    if dense:  # no spaces between words: about two characters a word
        w = n // 2
    sentence = not text[-1].isalnum() and ends_sentence(text)  # most lines end in a word
    # one or two words are link-like anyway; a long sentence is no menu
    if 3 <= w <= 40 and not (sentence and w >= PROSE_WORDS):
        seps = 0  # counting a separator costs more than finding its first character absent
        if "|" in text:
            seps += text.count("|")
        if ">" in text:
            seps += text.count(" > ")
        if "/" in text:
            seps += text.count(" / ")
        if "-" in text:
            seps += text.count(" - ")
        if not ascii_text:
            seps += text.count("•") + text.count("»") + text.count("›") + text.count("·")
        if seps >= 2 and w <= 4 * (seps + 1):
            return SEP, "separator-heavy menu", w
    if dense:
        if n >= 80 or (n >= 30 and sentence):
            return GOOD, "sentence-like", w
        return (NEAR if n >= 10 else SHORT), "", w
    if not sentence:
        if w < 5:  # label: value pairs, enumerations, link texts ("!" would end a sentence)
            if ":" in text:
                if (":" in text[:30] and not text.endswith(":")
                        and text[1] != ":"):  # "Q:" and "A:" are turns of an interview
                    return BOILER, "label: value metadata", w
                if ": " in text and w >= 2:
                    return SHORT, "", w
            if w < 2:
                return LINK, "", w
            if ", " in text and text.count(", ") >= 2:
                return SHORT, "", w
            return (LINK if capitalised(words) * 2 > w else SHORT), "", w
    elif w < 2:
        return LINK, "", w
    elif w >= 3 and text[-1] == "!" and text.isupper():  # "DOWNLOAD IT NOW!"
        return BOILER, "shouted promo", w
    # stop words in any case ("The", "THE"), counted over the one split of the line; the
    # distinct ones (a set intersection, cheaper a word) are a lower bound that mostly decides
    stopwords = rules.stopwords_anycase
    distinct = len(stopwords.intersection(words))
    stops = -1  # not counted yet
    if w >= 10:
        if sentence or w >= 20:
            if distinct * 8 < len(words):
                stops = sum(map(stopwords.__contains__, words))
            if distinct * 8 >= len(words) or stops * 8 >= len(words):
                if headline_style(words):
                    return LINK, "headline-style teaser", w
                return GOOD, "sentence-like", w
    elif w < 3:
        return LINK, "", w
    if ", " in text:
        commas = text.count(", ")
        if commas >= 2:
            return NEAR, "", w
    if headline_style(words):
        return LINK, "title-case link-like", w
    # link texts rarely hold data
    if distinct <= 1 and ": " not in text and capitalised(words) >= w - 1:
        if stops < 0:
            stops = sum(map(stopwords.__contains__, words))
        if stops <= 1:
            return LINK, "title-case link-like", w
    return NEAR, "", w


def capitalised(words: list[str]) -> int:
    """How many of the words do not start with a lower-case letter."""
    return len(words) - sum(map(str.islower, map(FIRST_CHAR, words)))
