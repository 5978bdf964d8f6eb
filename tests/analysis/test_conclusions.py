"""The conclusions are built from the figures: their numbers are the data's, and what they claim follows the ranges."""

import re

import pytest

from helpers.analysis import conclusions
from helpers.analysis.conclusions import INTROS, TOPICS, Tables, compare, markdown, topic_conclusions
from helpers.analysis.intervals import Interval
from helpers.analysis.topics import reference_overrides
from helpers.analysis.wording import Wording


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables()


def test_every_topic_and_intro_says_something_in_both_languages(tables):
    for name, build in {**TOPICS, **INTROS}.items():
        said = build(tables)
        assert said.zh and said.en, name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in said.zh), name
        assert "nan" not in said.en and "None" not in said.en, name


def test_the_enterprise_conclusion_states_the_implied_ranges(tables):
    said = conclusions.resumption_rates(tables)
    assert "21–24家尚未复工" in said.zh and "3587–3788名员工尚未到岗" in said.zh
    assert "21–24 enterprises had not resumed" in said.en and "3,587–3,788 workers" in said.en
    assert "截至2月22日" in said.zh and "22 February" in said.en


def test_comparisons_follow_the_ranges():
    assert compare(Interval(68, 67.7, 72), Interval(77.9, 77.85, 77.95)) == "below"
    assert compare(Interval(193, 192.7, 194.1), Interval(150, 135, 150)) == "above"
    assert compare(Interval(140, 130, 150), Interval(150, 135, 150)) == "within"


def test_the_grain_conclusion_follows_the_population_parameter(tables):
    census = topic_conclusions("grain_days")
    assert "194385" in census["zh"] and "194,385 residents" in census["en"]
    assert "保守" in census["zh"] and "cautious" in census["en"]  # the census population: the claim is cautious
    larger = topic_conclusions("grain_days", {"population": 300000})
    assert "30万人（参数指定）" in larger["zh"] and "300,000 residents (set as a parameter)" in larger["en"]
    assert "偏乐观" in larger["zh"] and "generous" in larger["en"]  # more mouths: fewer days than claimed
    assert "cautious" not in larger["en"]
    # a population at which the reference ration lasts the claimed days: the text says it agrees
    within = Tables(overrides=reference_overrides(population=250000))
    assert "agrees with the reference ration" in conclusions.grain(within).en


def test_the_service_comparison_is_decided_by_the_numbers(tables):
    said = conclusions.services(tables)
    assert "more than 2 per enterprise or project served" in said.en and "超过2名" in said.zh
    assert "under one per staff member" in said.en
    fewer = tables.figures.copy()
    fewer.loc[fewer["metric"] == "service_staff_sent", ["value", "low", "high"]] = 2000.0
    changed = conclusions.services(Tables(figures=fewer))
    assert "more than 8 per enterprise" in changed.en


def test_the_timeline_counts_the_audit(tables):
    said = conclusions.timeline(tables)
    assert "19 days to the first projects" in said.en and "19天后第一批项目复工" in said.zh
    assert "all 11 agree" in said.en


def test_topic_conclusions_for_the_exports():
    said = topic_conclusions("scale_shares")
    assert set(said) == {"zh", "en"}
    assert "24.7%" in said["zh"] and "78.4%" in said["en"]
    with pytest.raises(KeyError, match="no conclusions for topic 'nope'"):
        topic_conclusions("nope")


def test_markdown_puts_chinese_first():
    text = markdown(Wording("甲", "A"), Wording("乙", "B"))
    assert text == "甲\n\n乙\n\nA\n\nB"


def test_conclusions_for_the_charts_of_a_report():
    said = conclusions.conclusions_for_charts(["resumption_rates", "resumption_rates_en", "timeline"])
    assert list(said) == ["resumption_rates", "timeline"]  # a chart with no topic is left out
    assert "`" not in said["timeline"]["en"] and "**" not in said["timeline"]["zh"]
    assert conclusions.conclusions_for_charts(["no_such_chart"]) == {}
    grain = conclusions.conclusions_for_charts(["grain_days"], {"population": 300000, "other": 1})
    assert "300,000 residents" in grain["grain_days"]["en"]


def test_chinese_conclusions_use_full_width_punctuation(tables):
    for name, build in {**TOPICS, **INTROS}.items():
        outside_quotes = re.sub(r"`[^`]*`|“[^“”]*”", "", build(tables).zh)
        assert not re.search(r"[,;:()?]", outside_quotes), name


def test_any_article_gets_a_summary_for_the_overview(tables):
    for article_id in tables.articles["article_id"]:
        said = conclusions.article_summary(tables, article_id)
        count = int((tables.figures["article_id"] == article_id).sum())
        assert f"给出{count}个数字" in said.zh and f"states {count} figure" in said.en
    lead = conclusions.article_summary(tables, "lead_resumption")
    assert "从1月25日到2月22日" in lead.zh and "from 25 January to 22 February" in lead.en
    none = Tables(figures=tables.figures[tables.figures["article_id"] != "five_tactics"], derived=tables.derived)
    assert "propose five_tactics" in conclusions.article_summary(none, "five_tactics").en
    with pytest.raises(KeyError, match="no article 'nope'"):
        conclusions.article_summary(tables, "nope")


def test_the_tables_a_chart_was_drawn_from_are_reused():
    from helpers.analysis.topics import load_inputs

    inputs = load_inputs({"county_population": 300000.0})
    tables = Tables.from_inputs(inputs)
    assert tables.derived is inputs.derived
    assert "300,000 residents" in conclusions.grain(tables).en
