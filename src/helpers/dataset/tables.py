"""Reading the hand-curated CSV tables so that every structural fault is reported with file, row and column."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.errors import DataError, Problem

__all__ = ["read_table"]


def read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """Read a hand-curated CSV as text, every structural fault (encoding, empty, missing column, field count) a
    located problem.
    """
    label = paths.relative(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(Problem(label, "file not found")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = raw[: exc.start].count(b"\n") + 1
        raise DataError(Problem(label, "is not UTF-8 text: save it as UTF-8 (Excel: CSV UTF-8)", row=row)) from None
    if not text.strip():
        raise DataError(Problem(label, f"is empty: expected a header row with {', '.join(columns)}"))
    records = list(csv.reader(io.StringIO(text)))
    header = records[0]
    problems = [Problem(label, "missing column: expected it in the header", 1, c) for c in columns if c not in header]
    for n, record in enumerate(records[1:], start=2):
        if record and len(record) != len(header):
            problems.append(
                Problem(
                    label,
                    f"has {len(record)} fields, expected {len(header)} like the header "
                    "(a comma inside a field needs quotes)",
                    n,
                )
            )
    if problems:
        raise DataError(problems)
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    return frame
