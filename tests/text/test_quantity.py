"""parse_quantity: every reading rule and range rule, with the examples users rely on."""

import pytest

from helpers import parse_quantity

# text, value, low, high, unit, qualifier
CASES = [
    # values with magnitudes and Chinese numerals
    ("1.34万吨", 13400, 13350, 13450, "吨", ""),
    ("1.68亿", 168000000, 167500000, 168500000, "", ""),
    ("三十六名", 36, 36, 36, "名", ""),
    ("二十条", 20, 20, 20, "条", ""),
    ("上万份", 10000, 10000, 20000, "份", "上"),
    ("百分百", 100, 100, 100, "%", ""),
    # exact integer counts
    ("299家", 299, 299, 299, "家", ""),
    ("两千名", 2000, 2000, 2000, "名", ""),
    ("11676人", 11676, 11676, 11676, "人", ""),
    ("1,234人", 1234, 1234, 1234, "人", ""),
    ("１２３個", 123, 123, 123, "个", ""),
    ("三百零五个", 305, 305, 305, "个", ""),
    # rounded at the last written digit
    ("93%", 93, 92.5, 93.5, "%", ""),
    ("77.9%", 77.9, 77.85, 77.95, "%", ""),
    ("93％", 93, 92.5, 93.5, "%", ""),
    ("百分之八十", 80, 79.5, 80.5, "%", ""),
    ("百分之8", 8, 7.5, 8.5, "%", ""),
    ("1.34万", 13400, 13350, 13450, "", ""),
    # a magnitude inside the numeral and at its end: rounded at its last written digit
    ("一亿五千万人", 150000000, 145000000, 155000000, "人", ""),
    ("两亿三千万", 230000000, 225000000, 235000000, "", ""),
    ("一百一十六亿零二百三十一万个", 11602310000, 11602305000, 11602315000, "个", ""),
    ("603万", 6030000, 6025000, 6035000, "", ""),
    ("4.6亿元", 460000000, 455000000, 465000000, "元", ""),
    ("2500万美元", 25000000, 24995000, 25005000, "美元", ""),
    ("12萬人", 120000, 115000, 125000, "人", ""),
    ("2.5天", 2.5, 2.45, 2.55, "天", ""),
    ("七成", 70, 65, 75, "%", ""),
    ("7成", 70, 65, 75, "%", ""),
    ("2.3个百分点", 2.3, 2.25, 2.35, "个百分点", ""),
    # more than / at least: up by one unit of the last non-zero digit
    ("100多", 100, 100, 200, "", "多"),
    ("100多名", 100, 100, 200, "名", "多"),
    ("150多", 150, 150, 160, "", "多"),
    ("150多项", 150, 150, 160, "项", "多"),
    ("60余", 60, 60, 70, "", "余"),
    ("60余名", 60, 60, 70, "名", "余"),
    ("上万", 10000, 10000, 20000, "", "上"),
    ("超过200人", 200, 200, 300, "人", "超过"),
    ("逾5万条", 50000, 50000, 60000, "条", "逾"),
    ("7200余吨", 7200, 7200, 7300, "吨", "余"),
    ("八成以上", 80, 80, 90, "%", "以上"),
    ("五千多名", 5000, 5000, 6000, "名", "多"),
    ("四十余个", 40, 40, 50, "个", "余"),
    ("1.5万多人", 15000, 15000, 16000, "人", "多"),
    # nearly and about
    ("近150", 150, 135, 150, "", "近"),
    ("近150天", 150, 135, 150, "天", "近"),
    ("近2000条", 2000, 1800, 2000, "条", "近"),
    ("约60吨", 60, 54, 66, "吨", "约"),
    ("50吨左右", 50, 45, 55, "吨", "左右"),
    ("约三个月", 3, 2.7, 3.3, "个月", "约"),
    # 多/余 before 万/亿, and 多 after a unit where the phrase ends
    ("6000余万元", 60000000, 60000000, 70000000, "元", "余"),
    ("300多万", 3000000, 3000000, 4000000, "", "多"),
    ("一年多", 1, 1, 2, "年", "多"),
    ("3天多", 3, 3, 4, "天", "多"),
    # 个 before the unit, and 多 inside it
    ("两个小时", 2, 2, 2, "小时", ""),
    ("3个多月", 3, 3, 4, "个月", "多"),
    ("两个多小时", 2, 2, 3, "小时", "多"),
    # ranges: the two ends, and their midpoint as the value
    ("3至5天", 4, 3, 5, "天", ""),
    ("3-5天", 4, 3, 5, "天", ""),
    ("三到五天", 4, 3, 5, "天", ""),
    ("1.5至2万元", 17500, 15000, 20000, "元", ""),
    ("5-10%", 7.5, 5, 10, "%", ""),
    ("5%-10%", 7.5, 5, 10, "%", ""),
    ("3万至5万元", 40000, 30000, 50000, "元", ""),
    ("三万至五万元", 40000, 30000, 50000, "元", ""),
    ("3天至5天", 4, 3, 5, "天", ""),
    ("百分之五十至六十", 55, 50, 60, "%", ""),
    ("80%-120%", 100, 80, 120, "%", ""),  # a growth range, not clipped
    # a qualifier widens both ends of a range
    ("约3至5天", 4, 2.7, 5.5, "天", "约"),
    ("3至5天以上", 4, 3, 6, "天", "以上"),
    ("两三个", 2.5, 2, 3, "个", ""),
    ("三五天", 4, 3, 5, "天", ""),
    ("七八百人", 750, 700, 800, "人", ""),
    ("二三十人", 25, 20, 30, "人", ""),
    ("十五六岁", 15.5, 15, 16, "岁", ""),
    ("八九成", 85, 80, 90, "%", ""),
    ("十几个", 15, 11, 19, "个", ""),
    ("二十几个", 25, 21, 29, "个", ""),
    ("几十家", 55, 20, 90, "家", ""),
    ("几万人", 55000, 20000, 90000, "人", ""),
    ("百分之百", 100, 100, 100, "%", ""),
    # shares of other wholes: exact fractions, per mille rounded like percentages
    ("三分之一", 100 / 3, 100 / 3, 100 / 3, "%", ""),
    ("四分之三", 75, 75, 75, "%", ""),
    ("二十分之一", 5, 5, 5, "%", ""),
    ("近三分之一", 100 / 3, 30, 100 / 3, "%", "近"),
    ("千分之五", 0.5, 0.45, 0.55, "%", ""),
    ("百分之一", 1, 0.5, 1.5, "%", ""),
    # percentages are clipped to [0, 100]
    ("100%", 100, 99.5, 100, "%", ""),
    ("约95%", 95, 85.5, 100, "%", "约"),
]


