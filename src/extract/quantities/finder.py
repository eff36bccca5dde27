"""find_quantities: one regex scan over the text, then exact arithmetic on what it matched."""

from __future__ import annotations

from copy import copy
from decimal import Decimal, localcontext

import regex

from ..model import Quantity
from . import lexicon, patterns
from .context import (
    is_fraction_share,
    is_not_a_quantity,
    is_time_expression,
    multiplier_after,
    noun_after,
    qualifier_before,
    ratio_after,
)
from .numerals import divide, parse_digits, parse_words, scale_value

_PATTERNS = {False: patterns.compiled(lenient=False), True: patterns.compiled(lenient=True)}
_DISPATCH = {False: patterns.dispatch(lenient=False), True: patterns.dispatch(lenient=True)}
_CANDIDATES = patterns.candidates()
_YEN = lexicon.yen_cue()
_HAS_DIGIT = lexicon.compile_pattern(r"\d|[½⅓⅔¼¾⅕⅛]")
_DETERMINER_BEFORE = lexicon.compile_pattern(
    r"(?i:\b(?:the|this|that|which|each|any|every|no|another)[\s\u00a0]+)$")
_FRACTION_WORD = lexicon.compile_pattern(
    r"(?i:\b(?:" + "|".join(sorted(lexicon.numbers()["fractions"], key=len, reverse=True)) + r")\b)")
_SUPERLATIVES = frozenset(w.split()[0].split("-")[0].lower()
                         for w in lexicon.context()["rank_superlatives_1"])
_BY_BEFORE = lexicon.compile_pattern(r"\b(?i:by)[\s\u00a0]+$")
_MIXED = lexicon.compile_pattern(r"\d[\s\u00a0]+[A-Za-z]")  # "3 hundred and 21"
_BETWEEN = lexicon.compile_pattern(r"(?i:\bbetween)[\s\u00a0]+$")
_NOT_ALNUM = lexicon.compile_pattern(r"[^a-z0-9]")
_WORD_SPLIT = lexicon.compile_pattern(r"[-\s]")
_LEADING_DIGITS = lexicon.compile_pattern(r"\d+")


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


ONE = Decimal(1)


def find_quantities(text: str, *, durations: bool | None = None, lenient: bool = False,
                    context: str | None = None) -> list[Quantity]:
    """Quantity mentions in `text`, in text order, spans relative to `text`, non-overlapping.

    `durations`: None (default) returns durations that measure something ("an average of 19
    days", unit s) and drops those used as time expressions ("for three years", "a two-year
    plan", "10 days ago"); True returns every duration, False none. `lenient` is the numeral
    reader of the benchmarks: years, dates' numbers, ordinals and every other numeral, without
    the not-a-quantity rules. `context` is the text to read document-wide cues in (whether
    "\u00a5" is yen): the whole document when `text` is one of its lines; `text` itself by default.
    """
    if not text:
        return []
    yen = None
    found: list[Quantity] = []
    for m in _matches(text, lenient):
        kind = m.lastgroup
        if kind == "over":
            over = m.group("over")
            a, b = _number(m.group("over_a")), _number(m.group("over_b"))
            if a is not None and b:
                found.append(Quantity(over, m.span("over"), tidy(divide(a, b)), "count", "count"))
            continue
        if kind not in ("q", "pctof"):
            for q in _rank_or_change(m):
                q.qualifier = qualifier_before(text, q.span[0])  # "more than doubled"
                found.append(q)
            continue
        if kind == "pctof":
            value = _number(m.group("pctnum"))
            if value is not None:
                found.append(Quantity(m.group(), m.span(), value, "percent", "percent"))
            continue
        if yen is None:
            yen = bool(_YEN.search(text if context is None else context))
        for q in _quantities(text, m, yen=yen, durations=durations, lenient=lenient):
            if not found or q.span[0] >= found[-1].span[1]:  # a re-matched range tail may overlap
                found.append(q)
    return _share_denominator(text, _join_minor_units(text, found))


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
_DEN_AFTER = lexicon.compile_pattern(
    r"[ \u00a0]*\)(?:[ \u00a0]*/|[ \u00a0]+(?:per|a|an)[ \u00a0]+)(?P<den>"
    + patterns.unit_words(denominator=True) + ")")


