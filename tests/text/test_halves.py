"""半 (halves), 折 (discounts) and 番 (doublings): each rule read through the public API, and what must not be read."""

from __future__ import annotations

import pytest

from helpers import find_quantities, parse_quantity
from tests.support import found_rows, reading

# --- 半 after a counter or unit -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("三年半", 3.5, "年"),
        ("一吨半", 1.5, "吨"),
        ("十二斤半", 12.5, "斤"),
        ("4天半", 4.5, "天"),
        ("六岁半", 6.5, "岁"),
        ("一倍半", 1.5, "倍"),
        ("两公里半", 2.5, "公里"),
    ],
)
def test_a_half_after_the_unit_adds_half_a_unit_exactly(text, value, unit):
    assert reading(text) == (value, value, value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("两个半小时", 2.5, "小时"), ("5个半月", 5.5, "个月"), ("一个半钟头", 1.5, "钟头"), ("四个半分钟", 4.5, "分钟")],
)
def test_ge_ban_before_the_unit_adds_half_a_unit(text, value, unit):
    assert reading(text) == (value, value, value, unit)


def test_a_half_of_a_rounded_unit_rounds_at_the_half():
    assert reading("四成半") == (45.0, 42.5, 47.5, "%")


def test_qualifiers_apply_to_the_number_with_its_half():
    more = parse_quantity("三年半多")
    assert (more.low, more.high, more.kind) == (3.5, 4.0, "more")
    nearly = parse_quantity("近两年半")
    assert (nearly.low, nearly.high, nearly.kind) == (2.25, 2.5, "nearly")


# --- 半 before a unit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("半年", 0.5, "年"),
        ("半斤", 0.5, "斤"),
        ("半小时", 0.5, "小时"),
        ("半个小时", 0.5, "小时"),
        ("半天", 0.5, "天"),
        ("半个月", 0.5, "个月"),
        ("半吨", 0.5, "吨"),
        ("半千克", 500.0, "克"),
    ],
)
def test_a_half_before_a_unit_is_half_of_it(text, value, unit):
    assert reading(text) == (value, value, value, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"), [("工期压了半个多月。", "半个多月", "个月"), ("等了半个多小时", "半个多小时", "小时")]
)
def test_half_before_ge_duo_is_more_than_half_a_unit(sentence, text, unit):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"], row["unit"], row["qualifier"]) == (text, 0.5, 1.0, unit, "多")


def test_half_a_cheng_is_five_percent_rounded():
    assert reading("半成") == (5.0, 2.5, 7.5, "%")


def test_nearly_half_a_year():
    q = parse_quantity("近半年")
    assert (q.value, q.low, q.high, q.qualifier) == (0.5, 0.45, 0.5, "近")


def test_halves_are_found_in_running_text_with_the_whole_span():
    text = "项目建设用了两年半，其中调试花了一个半小时，每天午休半小时。"
    assert found_rows(text) == [("两年半", 2.5, "年"), ("一个半小时", 1.5, "小时"), ("半小时", 0.5, "小时")]


def test_one_with_a_half_is_a_count_not_the_article():
    assert found_rows("再过一年半就能完工。") == [("一年半", 1.5, "年")]


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年工业增加值增长。",  # the first half of the year: a period, not half a year
        "下半年继续推进。",
        "大半年没有回家。",  # most of a year
        "等了好半天才到。",  # 'ages'
        "一半的企业已复工。",  # 一半: half of them, no unit
        "过半的村民参加。",
        "他多半不会来。",  # 'probably'
        "半导体产业发展迅速。",
        "辽东半岛的港口。",
        "半数以上的代表同意。",
        "半年报显示利润下降。",  # a half-year report
        "一半年轻人选择留下。",
        "两人半斤八两。",  # idiom: six of one, half a dozen of the other
        "拖了十天半个月。",  # idiom: a week or two
        "过一年半载再说。",  # idiom: a year or so
        "仓库里有五吨半成品。",  # 5 t of semi-finished goods, or 5.5 t? Left out whole
        "果实半成熟时采摘。",
        "半天然林地。",
    ],
)
def test_a_half_in_a_word_or_an_idiom_is_not_read(sentence):
    assert found_rows(sentence) == []


def test_a_half_the_grammar_cannot_read_leaves_the_whole_quantity_out():
    assert found_rows("三岁半女孩。") == []  # never 3 岁


@pytest.mark.parametrize("text", ["一半", "半数", "半导体", "1.5年半", "个半小时", "二十多岁半", "三人半"])
def test_parse_quantity_refuses_a_half_without_a_number_and_unit(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


# --- 折 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("七折", 70.0),
        ("两折", 20.0),
        ("6折", 60.0),
        ("8.8折", 88.0),
        ("９．５折", 95.0),
        ("四点五折", 45.0),
        ("0.5折", 5.0),
        ("88折", 88.0),
        ("九五折", 95.0),
        ("六五折", 65.0),
        ("半折", 50.0),
    ],
)
def test_a_discount_is_the_share_of_the_full_price_exactly(text, value):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.unit, q.kind) == (value, value, value, "%", "exact")


