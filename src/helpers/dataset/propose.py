"""Candidate figure rows for an article: curating a new article is reviewing candidates, not retyping numbers.

``python -m helpers propose ARTICLE_ID [--out FILE] [--all]`` finds every quantity in the
article's title, subtitle and clean text and writes rows in exactly the columns of
``data/figures.csv`` (``figure_id`` assigned, quote, offsets, value, unit, qualifier,
``as_of`` from the governing date, sentence, ``where``: title, subtitle, body or caption),
with ``category``, ``metric``, ``label_zh`` and ``label_en`` suggested
(`helpers.dataset.suggest`) and marked for review in ``note``. Quantities already curated,
or listed in ``data/not_figures.csv``, are left out unless ``--all`` is given. Review the
file, then ``python -m helpers accept FILE`` merges it into ``data/figures.csv``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.articles import field_text, load_articles, where_in_text
from helpers.dataset.figures import COLUMNS, FILE_COLUMNS, load_categories, load_not_figures
from helpers.dataset.suggest import suggest
from helpers.dataset.tables import read_table
from helpers.errors import UserFacingError
from helpers.text.dates import find_dates, governing_date
from helpers.text.extract import find_quantities
from helpers.text.sentences import sentence_at

__all__ = ["candidate_rows", "file_columns", "known_spans", "main", "propose"]


def _number(value: float) -> str:
    return f"{value:.15g}"


def candidate_rows(
    article_id: str,
    text: str,
    year: int | None,
    first_number: int = 1,
    where: str = "body",
    categories: dict[str, str] | None = None,
    taken: set[str] | None = None,
) -> pd.DataFrame:
    """The figures.csv rows the quantities of one text (an article's clean text, title or subtitle) would make."""
    quantities = find_quantities(text)
    dates = find_dates(text, year)
    taken = set() if taken is None else taken
    rows = []
    for k, q in enumerate(quantities.itertuples(index=False), start=first_number):
        as_of = governing_date(text, q.start, dates) if where in ("body", "caption") else None
        sentence = sentence_at(text, q.start, q.end)
        hint = suggest(text, q.start, q.end, q.unit, sentence, categories or {}, article_id, taken)
        rows.append(
            {
                "figure_id": f"{article_id}-{k:02d}",
                "article_id": article_id,
                "category": hint.category,
                "metric": hint.metric,
                "label_zh": hint.label_zh,
                "label_en": hint.label_en,
                "value": _number(q.value),
                "unit": q.unit,
                "qualifier": q.qualifier,
                "as_of": as_of.date().isoformat() if as_of is not None else "",
                "quote": q.text,
                "start": q.start,
                "end": q.end,
                "sentence": sentence,
                "note": hint.note,
                "where": where,
            }
        )
    return pd.DataFrame(rows, columns=FILE_COLUMNS)


def file_columns(data_dir: Path) -> list[str]:
    """The columns of data/figures.csv as the file has them, then any of FILE_COLUMNS it lacks."""
    path = data_dir / "figures.csv"
    header = list(read_table(path, COLUMNS).columns) if path.exists() else []
    return header + [c for c in FILE_COLUMNS if c not in header]


def known_spans(data_dir: Path, article_id: str) -> set[tuple[str, int, int]]:
    """(where, start, end) of an article's quantities already curated in figures.csv or explained in not_figures.csv.

    ``where`` is title, subtitle or body (a caption counts as body: its offsets are in the clean text).
    """
    spans: set[tuple[str, int, int]] = set()
    tables = [load_not_figures(data_dir)]
    if (data_dir / "figures.csv").exists():  # read as text: a table being curated need not validate yet
        tables.append(read_table(data_dir / "figures.csv", COLUMNS))
    for table in tables:
        mine = table[table["article_id"] == article_id]
        where = mine["where"] if "where" in mine.columns else pd.Series("", index=mine.index)
        spans |= {(w or "body", int(s), int(e)) for w, s, e in zip(where, mine["start"], mine["end"])}
    return spans


def propose(article_id: str, data_dir: Path | None = None, include_known: bool = False) -> pd.DataFrame:
    """Candidate figures.csv rows for one article (by default only the quantities not yet curated or explained)."""
    data = Path(data_dir or paths.data_dir())
    articles = load_articles(data)
    row = articles[articles["article_id"] == article_id]
    if row.empty:
        raise UserFacingError(
            f"no article {article_id!r} in {paths.relative(data / 'articles.csv')}; "
            f"known: {', '.join(articles['article_id'])}"
        )
    article = row.iloc[0]
    categories = dict(zip(*load_categories(data)[["category", "label_zh"]].T.values))
    existing = read_table(data / "figures.csv", COLUMNS) if (data / "figures.csv").exists() else None
    taken = set(existing["metric"]) if existing is not None else set()
    parts, first = [], 1
    for where in ("title", "subtitle", "body"):
        text = field_text(article, where)
        if not text:
            continue
        part = candidate_rows(article_id, text, article["year"], first, where, categories, taken)
        if where == "body":
            part["where"] = [where_in_text(article, int(s)) for s in part["start"]]
        parts.append(part)
        first += len(part)
    candidates = pd.concat(parts, ignore_index=True) if parts else candidate_rows(article_id, "", None)
    used = set(existing["figure_id"]) if existing is not None else set()
    candidates["figure_id"] = _fresh_ids(article_id, len(candidates), used)
    candidates = candidates.reindex(columns=file_columns(data), fill_value="")
    if include_known:
        return candidates
    known = known_spans(data, article_id)
    keep = [
        ("body" if w == "caption" else w, int(s), int(e)) not in known
        for w, s, e in zip(candidates["where"], candidates["start"], candidates["end"])
    ]
    return candidates[keep].reset_index(drop=True)


def _fresh_ids(article_id: str, count: int, used: set[str]) -> list[str]:
    ids, k = [], 1
    while len(ids) < count:
        candidate = f"{article_id}-{k:02d}"
        if candidate not in used:
            ids.append(candidate)
        k += 1
    return ids


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
