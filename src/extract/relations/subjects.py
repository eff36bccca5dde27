"""The document's main subject and its proper names, from all kept lines."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from . import gazetteer as gz
from .entities import _POSS_END, _attributive, find_entities
from .lexicon import word_sets
from .phrases import WIRE_TAG

_BODY_LINES = 15  # the main subject is named early: later lines add cost, not evidence


@lru_cache(maxsize=1)
def _demonym_regex() -> regex.Pattern:
    names = sorted(gz.data()["demonyms"], key=len, reverse=True)
    return regex.compile(r"\b(" + "|".join(regex.escape(n) for n in names) + r")\s+")



_PROPER = regex.compile(r"(?<=[\p{Ll}\d,;:)]\s+)[A-Z][\w&'’.]*[\w&]")


def proper_words(texts: list[str]) -> frozenset[str]:
    """Capitalised words written inside sentences: the document's proper names."""
    words = {m.group() for text in texts for m in _PROPER.finditer(text)}
    # a match ends in a word character or "&": only one ending in "s" can hold a possessive
    return frozenset((_POSS_END.sub("", w) if w[-1] == "s" else w).rstrip(".") for w in words)



_HEADLINE_SHAPE = regex.compile(r"[^:|•›©@/\\=<>{}\[\]]{8,160}")
_NOT_HEADLINE = regex.compile(r"^(?i:by|photo|image|updated|published|posted|home|share)\b|"
                              r"\d{1,2}:\d\d|\b(?:19|20)\d\d$|"
                              r"^[\W\d]|\b(?:19|20)\d\d[-/.]\d")
_HEADLINE_LOOKBACK = 8  # raw lines above the first kept line where a dropped headline may be


def dropped_headline(lines: list) -> str | None:
    """The headline when the stripper dropped it: the nearest line above the first kept line
    that reads as a title (a few words, no sentence end, no menu or date marks), but only
    when the first kept line is itself a paragraph, not a title."""
    first = next((k for k, line in enumerate(lines) if line.keep), None)
    lead = lines[first].text.strip() if first is not None else ""
    if not lead or lead[-1] not in ".!?\"'”’)" or len(lead.split()) <= 8:
        return None  # the first kept line is a title itself
    for line in reversed(lines[max(0, first - _HEADLINE_LOOKBACK):first]):
        text = line.text.strip()
        words = text.split()
        if not text:
            continue
        if 2 <= len(words) <= 20 and _HEADLINE_SHAPE.fullmatch(text) and not text.isupper() \
                and not _NOT_HEADLINE.search(text) and text[-1] not in ".!?":
            return text
    return None


_SCOPE_BEFORE = regex.compile(r"\b(?:among|largest|biggest|highest|lowest|most|fastest|"
                              r"top|leading|second|third|fourth|fifth)\b[^,;.]*$")
_LEADING_RUN = regex.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")


def _headline_name(headline: str, texts: list[str]) -> str | None:
    """'Acme Foods profit rises' with 'Acme Foods said ...' below: the capitalised words that
    open the headline, when the article writes them with a capital again and never in lower
    case (so not 'Unemployment falls'), are the name of its subject."""
    m = _LEADING_RUN.match(headline.strip())
    if not m:
        return None
    words = _POSS_END.sub("", m.group()).split()
    body = " ".join(texts)
    common = word_sets()["NOT_ENTITY"] | gz.leading_words()
    while words and (words[0].lower() in common):
        words = words[1:]
    if not words or len(words) > 4 or any(
            w.lower() in common or w in gz.indicator_acronyms() or w in gz.data()["demonyms"]
            or regex.search(rf"\b{regex.escape(w.lower())}\b", body + " " + headline)
            or not regex.search(rf"\b{regex.escape(w)}\b", body) for w in words):
        return None
    return " ".join(words)


def _title_case(text: str) -> str:
    """Each word capitalised, short function words and acronyms of up to 3 letters kept as
    they were written in an all-caps line ("GDP", "US")."""
    small = word_sets()["DET"] | {"of", "and", "in", "on", "for", "to", "by", "at", "the"}
    out = []
    for k, word in enumerate(text.split(" ")):
        low = word.lower()
        out.append(low if k and low in small else word if len(word) <= 3 and word.isalpha()
                   else word.capitalize())
    return " ".join(out)


