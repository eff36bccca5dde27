"""End to end on the seed article: the walking skeleton's contract."""

from pathlib import Path

import pytest

from extract.io.readers import read_path
from extract.model import MEASURES, QUALIFIERS
from extract.pipeline import Config, process
from extract.relations.engine import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "guangzhou-high-tech-2017.txt"


@pytest.fixture(scope="module")
def seed_result():
    (document,) = list(read_path(SEED))
    return document, process(document, Config())


def test_seed_keeps_exactly_the_article_lines(seed_result):
    _, result = seed_result
    assert result.status == "ok"
    assert result.main_lines == [2, 3, 5, 7, 9, 11, 13]


def test_every_span_slices_its_text_out_of_the_raw_file(seed_result):
    document, result = seed_result
    raw = SEED.read_text(encoding="utf-8")
    assert document.text == raw
    assert result.records
    for record in result.records:
        start, end = record.span
        assert raw[start:end] == record.text
        s_start, s_end = record.sentence
        assert s_start <= start < end <= s_end


def test_every_record_names_a_real_rule_and_uses_the_vocabularies(seed_result):
    _, result = seed_result
    rules, rank_rules = load_rules()
    known = {rule.id for rule in rules} | {rule.id for rule in rank_rules}
    for record in result.records:
        assert record.rule in known, record.rule
        assert record.measure in MEASURES
        assert record.qualifier in QUALIFIERS


def test_no_record_comes_from_boilerplate(seed_result):
    document, result = seed_result
    kept_until = document.text.index("(By John")
    assert all(record.span[1] <= kept_until for record in result.records)


def test_a_failing_document_is_an_error_result_not_an_exception(monkeypatch):
    from extract import pipeline
    from extract.model import Document

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "extract_records", broken)
    result = pipeline.process(Document(doc_id="x", text="Exports rose 5 percent in 2019."))
    assert result.status == "error"
    assert "boom" in result.error
    assert result.accounting()["doc_id"] == "x"


def test_yen_cue_in_one_line_decides_the_yen_sign_in_another():
    from extract.model import Document

    text = "Tokyo exporters struggle\nShipments were worth ¥76.93 trillion last year, the ministry said.\n"
    (q,) = [q for q in process(Document(doc_id="j", text=text)).records if q.text.startswith("¥")]
    assert q.unit == "JPY"
    text = "Shenzhen exporters thrive\nShipments were worth ¥76.93 trillion last year, the bureau said.\n"
    (q,) = [q for q in process(Document(doc_id="c", text=text)).records if q.text.startswith("¥")]
    assert q.unit == "CNY"
