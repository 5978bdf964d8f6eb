"""Candidate figure rows for an article: curating a new article is reviewing candidates, not retyping numbers.

``python -m helpers propose ARTICLE_ID [--out FILE] [--all]`` finds every quantity in the
article's clean text and writes rows in the ``data/figures.csv`` format (quote, offsets,
value, unit, qualifier, ``as_of`` from the governing date, sentence), leaving
``category``, ``metric`` and the labels for the user. Quantities already curated, or
listed in ``data/not_figures.csv``, are left out unless ``--all`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.articles import load_articles
from helpers.dataset.figures import COLUMNS, load_not_figures
from helpers.dataset.tables import read_table
from helpers.errors import UserFacingError
from helpers.text.dates import find_dates, governing_date
from helpers.text.extract import find_quantities
from helpers.text.sentences import sentence_at

__all__ = ["candidate_rows", "known_spans", "main", "propose"]


def _number(value: float) -> str:
    return f"{value:.15g}"


def candidate_rows(article_id: str, text: str, year: int | None, first_number: int = 1) -> pd.DataFrame:
    """The figures.csv rows an article's quantities would make, with category and metric left empty."""
    quantities = find_quantities(text)
    dates = find_dates(text, year)
    rows = []
    for k, q in enumerate(quantities.itertuples(index=False), start=first_number):
        as_of = governing_date(text, q.start, dates)
        rows.append(
            {
                "figure_id": f"{article_id}-{k:02d}",
                "article_id": article_id,
                "category": "",
                "metric": "",
                "label_zh": "",
                "label_en": "",
                "value": _number(q.value),
                "unit": q.unit,
                "qualifier": q.qualifier,
                "as_of": as_of.date().isoformat() if as_of is not None else "",
                "quote": q.text,
                "start": q.start,
                "end": q.end,
                "sentence": sentence_at(text, q.start, q.end),
                "note": "",
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def known_spans(data_dir: Path, article_id: str) -> set[tuple[int, int]]:
    """Spans of an article already curated in figures.csv or explained in not_figures.csv."""
    spans: set[tuple[int, int]] = set()
    tables = [load_not_figures(data_dir)]
    if (data_dir / "figures.csv").exists():  # read as text: a table being curated need not validate yet
        tables.append(read_table(data_dir / "figures.csv", COLUMNS))
    for table in tables:
        mine = table[table["article_id"] == article_id]
        spans |= {(int(s), int(e)) for s, e in zip(mine["start"], mine["end"])}
    return spans


def propose(article_id: str, data_dir: Path | None = None, include_known: bool = False) -> pd.DataFrame:
    """Candidate figures.csv rows for one article (by default only the quantities not yet curated or explained)."""
    data = Path(data_dir or paths.data_dir())
    articles = load_articles(data)
    row = articles[articles["article_id"] == article_id]
    if row.empty:
        raise UserFacingError(
            f"no article {article_id!r} in {paths.relative(data / 'articles.csv')}; known: {', '.join(articles['article_id'])}"
        )
    article = row.iloc[0]
    candidates = candidate_rows(article_id, article["text"], article["year"])
    if include_known:
        return candidates
    known = known_spans(data, article_id)
    keep = [(int(s), int(e)) not in known for s, e in zip(candidates["start"], candidates["end"])]
    return candidates[keep].reset_index(drop=True)


def main(argv: list[str]) -> int:
    """Write candidate figure rows for an article to standard output or a file."""
    parser = argparse.ArgumentParser(prog="python -m helpers propose", description=__doc__.splitlines()[0])
    parser.add_argument("article_id")
    parser.add_argument("--out", type=Path, help="write the rows to this CSV file instead of the screen")
    parser.add_argument("--all", action="store_true", help="include quantities already curated or explained")
    args = parser.parse_args(argv)
    rows = propose(args.article_id, include_known=args.all)
    if args.out:
        rows.to_csv(args.out, index=False, encoding="utf-8", lineterminator="\n")
        print(f"{len(rows)} candidate rows written to {args.out}", file=sys.stderr)
    else:
        rows.to_csv(sys.stdout, index=False, lineterminator="\n")
        print(f"{len(rows)} candidate rows", file=sys.stderr)
    return 0