def _share_denominator(text: str, found: list[Quantity]) -> list[Quantity]:
    """"46,240 yuan (US$6,850) per square metre": the price and its conversion in brackets
    share the denominator written after the brackets."""
    for first, second in zip(found, found[1:], strict=False):
        if not (first.kind == second.kind == "money" and "/" not in first.unit + second.unit):
            continue
        if not _PAREN_AMOUNT.fullmatch(text, first.span[1], second.span[0]):
            continue
        m = _DEN_AFTER.match(text, second.span[1])
        den = _lookup_unit(m.group("den"), False) if m else None
        if den is None or den.kind != "physical" or den.offset:
            continue
        for q in (first, second):
            q.value = _round(divide(q.value, den.factor), always=True)
            q.value_max = _round(divide(q.value_max, den.factor), always=True) \
                if q.value_max is not None else None
            q.unit = f"{q.unit}/{den.unit}"
    return found


def find_numbers(text: str) -> list[Quantity]:
    """Every numeral in `text` (benchmarks of numeral reading): `find_quantities(lenient=True)`."""
    return find_quantities(text, lenient=True)


def _number(text: str) -> Decimal | None:
    if _HAS_DIGIT.search(text) and not _MIXED.search(text):
        return parse_digits(text)
    return parse_words(text)


class _Part:
    """One half of a match (a range has two): its value, scale, unit and span."""

    def __init__(self, m: regex.Match, num: str, cur: str, sign: str, scale: str, unit: str,
                 den: str, yen: bool):
        raw_cur, raw_sign, self.raw, self.scale_text, self.unit_text, self.den_text = m.group(
            cur, sign, num, scale, unit, den)
        self.start = m.start(cur if raw_cur else sign if raw_sign else num)
        self.end = max(m.end(num), m.end(scale), m.end(unit), m.end(den))  # -1 when unmatched
        self.value = _number(self.raw)
        if self.value is not None and raw_sign:
            self.value = -self.value
        self.currency = _prefix_code(raw_cur, yen) if raw_cur else None
        self.text_before = m.string[max(0, self.start - 12):self.start]


def _prefix_code(text: str, yen: bool) -> str | None:
    exact, folded = lexicon.currency_prefixes()
    text = text.strip()
    code = exact.get(text) or exact.get(text.rstrip(".")) or folded.get(lexicon.fold(text))
    if code == "CNY" and text in ("¥", "￥") and yen:
        return "JPY"
    return code


def _lookup_unit(text: str, money_scale: bool) -> lexicon.Unit | None:
    names, symbols = lexicon.unit_table()
    text = text.strip("()[]{}<>")
    if text in symbols:
        return symbols[text]
    key = lexicon.fold(text)
    if money_scale and key + "#money" in names:
        return names[key + "#money"]
    return names.get(key)


