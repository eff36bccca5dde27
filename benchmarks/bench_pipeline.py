"""End-to-end benchmarks of `extract run`, with the peers timed on the same texts.

Run: `pytest benchmarks/bench_pipeline.py -s --benchmark-min-rounds=1`. Figures are printed
and stored in the benchmark's extra_info; they are measurements, not assertions.

- input: text dumps repeated under distinct ids to EXTRACT_BENCH_MB MB (default 8: a run
  starts in about a second, which a smaller input lets weigh on the rate) in a
  temporary folder: the bundled corpus/ by default, the real pages of shared/external with
  EXTRACT_BENCH_SOURCE=real;
- end to end with --workers 1 and --workers 2 side by side (a subprocess each: the wall clock
  includes start-up; the manifest's figure is the processing loop alone);
- peak memory (ru_maxrss of the run's process) for 1x and 10x input (EXTRACT_BENCH_MEM_MB,
  default 0.5 MB for 1x);
- reading and decoding alone; quantulum3 and our pipeline on the same sentences; trafilatura
  and our HTML reader on the same pages.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.io.html import html_to_text
from extract.io.readers import expand_inputs, read_jobs
from extract.model import Document
from extract.pipeline import Config, process
from extract.quantities import find_quantities

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
MB = 1024 * 1024
CLI = [sys.executable, "-c", "from extract.cli import main; main()"]
PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=False); "
        "use = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(use.ru_utime + use.ru_stime, use.ru_maxrss)")


EXTERNAL = Path(os.environ.get("EXTRACT_EXTERNAL", REPO.parent / "shared" / "external"))
SOURCES = {"corpus": CORPUS, "real": EXTERNAL / "aeb-dev" / "flat"}


def corpus_texts() -> list[tuple[str, bytes]]:
    """The text dumps to repeat: EXTRACT_BENCH_SOURCE=corpus (default: our figure-dense
    articles) or real (the real pages' flattened dumps in shared/external, mostly page
    furniture with few figures, as archives are)."""
    name = os.environ.get("EXTRACT_BENCH_SOURCE", "corpus")
    texts = [(p.stem, p.read_bytes()) for p in sorted(SOURCES[name].glob("*.txt"))]
    if not texts:
        pytest.skip(f"{SOURCES[name]} has no .txt documents")
    return texts


def build_input(folder: Path, megabytes: float) -> int:
    """corpus/ repeated with distinct file names up to `megabytes`; returns the byte count."""
    folder.mkdir(parents=True, exist_ok=True)
    texts, size, copy = corpus_texts(), 0, 0
    while size < megabytes * MB:
        for stem, data in texts:
            (folder / f"{stem}--{copy:05d}.txt").write_bytes(data)
            size += len(data)
        copy += 1
    return size


def run_cli(folder: Path, out: Path, *options: str) -> tuple[float, dict, int, float]:
    """Wall seconds, manifest, peak RSS (bytes) and CPU seconds (all processes) of one
    `extract run` in a subprocess."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *CLI, "run", str(folder), "--out",
                           str(out), "--quiet", *options], capture_output=True, text=True)
    wall = time.perf_counter() - start
    assert (out / "manifest.json").exists(), done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    cpu, peak = done.stdout.split()[-2:]
    return wall, manifest, int(peak) * 1024, float(cpu)


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench") / "in"
    size = build_input(folder, float(os.environ.get("EXTRACT_BENCH_MB", "8")))
    return folder, size


def test_end_to_end_scaling_1_vs_2_workers(benchmark, dump, tmp_path):
    folder, size = dump
    figures = {}

    def both():
        for workers in (1, 2):
            wall, manifest, _, cpu = run_cli(folder, tmp_path / f"w{workers}", "--workers",
                                             str(workers))
            figures[workers] = (size / MB / wall, size / MB / manifest["timings"]["seconds"],
                                manifest["documents"] / wall, size / MB / cpu)

    benchmark.pedantic(both, rounds=1, iterations=1)
    for workers, (wall_rate, loop_rate, docs, cpu_rate) in figures.items():
        print(f"\nend to end, {size / MB:.1f} MB, --workers {workers}: {wall_rate:.3f} MB/s "
              f"wall ({loop_rate:.3f} MB/s processing loop), {docs:.1f} documents/s, "
              f"{cpu_rate:.3f} MB per CPU-second")
    speedup = figures[2][0] / figures[1][0]
    print(f"scaling 1 -> 2 workers: {speedup:.2f}x (wall; the machine's load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    same = all((tmp_path / "w1" / n).read_bytes() == (tmp_path / "w2" / n).read_bytes()
               for n in ("records.jsonl", "documents.jsonl"))
    print(f"outputs byte-identical across worker counts: {same}")
    benchmark.extra_info.update(
        mb=size / MB, mb_per_s_1=figures[1][0], mb_per_s_2=figures[2][0], speedup=speedup,
        loop_mb_per_s_1=figures[1][1], loop_mb_per_s_2=figures[2][1],
        mb_per_cpu_s_1=figures[1][3], identical=same)


