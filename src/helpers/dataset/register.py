"""Registering a raw page: ``python -m helpers add PATH [--id ID] [--year YYYY] [--dry-run]``.

The file (UTF-8 or GB18030; a whole page or one article) is copied byte for byte to
``data/raw/``; the articles on it are found by `helpers.text.layout.find_articles` (title and
subtitle lines, ``上接/下转`` markers, bylines and datelines in the usual forms) and appended to
``data/articles.csv``; what was found is printed for the user to check. ``--id`` takes the
whole file as one article with that id; without it, ids come from the file name
(``2020-03-01_lishui.txt`` → ``lishui_2020_03_01``; ``_1``, ``_2`` … for several articles).

Nothing is written unless everything holds: the file is text, not empty, has a title line;
the ids and the file name are new; the year is fixed by the text (a full date, a dateline, a
solar-lunar pair) or given with ``--year``; and the dataset with the new rows loads
(`load_articles` on a scratch copy). ``--dry-run`` prints the same report and writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.atomic import write_atomic
from helpers.dataset.articles import ID_RE, METADATA_COLUMNS, load_articles
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem, UserFacingError
from helpers.text.bylines import Byline
from helpers.text.dates import infer_year
from helpers.text.encoding import decode_corpus_bytes
from helpers.text.extract import find_quantities
from helpers.text.layout import FoundArticle, find_articles

__all__ = ["Registration", "article_ids", "main", "plan_registration", "register"]


class Registration:
    """What ``add`` would write: the raw file's new place and bytes, the rows for articles.csv, and the report."""

    def __init__(self, raw_target: Path, raw: bytes, rows: pd.DataFrame, articles: pd.DataFrame):
        self.raw_target, self.raw, self.rows, self.articles = raw_target, raw, rows, articles