def _resolve(part: _Part, durations: bool, lenient: bool) -> Quantity | None:
    """The Quantity of one part, or None when it is not one (or is a duration not asked for)."""
    value = part.value
    if value is None:
        return None
    scale = None
    money = part.currency is not None
    unit = _lookup_unit(part.unit_text, bool(part.scale_text)) if part.unit_text else None
    if unit is not None and unit.kind == "money":
        money = True
    if part.scale_text:
        scale = scale_value(part.scale_text.strip(" -\u00a0"), money=money)
        if scale is None and part.scale_text.strip() == "m" and unit is None:
            unit = lexicon.unit_table()[1]["m"]  # "5m" without money is five metres
        elif scale is None:
            return None
        elif part.scale_text == "M" and not money and not lenient:
            return None  # "5300M", "A320M": a model name; "$5M" is money
        if scale is not None:
            value *= scale
    if (part.unit_text in lexicon.clock_symbols()
            and len(part.raw.partition(".")[2]) in (0, 2)):
        return None  # "2 pm", "2.13 am": times of day
    if unit is not None and unit.kind == "duration" and (durations is False or (
            durations is None and lenient)):
        if not lenient:
            return None
        unit = None  # the numeral reader reads "3 years" as the numeral 3
    if unit is None and not part.currency and not lenient:
        share = is_fraction_share(part.raw)
        if share is False:
            return None  # "24/7", "9/11"
        if share or (_FRACTION_WORD.search(part.raw) and not _HAS_DIGIT.search(part.raw)
                     and 0 < value < 1):
            # "nearly a third", "three-quarters of", "3/4 of": a share, in percent
            return Quantity("", (0, 0), value * 100, "percent", "percent")
    if unit is None and not part.currency:
        if part.raw.lower() in ("a", "an"):
            return None  # "a" counts only before a unit: "a gallon"
        if lenient and part.raw.lower() == "one" and _DETERMINER_BEFORE.search(
                part.text_before):
            return None  # "the one you mentioned", "that one": a pronoun
        return Quantity("", (0, 0), value, "count", "count")
    if unit is None or unit.kind == "money":
        unit = unit or lexicon.Unit("prefix", part.currency, "money")
        code = part.currency or unit.unit
        value = value * unit.factor
        if part.den_text:
            den = _lookup_unit(part.den_text, False)
            if den is not None and den.kind == "physical" and not den.offset:
                return Quantity("", (0, 0), _round(divide(value, den.factor), always=True),
                                f"{code}/{den.unit}", "money")
        return Quantity("", (0, 0), value, code, "money")
    if part.currency:
        return None  # "$5 percent": not a quantity we understand
    kind = "physical" if unit.kind in ("physical", "duration") else unit.kind
    return Quantity("", (0, 0), _round(value * unit.factor + unit.offset), unit.unit, kind)


