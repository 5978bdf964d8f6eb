"""Amounts written in two or more units of one measure, read as one amount in the first unit written."""

from __future__ import annotations

import pytest

from helpers import find_quantities, parse_quantity
from tests.support import found_rows, reading


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("58元3角2分", 58.32),
        ("四元七毛", 4.7),
        ("二十块八毛", 20.8),
        ("三角六分", 0.36),
        ("七十二块三角五分钱", 72.35),
        ("贰拾叁元肆角伍分", 23.45),
        ("九十九元5角", 99.5),
        ("伍元零陆分", 5.06),
        ("八块零五", 8.05),
        ("两块六", 2.6),
        ("三毛八", 0.38),
    ],
)
def test_money_in_yuan_jiao_fen_is_one_amount_in_yuan(text, value):
    assert reading(text) == (value, value, value, "元")


def test_dollars_and_cents():
    assert reading("五美元又二十美分") == (5.2, 5.2, 5.2, "美元")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("4斤2两", 4.2, "斤"),
        ("八斤六两", 8.6, "斤"),
        ("两米三", 2.3, "米"),
        ("1米68", 1.68, "米"),
        ("一米六五", 1.65, "米"),
        ("3公里200米", 3.2, "公里"),
        ("三年零六个月", 3.5, "年"),
        ("一年又九个月", 1.75, "年"),
        ("两个小时十五分钟", 2.25, "小时"),
        ("三小时二十分", 3 + 1 / 3, "小时"),
        ("一小时零三十六秒", 1.01, "小时"),
        ("四分十五秒", 4.25, "分钟"),
        ("六天十二小时", 6.5, "天"),
        ("10秒47", 10.47, "秒"),  # a race time: hundredths after 秒
        ("12秒3", 12.3, "秒"),  # one digit: tenths
        ("2分05秒71", 2 + 5.71 / 60, "分钟"),
        ("三岁零四个月", 3 + 4 / 12, "岁"),  # an age in years and months
        ("6呎1吋", 6 + 1 / 12, "英尺"),  # feet and inches (Hong Kong writes 呎, 吋)
        ("五英尺九英寸", 5.75, "英尺"),
    ],
)
def test_measures_and_spans_in_two_units(text, value, unit):
    *numbers, reported = reading(text)
    assert (numbers, reported) == (pytest.approx([value] * 3, rel=1e-12), unit)


def test_a_value_that_is_no_finite_decimal_is_the_float_nearest_the_exact_sum():
    assert parse_quantity("一小时十分钟").value == 7 / 6


def test_a_numeral_with_wan_inside_rounds_at_the_last_unit_written():
    q = parse_quantity("三万零二百元五角")
    assert (q.value, q.low, q.high, q.kind) == (30200.5, 30200.45, 30200.55, "rounded")


def test_a_qualifier_applies_to_the_whole_amount():
    q = parse_quantity("约2斤5两")
    assert (q.value, q.low, q.high, q.qualifier, q.kind) == (2.5, 2.25, 2.75, "约", "about")


def test_compounds_are_found_whole_in_running_text():
    text = "他花了58元3角2分买菜，称了4斤2两肉，排队两个小时十五分钟，工期三年零六个月。"
    assert found_rows(text) == [
        ("58元3角2分", 58.32, "元"),
        ("4斤2两", 4.2, "斤"),
        ("两个小时十五分钟", 2.25, "小时"),
        ("三年零六个月", 3.5, "年"),
    ]


def test_one_with_a_colloquial_digit_is_money_not_the_article():
    assert found_rows("白菜一块五一斤不到，卖一块五。")[-1] == ("一块五", 1.5, "元")


