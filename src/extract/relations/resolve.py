"""One sentence -> its records: mask, claim quantities with rules, then fill each record's
indicator, measure, sign, entity, period and base period."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..model import Quantity, Record
from . import gazetteer as gz
from .engine import Claim, Claims
from .entities import _CLAUSE_BREAK, dateline_end, entity_for, find_entities
from .gazetteer import country_names
from .lexicon import case_blind_lower, compile_lowercase, word_sets
from .mentions import fraction_as_percent, is_record_candidate, rank_mentions
from .periods import (
    DOC_PERIOD,
    DOC_YEAR,
    PREVIOUS,
    SAME_PART,
    PeriodMention,
    RefDate,
    current_cue,
    find_periods,
    previous_period,
    shift_period,
)
from .policy import bank_for, is_policy_figure
from .strategies import Indicators
from .timing import (
    apposed,
    aside_spans,
    choose_base,
    choose_period,
    clause_of,
    following_base,
    hypothetical,
    mark_period,
    own_segment_period,
    paren_group,
    possessed_period,
    standing,
    timeless,
)


@dataclass
class DocContext:
    doc_id: str
    text: str
    ref: RefDate
    main_entity: str | None
    default_period: str | None
    rules: list
    rank_rules: list
    proper: frozenset[str] = frozenset()
    company: bool = False  # the main subject is an organisation, not a place
    lead_end: int = 0  # end of the standfirst: headline and standfirst are never "standing"
    persons: set[str] = field(default_factory=set)  # people named by title or role
    main_place: str | None = None  # the main subject's place ("Leeds City Council": Leeds)
    central_banks: tuple[str, ...] = ()  # for policy rates and targets (`policy`)


@dataclass
class Paragraph:
    """What carries from sentence to sentence within a paragraph."""

    period: str | None
    last_indicator: str | None = None
    entity: str | None = None  # the last entity named, for "there" in a later sentence
    organisation: str | None = None  # the last company named, for "the company" later
    place: str | None = None  # the last place named, for "the city" later
    commodity: str | None = None  # the last commodity named, for a price later
    year_on_year: bool = False  # the paragraph's last comparison was with a year before
    records: list[Record] = field(default_factory=list)


_THE_COMPANY = regex.compile(r"\b(?:the|its)\s+(?:company|group|firm|carmaker|automaker|"
                             r"bank|lender|insurer|retailer|airline|developer|operator|"
                             r"manufacturer|maker|producer)\b", regex.IGNORECASE)
_THE_PLACE = regex.compile(r"\b(?:the|its)\s+(city|town|municipality|province|state|country|"
                           r"region|county|island|nation)(?:['’]s)?\b(?!\s+(?:council|"
                           r"government|authority|hall|assembly|administration)\b)",
                           regex.IGNORECASE)
# "the area sown there was ...": a place word after a noun, not the existential "there were"
_THERE = regex.compile(r"(?<=\b[a-z]{3,}\s)(?<!\b(?:and|but|that|while|when|where|if|so)\s)"
                       r"there\b")
# an index figure that is not its level: "cut its target for the index to 2,800 points"
_OTHER_MEASURE = regex.compile(r"\b(?:target|forecast|estimate|outlook|range|turnover|volume|"
                               r"valuation|earnings|weight|weighting)s?\b")
_THE_BLOC = regex.compile(r"\bthe\s+bloc\b", regex.IGNORECASE)
_BLOC_NAME = regex.compile(r"\b(?:Union|[Cc]ountries|[Nn]ations|zone|area|[A-Z]{2,}\+?)$")
_REGION_SUFFIX = regex.compile(r"\s(?:Region|Province|State|Prefecture|Oblast|Territory)$")
_REGION_WORDS = frozenset({"province", "state", "region"})
_POLICY_BODIES = frozenset({"Council", "Committee", "Board"})  # a central bank's organs
_JOINED = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _coordinated(sentence: str, entities: list, position: int) -> list:
    """The names coordinated right before a verb ("The United States and ASEAN ranked")."""
    before = [n for n in entities if n.end <= position and n.kind != "source"]
    if not before or not _VERB_GAP.fullmatch(sentence, before[-1].end, position):
        return []
    run = [before[-1]]
    for prev in reversed(before[:-1]):
        if not _JOINED.fullmatch(sentence, prev.end, run[0].start):
            break
        run.insert(0, prev)
    return run


_VERB_GAP = regex.compile(r"\s+(?:[a-z]+\s+){1,2}")
_TIME_UNIT = regex.compile(r"\b(?:minutes|hours|days|weeks|months)$")
_DURATION_PLACE = regex.compile(r"\s+((?:on|at|in)\s+(?:the\s+)?[a-z-]+)\b")
# "In U.S. dollar terms, exports rose ...": the opening qualifies every figure's indicator
_IN_TERMS = regex.compile(r"\s*(in\s+(?:[\w.$€£¥-]+\s+){1,3}terms)\s*,", regex.IGNORECASE)
_THE_MULTIPLIED = regex.compile(r"\s+(?:that\s+of\s+)?(?:the|its|their)\s+")
_COMPARED_RULES = frozenset({"level.from_after_change", "level.compared_with"})
_PER_DAY = regex.compile(r"[^;]*?(?:\bbpd\b|\bb/d\b|\s(?:a|per)\s+day\b)", regex.IGNORECASE)
_PRICE_WORD = regex.compile(r"\b(?:price|prices|cost|costs|duty|duties|tax|taxes|tariff|"
                            r"tariffs|levy|fee|fees|rate|rates|wage|wages|bonus|subsidy|rent|"
                            r"rents|fare|fares|toll|value|earnings|revenue|income)\b")
# "expect exports to grow by 3 to 5 percent", "will rise 6 percent": a forecast's base is
# whatever the forecaster meant, not the release's year-on-year habit
_FORECAST_CHANGE = regex.compile(r"\b(?:to|will|would|could|may|might)\s+[a-z]+\s+"
                                 r"(?:by\s+|between\s+)?(?:(?:about|around|some|roughly|"
                                 r"nearly|almost)\s+)?$")
_STANDING_GOAL = regex.compile(r"\b(?:target|goal|ceiling|band|mandate)\b")
RANK_WORD = regex.compile(r"\b(?:rank|place|position|spot|No\.|[a-z]+est|first|second|third|"
                           r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|most|least|"
                           r"leading|best|worst|led|\d+(?:st|nd|rd|th))", regex.IGNORECASE)
_RANK_KEYS = ("rank", "place", "position", "spot", "no.", "est", "first", "second", "third",
              "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top", "most",
              "least", "leading", "best", "worst", "led")
_ORDINAL_DIGIT = regex.compile(r"\d(?:st|nd|rd|th)", regex.IGNORECASE)


_RANK_WORD_LOW = compile_lowercase(RANK_WORD.pattern)  # for lower-cased text: no case folding


def has_rank_word(text: str) -> bool:
    """RANK_WORD.search, after a plain substring test that rules most text out at once."""
    low = text.lower()
    if not any(map(low.__contains__, _RANK_KEYS)) and not _ORDINAL_DIGIT.search(text):
        return False
    if case_blind_lower(text) is not None:  # the same answer, faster than a case-blind search
        return _RANK_WORD_LOW.search(low) is not None
    return RANK_WORD.search(text) is not None


_TIME_WORD = regex.compile(
    r"\d|\b(?:year|month|quarter|half|week|season|period|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|fy|q[1-4]|h[12])",
    regex.IGNORECASE)
def _mask(sentence: str, quantities: list[tuple[int, int]],
          periods: list[PeriodMention]) -> tuple[str, list[int], list[int]]:
    """The masked sentence and the position of each quantity and period mark in it."""
    spans = [(s, e, f"⟦{i}⟧", "q", i) for i, (s, e) in enumerate(quantities)]
    spans += [(p.start, p.end, f"⟪{j}⟫", "p", j) for j, p in enumerate(periods)]
    spans.sort()
    out, cursor = [], 0
    qpos, ppos = [0] * len(quantities), [0] * len(periods)
    length = 0
    for s, e, mark, kind, i in spans:
        out.append(sentence[cursor:s])
        length += s - cursor
        (qpos if kind == "q" else ppos)[i] = length
        out.append(mark)
        length += len(mark)
        cursor = e
    out.append(sentence[cursor:])
    return "".join(out), qpos, ppos


_REFERRING = regex.compile(r"\b(?:the|its)\s+(?P<kind>port|city|company|group|firm|carmaker|"
                           r"automaker|bank|lender|insurer|retailer|airline)(?:['’]s)?\b",
                           regex.IGNORECASE)


def _end_of(entities: list, name: str) -> int:
    return next((n.end for n in reversed(entities) if n.text == name), 0)


def _place_referred(noun: str, para: Paragraph, ctx: DocContext) -> str | None:
    """What "the city", "the country", "the province" refers to: the last place named of its
    kind ("Wuxi ... the province": a city is no province), else the main subject's place."""
    noun, place = noun.lower(), para.place
    if not place:
        return ctx.main_place
    region = _REGION_SUFFIX.search(place) is not None
    if noun in ("country", "nation"):
        fits = place in country_names()
    elif noun in _REGION_WORDS:  # "Wuxi ... the province": a city is no province
        fits = place not in country_names() and (region or place in gz.region_names())
    else:  # "the National Capital Region ... the city": nor is a region a city
        fits = place not in country_names() and not region
    return place if fits else ctx.main_place or place