def _slug(stem: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", stem.lower()) if w]
    letters = [w for w in words if not w.isdigit()]
    digits = [w for w in words if w.isdigit()]
    slug = "_".join(letters + digits) or "article"
    return slug if slug[0].isalpha() else f"a_{slug}"


def article_ids(stem: str, count: int) -> list[str]:
    """Ids for the articles of a file named ``stem``: one → the slug, several → slug_1, slug_2 …"""
    slug = _slug(stem)
    return [slug] if count == 1 else [f"{slug}_{k}" for k in range(1, count + 1)]


def _read(path: Path) -> tuple[bytes, str]:
    label = path.as_posix()
    if not path.is_file():
        raise UserFacingError(f"{label}: no such file")
    raw = path.read_bytes()
    text = decode_corpus_bytes(raw, label)
    if not text.strip():
        raise DataError(Problem(label, "is empty: expected the text of a page or an article, title first"))
    return raw, text


def _merge(found: list[FoundArticle]) -> Byline:
    fields = ("reporters", "correspondents", "photographers", "editors")
    return Byline(**{f: tuple(dict.fromkeys(n for a in found for n in getattr(a.byline, f))) for f in fields})


def _rows(found: list[FoundArticle], ids: list[str], source: str, year: str) -> pd.DataFrame:
    rows = []
    for article_id, article in zip(ids, found):
        rows.append(
            {
                "article_id": article_id,
                "source": source,
                "title": article.title,
                "subtitle": article.subtitle,
                "reporters": ";".join(article.byline.reporters),
                "correspondents": ";".join(article.byline.correspondents),
                "photographers": ";".join(article.byline.photographers),
                "continued_from": article.continued_from,
                "section_en": "",
                "year": year,
            }
        )
    return pd.DataFrame(rows)


def _append(existing: bytes, header: list[str], rows: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for _, row in rows.iterrows():
        writer.writerow([row.get(column, "") for column in header])
    text = existing.decode("utf-8-sig")
    if text and not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8") + buffer.getvalue().encode("utf-8")


def plan_registration(
    path: Path, data_dir: Path | None = None, article_id: str | None = None, year: int | None = None
) -> Registration:
    """Check a file and work out what ``add`` would write; every problem at once, nothing written."""
    data = Path(data_dir or paths.data_dir())
    path = Path(path)
    raw, text = _read(path)
    label = path.as_posix()
    found = find_articles(text)
    if not found:
        first = next((n for n, line in enumerate(text.splitlines(), start=1) if line.strip()), 1)
        raise DataError(
            Problem(
                label,
                "no title line found: expected the title on a line of its own (at most 40 characters, "
                "no closing punctuation) before the article's text",
                row=first,
            )
        )
    if article_id is not None:
        first = found[0]
        found = [FoundArticle(first.title, first.subtitle, first.line, _merge(found), "", first.continued_from)]
        ids = [article_id]
    else:
        ids = article_ids(path.stem, len(found))
    meta_path = data / "articles.csv"
    current = read_table(meta_path, METADATA_COLUMNS)
    problems = [
        Problem(label, f"article id {i!r} is not lowercase letters, digits and _ (starting with a letter)")
        for i in ids
        if not ID_RE.match(i)
    ]
    problems += [
        Problem(
            paths.relative(meta_path), f"article id {i!r} is already used; give another with --id", column="article_id"
        )
        for i in ids
        if i in set(current["article_id"])
    ]
    target = data / "raw" / path.name
    digest = hashlib.sha256(raw).hexdigest()
    for other in sorted((data / "raw").glob("*")) if (data / "raw").is_dir() else []:
        if other.is_file() and hashlib.sha256(other.read_bytes()).hexdigest() == digest:
            problems.append(Problem(label, f"is already registered as {paths.relative(other)}"))
            break
    else:
        if target.exists():
            problems.append(
                Problem(label, f"another file is already registered as {paths.relative(target)}: rename it")
            )
    if year is None and infer_year(text).year is None:
        problems.append(
            Problem(
                label,
                f"the text does not fix the year ({infer_year(text).explanation}): run again with --year YYYY "
                "(written to the 'year' column of data/articles.csv)",
            )
        )
    if problems:
        raise DataError(problems)
    rows = _rows(found, ids, f"raw/{path.name}", str(year) if year else "")
    articles = _trial_load(data, target.name, raw, current.columns.tolist(), rows)
    return Registration(target, raw, rows, articles)


def _trial_load(data: Path, name: str, raw: bytes, header: list[str], rows: pd.DataFrame) -> pd.DataFrame:
    """Load the articles of a scratch copy of the data folder with the new file and rows (the real one is untouched)."""
    header = header + [c for c in ("year",) if c not in header]
    with tempfile.TemporaryDirectory(prefix="helpers-add-") as scratch:
        copy = Path(scratch) / "data"
        copy.mkdir()
        shutil.copy2(data / "articles.csv", copy / "articles.csv")
        if (data / "raw").is_dir():
            shutil.copytree(data / "raw", copy / "raw")
        (copy / "raw").mkdir(exist_ok=True)
        (copy / "raw" / name).write_bytes(raw)
        (copy / "articles.csv").write_bytes(_append((data / "articles.csv").read_bytes(), header, rows))
        loaded = load_articles(copy)
    return loaded[loaded["article_id"].isin(rows["article_id"])].reset_index(drop=True)


def register(
    path: Path,
    data_dir: Path | None = None,
    article_id: str | None = None,
    year: int | None = None,
    dry_run: bool = False,
) -> Registration:
    """Copy a raw file into data/raw/ and append its articles to data/articles.csv (all or nothing)."""
    data = Path(data_dir or paths.data_dir())
    plan = plan_registration(path, data, article_id, year)
    if dry_run:
        return plan
    meta_path = data / "articles.csv"
    header = list(read_table(meta_path, METADATA_COLUMNS).columns)
    header += [c for c in ("year",) if c not in header]
    new_meta = _append(meta_path.read_bytes(), header, plan.rows)
    if header != list(read_table(meta_path, METADATA_COLUMNS).columns):
        raise UserFacingError(f"{paths.relative(meta_path)} has no 'year' column: add it to the header and run again")
    write_atomic(plan.raw_target, plan.raw)
    try:
        write_atomic(meta_path, new_meta)
    except BaseException:
        plan.raw_target.unlink(missing_ok=True)
        raise
    return plan


def _report(plan: Registration, dry_run: bool) -> str:
    lines = [
        f"{'would register' if dry_run else 'registered'} {paths.relative(plan.raw_target)} "
        f"({len(plan.raw)} bytes): {len(plan.articles)} article{'s' if len(plan.articles) != 1 else ''}"
    ]
    for _, a in plan.articles.iterrows():
        title_quantities = len(find_quantities(a["title"])) + len(find_quantities(a["subtitle"]))
        lines += [
            f"  {a['article_id']}",
            f"    title:          {a['title']}",
            f"    subtitle:       {a['subtitle'] or '(none)'}",
            f"    byline:         {a['byline'] or '(none)'}",
            f"    photo credit:   {a['photo_credit'] or '(none)'}",
            f"    reporters:      {a['reporters'] or '(none)'}",
            f"    correspondents: {a['correspondents'] or '(none)'}",
            f"    photographers:  {a['photographers'] or '(none)'}",
            f"    continued from: {a['continued_from'] or '(not a continuation)'}",
            f"    year:           {a['year']} ({a['year_evidence']})",
            f"    text:           {len(a['text'])} characters in {a['text'].count(chr(10)) + 1} paragraphs, "
            f"{a['column_breaks_repaired']} column break{'s' if a['column_breaks_repaired'] != 1 else ''} repaired",
            f"    quantities:     {len(find_quantities(a['text']))} in the text, {title_quantities} in the title lines",
        ]
    first = plan.articles["article_id"].iloc[0]
    lines += [
        "check the above against the page; fix data/articles.csv by hand where it is wrong (section_en is left empty)",
        f"next: python -m helpers propose {first} --out {first}.csv",
    ]
    return "\n".join(lines)


def _year(text: str) -> int:
    if not (text.isdigit() and 1900 <= int(text) <= 2099):
        raise argparse.ArgumentTypeError(f"--year needs four digits between 1900 and 2099, not {text!r}")
    return int(text)


def main(argv: list[str]) -> int:
    """Register a raw page or article; print what was found."""
    parser = argparse.ArgumentParser(prog="python -m helpers add", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the raw text file (UTF-8 or GB18030)")
    parser.add_argument("--id", dest="article_id", help="take the whole file as one article with this id")
    parser.add_argument("--year", type=_year, help="the year, when the text does not fix it")
    parser.add_argument("--dry-run", action="store_true", help="print what would be registered; write nothing")
    args = parser.parse_args(argv)
    plan = register(args.path, article_id=args.article_id, year=args.year, dry_run=args.dry_run)
    print(_report(plan, args.dry_run))
    return 0