@pytest.mark.parametrize(
    "sentence",
    [
        "买了两块五花肉。",  # two pieces of pork belly, not 2.5 元
        "一米八个子的小伙。",  # which numeral is the height?
        "价格一块二一斤。",  # 1.2 元 a 斤, or 一块 and 21 斤? Left out
        "称了3斤15两。",  # 15 两 is more than a 斤: not well formed, left out whole
        "单价五块六到五块七毛八。",  # a range of amounts: not read, and no end of it alone
        "身高米六到三米九。",
        "用了两小时十分辛苦。",  # 十分 'very'
        "他以10秒47刷新了纪录。",  # 10.47 秒 before a word: neither 10 秒 nor 47 of anything
        "个头1米82个子不矮。",  # 1.82 米 before a word: not 1 米 and 82 个
        "成绩是十秒四七。",  # hundredths in Chinese numerals: not read
    ],
)
def test_amounts_that_cannot_be_read_safely_are_left_out_whole(sentence):
    assert found_rows(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("5元3斤。", [("5元", 5.0, "元"), ("3斤", 3.0, "斤")]),  # two measures: two quantities
    ],
)
def test_units_of_two_measures_stay_two_quantities(sentence, found):
    assert found_rows(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    ["比分5分。", "三角形的面积。", "两毛不拔。", "8时5分30秒出发。"],
)
def test_fen_jiao_mao_alone_are_not_money(sentence):
    assert [u for _, _, u in found_rows(sentence) if u == "元"] == []


def test_minutes_and_seconds_after_a_clock_hour_are_a_time_not_a_span():
    assert "5分30秒" not in [t for t, _, _ in found_rows("8时5分30秒出发。")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("全程耗时4分15秒。", [("4分15秒", 4.25, "分钟")]),  # 耗时, 用时, 历时: words that end in 时, not an hour
        ("决赛用时三分零六秒。", [("三分零六秒", 3.1, "分钟")]),
        ("间隔压缩至1分45秒。", [("1分45秒", 1.75, "分钟")]),  # 至 after a verb: 'to', not a range
        ("工期缩短到两年零六个月。", [("两年零六个月", 2.5, "年")]),
        ("每局从3分多到4分20秒不等。", []),  # a range whose first end ends in a qualifier: left out
        ("全程约4分15秒。", []),  # a qualifier the amount does not read: left out, not read exact
        ("用时不到三分二十秒。", []),
    ],
)
def test_an_amount_after_a_word_ending_in_hour_or_to_is_read(sentence, found):
    assert found_rows(sentence) == found


@pytest.mark.parametrize(
    "sentence", ["9点4分30秒开始。", "十二時五分十秒。", "从1分10秒到1分40秒不等。", "3年到4年零2个月"]
)
def test_a_clock_time_and_a_range_of_amounts_stay_left_out(sentence):
    assert [t for t, _, _ in found_rows(sentence) if "秒" in t or "零" in t] == []


def test_a_moment_written_in_minutes_and_seconds_is_not_a_span():
    assert found_rows("比赛进行到第4分20秒时进球。") == []


def test_units_that_do_not_fall_are_two_quantities():
    assert found_rows("分别是300元50元。") == [("300元", 300.0, "元"), ("50元", 50.0, "元")]


@pytest.mark.parametrize("text", ["3斤15两", "1小时70分钟", "五块六到五块七毛八", "两毛", "5分", "三角"])
def test_parse_quantity_refuses_what_is_not_one_amount(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("签约5年零3个月。", [("5年零3个月", 5.25, "年")]),  # 签约: the 约 of the word, not 'about'
        ("最近3天12小时。", [("3天12小时", 3.5, "天")]),
    ],
)
def test_an_amount_after_a_word_ending_in_a_qualifier_is_read_without_it(sentence, found):
    assert found_rows(sentence) == found
    assert find_quantities(sentence)["qualifier"].tolist() == [""]


def test_a_duration_the_ladders_cannot_add_up_is_left_out_whole():
    # years and days: a month has 28 to 31 days, so neither 两年 nor 21天 alone is the duration written
    assert found_rows("两年21天。") == []


def test_fu_before_an_amount_of_money_makes_it_negative():
    q = parse_quantity("负贰元伍角")
    assert (q.value, q.low, q.high, q.unit) == (-2.5, -2.5, -2.5, "元")
    assert found_rows("本月结余负7元3角。") == [("负7元3角", -7.3, "元")]


def test_fu_before_an_amount_of_time_is_not_read():
    with pytest.raises(ValueError):
        parse_quantity("负三年两个月")
