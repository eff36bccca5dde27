"""The rule engine: rules from `relations_v1.jsonl` compiled to `regex`, applied to a masked
sentence; each quantity is claimed by the first rule (in file order) that matches it.

A rule's `pattern` uses macros: {Q} the quantity the rule is about, {QX} any other quantity,
{QUAL} optional qualifier words ("nearly", "about"), {P} optional time marks, {NP} the point
where a noun phrase starts, and every word class of `relations_words_v1.json` ({UP}, {DOWN},
{LEVEL_VERB}...). Named groups the engine reads: `down` (a fall: the value turns negative),
`more` (a verb meaning "more than": "tops", "crosses"), `v` (the verb the subject ends before).
Rules with `"creates": "rank"` find rank words in the raw sentence (group `rq`) that the number
stage does not report ("ranked highest", "the third-largest").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .lexicon import compile_lowercase, load_jsonl, lowered, macros, words

RULES_FILE = "relations_v1.jsonl"
_QUAL = (r"(?:(?:nearly|almost|about|around|some|roughly|approximately|over|more\s+than|"
         r"less\s+than|fewer\s+than|at\s+least|up\s+to|as\s+(?:much|many|high)\s+as|close\s+to|just\s+over|just\s+under|"
         r"only|another|an\s+additional|a\s+further|a\s+total\s+of|an\s+estimated|a|an|the|"
         r"record|new|fresh|whopping|all-time\s+high\s+of|high\s+of|low\s+of|estimated|"
         r"between|under|below|above|beyond|near|just|almost|only|the\s+equivalent\s+of|"
         r"equivalent\s+to|equal\s+to|an\s+average\s+of|average\s+of|a\s+combined|combined|"
         r"modest|solid|strong|robust|sharp|slight|healthy|meagre|mere|paltry|steep|hefty|"
         r"by|to|of)\s+)*")


@dataclass
class Rule:
    id: str
    purpose: str
    pattern: regex.Pattern
    measure: str
    indicator: str
    units: frozenset[str] | None
    not_units: frozenset[str]
    kinds: frozenset[str] | None
    needs: frozenset[str] | None  # words one of which the sentence must contain (cheap filter)
    creates: str | None
    raw: dict
    accepts: dict = field(default_factory=dict)  # memo: (unit, kind) or a set of them -> ok


@dataclass
class Claim:
    index: int  # the quantity's index in the sentence
    rule: Rule
    match: regex.Match
    position: int = 0  # place in a coordinated list ("5 and 7 percent respectively")
    size: int = 1


def expand(pattern: str) -> str:
    table = dict(macros())
    table.update({
        "Q": r"(?P<q>⟦(?P<qi>\d+)⟧)",
        "QX": r"⟦\d+⟧",
        "QUAL": _QUAL,
        "P": r"(?:\s*⟪\d+⟫)*",
        "NP": r"(?P<np>)",
    })
    return regex.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], pattern)


def _compile(pattern: str, ignore_case: bool) -> regex.Pattern:
    """Claim rules run on the lower-cased masked sentence (faster than IGNORECASE over long
    word alternations), so their literal words are lower-cased too; escapes stay as written."""
    if ignore_case:
        return regex.compile(pattern, regex.IGNORECASE)
    return compile_lowercase(pattern)


def _needs(names: list[str] | None) -> frozenset[str] | None:
    """A rule's `needs`: words or word classes; the first word of each entry is checked."""
    if not names:
        return None
    classes = words()["classes"]
    entries = [w for name in names for w in classes.get(name, [name])]
    return frozenset(e.lower().split()[0].replace("\\", "") for e in entries)


_WORDS = regex.compile(r"[\w'’.]+|[,;:()]")


def compile_rule(data: dict) -> Rule:
    units = data.get("units")
    return Rule(
        id=data["id"], purpose=data.get("purpose", ""),
        pattern=_compile(expand(data["pattern"]), ignore_case=bool(data.get("creates"))),
        measure=data["measure"], indicator=data.get("indicator", "subject"),
        units=frozenset(units) if units else None,
        not_units=frozenset(data.get("not_units", [])),
        kinds=frozenset(data["kinds"]) if data.get("kinds") else None,
        needs=_needs(data.get("needs")),
        creates=data.get("creates"),
        raw=data,
    )


@lru_cache(maxsize=4)
def load_rules(name: str = RULES_FILE) -> tuple[list[Rule], list[Rule]]:
    """(rules that claim quantities, rules that create rank mentions), in file order."""
    rules = [compile_rule(d) for d in load_jsonl(name)]
    return [r for r in rules if not r.creates], [r for r in rules if r.creates]


