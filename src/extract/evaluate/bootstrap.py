"""95% bootstrap confidence intervals over documents.

Documents are resampled with replacement (a seeded numpy Generator, so the same seed gives the
same intervals), the micro counts summed per round, and the 2.5th and 97.5th percentiles of
P, R and F1 taken: the spread says how much a score could move on another sample of news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .protocol import LEVELS, Counts, Evaluation

if TYPE_CHECKING:  # numpy loads when an interval is asked for, not with the package
    import numpy as np

ROUNDS = 1000


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.divide(num, den, out=np.zeros_like(num, dtype=float), where=den > 0)


def interval(counts: list[Counts], rounds: int = ROUNDS, seed: int = 0,
             alpha: float = 0.05) -> dict[str, list[float]]:
    """Percentile intervals of P, R and F1 for per-document `counts`."""
    if not counts or rounds <= 0:
        return {"p": [0.0, 0.0], "r": [0.0, 0.0], "f1": [0.0, 0.0]}
    import numpy as np

    table = np.array([[c.tp, c.fp, c.fn] for c in counts], dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(counts), size=(rounds, len(counts)))
    tp, fp, fn = table[picks].sum(axis=1).T
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * p * r, p + r)
    bounds = [100 * alpha / 2, 100 * (1 - alpha / 2)]
    return {name: [float(x) for x in np.percentile(values, bounds)]
            for name, values in (("p", p), ("r", r), ("f1", f1))}


def intervals(evaluation: Evaluation, rounds: int = ROUNDS, seed: int = 0) -> dict[str, dict]:
    """Intervals for each level, and for boilerplate when it is scored."""
    result = {level: interval([o.counts[level] for o in evaluation.outcomes], rounds, seed)
              for level in LEVELS}
    if evaluation.boilerplate() is not None:
        known = [o.boilerplate for o in evaluation.outcomes if o.boilerplate is not None]
        result["boilerplate"] = interval(known, rounds, seed)
    return result


def difference_interval(old: list[Counts], new: list[Counts], rounds: int = ROUNDS,
                        seed: int = 0, alpha: float = 0.05) -> list[float]:
    """Paired interval of F1(new) - F1(old): both runs resampled on the same documents."""
    if not old or rounds <= 0:
        return [0.0, 0.0]
    import numpy as np

    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(old), size=(rounds, len(old)))
    f1s = []
    for counts in (old, new):
        tp, fp, fn = np.array([[c.tp, c.fp, c.fn] for c in counts], float)[picks].sum(axis=1).T
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1s.append(_ratio(2 * p * r, p + r))
    bounds = [100 * alpha / 2, 100 * (1 - alpha / 2)]
    return [float(x) for x in np.percentile(f1s[1] - f1s[0], bounds)]
