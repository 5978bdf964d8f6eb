"""Figures typed into prose are found; dates, quotes of the article, names in code and a notebook's number are not."""

import pytest

from helpers.text.prose import typed_figures


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the story reports 299 enterprises at 93%", ["299", "93%"]),
        ("县中心粮库储备原粮1.34万吨 (13,400 t)", ["1.34万吨", "13,400"]),
        ("可供近150天,上万份倡议书", ["近150天", "上万份"]),
        ("两个方面与四套班子", ["两个", "四套"]),  # Chinese numerals with a counter
        ("more than 2 service staff", ["2"]),
        ("`93%` in code is still a figure", ["93%"]),
    ],
)
def test_typed_figures_are_found(text, found):
    assert typed_figures(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "截至2月22日,遂昌县的报道",  # a Chinese date
        "the 2020年 census",  # a year
        "By 22 February 2020, late February 2020, 24 Jan – 22 Feb 2020",  # English dates
        "dated 2020-02-22",  # an ISO date
        "the company says “短短5天” and “100多名工人到岗”",  # quotes of the article
        "see `data/figures.csv`, `ref01` and `grain_days_at_reference_ration`",  # names in code
        "the teams were large relative to the problems recorded",
    ],
)
def test_dates_quotes_and_names_are_allowed(text):
    assert typed_figures(text) == []


def test_the_notebooks_own_number_in_its_title_is_allowed():
    assert typed_figures("# 02 · Enterprises and workforce", title_number="02") == []
    assert typed_figures("# 02 · Enterprises and workforce", title_number="03") == ["02"]
    assert typed_figures("# 03 · 1.34万吨 of grain", title_number="03") == ["1.34万吨"]
