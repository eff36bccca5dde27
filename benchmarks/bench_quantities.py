"""Benchmarks of the quantity normaliser: peer-suite scores, speed beside quantulum3, linearity.

Run: `pytest benchmarks/bench_quantities.py -s --benchmark-min-rounds=1`. The scores are printed
(they are measurements, not assertions); the peer suites are read from ../shared/external and
the benchmarks that need them skip when it is absent.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import pytest

from extract.quantities import find_numbers, find_quantities
from quantities_data import RT_FILES, external_dir, quantulum_cases, score_quantulum, score_rt

REPO = Path(__file__).resolve().parents[1]
NUMERAL_SPECS = ("Number", "Ordinal", "NumberRange")  # read with the numeral reader


def needs_external(sub: str) -> None:
    if not (external_dir() / sub).exists():
        pytest.skip(f"{external_dir() / sub} is absent")


@pytest.mark.parametrize("spec", list(RT_FILES))
def test_recognizers_text_spec(spec, benchmark):
    needs_external("recognizers-text")
    find = find_numbers if spec in NUMERAL_SPECS else find_quantities
    score = benchmark.pedantic(score_rt, args=(spec, find), rounds=1, iterations=1)
    print(f"\nrecognizers-text {spec:12s} results {score.expected:4d}  "
          f"value recall {score.recall:5.1f}  unit accuracy {score.unit_accuracy:5.1f}")
    benchmark.extra_info.update(recall=score.recall, unit_accuracy=score.unit_accuracy)


@pytest.mark.parametrize("mode", ["find_quantities", "durations", "reader+durations"])
def test_quantulum3_suite(mode, benchmark):
    needs_external("quantulum3")
    find = {"find_quantities": find_quantities, "durations": partial(find_quantities,
            durations=True), "reader+durations": partial(find_quantities, lenient=True, durations=True)}[mode]
    score = benchmark.pedantic(score_quantulum, args=(find,), rounds=1, iterations=1)
    print(f"\nquantulum3 quantities.json ({mode}): P {score.precision:.1f} "
          f"R {score.recall:.1f} value+unit F1 {score.f1:.1f} "
          f"(tp {score.tp}, predicted {score.n_pred}, gold {score.n_gold})")
    benchmark.extra_info.update(precision=score.precision, recall=score.recall, f1=score.f1)


def _sentences() -> list[str]:
    needs_external("quantulum3")
    sentences = [case["req"] for case in quantulum_cases()]
    sentences += [case["Input"] for spec in ("Currency", "Dimension")
                  for case in __import__("json").loads(
                      (external_dir() / "recognizers-text" / RT_FILES[spec]).read_text(
                          encoding="utf-8-sig"))]
    return sentences


def _rate(parse, sentences, seconds=1.0) -> float:
    """Sentences per second over at least `seconds` of repeated passes."""
    done, start = 0, time.perf_counter()
    while True:
        for s in sentences:
            parse(s)
        done += len(sentences)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def test_speed_beside_quantulum3(benchmark):
    """Both tools on the same sentences in the same run; the ratio is the issue's figure."""
    parser = pytest.importorskip("quantulum3.parser")
    sentences = _sentences()
    for s in sentences[:5]:  # warm both (quantulum3 loads its unit tables on first use)
        parser.parse(s)
        find_quantities(s)
    ours = _rate(find_quantities, sentences)
    theirs = _rate(parser.parse, sentences, seconds=3.0)
    benchmark.pedantic(lambda: [find_quantities(s) for s in sentences], rounds=3, iterations=1)
    print(f"\n{len(sentences)} sentences: find_quantities {ours:,.0f}/s, quantulum3 "
          f"{theirs:,.0f}/s, ratio {ours / theirs:.1f}x")
    benchmark.extra_info.update(ours=ours, quantulum3=theirs, ratio=ours / theirs)


def _news_text() -> str:
    corpus = sorted((REPO / "corpus").glob("*.txt"))
    if not corpus:
        pytest.skip("no bundled corpus")
    return "\n".join(p.read_text(encoding="utf-8") for p in corpus)


def test_throughput_on_news_lines(benchmark):
    """MB/s on the bundled corpus, line by line as the pipeline calls it."""
    lines = _news_text().split("\n") * 20
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)

    def run():
        for line in lines:
            find_quantities(line)

    benchmark.pedantic(run, rounds=3, iterations=1)
    mb_s = size / benchmark.stats.stats.min / 1e6
    print(f"\nfind_quantities on {size / 1e6:.2f} MB of news lines: {mb_s:.1f} MB/s")
    benchmark.extra_info["mb_per_s"] = mb_s


ADVERSARIAL = {
    "digits and commas": "1,2,3,4,5,6,7,8,9,0," * 2,
    "number words": "one two three four five six seven eight nine " * 2,
    "and chains": "one hundred and two thousand and " * 2,
    "spaces between digit groups": "1 234 567 890 " * 2,
    "dashes": "1-2-3-4-5-6-7-8-9- " * 2,
    "currency soup": "$ US$ RMB \u00a5 5 5 5 million million " * 2,
    "ranks": "ranked ranked second second-largest the largest of " * 2,
    "no numbers": "the quick brown fox jumps over the lazy dog " * 2,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_time_grows_linearly_on_adversarial_strings(name, benchmark):
    """Seconds per character at 1x, 4x and 16x the length: flat when the scan is linear."""
    unit = ADVERSARIAL[name]
    per_char = []
    for times in (50, 200, 800):
        text = unit * times
        start = time.perf_counter()
        find_quantities(text)
        find_numbers(text)
        per_char.append((time.perf_counter() - start) / len(text))
    benchmark.pedantic(find_quantities, args=(unit * 200,), rounds=1, iterations=1)
    growth = per_char[-1] / per_char[0]
    print(f"\n{name:28s} us/char at 1x/4x/16x: "
          + " ".join(f"{t * 1e6:.3f}" for t in per_char) + f"  (16x/1x {growth:.2f})")
    benchmark.extra_info["growth_16x"] = growth
