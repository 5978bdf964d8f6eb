"""`data/dictionary.csv`: the Chinese and English heading of every column the exports show, defined once.

The Word document's table headings (and anything else that labels a column for a reader) come
from here, not from code. A column without an entry is shown under its own name; a user data
folder without the file gets the column names throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers import paths
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem

__all__ = ["COLUMNS", "DICTIONARY_NAME", "Heading", "dictionary_path", "heading", "load_dictionary"]

DICTIONARY_NAME = "dictionary.csv"
COLUMNS = ["column", "heading_zh", "heading_en"]


@dataclass(frozen=True)
class Heading:
    """How a column is headed for a reader, in Chinese and in English."""

    zh: str
    en: str


def dictionary_path(data_dir: Path | None = None) -> Path:
    """Where the dictionary of the data folder is (it may not exist)."""
    return Path(data_dir or paths.data_dir()) / DICTIONARY_NAME


def load_dictionary(data_dir: Path | None = None) -> dict[str, Heading]:
    """Every column's headings by column name; empty when the data folder has no dictionary."""
    path = dictionary_path(data_dir)
    if not path.is_file():
        return {}
    label = paths.relative(path)
    table = read_table(path, COLUMNS)
    problems, found = [], {}
    for i, row in enumerate(table.to_dict("records"), start=2):
        name = row["column"].strip()
        if not name:
            problems.append(Problem(label, "a row needs the column name it describes", i, "column"))
        elif name in found:
            problems.append(Problem(label, f"{name!r} is described twice (a column has one heading)", i, "column"))
        if not row["heading_zh"].strip():
            problems.append(Problem(label, "a column needs a Chinese heading", i, "heading_zh"))
        found[name] = Heading(row["heading_zh"].strip(), row["heading_en"].strip() or name)
    if problems:
        raise DataError(problems)
    return found


def heading(dictionary: dict[str, Heading], column: str, lang: str = "zh") -> str:
    """The heading of *column* in *lang* ("zh" or "en"), or the column's own name when it has no entry."""
    entry = dictionary.get(column)
    if entry is None:
        return column
    return entry.zh if lang == "zh" else entry.en
