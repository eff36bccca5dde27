"""Rule and lexicon data files under `extract/rules/`, loaded once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def load_json(name: str) -> dict:
    return json.loads((RULES_DIR / name).read_text(encoding="utf-8"))


def load_jsonl(name: str) -> list[dict]:
    lines = (RULES_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def alternation(words: list[str]) -> str:
    """A non-capturing regex alternation, longest first so that "stood at" beats "stood".

    Words are written as regex fragments (most are plain words; spaces match any whitespace).
    """
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in ordered) + ")"


def compile_lowercase(pattern: str):
    """Compile `pattern` for matching lower-cased text: its literal letters are lower-cased,
    escapes (\\d, \\s, \\b) and group names kept. Faster than IGNORECASE on long word lists."""
    import regex

    lowered = regex.sub(r"(\\.)|(\(\?P<\w+>)|([A-Z])",
                        lambda m: m.group(1) or m.group(2) or m.group(3).lower(), pattern)
    return regex.compile(lowered)


def lowered(text: str) -> str:
    """`text` in lower case, or as is when lower-casing would move offsets ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else text


# letters that a case-blind match may take for an ASCII one while str.lower() keeps them apart
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def case_blind_lower(text: str) -> str | None:
    """`text` lower-cased when a case-blind pattern of ASCII words matches in it just where
    the lower-cased pattern matches in this (same offsets, no letter that folds to ASCII
    otherwise, such as the long s); None when not."""
    low = text.lower()
    if len(low) != len(text) or any(map(text.__contains__, _FOLDS_TO_ASCII)):
        return None
    return low


@lru_cache(maxsize=1)
def words() -> dict:
    return load_json("relations_words_v1.json")


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset[str]]:
    """Each word class as a set of lower-case words (multiword entries keep their spaces)."""
    sets = {name: frozenset(w.lower() for w in ws) for name, ws in words()["classes"].items()}
    sets["STOP_VERBS"] = frozenset(words()["stop_verbs"])
    return sets


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """{NAME} -> regex: every word class as a whole-word alternation."""
    return {name: r"\b" + alternation(ws) + r"\b" for name, ws in words()["classes"].items()}
