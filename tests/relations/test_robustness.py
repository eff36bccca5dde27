"""Any text, however odd, gives records or none, never an error (property test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import split_lines
from extract.model import Document
from extract.pipeline import main_quantities
from extract.relations import extract_records

WORDS = ["rose", "fell", "to", "from", "by", "percent", "billion", "yuan", "in", "2018", "the",
         "first", "half", "quarter", "of", "which", "among", "accounting", "for", "ranked",
         "second", "largest", "Acme", "Group", "Lyon", "said", "on", "Monday", "(", ")", ",",
         ".", ";", ":", "-", "a", "third", "respectively", "and", "up", "down", "year", "on",
         "12", "3.5", "1,200", "$4", "€5m", "last", "since", "March", "'s", "there", "the"]

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=5), st.sampled_from([None, "2019-07-10"]))
def test_any_text_processes_without_error(paragraphs, pub_date):
    text = "Headline about things\n\n" + "\n\n".join(p + "." for p in paragraphs) + "\n"
    lines = split_lines(text)
    for line in lines:  # every line kept: the relation stage sees all the text
        line.keep = bool(line.text.strip())
    records = extract_records(Document(doc_id="h", text=text), lines,
                              main_quantities(text, lines), pub_date=pub_date)
    for record in records:
        assert text[record.span[0]:record.span[1]] == record.text
        assert record.measure in ("level", "change", "share", "rank")
        assert record.indicator
