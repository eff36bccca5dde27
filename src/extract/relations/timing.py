"""Which period a figure is for and what a change compares with: the nearest time
expression of the figure's clause, the paragraph's running period, or none for standing facts."""

from __future__ import annotations

from functools import lru_cache

import regex

from .engine import Claim
from .lexicon import word_sets
from .periods import PeriodMention, shift_period

_COMPARING = regex.compile(r"(?:compared\s+(?:with|to)|against|versus|from|than)\s+"
                           r"(?:[\w-]+\s+){0,5}$")
_MARK_BEFORE = regex.compile(r"⟦(\d+)⟧\s*$")
_LOWER_WORDS = regex.compile(r"[a-z]+")
_APPOSED = regex.compile(r"(?:^|,)\s*(?:the\s+(?:[\w'’-]+\s+){0,2}?|(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+['’]s\s+)$")
_PRESENT_SHARE = regex.compile(r"\b(?:accounts|account|makes\s+up|make\s+up|represents|"
                               r"represent|comprises|constitutes|consumes|consume)\s+"
                               r"(?:\w+\s+){0,2}$", regex.IGNORECASE)
_NEW_CLAUSE = regex.compile(r"(?:[;]|,\s+(?:and|but|while|whereas)|\b(?:while|whereas))\s+"
                            r"[^,;⟦]*$")
_SEPARATOR = regex.compile(r"[,;]|\bcompared\s+(?:with|to)\b|\b(?:while|whereas|but)\b")


_OPENS_WITH_SPAN = regex.compile(r"\s*(?:(?i:since|over|in|during|for|within)\b[^,;⟦]{0,40})?$")


def paren_group(masked: str, position: int) -> int | None:
    """Start of the innermost bracket holding `position`, or None."""
    opened = masked.rfind("(", 0, position)
    if opened < 0 or masked.rfind(")", opened, position) >= 0:
        return None
    return opened


def segment(masked: str, position: int) -> int:
    return sum(1 for m in _SEPARATOR.finditer(masked, 0, position))


@lru_cache(maxsize=128)  # asked again for every other figure of the sentence
def _opens_clause(masked: str, position: int) -> bool:
    """Whether the figure at `position` compares with another or opens a clause of its own."""
    return bool(_COMPARING.search(masked, max(0, position - 40), position)
                or _NEW_CLAUSE.search(masked, max(0, position - 80), position))


def choose_period(masked: str, qi: int, qpos: list[int], ppos: list[int],
                  periods: list[PeriodMention], daily: bool = False) -> str | None:
    """The nearest reference period of the sentence, skipping periods in another clause that
    has its own figure ("31,000 hectares, compared with 26,500 hectares last year")."""
    seg = segment(masked, qpos[qi])
    # a clause comparing with another figure, or a new clause with its own figure ("..., and
    # the harvest was 92% complete by April 9"), keeps its period to itself
    owned = {segment(masked, p) for j, p in enumerate(qpos) if j != qi and _opens_clause(masked, p)}
    best, best_cost = None, None
    inside = paren_group(masked, qpos[qi])
    for j, p in enumerate(periods):
        if paren_group(masked, ppos[j]) not in (None, inside):
            continue  # "(2018: RMB9.13 billion)": a bracketed date is its bracket's own
        if p.kind == "span" and (segment(masked, ppos[j]) == seg or _OPENS_WITH_SPAN.match(
                masked[:ppos[j]])):
            # "over the next decade", "Since its launch in 2011, the service has made ...":
            # the figure has no period
            return "none"
        if p.kind != "period":
            continue
        pseg = segment(masked, ppos[j])
        if pseg != seg and pseg in owned:
            continue
        right_after = _MARK_BEFORE.search(masked, max(0, ppos[j] - 12), ppos[j])
        if right_after and int(right_after.group(1)) != qi and _COMPARING.search(
                masked, max(0, right_after.start() - 40), right_after.start()):
            continue  # "narrowed to 14.2% from 15.9% in 2017": 2017 is the compared figure's
        cost = abs(ppos[j] - qpos[qi]) + (0 if pseg == seg else 1000) + (
            2000 if p.weak and not daily else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = p.value, cost
    return best


def choose_base(qi: int, qpos: list[int], ppos: list[int], periods: list[PeriodMention],
                period: str | None) -> str | None:
    """The base of a change: the nearest base expression after it, else before it."""
    bases = [(ppos[j], p) for j, p in enumerate(periods) if p.kind == "base"]
    after = [b for b in bases if b[0] > qpos[qi]]
    chosen = min(after, key=lambda b: b[0])[1] if after else (
        max(bases, key=lambda b: b[0])[1] if bases else None)
    if chosen is None:
        return None
    return chosen.value if chosen.value else shift_period(period, chosen.shift)


def mark_period(masked: str, position: int, ppos: list[int], periods: list[PeriodMention],
                 current: str | None) -> str | None:
    """The period of the time mark written just before a figure ("last year's")."""
    for j, p in enumerate(periods):
        end = ppos[j] + len(f"⟪{j}⟫")
        if end <= position and position - end <= 4:
            return p.value if p.kind == "period" or p.value else shift_period(current, p.shift)
    return current


def following_base(masked: str, position: int, ppos: list[int],
                    periods: list[PeriodMention], current: str | None) -> str | None:
    """'down from X a year earlier': X's period is the base written right after it."""
    for j, p in enumerate(periods):
        if p.kind == "base" and 0 <= ppos[j] - position <= 2:
            return p.value or shift_period(current, p.shift) or current
    return current


def own_segment_period(masked: str, qi: int, qpos: list[int], ppos: list[int],
                        periods: list[PeriodMention]) -> str | None:
    seg = segment(masked, qpos[qi])
    own = [p.value for j, p in enumerate(periods)
           if p.kind == "period" and segment(masked, ppos[j]) == seg]
    return own[0] if own else None


_CLAUSE_BREAK = regex.compile(r";|,\s+(?:and|but|while|whereas)\b|\b(?:while|whereas)\b")


def clause_of(masked: str, position: int) -> str:
    """The clause of the figure at `position`: between the clause breaks around it."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(masked, 0, position)), default=0)
    stop = _CLAUSE_BREAK.search(masked, position)
    return masked[start:stop.start() if stop else len(masked)]


@lru_cache(maxsize=64)  # a sentence, then the clause of each of its figures: often the same
def standing(sentence: str) -> bool:
    """A body sentence in the present tense with no date ("Some 3,400 weekly flights connect
    the airport to 380 cities"): a standing fact, which takes no period from its paragraph."""
    words = set(_LOWER_WORDS.findall(sentence.lower()))
    sets = word_sets()
    if words & sets["PAST_OR_FUTURE"] or any(w.endswith("ed") and len(w) > 4 for w in words):
        return False
    return bool(words & sets["PRESENT"])


def apposed(masked: str, position: int) -> bool:
    """'Chile, the top producer,': the figure sits in an apposition."""
    return bool(_APPOSED.search(masked, max(0, position - 60), position))


def timeless(c: Claim, masked: str, position: int, measure: str) -> bool:
    """Figures that describe a standing state get no period from the sentences around them:
    a ranking in an apposition ("Chile, the top producer, mined ...") and a share stated in
    the present tense ("Oil accounts for 90 percent of export earnings")."""
    if measure == "rank" and apposed(masked, position):
        return True
    return measure == "share" and bool(_PRESENT_SHARE.search(masked, max(0, position - 40),
                                                               position))
