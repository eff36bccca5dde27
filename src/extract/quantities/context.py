"""What the words around a numeral say: its qualifier, its noun, and whether it is no quantity."""

from __future__ import annotations

from decimal import Decimal

import regex

from ..model import Quantity
from . import lexicon


def _qualifier_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    table = {}
    for rule in lexicon.context()["qualifiers"]:
        for word in rule["words"]:
            table[lexicon.fold(word)] = rule["qualifier"]
    words = lexicon.alternation(table, fold=True)
    pattern = rf"(?<![^\W\d_])(?P<w>{words})[\s\u00a0]+$"
    return lexicon.compile_pattern(pattern), table


_QUALIFIER, _QUALIFIERS = _qualifier_pattern()


def _multiplier_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    ctx = lexicon.context()
    cues = lexicon.alternation(ctx["times_cues"], fold=True)
    verbs = lexicon.alternation(ctx["change_verbs"], fold=True)
    return (
        lexicon.compile_pattern(r"[ \u00a0]*-?[ \u00a0]*(?i:fold)\b"),
        lexicon.compile_pattern(rf"[ \u00a0]+(?i:times)\b(?P<cue>(?=[ \u00a0]+{cues}\b))?"),
        lexicon.compile_pattern(
            rf"\b{verbs}[ \u00a0]+(?:(?i:by|nearly|about|almost|more[ \u00a0]+than|over)"
            r"[ \u00a0]+)?$"),
    )


_FOLD, _TIMES, _CHANGE_VERB_BEFORE = _multiplier_patterns()
_MONTH_BEFORE = lexicon.compile_pattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?[ \u00a0]+$")


def _name_pattern() -> regex.Pattern:
    names = lexicon.alternation(lexicon.context()["name_words"], fold=False)
    return lexicon.compile_pattern(rf"(?<![^\W\d_]){names}[ \u00a0]?$")


_NAME_WORD_BEFORE = _name_pattern()


_RATIO = lexicon.compile_pattern(
    r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?P<d>\d{1,4}|"
    + lexicon.alternation(list(lexicon.numbers()["cardinals"]) + ["hundred", "a hundred",
                                                                 "a thousand"], fold=True)
    + r")\b(?![ \u00a0]*(?:%|[\d,.]|per|years?|months?|weeks?|days?|hours?|minutes?))")


_TIME_BEFORE = lexicon.compile_pattern(
    r"(?i:\b(?:for|over|in|within|during|after|before|since|past|last|next|first|coming|recent|"
    r"previous|following|the|each|every|per|those|these|almost|nearly|same|latest|final|"
    r"initial|remaining|opening|closing)"
    r"[ \u00a0]+(?:(?:more|less|fewer)[ \u00a0]+than[ \u00a0]+|about[ \u00a0]+|around[ \u00a0]+|"
    r"nearly[ \u00a0]+|almost[ \u00a0]+|some[ \u00a0]+|at[ \u00a0]+least[ \u00a0]+|"
    r"up[ \u00a0]+to[ \u00a0]+|over[ \u00a0]+)?)$")
_TIME_AFTER = lexicon.compile_pattern(
    r"(?i:[ \u00a0]+(?:ago|later|earlier|old|from[ \u00a0]+now|in[ \u00a0]+a[ \u00a0]+row|running|"
    r"straight|consecutive|before|after|since|into|of[ \u00a0]+age|"
    r"(?:a|per|each|every)[ \u00a0]+(?:day|week|month|year)\b"  # "7 days a week"
    r"(?![ \u00a0]+(?:ago|earlier|before|later)))\b)")
_ONE = lexicon.compile_pattern(r"(?i:1|one|a|an)[ \u00a0]")
_ONE_WORD = lexicon.compile_pattern(r"(?i:one|a|an)[ \u00a0]")


