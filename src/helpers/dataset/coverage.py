"""The completeness audit: every quantity in an article is a curated figure or explained, and every figure is found.

``python -m helpers audit`` fails (exit 1, a readable list) when a quantity the extractor
finds in an article (its clean text, and its title and subtitle lines: a figure there has
``where`` = title or subtitle) is neither a curated figure (the same span) nor listed in
``data/not_figures.csv`` with a reason; when a curated figure's quantity is not found by
the extractor; or when a figure's ``as_of`` differs from the date that governs it in the text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.articles import load_articles
from helpers.dataset.figures import load_figures, load_not_figures
from helpers.text.dates import find_dates, governing_date
from helpers.text.extract import find_quantities
from helpers.text.sentences import sentence_at

__all__ = ["audit", "main"]


def audit(data_dir: Path | None = None) -> list[str]:
    """Every completeness problem in the curated table, as readable lines (empty when all is well)."""
    data = Path(data_dir or paths.data_dir())
    articles = load_articles(data)
    figures = load_figures(data_dir=data)
    explained = load_not_figures(data)
    problems: list[str] = []
    if "where" not in explained.columns:
        explained = explained.assign(where="")
    for article in articles.itertuples():
        for place in ("title", "subtitle"):
            problems += _headline_problems(article, place, figures, explained)
        found = find_quantities(article.text)
        mine = figures[(figures["article_id"] == article.article_id) & figures["where"].isin(["body", "caption"])]
        others = explained[(explained["article_id"] == article.article_id) & explained["where"].isin(["", "body"])]
        curated = {(s, e): fid for s, e, fid in zip(mine["start"], mine["end"], mine["figure_id"])}
        skipped = {(s, e) for s, e in zip(others["start"], others["end"])}
        found_spans = set(zip(found["start"], found["end"]))
        for q in found.itertuples():
            if (q.start, q.end) not in curated and (q.start, q.end) not in skipped:
                problems.append(
                    f"{article.article_id}: {q.text!r} at [{q.start}, {q.end}) is neither a figure in data/figures.csv "
                    f"nor explained in data/not_figures.csv — in: {sentence_at(article.text, q.start, q.end)}"
                )
        for (s, e), fid in curated.items():
            if (s, e) not in found_spans:
                problems.append(
                    f"{article.article_id}: figure {fid} {article.text[s:e]!r} at [{s}, {e}) "
                    "is not found by the extractor"
                )
        for s, e in skipped - found_spans:
            problems.append(
                f"{article.article_id}: data/not_figures.csv lists {article.text[s:e]!r} at [{s}, {e}), "
                "which the extractor does not find"
            )
        dates = find_dates(article.text, article.year)
        for row in mine.itertuples():
            governing = governing_date(article.text, row.start, dates)
            stated = None if pd.isna(row.as_of) else row.as_of
            if governing != stated and not (governing is None and stated is None):
                want = governing.date().isoformat() if governing is not None else "empty (no date governs it)"
                have = stated.date().isoformat() if stated is not None else "empty"
                problems.append(
                    f"{article.article_id}: figure {row.figure_id} {row.quote!r} has as_of {have}; "
                    f"the text's governing date is {want}"
                )
    return problems


def _headline_problems(article, place: str, figures: pd.DataFrame, explained: pd.DataFrame) -> list[str]:
    """A title's or subtitle's quantities against the figures (and explained non-figures) that say they stand there."""
    text = getattr(article, place)
    found = find_quantities(text) if text else find_quantities("")
    spans = {
        (s, e)
        for table in (figures, explained)
        for s, e in zip(
            *table[(table["article_id"] == article.article_id) & (table["where"] == place)][["start", "end"]].T.values
        )
    }
    return [
        f"{article.article_id}: {q.text!r} at [{q.start}, {q.end}) of the {place} is neither a figure in "
        f"data/figures.csv (where = {place}) nor explained in data/not_figures.csv — in: {text}"
        for q in found.itertuples()
        if (q.start, q.end) not in spans
    ]


def main(argv: list[str]) -> int:
    """Run the audit and print what is missing; exit 1 when anything is."""
    parser = argparse.ArgumentParser(prog="python -m helpers audit", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the data folder (default: data/)")
    args = parser.parse_args(argv)
    problems = audit(args.data)
    if problems:
        print(f"audit failed: {len(problems)} problem{'s' if len(problems) > 1 else ''}")
        for line in problems:
            print(f"  - {line}")
        print(
            "Add each missing quantity to data/figures.csv (python -m helpers propose ARTICLE_ID) "
            "or explain it in data/not_figures.csv."
        )
        return 1
    data = Path(args.data or paths.data_dir())
    figures = load_figures(data_dir=data)
    print(
        f"audit passed: {len(figures)} figures and {len(load_not_figures(data))} explained non-figures "
        f"cover every quantity found in {figures['article_id'].nunique()} articles"
    )
    return 0
