"""find_dates and the governing date of a figure."""

import pandas as pd
import pytest

from helpers import find_dates
from helpers.text.dates import governing_date


@pytest.mark.parametrize(
    "text,span,date,precision",
    [
        ("截至2月22日,遂昌", "2月22日", "2020-02-22", "day"),
        ("1月25日,农历大年初一", "1月25日", "2020-01-25", "day"),
        ("2020年2月开始", "2020年2月", "2020-02-01", "month"),
        ("正月初十复工", "正月初十", "2020-02-03", "day"),
        ("二〇二〇年二月二十二日", "二〇二〇年二月二十二日", "2020-02-22", "day"),
    ],
)
def test_finds_dates_with_the_given_year(text, span, date, precision):
    found = find_dates(text, year=2020)
    row = found[found["text"] == span].iloc[0]
    assert text[row["start"] : row["end"]] == span
    assert row["date"] == pd.Timestamp(date)
    assert row["precision"] == precision


def test_infers_the_year_when_not_given():
    found = find_dates("1月25日,农历大年初一,新冠肺炎疫情防控。2月22日复工。")
    assert list(found["date"].dt.year.unique()) == [2020]


def test_a_written_year_wins_over_the_given_one():
    assert find_dates("2019年3月5日", year=2020)["date"].iloc[0] == pd.Timestamp("2019-03-05")


def test_impossible_dates_are_not_dates():
    assert find_dates("2月30日", year=2020).empty


def test_governing_date_is_the_nearest_before_in_the_sentence_then_the_paragraph():
    text = "截至2月19日,项目100%复工。截至2月22日,企业299家,复工率93%。\n另有528名服务员。"
    dates = find_dates(text, 2020)
    assert governing_date(text, text.index("100%"), dates) == pd.Timestamp("2020-02-19")
    assert governing_date(text, text.index("93%"), dates) == pd.Timestamp("2020-02-22")
    assert governing_date(text, text.index("528名"), dates) is None  # another paragraph: nothing governs it
