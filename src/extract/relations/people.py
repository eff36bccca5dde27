"""People in a sentence: never what a figure is about (RECORDS.md: a place or organisation).

A capitalised run names a person when a title or role stands next to it ("Mayor Wayne Brown",
"director Tim Lawless", "Joana Silva, chief economist at ..."), when it opens with a common
given name ("Jane Roe"), or when the document named that person before (the surname alone:
"Roe's plan"). The titles are words of news English; given names are data (`gazetteer_v1.json`).
"""

from __future__ import annotations

import regex

from . import gazetteer as gz

_POSS_END = regex.compile(r"['’]s$|(?<=s)['’]$")

_TITLES = ("mayor|governor|minister|president|premier|chancellor|secretary|senator|"
           "councillor|councilor|council\\s+member|member|chairman|chairwoman|chair|ceo|cfo|"
           "chief|executive|director|economist|analyst|strategist|spokesman|spokeswoman|"
           "spokesperson|manager|officer|founder|commissioner|lawmaker|professor|head|dr|mr|"
           "mrs|ms|sir|dame")
_CASED_TITLES = "|".join(f"{t}|{t[0].upper()}{t[1:]}" for t in _TITLES.split("|"))
_TITLE_BEFORE = regex.compile(rf"\b(?:{_CASED_TITLES}|CEO|CFO)\.?\s+$")  # "director Tim Lawless"
_ROLE_AFTER = regex.compile(  # ", chief economist at ...": the name before the comma is a person
    rf",\s+(?:the\s+|an?\s+|[\w'’-]+['’]s\s+)?(?!(?:whose|which|who|where|that|its|their)\b)"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_CASED_TITLES})\b")


def is_person(sentence: str, text: str, start: int, persons: set[str]) -> bool:
    """Whether the run `text` at `start` names a person: one the document named before (or
    their surname), a title and a name ("Mayor Wayne Brown"), a name after a role word
    ("director Tim Lawless") or before one (", chief economist at"). New ones join `persons`
    so that a later "Lawless expects" is known."""
    name = _POSS_END.sub("", text) if text[-1:] in ("s", "'", "’") else text
    if name in persons:
        return True
    words = name.split()
    if len(words) < 2:
        return False  # a single word is a person only once named (above): most runs end here
    titled = max((k + 1 for k, w in enumerate(words[:-1])  # "Vice President Joe Biden"
                  if w.rstrip(".").lower() in _TITLE_WORDS), default=0)
    words = words[titled:]
    if not (1 if titled else 2) <= len(words) <= 3 or any(  # "President Trump", "Jane Roe"not w[:1].isupper() or w in gz.org_words() or
                                       w in gz.place_names() for w in words):
        return False
    end = start + len(text)
    if not titled and not _TITLE_BEFORE.search(sentence, max(0, start - 25), start) and \
            not _ROLE_AFTER.match(sentence, end) and words[0] not in gz.first_names():
        return False  # "Jane Roe": a common given name and a surname
    persons.update((name, " ".join(words), words[-1]))
    return True


_TITLE_WORDS = frozenset(_TITLES.replace("\\s+", " ").split("|"))
