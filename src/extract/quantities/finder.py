"""find_quantities: candidates, anchored patterns, ranges and the context of each match."""

from __future__ import annotations

from copy import copy
from decimal import Decimal

import regex

from ..model import Quantity
from . import lexicon, patterns
from .context import (
    is_not_a_quantity,
    is_time_expression,
    multiplier_after,
    noun_after,
    qualifier_before,
    ratio_after,
)
from .numerals import divide
from .values import (
    FRACTION_WORD,
    HAS_DIGIT,
    ONE,
    Part,
    lookup_unit,
    number_value,
    rank_or_change,
    resolve,
    round12,
    tidy,
)


class _ByLeniency(dict):
    """lenient -> what `build(lenient)` returns, built when first asked for: the lenient
    numeral reader serves benchmarks, and its patterns would add ~0.1 s to every start."""

    def __init__(self, build):
        super().__init__()
        self.build = build

    def __missing__(self, lenient: bool):
        value = self[lenient] = self.build(lenient=lenient)
        return value


_PATTERNS = _ByLeniency(patterns.compiled)
_DISPATCH = _ByLeniency(patterns.dispatch)
_PATTERNS[False], _DISPATCH[False] = patterns.compiled(), patterns.dispatch()
_CANDIDATES = patterns.candidates()
_YEN = lexicon.yen_cue()


def mentions_yen(text: str) -> bool:
    """Whether `text` says that its "¥" means Japanese yen."""
    return bool(_YEN.search(text))
_BY_BEFORE = lexicon.compile_pattern(r"\b(?i:by)[\s\u00a0]+$")
_EQUIVALENT = lexicon.compile_pattern(r"[ \u00a0]+(?i:equivalent)\b")
_FROM_BEFORE = lexicon.compile_pattern(r"(?<!\b(?i:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))"
                                       r"[\s\u00a0]+)\b(?i:from)[\s\u00a0]+(?:(?i:about|around|some|nearly|"
                                       r"roughly|almost|just|over|under)[\s\u00a0]+)?$")
_BETWEEN = lexicon.compile_pattern(r"(?i:\bbetween)[\s\u00a0]+$")


def _matches(text: str, lenient: bool):
    """The matches in text order, tried only where one can begin.

    A fast scan finds candidate tokens (digits, currency symbols, words); a word is looked up
    to know which patterns can start there ("second": a rank; "two": a quantity), and most
    words start none. A text with no candidate costs one scan: that is the cheap pre-check.
    """
    compiled, dispatch = _PATTERNS[lenient], _DISPATCH[lenient]
    end = 0
    for c in _CANDIDATES.finditer(text):
        start = c.start()
        if start < end:
            continue
        token = c.group()
        keys = dispatch.get(token.lower(), ()) if token[0].isalpha() else ("number",)
        for key in keys:
            m = compiled[key].match(text, start)
            if m is not None and m.end() > m.start():
                end = m.end()
                yield m
                break


def find_quantities(text: str, *, durations: bool | None = None, lenient: bool = False,
                    context: str | None = None, yen: bool | None = None) -> list[Quantity]:
    """Quantity mentions in `text`, in text order, spans relative to `text`, non-overlapping.

    `durations`: None (default) returns durations that measure something ("an average of 19
    days", unit s) and drops those used as time expressions ("for three years", "a two-year
    plan", "10 days ago"); True returns every duration, False none. `lenient` is the numeral
    reader of the benchmarks: years, dates' numbers, ordinals and every other numeral, without
    the not-a-quantity rules. `yen`, when known (`mentions_yen` of the whole document, computed
    once), saves reading the cue again per call. `context` is the text to read document-wide cues in (whether
    "\u00a5" is yen): the whole document when `text` is one of its lines; `text` itself by default.
    """
    if not text:
        return []
    found: list[Quantity] = []
    for m in _matches(text, lenient):
        kind = m.lastgroup
        if kind == "over":
            over = m.group("over")
            a, b = number_value(m.group("over_a")), number_value(m.group("over_b"))
            if a is not None and b:
                found.append(Quantity(over, m.span("over"), tidy(divide(a, b)), "count", "count"))
            continue
        if kind not in ("q", "pctof"):
            for q in rank_or_change(m):
                q.qualifier = qualifier_before(text, q.span[0])  # "more than doubled"
                found.append(q)
            continue
        if kind == "pctof":
            value = number_value(m.group("pctnum"))
            if value is not None:
                found.append(Quantity(m.group(), m.span(), value, "percent", "percent"))
            continue
        if yen is None:
            yen = mentions_yen(text if context is None else context)
        for q in _quantities(text, m, yen=yen, durations=durations, lenient=lenient):
            if not found or q.span[0] >= found[-1].span[1]:  # a re-matched range tail may overlap
                found.append(q)
    return _parts_per_unit(text, _per_pack(text, _share_denominator(
        text, _join_minor_units(text, found))))


