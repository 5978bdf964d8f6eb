"""Finding articles on a page (helpers.text.layout.find_articles), bylines, headings, and full dates fixing the year."""

import pandas as pd
import pytest

from helpers.text.bylines import inline_byline
from helpers.text.dates import find_dates, infer_year
from helpers.text.layout import find_articles, paragraphs, repair_column_breaks

PAGE = """县里召开复工复产推进会

本报讯(记者幸福 通讯员王小明)2月25日上午，县里召开会议，部署复工复产工作。

会议要求，各地要抓紧推进重点项目复工。（下转第二版）

每经记者 张蕊

三十六户农家乐恢复营业

记者 李明

截至2月24日，全县36户农家乐恢复营业。

（上接第一版）一季度完成投资1.2亿元。
"""


def test_articles_are_found_by_their_titles_bylines_and_markers():
    found = find_articles(PAGE)
    assert [a.title for a in found] == ["县里召开复工复产推进会", "三十六户农家乐恢复营业"]
    first, second = found
    assert first.byline.reporters == ("幸福", "张蕊") and first.byline.correspondents == ("王小明",)
    assert second.byline.reporters == ("李明",)


def test_a_continuation_gives_its_page():
    (found,) = find_articles("遂昌“五大战术”迎战疫情\n\n(上接第一版)真隔离。设立观察点。\n")
    assert found.continued_from == "第一版"


def test_a_page_with_no_title_line_has_no_articles():
    assert (
        find_articles("截至2月22日，遂昌企业开工复工299家，复工率93%，各项工作有序推进，产能恢复情况持续全市领先。\n")
        == []
    )


@pytest.mark.parametrize(
    ("paragraph", "dateline", "names"),
    [
        ("本报讯(记者幸福)今天上午", "本报讯(记者幸福)", ("幸福",)),
        ("新华社杭州2月25日电（记者 李明）全省", "新华社杭州2月25日电（记者 李明）", ("李明",)),
        ("(记者幸福 通讯员王小明)今天", "(记者幸福 通讯员王小明)", ("幸福", "王小明")),
    ],
)
def test_datelines_with_a_byline(paragraph, dateline, names):
    words, people = inline_byline(paragraph)
    assert words == dateline and people.names == names


def test_a_list_of_short_headings_is_not_joined():
    lines = paragraphs("一手抓疫情防控\n\n一手抓复工复产\n\n两手都要硬\n")
    repaired, repairs = repair_column_breaks(lines)
    assert repairs == [] and repaired == ["一手抓疫情防控", "一手抓复工复产", "两手都要硬"]


def test_a_sentence_broken_by_a_column_is_still_joined():
    lines = paragraphs("一手抓疫情防控\n\n一手抓复工复产。连日来，遂昌始终坚持两手抓两手硬，不断完善机制。\n")
    repaired, repairs = repair_column_breaks(lines)
    assert len(repairs) == 1 and repaired[0].startswith("一手抓疫情防控一手抓复工复产。")


@pytest.mark.parametrize(
    "text", ["2020年02月25日", "二〇二〇年二月二十五日", "发布时间：2020-02-25", "2020.2.25讯", "2020/2/25"]
)
def test_a_full_date_fixes_the_year(text):
    evidence = infer_year(f"{text}，记者从县里获悉，2月22日全县企业复工。")
    assert evidence.year == 2020 and "full date" in evidence.explanation


def test_the_year_most_full_dates_name_wins():
    assert infer_year("2019年12月31日起。2020年2月25日。2020年2月26日。").year == 2020


def test_nothing_fixing_the_year_is_said_not_raised():
    evidence = infer_year("2月22日，全县企业复工。")
    assert evidence.year is None and "no full date" in evidence.explanation
    dates = find_dates("2月22日，全县企业复工。", pd.NA)  # a missing year from a table: no traceback
    assert dates["date"].isna().all()


def test_numeric_dates_are_found_with_their_year():
    dates = find_dates("截至2月22日，发布于2020-02-25。", 2020)
    assert list(dates["date"].dt.strftime("%Y-%m-%d")) == ["2020-02-22", "2020-02-25"]
