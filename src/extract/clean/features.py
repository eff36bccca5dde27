"""Per-line classes from cheap features: length, sentence punctuation, stop-word density,
separators, capitalisation and the boilerplate patterns.

Classes follow jusText: GOOD lines are prose, NEAR lines could be (headlines, subheadings,
short sentences), SHORT lines are too short to judge alone, SEP/BOILER lines are boilerplate,
END lines are boilerplate that also closes the article (copyright, editor, comments, related).
Only the context (clean/region.py) decides NEAR and SHORT lines.
"""

from __future__ import annotations

from .rules import RuleSet, default_rules

BLANK, GOOD, NEAR, SHORT, SEP, BOILER, END = range(7)

SENTENCE_END = frozenset(".!?。！？…")
CLOSERS = frozenset("\"'”’)»」』]")
MAX_PATTERN_CHARS = 400  # boilerplate lines are short; long prose skips the regexes
DENSE_SCRIPT_CHARS_PER_WORD = 12  # more than this per space-separated token: CJK-like text


def ends_sentence(text: str) -> bool:
    last = text[-1]
    if last in CLOSERS and len(text) > 1:
        last = text[-2]
    return last in SENTENCE_END


def separator_count(text: str) -> int:
    return (text.count("|") + text.count("•") + text.count("»") + text.count("›")
            + text.count(" · ") + text.count(" > ") + text.count(" / ") + text.count("►"))


def classify_line(text: str, rules: RuleSet | None = None) -> tuple[int, str, int]:
    """(class, reason, word count) of one stripped, non-empty line."""
    rules = rules or default_rules()
    n = len(text)
    if n <= MAX_PATTERN_CHARS:
        m = rules.start.match(text) or rules.anywhere.search(text)
        if m:
            rule = rules.rules[m.lastgroup]
            return (END if rule.role == "end" else BOILER), rule.reason, 0
    words = text.split()
    w = len(words)
    dense = w * DENSE_SCRIPT_CHARS_PER_WORD < n and not text.isascii()
    if dense:  # no spaces between words: about two characters a word
        w = n // 2
    seps = separator_count(text)
    if seps >= 2 and w <= 4 * (seps + 1):
        return SEP, "separator-heavy menu", w
    sentence = ends_sentence(text)
    if w <= 4 and not sentence and ":" in text[:30] and not dense:
        return BOILER, "label: value metadata", w
    if dense:
        if n >= 80 or (n >= 30 and sentence):
            return GOOD, "sentence-like", w
        return (NEAR if n >= 10 else SHORT), "", w
    if w < 3:
        return SHORT, "", w
    lowered = text.lower().split()
    stops = sum(map(rules.stopwords.__contains__, lowered))
    if w >= 10 and stops * 8 >= w and (sentence or w >= 20):
        return GOOD, "sentence-like", w
    capitalised = sum(1 for word in words if word[0].isupper())
    if w >= 5 or sentence:
        if capitalised >= w - 1 and stops <= 1:
            return SHORT, "title-case link-like", w
        return NEAR, "", w
    return SHORT, "", w
