"""One article at a glance: the tables and chart data behind ``notebooks/00_article_overview.ipynb``.

The notebook is run once per article of ``data/articles.csv`` by ``python -m helpers report``
(papermill parameter ``article_id``); everything with a branch lives here, so the notebook
only calls these functions and shows what they return.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.text.dates import find_dates
from helpers.text.sentences import sentence_at

__all__ = [
    "CHART_ROWS",
    "article_claims",
    "article_events",
    "article_figures",
    "article_header",
    "range_chart_data",
    "source_text",
]

LABEL_CHARS = 14  # characters of the words after a date that label it on a timeline
_STOP = re.compile(r"[，,。！？!?；;：:、（）()“”\n]")
CHART_ROWS = 14  # bars that fit an A4 page with their labels legible
_FIGURE_COLUMNS = ["figure_id", "where", "category", "label_zh", "label_en", "quote", "value", "low", "high", "unit"]


def article_header(articles: pd.DataFrame, article_id: str) -> pd.Series:
    """The article's row of ``load_articles()``; KeyError naming the known ids when it is not there."""
    table = articles.set_index("article_id")
    if article_id not in table.index:
        raise KeyError(f"no article {article_id!r}; known: {', '.join(table.index)}")
    return table.loc[article_id]


def article_figures(figures: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The article's figures in page order (title, subtitle, then the text), each with its range and sentence."""
    mine = figures[figures["article_id"] == article_id].copy()
    order = {"title": 0, "subtitle": 1, "caption": 2, "body": 2}
    mine["_place"] = mine["where"].map(order).fillna(2)
    mine = mine.sort_values(["_place", "start"], kind="stable")
    return mine[[*_FIGURE_COLUMNS, "as_of", "sentence"]].reset_index(drop=True)


def range_chart_data(
    figures: pd.DataFrame, article_id: str, categories: pd.DataFrame | None = None, rows: int = CHART_ROWS
) -> pd.DataFrame:
    """Rows for `helpers.charts.range_bars`: each hedged figure's range in percent of its stated value, by category.

    Figures of one article come in many units (家, 人, %, 元), so they share no axis; what they do
    share is how far the wording lets the true value stray from the number written: exact (100),
    ``100多`` (100 to 200), ``近150`` (90 to 100) … Exact figures (no range) are left to the
    table; of the others, the ``rows`` widest are kept, so that the chart fits a page. A category
    is named by its labels in ``categories`` (``load_categories()``) when given.
    """
    mine = article_figures(figures, article_id)
    mine = mine[(mine["value"] != 0) & (mine["low"] < mine["high"])].copy()
    mine["_width"] = (mine["high"] - mine["low"]) / mine["value"].abs()
    mine = mine.nlargest(rows, "_width", keep="first").sort_values(["category", "figure_id"], kind="stable")
    names = categories.set_index("category") if categories is not None else None
    zh = mine["category"].map(names["label_zh"]).fillna(mine["category"]) if names is not None else mine["category"]
    en = mine["category"].map(names["label_en"]).fillna(mine["category"]) if names is not None else mine["category"]
    return pd.DataFrame(
        {
            "label_zh": zh + " · " + mine["label_zh"] + " " + mine["quote"],
            "label_en": en + " · " + mine["label_en"] + " " + mine["quote"],
            "value": 100.0,
            "low": 100.0 * mine["low"] / mine["value"],
            "high": 100.0 * mine["high"] / mine["value"],
            "kind": "reported",
            "figure_id": mine["figure_id"],
        }
    ).reset_index(drop=True)


def article_events(events: pd.DataFrame, article_id: str, article: pd.Series | None = None) -> pd.DataFrame:
    """The article's dated events in date order (for `helpers.charts.timeline`).

    The curated ones of ``events.csv`` when there are any; else, given the article's row, the
    dates its text writes to the day, each labelled with the words that follow it up to the
    next punctuation (``2月26日重新开门的``), marked ``from the text`` in ``label_en``.
    """
    mine = events[events["article_id"] == article_id]
    if mine.empty and article is not None:
        mine = _text_events(article_id, article)
    return mine.sort_values("date", kind="stable").reset_index(drop=True)


def _text_events(article_id: str, article: pd.Series) -> pd.DataFrame:
    text = article["text"]
    dates = find_dates(text, article["year"])
    dates = dates[(dates["precision"] == "day") & dates["date"].notna()].drop_duplicates("date")
    labels = [_STOP.split(_STOP.sub("", text[end : end + 1]) + text[end + 1 :], maxsplit=1)[0] for end in dates["end"]]
    labels = [label[:LABEL_CHARS] for label in labels]
    return pd.DataFrame(
        {
            "event_id": [f"{article_id}_date_{k + 1}" for k in range(len(dates))],
            "article_id": article_id,
            "quote": dates["text"].to_list(),
            "date": dates["date"].to_list(),
            "label_zh": [label or quote for label, quote in zip(labels, dates["text"])],
            "label_en": [f"from the text: {quote}" for quote in dates["text"]],
            "sentence": [sentence_at(text, s, e) for s, e in zip(dates["start"], dates["end"])],
        }
    )


def article_claims(claims: pd.DataFrame, figures: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The checked claims (`helpers.audit_claims`) that rest on at least one of the article's figures."""
    ids = set(figures.loc[figures["article_id"] == article_id, "figure_id"])
    uses = claims["source"].fillna("").str.split(";").map(lambda parts: bool(ids & set(parts)))
    return claims[uses].reset_index(drop=True)


def source_text(article: pd.Series) -> dict[str, str]:
    """The source line of the article's charts, in Chinese and English."""
    return {
        "zh": f"来源:《{article['title']}》({article['source']});区间为原文措辞允许的范围。",
        "en": f"Source: “{article['title']}” ({article['source']}); ranges are what the wording admits.",
    }
