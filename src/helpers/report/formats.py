"""How many decimals a number in an exported table shows, one rule for the Word document and the workbook.

- A figure *reported* by an article is shown as it stands: every decimal it has, up to
  `MOST_DECIMALS` (``77.9``, its range ``77.85``–``77.95``, ``13,400``), so nothing the reader
  sees is rounded away from what the text admits.
- A *derived* figure is computed from rounded inputs, so it is shown only to the precision they
  support: a count of whole things (enterprises, people: `COUNT_UNITS`) as a whole number, and
  its range as the whole numbers it holds (``319.79``–``323.24`` → ``320``–``323``); a percentage
  to one decimal; anything else to `SIGNIFICANT` significant digits (``0.284``, ``89.3``, ``193``),
  without trailing zeros (``25`` days, not ``25.0``).

Thousands separators throughout; identifiers, years and character offsets (integer columns)
without them. Hand-written because it is a rule of this kit (which numbers are counts, what the
inputs support), not a formatting option of python-docx or XlsxWriter.
"""

from __future__ import annotations

import math

from helpers.display import MOST_DECIMALS, decimals_of

__all__ = [
    "COUNT_UNITS",
    "MOST_DECIMALS",
    "SIGNIFICANT",
    "decimals",
    "excel_format",
    "number_text",
    "whole_range",
]

COUNT_UNITS = frozenset("家名人个条份项位户台辆次批支所座套件")
"""Counters of whole things: a derived number of them is a whole number."""
SIGNIFICANT = 3


def decimals(value: float, unit: str = "", derived: bool = False) -> int:
    """The decimals *value* is shown with (see the module docstring for the rule)."""
    if not math.isfinite(value):
        return 0
    if not derived:
        return decimals_of(value)
    if unit in COUNT_UNITS:
        return 0
    if unit == "%":
        return 1
    if value == 0:
        return 0
    magnitude = math.floor(math.log10(abs(value)))
    return min(decimals_of(value), max(0, SIGNIFICANT - 1 - magnitude))  # no trailing zeros: 25 days, not 25.0


def whole_range(low: float, high: float) -> tuple[int, int] | None:
    """The whole numbers a derived count's range holds, as (first, last); None when it holds none."""
    first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
    return (first, last) if first <= last else None


def number_text(value: float, unit: str = "", derived: bool = False, bound: str = "") -> str:
    """*value* as table text with thousands separators; *bound* ("low" or "high") rounds a derived count inwards."""
    if value is None or not math.isfinite(value):
        return ""
    if derived and unit in COUNT_UNITS and bound in ("low", "high"):
        inward = math.ceil(value - 1e-9) if bound == "low" else math.floor(value + 1e-9)
        return f"{inward:,d}"
    places = decimals(value, unit, derived)
    text = f"{value:,.{places}f}"
    return "0" if text.strip("-0.,") == "" else text


def excel_format(value: float, unit: str = "", derived: bool = False) -> str:
    """The Excel number format that shows *value* by the same rule (percent as ``0.0"%"``: values are in percent)."""
    places = decimals(value, unit, derived)
    number = "#,##0" + ("." + "0" * places if places else "")
    return number + '"%"' if unit == "%" else number
