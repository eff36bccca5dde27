"""Inputs -> a stream of Jobs (documents or read failures), and each document's id.

Formats by name: `.txt` (and anything unknown given explicitly), `.html`/`.htm`, `.jsonl`,
`.warc`, each optionally `.gz`; `-` is one document from stdin. See docs/INPUTS.md.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .decoding import BinaryContent, decode_text
from .html import declared_charset
from .jobs import Job, failed, prepare

MB = 1024 * 1024
EXTENSIONS = (".gz", ".txt", ".html", ".htm", ".jsonl", ".warc")
STDIN = "-"
_CHUNK = MB


@dataclass(frozen=True)
class Limits:
    """Per-document size limit: raw bytes of one document after decompression (a .gz file,
    a JSONL line, a WARC record payload). Larger documents become error entries."""

    max_doc_bytes: int = 200 * MB
    max_line_chars: int = 1 * MB  # longer lines are not prose: the document is an error entry


class TooLarge(ValueError):
    pass


def doc_id_of(path: Path | str) -> str:
    """A file's name without the extensions of the input formats (`a/b.txt.gz` gives `b`)."""
    if str(path) == STDIN:
        return "stdin"
    name = Path(path).name
    stripped = True
    while stripped:
        stripped = False
        for ext in EXTENSIONS:
            if name.endswith(ext) and len(name) > len(ext):
                name, stripped = name[: -len(ext)], True
    return name


def kind_of(path: Path | str) -> str:
    """"text", "html", "jsonl" or "warc", from the name (a trailing .gz is transparent)."""
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for ext, kind in ((".jsonl", "jsonl"), (".warc", "warc"), (".html", "html"), (".htm", "html")):
        if name.endswith(ext):
            return kind
    return "text"


