"""Scoring the quantity normaliser on peer projects' test suites (read from ../shared/external).

Recognizers-Text (Microsoft) English specs: each case is a text and the results of the one type
the file is named after; cases whose NotSupported names python are left out, and so are results
without a value ("dollar" alone). A result is *recalled* when a quantity we find overlaps its
span and has its value (in their unit, or converted to ours); *unit accuracy* is the share of
recalled results whose unit is the one their unit maps to. Their precision is not meaningful
(one type annotated per file), so none is computed.

quantulum3's quantities.json: each sentence with its quantities (value, unit name, surface).
A prediction and a gold quantity match when their spans overlap, the units map to the same
canonical unit and the values agree once converted (a range of ours is compared by its midpoint,
as quantulum3 writes ranges). Precision, recall and F1 over all sentences.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
RT_FILES = {
    "Number": "Number_English_NumberModel.json",
    "Ordinal": "Number_English_OrdinalModel.json",
    "Percent": "Number_English_PercentModel.json",
    "NumberRange": "Number_English_NumberRangeModel.json",
    "Currency": "NumberWithUnit_English_CurrencyModel.json",
    "Dimension": "NumberWithUnit_English_DimensionModel.json",
}

# Their unit names -> (our unit, factor from theirs to ours). Tons are metric, as in units_v1.
RT_UNITS = {
    "Dollar": ("USD", "1"), "United States dollar": ("USD", "1"), "Canadian dollar": ("CAD", "1"),
    "Hong Kong dollar": ("HKD", "1"), "Australian dollar": ("AUD", "1"), "Pound": ("GBP", "1"),
    "Euro": ("EUR", "1"), "Japanese yen": ("JPY", "1"), "Chinese yuan": ("CNY", "1"),
    "Cent": ("USD", "0.01"), "Pence": ("GBP", "0.01"), "Penny": ("GBP", "0.01"),
    "Franc": ("CHF", "1"), "Swiss franc": ("CHF", "1"), "Finnish markka": ("FIM", "1"),
    "Peseta": ("ESP", "1"), "Netherlands guilder": ("NLG", "1"), "Rupee": ("INR", "1"),
    "Mexican peso": ("MXN", "1"), "Costa Rican col\u00f3n": ("CRC", "1"),
    "Georgian lari": ("GEL", "1"), "Lao kip": ("LAK", "1"), "Sri Lankan rupee": ("LKR", "1"),
    "Sen": ("sen", "1"),
    "Pound_weight": ("kg", "0.45359237"), "Milliliter": ("m3", "0.000001"),
    "Inch": ("m", "0.0254"), "Mile": ("m", "1609.344"), "Barrel": ("m3", "0.158987294928"),
    "Foot": ("m", "0.3048"), "Ounce": ("kg", "0.028349523125"), "Acre": ("m2", "4046.8564224"),
    "Gallon": ("m3", "0.003785411784"), "Cubic foot": ("m3", "0.028316846592"),
    "Square meter": ("m2", "1"), "Ton": ("kg", "1000"), "Metric ton": ("kg", "1000"),
    "Bit": ("bit", "1"), "Mile per hour": ("m/s", "0.44704"), "Meter": ("m", "1"),
    "Kilometer": ("m", "1000"), "Millimeter": ("m", "0.001"), "Square kilometer": ("m2", "1000000"),
    "Decimeter": ("m", "0.1"), "Megabit": ("bit", "1000000"), "Megabyte": ("bit", "8000000"),
    "Picometer": ("m", "1E-12"), "Kilometer per hour": ("m/s", "0.2777777777777777777777777778"),
    "Kilogram": ("kg", "1"), "Microgram": ("kg", "1E-9"), "Gram": ("kg", "0.001"),
}

Q3_UNITS = {
    "dimensionless": ("count", "1"), "percentage": ("percent", "1"),
    "metre": ("m", "1"), "kilometre": ("m", "1000"), "mile": ("m", "1609.344"),
    "inch": ("m", "0.0254"), "nanometre": ("m", "1E-9"), "picometre": ("m", "1E-12"),
    "attometre": ("m", "1E-18"), "square kilometre": ("m2", "1000000"),
    "square mile": ("m2", "2589988.110336"), "cubic kilometre": ("m3", "1000000000"),
    "gallon": ("m3", "0.003785411784"), "litre": ("m3", "0.001"), "centilitre": ("m3", "0.00001"),
    "cubic centimetre": ("m3", "0.000001"), "milligram": ("kg", "0.000001"),
    "kilogram": ("kg", "1"), "pound-mass": ("kg", "0.45359237"), "tonne": ("kg", "1000"),
    "second": ("s", "1"), "minute": ("s", "60"), "hour": ("s", "3600"), "day": ("s", "86400"),
    "week": ("s", "604800"), "month": ("s", "2629800"), "year": ("s", "31557600"),
    "electronvolt": ("J", "1.602176634E-19"), "teraelectronvolt": ("J", "1.602176634E-7"),
    "watt hour": ("J", "3600"), "megawatt hour": ("J", "3600000000"),
    "kilometre per hour": ("m/s", "0.2777777777777777777777777778"),
    "degree Celsius": ("K", "1", "273.15"),
    "degree fahrenheit": ("K", "0.5555555555555555555555555556", "255.3722222222222222222222222"),
    "gigahertz": ("Hz", "1000000000"), "megabyte": ("bit", "8000000"), "byte": ("bit", "8"),
    "bit": ("bit", "1"), "exabyte": ("bit", "8000000000000000000"),
    "dollar": ("USD", "1"), "euro": ("EUR", "1"), "pound sterling": ("GBP", "1"),
    "cent": ("USD", "0.01"), "penny": ("GBP", "0.01"), "dime": ("USD", "0.1"),
    "dozen": ("count", "12"), "cup": ("m3", "0.0002365882365"),
    "tablespoon": ("m3", "0.00001478676478125"), "dollar per kilogram": ("USD/kg", "1"),
    "megayear": ("s", "31557600000000"), "gigayear": ("s", "31557600000000000"),
}


def external_dir() -> Path:
    return Path(os.environ.get("EXTRACT_EXTERNAL") or REPO / ".." / "shared" / "external")


def to_decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value).rstrip("%"))
    except (InvalidOperation, TypeError):
        return None


def close(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= Decimal("1e-6") * max(Decimal(1), abs(b))


@dataclass
class SpecScore:
    name: str
    expected: int = 0
    recalled: int = 0
    unit_ok: int = 0
    misses: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 100.0 * self.recalled / self.expected if self.expected else 0.0

    @property
    def unit_accuracy(self) -> float:
        return 100.0 * self.unit_ok / self.recalled if self.recalled else 0.0


def rt_cases(name: str) -> list[dict]:
    path = external_dir() / "recognizers-text" / RT_FILES[name]
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    return [c for c in cases if "python" not in (c.get("NotSupported") or "").lower()]


def rt_expected(name: str, result: dict) -> tuple[list[Decimal], str | None]:
    """Their values (a range gives its bounds) and our unit for them (None: not checked)."""
    res = result.get("Resolution") or {}
    if name == "NumberRange":
        return [d for d in map(to_decimal, regex.findall(r"-?[\d.]+", res.get("value", ""))) if d], None
    value = to_decimal(res.get("value"))
    if value is None:
        return [], None
    unit = {"Percent": "percent", "Ordinal": "rank"}.get(name)
    if name in ("Currency", "Dimension"):
        their = res.get("unit", "")
        if name == "Dimension" and their == "Pound":
            their = "Pound_weight"
        mapped = RT_UNITS.get(their)
        if res.get("isoCurrency") and not mapped:
            mapped = (res["isoCurrency"], "1")
        if not mapped:
            return [value], "?"
        return [value, value * Decimal(mapped[1])], mapped[0]
    return [value], unit


def score_rt(name: str, find) -> SpecScore:
    score = SpecScore(name)
    for case in rt_cases(name):
        found = find(case["Input"])
        for result in case.get("Results", []):
            values, unit = rt_expected(name, result)
            if not values:
                continue
            score.expected += 1
            start, end = result["Start"], result["End"] + 1
            hits = [q for q in found if q.span[0] < end and start < q.span[1]
                    and any(close(v, e) for v in (q.value, q.value_max) for e in values)]
            if not hits:
                score.misses.append((case["Input"][:90], result["Text"], [str(v) for v in values],
                                     [(q.text, str(q.value), q.unit) for q in found]))
                continue
            score.recalled += 1
            if unit is None or any(q.unit == unit for q in hits):
                score.unit_ok += 1
            else:
                score.misses.append(("UNIT", result["Text"], unit, [(q.text, q.unit) for q in hits]))
    return score


@dataclass
class F1Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def quantulum_cases() -> list[dict]:
    path = external_dir() / "quantulum3" / "quantities.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int, Decimal | None, tuple]]:
    out, pos = [], 0
    for g in gold:
        start = text.find(g["surface"], pos)
        start = text.find(g["surface"]) if start < 0 else start
        end = start + len(g["surface"])
        pos = max(pos, end) if start >= 0 else pos
        mapped = Q3_UNITS.get(g["unit"], (g["unit"], "1"))
        value = to_decimal(g["value"])
        if value is not None:
            value = value * Decimal(mapped[1]) + Decimal(mapped[2] if len(mapped) > 2 else "0")
        out.append((start, end, value, mapped[0]))
    return out


def score_quantulum(find) -> F1Score:
    score = F1Score()
    for case in quantulum_cases():
        text = case["req"]
        gold = _gold_spans(text, case["res"])
        found = find(text)
        score.n_pred += len(found)
        score.n_gold += len(gold)
        used: set[int] = set()
        for start, end, value, unit in gold:
            for i, q in enumerate(found):
                ours = q.value if q.value_max is None else (q.value + q.value_max) / 2
                if i in used or not (q.span[0] < end and start < q.span[1]):
                    continue
                if q.unit == unit and close(ours, value):
                    used.add(i)
                    score.tp += 1
                    break
            else:
                score.misses.append(("FN", text[:70], text[start:end], str(value), unit))
        for i, q in enumerate(found):
            if i not in used:
                score.misses.append(("FP", text[:70], q.text, str(q.value), q.unit))
    return score
