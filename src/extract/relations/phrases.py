"""Indicator phrases: walking a masked sentence from a rule's anchor to a noun phrase.

Rules run on a *masked* sentence: each quantity is replaced by `⟦i⟧` and each time expression by
`⟪j⟫`, so patterns and walkers see "Exports ⟪0⟫ rose ⟦1⟧ ⟪2⟫" whatever the numbers and dates.
No part-of-speech tagger: word classes from `relations_words_v1.json` tell where a noun phrase
stops (prepositions, clause words, known verbs, punctuation, another quantity).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from .lexicon import word_sets

QMARK = regex.compile(r"⟦(\d+)⟧")
PMARK = regex.compile(r"⟪(\d+)⟫")
_TOKEN = regex.compile(r"⟦\d+⟧|⟪\d+⟫|[\w][\w'’&./-]*[\w]|[\w]|[^\w\s]")
_PUNCT_STOP = set(",;:()[]{}\"“”!?|-–—")
#: prepositions a noun phrase may contain once a rule has said where it starts
NP_PREPS = frozenset({"of", "for", "on", "to", "from", "with", "under", "above", "below",
                      "in", "at", "by", "into"})
#: prepositions that never sit inside a subject noun phrase ("stayed below the target")
_SUBJECT_STOP = frozenset({"below", "above", "under", "over", "beyond", "near", "after", "before",
                           "as", "at", "by", "than", "since", "during", "against", "despite",
                           "amid", "across", "within", "like", "unlike", "besides", "toward",
                           "towards", "per", "via", "until"})
_TAKES_INFINITIVE = frozenset({"aiming", "aims", "aim", "plans", "planning", "plan", "wants",
                               "want", "seeks", "seek", "expects", "expect", "expected", "hopes",
                               "hope", "intends", "intend", "going", "able", "likely", "set",
                               "due", "tries", "trying", "try", "agreed", "decided", "pledged",
                               "promised", "vowed", "sought", "allowed", "forced", "needs"})
_CONJUNCTIONS = frozenset({"that", "which", "who", "whom", "whose", "where", "while", "whereas",
                           "when", "because", "although", "though", "but", "yet", "if", "unless",
                           "since", "after", "before"})
#: in a verb phrase after the noun ("were listed on the ...", "converted into results")
_VP_PREPS = frozenset({"on", "into", "to", "for", "of", "under", "above", "below", "out", "up",
                       "off", "with"})


@lru_cache(maxsize=16)
def _tokenized(masked: str) -> tuple[tuple[regex.Match, ...], list[int], list[int]]:
    """A sentence's tokens with their starts and ends, kept for the next figure of the same
    sentence (each figure reads the words before and after it)."""
    toks = tuple(_TOKEN.finditer(masked))
    return toks, [t.start() for t in toks], [t.end() for t in toks]


def tokens_before(masked: str, position: int) -> list[regex.Match]:
    """The tokens that end at or before `position`."""
    toks, _, ends = _tokenized(masked)
    return list(toks[:bisect_right(ends, position)])


def tokens_from(masked: str, position: int) -> list[regex.Match]:
    """The tokens that start at or after `position`."""
    toks, starts, _ = _tokenized(masked)
    return list(toks[bisect_left(starts, position):])


def _low(tok: regex.Match) -> str:
    return tok.group().lower().replace("’", "'")


def _is_mark(tok: regex.Match) -> bool:
    return tok.group()[0] in "⟦⟪"


def _is_qmark(text: str) -> bool:
    return text[:1] == "⟦" and QMARK.fullmatch(text) is not None  # most tokens are words


def _is_pmark(text: str) -> bool:
    return text[:1] == "⟪" and PMARK.fullmatch(text) is not None


def subject_before(masked: str, position: int, max_words: int = 12) -> str:
    """The noun phrase ending before the verb group that ends at `position`.

    "Total retail sales of consumer goods came to ⟦0⟧": from "came" -> "total retail sales of
    consumer goods". Auxiliaries, adverbs and time expressions just before the verb are skipped.
    """
    sets = word_sets()
    toks = tokens_before(masked, position)
    i = len(toks) - 1
    while i >= 0 and (_is_pmark(toks[i].group()) or _low(toks[i]) in sets["AUX"]
                      or toks[i].group() == ":" and i == len(toks) - 1):
        i -= 1  # "Exports in 2018: 5 billion" -- a label's colon joins it to its figure
    if i >= 1 and _low(toks[i]) == "than" and _low(toks[i - 1]) in ("more", "less", "fewer"):
        i -= 2  # "freight rates more than doubled": the qualifier of the figure
    if i >= 2 and " ".join(_low(t) for t in toks[i - 2:i + 1]) == "as a whole":
        i -= 3  # "exports to Asia as a whole fell"
    words: list[str] = []
    i = _skip_apposition(toks, i)
    while i >= 0 and len(words) < max_words:
        tok = toks[i]
        low = _low(tok)
        if tok.group() == ")":  # "The consumer price index (CPI) rose": skip the aside
            depth = 0
            while i >= 0:
                depth += {")": 1, "(": -1}.get(toks[i].group(), 0)
                i -= 1
                if depth == 0:
                    break
            continue
        if _is_qmark(tok.group()) or tok.group() in _PUNCT_STOP:
            break
        if i >= 2 and _low(toks[i - 1]) == "to" and _low(toks[i - 2]) in _TAKES_INFINITIVE:
            break  # "aiming to cut the deficit": the verb of an infinitive ends the subject
        if low in sets["STOP_VERBS"] and (_reduced_relative(toks, i) or not words and i + 1 < len(
                toks) and _low(toks[i + 1]) in sets["AUX"]):
            pass  # "the price of a home sold in X", "costs were cut": part of the noun phrase
        elif low == "per" and words and words[-1].lower() == "capita":
            pass  # "per capita income"
        elif low in _NOUN_PREPS and words and _noun_before(toks, i):
            pass  # "prices at the pump", "profit before tax", "revenue per employee"
        elif low in sets["CLAUSE"] or low in sets["STOP_VERBS"] or low in _SUBJECT_STOP or \
                low in ("and", "or") and _verbish_after(toks, i):
            break
        if not _is_pmark(tok.group()):
            words.append(tok.group())
        i -= 1
    return " ".join(reversed(words))


#: prepositions that may sit inside a subject when a noun precedes them ("output above designated
#: size", "prices at the pump"), not after a verb ("stayed below the target")
_NOUN_PREPS = frozenset({"below", "above", "under", "over", "at", "per", "before", "across",
                         "within", "near"})


def _noun_before(toks: list[regex.Match], i: int) -> bool:
    """The token before the preposition at `i` looks like a noun: a word that is no verb,
    auxiliary, clause word, determiner or adverb (no tagger: word classes and endings)."""
    if i < 1:
        return False
    prev = toks[i - 1].group()
    low = prev.lower()
    sets = word_sets()
    return (prev.isalpha() and len(low) > 2 and not low.endswith(("ed", "ly", "ing"))
            and not any(low in sets[k] for k in ("STOP_VERBS", "AUX", "CLAUSE", "DET",
                                                 "PREP_STOP", "UP", "DOWN", "LEVEL_VERB")))


_APPOSITION_START = frozenset({"the", "a", "an", "its", "their", "which", "who", "whose",
                               "where", "once", "now", "still", "also", "mostly", "including"})


def _skip_apposition(toks: list[regex.Match], i: int) -> int:
    """'Exports to X, the country's largest partner, fell': from the comma before the verb,
    jump over an apposition or relative clause to the subject before it."""
    if i < 1 or toks[i].group() != ",":
        return i
    j = i - 1
    while j >= 0 and toks[j].group() not in (",", "(", ")", ";", ":"):
        j -= 1
    if j < 1 or toks[j].group() != "," or i - j > 25:
        return i
    first = toks[j + 1].group()
    if _low(toks[j + 1]) in _APPOSITION_START or first.endswith(("'s", "’s")):
        return j - 1
    return i


def _reduced_relative(toks: list[regex.Match], i: int) -> bool:
    """'of a home sold': determiner and noun after "of", then the participle."""
    return i >= 3 and _low(toks[i - 2]) in ("a", "an", "the") and _low(toks[i - 3]) == "of"


def _verbish_after(toks: list[regex.Match], i: int) -> bool:
    """'X rose and Y fell': an "and" joining clauses, not nouns ("domestic and overseas")."""
    return i + 1 < len(toks) and _low(toks[i + 1]) in word_sets()["STOP_VERBS"]


def phrase_after(masked: str, position: int, with_verb: bool = True,
                 preps: frozenset[str] = frozenset({"of"}), max_words: int = 12,
                 verb_only: bool = False) -> str:
    """The noun phrase starting at `position`, and with `with_verb` the verb phrase after it.

    "⟦0⟧ high-tech companies began doing business in X" -> "high-tech companies began doing
    business"; "⟦0⟧ patents were authorized" -> "patents were authorized".
    """
    sets = word_sets()
    toks = tokens_from(masked, position)
    words: list[str] = []
    i, in_verb, verb_words = 0, verb_only, 0
    while i < len(toks) and len(words) < max_words:
        tok = toks[i]
        low = _low(tok)
        if tok.group() in _PUNCT_STOP or _is_qmark(tok.group()):
            break
        if low in ("and", "or") and words and any(
                _is_qmark(t.group()) for t in toks[i + 1:i + 3]):
            break  # "hire 14 officers and add 6 firefighters": the next figure's clause
        if low in ("and", "or") and words and i + 2 < len(toks) and (
                _low(toks[i + 1]) in sets["STOP_VERBS"] or _low(toks[i + 1]).endswith("s")
                and _low(toks[i + 2]) in sets["DET"]):
            break  # "adds 45 firefighters and raises the tax rate": a second verb's clause
        if low == "for" and words and _SPAN_AFTER.match(masked, tok.end()):
            break  # "the busiest port for the 11th consecutive year": how long, not what
        if _is_pmark(tok.group()):
            if words:
                break
            i += 1
            continue
        if not in_verb:
            if low in sets["CLAUSE"] and (words or low in _CONJUNCTIONS):
                break  # "... growth in the second quarter but still": no noun phrase here
            adjectival = bool(words) and (words[-1].endswith("ly") or words[-1].lower() in
                                          sets["DET"] or words[-1].lower() in preps)
            if not adjectival and (low in sets["AUX"] or low in sets["STOP_VERBS"] or (
                    words and _participle(low))):
                if not with_verb or not words:
                    if words or low not in sets["DET"]:
                        break
                in_verb = True
                if low in sets["AUX"]:
                    i += 1
                    continue
            elif low in sets["PREP_STOP"] and (low not in preps or not words):
                break  # a noun phrase does not open with a preposition ("the most in X")
            elif not words and low in sets["DET"]:
                i += 1
                continue
            words.append(tok.group())
        else:
            if low in sets["AUX"] and verb_words == 0:
                i += 1
                continue
            if low in sets["CLAUSE"] or (low in sets["PREP_STOP"] and low not in _VP_PREPS):
                break
            if low == "up" and i + 1 < len(toks) and _is_qmark(toks[i + 1].group()):
                break
            if verb_words >= 6:
                break
            words.append(tok.group())
            verb_words += 1
        i += 1
    return " ".join(words)


def _participle(low: str) -> bool:
    return len(low) > 4 and (low.endswith("ed") or low.endswith("en")) and "-" not in low


def clause_subject(masked: str) -> str:
    """The noun phrase opening the sentence, after a dateline or an opening adverbial
    ("In 2018, ...", "⟪0⟫, ...", "Meanwhile, ..."): the subject a participle clause shares."""
    from .entities import dateline_end

    start = dateline_end(masked)
    m = _OPENER.match(masked, start)
    if m:
        start = m.end()
    return phrase_after(masked, start, with_verb=False, preps=frozenset({"of", "for", "to",
                                                                          "from", "on"}))


_OPENER = regex.compile(r"(?:\s*(?:⟪\d+⟫|[A-Z][\w ]{0,30}?\s*(?:\([^)]*\))?\s*[-–—:]|"
                        r"(?:In|On|At|By|For|During|Meanwhile|However|Overall|Separately|"
                        r"Also|Last\s+year|This\s+year)\b[^,]{0,40}),\s*)+")
_PAREN = regex.compile(r"\([^()]*\)?")
_POSSESSIVE = regex.compile(r"['’]s\b")


_SPAN_AFTER = regex.compile(r"\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|"
                            r"sixth|seventh|eighth|ninth|tenth|[a-z]+th)\s+(?:consecutive|straight|"
                            r"successive|year|month|quarter|time)", regex.IGNORECASE)
_PREP_NAME = re.compile(r"\b(?:of|in|for|at|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\0"
                        r"(?:\s*(?:'s\s*)?\0)*(?:\s+(?i:province|city|county|region|state|"
                        r"municipality|district))?")
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "june", "july",
                       "august", "september", "october", "november", "december"})
_DROPPED = frozenset({"were", "was", "is", "are", "been", "being", "be", "it", "its", "they",
                      "them", "this", "these", "those"})
# a wire's tag before a headline: "BRIEF-Acme Q3 profit up", "UPDATE 2-Acme sales rise"
WIRE_TAG = regex.compile(r"\s*(?:(?:UPDATE|BRIEF|CORRECTED|REFILE|WRAPUP|EXCLUSIVE|RPT|INSIGHT|"
                         r"ANALYSIS|FACTBOX|TIMELINE)(?:\s+\d{1,2})?\s*-\s*)+(?=[A-Z])")
_COMPARED_LEAD = regex.compile(r"^\s*(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+",
                               regex.IGNORECASE)  # "compared with a profit of X": a profit
_NUMBER_OR_PUNCT = regex.compile(r"[\d.,%]+|[^\w]+|\d[\d.,]*(?:cl|ml|l|g|kg|oz|lb)")  # "70cl bottles"


@lru_cache(maxsize=4096)
def _names_regex(names: tuple[str, ...]) -> re.Pattern:
    # the standard `re` compiles a per-document pattern like this one ~10x faster than `regex`
    # (?<!\w) and (?!\w), not \b: a name may end in a dot ("U.S. crude")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n.rstrip(".")) + r"\.?" for n in names)
                      + r")(?:['’]s)?(?!\w)")


@lru_cache(maxsize=1)
def _edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words an indicator phrase does not start with, and words it does not end with."""
    sets = word_sets()
    lead = sets["DET"] | {"of", "and", "in", "at", "on", "for", "to", "by", "below", "above",
                          "under", "over", "beyond", "near", "with", "while", "as"}
    return lead, sets["PREP_STOP"] | sets["DET"] | sets["AUX"] | {"and", "or", "of", "'s"}


