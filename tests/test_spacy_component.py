"""The spaCy component gives the same records as `extract run` on the bundled corpus, also
through `nlp.pipe(n_process=2)`, as plain dicts (docs pickle between processes)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy

from extract.io.readers import read_path
from extract.pipeline import Config, process

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _documents():
    docs = [d for path in sorted(CORPUS.glob("*.txt")) for d in read_path(path)]
    if not docs:
        pytest.skip("no corpus documents")
    return docs


def _expected(document) -> list[dict]:
    result = process(document, Config())
    return [{k: v for k, v in r.to_dict().items() if k != "doc_id"} for r in result.records]


def _without_id(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "doc_id"} for r in records]


def test_registered_through_the_entry_point_and_plain_dicts():
    nlp = spacy.blank("en")
    nlp.add_pipe("extract_indicators")
    doc = nlp("Exports rose 5 percent in 2018, the ministry said.\n")
    assert [(r["measure"], r["value"], r["indicator"]) for r in doc._.indicators] == [
        ("change", 5, "exports")]
    assert all(isinstance(r, dict) for r in doc._.indicators)
    pickle.loads(pickle.dumps(doc))


def test_same_records_as_extract_run_with_two_processes():
    documents = _documents()
    nlp = spacy.blank("en")
    nlp.add_pipe("extract_indicators")
    docs = list(nlp.pipe((d.text for d in documents), n_process=2, batch_size=4))
    assert len(docs) == len(documents)
    for document, doc in zip(documents, docs, strict=True):
        assert _without_id(doc._.indicators) == _expected(document), document.doc_id


def test_doc_id_and_pub_date_extensions_are_used():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("extract_indicators", config={"pub_date": "2019-07-10"})
    doc = nlp.make_doc("Exports rose 5 percent last year.\n")
    doc._.doc_id = "wire-1"
    doc = component(doc)
    assert [(r["doc_id"], r["period"]) for r in doc._.indicators] == [("wire-1", "2018")]