_MINOR = lexicon.compile_pattern(r"(?i:cents?|pence|penny)$")
_JOIN = lexicon.compile_pattern(r"[\s\u00a0]+(?:and[\s\u00a0]+)?")


def _join_minor_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == q.kind == "money" and prev.unit == q.unit
                and not _MINOR.search(prev.text) and _MINOR.search(q.text)
                and _JOIN.fullmatch(text, prev.span[1], q.span[0])):
            prev.value = tidy(prev.value + q.value)
            prev.span = (prev.span[0], q.span[1])
            prev.text = text[prev.span[0]:prev.span[1]]
            continue
        out.append(q)
    return out


_PAREN_AMOUNT = lexicon.compile_pattern(r"[ \u00a0]*\($")
# "/kg", " a tonne", " per barrel": the unit a price is written per
_PER_UNIT = (r"(?:[ \u00a0]*/|[ \u00a0]+(?:per|a|an)[ \u00a0]+)(?P<den>"
             + patterns.unit_words(denominator=True) + ")")
_DEN_AFTER = lexicon.compile_pattern(r"[ \u00a0]*\)" + _PER_UNIT)


def _share_denominator(text: str, found: list[Quantity]) -> list[Quantity]:
    """"46,240 yuan (US$6,850) per square metre": the price and its conversion in brackets
    share the denominator written after the brackets."""
    for first, second in zip(found, found[1:], strict=False):
        if not (first.kind == second.kind == "money" and "/" not in first.unit + second.unit):
            continue
        if not _PAREN_AMOUNT.fullmatch(text, first.span[1], second.span[0]):
            continue
        m = _DEN_AFTER.match(text, second.span[1])
        den = lookup_unit(m.group("den"), False) if m else None
        if den is None or den.kind != "physical" or den.offset:
            continue
        for q in (first, second):
            _per(q, den.factor, den.unit)
    return found


def _per(amount: Quantity, size: Decimal, unit: str) -> None:
    """Make `amount` a price per `unit`, of which it buys `size` (in the unit's base)."""
    amount.value = round12(divide(amount.value, size), always=True)
    amount.value_max = round12(divide(amount.value_max, size), always=True) \
        if amount.value_max is not None else None
    amount.unit = f"{amount.unit}/{unit}"


_PER = lexicon.compile_pattern(r"[ \u00a0]+(?:per|a|an|for[ \u00a0]+(?:a|one|each))[ \u00a0]+$")
_PACK = lexicon.compile_pattern(r"[ \u00a0-]?[a-z]+\b")


def _per_pack(text: str, found: list[Quantity]) -> list[Quantity]:
    """"108 reais per 60-kilogram bag": a price per kilogram (1.8 reais), quoted by the pack."""
    out: list[Quantity] = []
    for q in found:
        price = out[-1] if out else None
        if (price is not None and price.kind == "money" and "/" not in price.unit
                and q.kind == "physical" and q.value_max is None and q.value > 0
                and _PER.fullmatch(text, price.span[1], q.span[0])
                and _PACK.match(text, q.span[1])):
            _per(price, q.value, q.unit)
            continue  # the pack's size is part of the price, not a figure of its own
        out.append(q)
    return out


_OF_WHICH = lexicon.compile_pattern(r",?[ \u00a0]+of[ \u00a0]+which[ \u00a0]+")
_DEN_IN = lexicon.compile_pattern(_PER_UNIT + "$")
_SENTENCE_END = lexicon.compile_pattern(r"[.;!?](?:\s|$)")


_FROM_OLD = lexicon.compile_pattern(r",?[ \u00a0]+(?:(?:up|down)[ \u00a0]+)?from[ \u00a0]+")


def _den_factor(price: Quantity) -> Decimal | None:
    """The size of the unit a price is written per ("a tonne": 1000), read from its text."""
    den = _DEN_IN.search(price.text)
    unit = lookup_unit(den.group("den"), False) if den else None
    return unit.factor if unit is not None else None


