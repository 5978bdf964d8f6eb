"""The curated figures: every quantity the articles state, each with its source words, validated on load.

``load_figures()`` reads ``data/figures.csv``, checks it against a pandera schema and
against the articles themselves (the quote stands at [start, end) of its article's
clean text and reads back to the stated value, unit and qualifier), and adds ``low`` and
``high`` from the quote's wording. Bad data gets one error that lists every problem,
each with file, row (as a user counts rows in the CSV: the header is row 1) and column.
Nothing is written while loading.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from helpers import paths
from helpers.dataset.articles import load_articles
from helpers.dataset.provenance import quote_problems
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem
from helpers.text.quantity import parse_quantity

__all__ = [
    "CATEGORIES",
    "COLUMNS",
    "NOT_FIGURE_COLUMNS",
    "SCHEMA",
    "figure",
    "load_figures",
    "load_not_figures",
]

#: The documented list of categories (data/README.md explains each).
CATEGORIES: dict[str, str] = {
    "enterprises": "enterprises resumed and resumption rates, all and above-scale (规上)",
    "workforce": "workers back at work and return rates",
    "projects": "construction and key projects: resumption and investment",
    "services": "the 驻企服务员 service teams: where they went, how many, what they solved",
    "policy": "policy documents and their measures",
    "grain": "grain, rice and edible oil reserves and supply",
    "personnel": "medical staff, cadres and militia sent to the front line",
    "publicity": "loudspeakers, banners and letters",
    "exports": "export share and markets",
    "company": "figures about one named company",
}
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
_ID = r"^[a-z][a-z0-9_\-]*$"

SCHEMA = pa.DataFrameSchema(
    {
        "figure_id": pa.Column(str, pa.Check.str_matches(_ID), unique=True),
        "article_id": pa.Column(str, pa.Check.str_length(min_value=1)),
        "category": pa.Column(str, pa.Check.isin(list(CATEGORIES))),
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
    },
    strict=False,
    ordered=False,
)


def _schema_problems(frame: pd.DataFrame, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    typed = frame.copy()
    typed["as_of"] = typed["as_of"].replace("", None)
    try:
        return SCHEMA.validate(typed, lazy=True), []
    except pa.errors.SchemaErrors as exc:
        problems = []
        cases = exc.failure_cases
        for _, case in cases.iterrows():
            index = case["index"]
            row = int(index) + 2 if pd.notna(index) else None
            column = case["column"] if isinstance(case["column"], str) else None
            problems.append(Problem(label, _explain(case, frame, index, column), row, column))
        return None, _unique(problems)


def _explain(case: pd.Series, frame: pd.DataFrame, index, column: str | None) -> str:
    check = str(case["check"])
    found = case["failure_case"]
    if check.startswith("coerce_dtype") or check.startswith("dtype"):
        expected = {
            "value": "a number",
            "start": "a whole number",
            "end": "a whole number",
            "as_of": "a date YYYY-MM-DD",
        }
        return f"{found!r} is not {expected.get(column, check)}"
    if "isin" in check:
        return f"{found!r} is not a known category; expected one of {', '.join(CATEGORIES)}"
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


def _provenance_problems(frame: pd.DataFrame, texts: dict[str, str], label: str) -> list[Problem]:
    """Check each row against its article: the quote at its offsets, its value, unit, qualifier and range."""
    problems = []
    for index, row in frame.iterrows():
        n = int(index) + 2
        text = texts.get(row["article_id"])
        if text is None:
            problems.append(
                Problem(
                    label, f"unknown article {row['article_id']!r}; expected one of {', '.join(texts)}", n, "article_id"
                )
            )
            continue
        quote, start, end = row["quote"], int(row["start"]), int(row["end"])
        problems += quote_problems(text, quote, start, end, label, n, row["article_id"])
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
    typed, problems = _schema_problems(frame, label)
    texts = dict(zip(*load_articles(data)[["article_id", "text"]].T.values))
    if typed is not None:
        problems += _provenance_problems(typed, texts, label)
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
    """The quantities found in the articles that are not figures, each with its reason (none when the file is absent)."""
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
    return table.astype({"start": "int64", "end": "int64"})
