"""A unit of work between reading and processing, and how one turns into a result."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, DocumentResult
from .html import html_to_text, page_pub_date


@dataclass
class Job:
    """One input document as read, or the reason it could not be read.

    For HTML, `document.text` holds the markup until `prepare` extracts its text: extraction
    is costly, so it runs in the worker, not in the reading process.
    """

    document: Document
    raw_html: bool = False
    error: str | None = None
    n_bytes: int = 0  # size of the raw content, for throughput figures
    explicit_date: bool = False  # the input stated pub_date itself: page metadata cannot override
    max_line_chars: int | None = None

    @property
    def doc_id(self) -> str:
        return self.document.doc_id


def failed(doc_id: str, source: str, error: str, n_bytes: int = 0) -> Job:
    return Job(Document(doc_id=doc_id, text="", source=source), error=error, n_bytes=n_bytes)


def error_result(job: Job, error: str | None = None) -> DocumentResult:
    return DocumentResult(
        doc_id=job.doc_id, source=job.document.source, status="error",
        error=error or job.error, warnings=list(job.document.warnings),
    )


def prepare(job: Job) -> Document:
    """The Document to process: HTML replaced by its extracted text, pub_date from the page."""
    doc = job.document
    if not job.raw_html:
        return doc
    html = doc.text
    if not job.explicit_date:
        doc.pub_date = page_pub_date(html) or doc.pub_date
    doc.text = html_to_text(html, url=doc.url)
    doc.format = "html"
    job.raw_html = False
    return doc


def run_job(job: Job, config) -> DocumentResult:
    """Read failure, extraction failure or the pipeline's result: never raises."""
    from ..pipeline import process

    if job.error is not None:
        return error_result(job)
    try:
        document = prepare(job)
    except Exception as exc:  # noqa: BLE001 - one page's failure is that page's error entry
        return error_result(job, f"html extraction failed: {type(exc).__name__}: {exc}")
    if job.max_line_chars and has_line_longer(document.text, job.max_line_chars):
        return error_result(job, f"a line is longer than the limit of {job.max_line_chars} "
                                 "characters: not prose, not processed")
    return process(document, config)


def has_line_longer(text: str, limit: int) -> bool:
    """Whether some line has more than `limit` characters (scanned without copying lines)."""
    if len(text) <= limit:
        return False
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > limit:
            return True
        start = end + 1
    return False
