"""The curated figures: every quantity the articles state, each with its source words, validated on load.

``load_figures()`` reads ``data/figures.csv``, checks it against a pandera schema (built
from ``data/categories.csv``, the open list of categories) and against the articles
themselves (the quote stands at [start, end) of its article's clean text, or of its title
or subtitle line when ``where`` says so, and reads back to the stated value, unit and
qualifier), and adds ``low`` and
``high`` from the quote's wording. Bad data gets one error that lists every problem,
each with file, row (as a user counts rows in the CSV: the header is row 1) and column.
Nothing is written while loading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from helpers import paths
from helpers.dataset.articles import WHERE, field_text, load_articles, where_in_text
from helpers.dataset.provenance import quote_problems
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem
from helpers.text.quantity import parse_quantity

__all__ = [
    "CATEGORY_COLUMNS",
    "COLUMNS",
    "FILE_COLUMNS",
    "NOT_FIGURE_COLUMNS",
    "check_figures",
    "figure",
    "figure_schema",
    "load_categories",
    "load_figures",
    "load_not_figures",
]

CATEGORY_COLUMNS = ["category", "label_zh", "label_en", "description"]
COLUMNS = [
    "figure_id",
    "article_id",
    "category",
    "metric",
    "label_zh",
    "label_en",
    "value",
    "unit",
    "qualifier",
    "as_of",
    "quote",
    "start",
    "end",
    "sentence",
    "note",
]
#: The columns of data/figures.csv: COLUMNS, then ``where`` (title, subtitle, body or caption), which may be
#: left out or empty for a figure of the clean text (it is then worked out: caption or body).
FILE_COLUMNS = [*COLUMNS, "where"]
_ID = r"^[a-z][a-z0-9_\-]*$"


def load_categories(data_dir: Path | None = None) -> pd.DataFrame:
    """The categories a figure may have (``data/categories.csv``): category, label_zh, label_en, description."""
    path = Path(data_dir or paths.data_dir()) / "categories.csv"
    table = read_table(path, CATEGORY_COLUMNS)
    label = paths.relative(path)
    problems = [
        Problem(label, f"{value!r} is not snake_case (lowercase letters, digits and _)", int(i) + 2, "category")
        for i, value in table["category"].items()
        if not re.match(r"^[a-z][a-z0-9_]*$", value)
    ]
    problems += [
        Problem(label, f"duplicate category {value!r}", int(i) + 2, "category")
        for i, value in table["category"][table["category"].duplicated()].items()
    ]
    if problems:
        raise DataError(problems)
    return table


def figure_schema(categories: list[str]) -> pa.DataFrameSchema:
    """The pandera schema of figures.csv, with the categories of ``data/categories.csv``."""
    return pa.DataFrameSchema(_columns(categories), strict=False, ordered=False)


def _columns(categories: list[str]) -> dict[str, pa.Column]:
    return {
        "figure_id": pa.Column(str, pa.Check.str_matches(_ID), unique=True),
        "article_id": pa.Column(str, pa.Check.str_length(min_value=1)),
        "category": pa.Column(str, pa.Check.isin(categories)),
        "metric": pa.Column(str, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$"), unique=True),
        "label_zh": pa.Column(str, pa.Check.str_length(min_value=1)),
        "label_en": pa.Column(str, pa.Check.str_length(min_value=1)),
        "value": pa.Column(float, coerce=True),
        "unit": pa.Column(str),
        "qualifier": pa.Column(str),
        "as_of": pa.Column("datetime64[ns]", coerce=True, nullable=True),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "end": pa.Column(int, pa.Check.ge(1), coerce=True),
        "sentence": pa.Column(str, pa.Check.str_length(min_value=1)),
        "note": pa.Column(str),
        "where": pa.Column(str, pa.Check.isin(["", *WHERE])),
    }


def _schema_problems(
    frame: pd.DataFrame, label: str, categories: list[str]
) -> tuple[pd.DataFrame | None, list[Problem]]:
    typed = frame.copy()
    typed["as_of"] = typed["as_of"].replace("", None)
    try:
        return figure_schema(categories).validate(typed, lazy=True), []
    except pa.errors.SchemaErrors as exc:
        problems = []
        cases = exc.failure_cases
        for _, case in cases.iterrows():
            index = case["index"]
            row = int(index) + 2 if pd.notna(index) else None
            column = case["column"] if isinstance(case["column"], str) else None
            problems.append(Problem(label, _explain(case, frame, index, column, categories), row, column))
        return None, _unique(problems)


def _explain(case: pd.Series, frame: pd.DataFrame, index, column: str | None, categories: list[str]) -> str:
    check = str(case["check"])
    found = case["failure_case"]
    if check.startswith(("coerce_dtype", "dtype")):
        expected = {
            "value": "a number",
            "start": "a whole number",
            "end": "a whole number",
            "as_of": "a date YYYY-MM-DD",
        }
        return f"{found!r} is not {expected.get(column, check)}"
    if "isin" in check and column == "where":
        return f"{found!r} is not a place on the page; expected one of {', '.join(WHERE)} (or empty: body or caption)"
    if "isin" in check:
        return (
            f"{found!r} is not a known category; expected one of {', '.join(categories)} "
            "(to add one, add a row to data/categories.csv: category, label_zh, label_en, description)"
        )
    if "unique" in check or "duplicated" in check:
        return f"duplicate {found!r}: each {column} must be unique"
    if "str_matches" in check:
        return f"{found!r} is not snake_case (lowercase letters, digits and _ or -)"
    if "str_length" in check:
        return "is empty: expected text"
    if "greater_than_or_equal_to" in check:
        return f"{found!r} is negative: expected a character offset ≥ 0"
    return f"{found!r} fails {check}"


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.row, p.column)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _provenance_problems(frame: pd.DataFrame, articles: pd.DataFrame, label: str) -> list[Problem]:
    """Check each row against its article: the quote at its offsets, its value, unit, qualifier and range."""
    problems = []
    by_id = {row["article_id"]: row for _, row in articles.iterrows()}
    for index, row in frame.iterrows():
        n = int(index) + 2
        article = by_id.get(row["article_id"])
        if article is None:
            known = ", ".join(by_id)
            problems.append(
                Problem(label, f"unknown article {row['article_id']!r}; expected one of {known}", n, "article_id")
            )
            continue
        text = field_text(article, row["where"])
        quote, start, end = row["quote"], int(row["start"]), int(row["end"])
        problems += quote_problems(text, quote, start, end, label, n, row["article_id"])
        if row["where"] in ("", "body", "caption") and text[start:end] == quote:
            place = where_in_text(article, start)
            if row["where"] and place != row["where"]:
                problems.append(Problem(label, f"the quote stands in the {place}, not the {row['where']}", n, "where"))
            frame.loc[index, "where"] = place
        if row["sentence"] not in text or quote not in row["sentence"]:
            problems.append(
                Problem(label, "expected the sentence, as in the clean text, that holds the quote", n, "sentence")
            )
        try:
            q = parse_quantity(quote)
        except ValueError as exc:
            problems.append(Problem(label, f"the quote is not one quantity: {exc}", n, "quote"))
            continue
        if q.value != float(row["value"]):
            problems.append(
                Problem(
                    label,
                    f"value {row['value']:g} does not match the quote {quote!r}, which reads {q.value:g}",
                    n,
                    "value",
                )
            )
        if q.unit != row["unit"]:
            problems.append(
                Problem(
                    label, f"unit {row['unit']!r} does not match the quote {quote!r}, which reads {q.unit!r}", n, "unit"
                )
            )
        if q.qualifier != row["qualifier"]:
            problems.append(
                Problem(
                    label,
                    f"qualifier {row['qualifier']!r} does not match the quote {quote!r}, which reads {q.qualifier!r}",
                    n,
                    "qualifier",
                )
            )
        if row["unit"] == "%" and not 0 <= float(row["value"]) <= 100:
            problems.append(Problem(label, f"a percentage of {row['value']:g}: expected 0 to 100", n, "value"))
    return problems


def load_figures(path: Path | None = None, data_dir: Path | None = None) -> pd.DataFrame:
    """The curated figures as a typed table, each with the range (low, high) its wording admits."""
    data = Path(data_dir or paths.data_dir())
    csv_path = Path(path or data / "figures.csv")
    label = paths.relative(csv_path)
    frame = read_table(csv_path, COLUMNS)
    return check_figures(frame, label, data)


def check_figures(frame: pd.DataFrame, label: str, data_dir: Path | None = None) -> pd.DataFrame:
    """Validate figures.csv rows read as text (every problem at once, located in ``label``); the typed table."""
    data = Path(data_dir or paths.data_dir())
    frame = frame.copy()
    if "where" not in frame.columns:
        frame["where"] = ""
    categories = list(load_categories(data)["category"])
    typed, problems = _schema_problems(frame, label, categories)
    if typed is not None:
        problems += _provenance_problems(typed, load_articles(data), label)
    if problems:
        raise DataError(problems)
    ranges = [parse_quantity(q) for q in typed["quote"]]
    typed["low"] = [q.low for q in ranges]
    typed["high"] = [q.high for q in ranges]
    typed["kind"] = [q.kind for q in ranges]
    return typed.reset_index(drop=True)


def figure(figures: pd.DataFrame, metric: str) -> pd.Series:
    """One figure's row by its metric name (e.g. ``figure(df, "enterprises_resumed")``)."""
    match = figures[figures["metric"] == metric]
    if match.empty:
        raise KeyError(f"no figure with metric {metric!r}")
    return match.iloc[0]


NOT_FIGURE_COLUMNS = ["article_id", "quote", "start", "end", "sentence", "reason"]


def load_not_figures(data_dir: Path | None = None) -> pd.DataFrame:
    """The quantities found in the articles that are not figures, each with its reason (none if no file)."""
    path = Path(data_dir or paths.data_dir()) / "not_figures.csv"
    if not path.exists():
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else str) for c in NOT_FIGURE_COLUMNS})
    table = read_table(path, NOT_FIGURE_COLUMNS)
    label = paths.relative(path)
    problems = [
        Problem(label, f"{row[column]!r} is not a whole number", int(i) + 2, column)
        for i, row in table.iterrows()
        for column in ("start", "end")
        if not row[column].isdigit()
    ]
    problems += [
        Problem(label, "expected why it is not a figure", int(i) + 2, "reason")
        for i, row in table.iterrows()
        if not row["reason"].strip()
    ]
    if problems:
        raise DataError(problems)
    if "where" not in table.columns:
        table["where"] = ""
    return table.astype({"start": "int64", "end": "int64"})