def unit_ok(rule: Rule, unit: str, kind: str) -> bool:
    """`_unit_ok`, remembered per rule (a document has few distinct units)."""
    key = (unit, kind)
    ok = rule.accepts.get(key)
    if ok is None:
        ok = rule.accepts[key] = _unit_ok(rule, unit, kind)
    return ok


def _unit_ok(rule: Rule, unit: str, kind: str) -> bool:
    """Whether a rule may claim a quantity: ranks only by rank rules, multipliers ("doubled")
    only by change rules, and each rule's own unit and kind lists ("money": any currency)."""
    if (unit == "rank") != (rule.measure == "rank"):
        return False
    if rule.kinds is not None and kind not in rule.kinds:
        return False
    if kind == "change" and rule.measure not in ("change", "auto"):
        return False
    group = "money" if len(unit) == 3 and unit.isupper() else unit
    if rule.units is not None and unit not in rule.units and group not in rule.units:
        return False
    return unit not in rule.not_units and group not in rule.not_units


class Claims:
    """The rules that match each quantity of a masked sentence, in file order (the first that
    yields an indicator wins; the others are fallbacks), found rule by rule as they are asked
    for: once a quantity has its indicator, the rules after the winning one never run on its
    sentence (most figures are claimed long before the catch-all rules at the end of the file).

    `units` gives each quantity's (unit, kind). A rule with `"list": true` claims every
    quantity of its match, each with its position in the list.
    """

    def __init__(self, masked: str, units: list[tuple[str, str]], rules: list[Rule]):
        self.low = lowered(masked)
        present = set(_WORDS.findall(self.low))
        present |= {w.rstrip(".") for w in present} | {"'s" for w in present if w.endswith("'s")}
        self.units = units
        self.rules = _eligible(rules, present, frozenset(units))
        self._found: list[dict[int, Claim] | None] = [None] * len(self.rules)

    def of(self, index: int) -> Iterator[Claim]:
        """The claims on quantity `index`, in file order, each rule run when first reached
        (a rule that may not claim this quantity's unit is not run for it)."""
        unit = self.units[index]
        for k, rule in enumerate(self.rules):
            if not unit_ok(rule, *unit):
                continue  # none of its matches could list this quantity
            found = self._found[k]
            if found is None:
                found = self._found[k] = self._matches(rule)
            c = found.get(index)
            if c is not None:
                yield c

    def _matches(self, rule: Rule) -> dict[int, Claim]:
        """Quantity index -> the claim of `rule` on it (its first match that lists it)."""
        found: dict[int, Claim] = {}
        low, units = self.low, self.units
        for m in rule.pattern.finditer(low):
            if m.group("qi") is None:
                continue
            listed = [int(i) for i in QMARK_RE.findall(low, m.start("q"), m.end())] \
                if rule.raw.get("list") else [int(m.group("qi"))]
            if any(i >= len(units) or not unit_ok(rule, *units[i]) for i in listed):
                continue
            for k, i in enumerate(listed):
                if i not in found:
                    found[i] = Claim(i, rule, m, k, len(listed))
        return found


_ELIGIBLE: dict[int, tuple[list[Rule], frozenset[str], dict]] = {}  # id(rules) -> memo


def _eligible(rules: list[Rule], present: set[str], kinds: frozenset[tuple[str, str]]
              ) -> list[Rule]:
    """The rules whose needed words are `present` and that may claim one of these units, in
    file order: remembered per (needed words present, units), as sentences repeat both."""
    memo = _ELIGIBLE.get(id(rules))
    if memo is None or memo[0] is not rules:
        needed = frozenset().union(*(r.needs for r in rules if r.needs is not None))
        memo = _ELIGIBLE[id(rules)] = (rules, needed, {})
    _, needed, chosen = memo
    key = (needed.intersection(present), kinds)
    found = chosen.get(key)
    if found is None:
        if len(chosen) > 4096:
            chosen.clear()  # bounded: a memo, not a record of every sentence
        found = chosen[key] = [r for r in rules if (r.needs is None or not r.needs.isdisjoint(
            present)) and _accepts_any(r, kinds)]
    return found


def _accepts_any(rule: Rule, kinds: frozenset[tuple[str, str]]) -> bool:
    """Whether `rule` may claim any of these (unit, kind) pairs (remembered per rule)."""
    ok = rule.accepts.get(kinds)
    if ok is None:
        ok = rule.accepts[kinds] = any(unit_ok(rule, *u) for u in kinds)
    return ok


def claim(masked: str, units: list[tuple[str, str]], rules: list[Rule]
          ) -> dict[int, list[Claim]]:
    """Quantity index -> every rule that matches it, in file order (all rules run)."""
    claims = Claims(masked, units, rules)
    found = {i: list(claims.of(i)) for i in range(len(units))}
    return {i: c for i, c in found.items() if c}


QMARK_RE = regex.compile(r"⟦(\d+)⟧")
