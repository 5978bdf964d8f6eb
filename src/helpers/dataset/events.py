"""The dated steps the articles report (the first epidemic meeting, the first projects restarted …), each traced to
its date in the text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.articles import load_articles
from helpers.dataset.provenance import quote_problems
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem
from helpers.text.dates import find_dates

__all__ = ["COLUMNS", "load_events"]

COLUMNS = ["event_id", "article_id", "quote", "start", "end", "date", "label_zh", "label_en", "sentence"]


def load_events(data_dir: Path | None = None) -> pd.DataFrame:
    """The dated events, checked: each date quote stands at its offsets and reads as the stated date."""
    data = Path(data_dir or paths.data_dir())
    path = data / "events.csv"
    label = paths.relative(path)
    events = read_table(path, COLUMNS)
    articles = load_articles(data).set_index("article_id")
    problems = []
    for i, row in events.iterrows():
        n = int(i) + 2
        if row["article_id"] not in articles.index:
            problems.append(Problem(label, f"unknown article {row['article_id']!r}", n, "article_id"))
            continue
        text, year = articles.loc[row["article_id"], "text"], articles.loc[row["article_id"], "year"]
        found = quote_problems(text, row["quote"], int(row["start"]), int(row["end"]), label, n, row["article_id"])
        problems += found
        if found:
            continue
        read = find_dates(text[int(row["start"]) : int(row["end"])], None if pd.isna(year) else int(year))
        if read.empty or str(read["date"].iloc[0].date()) != row["date"]:
            problems.append(Problem(label, f"{row['quote']!r} does not read as {row['date']}", n, "date"))
    if events["event_id"].duplicated().any():
        problems += [
            Problem(label, f"duplicate event_id {v!r}", int(i) + 2, "event_id")
            for i, v in events["event_id"][events["event_id"].duplicated()].items()
        ]
    if problems:
        raise DataError(problems)
    events["date"] = pd.to_datetime(events["date"])
    return (
        events.astype({"start": int, "end": int}).sort_values(["date", "start"], kind="stable").reset_index(drop=True)
    )