def test_a_range_of_discounts_with_one_digit_at_each_end():
    q = parse_quantity("4-6折")
    assert (q.low, q.high, q.value, q.kind) == (40.0, 60.0, 50.0, "range")


def test_discounts_are_found_in_running_text():
    text = "商场全场六折，会员再打九五折，清仓商品一律打对折，部分商品打了7.5折。"
    assert found_rows(text) == [("六折", 60.0, "%"), ("九五折", 95.0, "%"), ("对折", 50.0, "%"), ("7.5折", 75.0, "%")]


def test_one_tenth_discount_is_not_the_article():
    assert found_rows("尾货一折处理。") == [("一折", 10.0, "%")]


@pytest.mark.parametrize("text", ["六七折", "三四折", "三五折", "十折", "50折", "985折", "百折", "对折"])
def test_ambiguous_discounts_are_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "谈判过程一波三折。",
        "他百折不挠。",
        "货款七折八扣所剩无几。",
        "新款三折叠屏手机。",
        "把纸对折后剪开。",  # fold in half
        "三折页宣传单。",
        "五折合人民币。",
        "元杂剧通常一本四折。",  # 折 counts the acts of a play
        "三折肱而成良医。",
    ],
)
def test_zhe_in_a_word_or_an_idiom_is_not_a_discount(sentence):
    assert [unit for _, _, unit in found_rows(sentence)] == []


# --- 番 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"), [("翻一番", 2.0), ("翻两番", 4.0), ("翻了一番", 2.0), ("翻三番", 8.0), ("翻番", 2.0)]
)
def test_fan_doubles_the_level_n_times(text, value):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.unit, q.kind) == (value, value, value, "倍", "exact")


def test_fan_is_found_in_running_text_and_no_part_of_it_as_a_count():
    assert found_rows("十年间全县生产总值翻了两番。") == [("十年", 10.0, "年"), ("翻了两番", 4.0, "倍")]


@pytest.mark.parametrize(
    "sentence",
    [
        "收入翻一番多。",
        "能翻几番？",
        "经过一番努力。",
        "三番五次催促。",
        "销量翻了一番还多。",
        "产值翻两番有余。",
        "用户翻了一番以上。",
    ],
)
def test_fan_without_an_exact_count_of_doublings_is_not_read(sentence):
    assert found_rows(sentence) == []


def test_the_fast_scan_finds_the_same_spans_as_the_grammar_on_halves_and_discounts():
    from helpers.text.quantity import QUANTITY_RE, SCAN_RE

    text = "近半年来，两年半、半个月、一个半小时、3个半月、上半年、三成半、半成品、八折、9.9折、七八折、折合、约半斤。"
    assert [m.span() for m in SCAN_RE.finditer(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


# ---- 半 before the units helpers.text.units adds (fixb) ----
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("半公升", 0.5, "公升"),
        ("半加仑", 0.5, "加仑"),
        ("半加侖", 0.5, "加仑"),
        ("半英里", 0.5, "英里"),
        ("半英寸", 0.5, "英寸"),
        ("半个钟", 0.5, "钟头"),
        ("半個鐘", 0.5, "钟头"),
        ("两个半钟", 2.5, "钟头"),
        ("一個半鐘", 1.5, "钟头"),
        ("四公升半", 4.5, "公升"),
    ],
)
def test_a_half_goes_with_the_added_measures_and_ge_zhong(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (value, value, value, unit)


def test_a_half_of_a_new_unit_is_found_in_running_text():
    found = find_quantities("他足足等了半个钟，才喝到半加侖水。")
    assert list(zip(found.text, found.value, found.unit)) == [("半个钟", 0.5, "钟头"), ("半加侖", 0.5, "加仑")]
    assert list(find_quantities("店里摆着一個半鐘頭的录像，还有一个半钟").text) == ["一個半鐘頭", "一个半钟"]


@pytest.mark.parametrize("text", ["墙上挂着半个钟表", "修好了两个半钟表", "听到半个钟声", "一个半钟楼"])
def test_a_half_before_zhong_and_a_noun_is_not_hours(text):
    assert find_quantities(text).empty


@pytest.mark.parametrize(
    "sentence, span, value, unit",
    [
        ("经过半个月的努力，项目投产。", "半个月", 0.5, "个月"),  # 过 of 经过, not 过半 'more than half'
        ("时间已过半年。", "半年", 0.5, "年"),
        ("超过半年未缴费。", "超过半年", 0.5, "年"),
    ],
)
def test_a_half_after_guo_is_read(sentence, span, value, unit):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.value, found.unit)) == [(span, value, unit)]


def test_more_than_half_as_a_word_is_not_read():
    assert find_quantities("赞成票超过半数。").empty
