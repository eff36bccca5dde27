"""Monetary policy figures (a cash or repo rate, its cuts, a medium-term inflation target) are
the central bank's, not its country's, even where the sentence names only the country or no
one ("the Board decided to lower the cash rate by 25 basis points")."""

from __future__ import annotations

from functools import lru_cache

import regex

from . import gazetteer as gz
from .lexicon import alternation


@lru_cache(maxsize=1)
def _banks() -> regex.Pattern:
    return regex.compile(gz.data()["central_banks"])


@lru_cache(maxsize=1)
def _terms() -> regex.Pattern:
    return regex.compile(rf"\b{alternation(gz.data()['policy_terms'])}\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _moves() -> regex.Pattern:
    return regex.compile(rf"\b{alternation(gz.data()['policy_moves'])}\b", regex.IGNORECASE)


def central_banks(text: str) -> tuple[str, ...]:
    """The central banks a document names, first mention first. The whole text is read: a
    bank's own release often names the bank only in the page around the statement."""
    if "Bank" not in text and "Reserve" not in text:
        return ()
    found: list[str] = []
    for m in _banks().finditer(text):
        name = m.group()
        if m.group("of") is not None:  # "Reserve Bank of X": X must be a place
            words = m.group("of").split()
            place = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                          if " ".join(words[:k]) in gz.place_names()), None)
            if place is None:
                continue  # "Bank of Commerce": a lender's name, no country's bank
            name = text[m.start():m.start("of")] + place
        else:  # "The European Central Bank": the article is no part of the name
            words = name.split()
            while words and words[0].lower() in gz.leading_words():
                words = words[1:]
            if len(words) < 3 and words[-1] == "Bank":
                continue  # "The Central Bank": no name
            name = " ".join(words)
        if name not in found:
            found.append(name)
    return tuple(found)


def is_policy_figure(indicator: str, sentence: str) -> bool:
    """Whether the figure is a policy rate or target, or a move of one ("three reductions"
    in a sentence about the repo rate)."""
    if _terms().search(indicator):
        return True
    return bool(_moves().search(indicator)) and bool(_terms().search(sentence))


def bank_for(banks: tuple[str, ...], place: str | None) -> str | None:
    """The bank of `place` (whose name holds it), else the document's only central bank."""
    if place:
        own = next((b for b in banks if place in b), None)
        if own:
            return own
    return banks[0] if len(banks) == 1 else None
