"""helpers.analysis.overview: what the per-article overview notebook shows, for any article."""

import pandas as pd
import pytest

from helpers import audit_claims, load_articles, load_events, load_figures
from helpers.analysis import overview
from helpers.dataset.figures import load_categories


@pytest.fixture(scope="module")
def figures():
    return load_figures()


def test_the_figures_of_one_article_in_page_order(figures):
    mine = overview.article_figures(figures, "five_tactics")
    assert set(mine["figure_id"]) == set(figures.loc[figures["article_id"] == "five_tactics", "figure_id"])
    assert "近150天" in set(mine["quote"]) and {"sentence", "low", "high", "where"} <= set(mine.columns)


def test_the_range_chart_keeps_hedged_figures_relative_to_their_value(figures):
    rows = overview.range_chart_data(figures, "lead_resumption", load_categories())
    assert len(rows) <= overview.CHART_ROWS and (rows["low"] < rows["high"]).all()
    hedged = rows.set_index("figure_id").loc["lr01"]  # 100多名: [100, 200]
    assert (hedged["value"], hedged["low"], hedged["high"]) == (100, 100, 200)
    assert hedged["label_zh"].startswith("单个企业 · ")


def test_an_article_with_no_curated_events_gets_the_dates_its_text_writes():
    articles = load_articles()
    article = overview.article_header(articles, "secretary_report")
    events = load_events()
    empty = events.iloc[0:0]
    curated = overview.article_events(events, "lead_resumption")
    assert len(curated) and curated["date"].is_monotonic_increasing
    assert overview.article_events(empty, "secretary_report", article).empty  # its text dates nothing to the day
    lead = overview.article_header(articles, "lead_resumption")
    found = overview.article_events(empty, "lead_resumption", lead)
    assert pd.Timestamp("2020-02-22") in set(found["date"]) and found["label_en"].str.startswith("from the text").all()


def test_the_claims_of_an_article_rest_on_its_figures(figures):
    claims = overview.article_claims(audit_claims(), figures, "lead_resumption")
    assert len(claims) and claims["source"].str.contains("lr").all()


def test_an_unknown_article_names_the_known_ones():
    with pytest.raises(KeyError, match="known: lead_resumption"):
        overview.article_header(load_articles(), "nowhere")