def test_peak_memory_1x_vs_10x(benchmark, tmp_path):
    base = float(os.environ.get("EXTRACT_BENCH_MEM_MB", "0.5"))
    peaks = {}

    def both():
        for factor in (1, 10):
            folder = tmp_path / f"in{factor}"
            build_input(folder, base * factor)
            peaks[factor] = run_cli(folder, tmp_path / f"out{factor}")[2]

    benchmark.pedantic(both, rounds=1, iterations=1)
    ratio = peaks[10] / peaks[1]
    print(f"\npeak RSS: {base} MB input {peaks[1] / MB:.0f} MB, {base * 10} MB input "
          f"{peaks[10] / MB:.0f} MB: ratio {ratio:.2f}")
    benchmark.extra_info.update(peak_1x_mb=peaks[1] / MB, peak_10x_mb=peaks[10] / MB,
                                ratio=ratio)


def test_reading_and_decoding(benchmark, dump):
    folder, size = dump
    paths = expand_inputs([str(folder)])

    def read_all():
        return sum(job.n_bytes for path in paths for job in read_jobs(path))

    assert benchmark.pedantic(read_all, rounds=2, iterations=1) == size
    rate = size / MB / benchmark.stats.stats.min
    print(f"\nreading + decoding: {rate:.1f} MB/s")
    benchmark.extra_info["mb_per_s"] = rate


def corpus_sentences(limit: int = 300) -> list[str]:
    """Sentences of the corpus that hold a digit, for the quantity peers."""
    found = []
    for _, data in corpus_texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n", data.decode("utf-8", "replace")):
            if re.search(r"\d", sentence) and len(sentence) > 30:
                found.append(sentence.strip())
    return found[:limit]


def rate_of(func, items) -> float:
    start = time.perf_counter()
    for item in items:
        func(item)
    return len(items) / (time.perf_counter() - start)


def test_quantulum3_on_the_same_sentences(benchmark):
    parser = pytest.importorskip("quantulum3.parser")
    sentences = corpus_sentences()
    config = Config()
    for sentence in sentences:  # both warmed on every sentence outside the timing: models,
        parser.parse(sentence)  # rules, lexicons and per-pattern caches are built once, so
        process(Document(doc_id="warm-up", text=sentence), config)  # the rate is per sentence
    figures = {}

    def side_by_side():
        figures["quantulum3"] = rate_of(parser.parse, sentences)
        figures["find_quantities"] = rate_of(find_quantities, sentences)
        figures["pipeline"] = rate_of(
            lambda s: process(Document(doc_id="s", text=s), config), sentences)

    benchmark.pedantic(side_by_side, rounds=1, iterations=1)
    print(f"\n{len(sentences)} sentences: " + ", ".join(
        f"{name} {rate:.0f}/s" for name, rate in figures.items()))
    print(f"pipeline / quantulum3: {figures['pipeline'] / figures['quantulum3']:.0f}x, "
          f"find_quantities / quantulum3: "
          f"{figures['find_quantities'] / figures['quantulum3']:.0f}x")
    benchmark.extra_info.update(figures)


def html_pages() -> list[str]:
    """The corpus texts as pages with navigation and footer around an <article>."""
    pages = []
    for stem, data in corpus_texts():
        lines = [x for x in data.decode("utf-8", "replace").splitlines() if x.strip()]
        body = "".join(f"<p>{x}</p>" for x in lines)
        pages.append(f"<html><head><title>{stem}</title></head><body><nav><a href='/'>Home</a>"
                     f"<a href='/news'>News</a></nav><article>{body}</article>"
                     f"<footer>Copyright. All rights reserved.</footer></body></html>")
    return pages


def test_trafilatura_on_the_same_pages(benchmark):
    trafilatura = pytest.importorskip("trafilatura")
    pages = html_pages() * 3
    figures = {}

    def side_by_side():
        figures["trafilatura"] = rate_of(trafilatura.extract, pages)
        figures["extract html_to_text"] = rate_of(html_to_text, pages)

    benchmark.pedantic(side_by_side, rounds=1, iterations=1)
    print(f"\n{len(pages)} pages: " + ", ".join(f"{k} {v:.0f} pages/s" for k, v in figures.items()))
    benchmark.extra_info.update(figures)


def test_runner_overhead_without_the_stages(benchmark, dump, tmp_path, monkeypatch):
    """Reading, journaling and writing alone (one in-process worker, stages replaced by a
    function that only counts lines): the ceiling the runner puts on end-to-end speed."""
    import extract.pipeline
    from extract.executors.runner import RunOptions, execute
    from extract.model import DocumentResult

    def lines_only(document, config=None):
        return DocumentResult(doc_id=document.doc_id, source=document.source, status="ok",
                              main_lines=list(range(1, document.text.count("\n") + 2)),
                              n_chars=len(document.text))

    monkeypatch.setattr(extract.pipeline, "process", lines_only)
    folder, size = dump
    runs = iter(range(100))

    def run():
        execute(RunOptions(inputs=[str(folder)], out=tmp_path / f"o{next(runs)}", quiet=True))

    benchmark.pedantic(run, rounds=2, iterations=1)
    rate = size / MB / benchmark.stats.stats.min
    print(f"\nrunner alone (read, journal, write; no stages): {rate:.1f} MB/s")
    benchmark.extra_info["mb_per_s"] = rate
