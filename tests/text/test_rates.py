"""Rates: a quantity per a unit written after a slash (helpers.text.rates)."""

from __future__ import annotations

import pytest

from helpers import find_quantities, parse_quantity
from helpers.text.rates import per_units_at


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
