"""The lexicons of rules/ (numbers, units, currencies, context rules), loaded once at import.

Everything the finder knows about words lives in those data files; this module turns them into
lookup tables and regex alternations (longest first, so "square kilometres" wins over "km").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import regex

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"


def load_rules(name: str) -> dict:
    return json.loads((RULES_DIR / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Unit:
    """A unit as written in text: its canonical unit and the exact way to get there."""

    id: str
    unit: str  # canonical: m, m2, kg, USD, percent ...
    kind: str  # physical, money, percent, duration
    factor: Decimal = Decimal(1)
    offset: Decimal = Decimal(0)
    needs_scale: bool = False  # "pounds" is money only with a scale word ("361 million pounds")


def alternation(words, fold: bool) -> str:
    """A regex matching any of `words`, as a trie ("k(?:m|ilo(?:gram|metre))"): it fails at
    the first letter that no word continues with, where a plain |-alternation (or a regex named
    list) tries every word at every position. Greedy: the longest word wins, shorter ones are
    kept for backtracking. A space in a word matches any run of spaces."""
    trie: dict = {}
    for word in {" ".join(w.split()) for w in words}:
        node = trie
        for ch in word.lower() if fold else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_source(trie)
    return f"(?i:{body})" if fold else f"(?:{body})"


def _trie_source(node: dict) -> str:
    branches = [(r"[ \u00a0]+" if ch == " " else regex.escape(ch)) + _trie_source(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def compile_pattern(pattern: str):
    """Python's `re` where it can compile the pattern (about twice as fast here), else `regex`
    (variable-length lookbehinds, Unicode properties, possessive quantifiers before 3.11)."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern, regex.V1)


@cache
def numbers() -> dict:
    return load_rules("numbers_v1.json")


@cache
def context() -> dict:
    return load_rules("quantities_v1.json")


@cache
def unit_table() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """Two tables keyed by the written form: case-folded names, and case-sensitive symbols."""
    names: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for item in load_rules("units_v1.json")["items"]:
        kind = "duration" if item.get("dimension") == "time" else "physical"
        unit = Unit(item["id"], item["unit"], kind, Decimal(item["factor"]),
                    Decimal(item.get("offset", "0")))
        for name in item["names"]:
            names[fold(name)] = unit
        for symbol in item["symbols"] + list(item.get("guarded", {})):
            symbols[symbol] = unit
    for item in load_rules("currencies_v1.json")["items"]:
        factor = Decimal("0.01") if item.get("minor") else Decimal("0.1") if item.get(
            "tenth") else Decimal(1)
        unit = Unit(item["id"], item["code"], "money", factor)
        for name in item.get("names", []):
            names[fold(name)] = unit
        for name in item.get("names_need_scale", []):
            names.setdefault(fold(name), unit)
            names[fold(name) + "#money"] = Unit(item["id"], item["code"], "money", factor, needs_scale=True)
        for symbol in item.get("suffix", []):
            symbols[symbol] = unit
    percent = Unit("pct.percent", "percent", "percent")
    for name in ("percent", "percents", "per cent", "per cents", "percentage", "pct", "pc"):
        names[name] = percent
    symbols["%"] = percent
    points = Unit("pct.points", "percentage_point", "percent")
    for name in ("percentage points", "percentage point", "percent points", "per cent points",
                 "pp", "ppt", "ppts", "points of percentage"):
        names[name] = points
    basis = Unit("pct.basis_points", "percentage_point", "percent", Decimal("0.01"))
    for name in ("basis points", "basis point", "bps", "bp"):
        names[name] = basis
    return names, symbols


@cache
def currency_prefixes() -> tuple[dict[str, str], dict[str, str]]:
    """Currency symbols and codes written before the number: exact, and case-folded ones."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for item in load_rules("currencies_v1.json")["items"]:
        for prefix in item.get("prefix", []):
            exact[prefix] = item["code"]
        for prefix in item.get("prefix_fold", []):
            folded[fold(prefix)] = item["code"]
    return exact, folded


@cache
def currency_names() -> tuple[regex.Pattern, dict[str, str]]:
    """A pattern of currency names ("naira", "rupee") and each folded name's code: an exchange
    rate "410 per dollar" is in the currency the sentence names before it."""
    codes: dict[str, str] = {}
    for item in load_rules("currencies_v1.json")["items"]:
        for name in item.get("names", []):
            codes.setdefault(fold(name), item["code"])
    names = sorted(codes, key=len, reverse=True)
    return regex.compile(r"\b(" + "|".join(regex.escape(n) for n in names) + r")\b",
                         regex.IGNORECASE), codes


@cache
def clock_symbols() -> frozenset[str]:
    """Unit symbols that are also times of day ("pm", "am")."""
    return frozenset(g for item in load_rules("units_v1.json")["items"] if item.get("reader_only")
                     for g in item.get("guarded", {}))


def fold(text: str) -> str:
    """The lookup key of a written unit: lower case, single spaces."""
    return " ".join(text.lower().split())


def yen_cue() -> regex.Pattern:
    return regex.compile(load_rules("currencies_v1.json")["yen_cue"])
