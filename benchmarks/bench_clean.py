"""Benchmarks of boilerplate stripping: line F1 on the corpus and on aeb-dev/flat, word-shingle
F1 of the HTML path on aeb-dev/html beside trafilatura alone, and lines per second.

Run: `pytest benchmarks/bench_clean.py -s --benchmark-min-rounds=1`. Scores are printed and kept
in the benchmark's extra_info; each accuracy test also holds a floor, like trafilatura's
evaluation set, so that a change that loses accuracy fails here (raise a floor when a change
earns it; never lower one silently). Scoring definitions: benchmarks/clean_data.py.
"""

from __future__ import annotations

import pytest
import trafilatura

from clean_data import (
    aeb_dir,
    aeb_flat_docs,
    aeb_html_pages,
    corpus_docs,
    forget_lines,
    line_score,
    shingle_score,
    throughput,
)
from extract.clean import html_to_text, split_lines, strip_lines

FLOORS = {"corpus": 0.97, "aeb-dev/flat": 0.92, "aeb-dev/html": 0.95}


def docs_of(name: str):
    if name == "corpus":
        docs = corpus_docs()
    else:
        if not (aeb_dir() / "flat").exists():
            pytest.skip(f"{aeb_dir()} is absent")
        docs = aeb_flat_docs()
    if not docs:
        pytest.skip(f"no gold documents for {name}")
    return docs


@pytest.mark.parametrize("name", ["corpus", "aeb-dev/flat"])
def test_line_f1(name, benchmark):
    docs = docs_of(name)
    score = benchmark.pedantic(line_score, args=(docs, strip_lines), rounds=1, iterations=1)
    print(f"\n{name}: {len(docs)} docs, line P {score.precision:.3f} R {score.recall:.3f} "
          f"F1 {score.f1:.3f} (tp {score.tp}, fp {score.fp}, fn {score.fn})")
    benchmark.extra_info.update(precision=score.precision, recall=score.recall, f1=score.f1)
    assert score.f1 >= FLOORS[name]


@pytest.mark.parametrize("name", ["corpus", "aeb-dev/flat"])
def test_strip_throughput(name, benchmark):
    texts = [doc.text for doc in docs_of(name)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n_lines = sum(t.count("\n") + 1 for t in texts)
    benchmark.pedantic(lambda: [strip_lines(t) for t in texts], setup=forget_lines, rounds=3,
                       iterations=1)  # each round with a cold cache of short lines
    best = benchmark.stats.stats.min
    # The floor on this machine: only splitting the text into Line objects, no decisions.
    floor_mbs, _ = throughput(texts, split_lines)
    print(f"\n{name}: {megabytes:.2f} MB, {n_lines} lines: {megabytes / best:.1f} MB/s, "
          f"{n_lines / best:,.0f} lines/s (best of 3, one core); "
          f"split_lines alone {floor_mbs:.1f} MB/s")
    benchmark.extra_info.update(mb_per_s=megabytes / best, lines_per_s=n_lines / best,
                                split_only_mb_per_s=floor_mbs)


EXTRACTORS = {
    "ours": html_to_text,
    "trafilatura-precision": lambda html, url: trafilatura.extract(
        html, url=url, favor_precision=True) or "",
    "trafilatura-default": lambda html, url: trafilatura.extract(html, url=url) or "",
}


@pytest.mark.parametrize("name", list(EXTRACTORS))
def test_html_shingle_f1(name, benchmark):
    if not (aeb_dir() / "ground-truth.json").exists():
        pytest.skip(f"{aeb_dir()} is absent")
    pages = aeb_html_pages()
    p, r, f1 = benchmark.pedantic(shingle_score, args=(pages, EXTRACTORS[name]), rounds=1,
                                  iterations=1)
    print(f"\naeb-dev/html {name}: {len(pages)} pages, shingle P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    benchmark.extra_info.update(precision=p, recall=r, f1=f1)
    if name == "ours":
        assert f1 >= FLOORS["aeb-dev/html"]


def test_throughput_helper_counts_bytes_and_lines():
    mbs, lps = throughput(["a\nb", "c"], lambda text: text.split("\n"), repeat=1)
    assert mbs > 0 and lps > 0