def is_input_name(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(EXTENSIONS)


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files, directories (walked recursively, sorted, known extensions only), globs and `-`.

    Raises FileNotFoundError naming an input that matches nothing.
    """
    paths: list[str] = []
    for item in inputs:
        path = Path(item)
        if item == STDIN:
            paths.append(STDIN)
        elif path.is_dir():
            paths += sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and is_input_name(p) and not _hidden(p, path))
        elif path.is_file():
            paths.append(item)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            found = [m for m in matches if Path(m).is_file()]
            for m in matches:
                if Path(m).is_dir():
                    found += expand_inputs([m])
            if not found:
                raise FileNotFoundError(f"no input matches {item}")
            paths += found
        else:
            raise FileNotFoundError(f"no such input: {item}")
    return paths


def _hidden(path: Path, root: Path) -> bool:
    """Inside a hidden folder below the walked root (.git, a run's .partial journal)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_paths(inputs: list[str]) -> Iterator[Path]:
    """Compatibility helper: the expanded inputs as paths."""
    for item in expand_inputs(inputs):
        yield Path(item)


def open_binary(path: str):
    if path == STDIN:
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_limited(stream, limit: int) -> bytearray:
    """Read a whole stream in chunks, stopping as soon as it passes `limit` bytes."""
    data = bytearray()
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return data
        data += chunk
        if len(data) > limit:
            raise TooLarge(f"document exceeds the size limit of {limit // MB} MB "
                           f"(decompressed); not read")


READ_ERRORS = (OSError, EOFError, zlib.error, TooLarge, BinaryContent)


def read_jobs(path: str, limits: Limits = Limits()) -> Iterator[Job]:
    """The Jobs of one input: one per document, read failures included."""
    for job in _read_jobs(path, limits):
        job.max_line_chars = limits.max_line_chars
        yield job


def _read_jobs(path: str, limits: Limits) -> Iterator[Job]:
    kind = kind_of(path) if path != STDIN else "text"
    if kind == "jsonl":
        yield from read_jsonl(path, limits)
    elif kind == "warc":
        from .warc import read_warc

        yield from read_warc(path, limits)
    else:
        yield read_single(path, kind, limits)


def read_single(path: str, kind: str, limits: Limits) -> Job:
    doc_id, source = doc_id_of(path), "<stdin>" if path == STDIN else path
    try:
        opened = open_binary(path) if path != STDIN else contextlib.nullcontext(sys.stdin.buffer)
        with opened as fh:
            data = read_limited(fh, limits.max_doc_bytes)
        if path == STDIN and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            kind = "html"
        text, warnings = decode_text(data, declared_charset(data) if kind == "html" else None)
    except READ_ERRORS as exc:
        return failed(doc_id, source, _message(exc))
    doc = Document(doc_id=doc_id, text=text, source=source, warnings=warnings,
                   format="html" if kind == "html" else "text")
    return Job(doc, raw_html=kind == "html", n_bytes=len(data))


def jsonl_id(stem: str, number: int, data: object) -> str:
    """A JSONL document's id: its `id` field, else `<file-stem>:<line-number>`."""
    if isinstance(data, dict) and data.get("id") not in (None, ""):
        return str(data["id"])
    return f"{stem}:{number}"


def iter_lines(path: str, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(1-based line number, bytes) per non-blank line; None for a line over `limit`,
    which is skipped without ever being held whole in memory."""
    with open_binary(path) as fh:
        number = 0
        while True:
            line = fh.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
            elif line.strip():
                yield number, line


def read_jsonl(path: str, limits: Limits) -> Iterator[Job]:
    stem = doc_id_of(path)
    number = 0
    try:
        for number, line in iter_lines(path, limits.max_doc_bytes):
            yield jsonl_job(path, stem, number, line, limits)
    except READ_ERRORS as exc:
        yield failed(f"{stem}:{number + 1}", path, f"unreadable after line {number}: "
                                                   f"{_message(exc)}")


def jsonl_job(path: str, stem: str, number: int, line: bytes | None, limits: Limits) -> Job:
    where = f"{path}:{number}"
    if line is None:
        return failed(f"{stem}:{number}", where, f"line exceeds the size limit of "
                                                 f"{limits.max_doc_bytes // MB} MB")
    try:
        text, warnings = decode_text(line)
        data = json.loads(text)
    except (ValueError, BinaryContent) as exc:
        return failed(f"{stem}:{number}", where, f"malformed JSON line: {_message(exc)}")
    doc_id = jsonl_id(stem, number, data)
    if not isinstance(data, dict):
        return failed(doc_id, where, "malformed JSON line: not an object")
    body = data.get("text") if data.get("text") is not None else data.get("html")
    if not isinstance(body, str):
        return failed(doc_id, where, "JSON line has no string `text` or `html`")
    is_html = data.get("text") is None
    pub_date = _iso_date(data.get("pub_date"))
    if data.get("pub_date") and pub_date is None:
        warnings.append(f"pub_date not understood: {data.get('pub_date')!r}")
    url = data.get("url") if isinstance(data.get("url"), str) else None
    doc = Document(doc_id=doc_id, text=body, source=where, pub_date=pub_date, url=url,
                   format="html" if is_html else "text", warnings=warnings)
    return Job(doc, raw_html=is_html, n_bytes=len(line), explicit_date=pub_date is not None)


def read_path(path: Path | str, limits: Limits = Limits()) -> Iterator[Document]:
    """The readable Documents of one input, HTML already turned into text (for `strip`).
    Unreadable documents are reported on stderr and skipped."""
    for job in read_jobs(str(path), limits):
        if job.error is not None:
            print(f"extract: {job.doc_id}: {job.error}", file=sys.stderr)
            continue
        yield prepare(job)


def scan_ids(path: str, limits: Limits = Limits()) -> Iterator[tuple[str, int]]:
    """(doc_id, approximate bytes) of each document of an input, cheaply, before any work."""
    kind = kind_of(path) if path != STDIN else "text"
    if kind == "jsonl":
        stem = doc_id_of(path)
        try:
            for number, line in iter_lines(path, limits.max_doc_bytes):
                data = None
                if line is not None:
                    try:
                        data = json.loads(decode_text(line)[0])
                    except (ValueError, BinaryContent):
                        pass
                yield jsonl_id(stem, number, data), len(line or b"")
        except READ_ERRORS:
            return
    elif kind == "warc":
        from .warc import scan_warc

        yield from scan_warc(path)
    else:
        yield doc_id_of(path), Path(path).stat().st_size if path != STDIN else 0


def _iso_date(value: object) -> str | None:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        if value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit():
            return value[:10]
    return None


def _message(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if isinstance(exc, (TooLarge, BinaryContent)) else f"{type(exc).__name__}: {text}"

