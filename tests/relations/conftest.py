"""Helpers: run text through the whole pipeline, as `extract run` does."""

from __future__ import annotations

import pytest

from extract.model import Document
from extract.pipeline import Config, process


def run_text(text: str, pub_date: str | None = None):
    result = process(Document(doc_id="t", text=text if text.endswith("\n") else text + "\n"),
                     Config(pub_date=pub_date))
    assert result.status == "ok", result.error
    return result.records


@pytest.fixture
def run():
    return run_text
