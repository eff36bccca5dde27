"""Speed of the relation stage (rules, entities, periods, dedupe) on the bundled corpus and on
real news pages (aeb-dev flat dumps under shared/external, skipped when absent), alone and
within the whole per-document pipeline; throughput in MB/s is printed in `extra_info`.

Run: pytest benchmarks/bench_relations.py --benchmark-min-rounds=1
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.clean import strip_lines
from extract.io.readers import read_path
from extract.pipeline import Config, main_quantities, process
from extract.relations import extract_records

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXTERNAL = Path(os.environ.get("EXTRACT_EXTERNAL") or
                Path(__file__).resolve().parents[1] / ".." / "shared" / "external")


@pytest.fixture(scope="module")
def documents():
    docs = [d for path in sorted(CORPUS.glob("*.txt")) for d in read_path(path)]
    if not docs:
        pytest.skip("no corpus")
    return docs * 5  # a few hundred KB: enough for a stable per-call time


@pytest.fixture(scope="module")
def prepared(documents):
    out = []
    for doc in documents:
        lines = strip_lines(doc.text)
        out.append((doc, lines, main_quantities(doc.text, lines)))
    return out


def _mb(documents) -> float:
    return sum(len(d.text.encode("utf-8")) for d in documents) / 1e6


def test_relations_stage(benchmark, documents, prepared):
    def run():
        return sum(len(extract_records(d, lines, qs)) for d, lines, qs in prepared)

    n = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    assert n > 0
    benchmark.extra_info["MB/s"] = round(_mb(documents) / benchmark.stats.stats.mean, 2)


def test_whole_pipeline(benchmark, documents):
    config = Config()

    def run():
        return sum(len(process(d, config).records) for d in documents)

    n = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    assert n > 0
    benchmark.extra_info["MB/s"] = round(_mb(documents) / benchmark.stats.stats.mean, 2)


@pytest.fixture(scope="module")
def real_pages():
    folder = EXTERNAL / "aeb-dev" / "flat"
    docs = [d for path in sorted(folder.glob("*.txt")) for d in read_path(path)]
    if not docs:
        pytest.skip("no aeb-dev flat pages under shared/external")
    return docs


def test_relations_stage_real_pages(benchmark, real_pages):
    prepared = []
    for doc in real_pages:
        lines = strip_lines(doc.text)
        prepared.append((doc, lines, main_quantities(doc.text, lines)))

    def run():
        return sum(len(extract_records(d, lines, qs)) for d, lines, qs in prepared)

    n = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    assert n > 0
    benchmark.extra_info["MB/s"] = round(_mb(real_pages) / benchmark.stats.stats.mean, 2)


def test_whole_pipeline_real_pages(benchmark, real_pages):
    config = Config()

    def run():
        return sum(len(process(d, config).records) for d in real_pages)

    n = benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)
    assert n > 0
    benchmark.extra_info["MB/s"] = round(_mb(real_pages) / benchmark.stats.stats.mean, 2)
