"""Inputs -> Document stream. (Minimal: .txt and .jsonl; the full readers replace this.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..model import Document


def doc_id_of(path: Path) -> str:
    name = path.name
    for ext in (".gz", ".txt", ".html", ".htm", ".jsonl", ".warc"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def read_path(path: Path) -> Iterator[Document]:
    path = Path(path)
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                yield Document(doc_id=str(data["id"]), text=data["text"], source=str(path),
                               pub_date=data.get("pub_date"), url=data.get("url"))
    else:
        text = path.read_bytes().decode("utf-8", errors="replace")
        yield Document(doc_id=doc_id_of(path), text=text, source=str(path))


def iter_paths(inputs: list[str]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path
