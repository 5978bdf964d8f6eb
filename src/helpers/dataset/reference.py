"""Reference figures from outside the articles (population, grain ration), each with its source and whether it was
verified.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem

__all__ = ["COLUMNS", "STATUSES", "load_reference"]

COLUMNS = [
    "ref_id",
    "metric",
    "label_zh",
    "label_en",
    "value",
    "low",
    "high",
    "unit",
    "year",
    "publisher",
    "publication",
    "table",
    "status",
    "note",
]
STATUSES = {"verified", "verified_copy", "assumption"}


def load_reference(data_dir: Path | None = None) -> pd.DataFrame:
    """The reference figures, typed; `status` says whether each was verified from its source or is an assumption."""
    path = Path(data_dir or paths.data_dir()) / "reference.csv"
    label = paths.relative(path)
    table = read_table(path, COLUMNS)
    problems = []
    for i, row in table.iterrows():
        n = int(i) + 2
        for column in ("value", "low", "high"):
            try:
                float(row[column])
            except ValueError:
                problems.append(Problem(label, f"{row[column]!r} is not a number", n, column))
        if row["status"] not in STATUSES:
            problems.append(
                Problem(label, f"{row['status']!r}: expected one of {', '.join(sorted(STATUSES))}", n, "status")
            )
        if not row["publisher"] or not row["publication"]:
            problems.append(Problem(label, "a reference figure needs its publisher and publication", n, "publisher"))
    if problems:
        raise DataError(problems)
    return table.astype({"value": float, "low": float, "high": float, "year": int})
