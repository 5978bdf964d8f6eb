"""The articles as data: one clean text per article, with its metadata, from the raw pages under ``data/``.

``data/articles.csv`` (hand-curated) names each article, the raw file it stands in
(relative to ``data/``) and its title as printed; the text is cut from the raw file and
cleaned here (``helpers.text.layout``), never typed in. A file that holds one article needs
no title match: the whole file is the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.dataset.tables import read_table
from helpers.errors import DataError, Problem
from helpers.text import layout
from helpers.text.bylines import inline_byline
from helpers.text.dates import find_dates, infer_year
from helpers.text.encoding import decode_corpus_bytes

__all__ = [
    "Article",
    "ID_RE",
    "METADATA_COLUMNS",
    "OPTIONAL_COLUMNS",
    "WHERE",
    "YearNotFixed",
    "cut_articles",
    "field_text",
    "load_articles",
    "read_text",
    "where_in_text",
]

METADATA_COLUMNS = [
    "article_id",
    "source",
    "title",
    "subtitle",
    "reporters",
    "correspondents",
    "photographers",
    "continued_from",
    "section_en",
]
OPTIONAL_COLUMNS = ["year"]  # the year, when the text does not fix it; empty = inferred from the page
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: Where on the page a figure stands: the title or subtitle line, or the clean text (a photo caption or the body).
WHERE = ("title", "subtitle", "body", "caption")


class YearNotFixed(DataError):
    """The text of an article does not fix its year and ``articles.csv`` does not state it."""


@dataclass(frozen=True)
class Article:
    """One article cut from its page: the clean text and what the page says about it."""

    article_id: str
    text: str
    byline: str
    credit: str
    marker: str
    repairs: tuple[layout.Repair, ...]
    captions: tuple[tuple[int, int], ...] = ()  # [start, end) of each photo caption in the clean text


def read_text(path: Path) -> str:
    """Read an article file as UTF-8 (a byte-order mark is allowed) or GB18030, naming the file when it is neither."""
    label = paths.relative(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(Problem(label, "file not found")) from None
    if b"\x00" in raw:
        raise DataError(Problem(label, "is a binary file, expected UTF-8 text"))
    text = decode_corpus_bytes(raw, label)  # UTF-8, else GB18030; a located error when neither
    if not text.strip():
        raise DataError(Problem(label, "is empty: expected the article's text"))
    return text


def _read_metadata(path: Path) -> pd.DataFrame:
    label = paths.relative(path)
    meta = read_table(path, METADATA_COLUMNS)
    for column in OPTIONAL_COLUMNS:
        if column not in meta.columns:
            meta[column] = ""
    problems = []
    for i, row in meta.iterrows():
        n = int(i) + 2
        if row["year"] and not (row["year"].isdigit() and 1900 <= int(row["year"]) <= 2099):
            problems.append(Problem(label, f"{row['year']!r} is not a year; expected four digits or empty", n, "year"))
        if not ID_RE.match(row["article_id"]):
            problems.append(Problem(label, "expected a lowercase id of letters, digits and _", n, "article_id"))
        if not row["source"]:
            problems.append(Problem(label, "expected the raw file's path relative to data/", n, "source"))
    duplicated = meta["article_id"][meta["article_id"].duplicated()]
    problems += [Problem(label, f"duplicate id {v!r}", int(i) + 2, "article_id") for i, v in duplicated.items()]
    if problems:
        raise DataError(problems)
    return meta


def _locate(numbered: list[tuple[int, str]], title: str, subtitle: str) -> tuple[int, int] | None:
    """The index of an article's first paragraph after its title (and subtitle) in a page, or None."""
    texts = [t for _, t in numbered]
    if title not in texts:
        return None
    start = texts.index(title) + 1
    if subtitle and start < len(texts) and texts[start] == subtitle:
        start += 1
    return texts.index(title), start


def cut_articles(page: str, rows: pd.DataFrame, label: str) -> list[Article]:
    """Cut the articles listed in ``rows`` out of one page, in page order, cleaned."""
    numbered = layout.paragraphs(page)
    located = []
    problems = []
    for i, row in rows.iterrows():
        where = _locate(numbered, row["title"], row["subtitle"])
        if where is None and len(rows) == 1:
            where = (-1, 0)
        if where is None:
            problems.append(Problem("data/articles.csv", f"title not found as a line of {label}", int(i) + 2, "title"))
            continue
        located.append((where, row["article_id"]))
    if problems:
        raise DataError(problems)
    located.sort()
    articles = []
    for k, ((_, start), article_id) in enumerate(located):
        end = located[k + 1][0][0] if k + 1 < len(located) else len(numbered)
        articles.append(_clean(article_id, numbered[start:end]))
    return articles