def _parts_per_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """"₹26.30 a kg, of which ₹17.50 is the support price and ₹8.80 a bonus": the parts of a
    price per unit are prices per the same unit; so is the old price in "fell to $2.35 per
    kilogram from $2.41"."""
    for k, price in enumerate(found):
        if price.kind != "money" or "/" not in price.unit or k + 1 == len(found):
            continue
        later = found[k + 1]
        factor = _den_factor(price)
        if factor is None:
            continue
        if later.kind == "money" and later.unit == price.unit.split("/")[0] and \
                _FROM_OLD.fullmatch(text, price.span[1], later.span[0]):
            _per(later, factor, price.unit.split("/")[1])
            continue
        if not _OF_WHICH.fullmatch(text, price.span[1], later.span[0]):
            continue
        currency = price.unit.split("/")[0]
        end = _SENTENCE_END.search(text, price.span[1])
        for part in found[k + 1:]:
            if end and part.span[0] >= end.start():
                break
            if part.kind == "money" and part.unit == currency:
                _per(part, factor, price.unit.split("/")[1])
    return found


def find_numbers(text: str) -> list[Quantity]:
    """Every numeral in `text` (benchmarks of numeral reading): `find_quantities(lenient=True)`."""
    return find_quantities(text, lenient=True)


def _quantities(text: str, m: regex.Match, *, yen: bool, durations: bool,
                lenient: bool) -> list[Quantity]:
    """The quantities of a match: one range, or its first part and then whatever the text
    from its second part matches anew ("rose 5% to 6 million": two quantities)."""
    out: list[Quantity] = []
    while m is not None and m.lastgroup == "q":
        first = Part(m, "num", "cur", "sign", "scale", "unit", "den", yen)
        second = None
        if m.group("num2") is not None:
            second = Part(m, "num2", "cur2", "sign2", "scale2", "unit2", "den2", yen)
        if second is not None and _is_range(text, m, first, second):
            dash = m.group("sep").strip() in ("-", "\u2013", "\u2014", "~")
            merged = _merge_range(first, second, durations, lenient, dash)
            if merged is not None:
                q = _finish(text, merged, first.start, second.end, lenient, durations)
                return out + ([q] if q is not None else [])
            if dash:
                return out  # "3-2", "2015-16": a score or a span of years
        shared = second is not None and not _bare_year(first) and (
            m.group("sep").strip() == "and" or _from_to(text, m))
        if shared and not first.unit_text and not first.currency and not first.scale_text and (
                second.unit_text or second.scale_text):
            # "45 and 50 mg", "from 10 to 9 percent", "from 10 to 12 million": the unit and
            # scale written once are both numbers'
            first.unit_text, first.scale_text = second.unit_text, second.scale_text
        q = resolve(first, durations, lenient)
        q = _finish(text, q, first.start, first.end, lenient, durations) if q is not None else None
        if q is not None:
            out.append(q)
        if second is None:
            break
        m = _PATTERNS[lenient]["number"].match(text, second.start)
    return out


def _is_range(text: str, m: regex.Match, first: Part, second: Part) -> bool:
    sep = m.group("sep").strip().lower()
    if sep.endswith("to") and _BY_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
            and not _close_percent_range(first, second):
        return False  # "down by 30 to 126": a change, then a level
    if _bare_year(first):
        return False  # "from June 2021 to 3,054 homes": a year, then a count
    if sep == "and":
        return bool(_BETWEEN.search(text, max(0, m.start() - 12), m.start()))
    return not _from_to(text, m)  # "fell from 12 to 10 percent": two figures, not a range


def _bare_year(part: Part) -> bool:
    return (part.raw.isdigit() and len(part.raw) == 4 and 1900 <= int(part.raw) <= 2100
            and not (part.unit_text or part.currency or part.scale_text))


def _from_to(text: str, m: regex.Match) -> bool:
    return m.group("sep").strip().lower().endswith("to") and bool(
        _FROM_BEFORE.search(text, max(0, m.start() - 24), m.start()))


def _close_percent_range(first: Part, second: Part) -> bool:
    """'grow by 3 to 5 percent': a bare number, then a close larger one with the unit."""
    if first.unit_text or first.currency or first.scale_text or not second.unit_text:
        return False
    if first.value is None or second.value is None or first.value <= 0:
        return False
    unit = second.unit_text.strip().lower()
    return unit in ("%", "percent", "per cent", "pc") and first.value < second.value \
        <= first.value * 5 / 2