def is_time_expression(text: str, start: int, end: int) -> bool:
    """A duration used as time: "for three years", "the past 10 months", "two-year", "days ago".
    Durations that measure something stay: "an average of 19 days", "cut to 12 days"."""
    if end < len(text) and text[end] == "-" or "-" in text[start:end]:
        return True  # "a two-year plan", "10-year bonds": an adjective
    written = text[start:end]
    unit_word = written.split()[-1] if " " in written else ""
    if unit_word and not unit_word.lower().endswith("s") and not _ONE.match(written):
        return True  # "a five year plan", "80 Day Obsession": a singular unit is an adjective
    if _ONE_WORD.match(written):
        return True  # "may one day become": an idiom more often than a measure
    if _TIME_AFTER.match(text, end):
        return True
    return bool(_TIME_BEFORE.search(text, max(0, start - 36), start))


def ratio_after(text: str, end: int) -> tuple[Decimal, int] | None:
    """The denominator and end of "in five" / "out of 10" after a count ("one in five")."""
    m = _RATIO.match(text, end)
    if not m:
        return None
    d = m.group("d").lower().replace("a ", "")
    words = lexicon.numbers()
    value = Decimal(d) if d.isdigit() else Decimal(
        words["cardinals"].get(d) or words["multipliers"].get(d) or words["scales"].get(d) or 0)
    return (value, m.end()) if value > 1 else None


def multiplier_after(text: str, start: int, end: int) -> int | None:
    """End of "-fold" or of "times" after a number when they multiply a change, else None."""
    m = _FOLD.match(text, end)
    if m:
        return m.end()
    m = _TIMES.match(text, end)
    if m and (m.group("cue") is not None
              or _CHANGE_VERB_BEFORE.search(text, max(0, start - 40), start)):
        return m.end()
    return None
_NOUN = lexicon.compile_pattern(r"[\s\u00a0]+([^\W\d_][\w\-']*)")
_CAPITALISED_BEFORE = lexicon.compile_pattern(r"\b[A-Z][a-z]+\.?$")
_DIGIT_FRACTION = lexicon.compile_pattern(r"(\d+)/(\d+)")
_DENOMINATORS = frozenset(lexicon.context()["digit_fraction_denominators"])


def is_fraction_share(written: str) -> bool | None:
    """For "3/4" True (a share), for "24/7" or "9/11" False (no fraction); None: no slash."""
    m = _DIGIT_FRACTION.fullmatch(written)
    if not m:
        return None
    return int(m.group(1)) < int(m.group(2)) and int(m.group(2)) in _DENOMINATORS
_PRONOUN_LIKE = lexicon.compile_pattern(r"(?i:one|a|an|zero|nought|naught|nil)")
_HALF = lexicon.compile_pattern(r"(?i:(?:a[\s\u00a0]+)?(?:half|quarter))")
_TIMES_AFTER = lexicon.compile_pattern(r"[\s\u00a0]+(?i:times)\b")
_YEAR_TEXT = lexicon.compile_pattern(r"(?:1[89]|20)\d\d(?:\s*[-\u2013/]\s*(?:\d\d|\d{4}))?")
_QUARTERS = lexicon.compile_pattern(r"(?i:(?:two|three|2|3)[\s\u00a0-]+quarters)")
_SPAN_WORD = lexicon.compile_pattern(
    r"(?i:\b(?:first|last|past|next|previous|final|coming|recent)[\s\u00a0]+$)")
_PERIOD_WORD = lexicon.compile_pattern(
    r"(?i:\b(?:first|second|third|fourth|last|next|this|that|each|every|per|the|latter|former)"
    r"[\s\u00a0]+$)")
