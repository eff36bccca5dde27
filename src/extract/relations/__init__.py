"""Relation extraction: tie every figure to its indicator, entity, period and measure.

`extract_records` walks the kept lines (paragraphs) sentence by sentence (`sentences`), skips
sentences with neither figures nor time words, masks figures and time expressions, lets the data
rules of `rules/relations_v1.jsonl` claim each figure (`engine`; the first rule whose indicator
strategy yields a phrase wins, `strategies`, `phrases`), then fills entity (`entities`,
`gazetteer`, people left out by `people`, document subject from `subjects`, policy rates to
the central bank by `policy`), period and base (`periods`, `time_values`,
`timing`, reference date from `dating`), and keeps one record per fact (`facts`).
No trained model: word classes and lexicons are data files under `rules/`.
"""

from __future__ import annotations

import regex

from ..model import Document, Line, Quantity, Record
from .dating import reference_date
from .engine import load_rules
from .entities import dateline_end, find_entities
from .facts import dedupe, indicator_key
from .gazetteer import place_names
from .periods import find_periods
from .policy import central_banks
from .resolve import DocContext, Paragraph, candidates, has_rank_word, sentence_records
from .sentences import line_sentences, split_sentences
from .subjects import dropped_headline, main_subject, proper_words

__all__ = ["extract_records", "RelationExtractor"]
_LEAD_LINES = 3
_HEADING = regex.compile(r"[^.!?;:]{3,60}")  # short, no sentence punctuation  # headline, standfirst, first paragraph: where the main subject is named


def _lead_end(kept: list[Line]) -> int:
    """End of the headline, or of the standfirst when a short line follows the headline."""
    if not kept:
        return 0
    if len(kept) > 2 and len(kept[1].text.split()) <= 35 and \
            len(list(split_sentences(kept[1].text))) == 1:
        return kept[1].end
    return kept[0].end


def _context(document: Document, lines: list[Line], pub_date: str | None) -> DocContext:
    kept = [line for line in lines if line.keep]
    ref = reference_date(lines, pub_date)
    lead = [line.text for line in kept[:_LEAD_LINES]]
    default = None
    found = []
    for n, text in enumerate(lead):
        text = text[dateline_end(text):]
        found += [((p.weak, text[p.start:p.end][:1] in "QH", n), p.value)
                  for p in find_periods(text, ref) if p.kind == "period"
                  and p.value[:1].isdigit()  # not a placeholder (DOC_PERIOD, PREVIOUS...)
                  and not text[p.start:p.end].lower().startswith("since")]
    if found:
        # the account's own period, earliest first; a bare "Q1" (fiscal quarters differ) or
        # the day news broke ("on Thursday") only when the lead names nothing else
        default = min(found, key=lambda f: f[0])[1]
    if default is None and ref.source in ("pub_date", "dateline"):
        default = str(ref.year)
    rules, rank_rules = load_rules()
    texts = [line.text for line in kept]
    proper = proper_words(texts)
    persons: set[str] = set()  # filled as people are met (main subject first)
    main = main_subject(texts[0] if texts else "", texts[1:], proper, persons)
    dropped = dropped_headline(lines) if main is None else None
    if dropped:  # a release whose sentences never name its subject: the headline the
        main = main_subject(dropped, texts, proper, persons)  # stripper left out still does
    # an entity's text is a piece of its line, spaces aside: a line without the name is skipped
    company = bool(main) and main not in place_names() and not any(
        e.kind == "place" and e.text == main for text in texts[:3]
        if main in text or main in " ".join(text.split()) for e in find_entities(text))
    lead_end = _lead_end(kept)
    return DocContext(document.doc_id, document.text, ref, main, default, rules, rank_rules,
                      proper, company, lead_end, persons, main_place=_place_of(main),
                      central_banks=central_banks(document.text))


def _place_of(name: str | None) -> str | None:
    """The place a subject is, or is named after: "Leeds City Council" -> "Leeds"."""
    if not name:
        return None
    words = name.split()
    places = place_names()
    known = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                  if " ".join(words[:k]) in places), None)
    council = _LOCAL_GOVERNMENT.fullmatch(name)
    return known or (council.group(1) if council else None)


# "Harlow Borough Council", "Cork County Council": a local government named after its place
_LOCAL_GOVERNMENT = regex.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:City|Borough|"
                                  r"County|District|Town|Municipal|Metropolitan|Shire|Regional)"
                                  r"\s+(?:Council|Corporation|Government|Authority)")


def extract_records(document: Document, lines: list[Line], quantities: list[Quantity],
                    pub_date: str | None = None, taxonomy: str | None = None) -> list[Record]:
    """The records of one document (quantities: those of kept lines, offsets in its text)."""
    plan, found = _candidates(document.text, lines, quantities)
    if not found:
        return []  # no figure in kept lines: the document context is never built
    ctx = _context(document, lines, pub_date or document.pub_date)
    kept_first = next((line.number for line in lines if line.keep), 0)
    records: list[Record] = []
    section = ctx.default_period
    for line, sentences in plan:
        if _HEADING.fullmatch(line.text.strip()) and line.number > kept_first:
            # a subheading ("April-June 2021 in brief") dates the section below it
            dated = [p.value for p in find_periods(line.text, ctx.ref)
                     if p.kind == "period" and p.value[:1].isdigit()]
            section = dated[0] if dated else section
        last = max((k for k, (_, _, local) in enumerate(sentences) if local), default=-1)
        para = Paragraph(period=section)
        # sentences after the paragraph's last figure cannot change any record: skipped
        for start, end, local in sentences[:last + 1]:
            records.extend(sentence_records(ctx, para, start, end, local))
    records = dedupe(records, _lead_end([line for line in lines if line.keep]))
    for record in records:
        record.indicator_key = indicator_key(record.indicator, taxonomy)
    return records


def _candidates(text: str, lines: list[Line], quantities: list[Quantity]):
    """Each kept line with its sentences and their record candidates; whether any exists."""
    _, rank_rules = load_rules()
    ordered = sorted(quantities, key=lambda q: q.span[0])
    plan, cursor, found = [], 0, False
    for line in lines:
        if not line.keep:
            continue
        while cursor < len(ordered) and ordered[cursor].span[0] < line.start:
            cursor += 1
        if (cursor == len(ordered) or ordered[cursor].span[0] >= line.end) and \
                not has_rank_word(line.text):
            plan.append((line, []))  # no figure and no rank word: nothing to split or read
            continue
        sentences = []
        for start, end in line_sentences(line):
            while cursor < len(ordered) and ordered[cursor].span[0] < start:
                cursor += 1
            j = cursor
            while j < len(ordered) and ordered[j].span[0] < end:
                j += 1
            local = candidates(text[start:end], start, ordered[cursor:j], rank_rules)
            found = found or bool(local)
            sentences.append((start, end, local))
        plan.append((line, sentences))
    return plan, found


class RelationExtractor:
    """A thin wrapper holding the options, for callers that process many documents."""

    def __init__(self, pub_date: str | None = None, taxonomy: str | None = None):
        self.pub_date, self.taxonomy = pub_date, taxonomy

    def __call__(self, document: Document, lines: list[Line],
                 quantities: list[Quantity]) -> list[Record]:
        return extract_records(document, lines, quantities, self.pub_date, self.taxonomy)
