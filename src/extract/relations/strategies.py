"""Indicator strategies: how a rule's `indicator` field turns its match into a phrase."""

from __future__ import annotations

from functools import lru_cache

import regex

from .engine import Claim
from .facts import content_words
from .lexicon import word_sets
from .phrases import (
    NP_PREPS,
    clause_subject,
    clean_indicator,
    head_part,
    phrase_after,
    subject_before,
)

_COORDINATION = regex.compile(r"\s*,\s*|\s+and\s+")
_GENERIC_WHOLE = frozenset({"total", "whole", "overall", "all", "national", "country", "nation",
                            "sum", "s"})
_PRONOUN_BEFORE = regex.compile(r"\b(?:it|they|this)\s+(?:has\s+|had\s+|have\s+)?$",
                                regex.IGNORECASE)
_INFINITIVE = regex.compile(r"\b(?:to|will|would|could|can|may|might|should|shall)\s+$")
_PP_AFTER = regex.compile(r"(?:\s+(?:(?:in|on|by|during|from)\s+)?⟪\d+⟫)*\s+"
                          r"(in|into|to|for|on|through|from)\s+(?:⟪\d+⟫\s*)?")
_VERB_AFTER = regex.compile(r"\s+(?:of\s+\w+\s+)?([a-z]+)\b")
_WORD_AFTER = regex.compile(r"\s+([a-z][a-z-]+)\b")
_NOT_NOUN_AFTER = frozenset({"percent", "points", "point", "basis", "or", "and", "than", "last",
                             "this", "next", "each", "apiece", "year", "years", "so", "only",
                             "respectively", "while", "compared"})
_BARE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "be", "been", "get",
                         "gets", "got", "see", "sees", "saw", "make", "makes", "made"})
_NOUN_BEFORE = regex.compile(
    r"\b(?!(?:first|second|third|fourth|fifth|higher|lower|more|less|steady|record|high|low|"
    r"sharply|slightly|strongly|only|also|still|ranked|was|is|were|are|stood|remained|set|put|"
    r"seen|pegged|forecast|projected|fixed|held|kept|capped|priced|valued|closed|ended|traded|"
    r"sold|be|been|being|it|them|this|that)\b)[A-Za-z][a-z-]+(?<!ed|ly)\s*$")
_VERB_BEFORE = regex.compile(
    r"\b(?!(?:is|was|are|were|has|had|have|as|its|this|plus|less|minus|us|thus|including|"
    r"excluding|comprising|according|involving|totalling|totaling)\b)"
    r"([a-z]+(?:ed|ing)|(?:to|can|will|would|could)\s+[a-z]{3,})\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|another|an?|"
    r"the|additional|extra|a\s+further|at\s+least)\s+)*$")
_ESTIMATED_BEFORE = regex.compile(
    r"(?<![,;]\s)\b(?:expected|estimated|forecast|projected|seen|put|pegged|valued|priced|"
    r"set|targeted)\s+(?:to\s+be\s+)?(?:at\s+)?(?:about\s+|around\s+|some\s+)?$")
_RATIO_LEAD = regex.compile(
    r"(?:\b(?:is|was|are|were|be|been|projected|estimated|forecast|expected|set|seen|targeted|"
    r"equal|equivalent|amounting|amounted|at|to|of|around|about|some|nearly|roughly|"
    r"[a-z]+ed|[a-z]+s)\s+)+$")
@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    """Words that open no noun phrase after a figure ("€1bn budget" but "5% to", "5% rose")."""
    sets = word_sets()
    return _NOT_NOUN_AFTER.union(*(sets[k] for k in ("DET", "PREP_STOP", "AUX", "CLAUSE",
                                                     "STOP_VERBS", "UP", "DOWN")))


