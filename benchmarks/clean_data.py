"""Data and scorers for the boilerplate benchmarks (bench_clean.py).

Line scores follow docs/SCORING.md: per document, over its non-blank raw lines, a line is
predicted main when kept; `neutral_lines` are scored neither way; micro over documents.

Word-shingle scores for HTML follow the article-extraction benchmark that trafilatura reports
on: tokens are the lower-cased `\\w+` words of a text, shingles the set of its 4-token windows
(a text under 4 tokens is one shingle); per page precision = shared / predicted shingles and
recall = shared / gold shingles (an empty prediction scores 0 and 0, both empty 1 and 1);
precision and recall are averaged over pages and F1 is taken of the two averages.

Run `python benchmarks/clean_data.py` for a report of every figure.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"\w+")
SHINGLE = 4


def external_dir() -> Path:
    return Path(os.environ.get("EXTRACT_EXTERNAL") or REPO / ".." / "shared" / "external")


def aeb_dir() -> Path:
    return external_dir() / "aeb-dev"


@dataclass
class LineDoc:
    doc_id: str
    text: str
    main: set[int]
    neutral: set[int]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_line_docs(text_dir: Path, gold_dir: Path) -> list[LineDoc]:
    """Documents with a gold file whose `main_lines` is set."""
    docs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = text_dir / f"{gold_path.stem}.txt"
        if "main_lines" not in gold or not text_path.exists():
            continue
        docs.append(LineDoc(gold_path.stem, text_path.read_text(encoding="utf-8"),
                            set(gold["main_lines"]), set(gold.get("neutral_lines") or ())))
    return docs


def corpus_docs() -> list[LineDoc]:
    return load_line_docs(REPO / "corpus", REPO / "gold")


def aeb_flat_docs() -> list[LineDoc]:
    return load_line_docs(aeb_dir() / "flat", aeb_dir() / "gold")


def line_score(docs: list[LineDoc], strip) -> Score:
    score = Score()
    for doc in docs:
        for line in strip(doc.text):
            if not line.text.strip() or line.number in doc.neutral:
                continue
            gold = line.number in doc.main
            score.tp += line.keep and gold
            score.fp += line.keep and not gold
            score.fn += gold and not line.keep
    return score


def aeb_html_pages() -> list[tuple[str, str, str | None, str]]:
    """(id, html, url, gold article body) of every page with ground truth."""
    truth = json.loads((aeb_dir() / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        path = aeb_dir() / "html" / f"{page_id}.html.gz"
        if path.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            pages.append((page_id, html, item.get("url"), item.get("articleBody") or ""))
    return pages


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = TOKEN.findall(text.lower())
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def shingle_pr(predicted: str, gold: str) -> tuple[float, float]:
    pred, ref = shingles(predicted), shingles(gold)
    if not pred and not ref:
        return 1.0, 1.0
    if not pred or not ref:
        return 0.0, float(not ref)
    shared = len(pred & ref)
    return shared / len(pred), shared / len(ref)


def shingle_score(pages, extract) -> tuple[float, float, float]:
    """Mean precision, mean recall and their F1 of `extract(html, url)` over the pages."""
    pairs = [shingle_pr(extract(html, url), gold) for _, html, url, gold in pages]
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def forget_lines() -> None:
    """Empty the stripper's cross-page cache of short lines, so that every timed pass meets
    the pages for the first time (a warm cache would flatter repeated passes)."""
    from extract.clean.rules import default_rules

    default_rules().line_classes.clear()


def throughput(texts: list[str], strip, repeat: int = 3) -> tuple[float, float]:
    """(MB/s, lines/s) of the best of `repeat` passes over the texts, on one core, each pass
    with a cold cache of short lines."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    lines = sum(t.count("\n") + 1 for t in texts)
    best = float("inf")
    for _ in range(repeat):
        forget_lines()
        start = time.perf_counter()
        for text in texts:
            strip(text)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6, lines / best


def main() -> None:  # pragma: no cover - a report for people
    import trafilatura

    from extract.clean import html_to_text, strip_lines

    for name, docs in (("corpus", corpus_docs()), ("aeb-dev/flat", aeb_flat_docs())):
        if docs:
            s = line_score(docs, strip_lines)
            mbs, lps = throughput([d.text for d in docs], strip_lines)
            print(f"{name:13} {len(docs):3d} docs  line P {s.precision:.3f} R {s.recall:.3f} "
                  f"F1 {s.f1:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn})  {mbs:.1f} MB/s "
                  f"{lps:,.0f} lines/s")
    if (aeb_dir() / "ground-truth.json").exists():
        pages = aeb_html_pages()
        runs = {
            "ours (html_to_text)": html_to_text,
            "trafilatura precision": lambda h, u: trafilatura.extract(
                h, url=u, favor_precision=True) or "",
            "trafilatura default": lambda h, u: trafilatura.extract(h, url=u) or "",
        }
        for name, extract in runs.items():
            p, r, f = shingle_score(pages, extract)
            print(f"aeb-dev/html {name:22} shingle P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
