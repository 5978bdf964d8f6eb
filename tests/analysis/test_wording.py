"""A figure as a reader writes it: every kind, bounds, derived ranges, precision, 万/亿 and thousands separators."""

import pytest

from helpers.analysis.wording import KINDS, Wording, date_en, date_zh, number_en, number_zh, say, say_range
from helpers.text.quantity import parse_quantity


def _said(quote: str, **options) -> Wording:
    return say(parse_quantity(quote)._asdict(), **options)


@pytest.mark.parametrize(
    ("quote", "zh", "en"),
    [
        ("299家", "299家", "299 enterprises"),  # exact
        ("11676人", "11676人", "11,676 people"),  # exact: digits in Chinese, grouped in English
        ("1.34万吨", "1.34万吨", "13,400 t"),  # rounded, with 万
        ("93%", "93%", "93%"),  # rounded percentage
        ("77.9%", "77.9%", "77.9%"),  # its written decimal kept
        ("1.68亿", "1.68亿", "168 million"),
        ("100多名", "100多名", "over 100 people"),  # more
        ("60余名", "60余名", "over 60 people"),  # more, the article's own qualifier kept
        ("上万份", "上万份", "over 10,000 copies"),  # more, 上 with a bare magnitude
        ("近150天", "近150天", "nearly 150 days"),  # nearly
        ("约60吨", "约60吨", "about 60 t"),  # about
        ("3至5天", "3–5天", "3–5 days"),  # range
        ("3万至5万元", "3万–5万元", "30,000–50,000 yuan"),  # a range uses 万 at both ends
    ],
)
def test_every_kind_of_figure_reads_as_written(quote, zh, en):
    assert _said(quote) == Wording(zh, en)


def test_every_kind_the_reader_gives_has_wording():
    for quote in ("299家", "93%", "100多名", "近150天", "约60吨", "3至5天"):
        assert parse_quantity(quote).kind in KINDS


@pytest.mark.parametrize(
    ("kind", "zh", "en"),
    [("at_least", "至少100人", "at least 100 people"), ("at_most", "最多100人", "at most 100 people")],
)
def test_bounds_are_said_from_their_end(kind, zh, en):
    low, high = (100.0, float("inf")) if kind == "at_least" else (0.0, 100.0)
    assert say({"value": 100, "low": low, "high": high, "unit": "人", "kind": kind}) == Wording(zh, en)


def test_an_unknown_kind_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match=r"kind 'between'.*exact.*at_least"):
        say({"value": 1, "low": 1, "high": 2, "unit": "人", "kind": "between"})


def test_an_unknown_unit_needs_a_noun():
    with pytest.raises(ValueError, match="no English word for the unit '艘'"):
        say({"value": 3, "low": 3, "high": 3, "unit": "艘", "kind": "exact"})
    assert say({"value": 3, "low": 3, "high": 3, "unit": "艘", "kind": "exact"}, noun_en="ships").en == "3 ships"


def test_a_derived_count_is_the_whole_numbers_its_range_holds():
    assert say_range(20.79, 24.24, "家") == Wording("21–24家", "21–24 enterprises")
    assert say_range(3586.7, 3788.9, "名", noun_en="workers") == Wording("3587–3788名", "3,587–3,788 workers")
    assert say_range(74.0, 74.37, "家") == Wording("74家", "74 enterprises")  # one whole number: said once
    assert say_range(2.2, 2.8, "人").zh == "2–3人"  # no whole number inside: the ends rounded


def test_a_derived_measure_shows_the_decimals_its_width_supports():
    assert say_range(67.75, 71.96, "%") == Wording("68–72%", "68–72%")
    assert say_range(0.4579, 0.5125, "千克").zh == "0.46–0.51千克"
    assert say_range(24.7492, 24.7492, "%").en == "24.7%"  # exact inputs: three significant digits
    assert say_range(19.0, 19.0, "天").en == "19 days"  # a whole result stays whole
    assert say_range(2.3057, 2.3057, "名", count=False).zh == "2.31名"  # an average is not a count


def test_one_is_singular_in_english():
    assert say({"value": 1, "low": 1, "high": 1, "unit": "天", "kind": "exact"}).en == "1 day"


@pytest.mark.parametrize(
    ("x", "zh", "en"),
    [
        (13400, "1.34万", "13,400"),
        (11676, "11676", "11,676"),
        (168000000, "1.68亿", "168 million"),
        (950, "950", "950"),
    ],
)
def test_numbers_in_each_language(x, zh, en):
    assert number_zh(x) == zh
    assert number_en(x) == en


def test_dates():
    assert (date_zh("2020-02-22"), date_en("2020-02-22")) == ("2月22日", "22 February")
    assert date_zh("2020-02-22", year=True) == "2020年2月22日"


def test_language_choice():
    said = Wording("93%", "93%")
    assert said.lang("zh") == "93%"
    with pytest.raises(ValueError, match="unknown language"):
        said.lang("fr")


def test_chinese_punctuation_is_full_width_outside_code_and_quotes():
    from helpers.analysis.wording import full_width_punctuation

    text = "截至2月22日,约21–24家(推算);见 `data/a,b.csv` 与“该公司复工以来,100多名工人到岗”:0.46千克?"
    assert full_width_punctuation(text) == (
        "截至2月22日，约21–24家（推算）；见 `data/a,b.csv` 与“该公司复工以来,100多名工人到岗”：0.46千克？"
    )


@pytest.mark.parametrize(
    ("quote", "zh", "en"),
    [
        ("3000元以上", "3000元以上", "over 3,000 yuan"),  # a qualifier after the unit stays after it
        ("超过60吨", "超过60吨", "over 60 t"),  # and one before the number before it
        ("60吨左右", "60吨左右", "about 60 t"),
    ],
)
def test_the_figures_own_qualifier_stays_where_it_was_written(quote, zh, en):
    assert _said(quote) == Wording(zh, en)


def test_the_upper_bound_kind_of_the_reader():
    row = {"value": 100, "low": 0, "high": 100, "unit": "人", "kind": "less"}
    assert say(row) == Wording("不超过100人", "up to 100 people")
    from helpers.text.quantity import QUALIFIERS_AFTER_UNIT

    if "以下" in QUALIFIERS_AFTER_UNIT:  # once the reader knows 以下, the figure's own word is kept
        assert say({**row, "qualifier": "以下"}).zh == "100人以下"
