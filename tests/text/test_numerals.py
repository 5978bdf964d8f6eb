"""Chinese and Arabic numerals are read right or refused (helpers.text.numerals), and the grammar reads them so."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from fractions import Fraction

import cn2an
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from helpers import find_quantities, parse_quantity
from helpers.text.numerals import (
    read_chinese,
    read_fraction,
    read_number,
    read_number_range,
    split_range,
)
from helpers.text.places import as_chinese, digits_with_places_as_chinese
from tests.support import cn2an_drops_a_zero


@pytest.mark.parametrize(
    "written, value",
    [
        # 零 holds an empty place; the digit after it is read at its own unit
        ("一千零二十", 1020),
        ("四千零十", 4010),
        ("三百零十", 310),
        ("两百零十万", 2100000),
        ("五万零八十", 50080),
        ("零十", 10),
        ("七千〇六", 7006),
        ("六千○九", 6009),
        # colloquial: one digit right after 百/千/万/亿 at the end is in the next lower place
        ("三万六", 36000),
        ("七千八", 7800),
        ("四百二", 420),
        ("百五", 150),
        ("千八", 1800),
        ("萬七", 17000),
        ("两亿四", 240000000),
        ("八十五万六", 856000),
        ("三千七百四", 3740),
        ("百四万", 1400000),
        # the part before 亿 may hold 万
        ("三万二千亿", 3_200_000_000_000),
        ("两万亿", 2_000_000_000_000),
        ("千万亿", 10**15),
        ("万亿", 10**12),
        ("四亿零七百万", 407_000_000),
        # formal and traditional forms, 廿 and 卅
        ("叁仟零伍拾", 3050),
        ("柒佰捌拾玖", 789),
        ("兩萬", 20000),
        ("貳億陸仟萬", 260_000_000),
        ("廿七", 27),
        ("卅", 30),
        # 万万 is 亿 (archaic)
        ("四万万", 400_000_000),
        ("一万万", 100_000_000),
        ("萬萬", 100_000_000),
        ("两万万零五百万", 205_000_000),
        # digit by digit
        ("二〇一九", 2019),
        ("一九九八", 1998),
    ],
)
def test_chinese_integers_read_to_their_value(written, value):
    number = read_chinese(written)
    assert (number.value, number.exponent) == (value, 0)


@pytest.mark.parametrize(
    "written, value, exponent",
    [
        ("四点零七", "4.07", -2),
        ("零点零三", "0.03", -2),
        ("七百二十点五", "720.5", -1),
        ("十二点五零", "12.50", -2),  # read to the place written
        ("三千万点二五", "30000000.25", -2),
        ("負八點六", "-8.6", -1),
        ("负七点二", "-7.2", -1),
        ("负捌拾", "-80", 0),
    ],
)
def test_decimals_and_negatives_keep_the_place_of_their_last_digit(written, value, exponent):
    number = read_chinese(written)
    assert number.value == Decimal(value) and number.exponent == exponent


@pytest.mark.parametrize(
    "written",
    [
        "一千三十",  # 1030 or 1300: a place skipped without 零
        "一万三百",
        "二亿五千",
        "十百",  # units must fall
        "一千二千",
        "六百七八",  # two digits in a row (a range: read_number_range)
        "零百",
        "三亿亿",  # a repeated magnitude (万万 is 亿: read)
        "五兆",  # 10^6 or 10^12 by region
        "一百五点五",  # a colloquial digit before a decimal point
        "三点两",  # 两 is never a decimal digit
        "点五",
        "三点",
        "八千七百六十五万四千三百二十一亿八千七百六十五万四千三百二十一",  # 16 significant digits
    ],
)
def test_ill_formed_or_ambiguous_numerals_are_refused(written):
    with pytest.raises(ValueError, match="numeral|兆|significant digits"):
        read_chinese(written)


@pytest.mark.parametrize(
    "written, digits, exponent",
    [
        ("１２，３４５", 12345, 0),
        ("64,800.50", 6480050, -2),
        ("−4", -4, 0),
        ("－6.25", -625, -2),
        ("-12", -12, 0),
        ("负0.7", -7, -1),
    ],
)
def test_arabic_digits_full_width_separators_and_signs(written, digits, exponent):
    assert tuple(read_number(written)) == (digits, exponent)


def test_a_negative_range_and_a_negative_approximate_number():
    assert [n.value for n in read_number_range("-8至-2")] == [-8, -2]
    assert [n.value for n in read_number_range("负二十几")] == [-29, -21]
    assert [n.value for n in read_number_range("八千五六")] == [8500, 8600]  # colloquial pair after 千
    with pytest.raises(ValueError, match="几"):
        read_number_range("四千几")  # one digit or two: not read


@pytest.mark.parametrize(
    "written, value",
    [
        ("七分之二", Fraction(2, 7)),
        ("三千五分之四", Fraction(4, 3500)),
        ("五又八分之三", Fraction(43, 8)),
        ("二十又百分之七", Fraction(2007, 100)),
        ("十二分之一百零五", Fraction(105, 12)),
    ],
)
def test_fractions_in_words_read_exactly(written, value):
    assert read_fraction(written) == value


@pytest.mark.parametrize("written", ["三又二分之五", "分之一", "一分之一", "二点五分之一", "又三分之一", "三分之"])
def test_fractions_that_are_not_well_formed_are_refused(written):
    with pytest.raises(ValueError):
        read_fraction(written)


# --- the grammar reads what the numeral reader reads -------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, low, high, unit",
    [
        ("零点八吨", 0.8, 0.75, 0.85, "吨"),
        ("二点三个百分点", 2.3, 2.25, 2.35, "个百分点"),
        ("百分之三点零六", 3.06, 3.055, 3.065, "%"),
        ("四百零二点七五个百分点", 402.75, 402.745, 402.755, "个百分点"),
        ("两千零十人", 2010, 2010, 2010, "人"),
        ("三百零十万五千斤", 3_105_000, 3_104_500, 3_105_500, "斤"),
        # a numeral with 万/亿 inside is rounded at its last written digit, like 1.3万
        ("六万四吨", 64000, 63500, 64500, "吨"),
        ("六万四千吨", 64000, 63500, 64500, "吨"),
        ("六万零四吨", 60004, 60003.5, 60004.5, "吨"),
        ("五万二元", 52000, 51500, 52500, "元"),
        ("两万三千亿元", 2.3e12, 2.25e12, 2.35e12, "元"),
        # without 万/亿 an integer count is exact, colloquial or not
        ("三千四名", 3400, 3400, 3400, "名"),
        ("八百八户", 880, 880, 880, "户"),
        ("负0.6%", -0.6, -0.65, -0.55, "%"),
        ("-2.4个百分点", -2.4, -2.45, -2.35, "个百分点"),
        ("百分之负一点二", -1.2, -1.25, -1.15, "%"),
        ("负三十五万元", -350000, -355000, -345000, "元"),
        ("６４，８００元", 64800, 64800, 64800, "元"),
    ],
)
def test_quantities_with_these_numerals_read_back(text, value, low, high, unit):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.unit) == pytest.approx((value, low, high, unit))


@pytest.mark.parametrize("text", ["负两场", "负一层", "-3人", "负5%以上", "三千五分之四十吨", "七又三分之一"])
def test_a_negative_count_a_qualified_negative_and_a_mixed_number_are_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_a_share_whose_parts_use_the_colloquial_digit():
    assert parse_quantity("三千五分之七").value == pytest.approx(100 * 7 / 3500)


def found(text: str) -> list[tuple[str, float]]:
    return [(row.text, row.value) for row in find_quantities(text).itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全年增长二点三个百分点", [("二点三个百分点", 2.3)]),
        ("利润同比下降-2.4%，负1.5%来自汇率", [("-2.4%", -2.4), ("负1.5%", -1.5)]),
        ("收入百分之负零点八", [("百分之负零点八", -0.8)]),
        ("需要八千六人", [("八千六人", 8600)]),
        ("支付陆佰元和叁仟元", [("陆佰元", 600), ("叁仟元", 3000)]),
        # formal digits that are word characters, and 点 that is a clock or a word
        ("部队登陆三次", [("三次", 3)]),
        ("他拾起两块石头", [("两块", 2)]),
        ("一支队伍五十人", [("五十人", 50)]),
        ("登陆部队上岸，大肆宣传", []),
        ("下午四点五十分开会", []),
        ("一点一滴，两点一线", []),
        # a mixed number and 兆 are recognised whole, so no part of them is read as a smaller figure
        ("概率是五又七分之二", []),
        ("总额为三十兆七千亿元", []),
        # a count never takes a sign
        ("主队负两场", []),
        # 零 alone in running text is a word or a slogan, never a count; a formal word character before 萬
        ("汽车零部件企业、生产零件，零容忍", []),
        ("奖励拾萬元", [("拾萬元", 100000)]),
        ("新增病例0例", [("0例", 0)]),
        # after 分之 a formal digit is a number; a measure may be negative
        ("税率为萬分之肆", [("萬分之肆", 0.04)]),
        ("海拔负154米", [("负154米", -154)]),
        # a numeral never begins with a unit word that begins with a numeral character
        ("每千克售价九元", [("九元", 9)]),
        ("每千瓦时电价", []),
        ("运来五千克大米，装机三兆瓦", [("五千克", 5000), ("三兆瓦", 3)]),
    ],
)
def test_the_extractor_reads_numerals_whole_or_not_at_all(text, expected):
    assert found(text) == expected


def test_a_year_written_with_a_circle_is_a_date():
    with pytest.raises(ValueError, match="date"):
        parse_quantity("二○二一年")
    assert found("二○二一年春天") == []


# --- property tests -----------------------------------------------------------------------------------------


@st.composite
def written_decimals(draw) -> str:
    """A decimal as a string cn2an writes exactly: 15 significant digits at most, 4 after the point, maybe negative."""
    places = draw(st.integers(min_value=0, max_value=4))
    whole = draw(st.integers(min_value=0, max_value=10 ** (15 - places) - 1))
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1)) if places else 0
    sign = "-" if draw(st.booleans()) and (whole or fraction) else ""
    return f"{sign}{whole}.{fraction:0{places}d}" if places else f"{sign}{whole}"


def test_the_numbers_cn2an_writes_without_a_needed_zero_are_refused():
    assert cn2an_drops_a_zero("300001000") and not cn2an_drops_a_zero("300010000")
    with pytest.raises(ValueError):
        read_chinese(cn2an.an2cn("300001000", "low"))


@settings(max_examples=600, deadline=None)
@given(written_decimals(), st.sampled_from(["low", "up"]))
def test_any_number_cn2an_writes_in_low_or_up_mode_reads_back(written, mode):
    assume(not cn2an_drops_a_zero(written))
    number = read_chinese(cn2an.an2cn(written, mode))
    assert number.value == Decimal(written)
    assert number.exponent == -len(written.partition(".")[2])


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_cn2an_writes_in_rmb_mode_reads_back(n):
    assume(not cn2an_drops_a_zero(str(n)))
    written = cn2an.an2cn(n, "rmb")
    assert written.endswith("元整")
    assert read_chinese(written.removesuffix("元整")).value == n


@settings(max_examples=300, deadline=None)
@given(written_decimals())
def test_any_number_cn2an_writes_reads_back_as_a_quantity(written):
    assume(not cn2an_drops_a_zero(written))
    numeral = cn2an.an2cn(written, "low")
    q = parse_quantity(f"{numeral}元")
    assert q.value == float(Decimal(written)) and q.unit == "元"
    assert q.low <= q.value <= q.high


_NEXT_LOWER = {"百": 10, "千": 100, "万": 1000, "亿": 10**7}


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from([100, 1000, 10**4, 10**8]), st.integers(1, 9))
def test_a_colloquial_last_digit_is_in_the_next_lower_place(k, place, digit):
    n = k * place
    written = cn2an.an2cn(n, "low")
    assume(written[-1] in _NEXT_LOWER)
    colloquial = written + cn2an.an2cn(digit, "low")
    assert read_chinese(colloquial).value == n + digit * _NEXT_LOWER[written[-1]]
    assert read_chinese(colloquial.replace("二", "两")).value == n + digit * _NEXT_LOWER[written[-1]]


_ALPHABET = (
    "0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千万亿兆"
    "壹陆拾伍佰萬點点負负-−－.,，%至又分之几多余个人元吨年月日起部千克米瓦廿 "
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_fast_scan_matches_the_pattern_on_signs_decimals_and_formal_digits(text):
    from helpers.text.quantity import QUANTITY_RE, SCAN_RE

    assert [m.span() for m in SCAN_RE.finditer(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_find_quantities_never_raises_and_parse_quantity_raises_only_value_error(text):
    for row in find_quantities(text).itertuples():
        assert row.low <= row.value <= row.high
    with contextlib.suppress(ValueError):
        parse_quantity(text)


# --- 万万 is 亿, 幾 is 几, and a range's first end sharing the second's places ---------------------------------------


@pytest.mark.parametrize(
    "text, value, low, high, magnitude",
    [
        ("四万万人", 4e8, 3.5e8, 4.5e8, "亿"),  # rounded like 4亿
        ("6万万元", 6e8, 5.5e8, 6.5e8, "亿"),
        ("叁萬萬元", 3e8, 2.5e8, 3.5e8, "亿"),
        ("两万万三千万元", 2.3e8, 2.25e8, 2.35e8, "千万"),  # 23 千万, rounded at its last written digit
    ],
)
def test_wan_wan_is_a_hundred_million(text, value, low, high, magnitude):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.magnitude) == (value, low, high, magnitude)


def test_a_share_of_wan_wan_parts_is_per_hundred_million():
    q = parse_quantity("万万分之三")
    assert q.unit == "%" and q.value == pytest.approx(3e-6)


@pytest.mark.parametrize("sentence", ["安全生产万万不可大意。", "万万没有想到。", "三亿亿元。"])
def test_wan_wan_as_an_idiom_or_a_repeated_yi_is_not_read(sentence):
    assert find_quantities(sentence).empty


def test_wan_wan_is_found_in_running_text():
    assert found("当时全国有四万万同胞。") == [("四万万", 4e8)]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("三十幾萬", 310000, 390000),
        ("幾十億", 2e9, 9e9),
        ("伍拾幾亿", 5.1e9, 5.9e9),
        ("十幾個", 11, 19),
    ],
)
def test_the_traditional_ji_reads_like_ji(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high, q.kind) == (low, high, "range")


@pytest.mark.parametrize("text", ["幾個", "幾"])
def test_the_traditional_ji_alone_says_a_few(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_traditional_words_with_ji_are_not_read():
    assert find_quantities("幾乎沒有人。幾何圖形。").empty


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("两到三千", 2000, 3000),
        ("八到九百", 800, 900),
        ("三到四万", 30000, 40000),
        ("三到十", 3, 10),
        ("五到十五", 5, 15),
    ],
)
def test_a_range_of_numerals_shares_places_only_by_the_rule(text, low, high):
    first, last = read_number_range(text)
    assert (first.value, last.value) == (low, high)


@pytest.mark.parametrize("text", ["一到二十", "两到三十", "四到五千六", "九到三百", "一到一百", "十五到两百"])
def test_a_range_of_numerals_that_may_share_a_place_or_not_is_refused(text):
    with pytest.raises(ValueError):
        read_number_range(text)


@pytest.mark.parametrize(
    "text, ends",
    [
        ("12至40", ("12", "至", "40")),
        ("六到七", ("六", "到", "七")),
        ("2——9万", ("2", "——", "9万")),  # a doubled dash is one separator, not a dash and a sign
        ("7--11", ("7", "--", "11")),
        ("4～6", ("4", "～", "6")),
        ("330", None),
        ("三百零五", None),
    ],
)
def test_a_range_is_split_at_its_one_separator(text, ends):
    assert split_range(text) == ends


@pytest.mark.parametrize("text", ["打6--8折", "6--8折"])
def test_a_doubled_dash_between_discounts_is_not_read(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


# digits written with Chinese places: read as the Chinese numeral of the same value
@pytest.mark.parametrize(
    "written, chinese",
    [
        ("3亿6000万", "三亿六千万"),  # a group of up to four digits before 万 or 亿
        ("5亿2千万", "五亿二千万"),  # one digit before 千 or 百; 万 after them multiplies the section
        ("4万3千", "四万三千"),
        ("6万2千1百", "六万二千一百"),
        ("3千零40万", "三千零四十万"),  # 零 where a place is empty
        ("7万零900", "七万零九百"),  # 零 says where a last group stands
        ("15亿70万", "一十五亿零七十万"),  # a group of two or more digits says its own places
        ("９万６千", "九万六千"),  # full-width digits
    ],
)
def test_digits_with_chinese_places_read_as_the_same_numeral(written, chinese):
    assert digits_with_places_as_chinese(written) == chinese
    as_digits, as_numeral = parse_quantity(written + "吨"), parse_quantity(chinese + "吨")
    assert (as_digits.value, as_digits.low, as_digits.high) == (as_numeral.value, as_numeral.low, as_numeral.high)


@pytest.mark.parametrize(
    "written",
    [
        "2万300",  # a bare group after a place: 300 units, or rounded to 万?
        "4千2万",  # the places do not fall within a section
        "4千20万",  # a place skipped without 零 (4020万 or 4200万?)
        "6亿3千",  # 万 skipped after 亿
        "6亿8万",  # one digit after 亿 skips a place
        "3万12000",  # a group too long for what follows
        "0万5千",  # a leading zero
        "3万2千亿",  # the magnitudes rise
        "2万5",  # one digit after a place: 25000, or 2万 and then 5 of the next count (投资3万5年回本)?
        "1万8百",  # 千 skipped without 零 (10800 or 18000?)
    ],
)
def test_digits_with_places_that_chinese_would_not_write_are_refused(written):
    with pytest.raises(ValueError):
        digits_with_places_as_chinese(written)


@pytest.mark.parametrize("n", [1, 10, 19, 101, 1010, 10001, 100000, 120034, 20300000, 204000000, 10**12 - 1])
def test_as_chinese_writes_a_number_that_reads_back(n):
    assert read_chinese(as_chinese(n)).digits == n
