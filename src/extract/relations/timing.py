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
_MARK_BEFORE = regex.compile(r"⟦(\d+)⟧\s*(?:(?:it|they|we)\s+(?:had|was|were|stood)\s+)?$")
_MULTIPLE_OF = regex.compile(r"(?:\b(?:double|twice|triple|treble|times|half)|⟧)\s+(?:that\s+of\s+)?"
                             r"(?:the|its|their)\s+$")  # "double the ⟦2⟧": a multiplier (masked)
_LOWER_WORDS = regex.compile(r"[a-z]+(?:-[a-z]+)*")  # "star-rated": one word, an adjective
_APPOSED = regex.compile(r"(?:^|,)\s*(?:the\s+(?:[\w'’-]+\s+){0,2}?|(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+['’]s\s+)$")
_SHARE_VERBS = r"accounts?|makes?\s+up|represents?|comprises?|constitutes?|consumes?"
_PRESENT_SHARE = regex.compile(rf"\b(?:{_SHARE_VERBS})\s+(?:\w+\s+){{0,2}}$", regex.IGNORECASE)
_PRESENT_SHARE_VERB = regex.compile(rf"\b(?:{_SHARE_VERBS})\b", regex.IGNORECASE)
_SHARE_COORDINATED = regex.compile(r"⟧[^⟦;]*\b(?:and|or)\s+(?:\w+\s+){0,2}$")
_NEW_CLAUSE = regex.compile(r"(?:[;]|,\s+(?:and|but|while|whereas)|\b(?:while|whereas|after|"
                            r"because|although|though))\s+"
                            r"[^,;⟦]*$")
_SEPARATOR = regex.compile(r"[,;]|\bcompared\s+(?:with|to)\b|\b(?:while|whereas|but)\b")


_PRESENT_PASSIVE = regex.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?([a-z]+)\b")
_FORECAST = frozenset({"expected", "forecast", "projected", "estimated", "scheduled", "predicted",
                       "anticipated", "planned", "targeted", "budgeted", "slated", "set",
                       "seen", "pegged", "due", "put", "tipped", "likely", "going"})
_SUBORDINATE = regex.compile(r"\b(?:after|before|as|when|while|whereas|because|although|though|"
                             r"which|who|where)\b|;")
_RELATIVE_ASIDE = regex.compile(r",\s+(?:(?:[\w-]+\s+){0,4}?(?:which|who|whose|where)\b[^,;⟦]*(?:,|$)"
                                r"|(?:[a-z]+ed|due|set)\s[^,;⟦]*,)")
_AND_NEXT = regex.compile(r"\band\b")
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


@lru_cache(maxsize=32)  # asked once for the sentence's own dates, then for every figure
def aside_spans(masked: str) -> tuple[tuple[int, int], ...]:
    """", which begins on July 1,", ", signed last month,": asides whose dates are their own."""
    return tuple(m.span() for m in _RELATIVE_ASIDE.finditer(masked)) if "," in masked else ()


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
    asides = aside_spans(masked)
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
        if any(a < ppos[j] < b and not a < qpos[qi] < b for a, b in asides):
            continue  # "for fiscal 2020, which begins on July 1, with the deficit cut to 5.6%"
        if ppos[j] > qpos[qi] and any(k > ppos[j] for k in qpos) and _SUBORDINATE.search(
                masked, qpos[qi], ppos[j]):
            continue  # "Acme up 7.4% after it said first-half profit rose to £312m": the
            # subordinate clause's date is its own figure's
        right_after = _MARK_BEFORE.search(masked, max(0, ppos[j] - 30), ppos[j])
        if right_after and int(right_after.group(1)) != qi and (_COMPARING.search(
                masked, max(0, right_after.start() - 40), right_after.start())
                or _MULTIPLE_OF.search(masked, max(0, right_after.start() - 30),
                                       right_after.start())):
            continue  # "narrowed to 14.2% from 15.9% in 2017", "double the 4.7 GW it had at
            # the end of 2018": the date is the compared figure's
        cost = abs(ppos[j] - qpos[qi]) + (0 if pseg == seg else 1000) + (
            600 if p.weak and not daily else 0)
        if ppos[j] < qpos[qi] and any(k < ppos[j] for k in qpos) and _AND_NEXT.search(
                masked, ppos[j], qpos[qi]):
            cost += 500  # "to 30 percent by 2022 and to add 3 GW in 2020": the earlier date
            # is the earlier conjunct's
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


_POSSESSED = regex.compile(r"⟪(\d+)⟫\s+(?:[\w-]+\s+){0,3}of\s+(?:(?:about|some|nearly|around)\s+)?$")


def possessed_period(masked: str, position: int, periods: list[PeriodMention]) -> str | None:
    """"last season's record crop of 119.3 million tonnes": the amount of a dated possessor."""
    m = _POSSESSED.search(masked, max(0, position - 60), position)
    return periods[int(m.group(1))].value if m and int(m.group(1)) < len(periods) else None


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
    low = sentence.lower()
    words = set(_LOWER_WORDS.findall(low))
    sets = word_sets()
    # "revenue is earned overseas", "sales are made abroad": a passive in the present tense
    passive = set(_PRESENT_PASSIVE.findall(low)) if "is " in low or "are " in low else set()
    if passive & _FORECAST or (words & sets["PAST_OR_FUTURE"]) - passive or any(
            w.endswith("ed") and len(w) > 4 and "-" not in w and w not in passive for w in words):
        return False
    return bool(words & sets["PRESENT"])


_MODAL = regex.compile(r"\b(?:can|could|would|might|may)\s+(?:\w+\s+){0,2}?(?!have\b)[a-z]+",
                       regex.IGNORECASE)


def hypothetical(clause: str) -> bool:
    """'The new measures would raise only about 35 billion', 'enough to power 3,000 homes':
    what could be is not a figure of the paragraph's period."""
    return bool(_MODAL.search(clause))


def apposed(masked: str, position: int) -> bool:
    """'Chile, the top producer,': the figure sits in an apposition."""
    return bool(_APPOSED.search(masked, max(0, position - 60), position))


def timeless(c: Claim, masked: str, position: int, measure: str) -> bool:
    """Figures that describe a standing state get no period from the sentences around them:
    a ranking in an apposition ("Chile, the top producer, mined ...") and a share stated in
    the present tense ("Oil accounts for 90 percent of export earnings")."""
    if measure == "rank" and apposed(masked, position):
        return True
    if measure != "share":
        return False
    if _PRESENT_SHARE.search(masked, max(0, position - 40), position):
        return True
    # "Oil accounts for 90 percent of exports and half of revenue": the verb is shared
    return bool(_PRESENT_SHARE_VERB.search(clause_of(masked[:position], position))) and \
        _SHARE_COORDINATED.search(masked, max(0, position - 80), position) is not None
