"""Rule data for the line classifier: boilerplate patterns and stop words, loaded once.

The patterns live in `rules/boilerplate_patterns_v1.jsonl`, one rule a line: `id`, `scope`,
`role`, `reason`, `pattern`, `triggers`, `example` (and optionally `counterexample`).

Regexes are the slow part of a Python line classifier, so every rule names cheap `triggers`
and its regex only runs on lines that have one:
- scope "start": the pattern is matched at the start of the stripped line; triggers are the
  line's possible first words (their first four letters, lower case, after list bullets).
  The start rules a line's first word triggers are joined into one regex with a named group
  per rule (compiled once per combination), so a line costs at most one call.
- scope "anywhere": searched in lines of at most ANYWHERE_CHARS; triggers are lower-case
  substrings.
- scope "end": searched in the last END_CHARS characters; triggers are substrings of that tail.
The "anywhere" and "end" triggers are found in one pass over the line by an Aho-Corasick
automaton (ahocorasick_rs) instead of one substring test per trigger: every line the stripper
keeps is checked, and some 60 substring scans a line were a quarter of its time.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from pathlib import Path

from ahocorasick_rs import AhoCorasick

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
PATTERNS_FILE = RULES_DIR / "boilerplate_patterns_v1.jsonl"
STOPWORDS_FILE = RULES_DIR / "boilerplate_stopwords_v1.txt"
LIST_MARKERS = "•·*»›>▪■◆–-| "  # stripped before a line's first word is looked up
LIST_MARKER_RE = r"(?:[•·*»›>▪■◆–|-]\s*)?"  # and allowed before the start patterns
END_CHARS = 60
TAIL = itemgetter(slice(-END_CHARS, None))  # a text's last END_CHARS characters
ANYWHERE_CHARS = 250
KEY_CHARS = 4
MAX_CACHED_HEADS = 50_000  # distinct line beginnings remembered per rule set


class ListLed:
    """In RuleSet.start_heads: a line beginning with a bullet (see head_regex)."""

    def __reduce__(self):  # pickled by name, so that a pickled cache keeps the one instance
        return "LIST_LED"


LIST_LED = ListLed()


@dataclass(frozen=True)
class BoilerplateRule:
    id: str
    scope: str  # "start", "anywhere" or "end" (see the module docstring)
    role: str  # "drop"; "end": also closes the article; "section": heads related stories;
    # "comments": heads a comment thread
    reason: str
    pattern: str
    example: str
    triggers: tuple[str, ...] = ()
    counterexample: str | None = None


@dataclass(frozen=True)
class RuleSet:
    rules: dict[str, BoilerplateRule]
    start_keys: dict[str, tuple[int, ...]]  # first-word key -> indices of its start rules
    anywhere: tuple[tuple[str, BoilerplateRule, re.Pattern], ...]  # (trigger, rule, regex)
    end: tuple[tuple[str, BoilerplateRule, re.Pattern], ...]
    stopwords: frozenset[str] = field(default_factory=frozenset)
    stopwords_anycase: frozenset[str] = field(default_factory=frozenset)  # also "The", "THE"
    start_regexes: dict = field(default_factory=dict, compare=False, repr=False)  # cache
    start_heads: dict = field(default_factory=dict, compare=False, repr=False)  # raw head: regex
    line_classes: dict = field(default_factory=dict, compare=False, repr=False)  # cache
    anywhere_finder: TriggerFinder = field(init=False, compare=False, repr=False)
    end_finder: TriggerFinder = field(init=False, compare=False, repr=False)

    def __post_init__(self):  # the trigger automata follow from the trigger tables
        object.__setattr__(self, "anywhere_finder", TriggerFinder([t for t, _, _ in self.anywhere]))
        object.__setattr__(self, "end_finder", TriggerFinder([t for t, _, _ in self.end]))


def load_rules(path: Path = PATTERNS_FILE) -> list[BoilerplateRule]:
    rules = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                data = json.loads(line)
                data["triggers"] = tuple(data.get("triggers", ()))
                rules.append(BoilerplateRule(**data))
    return rules


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def join_patterns(rules: list[BoilerplateRule], prefix: str = "") -> re.Pattern:
    """One alternation with a named group per rule; `match.lastgroup` names the rule."""
    if not rules:
        return re.compile(r"(?!)")
    return re.compile(prefix + "(?:" + "|".join(f"(?P<{r.id}>{r.pattern})" for r in rules) + ")")


def trigger_table(rules: list[BoilerplateRule]) -> tuple:
    return tuple((t, r, re.compile(r.pattern)) for r in rules for t in r.triggers)


class TriggerFinder:
    """Which entries of a trigger table have their trigger in a (lower-case) text: one
    Aho-Corasick pass over the text for all the triggers (ahocorasick_rs, overlapping matches,
    so that a trigger inside another is found too)."""

    def __init__(self, triggers: Sequence[str]):  # the table's, one an entry
        self.triggers = tuple(triggers)
        entries: dict[str, list[int]] = {}
        for index, trigger in enumerate(triggers):
            entries.setdefault(trigger, []).append(index)
        if any("\n" in trigger for trigger in entries):
            raise ValueError("a trigger holds a newline")  # see entries_of
        self.entries = [tuple(indices) for indices in entries.values()]  # per trigger
        self.automaton = AhoCorasick(list(entries)) if entries else None

    def __reduce__(self):  # the automaton does not pickle: it is built again from the triggers
        return TriggerFinder, (self.triggers,)

    def entries_of(self, lows: list[str]) -> list[Sequence[int]]:
        """For each (lower-case) text, the indices of the table entries whose trigger occurs in
        it, in table order. The texts are searched as one, joined by newlines: no trigger holds
        one, so none is found across two texts."""
        found: list[Sequence[int]] = [()] * len(lows)
        if self.automaton is None:
            return found
        hits = self.automaton.find_matches_as_indexes("\n".join(lows), overlapping=True)
        if hits:
            starts = list(accumulate(map((1).__add__, map(len, lows)), initial=0))
            per_text: dict[int, set[int]] = {}
            for trigger, start, _ in hits:
                per_text.setdefault(bisect_right(starts, start) - 1, set()).update(
                    self.entries[trigger])
            for k, indices in per_text.items():
                found[k] = sorted(indices)
        return found


def build_rules(rules: list[BoilerplateRule], stopwords: frozenset[str]) -> RuleSet:
    start = [r for r in rules if r.scope == "start"]
    keys: dict[str, set[int]] = {}
    for index, rule in enumerate(start):
        for trigger in rule.triggers:
            keys.setdefault(trigger[:KEY_CHARS], set()).add(index)
    return RuleSet(
        rules={r.id: r for r in rules},
        start_keys={key: tuple(sorted(found)) for key, found in keys.items()},
        anywhere=trigger_table([r for r in rules if r.scope == "anywhere"]),
        end=trigger_table([r for r in rules if r.scope == "end"]),
        stopwords=stopwords,
        stopwords_anycase=stopwords | {w.capitalize() for w in stopwords} | {
            w.upper() for w in stopwords},
    )


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    return build_rules(load_rules(), load_stopwords())


def match_start(text: str, rules: RuleSet) -> BoilerplateRule | None:
    """The start rule matching `text` (stripped), trying only the rules its first word triggers."""
    regex = rules.start_heads.get(text[:KEY_CHARS], False)
    if regex is False or regex is LIST_LED:
        regex = head_regex(text, rules)
    if regex is not None:
        m = regex.match(text)
        if m:
            return rules.rules[m.lastgroup]
    return None


def head_regex(text: str, rules: RuleSet) -> re.Pattern | None:
    """The joined regex of the start rules that `text`'s head (first KEY_CHARS characters after
    list bullets) triggers, or None; remembered by the head as written (no lower() a line).

    A line's first KEY_CHARS characters as written are its head unless it starts with a bullet:
    those are remembered as LIST_LED, and the head is looked up after the bullets. Callers look
    up `text[:KEY_CHARS]` in `rules.start_heads` first and come here for False or LIST_LED.
    """
    heads = rules.start_heads
    if len(heads) > MAX_CACHED_HEADS:
        heads.clear()
    if text[0] in LIST_MARKERS:
        heads[text[:KEY_CHARS]] = LIST_LED
        raw = text.lstrip(LIST_MARKERS)[:KEY_CHARS]  # never starts with a bullet: no clash
    else:
        raw = text[:KEY_CHARS]
    regex = heads.get(raw, False)
    if regex is False:  # first time this head is seen: the rules of its 1- to 4-letter keys
        head, keys = raw.lower(), rules.start_keys
        found = tuple(sorted(set(keys.get(head, ()) + keys.get(head[:3], ())
                                 + keys.get(head[:2], ()) + keys.get(head[:1], ()))))
        regex = heads[raw] = start_regex(rules, found) if found else None
    return regex


def start_regex(rules: RuleSet, indices: tuple[int, ...]) -> re.Pattern:
    """The joined regex of some start rules (in file order), compiled once per combination."""
    regex = rules.start_regexes.get(indices)
    if regex is None:
        start = [r for r in rules.rules.values() if r.scope == "start"]
        regex = join_patterns([start[i] for i in indices], LIST_MARKER_RE)
        rules.start_regexes[indices] = regex
    return regex


def match_inside(text: str, rules: RuleSet) -> BoilerplateRule | None:
    """The first "anywhere" or "end" rule matching `text`, trying only triggered rules.

    "anywhere" rules only look at lines of at most ANYWHERE_CHARS: the notices they catch are
    short, and scanning long paragraphs for their triggers is most of their cost.
    """
    return match_inside_all([text], rules)[0]


def match_inside_all(texts: list[str], rules: RuleSet) -> list[BoilerplateRule | None]:
    """match_inside of each text, the triggers of all of them found in one pass a scope."""
    anywhere = rules.anywhere_finder.entries_of(
        [text.lower() if len(text) <= ANYWHERE_CHARS else "" for text in texts])
    tails = list(map(TAIL, texts))
    end = rules.end_finder.entries_of(list(map(str.lower, tails)))
    found: list[BoilerplateRule | None] = [None] * len(texts)
    # most texts trigger nothing: only those that do are looked at one by one
    for k in {*compress(range(len(texts)), anywhere), *compress(range(len(texts)), end)}:
        found[k] = first_match(texts[k], tails[k], anywhere[k], end[k], rules)
    return found


def first_match(text: str, tail: str, anywhere: Sequence[int], end: Sequence[int],
                rules: RuleSet) -> BoilerplateRule | None:
    """The first rule, in file order, among the triggered ones whose pattern matches."""
    for i in anywhere:
        _, rule, regex = rules.anywhere[i]
        if regex.search(text):
            return rule
    for i in end:
        _, rule, regex = rules.end[i]
        if regex.search(tail):
            return rule
    return None


def find_rule(text: str, rules: RuleSet | None = None) -> BoilerplateRule | None:
    """The rule a stripped line matches, start rules first; None for no rule."""
    rules = rules or default_rules()
    return match_start(text, rules) or match_inside(text, rules)