def main_subject(headline: str, texts: list[str], proper: frozenset[str] | None = None,
                 persons: set[str] | None = None) -> str | None:
    """The document's main subject: the most mentioned place or organisation of the article
    (a mention in the headline or lead counts double), in its shortest form used alone."""
    tag = WIRE_TAG.match(headline)  # "BRIEF-Acme Q3 profit up", "UPDATE 2-Acme ..."
    headline = headline[tag.end():] if tag else headline
    if headline.isupper():  # "LABOUR FORCE SURVEY, NORWAY, 2019": names read in title case
        headline = _title_case(headline)
    counts: dict[str, float] = {}
    body: dict[str, int] = {}  # mentions outside the headline (title case misleads there)
    known: set[str] = set()  # places and organisations, preferred over bare names
    org_names: set[str] = set()
    for n, text in enumerate([headline] + texts[:_BODY_LINES]):
        lead = n <= 2
        for e in find_entities(text, proper, relaxed=lead, dateline=lead, persons=persons):
            if e.kind in ("source", "commodity", "index") or _SCOPE_BEFORE.search(
                    text, max(0, e.start - 40), e.start):
                continue  # "ranking third among cities in central China": a scope
            weight = (4.0 if n == 0 else 2.0 if lead else 1.0) * (
                {"org": 2.0, "place": 1.5}.get(e.kind, 1.0)) * (
                1.5 if text.startswith(("'s", "’s"), e.end) else 1.0) * (
                0.5 if e.kind == "place" and _attributive(text, e.end) else 1.0)
            counts[e.text] = counts.get(e.text, 0.0) + weight
            body[e.text] = body.get(e.text, 0) + (n > 0)
            if e.kind in ("place", "org"):
                known.add(e.text)
            if e.kind == "org":
                org_names.add(e.text)
    demonyms = gz.data()["demonyms"]
    m = _demonym_regex().match(headline)  # "Mexican retail sales jump", "Mexican Retail Sales"
    if m and headline[m.end():m.end() + 1].isalpha():
        country = demonyms[m.group(1)]
        counts[country] = counts.get(country, 0.0) + 4.0
    # "the Australian economy": the adjective names the country too
    body_text = " \n ".join(texts)
    for m in _demonym_regex().finditer(body_text):
        if body_text[m.end():m.end() + 1].islower():
            country = demonyms[m.group(1)]
            counts[country] = counts.get(country, 0.0) + 1.5
            known.add(country)
    if not counts:
        return _headline_name(headline, texts)
    for name in list(counts):  # "Beijing unveils tax cuts": a capital standing for its country
        country = gz.capitals().get(name)
        if country and country != name and counts.get(country, 0) >= counts[name] / 2:
            counts[country] += counts.pop(name)
    # "Acme Outdoor Oyj", "Acme Outdoor announces": variants of one subject, counted together
    groups: dict[str, list[str]] = {}
    for name in sorted(counts, key=len):
        key = next((k for k in groups if name.startswith(k + " ")), name)
        groups.setdefault(key, []).append(name)
    top = max(groups.values(), key=lambda names: sum(counts[n] for n in names))
    best = max(top, key=lambda name: (name in known, body.get(name, 0), counts[name]))
    if best in known and best not in org_names:
        return best  # places keep their full name ("Nordic countries")
    # '... Holdings Limited ("Acme" or the "Company")': the article's own short name
    # per-document patterns: the standard `re` compiles them ~10x faster than `regex`
    alias = re.search(rf"{re.escape(best)}[\w\s.,]*?\(\s*(?:the\s+)?[\"“]([A-Z][\w\s]*?)[\"”]",
                         " ".join(texts[:3]))
    if alias and best.startswith(alias.group(1)):
        return alias.group(1)
    # "Acme Outdoor" -> "Acme" when the article calls it that at least as often
    parts = best.split()
    joined = "\0".join(texts)  # one scan; NUL is neither a word character nor a space
    full = len(re.findall(rf"\b{re.escape(best)}\b", joined))
    for k in range(1, len(parts)):
        short = " ".join(parts[:k])
        alone = len(re.findall(rf"\b{re.escape(short)}\b(?!\s+{re.escape(parts[k])})",
                                  joined))
        if alone > max(2, full) and full <= 2:
            return short
    return best