def _merge_range(first: Part, second: Part, durations: bool, lenient: bool,
                 sep_is_dash: bool) -> Quantity | None:
    """A range shares its scale, unit and currency: "10 to 12 million", "5-6%", "$5-6 million"."""
    if (bool(HAS_DIGIT.search(first.raw)) != bool(HAS_DIGIT.search(second.raw))
            or FRACTION_WORD.search(first.raw)):
        return None  # "fell by a third to 18.2 billion": no range mixes words and digits
    first, second = copy(first), copy(second)
    for attr in ("currency", "scale_text", "unit_text", "den_text"):
        a, b = getattr(first, attr), getattr(second, attr)
        if a and b and lexicon.fold(a) != lexicon.fold(b) and attr != "scale_text":
            return None
        if not a and b and (attr != "currency"):
            setattr(first, attr, b)
        if a and not b and attr in ("currency", "den_text"):
            setattr(second, attr, a)
    if second.scale_text is None and first.scale_text:
        second.scale_text = first.scale_text
    low, high = resolve(first, durations, lenient), resolve(second, durations, lenient)
    if low is None or high is None or low.unit != high.unit or low.value == high.value:
        return None
    if high.value < low.value:
        if sep_is_dash:
            return None  # "3-2": a score, not a range
        low, high = high, low
    low.value_max = high.value
    return low


_PER_CURRENCY = lexicon.compile_pattern(
    r"[\s\u00a0]+(?:per|a|to\s+the|against\s+the)[\s\u00a0]+(?:U\.?S\.?[\s\u00a0]+)?"
    r"(dollar|euro|pound|yen|yuan)\b")


def _quoting_currency(text: str, start: int, base: str) -> str | None:
    """The code of the last currency named in the 80 characters before an exchange rate,
    when it is not the base currency itself."""
    pattern, codes = lexicon.currency_names()
    named = list(pattern.finditer(text, max(0, start - 80), start))
    if not named:
        return None
    code = codes.get(lexicon.fold(named[-1].group(1)))
    return code if code and code != codes.get(lexicon.fold(base)) else None


def _finish(text: str, q: Quantity, start: int, end: int, lenient: bool,
            durations: bool | None = True) -> Quantity | None:
    """Offsets, the not-a-quantity rules, the qualifier before and the noun after."""
    q.span = (start, end)
    q.text = text[start:end]
    q.value = tidy(q.value)
    q.value_max = tidy(q.value_max) if q.value_max is not None else None
    if not lenient and q.unit == "count" and q.value_max is None:
        ratio = ratio_after(text, end)
        if ratio is not None and 0 < q.value <= ratio[0]:  # "one in five": a share in percent
            return Quantity(text[start:ratio[1]], (start, ratio[1]),
                            tidy(divide(q.value * 100, ratio[0])), "percent", "percent",
                            qualifier=qualifier_before(text, start))
        multiplier_end = multiplier_after(text, start, end)
        if multiplier_end is not None:  # "2.5-fold", "grew 2.5 times": a change in percent
            return Quantity(text[start:multiplier_end], (start, multiplier_end),
                            tidy((q.value - ONE) * 100), "percent", "change",
                            qualifier=qualifier_before(text, start))
    if durations is None and q.unit == "s" and is_time_expression(text, start, end):
        return None  # "for three years", "two-year", "10 days ago": time, not a measure
    if q.kind == "physical" and "-" in q.text and _EQUIVALENT.match(text, end):
        return None  # "twenty-foot equivalent units": the name of a unit of count
    if text.startswith("/", end) and end + 1 < len(text) and text[end + 1].isalpha():
        return None  # "20 J/m^2", "$15.4/hour": a compound unit we do not know
    if end < len(text) and q.unit == "count" and text[end].isalnum():
        return None  # "5G", "4th", "1990s": letters glued to the numeral
    if not lenient and is_not_a_quantity(text, q):
        return None
    if q.unit == "count" and not lenient and _PER_CURRENCY.match(text, end):
        quoting = _quoting_currency(text, start, _PER_CURRENCY.match(text, end).group(1))
        if quoting:  # "the naira weakened to 410 per dollar": a rate in naira
            q.unit, q.kind = quoting, "money"
    q.qualifier = qualifier_before(text, start)
    if q.kind == "count":
        q.noun = noun_after(text, end)
    return q


