"""One definition per chart topic: titles, tables and figure ids all come from `helpers.analysis.topics.TOPICS`."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.analysis import topics
from helpers.charts.plots import CHART_KINDS
from helpers.paths import NOTEBOOKS
from helpers.report import tables as report_tables


@pytest.fixture(scope="module")
def inputs():
    return topics.load_inputs()


def test_every_topic_is_complete_and_named_once():
    names = topics.topic_names()
    assert len(names) == len(set(names))
    for t in topics.TOPICS:
        assert t.title_zh.strip() and t.title_en.strip(), t.name
        assert t.chart in CHART_KINDS, t.name
        assert (NOTEBOOKS / f"{t.notebook}.ipynb").is_file(), t.name
        assert t.figures or t.derived or t.events, t.name
        assert ":" not in t.title_zh and "," not in t.title_zh, t.name  # full-width punctuation in Chinese


def test_unknown_topic_lists_the_known_ones():
    with pytest.raises(KeyError, match="resumption_rates"):
        topics.topic("resumption_rate")


def test_figure_ids_are_read_from_the_figures_and_the_derived_inputs(inputs):
    rates = topics.topic("resumption_rates")
    ids = rates.figure_ids(inputs)
    figures = inputs.figures.set_index("metric")
    derived = inputs.derived.set_index("metric")
    expected = {figures.loc[m, "figure_id"] for m in rates.figures}
    for m in rates.derived:
        expected |= set(derived.loc[m, "inputs"].split(";"))
    assert set(ids) == expected and len(ids) == len(set(ids))
    # the same list whatever the language of the chart
    assert rates.export_args(inputs, "en")["figure_ids"] == rates.export_args(inputs, "zh")["figure_ids"] == ids


def test_figure_ids_follow_the_data_not_a_typed_list(inputs):
    """Renumber a figure in the data: the topic's ids follow."""
    figures = inputs.figures.copy()
    figures.loc[figures["metric"] == "loudspeakers", "figure_id"] = "zz99"
    changed = topics.TopicInputs(figures, inputs.derived, inputs.events, inputs.articles, inputs.reference)
    assert "zz99" in topics.topic("publicity").figure_ids(changed)
    assert topics.topic("timeline").figure_ids(inputs) == list(topics.timeline_events(inputs.events)["event_id"])


def test_sources_are_the_articles_of_the_figures(inputs):
    for t in topics.TOPICS:
        articles = t.article_ids(inputs)
        assert articles, t.name
        source = t.source(inputs)
        titles = inputs.articles.set_index("article_id").loc[articles, "title"]
        assert all(title in source["zh"] for title in titles), t.name


def test_report_tables_are_the_topic_tables(inputs):
    frames = report_tables.report_frames()
    titles = report_tables.table_titles()
    for t in topics.TOPICS:
        pd.testing.assert_frame_equal(frames[t.table_name], t.frame(inputs))
        assert titles[t.table_name] == f"{t.title_zh} {t.title_en}"
    assert set(frames) == set(titles)


def test_overrides_reach_the_report_tables():
    default = report_tables.report_frames()
    changed = report_tables.report_frames(overrides={"county_population": 150_000})
    grid = "topic_grain_days"
    assert not default[grid].equals(changed[grid])
    derived = changed["derived_figures"].set_index("metric")
    assert (
        derived.loc["grain_days_at_reference_ration", "value"]
        != (default["derived_figures"].set_index("metric").loc["grain_days_at_reference_ration", "value"])
    )


def test_notebooks_type_no_titles_or_figure_ids():
    """Each chart cell takes its title, figure ids and table from the topic definition."""
    for t in topics.TOPICS:
        notebook = json.loads((NOTEBOOKS / f"{t.notebook}.ipynb").read_text(encoding="utf-8"))
        code = "\n".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code")
        assert f'topics.topic("{t.name}")' in code, t.name
        assert t.title_zh not in code and "figure_ids=[" not in code, t.name
