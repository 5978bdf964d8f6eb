"""Accepting reviewed figures: ``python -m helpers accept FILE`` merges a reviewed file into ``data/figures.csv``.

The reviewed file (written by ``propose`` and edited by hand) is checked with the same checks
as `load_figures` — schema, categories of ``data/categories.csv``, each quote at its offsets in
its article and reading back to its value, unit and qualifier — and every problem is reported
at once, located in the reviewed file (file, row, column). Rows that repeat a ``figure_id``, a
``metric`` or a quantity (same article, place and offsets) already in ``data/figures.csv`` are
refused. The merged table is checked again as a whole, then written in one atomic replace:
when anything fails, ``data/figures.csv`` is left byte for byte as it was.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.atomic import write_atomic
from helpers.dataset.figures import COLUMNS, FILE_COLUMNS, check_figures
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem

__all__ = ["accept", "main"]


def _duplicates(reviewed: pd.DataFrame, current: pd.DataFrame, label: str) -> list[Problem]:
    problems = []
    where = current["where"] if "where" in current.columns else pd.Series("", index=current.index)
    spans = {
        (a, w or "body", s, e): fid
        for a, w, s, e, fid in zip(current["article_id"], where, current["start"], current["end"], current["figure_id"])
    }
    for column in ("figure_id", "metric"):
        known = set(current[column])
        for i, value in reviewed[column].items():
            if value in known:
                problems.append(Problem(label, f"{value!r} is already used in data/figures.csv", int(i) + 2, column))
    for i, row in reviewed.iterrows():
        place = "body" if row.get("where", "") in ("", "caption") else row["where"]
        key = (row["article_id"], place, row["start"], row["end"])
        fid = spans.get(key) or spans.get(
            (row["article_id"], "body", row["start"], row["end"]) if place == "body" else None
        )
        if fid:
            problems.append(
                Problem(label, f"this quantity is already curated as {fid!r} in data/figures.csv", int(i) + 2, "start")
            )
    return problems


def _csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue().encode("utf-8")


def accept(reviewed_path: Path, data_dir: Path | None = None) -> pd.DataFrame:
    """Validate a reviewed file and merge it into data/figures.csv; the rows added (nothing written on any problem)."""
    data = Path(data_dir or paths.data_dir())
    label = paths.relative(reviewed_path)
    reviewed = read_table(Path(reviewed_path), COLUMNS)
    if reviewed.empty:
        raise DataError(Problem(label, "has no rows: expected reviewed figure rows under the header"))
    check_figures(reviewed, label, data)  # every problem of the reviewed file, in its own rows
    target = data / "figures.csv"
    current = read_table(target, COLUMNS) if target.exists() else pd.DataFrame(columns=FILE_COLUMNS)
    problems = _duplicates(reviewed, current, label)
    if problems:
        raise DataError(problems)
    columns = list(current.columns) + [c for c in reviewed.columns if c not in current.columns]
    columns += [c for c in FILE_COLUMNS if c not in columns]
    merged = pd.concat([current, reviewed], ignore_index=True).reindex(columns=columns).fillna("")
    check_figures(merged, paths.relative(target), data)
    write_atomic(target, _csv(merged))
    return reviewed


def main(argv: list[str]) -> int:
    """Merge a reviewed candidates file into data/figures.csv, or refuse with every problem and change nothing."""
    parser = argparse.ArgumentParser(prog="python -m helpers accept", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="the reviewed file written by propose --out")
    args = parser.parse_args(argv)
    added = accept(args.file)
    target = paths.relative(paths.data_dir() / "figures.csv")
    ids = ", ".join(added["figure_id"])
    print(f"{len(added)} figure{'s' if len(added) != 1 else ''} added to {target}: {ids}")
    print("next: python -m helpers audit")
    return 0
