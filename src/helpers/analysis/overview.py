"""One article at a glance: the tables and chart data behind ``notebooks/00_article_overview.ipynb``.

The notebook is run once per article of ``data/articles.csv`` by ``python -m helpers report``
(papermill parameter ``article_id``); everything with a branch lives here, so the notebook
only calls these functions and shows what they return.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["article_claims", "article_events", "article_figures", "article_header", "range_chart_data", "source_text"]

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


def range_chart_data(figures: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """Rows for `helpers.charts.range_bars`: each figure's range as a percentage of its stated value, by category.

    Figures of one article come in many units (家, 人, %, 元), so they share no axis; what they do
    share is how far the wording lets the true value stray from the number written: exact (100),
    ``100多`` (100 to 200), ``近150`` (90 to 100) …
    """
    mine = article_figures(figures, article_id)
    mine = mine[mine["value"] != 0].sort_values(["category", "figure_id"], kind="stable")
    return pd.DataFrame(
        {
            "label_zh": mine["category"] + " · " + mine["label_zh"] + " " + mine["quote"],
            "label_en": mine["category"] + " · " + mine["label_en"] + " " + mine["quote"],
            "value": 100.0,
            "low": 100.0 * mine["low"] / mine["value"],
            "high": 100.0 * mine["high"] / mine["value"],
            "kind": "reported",
        }
    ).reset_index(drop=True)


def article_events(events: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The article's dated events, in date order (for `helpers.charts.timeline`)."""
    mine = events[events["article_id"] == article_id]
    return mine.sort_values("date", kind="stable").reset_index(drop=True)


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
