"""How a notebook shows a table: numbers for reading, missing values blank, the same in JupyterLab and in the report.

pandas' own HTML for a DataFrame prints a float column whose values differ greatly in size in
scientific notation (``1.000000e+02``) and a missing date as ``NaT``. `frame_html` writes the
same table (pandas' ``to_html``, class ``dataframe`` so notebook styles apply) with every float
as `plain_number` gives it (thousands separators, the decimals it has, at most `MOST_DECIMALS`)
and missing values blank. `register` makes it the HTML form of every DataFrame an IPython kernel
displays; ``import helpers`` calls it when it runs inside one, so the executed notebooks and
their HTML pages show the tables this way with no code in the notebooks.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["DATAFRAME_MODULES", "MOST_DECIMALS", "decimals_of", "frame_html", "plain_number", "register"]

MOST_DECIMALS = 4
DATAFRAME_MODULES = ("pandas", "pandas.core.frame")
"""Where pandas says DataFrame is defined (``pandas`` from pandas 3 on, ``pandas.core.frame`` before)."""


def decimals_of(value: float, most: int = MOST_DECIMALS) -> int:
    """How many decimals *value* has (77.85 → 2, 13400.0 → 0), at most *most*."""
    if not math.isfinite(value):
        return 0
    return next((p for p in range(most + 1) if abs(value - round(value, p)) <= 1e-9 * max(1.0, abs(value))), most)


def plain_number(value: float, most: int = MOST_DECIMALS) -> str:
    """A number with thousands separators and as many decimals as it has (at most *most*); blank when missing."""
    if value is None or not math.isfinite(value):
        return ""
    places = decimals_of(value, most)
    if value and abs(value) < 0.5 * 10**-places:  # too small for *most* decimals: up to two significant digits
        places = min(decimals_of(value, 12), 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{places}f}"
    return "0" if text.strip("-0.,") == "" else text


def frame_html(frame: Any) -> str:
    """A DataFrame as an HTML table for reading: plain numbers, blanks for missing values (NaN, NaT, None)."""
    import pandas as pd

    float_columns = {
        column: plain_number for column in frame.columns if pd.api.types.is_float_dtype(frame[column].dtype)
    }
    limit = pd.get_option("display.max_rows")
    shown = frame if limit is None or len(frame) <= limit else frame.head(limit)
    html = shown.to_html(formatters=float_columns, na_rep="", notebook=True, border=1)
    if shown is not frame:
        html += f"<p>{len(frame):,} rows × {len(frame.columns)} columns (first {limit} shown)</p>"
    return html


def register(shell: Any = None) -> bool:
    """Make `frame_html` the HTML of every DataFrame the IPython shell displays; False outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["text/html"]
    for module in DATAFRAME_MODULES:  # by name, so pandas is not imported until a table is shown
        formatter.for_type_by_name(module, "DataFrame", frame_html)
    return True
