"""Rule data for the line classifier: boilerplate patterns and stop words, loaded once.

The patterns live in `rules/boilerplate_patterns_v1.jsonl` (one rule a line: `id`, `scope`,
`role`, `reason`, `pattern`, `example`). Rules of one scope are joined into a single regex with a
named group per rule, so a line costs at most two regex calls whatever the number of rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
PATTERNS_FILE = RULES_DIR / "boilerplate_patterns_v1.jsonl"
STOPWORDS_FILE = RULES_DIR / "boilerplate_stopwords_v1.txt"
LIST_MARKER = r"(?:[•·*»›>▪■◆–-]\s*)?"  # "start" rules also match after a bullet


@dataclass(frozen=True)
class BoilerplateRule:
    id: str
    scope: str  # "start": matched at the start of the stripped line; "anywhere": searched
    role: str  # "drop": drop the line; "end": drop it and never let the article cross it
    reason: str
    pattern: str
    example: str
    counterexample: str | None = None


@dataclass(frozen=True)
class RuleSet:
    rules: dict[str, BoilerplateRule]
    start: re.Pattern
    anywhere: re.Pattern
    stopwords: frozenset[str]


def load_rules(path: Path = PATTERNS_FILE) -> list[BoilerplateRule]:
    with open(path, encoding="utf-8") as fh:
        return [BoilerplateRule(**json.loads(line)) for line in fh if line.strip()]


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def join_patterns(rules: list[BoilerplateRule], prefix: str = "") -> re.Pattern:
    """One alternation with a named group per rule; `match.lastgroup` names the rule."""
    if not rules:
        return re.compile(r"(?!)")
    return re.compile(prefix + "(?:" + "|".join(f"(?P<{r.id}>{r.pattern})" for r in rules) + ")")


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    rules = load_rules()
    return RuleSet(
        rules={r.id: r for r in rules},
        start=join_patterns([r for r in rules if r.scope == "start"], LIST_MARKER),
        anywhere=join_patterns([r for r in rules if r.scope == "anywhere"]),
        stopwords=load_stopwords(),
    )