# A bare integer right after a capitalised word that is not a function word is part of a name:
# "Voyager 2", "English 101". Function words, months and weekdays do not make names.
_NAME_BEFORE = lexicon.compile_pattern(r"(?<![.!?:;\"\u201c]\s*|^)\b(\p{Lu}[\p{L}]*|\p{Ll}+\p{Lu}\p{L}*)[ \u00a0]$")
_NOT_NAME_WORDS = frozenset("""
a about above after against all almost also among an and another any april around as at august
before below between both but by december despite during each either every february for from
he her his however i if in including into it its january july june just last less march may
more most much nearly neither no nor not november october of on only or other our over per
since so some still such than that the their them then there these they this those through to
total under until up upon us via was we were what when where which while who with within
yet you monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
sept oct nov dec top
""".split())


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier written just before a quantity ("nearly 200 percent"), as RECORDS.md names it."""
    m = _QUALIFIER.search(text, max(0, start - 32), start)
    return _QUALIFIERS.get(lexicon.fold(m.group("w"))) if m else None


def noun_after(text: str, end: int) -> str | None:
    """The word after a count ("10,000 mu": "mu"), lower-cased."""
    m = _NOUN.match(text, end, min(len(text), end + 40))
    return m.group(1).lower() if m else None


def is_not_a_quantity(text: str, q: Quantity) -> bool:
    """Bare numerals that are years, names, pronouns or periods rather than quantities.

    The checks of the words before run only when a word ends right before the numeral
    (cheap character tests first: this runs for every count of every line)."""
    written, start = q.text, q.span[0]
    if q.kind == "percent" and _HALF.fullmatch(written):
        return bool(_PERIOD_WORD.search(text, max(0, start - 12), start))  # "the first half"
    if q.kind == "percent" and _QUARTERS.fullmatch(written):
        # "in the first three quarters of 2019": nine months, not 75 percent
        return bool(_SPAN_WORD.search(text, max(0, start - 12), start))
    if q.kind != "count":
        return False
    first = written[:1]
    if first in "12" and _YEAR_TEXT.fullmatch(written) and 1900 <= int(written[:4]) <= 2100:
        return True  # "2016", "2015-16", "2019/20"
    if q.value_max is not None and all(
            1900 <= v <= 2100 and v == v.to_integral_value() for v in (q.value, q.value_max)):
        return True  # "from 2004 to 2017", "between 2008 to 2016": a span of years
    if not first.isdigit():
        if _PRONOUN_LIKE.fullmatch(written):
            return True  # "one of the", "the one it chose", "zero tolerance"
        if _HALF.fullmatch(written):
            return bool(_PERIOD_WORD.search(text, max(0, start - 12), start))
    if start and text[start - 1] in "#№":
        return True
    end = q.span[1]
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha() and text[end + 1].islower():
        return True  # "five-star hotels", "a four-lane highway": a number inside an adjective
    if text.startswith(" times", q.span[1]) or _TIMES_AFTER.match(text, q.span[1]):
        return True  # "called 3 times": a multiplier without a change to multiply
    if (written.isdigit() and len(written) <= 3 and text[start - 2:start] == ", "
            and text.startswith(",", q.span[1]) and _CAPITALISED_BEFORE.search(
                text, max(0, start - 30), start - 2)):
        return True  # "Patrick Carlineo Jr., 55, of Addison": an age
    word_before = start >= 2 and text[start - 1] in " \u00a0" and (
        text[start - 2].isalpha() or text[start - 2] == ".")
    if not word_before:
        return False
    if first.isupper() and _NAME_BEFORE.search(text, max(0, start - 24), start):
        return True  # "the Fab Four", "Seven Sisters": a capitalised number word inside a name
    if written.isdigit() and len(written) <= 2 and _MONTH_BEFORE.search(
            text, max(0, start - 12), start):
        return True  # "March 5", "Jan. 12": a day of a date
    if written.isdigit() and len(written) <= 4:
        if _NAME_WORD_BEFORE.search(text, max(0, start - 24), start):
            return True  # "Line 3", "Group of 20", "iPhone 11"
        m = _NAME_BEFORE.search(text, max(0, start - 24), start)
        if m and m.group(1).lower() not in _NOT_NAME_WORDS:
            return True  # "Voyager 2": a capitalised word that is no function word
    return False