def _after_tag(text: str) -> str:
    tag = WIRE_TAG.match(text)
    return text[tag.end():] if tag else text


def clean_indicator(text: str, names: list[str]) -> str:
    """A lower-case indicator phrase: no entity names, numbers, time marks, leading
    determiners, trailing prepositions or auxiliaries; at most ten words."""
    sets = word_sets()
    text = _PAREN.sub(" ", _COMPARED_LEAD.sub("", _after_tag(text)))
    inside = [n for n in names if n.rstrip(".") in text]  # "U.S" as the tokens rejoin it  # most phrases hold none of the sentence's names
    if inside:
        text = _names_regex(tuple(sorted(inside, key=len, reverse=True))).sub("\0", text)
        # "shares of Acme closed", "trade in Wuxi": the preposition goes with the name
        text = _PREP_NAME.sub(" ", text).replace("\0", " ")
    text = QMARK.sub(" ", PMARK.sub(" ", text)).replace("’", "'")
    words = [w for w in text.lower().split() if not _NUMBER_OR_PUNCT.fullmatch(w)]
    words = [w for w in words if w not in _DROPPED and w not in _CALENDAR]
    lead, tail = _edge_words()
    while words and (words[0] in lead or words[0] in sets["AUX"]):
        words = words[1:]
    if 1 < len(words) and any(w.endswith("'s") for w in words[:3]):
        # "the company's workforce", "the smartphone maker's revenue": the owner is the
        # entity, the indicator what it owns
        k = next(k for k, w in enumerate(words[:3]) if w.endswith("'s"))
        if k + 1 < len(words):
            words = words[k + 1:]
    while words and words[-1] in tail:
        words = words[:-1]
    return " ".join(words[:10]).strip(" ,.'")


def head_part(indicator: str) -> str:
    """What "that of ..." refers to: "value added of the primary industry" -> "value added"."""
    return indicator.split(" of ")[0] if " of " in indicator else indicator
