"""Numerals as written -> exact Decimal: digits in any grouping style, and number words.

"12,34,567" (Indian), "1 234 567" and "1\u00a0234" (spaces), "1.234.567,5" (European, only
when unambiguous: two or more dot groups, or dot groups with a decimal comma), "2 1/4", ".08",
"1.3e6"; "twenty-one", "one hundred and six", "a dozen", "two thirds", "one and a half",
"two hundred point zero three".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from . import lexicon

_GROUP_SEPARATORS = re.compile(r"[,\s\u00a0\u2009\u202f']")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+")
_MIXED_FRACTION = re.compile(r"(\d+)\s+(\d+)/(\d+)")
_FRACTION = re.compile(r"(\d+)/(\d+)")
_TOKEN = re.compile(r"[a-z]+|\d+")
SIGNIFICANT = 28
_TIMES_TEN = re.compile(r"(.+?)\s?[\u00d7x]\s?10(?:\^|\*\*)?([-+\u2212]?\d+)")
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNIT_ORDINALS = {"first": "1", "firsts": "1", "second": "2", "seconds": "2"}


def divide(a: Decimal, b: Decimal) -> Decimal:
    """a / b, exact when it terminates, else rounded to 15 significant digits."""
    with localcontext() as ctx:
        ctx.prec = SIGNIFICANT
        q = a / b
    if len(q.normalize().as_tuple().digits) >= SIGNIFICANT - 1:
        with localcontext() as ctx:
            ctx.prec = 15
            q = +q
    return q


def parse_digits(text: str) -> Decimal | None:
    """A numeral written with digits; None when it is not one."""
    text = text.strip().replace("\u2212", "-")
    sign = Decimal(1)
    if text[:1] in "-+":
        sign = Decimal(-1) if text[0] == "-" else Decimal(1)
        text = text[1:].strip()
    if text[-1:] in lexicon.numbers()["unicode_fractions"]:
        frac = Decimal(lexicon.numbers()["unicode_fractions"][text[-1]])
        whole = parse_digits(text[:-1]) if text[:-1].strip() else Decimal(0)
        return None if whole is None else sign * (whole + frac)
    m = _MIXED_FRACTION.fullmatch(text)
    if m:
        whole, num, den = (Decimal(g) for g in m.groups())
        return None if den == 0 else sign * (whole + divide(num, den))
    m = _FRACTION.fullmatch(text)
    if m:
        num, den = (Decimal(g) for g in m.groups())
        return None if den == 0 else sign * divide(num, den)
    m = _TIMES_TEN.fullmatch(text)
    if m:  # "2.48×10−5"
        mantissa = parse_digits(m.group(1))
        return None if mantissa is None else sign * mantissa.scaleb(int(m.group(2).replace("\u2212", "-")))
    if "^" in text:  # a power: "1.1^23", "2.5^-1"
        base, _, power = text.partition("^")
        power = power.replace("--", "").replace("+", "")
        b = parse_digits(base)
        if b is None or not power.lstrip("-").isdigit() or (b == 0 and (
                power.startswith("-") or not power.strip("-0"))):
            return None  # 0^-1 and 0^0 have no value
        with localcontext() as ctx:
            ctx.prec = SIGNIFICANT
            return sign * b ** int(power)
    if _EUROPEAN.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = _GROUP_SEPARATORS.sub("", text)
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return sign * value if value.is_finite() else None


def parse_words(text: str) -> Decimal | None:
    """Number words ("twenty-one", "one and a half", "two thirds"); None when not a number."""
    tokens = _TOKEN.findall(text.lower())
    sign = Decimal(1)
    if tokens and tokens[0] in ("minus", "negative"):
        sign, tokens = Decimal(-1), tokens[1:]
    if "point" in tokens:
        i = tokens.index("point")
        whole = _integer_words(tokens[:i]) if i else Decimal(0)
        after = [t for t in tokens[i + 1:] if t != "and"]
        single = [_integer_words([t]) for t in after]
        if all(d is not None and d < 10 for d in single):
            digits = "".join(str(d) for d in single)  # "point zero three"
        else:
            digits = str(_integer_words(after))  # "point seventy-one"
        if whole is None or not digits or "None" in digits:
            return None
        return sign * (whole + Decimal("0." + digits))
    # "one hundred and three and two thirds": split off a trailing "and <fraction>"
    scales = lexicon.numbers()["scales"]
    if len(tokens) > 2 and tokens[-1] in scales and "and" in tokens:
        cut = len(tokens) - 1 - tokens[::-1].index("and")
        if any(t in scales for t in tokens[:cut]):  # "one billion and a half million"
            head, tail = parse_words(" ".join(tokens[:cut])), parse_words(" ".join(tokens[cut + 1:]))
            return None if head is None or tail is None else sign * (head + tail)
        head = parse_words(" ".join(tokens[:-1]))  # "one and a half million"
        return None if head is None else sign * head * Decimal(scales[tokens[-1]])
    parts = _split_and_fraction(tokens)
    values = [_fraction_words(part) for part in parts]
    if any(v is None for v in values):
        return None
    if len(parts) == 2 and parts[0][-1] in scales and values[1] < 1:
        # "one million and a half", "five billion and three quarters": a fraction of the scale
        return sign * (values[0] + values[1] * Decimal(scales[parts[0][-1]]))
    return sign * sum(values, Decimal(0))


def _split_and_fraction(tokens: list[str]) -> list[list[str]]:
    fractions = lexicon.numbers()["fractions"]
    if tokens and tokens[-1] in fractions and "and" in tokens:
        cut = len(tokens) - 1 - tokens[::-1].index("and")
        head, tail = tokens[:cut], tokens[cut + 1:]
        numerator = _integer_words(tail[:-1]) if tail[:-1] not in ([], ["a"], ["an"]) else 1
        # "twenty and three fifths" is 20.6, "one hundred and thirty fifths" is 130/5
        if head and head[-1] not in fractions and numerator is not None and numerator < 10:
            return [head, tail]
    return [tokens]


def _fraction_words(tokens: list[str]) -> Decimal | None:
    words = lexicon.numbers()
    fractions = words["fractions"]
    if not tokens:
        return None
    # "half a dozen", "quarter million", "three quarters million": a fraction of what follows
    cut = next((i for i, t in enumerate(tokens[:-1]) if t in fractions), None)
    if cut is not None and tokens[-1] not in fractions:
        rest = [t for t in tokens[cut + 1:] if t not in ("a", "an", "of")]
        part, base = _fraction_words(tokens[:cut + 1]), _integer_words(rest)
        return None if part is None or base is None else part * base
    last = tokens[-1]
    if len(tokens) >= 2 and tokens[-2] in _TENS and (last in fractions or last in _UNIT_ORDINALS):
        if len(tokens) == 2 or tokens[-3] != "and":  # "one hundred thirty fifths" is 100/35
            head = tokens[:-2]
            numerator = _integer_words(head) if head not in ([], ["a"], ["an"]) else Decimal(1)
            unit = Decimal(fractions.get(last) or _UNIT_ORDINALS[last])
            if numerator is not None and len(tokens) > 2:
                return divide(numerator, Decimal(words["cardinals"][tokens[-2]]) + unit)
    if tokens[-1] in fractions:
        # the scale after a fraction: "two thirds of a million" is not handled; plain x/denominator
        head = tokens[:-1]
        numerator = _integer_words(head) if head not in ([], ["a"], ["an"]) else Decimal(1)
        if numerator is None:
            return None
        return divide(numerator, Decimal(fractions[tokens[-1]]))
    return _integer_words(tokens)


def _integer_words(tokens: list[str]) -> Decimal | None:
    words = lexicon.numbers()
    cardinals, multipliers, scales = words["cardinals"], words["multipliers"], words["scales"]
    total = current = Decimal(0)
    seen = False
    previous = None
    for token in tokens:
        if token in cardinals:
            current += Decimal(cardinals[token])
        elif token.isdigit():
            current += Decimal(token)
        elif token in multipliers:
            current = (current or Decimal(1)) * Decimal(multipliers[token])
        elif token in scales and previous in scales and not current:
            total *= Decimal(scales[token])  # "three lakh crore", "a thousand million"
        elif token in scales:
            total += (current or Decimal(1)) * Decimal(scales[token])
            current = Decimal(0)
        elif token in ("and", "a", "an"):
            continue
        else:
            return None
        seen = True
        previous = token
    if not seen and tokens in (["a"], ["an"]):
        return Decimal(1)  # "a gallon"
    return total + current if seen else None


def parse_number(text: str) -> Decimal | None:
    """A numeral in digits or words, with an optional scale word ("1.2 billion"), as a Decimal."""
    text = text.strip()
    if not text:
        return None
    if re.search(r"\d", text):
        m = re.fullmatch(r"(.*?\d(?:[\d.,/\s\u00a0\u202f]*\d)?)\s*([A-Za-z]*)", text)
        if not m:
            return None
        value = parse_digits(m.group(1))
        scale = m.group(2)
        if value is None:
            return None
        if not scale:
            return value
        factor = scale_value(scale, money=True)
        return None if factor is None else value * factor
    return parse_words(text)


def scale_value(word: str, money: bool = False) -> Decimal | None:
    """The multiplier of a scale word or abbreviation ("bn", "lakh", "k", "M"), or None."""
    word = " ".join(word.split())
    for item in lexicon.numbers()["scale_abbreviations"]["items"]:
        if item.get("money_only") and not money:
            continue
        if (word == item["text"]) if item.get("case") else (word.lower() == item["text"].lower()):
            return Decimal(item["value"])
    return None
