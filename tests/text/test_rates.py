"""Rates: a quantity per a unit written after a slash (helpers.text.rates)."""

from __future__ import annotations

import pytest

from helpers import find_quantities, parse_quantity
from helpers.text.rates import per_units_at
from tests.support import read_both_ways


@pytest.mark.parametrize(
    "sentence, span, value, low, high, unit, currency",
    [
        ("玉米收购价为2450元/吨。", "2450元/吨", 2450, 2450, 2450, "元/吨", "元"),
        ("土地流转费800元/亩，", "800元/亩", 800, 800, 800, "元/亩", "元"),
        ("亩均税收达4.2万元/亩。", "4.2万元/亩", 42000, 41500, 42500, "元/亩", "元"),  # rounded as 4.2万元
        ("限速80km/h。", "80km/h", 80, 80, 80, "公里/小时", ""),
        ("菜价约3元/斤。", "约3元/斤", 3, 2.7, 3.3, "元/斤", "元"),  # the qualifier's range
        ("现货金价报1950美元/盎司。", "1950美元/盎司", 1950, 1950, 1950, "美元/盎司", "美元"),  # an ounce of gold
        ("月租金60元／平米。", "60元／平米", 60, 60, 60, "元/平方米", "元"),  # a full-width slash; 平米 as 平方米
        ("口粮标准为15公斤/人/月。", "15公斤/人/月", 15, 15, 15, "公斤/人/月", ""),
    ],
)
def test_a_quantity_per_a_unit_is_one_rate(sentence, span, value, low, high, unit, currency):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.value, found.low, found.high, found.unit, found.currency)) == [
        (span, value, pytest.approx(low), pytest.approx(high), unit, currency)
    ]
    q = parse_quantity(span)
    assert (q.value, q.unit, q.currency) == (value, unit, currency)


@pytest.mark.parametrize("sentence", ["比例为1/3。", "单价3000元/4000元。", "规格5元/kgs。"])
def test_a_slash_before_no_unit_makes_no_rate(sentence):
    assert find_quantities(sentence).empty


def test_items_of_a_list_share_the_rate():
    found = find_quantities("价格分别为3、5元/吨。")
    assert list(zip(found.text, found.unit)) == [("3", "元/吨"), ("5元/吨", "元/吨")]


def test_per_units_are_reported_in_their_reported_form():
    assert per_units_at("元/h", 1) == (3, "/小时")
    assert per_units_at("元/人/年。", 1) == (5, "/人/年")
    assert per_units_at("元/4", 1) is None
    assert per_units_at("元。", 1) is None


def test_a_rate_needs_a_unit_before_the_slash():
    with pytest.raises(ValueError):
        parse_quantity("300/吨")


@pytest.mark.parametrize(
    "sentence, span, low, high, unit",
    [
        ("年均浓度为18微克每立方米，同比持平。", "18微克每立方米", 18, 18, "微克/立方米"),  # 每 for the slash
        ("设计时速80公里每小时。", "80公里每小时", 80, 80, "公里/小时"),
        ("误餐补助15元每人每天。", "15元每人每天", 15, 15, "元/人/天"),
        ("鲜鱼收购价9元每斤左右。", "9元每斤左右", 8.1, 9.9, "元/斤"),  # a qualifier after the rate
        ("钢材报价4100元/吨左右。", "4100元/吨左右", 3690, 4510, "元/吨"),
        ("补助标准800元/亩以上。", "800元/亩以上", 800, 900, "元/亩"),
        ("排放限值50毫克每立方米以下。", "50毫克每立方米以下", 0, 50, "毫克/立方米"),
    ],
)
def test_a_rate_with_mei_and_a_qualifier_after_a_rate(sentence, span, low, high, unit):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"], row["unit"]) == (span, pytest.approx(low), pytest.approx(high), unit)
    q = parse_quantity(span)
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("全村共有120人每天轮流值守。", [("120人", "人")]),  # after a count, 每 begins the next phrase
        ("服务全市800万人每天的出行。", [("800万人", "人")]),
        ("财政安排500万元每年以8%递增。", [("500万元", "元"), ("8%", "%")]),  # the phrase goes on after 每年
        ("交通补贴80元/人每月发放。", [("80元/人", "元/人")]),  # the slash is read, the 每 is not
    ],
)
def test_mei_that_begins_the_next_phrase_makes_no_rate(sentence, rows):
    assert list(find_quantities(sentence)[["text", "unit"]].itertuples(index=False, name=None)) == rows


def test_a_qualifier_of_two_senses_after_a_rate_is_read_as_after_a_unit():
    assert list(
        find_quantities("猪肉价格在12元/斤上下浮动。")[["text", "low", "high"]].itertuples(index=False, name=None)
    ) == [("12元/斤上下", pytest.approx(10.8), pytest.approx(13.2))]
    assert list(find_quantities("公交票价2元/人上下车刷卡。")["text"]) == ["2元/人"]  # 上下车: getting on and off


