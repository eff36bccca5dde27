"""WARC archives (`.warc`, `.warc.gz`) via warcio: each HTML or plain-text response record is
one document, its id the record's WARC-Record-ID (angle brackets removed)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Document
from .decoding import decode_text
from .html import declared_charset
from .jobs import Job, failed
from .readers import READ_ERRORS, Limits, _message, doc_id_of, read_limited

WARC_ERRORS = READ_ERRORS + (ArchiveLoadFailed, ValueError)


def record_id(record) -> str:
    return (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")


def payload_kind(record) -> tuple[str | None, str | None]:
    """("html"|"text"|None, charset) from a response record's HTTP Content-Type."""
    if record.rec_type != "response" or record.http_headers is None:
        return None, None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    if "html" in ctype:
        return "html", charset
    if ctype.startswith("text/plain"):
        return "text", charset
    return None, None


def read_warc(path: str, limits: Limits) -> Iterator[Job]:
    stem, count = doc_id_of(path), 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                kind, charset = payload_kind(record)
                if kind is None:
                    continue
                count += 1
                yield warc_job(path, record, kind, charset, limits)
    except WARC_ERRORS as exc:
        yield failed(f"{stem}:warc-error-{count + 1}", path,
                     f"WARC unreadable after {count} document(s): {_message(exc)}")


def warc_job(path: str, record, kind: str, charset: str | None, limits: Limits) -> Job:
    doc_id = record_id(record)
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawl_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    source = f"{path}#{doc_id}"
    try:
        data = read_limited(record.content_stream(), limits.max_doc_bytes)
        missing = getattr(record.raw_stream, "limit", 0)
        if missing:
            return failed(doc_id, source, f"truncated WARC record: {missing} bytes missing")
        declared = charset or (declared_charset(data) if kind == "html" else None)
        text, warnings = decode_text(data, declared)
    except (*READ_ERRORS, zlib.error) as exc:
        return failed(doc_id, source, _message(exc))
    doc = Document(doc_id=doc_id, text=text, source=source, pub_date=crawl_date, url=url,
                   format=kind, warnings=warnings)
    return Job(doc, raw_html=kind == "html", n_bytes=len(data))


def scan_warc(path: str) -> Iterator[tuple[str, int]]:
    """(doc_id, payload length) of the documents of a WARC, without decoding them."""
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if payload_kind(record)[0] is not None:
                    length = record.rec_headers.get_header("Content-Length") or "0"
                    yield record_id(record), int(length) if length.isdigit() else 0
    except WARC_ERRORS:
        return
