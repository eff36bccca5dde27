"""The matching protocol of docs/SCORING.md: quantity matches, a maximum-weight one-to-one
assignment, indicator similarity, and the counts of the three levels.

Ratios whose denominator is zero (no predictions, no gold) are reported as 0.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..model import to_decimal

LEVELS = ("quantity", "record", "strict")
FIELDS = ("entity", "indicator", "measure", "period", "base_period", "qualifier")
STOP_WORDS = frozenset(
    "a an and are as at be been by for from had has have in is it its of on or over that the "
    "their these this those to was were which with".split())
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_TOLERANCE = Decimal("1e-6")
# Tie-break only: among assignments equal in pairs and summed similarity, prefer pairs that are
# right at record, then strict level, then agree on more fields. Far below any difference of
# summed Dice values, so it never overrides the SCORING.md objective.
_TIE = 1e-9


def content_words(indicator: str | None) -> frozenset[str]:
    words = set()
    for word in _NOT_ALNUM.split((indicator or "").lower()):
        if not word or word in STOP_WORDS:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(words)


def indicator_similarity(a: str | None, b: str | None) -> float:
    """Dice coefficient of the content-word sets (0.0 when both are empty)."""
    wa, wb = content_words(a), content_words(b)
    if not wa and not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def quantity_match(pred, gold) -> bool:
    if pred.unit != gold.unit or pred.value is None or gold.value is None:
        return False
    g, p = to_decimal(gold.value), to_decimal(pred.value)
    return abs(p - g) <= _TOLERANCE * max(Decimal(1), abs(g))


def _lower(text: str | None) -> str | None:
    return None if text is None else text.lower()


def field_agreement(pred, gold, similarity: float) -> dict[str, bool]:
    return {
        "entity": _lower(pred.entity) == _lower(gold.entity),
        "indicator": similarity >= 0.5,
        "measure": pred.measure == gold.measure,
        "period": pred.period == gold.period,
        "base_period": pred.base_period == gold.base_period,
        "qualifier": pred.qualifier == gold.qualifier,
    }


@dataclass
class Pair:
    """An assigned quantity match, with what it is worth at each level."""

    pred: int
    gold: int
    similarity: float
    fields: dict[str, bool]
    measure: str  # the gold record's measure

    @property
    def record(self) -> bool:
        return self.fields["measure"] and self.fields["indicator"]

    @property
    def strict(self) -> bool:
        f = self.fields
        base_ok = f["base_period"] or self.measure != "change"
        return self.record and f["entity"] and f["period"] and base_ok

    def correct(self, level: str) -> bool:
        return level == "quantity" or (self.record if level == "record" else self.strict)


def assign(preds: list, golds: list) -> list[Pair]:
    """Maximum-weight one-to-one assignment: first the number of quantity matches, then the
    summed indicator similarity. Assigned pairs that are no quantity match are dropped."""
    if not preds or not golds:
        return []
    import numpy as np  # numpy and scipy load here: `extract run` never scores, and their
    from scipy.optimize import linear_sum_assignment  # import is half its start-up time

    big = min(len(preds), len(golds)) + 1.0  # one more match beats any total of similarity
    weight = np.zeros((len(preds), len(golds)))
    candidates: dict[tuple[int, int], Pair] = {}
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if not quantity_match(p, g):
                continue
            sim = indicator_similarity(p.indicator, g.indicator)
            pair = Pair(pred=i, gold=j, similarity=sim, fields=field_agreement(p, g, sim),
                        measure=g.measure)
            ties = 4 * pair.record + 2 * pair.strict + sum(
                pair.fields[k] for k in ("measure", "entity", "period", "base_period"))
            weight[i, j] = big + sim + _TIE * ties
            candidates[i, j] = pair
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [candidates[i, j] for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
            if (i, j) in candidates]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict:
        return {**prf(self.tp, self.fp, self.fn), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


@dataclass
class DocumentOutcome:
    """Everything scored for one gold document."""

    doc_id: str
    preds: list
    golds: list
    pairs: list[Pair]
    predicted: bool = True  # False: the document is absent from the predictions
    boilerplate: Counts | None = None
    counts: dict[str, Counts] = field(default_factory=dict)
    gold_doc: object = None  # the GoldDocument, for reports

    def correct_pairs(self, level: str) -> list[Pair]:
        return [pair for pair in self.pairs if pair.correct(level)]

    def false_positives(self, level: str = "record") -> list[int]:
        hit = {pair.pred for pair in self.correct_pairs(level)}
        return [i for i in range(len(self.preds)) if i not in hit]

    def misses(self, level: str = "record") -> list[int]:
        hit = {pair.gold for pair in self.correct_pairs(level)}
        return [j for j in range(len(self.golds)) if j not in hit]


def boilerplate_counts(text: str | None, gold_main: list[int], neutral: list[int],
                       kept: list[int] | None) -> Counts | None:
    """Main-line counts over the non-blank, non-neutral raw lines; None when unknowable."""
    if text is None or kept is None:
        return None
    lines = text.split("\n")
    scored = {n for n, line in enumerate(lines, start=1) if line.strip()} - set(neutral)
    gold, pred = set(gold_main) & scored, set(kept) & scored
    return Counts(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))


def score_document(gold, preds: list | None, kept_lines: list[int] | None) -> DocumentOutcome:
    """Score one gold document; `preds` None means the document was not predicted at all."""
    records = list(preds or [])
    outcome = DocumentOutcome(doc_id=gold.doc_id, preds=records, golds=list(gold.records),
                              pairs=assign(records, gold.records), predicted=preds is not None,
                              gold_doc=gold)
    for level in LEVELS:
        tp = len(outcome.correct_pairs(level))
        outcome.counts[level] = Counts(tp, len(records) - tp, len(gold.records) - tp)
    outcome.boilerplate = boilerplate_counts(gold.text, gold.main_lines, gold.neutral_lines,
                                             kept_lines)
    return outcome


@dataclass
class Evaluation:
    """The outcomes of every gold document, and the predicted documents gold does not know."""

    outcomes: list[DocumentOutcome]
    ignored: list[str]  # predicted documents absent from gold: not scored
    boilerplate_known: bool

    def total(self, level: str) -> Counts:
        total = Counts()
        for outcome in self.outcomes:
            total = total.add(outcome.counts[level])
        return total

    def boilerplate(self) -> Counts | None:
        known = [o.boilerplate for o in self.outcomes if o.boilerplate is not None]
        if not self.boilerplate_known or not known:
            return None
        total = Counts()
        for counts in known:
            total = total.add(counts)
        return total

    def field_accuracy(self) -> dict[str, float]:
        """Share of quantity-matched pairs agreeing on each field (0.0 when there are none)."""
        pairs = [pair for outcome in self.outcomes for pair in outcome.pairs]
        return {name: (sum(pair.fields[name] for pair in pairs) / len(pairs) if pairs else 0.0)
                for name in FIELDS}

    @property
    def missing(self) -> list[str]:
        return [o.doc_id for o in self.outcomes if not o.predicted]


def evaluate(golds: list, predictions) -> Evaluation:
    """Score `predictions` (a `gold.Predictions`) against every gold document."""
    kept = predictions.main_lines
    outcomes = [
        score_document(gold, predictions.records.get(gold.doc_id, [])
                       if gold.doc_id in predictions.doc_ids else None,
                       None if kept is None else kept.get(gold.doc_id, []))
        for gold in golds]
    known = {gold.doc_id for gold in golds}
    return Evaluation(outcomes=outcomes, ignored=sorted(predictions.doc_ids - known),
                      boilerplate_known=kept is not None)