class Indicators:
    """The indicator strategies a rule names in its `indicator` field."""

    def __init__(self, masked: str, names: list[str], previous: list[str],
                 paragraph_last: str | None):
        self.masked, self.names = masked, names
        self.previous, self.paragraph_last = previous, paragraph_last
        self.list_start = 0
        self.commodities: frozenset[str] = frozenset()
        self.priced = True  # the figure is money or a change: a commodity's is its price

    def clean(self, text: str) -> str:
        if self.priced and text and text.strip().lower() in self.commodities:
            return "price"  # "Brent crude rose 1.8 percent": what rose is its price
        names = self.names if self.priced or not self.commodities else [
            n for n in self.names if n.lower() not in self.commodities]
        return clean_indicator(text, names)  # "cotton planted": the crop is what is measured

    def prev(self) -> str:
        return self.previous[-1] if self.previous else ""

    def opening(self) -> str:
        return self.clean(clause_subject(self.masked))

    def subject(self, m: regex.Match) -> str:
        anchor = m.start("v") if "v" in m.groupdict() and m.group("v") is not None \
            else m.start()
        raw = subject_before(self.masked, anchor)
        if not raw and _PRONOUN_BEFORE.search(self.masked, 0, anchor):
            # "..., although it ticked up to 5.2 percent": what the clause before measured
            return self.prev() or self.paragraph_last or ""
        return self.clean(raw)

    def pp_after(self, q_end: int) -> str:
        """'in logistics', 'to other provinces': a prepositional phrase after the figure
        (time marks skipped)."""
        m = _PP_AFTER.match(self.masked, q_end)
        if not m:
            return ""
        phrase = self.clean(phrase_after(self.masked, m.end(), with_verb=False,
                                         preps=frozenset({"of"}), max_words=5))
        return f"{m.group(1).lower()} {phrase}" if phrase else ""

    def named_verb(self, m: regex.Match) -> str:
        """'The Tokyo Stock Price Index fell 1.2 percent': with only a name before it, the
        verb says what moved (the entity's kind may name it better later)."""
        if "v" not in m.groupdict() or m.group("v") is None or not self.names:
            return ""
        before = self.masked[:m.start("v")].rstrip()
        return m.group("v").lower() if any(before.endswith(n) for n in self.names) else ""

    def noun_after(self, q_end: int) -> str:
        """The noun phrase right after the figure, when a noun opens it ("€1bn budget")."""
        word = _WORD_AFTER.match(self.masked, q_end)
        if not word or word.group(1) in _not_nouns():
            return ""
        return self.clean(phrase_after(self.masked, q_end, with_verb=False, preps=NP_PREPS))

    def np(self, m: regex.Match, verb: bool = False, preps=NP_PREPS) -> str:
        if "np" not in m.groupdict() or m.start("np") < 0:
            return ""
        return self.clean(phrase_after(self.masked, m.start("np"), with_verb=verb, preps=preps))

    def resolve(self, c: Claim, q_end: int) -> str:
        m, how = c.match, c.rule.indicator
        if how == "subject":  # "Acme passes €1bn budget": a name's subject, the noun after
            return self.subject(m) or self.noun_after(q_end) or self.prev() or self.opening() \
                or self.paragraph_last or self.named_verb(m)
        if how == "previous":
            return self.prev() or self.subject(m) or self.paragraph_last or ""
        if how == "noun_or_previous":  # "infrastructure at Sh400 billion", ", at 6.5 percent"
            before = _NOUN_BEFORE.search(self.masked, 0, m.start())
            noun = self.clean(subject_before(self.masked, m.start())) if before else ""
            estimated = _ESTIMATED_BEFORE.search(self.masked, 0, m.start())
            if not noun and estimated:  # "shipments to China expected at 60 million tonnes"
                noun = self.clean(subject_before(self.masked, estimated.start()))
            return noun or self.prev() or self.opening() or self.paragraph_last or ""
        if how in ("subject_or_previous",):
            return self.subject(m) or self.prev() or self.opening() or self.paragraph_last or ""
        if how == "np":  # no fallback here: a later rule gets its chance
            return self.np(m)
        if how == "np_narrow":
            return self.np(m, preps=frozenset({"of", "for"}))
        if how == "part_of":  # "half of the total", "70% of them located in ...", "of which"
            raw = phrase_after(self.masked, m.start("np"), with_verb=True, preps=NP_PREPS)
            first = raw.split()[0].lower() if raw.split() else ""
            whole = self.clean(raw)
            if first in ("them", "it", "which", "these", "those") and self.prev():
                return f"{self.prev()} {whole}".strip()
            if not whole or content_words(whole) <= _GENERIC_WHOLE:
                return self.prev()
            return whole
        if how == "np_verb":
            return self.np(m, verb=True)
        if how == "np_or_subject":
            return self.np(m) or self.subject(m)
        if how == "np_subject_previous":  # "was No. 2 in shipments", "ranked second"
            if self.masked[:m.start()].rstrip().endswith(","):  # "..., ranking third": the
                return self.np(m) or self.prev() or self.subject(m) or self.paragraph_last or ""
            return self.np(m) or self.subject(m) or self.prev() or self.paragraph_last or ""
        if how == "np_or_previous":
            return self.np(m) or self.prev() or self.subject(m) or self.paragraph_last or ""
        if how == "after":  # "employed 10,500 people": the noun, and the verb that counts it
            noun = self.clean(phrase_after(self.masked, q_end))
            verb = _VERB_BEFORE.search(self.masked, 0, m.start())
            if noun and verb and len(noun.split()) <= 3 and verb.group(1).lower() not in noun:
                return f"{noun} {verb.group(1).lower()}"
            return noun or self.subject(m)
        if how == "verb_after":  # "35 percent expect to cut prices": the verb and its object
            verb = _VERB_AFTER.match(self.masked, q_end)
            if not verb:
                return ""
            rest = phrase_after(self.masked, verb.end(), verb_only=True)
            return self.clean(f"{verb.group(1)} {rest}")
        if how == "np_after_verb":  # "one in five listings had a price cut"
            return self.clean(phrase_after(self.masked, q_end, with_verb=True))
        if how == "after_np":
            return self.clean(phrase_after(self.masked, q_end, with_verb=False, preps=NP_PREPS))
        if how == "after_comma":
            return self.clean(phrase_after(self.masked, q_end + 1))
        if how == "share":  # the part, "of" the whole when the text names one
            whole = self.np(m)
            if whole and content_words(whole) <= _GENERIC_WHOLE:
                whole = ""  # "of the total", "of China's total": the whole is the figure before
            if self.masked[:m.start()].rstrip().endswith(",") and self.prev():
                part = self.prev()
            else:
                part = self.subject(m) or self.prev()  # "sales grew 27% and accounted for"
            if part and whole:
                return self.clean(f"{part} of {whole}")
            return part or whole or self.prev()
        if how == "share_of_total":  # "X was 41 million euros, or 13 percent of revenue"
            whole = self.np(m)
            if not whole or content_words(whole) <= _GENERIC_WHOLE:
                return self.prev()
            return self.clean(f"{self.prev()} of {whole}") if self.prev() else whole
        if how == "that_of":  # "that of B", "that for B": the head before, then B
            prep = m.groupdict().get("prep") or "of"
            head = self.prev().split(f" {prep} ")[0] if prep != "of" else head_part(self.prev())
            return f"{head} {prep} {self.np(m)}".strip() if self.prev() else self.np(m)
        if how == "previous_plus":  # "40 schools opened, 12 of which offer boarding"
            tail = self.clean(phrase_after(self.masked, m.start("np"), verb_only=True))
            head = self.prev().split()
            if len(head) > 1 and head[-1].endswith(("ed", "ing")):
                head = head[:-1]
            return f"{' '.join(head)} {tail}".strip()
        if how == "among":
            tail = self.clean(phrase_after(self.masked, q_end, verb_only=True))
            return f"{self.np(m)} {tail}".strip()
        if how == "subject_verb":
            subject = self.subject(m)
            verb = m.group("v").lower()
            if _INFINITIVE.search(self.masked, 0, m.start("v")):
                # "plans to invest RMB2bn in logistics": the verb and where the amount goes
                place = self.pp_after(q_end)
                if place:
                    return f"{verb} {place}"
            if subject:
                return f"{subject} {verb}"
            obj = self.clean(phrase_after(self.masked, q_end, with_verb=False))
            if obj:
                return f"{verb} {obj}"
            place = self.pp_after(q_end) if not verb.endswith("ing") else ""
            if place:  # "Kenya earned 138 billion shillings from tea exports"
                return f"{verb} {place}"
            return verb if verb not in _BARE_VERBS else self.prev()
        if how == "gdp_ratio":  # "cut the deficit to 2.8 percent of GDP": the deficit
            before = _RATIO_LEAD.search(self.masked, 0, m.start())
            anchor = before.start() if before else m.start()
            return self.clean(subject_before(self.masked, anchor)) or self.prev()
        if how == "respectively":
            return self.respectively(c)
        raise ValueError(f"unknown indicator strategy {how!r} in rule {c.rule.id}")

    def respectively(self, c: Claim) -> str:
        """The k-th of a coordinated subject ("exports and imports"), else the k-th of the
        figures just before the list, else the whole subject (entities differ instead)."""
        if c.position == 0:
            self.list_start = len(self.previous)
        if c.rule.measure == "rank" and self.np(c.match):
            return self.np(c.match)  # "ranked second and third among export markets"
        subject = self.subject(c.match)
        parts = [self.clean(p) for p in _COORDINATION.split(subject) if p]
        if len(parts) == c.size and all(parts):
            return parts[c.position]  # "exports and imports rose 5 and 7 percent"
        if subject:
            return subject
        before = self.previous[:self.list_start]
        if len(before) >= c.size:
            return before[len(before) - c.size + c.position]
        return self.prev()
