"""Whatever byte a kill stops the journal at, resuming gives the uninterrupted output."""

import json
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.io.decoding import BinaryContent, decode_text
from extract.io.writers import PARTIAL, Journal
from extract.model import DocumentResult, Record

OPTIONS = {"inputs": ["in"], "format": "jsonl"}


def results(counts: list[int]) -> list[DocumentResult]:
    out = []
    for i, n in enumerate(counts):
        records = [Record(doc_id=f"d{i}", entity="Ruritania", indicator="output",
                          measure="level", value=Decimal(f"{i}.{k}5"), unit="count",
                          span=(k, k + 3), sentence=(0, 9), text="1.5", rule="r")
                   for k in range(n)]
        out.append(DocumentResult(doc_id=f"d{i}", source="s", status="ok" if n else "error",
                                  records=records, error=None if n else "bad input"))
    return out


def finished_bytes(folder: Path, docs: list[DocumentResult], batch: int) -> bytes:
    journal = Journal(folder, OPTIONS)
    for start in range(0, len(docs), batch):
        journal.append(docs[start:start + batch])
    journal.finish("jsonl", {})
    return (folder / "records.jsonl").read_bytes() + (folder / "documents.jsonl").read_bytes()


@settings(max_examples=60, deadline=None)
@given(counts=st.lists(st.integers(0, 3), min_size=1, max_size=12), batch=st.integers(1, 4),
       cut=st.floats(0, 1))
def test_resume_after_a_kill_at_any_byte(counts, batch, cut):
    docs = results(counts)
    with tempfile.TemporaryDirectory() as tmp:
        reference = finished_bytes(Path(tmp) / "ref", docs, batch)
        # The journal's writes, in order: each batch's records, then its documents' lines.
        writes = []
        for start in range(0, len(docs), batch):
            part = docs[start:start + batch]
            writes.append(("records.jsonl", "".join(r.to_json() + "\n"
                                                    for d in part for r in d.records)))
            writes.append(("documents.jsonl", "".join(json.dumps(d.accounting()) + "\n"
                                                      for d in part)))
        budget = int(cut * sum(len(blob.encode()) for _, blob in writes))
        killed = Path(tmp) / "killed"
        Journal(killed, OPTIONS).close()
        for name, blob in writes:
            data = blob.encode()[:budget]
            budget -= len(data)
            with open(killed / PARTIAL / name, "ab") as fh:
                fh.write(data)
        journal = Journal(killed, OPTIONS, resume=True)
        journal.append([d for d in docs if d.doc_id not in journal.done])
        journal.finish("jsonl", {})
        assert (killed / "records.jsonl").read_bytes() + \
            (killed / "documents.jsonl").read_bytes() == reference


@given(st.binary(max_size=300))
def test_decoding_never_fails_on_arbitrary_bytes(data):
    try:
        text, warnings = decode_text(data)
    except BinaryContent:
        return
    assert isinstance(text, str)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert warnings  # every fallback is recorded


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))
def test_utf8_text_reads_back_exactly(text):
    assert decode_text(text.encode("utf-8")) == (text.removeprefix("\ufeff"), [])