def tidy(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 1200000000.0 -> 1200000000."""
    if value == value.to_integral_value() and value.adjusted() < 27:
        return value.quantize(ONE)
    return value.normalize()


def _round(value: Decimal, always: bool = False) -> Decimal:
    """Conversions by inexact factors keep 12 significant digits (no float artefacts)."""
    digits = value.normalize().as_tuple().digits
    if len(digits) < 25 and not (always and len(digits) > 12):  # exact products stay exact
        return value
    with localcontext() as ctx:
        ctx.prec = 12
        return (+value).normalize()


def _quantities(text: str, m: regex.Match, *, yen: bool, durations: bool,
                lenient: bool) -> list[Quantity]:
    """The quantities of a match: one range, or its first part and then whatever the text
    from its second part matches anew ("rose 5% to 6 million": two quantities)."""
    out: list[Quantity] = []
    while m is not None and m.lastgroup == "q":
        first = _Part(m, "num", "cur", "sign", "scale", "unit", "den", yen)
        second = None
        if m.group("num2") is not None:
            second = _Part(m, "num2", "cur2", "sign2", "scale2", "unit2", "den2", yen)
        if second is not None and _is_range(text, m, first, second):
            dash = m.group("sep").strip() in ("-", "\u2013", "\u2014", "~")
            merged = _merge_range(first, second, durations, lenient, dash)
            if merged is not None:
                q = _finish(text, merged, first.start, second.end, lenient, durations)
                return out + ([q] if q is not None else [])
            if dash:
                return out  # "3-2", "2015-16": a score or a span of years
        if (second is not None and m.group("sep").strip() == "and" and not first.unit_text
                and not first.currency and second.unit_text):
            # "45 and 50 mg": the unit written once is both numbers'
            first.unit_text, first.scale_text = second.unit_text, first.scale_text or second.scale_text
        q = _resolve(first, durations, lenient)
        q = _finish(text, q, first.start, first.end, lenient, durations) if q is not None else None
        if q is not None:
            out.append(q)
        if second is None:
            break
        m = _PATTERNS[lenient]["number"].match(text, second.start)
    return out


def _is_range(text: str, m: regex.Match, first: _Part, second: _Part) -> bool:
    sep = m.group("sep").strip().lower()
    if sep.endswith("to") and _BY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "down by 30 to 126": a change, then a level
    if sep == "and":
        return bool(_BETWEEN.search(text, max(0, m.start() - 12), m.start()))
    return True


def _merge_range(first: _Part, second: _Part, durations: bool, lenient: bool,
                 sep_is_dash: bool) -> Quantity | None:
    """A range shares its scale, unit and currency: "10 to 12 million", "5-6%", "$5-6 million"."""
    if (bool(_HAS_DIGIT.search(first.raw)) != bool(_HAS_DIGIT.search(second.raw))
            or _FRACTION_WORD.search(first.raw)):
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
    low, high = _resolve(first, durations, lenient), _resolve(second, durations, lenient)
    if low is None or high is None or low.unit != high.unit or low.value == high.value:
        return None
    if high.value < low.value:
        if sep_is_dash:
            return None  # "3-2": a score, not a range
        low, high = high, low
    low.value_max = high.value
    return low


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
    if text.startswith("/", end) and end + 1 < len(text) and text[end + 1].isalpha():
        return None  # "20 J/m^2", "$15.4/hour": a compound unit we do not know
    if end < len(text) and q.unit == "count" and text[end].isalnum():
        return None  # "5G", "4th", "1990s": letters glued to the numeral
    if not lenient and is_not_a_quantity(text, q):
        return None
    q.qualifier = qualifier_before(text, start)
    if q.kind == "count":
        q.noun = noun_after(text, end)
    return q


def _rank_or_change(m: regex.Match) -> list[Quantity]:
    """The Quantity of a rank or change match; skips give nothing."""
    g = m.groupdict()
    if g.get("skip") is not None:
        return []
    if g.get("rank") is not None:
        for name in ("rk_verb", "rk_state", "rk_place", "rk_ellipsis", "rk_ellipsis2", "rk_ord",
                     "rk_no", "rk_sup", "rk_most", "rk_top", "rk_led", "ordinal"):
            if g.get(name) is not None:
                value = _rank_value(m.group(name))
                if value is None:
                    return []
                return [Quantity(m.group("rank"), m.span("rank"), tidy(value), "rank", "rank")]
    if g.get("chg_cued") is not None:
        value = Decimal(lexicon.context()["cued_change_words"][m.group("chg_cued").lower()])
        return [Quantity(m.group(), m.span(), value, "percent", "change")]
    if g.get("chg_word") is not None:
        ctx = lexicon.context()
        word = m.group("chg_word").lower()
        if word in ctx["change_words"]:
            value = Decimal(ctx["change_words"][word])
        else:
            value = (Decimal(ctx["fold_words"][word]) - ONE) * 100
        return [Quantity(m.group(), m.span(), tidy(value), "percent", "change")]
    return []


def _rank_value(text: str) -> Decimal | None:
    words = text.lower().split()
    ordinals = lexicon.numbers()["ordinals"]
    first = _NOT_ALNUM.sub("", words[0]) if words else ""
    if first in ("highest", "top", "most", "led") or first in _SUPERLATIVES:
        return ONE
    if first == "last":
        return None
    if first in ("no", "number"):
        return _number(words[-1])
    word = _WORD_SPLIT.split(text.lower())[0]
    if word in ordinals:
        return Decimal(ordinals[word])
    digits = _LEADING_DIGITS.match(word)
    return Decimal(digits.group()) if digits else None