def test_a_rate_whose_qualifiers_disagree_is_left_out():
    assert find_quantities("收购价约3000元/吨以上。").empty


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("线材报价4100元/吨-4250元/吨。", "4100元/吨-4250元/吨", 4100, 4250),  # a dash, not a minus
        ("收购价1.6元/斤至1.9元/斤。", "1.6元/斤至1.9元/斤", 1.6, 1.9),
        ("日租金3元/平方米～4.5元/平方米。", "3元/平方米～4.5元/平方米", 3, 4.5),
    ],
)
def test_two_rates_joined_by_a_range_separator_are_one_range(sentence, span, low, high):
    assert list(find_quantities(sentence)[["text", "low", "high"]].itertuples(index=False, name=None)) == [
        (span, low, high)
    ]
    q = parse_quantity(span)
    assert (q.low, q.high, q.kind) == (low, high, "range")


@pytest.mark.parametrize(
    "sentence",
    ["报价4250元/吨-4100元/吨。", "报价4100元/吨-4250元/公斤。", "报价4100元/吨-4250元。", "约4100元/吨-4250元/吨。"],
)
def test_two_rates_that_make_no_range_are_left_out_and_no_dash_is_a_minus(sentence):
    assert find_quantities(sentence).empty


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("新房均价约每平方米2.6万元。", "2.6万元", 23400, 28600),  # the qualifier before 每 and the unit is the price's
        ("收购价将近每斤3元。", "3元", 2.7, 3),
        ("每平方米2.6万元。", "2.6万元", 25500, 26500),
    ],
)
def test_a_qualifier_before_mei_and_its_unit(sentence, text, low, high):
    assert list(find_quantities(sentence)[["text", "low", "high"]].itertuples(index=False, name=None)) == [
        (text, pytest.approx(low), pytest.approx(high))
    ]


# 每 and a unit before the number (or before its verb of change): a rate; the span stays the number's
@pytest.mark.parametrize(
    "sentence, span, unit, change",
    [
        ("菜场青菜每斤4元。", "4元", "元/斤", ""),
        ("低保标准提高到每人每月780元。", "780元", "元/人/月", ""),  # 每 twice: per person, per month
        ("动车组每小时行驶250公里", "250公里", "公里", ""),  # a verb that is no change stands between: no rate
        ("设计时速为每小时250公里。", "250公里", "公里/小时", ""),
        ("茶农每亩增收1200元。", "1200元", "元/亩", "+"),  # before the verb of change
        ("拟每股派发现金红利0.35元。", "0.35元", "元", ""),
        ("分红为每股0.35元。", "0.35元", "元/股", ""),
        ("核酸检测每周两次。", "两次", "次/周", ""),
        ("该区房价每年上涨8%。", "8%", "%", "+"),  # a percentage stays a growth rate, not % a year
        ("每吨2800至3100元。", "2800至3100元", "元/吨", ""),  # a range too
        ("每户约补贴300元。", "300元", "元", ""),  # a verb that is no change: 每户 is not the number's
        ("猪肉每斤同比上涨0.5元。", "0.5元", "元/斤", "+"),  # before the comparison and the verb
        ("运价每吨约增加200元。", "200元", "元/吨", "+"),  # before 约 and the verb
        ("标准为每人每人780元。", "780元", "元/人", ""),  # the same unit twice is one
    ],
)
def test_mei_and_a_unit_before_the_number_make_a_rate(sentence, span, unit, change):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["unit"], row["change"]) == (span, unit, change)


@pytest.mark.parametrize(
    "phrase",
    [
        "每斤4元",
        "每人每月780元",
        "每亩增收1200元",
        "每吨2800至3100元",
        "每周两次",
        "每斤同比上涨0.5元",
        "每吨约增加200元",
    ],
)
def test_parse_quantity_reads_mei_before_the_number_as_find_quantities_does(phrase):
    parsed, found = read_both_ways(phrase)
    assert parsed == found


def test_a_qualifier_before_mei_is_the_rates():
    row = find_quantities("均价约每平方米2.1万元。").iloc[0]
    assert (row["text"], row["low"], row["high"], row["unit"], row["qualifier"]) == (
        "2.1万元",
        18900,
        23100,
        "元/平方米",
        "约",
    )


def test_a_text_too_long_to_be_one_quantity_is_refused_however_it_begins():
    with pytest.raises(ValueError, match="too long"):
        parse_quantity("每斤" * 2000 + "4元")


@pytest.mark.parametrize(
    "sentence, span",
    [("设计时速350公里。", "350公里"), ("最高时速为380公里。", "380公里"), ("時速達到120公里。", "120公里")],
)
def test_shisu_before_a_distance_makes_it_per_hour(sentence, span):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["unit"]) == (span, "公里/小时")


@pytest.mark.parametrize("phrase", ["时速为250公里", "時速達到90公里", "时速高达400公里", "时速可达30海里"])
def test_parse_quantity_reads_shisu_and_a_copula_as_find_quantities_does(phrase):
    parsed, found = read_both_ways(phrase)
    assert parsed == found and parse_quantity(phrase).unit.endswith("/小时")