def _refers_back(sentence: str, entities: list, entity: str, position: int) -> bool:
    """Whether "the company('s)", "the port" stands between the figure's named entity and the
    figure while that entity cannot be one ("Sales in China fell, while the company's revenue
    rose"): the clause is about the article's subject, named by its kind."""
    named = [e for e in entities if e.text == entity and e.end <= position]
    if not named:
        return False
    m = _REFERRING.search(sentence, named[-1].end, position)
    if m is None:
        return False
    kind = m.group("kind").lower()
    if kind == "city":  # "Visitors from Germany ..., while the city's revenue": not a country
        return named[-1].text in country_names()
    if kind == "port":
        return named[-1].kind == "place"
    return named[-1].kind in ("place", "facility")  # a company word never refers back to those


def unit_is_percent(unit: str) -> bool:
    return unit in ("percent", "percentage_point")


def _measure(c: Claim) -> str:
    if c.rule.measure != "auto":
        return c.rule.measure
    verb = (c.match.groupdict().get("v") or "").lower()
    if c.match.groupdict().get("down") or " ".join(verb.split()) in word_sets()["UP"]:
        return "change"
    if verb in word_sets()["SHARE_VERB"]:
        return "share"
    return "level"


def candidates(sentence: str, start: int, quantities: list[Quantity],
               rank_rules: list) -> list[tuple[Quantity, int, int]]:
    """The figures of `sentence` (at `start` in the text) that may become records, with
    offsets within it: the number stage's quantities (ages, names, times left out) plus rank
    words it does not report. Needs no document context, so a page without any is cheap."""
    local = [(fraction_as_percent(q), q.span[0] - start, q.span[1] - start) for q in quantities]
    local = [t for t in local if is_record_candidate(sentence, *t)]
    taken = [(s, e) for _, s, e in local]
    if has_rank_word(sentence):  # rank words the number stage leaves out (cheap check)
        local += [(q, *q.span) for q in rank_mentions(sentence, taken, rank_rules)]
    local.sort(key=lambda t: t[1])
    return local


