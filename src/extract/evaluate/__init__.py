"""Evaluation against gold (docs/SCORING.md), stage 4 of the project.

- `gold`: load and validate gold files; load predictions (records.jsonl or a run directory).
- `protocol`: quantity matches, the one-to-one assignment, indicator similarity, the counts.
- `breakdown`, `bootstrap`, `summary`: per-attribute scores, 95% CIs over documents, the JSON.
- `tables`, `report`: the readable tables and the self-contained HTML report.
- `compare`: what one run gained and lost against another.
- `baseline`: the F1 floors of gold/baseline.json that the regression gate enforces.
"""

from .gold import GoldError, Predictions, load_gold, load_predictions
from .protocol import Evaluation, evaluate
from .summary import summarise

__all__ = ["Evaluation", "GoldError", "Predictions", "evaluate", "load_gold",
           "load_predictions", "summarise"]
