"""Number and unit normalisation: quantity mentions -> exact values with canonical units.

`find_quantities(text)` is the stage's entry point: spans relative to `text`, in text order,
non-overlapping. `find_numbers(text)` is the numeral reader of the benchmarks (every numeral,
years and ordinals included, no not-a-quantity rules); `parse_number(text)` reads one numeral.

How it works: a fast scan (`re`) finds candidate tokens (digits, currency symbols, words); a
word is looked up to know which patterns can start there (patterns.dispatch), and only those
are tried, anchored. The patterns are built at import from the lexicons in rules/
(numbers_v1, units_v1, currencies_v1, quantities_v1) as tries, with possessive or bounded
quantifiers; arithmetic is Decimal from text to JSON.

Decisions (see also the rules' "about" fields):
- The span covers the number with its currency, scale and unit ("1.2 billion RMB", "$5m",
  "61 percent", "third-largest"); a qualifier before it ("nearly") is read but not spanned.
- Signs of change ("down", "fell") are left to the relation stage: "down 3.2 percent" is 3.2.
  Multipliers are changes in percent: doubled 100, halved -50, N-fold and "N times the ..."
  (N - 1) * 100, "double the 2017 figure" 100.
- Fractions in words are shares in percent: "a third" 33.33..., "half of" 50, "one in five" 20.
  With a scale they are counts: "one and a half million" 1500000.
- Ranks only in rank contexts: ranked/placed/came + ordinal, "was second,", "in eighth
  place", "third-largest", "No. 1", and a superlative after "the" or a possessive ("Japan's
  largest partner") unless it is compared with a time ("the highest level since 2008", "the
  biggest drop in 10 years"). Ordinals that rank nothing ("first-tier", "second quarter") are
  not quantities.
- Not quantities: years 1900-2100 standing alone and year spans, dates, times, phone and
  licence numbers, versions, ages, numbers after name words or inside names ("Line 3",
  "Group of 20", "G20", "Voyager 2"), "one" alone, letters glued to digits ("5G", "21st").
- Durations (unit s) are returned when they measure something ("an average of 19 days") and
  not when used as time ("for three years", "a two-year plan", "10 days ago");
  `durations=True/False` returns all or none.
- Units: SI base units of RECORDS.md (plus bit and Hz). Tons and tonnes are metric (1000 kg);
  short and long tons only when named. "pounds" is money (GBP) only with a scale word
  ("361 million pounds"), else mass. "5m" is five metres unless money ("$5m"). Barrels per day
  are recorded as the volume. Money per physical unit ("$70 a barrel") divides exactly and
  keeps 12 significant digits (USD/m3); conversions by repeating factors (km/h, Fahrenheit)
  keep 12 significant digits; all else is exact.
- "\u00a5" is CNY unless the text (or `context`, the whole document) names yen, JPY or Japan.
  Bare "$" and "dollars" are USD; HK$, A$, C$, S$, NT$ ... their own codes.
"""

from __future__ import annotations

from .finder import find_numbers, find_quantities, mentions_yen
from .numerals import parse_number

__all__ = ["find_quantities", "find_numbers", "mentions_yen", "parse_number"]