def _clean(article_id: str, numbered: list[tuple[int, str]]) -> Article:
    bylines = [t for _, t in numbered if layout.is_byline(t)]
    credits = [t for _, t in numbered if layout.is_photo_credit(t)]
    captioned = {
        t for k, (_, t) in enumerate(numbered[:-1]) if layout.is_photo_credit(numbered[k + 1][1]) and len(t) > 20
    }
    body = [(n, t) for n, t in numbered if not layout.is_byline(t) and not layout.is_photo_credit(t)]
    marker = layout.continuation_marker(body[0][1]) if body else ""
    if marker:
        body[0] = (body[0][0], body[0][1][len(marker) :])
    if body:
        inline = bylines_inline(body[0][1].strip())
        if inline:
            bylines.insert(0, inline)
    markers = [marker] if marker else []
    for k, (n, t) in enumerate(body):
        tail = layout.trailing_marker(t)
        if tail:
            body[k] = (n, t[: -len(tail)].rstrip())
            markers.append(tail)
    body = [(n, t) for n, t in body if t.strip()]
    repaired, repairs = layout.repair_column_breaks(body)
    captions, at = [], 0
    for paragraph in repaired:
        if paragraph in captioned:
            captions.append((at, at + len(paragraph)))
        at += len(paragraph) + 1
    return Article(
        article_id,
        "\n".join(repaired),
        " / ".join(bylines),
        " / ".join(credits),
        " ".join(markers),
        tuple(repairs),
        tuple(captions),
    )


def bylines_inline(paragraph: str) -> str:
    """The dateline and bracketed byline a first paragraph opens with (``本报讯(记者幸福)``), or ''."""
    found = inline_byline(paragraph)
    return found[0] if found else ""


@lru_cache(maxsize=8)
def _load(data_dir: str, stamp: tuple) -> pd.DataFrame:
    data = Path(data_dir)
    meta = _read_metadata(data / "articles.csv")
    articles: dict[str, Article] = {}
    for source, rows in meta.groupby("source", sort=False):
        path = data / source
        for article in cut_articles(read_text(path), rows, paths.relative(path)):
            articles[article.article_id] = article
    frame = meta.copy()
    frame["text"] = [articles[a].text for a in frame["article_id"]]
    frame["byline"] = [articles[a].byline for a in frame["article_id"]]
    frame["photo_credit"] = [articles[a].credit for a in frame["article_id"]]
    frame["continuation_marker"] = [articles[a].marker for a in frame["article_id"]]
    frame["column_breaks_repaired"] = [len(articles[a].repairs) for a in frame["article_id"]]
    frame["captions"] = [articles[a].captions for a in frame["article_id"]]
    _check_text(frame)
    _add_dates(frame)
    return frame


def _check_text(frame: pd.DataFrame) -> None:
    problems = []
    for i, row in frame.iterrows():
        n = int(i) + 2
        if not row["text"].strip():
            problems.append(
                Problem(f"data/{row['source']}", f"article {row['article_id']!r} has no text under its title")
            )
        people = f"{row['byline']} {row['photo_credit']}"
        for column in ("reporters", "correspondents", "photographers"):
            for name in filter(None, row[column].split(";")):
                if name not in people:
                    problems.append(
                        Problem(
                            "data/articles.csv", f"{name!r} is not in the article's byline or photo credit", n, column
                        )
                    )
    if problems:
        raise DataError(problems)


def _add_dates(frame: pd.DataFrame) -> None:
    """Add each article's year (stated in articles.csv, else inferred from its page) and earliest publication date."""
    frame["year_evidence"] = ""
    frame["published_on_or_after"] = pd.NaT
    years = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    unfixed = []
    for _, group in frame.groupby("source", sort=False):
        evidence = infer_year("\n".join(group["title"] + "\n" + group["subtitle"] + "\n" + group["text"]))
        latest = pd.NaT
        for i, row in group.iterrows():
            year = int(row["year"]) if row["year"] else evidence.year
            if year is None:
                unfixed.append(
                    Problem(
                        "data/articles.csv",
                        f"the text of {row['article_id']!r} does not fix its year ({evidence.explanation}); "
                        "write the year in the 'year' column",
                        int(i) + 2,
                        "year",
                    )
                )
                continue
            years[i] = year
            frame.loc[i, "year_evidence"] = "stated in data/articles.csv" if row["year"] else evidence.explanation
            dates = find_dates(row["text"], year)["date"].dropna()
            latest = (
                max(latest, dates.max()) if len(dates) and pd.notna(latest) else (dates.max() if len(dates) else latest)
            )
        frame.loc[group.index, "published_on_or_after"] = latest
    if unfixed:
        raise YearNotFixed(unfixed)
    frame["year"] = years
    frame["published_on_or_after"] = pd.to_datetime(frame["published_on_or_after"])


def _stamp(data_dir: Path) -> tuple:
    files = [
        data_dir / "articles.csv",
        *sorted((data_dir / "raw").glob("*")),
        *sorted((data_dir / "articles").glob("*")),
    ]
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())


def field_text(article: pd.Series, where: str) -> str:
    """The text a figure's offsets count in: the title or subtitle line, else the article's clean text."""
    return article["title"] if where == "title" else article["subtitle"] if where == "subtitle" else article["text"]


def where_in_text(article: pd.Series, start: int) -> str:
    """``caption`` when an offset of the clean text stands in a photo caption, else ``body``."""
    return "caption" if any(s <= start < e for s, e in article["captions"]) else "body"


def load_articles(data_dir: Path | None = None) -> pd.DataFrame:
    """All articles, one row each: id, title, metadata and the clean text (column breaks repaired)."""
    data = Path(data_dir or paths.data_dir())
    return _load(str(data), _stamp(data)).copy()