def sentence_records(ctx: DocContext, para: Paragraph, start: int, end: int,
                     local: list[tuple[Quantity, int, int]]) -> list[Record]:
    """The records of the sentence ctx.text[start:end] (local: its `candidates`)."""
    sentence = ctx.text[start:end]
    if not local:  # "Iron ore was the surprise." names what the next prices are of
        para.commodity = gz.last_commodity(sentence) or para.commodity
    if not local and not _TIME_WORD.search(sentence):
        return []  # nothing to record, nothing to date: the cheap way out
    skip = dateline_end(sentence)
    periods = [p for p in find_periods(sentence, ctx.ref) if p.start >= skip
               and not any(s < p.end and p.start < e for _, s, e in local)]
    for p in periods:
        if p.value == DOC_PERIOD:
            p.value = ctx.default_period
        elif p.value == DOC_YEAR:
            p.value = ctx.default_period[:4] if ctx.default_period else None
        elif p.value and p.value.startswith(PREVIOUS):  # "the previous quarter"
            p.value = previous_period(p.value[len(PREVIOUS):], para.period or
                                      ctx.default_period, ctx.ref)
        elif p.value and p.value.startswith(SAME_PART):  # "the same quarter of 2018"
            year, part = p.value[len(SAME_PART):], (ctx.default_period or "")[4:]
            p.value = year + part if part[:2] in ("-Q", "-H") or len(part) == 3 else year
    periods = [p for p in periods if p.value or p.kind != "period"]
    bases = [p for p in periods if p.kind == "base"]
    if bases:  # the paragraph compares year on year until it compares with something else
        para.year_on_year = bases[-1].shift == "year-1"
    # bracketed dates ("(2018: RMB9.13 billion)") date their bracket only, not the account
    explicit = [p.value for p in periods if p.kind == "period"
                and paren_group(sentence, p.start) is None]
    if not local:
        if explicit:
            para.period = explicit[0]
        return []
    terms = _IN_TERMS.match(sentence)
    entities = [n for n in find_entities(sentence, ctx.proper, persons=ctx.persons)  # "30 billion RMB were": not a name
                if not any(s < n.end and n.start < e for _, s, e in local)
                and not (terms and n.end <= terms.end())]  # "In U.S. dollar terms": a currency
    masked, qpos, ppos = _mask(sentence, [(s, e) for _, s, e in local], periods)
    if explicit and "," in masked:  # "Line 4, due to open in 2026, has lifted rents": an
        asides = aside_spans(masked)  # aside's date does not run on as the account's
        explicit = [p.value for j, p in enumerate(periods) if p.kind == "period"
                    and paren_group(sentence, p.start) is None
                    and not any(a < ppos[j] < b for a, b in asides)]
    claims = Claims(masked, [(q.unit, q.kind) for q, _, _ in local], ctx.rules)
    fallback_period = None if current_cue(sentence) or (
        start >= ctx.lead_end and standing(sentence)) else para.period
    records: list[Record] = []
    previous: list[str] = []
    helper = Indicators(masked, [e.text for e in entities], previous, para.last_indicator)
    helper.commodities = frozenset(e.text.lower() for e in entities if e.kind == "commodity")
    for i, (q, s, e) in enumerate(local):
        c, indicator = None, ""
        helper.priced = q.kind not in ("physical", "count")  # "cotton was planted on 3m ha"
        for c in claims.of(i):
            if c.rule.raw.get("q_text") and not regex.match(c.rule.raw["q_text"], q.text.strip(),
                                                             regex.IGNORECASE):
                continue  # the rule is about one word only ("led" as first place)
            indicator = helper.resolve(c, qpos[i] + len(f"⟦{i}⟧"))
            if indicator:
                break
        if not indicator:
            continue
        if terms and terms.group(1).lower() not in indicator:
            indicator += " " + terms.group(1).lower()  # "In dollar terms, exports rose 9.9%"
        previous.append(indicator)
        place = _DURATION_PLACE.match(sentence, e) if q.unit == "s" else None
        if place and (unit_word := _TIME_UNIT.search(q.text)):
            # "an average of 19 days on the market": the measured duration names itself
            indicator = previous[-1] = f"{unit_word.group()} {place.group(1)}"
        if not q.unit[:3].isupper() and q.unit not in ("percent", "percentage_point", "rank") \
                and "per day" not in indicator and _PER_DAY.match(sentence, s, e + 12):
            indicator += " per day"  # "1.42 million bpd": a rate per day (guidelines)
        measure = _measure(c)
        words = indicator.split()
        if unit_is_percent(q.unit) and measure == "level":
            if "growth" in words and "rate" not in words:
                measure = "change"  # "wages growth remained under 2.5 percent"
            elif "share" in words:
                measure = "share"  # "the share was far higher, at 41 percent"
        inherited = c.rule.raw.get("inherit_measure") and records
        if inherited and records[-1].measure != "level" and (
                records[-1].unit == q.unit or c.rule.raw["inherit_measure"] == "any"):
            measure = records[-1].measure  # "rose 1.5 percent, down from 1.7 percent"
        value = q.value
        if measure == "change" and c.match.groupdict().get("down") and value > 0:
            value = -value
        if c.rule.raw.get("inherit_sign") and records and records[-1].measure == "change" \
                and records[-1].value < 0 < value:
            value = -value  # "fell by 1% in X and by 2% in Y"
        if c.rule.raw.get("inherit_measure") == "any" and records and records[-1].measure == \
                "change" and records[-1].value < 0 < value and records[-1].unit != q.unit:
            value = -value  # "down €48m, or 4.6pc": the restatement falls too
        qualifier = q.qualifier
        if qualifier is None and "more" in c.match.groupdict() and c.match.group("more"):
            qualifier = "more_than"
        period = choose_period(masked, i, qpos, ppos, periods,
                               daily=bool(ctx.default_period) and ctx.default_period.count("-") == 2)
        if period != "none" and _STANDING_GOAL.search(indicator) and "⟪" not in \
                clause_of(masked, qpos[i]):
            period = "none"  # "..., but it stayed below the medium-term target of 4 percent"
        if period not in (None, "none") and start >= ctx.lead_end and "⟪" not in (
                clause := clause_of(masked, qpos[i])) and (standing(clause) or hypothetical(clause)):
            period = "none"  # "...closed down 0.3% on Thursday; three-quarters of its revenue is
            # earned overseas": a present-tense clause of its own does not take the other's date
        if measure == "rank" and apposed(masked, qpos[i]):
            # "Brazil, the world's largest exporter, is expected to ship ... this year": the
            # apposition describes, the sentence's date belongs to its main clause
            period = own_segment_period(masked, i, qpos, ppos, periods)
        elif period is None and not timeless(c, masked, qpos[i], measure) and not (
                _STANDING_GOAL.search(indicator) and not explicit) and not (
                start >= ctx.lead_end and (standing(clause := clause_of(masked, qpos[i]))
                                           or hypothetical(clause))):
            # but "a medium-term target of 2-3 percent" and a clause in the present tense
            # ("13,000 merchants live in the city, and ...") have none
            period = fallback_period
        elif period == "none":
            period = None
        explicit_here = period is not None and period in explicit
        if c.rule.raw.get("period_from_following_base"):  # "from HK$7.7 billion a year earlier"
            after = qpos[i] + len(f"⟦{i}⟧")
            followed = following_base(masked, after, ppos, periods, period)
            if followed == period and para.year_on_year and records and \
                    records[-1].period == period and not any(
                        0 <= ppos[j] - after <= 6 for j in range(len(periods))):
                # "Revenue fell 2% year on year. The margin dropped to 2.5% from 5.1%": the old
                # amount is a year before, as the paragraph compares
                followed = shift_period(period, "year-1")
            period = followed
        elif measure == "level" and period:
            # "compared with a profit of $118 million a year earlier": the year before's
            period = following_base(masked, qpos[i] + len(f"⟦{i}⟧"), ppos, periods, period)
        if c.rule.raw.get("period_from_mark"):  # "than last year's 4.7 million tonnes"
            period = mark_period(masked, qpos[i], ppos, periods, period)
        if c.rule.raw.get("period_shift") and (q.unit == "count" or q.unit == local[i - 1][0].unit):
            # "EUR 312.6 million (264.0 million)" is a year before; "(about $43 billion)" is
            # the same figure in another currency
            period = shift_period(period, c.rule.raw["period_shift"])
        unit = q.unit
        if c.rule.raw.get("inherit_unit") and unit == "count" and i > 0:
            unit = local[i - 1][0].unit
        base = choose_base(i, qpos, ppos, periods, period) if measure == "change" else None
        if base and len(base) == 4 and not explicit_here and period and period[:4] != str(
                int(base) + 1):  # "widened 17.2 percent from 2017": the year after its base
            period = str(int(base) + 1)
        if period is None and measure == "level":
            period = possessed_period(masked, qpos[i], periods)
        if period is None and base and ctx.ref.year and base == str(ctx.ref.year - 1):
            period = str(ctx.ref.year)  # "3.4 percent below last season's crop": this season's
        if measure == "change" and base is None and inherited and records[-1].base_period:
            base = shift_period(period, "year-1") if records[-1].base_period == shift_period(
                records[-1].period, "year-1") else None
        if measure == "change" and base is None and para.year_on_year and period and \
                period.count("-") < 2 and not _FORECAST_CHANGE.search(
                    masked, max(0, qpos[i] - 50), qpos[i]):
            # a paragraph that compares year on year once does so for its other changes too
            # (guidelines: the base carries over within the paragraph)
            base = shift_period(period, "year-1")
        # a crop's area or tonnage is a place's or firm's figure; its price is the crop's own
        named = entities if helper.priced else [n for n in entities if n.kind != "commodity"]
        entity = entity_for(sentence, named, s, None, ctx.company)
        if entity is not None and ctx.main_entity and _refers_back(sentence, entities, entity, s):
            entity = ctx.main_entity  # "Trade with X fell, and the port's volume fell 5%"
        kind = next((n.kind for n in entities if n.text == entity), None)
        if kind == "org" and (para.place or ctx.main_place) and (
                word := _THE_PLACE.search(sentence, _end_of(entities, entity), s)) and \
                not word.group().endswith("s") and not _CLAUSE_BREAK.search(
                    sentence, word.end(), s):  # "the State's largest": a scope
            # "the agency said theft cost the country 200,000 bpd": the place nearer the figure
            entity, kind = _place_referred(word.group(1), para, ctx), "place"
        main = ctx.main_entity
        if kind == "place" and main and gz.capitals().get(entity) == main and \
                gz.government_after().match(sentence, _end_of(entities, entity)):
            entity = main  # "Beijing unveils 2 trillion yuan in tax cuts": the government's
        if kind in ("org", "name") and main and main.startswith(entity + " "):
            entity = main  # "Acme" and "Acme Electronics": one company, one spelling
        if q.unit[3:] in ("/kg", "/m3") and q.unit[:3].isupper() and kind != "commodity":
            # "Iron ore was the surprise. Fines were at $72 a tonne": a price is a commodity's
            commodity = gz.last_commodity(sentence, s) or para.commodity
            if commodity:
                entity, kind = commodity[:1].upper() + commodity[1:], "commodity"
        if kind == "commodity" and entity:
            entity = entity[:1].upper() + entity[1:]  # the instrument as a name: "Copper"
        if kind == "commodity" and ("/" in q.unit or measure == "change") and \
                not _PRICE_WORD.search(indicator):
            indicator = "price"  # "copper climbed 1.1 percent to $5,740 a tonne"
        elif "/" in q.unit and q.unit[:3].isupper() and measure == "level" and \
                not _PRICE_WORD.search(indicator):
            # "the Bonny Light grade sold at $56.10 a barrel": an amount of money per unit of
            # something is its price
            indicator = previous[-1] = "price"
        elif kind == "index" and measure in ("level", "change") and q.unit in (
                "count", "percent") and not _OTHER_MEASURE.search(indicator):
            # "the FTSE 100 closed down 0.3 percent at 7,186", "Hang Seng sheds 2.9%": what
            # moves is the index's level
            indicator = "closing level"
        if c.rule.indicator == "respectively":
            # names before the list's first figure (entities index the sentence, not the
            # masked text the match indexes)
            first = local[max(0, i - c.position)][1]
            listed = [n for n in entities if n.end <= first and n.kind != "source"]
            if len(listed) >= c.size:  # "in Delhi and Chennai stood at 4.1 and 3.9 percent"
                entity = listed[len(listed) - c.size + c.position].text
        elif measure == "rank":  # "X and Y ranked second and third": in order
            ranks = [k for k, (r, _, _) in enumerate(local) if r.unit == "rank"]
            pair = _coordinated(sentence, entities, local[ranks[0]][1]) if len(ranks) > 1 else []
            if len(pair) == len(ranks):
                entity = pair[ranks.index(i)].text
        if entity is None:
            if _THE_COMPANY.search(sentence) and para.organisation:
                entity = para.organisation  # "The company employs 675,000 people"
            elif _THE_BLOC.search(sentence) and para.place and _BLOC_NAME.search(para.place):
                entity = para.place  # "Exports to the EU rose ... cut exports to the bloc"
            elif (word := _THE_PLACE.search(sentence)) and (para.place or ctx.main_place):
                entity = _place_referred(word.group(1), para, ctx)
            elif _THERE.search(sentence) and para.entity:
                entity = para.entity
            else:
                entity = ctx.main_entity
        if ctx.central_banks and (kind in (None, "place") or kind == "org" and (
                entity.rsplit(" ", 1)[-1] in _POLICY_BODIES)) and is_policy_figure(indicator,
                                                                                   sentence):
            # "the Governing Council decided to lower the policy rate": the bank's
            entity = bank_for(ctx.central_banks, entity) or entity
        first, _, rest = indicator.partition(" ")
        if rest and entity and gz.demonym_countries().get(first) == entity.lower():
            indicator = rest  # "Polish retail sales rose" about Poland: "retail sales"
        span = (start + s, start + e)
        records.append(Record(
            doc_id=ctx.doc_id, entity=entity, indicator=indicator, measure=measure,
            value=value, unit=unit, span=span, sentence=(start, end),
            text=ctx.text[span[0]:span[1]], rule=c.rule.id, value_max=q.value_max,
            qualifier=qualifier, period=period, base_period=base,
        ))
    for k, record in enumerate(records):  # "fell to X in 2018 from Y in 2017, a drop of 40
        if record.measure == "change" and record.base_period is None:  # percent", "up 11%,
            record.base_period = next((r.period for r in records if r.rule in _COMPARED_RULES
                                       and r.period and r.period != record.period), None)
        if record.measure == "change" and record.base_period is None and k + 1 < len(records) \
                and _THE_MULTIPLIED.fullmatch(ctx.text, record.span[1], records[k + 1].span[0]):
            # "nearly double the 4.7 GW it had at the end of 2018": compared with that figure
            compared = records[k + 1].period
            record.base_period = compared if compared != record.period else None
    # the account goes on in the period of this sentence's first dated figure ("rose to X in
    # June from Y in May" carries June), else of its first period
    dated = [r.period for r in records if r.period]
    compared = {r.period for r in records if r.rule in _COMPARED_RULES}
    if explicit and records and all(p in compared for p in explicit):
        pass  # "..., up from 37 percent in July": the compared figure's date is its own
    elif explicit:
        # ... but when the first figure kept the running period, the dates written belong to
        # figures compared with it ("narrowed to 14.2% from 15.9% in 2017")
        para.period = dated[0] if dated and dated[0] in (*explicit, para.period) \
            else explicit[0]
    if previous:
        para.last_indicator = previous[-1]
    named = [n.text for n in entities if n.kind in ("place", "org", "name")]
    if named:
        para.entity = named[-1]
    places = [n.text for n in entities if n.kind == "place"]
    if places:
        para.place = places[-1]
    para.commodity = gz.last_commodity(sentence) or para.commodity
    companies = [n.text for n in entities if n.kind in ("org", "name")]
    if companies:
        para.organisation = companies[-1]
    return records
