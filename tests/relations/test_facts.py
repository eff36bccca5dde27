from decimal import Decimal

from extract.model import Record
from extract.relations.facts import dedupe


def _record(start, value, indicator, entity="Acme", period=None, base=None, unit="percent"):
    return Record(doc_id="d", entity=entity, indicator=indicator, measure="change",
                  value=Decimal(value), unit=unit, span=(start, start + 2),
                  sentence=(start, start + 10), text="x", rule="r", period=period,
                  base_period=base)


def test_dedupe_keeps_the_first_mention_and_fills_its_empty_fields():
    first = _record(100, "5", "exports rose", period="2019")
    other = _record(150, "7", "imports rose", period="2019")
    again = _record(200, "5.0", "exports rising", entity="ACME", base="2018")
    kept = dedupe([first, other, again], lead_end=0)
    assert kept == [first, other]
    assert first.base_period == "2018" and first.span == (100, 102)


def test_dedupe_keeps_figures_that_differ_in_value_unit_entity_or_words():
    records = [_record(100, "5", "exports rose"),
               _record(110, "5", "exports rose", unit="count"),
               _record(120, "5", "exports rose", entity="Other"),
               _record(130, "6", "exports rose"),
               _record(140, "5", "wages fell")]
    assert dedupe(records, lead_end=0) == records


def test_dedupe_a_headline_figure_restates_the_body_in_other_words():
    headline = _record(0, "5", "profit jumps")
    body = _record(100, "5", "net income rose")
    assert dedupe([headline, body], lead_end=50) == [headline]
    in_body = _record(60, "5", "profit jumps")  # past the standfirst: the words must agree
    assert dedupe([in_body, body], lead_end=50) == [in_body, body]


def test_a_headline_fact_restated_with_a_dotted_spelling_is_one_record(run):
    records = run("US employers add 263,000 jobs in November\n\nWASHINGTON, Dec 2 (Wire) - U.S. "
                  "employers added 263,000 jobs in November, the Labor Department said on Friday.",
                  pub_date="2022-12-02")
    assert [(r.value, r.period) for r in records] == [(263000, "2022-11")]
