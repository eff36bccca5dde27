"""The per-document entry point that every executor calls: read -> strip -> quantities -> relate.

`process` never raises: a document that fails becomes a `DocumentResult` with status "error",
so one bad document never stops a batch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .clean import strip_lines
from .model import Document, DocumentResult, Line, Quantity
from .quantities import find_quantities, mentions_yen
from .relations import extract_records


@dataclass(frozen=True)
class Config:
    """Options that change what `process` produces (picklable, shared by every worker)."""

    pub_date: str | None = None  # fallback publication date, YYYY-MM-DD
    taxonomy: str | None = None  # path of an indicator taxonomy file replacing the default

    def to_dict(self) -> dict:
        return asdict(self)


def main_quantities(text: str, lines: list[Line]) -> list[Quantity]:
    """Quantities of the kept lines, with offsets into the whole text."""
    found: list[Quantity] = []
    # "¥" is yuan unless the document says yen, maybe in another line: read that once.
    yen = "¥" in text and mentions_yen(text)
    for line in lines:
        if not line.keep:
            continue
        for q in find_quantities(line.text, yen=yen):
            q.span = (q.span[0] + line.start, q.span[1] + line.start)
            found.append(q)
    return found


def process(document: Document, config: Config = Config()) -> DocumentResult:
    """Turn one document into its records and its accounting line."""
    try:
        # HTML was already stripped by trafilatura: its extracted lines are all article.
        lines = strip_lines(document.text, extracted=document.format == "html")
        quantities = main_quantities(document.text, lines)
        pub_date = document.pub_date or config.pub_date
        records = extract_records(document, lines, quantities, pub_date=pub_date,
                                  taxonomy=config.taxonomy)
    except Exception as exc:  # noqa: BLE001 - any failure is this document's, not the batch's
        return DocumentResult(
            doc_id=document.doc_id, source=document.source, status="error",
            error=f"{type(exc).__name__}: {exc}", warnings=list(document.warnings),
            n_chars=len(document.text),
        )
    return DocumentResult(
        doc_id=document.doc_id, source=document.source, status="ok", records=records,
        main_lines=[line.number for line in lines if line.keep],
        warnings=list(document.warnings), n_chars=len(document.text),
    )
