"""The value, unit and kind of one matched quantity: exact arithmetic on what a pattern matched."""

from __future__ import annotations

from decimal import Decimal, localcontext

import regex

from ..model import Quantity
from . import lexicon
from .context import is_fraction_share
from .numerals import divide, parse_digits, parse_words, scale_value

ONE = Decimal(1)
HAS_DIGIT = lexicon.compile_pattern(r"\d|[½⅓⅔¼¾⅕⅛]")
_DETERMINER_BEFORE = lexicon.compile_pattern(
    r"(?i:\b(?:the|this|that|which|each|any|every|no|another)[\s\u00a0]+)$")
FRACTION_WORD = lexicon.compile_pattern(
    r"(?i:\b(?:" + "|".join(sorted(lexicon.numbers()["fractions"], key=len, reverse=True)) + r")\b)")
_SUPERLATIVES = frozenset(w.split()[0].split("-")[0].lower()
                         for w in lexicon.context()["rank_superlatives_1"])
_MIXED = lexicon.compile_pattern(r"\d[\s\u00a0]+[A-Za-z]")  # "3 hundred and 21"
_NOT_ALNUM = lexicon.compile_pattern(r"[^a-z0-9]")
_WORD_SPLIT = lexicon.compile_pattern(r"[-\s]")
_LEADING_DIGITS = lexicon.compile_pattern(r"\d+")


def number_value(text: str) -> Decimal | None:
    if HAS_DIGIT.search(text) and not _MIXED.search(text):
        return parse_digits(text)
    return parse_words(text)


class Part:
    """One half of a match (a range has two): its value, scale, unit and span."""

    def __init__(self, m: regex.Match, num: str, cur: str, sign: str, scale: str, unit: str,
                 den: str, yen: bool):
        raw_cur, raw_sign, self.raw, self.scale_text, self.unit_text, self.den_text = m.group(
            cur, sign, num, scale, unit, den)
        self.start = m.start(cur if raw_cur else sign if raw_sign else num)
        self.end = max(m.end(num), m.end(scale), m.end(unit), m.end(den))  # -1 when unmatched
        self.core_end = max(m.end(num), m.end(scale))  # the end without the unit
        self.value = number_value(self.raw)
        if self.value is not None and raw_sign:
            self.value = -self.value
        self.currency = prefix_code(raw_cur, yen) if raw_cur else None
        self.text_before = m.string[max(0, self.start - 12):self.start]


def prefix_code(text: str, yen: bool) -> str | None:
    exact, folded = lexicon.currency_prefixes()
    text = text.strip()
    code = exact.get(text) or exact.get(text.rstrip(".")) or folded.get(lexicon.fold(text))
    if code == "CNY" and text in ("¥", "￥") and yen:
        return "JPY"
    return code


def lookup_unit(text: str, money_scale: bool) -> lexicon.Unit | None:
    names, symbols = lexicon.unit_table()
    text = text.strip("()[]{}<>")
    if text in symbols:
        return symbols[text]
    key = lexicon.fold(text)
    if money_scale and key + "#money" in names:
        return names[key + "#money"]
    return names.get(key)


def resolve(part: Part, durations: bool, lenient: bool) -> Quantity | None:
    """The Quantity of one part, or None when it is not one (or is a duration not asked for)."""
    value = part.value
    if value is None:
        return None
    scale = None
    money = part.currency is not None
    unit = lookup_unit(part.unit_text, bool(part.scale_text)) if part.unit_text else None
    if unit is not None and unit.kind == "money":
        money = True
    elif unit is not None and unit.kind == "duration" and part.currency:
        unit, part.end = None, part.core_end  # "EUR 98 mln year ago": money, then its time
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
        if share or (FRACTION_WORD.search(part.raw) and not HAS_DIGIT.search(part.raw)
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
            den = lookup_unit(part.den_text, False)
            if den is not None and den.kind == "physical" and not den.offset:
                return Quantity("", (0, 0), round12(divide(value, den.factor), always=True),
                                f"{code}/{den.unit}", "money")
        return Quantity("", (0, 0), value, code, "money")
    if part.currency:
        return None  # "$5 percent": not a quantity we understand
    kind = "physical" if unit.kind in ("physical", "duration") else unit.kind
    return Quantity("", (0, 0), round12(value * unit.factor + unit.offset), unit.unit, kind)


def tidy(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 1200000000.0 -> 1200000000."""
    if value == value.to_integral_value() and value.adjusted() < 27:
        return value.quantize(ONE)
    return value.normalize()


def round12(value: Decimal, always: bool = False) -> Decimal:
    """Conversions by inexact factors keep 12 significant digits (no float artefacts)."""
    digits = value.normalize().as_tuple().digits
    if len(digits) < 25 and not (always and len(digits) > 12):  # exact products stay exact
        return value
    with localcontext() as ctx:
        ctx.prec = 12
        return (+value).normalize()


def rank_or_change(m: regex.Match) -> list[Quantity]:
    """The Quantity of a rank or change match; skips give nothing."""
    g = m.groupdict()
    if g.get("skip") is not None:
        return []
    if g.get("rank") is not None:
        for name in ("rk_verb", "rk_state", "rk_place", "rk_ellipsis", "rk_ellipsis2", "rk_ord",
                     "rk_no", "rk_sup", "rk_most", "rk_top", "rk_led", "ordinal"):
            if g.get(name) is not None:
                value = rank_value(m.group(name))
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


def rank_value(text: str) -> Decimal | None:
    words = text.lower().split()
    ordinals = lexicon.numbers()["ordinals"]
    first = _NOT_ALNUM.sub("", words[0]) if words else ""
    if first in ("highest", "top", "most", "led") or first in _SUPERLATIVES:
        return ONE
    if first == "last":
        return None
    if first in ("no", "number"):
        return number_value(words[-1])
    word = _WORD_SPLIT.split(text.lower())[0]
    if word in ordinals:
        return Decimal(ordinals[word])
    digits = _LEADING_DIGITS.match(word)
    return Decimal(digits.group()) if digits else None