@pytest.mark.parametrize("text,value,low,high,unit,qualifier", CASES)
def test_reads_value_range_unit_and_qualifier(text, value, low, high, unit, qualifier):
    q = parse_quantity(text)
    assert q.text == text
    assert q.value == pytest.approx(value)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert q.low <= q.value <= q.high or q.unit == "%" and q.high == 100


def test_magnitudes_are_exact_decimals():
    assert parse_quantity("1.34万吨").value == 13400.0  # not 13400.000000000002
    assert parse_quantity("0.1亿元").value == 10_000_000.0


def test_every_percent_form_gives_percent():
    forms = ["70%", "70％", "百分之七十", "七成"]
    assert {parse_quantity(f).unit for f in forms} == {"%"}
    assert {parse_quantity(f).value for f in forms} == {70.0}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "100家200人",
        "150",
        "一二三",
        "N95",
        "H5",
        "SARS-CoV-2",
        "2月22日",
        "8时30分",
        "2020年",
        "百分之八十%",
        "9" * 40 + "人",
        "abc",
    ],
)
def test_not_a_quantity_raises_value_error_naming_the_string(text):
    with pytest.raises(ValueError) as info:
        parse_quantity(text)
    assert repr(text[:40] if not text.strip() else text.strip()[:40]) in str(info.value)


def test_non_string_is_a_type_error():
    with pytest.raises(TypeError):
        parse_quantity(150)


# Property tests: any integer, written as a reader would write it, reads back exactly.
from decimal import Decimal  # noqa: E402

import cn2an  # noqa: E402
from hypothesis import assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.support import cn2an_drops_a_zero  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_in_chinese_numerals_reads_back(n):
    assume(not cn2an_drops_a_zero(str(n)))  # 96100001000: cn2an writes 九百六十一亿一千, which the reader refuses
    q = parse_quantity(cn2an.an2cn(n) + "个")
    assert q.value == n and q.unit == "个"


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from([("万", 10**4), ("亿", 10**8)]),
    st.integers(min_value=0, max_value=2),
)
def test_any_number_in_arabic_digits_with_wan_or_yi_reads_back(k, magnitude, decimals):
    mag, factor = magnitude
    written = f"{Decimal(k).scaleb(-decimals):f}"
    q = parse_quantity(f"{written}{mag}人")
    assert q.value == float(Decimal(written) * factor)
    half = Decimal(1).scaleb(-decimals) * factor / 2
    assert (q.low, q.high) == (float(Decimal(written) * factor - half), float(Decimal(written) * factor + half))


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**15 - 1),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=3),
    st.booleans(),
)
def test_digits_read_exactly_with_the_place_of_their_last_digit(k, decimals, zeros, fullwidth):
    from helpers.text.numerals import read_arabic

    written = "0" * zeros + f"{Decimal(k).scaleb(-decimals):f}"
    if fullwidth:
        written = written.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    number = read_arabic(written)
    assert number.value == Decimal(k).scaleb(-decimals)
    assert number.exponent == -decimals  # 1.50 is read to the hundredth, as written


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("1,234人", 1234, 1234, 1234),
        ("007人", 7, 7, 7),
        ("0.5%", 0.5, 0.45, 0.55),
        ("1.50万元", 15000, 14950, 15050),
        ("0人以上", 0, 0, 1),
        ("0.0多", 0, 0, 1),
        ("十万亿元", 10**13, 10**13 - 5 * 10**11, 10**13 + 5 * 10**11),
    ],
)
def test_ranges_are_exact_at_the_edges(text, value, low, high):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high) == (value, low, high)


def test_the_groups_come_in_the_order_quantity_from_groups_reads_them():
    from helpers.text.quantity import GROUPS, QUANTITY_RE

    assert tuple(sorted(QUANTITY_RE.groupindex, key=QUANTITY_RE.groupindex.get)) == GROUPS


@pytest.mark.parametrize("text", ["3至5天", "两三个", "十几个", "几十家"])
def test_a_range_says_so(text):
    assert parse_quantity(text).kind == "range"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("几个", "几 alone"),
        ("5至3天", "smaller number to the larger"),
        ("3至五天", "not a quantity as written"),
        ("三分之一个", "takes no unit"),
        ("一分之一", "at least two parts"),
        ("3万至5亿元", "same magnitude and unit"),
    ],
)
def test_ranges_that_cannot_be_read_are_refused_with_the_reason(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_quantity(text)


@pytest.mark.parametrize("text", ["2020年", "2019至2020年", "2019年-2020年", "2019年多", "二〇二〇年"])
def test_a_year_is_a_date_not_a_count_of_years(text):
    with pytest.raises(ValueError, match="date"):
        parse_quantity(text)


@pytest.mark.parametrize(
    "text,words",
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("100家200人", "more than one quantity"),
        ("150", "bare number"),
        ("9" * 40 + "人", "significant digits"),
        ("9" * 70, "too long"),
    ],
    ids=["empty", "whitespace", "two quantities", "no counter", "absurd digits", "absurdly long"],
)
def test_parse_quantity_refuses_what_is_not_one_quantity(text, words):
    with pytest.raises(ValueError, match=words):
        parse_quantity(text)
