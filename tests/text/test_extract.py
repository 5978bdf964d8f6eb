"""find_quantities: every form it must find, every non-quantity it must not report, and properties on any text."""

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import find_quantities, load_articles, parse_quantity
from helpers.text import extract
from helpers.text.units import UNITS

# sentence, the span it must report, value, low, high, unit
FOUND = [
    ("共有员工二十四名。", "二十四名", 24, 24, 24, "名"),
    ("建成三百个站点。", "三百个", 300, 300, 300, "个"),
    ("动员五千多名志愿者。", "五千多名", 5000, 5000, 6000, "名"),
    ("组建四十余个小组。", "四十余个", 40, 40, 50, "个"),
    ("工期约三个月。", "约三个月", 3, 2.7, 3.3, "个月"),
    ("出口占百分之八。", "百分之八", 8, 7.5, 8.5, "%"),
    ("项目百分百复工。", "百分百", 100, 100, 100, "%"),
    ("产能恢复七成。", "七成", 70, 65, 75, "%"),
    ("同比提高2.3个百分点。", "2.3个百分点", 2.3, 2.25, 2.35, "个百分点"),
    ("储备近800吨大米。", "近800吨", 800, 720, 800, "吨"),
    ("调拨约60吨食用油。", "约60吨", 60, 54, 66, "吨"),
    ("超过200人到岗。", "超过200人", 200, 200, 300, "人"),
    ("发送短信逾5万条。", "逾5万条", 50000, 50000, 60000, "条"),
    ("上万份倡议书到户。", "上万份", 10000, 10000, 20000, "份"),
    ("储备7200余吨。", "7200余吨", 7200, 7200, 7300, "吨"),
    ("满意度八成以上。", "八成以上", 80, 80, 90, "%"),
    ("总投资4.6亿元。", "4.6亿元", 460000000, 455000000, 465000000, "元"),
    ("引进外资2500万美元。", "2500万美元", 25000000, 24995000, 25005000, "美元"),
    ("共12個項目。", "12個", 12, 12, 12, "个"),
    ("投资3萬元。", "3萬元", 30000, 25000, 35000, "元"),
    ("投资5億元。", "5億元", 500000000, 450000000, 550000000, "元"),
    ("复工率93%。", "93%", 93, 92.5, 93.5, "%"),
    ("复工率９３％。", "９３％", 93, 92.5, 93.5, "%"),
    ("员工1,234人。", "1,234人", 1234, 1234, 1234, "人"),
    ("员工１２３４人。", "１２３４人", 1234, 1234, 1234, "人"),
    ("到岗率77.9%。", "77.9%", 77.9, 77.85, 77.95, "%"),
    ("总投资1.68亿的项目。", "1.68亿", 168000000, 167500000, 168500000, ""),
    ("可供全县供粮近150天。", "近150天", 150, 135, 150, "天"),
    ("100多名工人到岗。", "100多名", 100, 100, 200, "名"),
    ("抽调60余名民兵。", "60余名", 60, 60, 70, "名"),
    ("最近3天无新增。", "3天", 3, 3, 3, "天"),  # 最近 is 'recently', not 'nearly'
    ("增至1万多人。", "1万多人", 10000, 10000, 20000, "人"),
    ("投资6000余万元。", "6000余万元", 60000000, 60000000, 70000000, "元"),
    ("一年多来坚持不懈。", "一年多", 1, 1, 2, "年"),
    ("用了3个多月。", "3个多月", 3, 3, 4, "个月"),
    ("两个小时后返回。", "两个小时", 2, 2, 2, "小时"),
    ("工期3至5天。", "3至5天", 4, 3, 5, "天"),
    ("来了两三个人。", "两三个", 2.5, 2, 3, "个"),
    ("七八百人参加。", "七八百人", 750, 700, 800, "人"),
    ("覆盖十几个村。", "十几个", 15, 11, 19, "个"),
    ("几十家企业复工。", "几十家", 55, 20, 90, "家"),
    ("百分之百完成。", "百分之百", 100, 100, 100, "%"),
    ("三分之一的企业已复工。", "三分之一", 100 / 3, 100 / 3, 100 / 3, "%"),
    ("占百分之一。", "百分之一", 1, 0.5, 1.5, "%"),
    ("同比增长3-5个百分点。", "3-5个百分点", 4, 3, 5, "个百分点"),
    ("已经三年多了。", "三年多", 3, 3, 4, "年"),
]


@pytest.mark.parametrize("sentence,span,value,low,high,unit", FOUND, ids=[f[1] for f in FOUND])
def test_finds_each_form_with_its_span_value_and_range(sentence, span, value, low, high, unit):
    found = find_quantities(sentence)
    assert list(found["text"]) == [span]
    row = found.iloc[0]
    assert sentence[row["start"] : row["end"]] == span
    assert (row["value"], row["low"], row["high"]) == (pytest.approx(value), pytest.approx(low), pytest.approx(high))
    assert row["unit"] == unit


NOT_QUANTITIES = [
    "购买N95医用防护口罩。",
    "运用H5等制作产品。",
    "4G网络覆盖全县。",
    "沿S26省道前行。",
    "病毒SARS-CoV-2。",
    "第2批项目复工。",
    "第一批复工的项目之一。",
    "第二天就批下来了。",
    "开展“一对一”帮扶。",
    "坚持“两手抓”。",
    "深化“三服务”活动。",
    "在“百名局长帮百企”服务制度基础上。",
    "一批网络产品。",
    "一场人民战争。",
    "一次性医用口罩。",
    "每一个乡镇。",
    "编号150的项目。",
    "二季度经济回升。",
    "2月22日。",
    "1月25日,农历大年初一。",
    "8时30分开会。",
    "2020年2月开始。",
    "二〇二〇年。",
    "千家万户都知道。",
    "千方百计保供应。",
    "千万不能放松。",
    "成千上万的人。",
    "有人胡说八道。",  # an idiom whose numeral and counter read as a count (八道)
    "一时谣言四起。",
    "家属四处奔走。",
    "陷入四面楚歌。",
    "参与人数十万人次。",  # 人数 + 十万, or 人 + 数十万? (数十家 is read: tests/text/test_bounds.py)
    "近1/3的人。",
    "2019至2020年。",
    "2020-2021年。",
    "这几个人。",
    "一年多次检查。",
    "召开5G大会。",
    "第一至第三批。",
    "2019年-2020年。",
    "进入四分之一决赛。",
    "三年级学生。",
    "其中15来自湖北。",
    "1/3家企业。",
    "降雨量比2019年多。",
    "五吨半成品。",  # 5 t of semi-finished goods, or 5.5 t? (helpers.text.halves)
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_reports_no_non_quantity(sentence):
    assert find_quantities(sentence).empty, find_quantities(sentence)


def test_spans_cover_qualifier_number_magnitude_and_counter():
    found = find_quantities("可供全县人民供粮近150天、储备油充足,已调拨190吨大米和50吨食用油。")
    assert list(found["text"]) == ["近150天", "190吨", "50吨"]


def test_quantities_come_in_text_order_with_offsets():
    text = "截至2月22日,遂昌企业开工复工299家,复工率93%,复工到岗员工数为11676人。"
    found = find_quantities(text)
    assert list(found["text"]) == ["299家", "93%", "11676人"]
    assert list(found["start"]) == sorted(found["start"])
    assert all(text[s:e] == t for s, e, t in zip(found["start"], found["end"], found["text"]))
    assert list(found.columns) == [
        *("start", "end", "text", "value", "low", "high", "unit", "qualifier"),
        *("currency", "change", "signed_value"),
    ]


def test_finds_every_curated_figure_in_the_real_articles():
    from helpers import load_figures

    figures = load_figures()
    for article in load_articles().itertuples():
        spans = set(find_quantities(article.text)[["start", "end"]].itertuples(index=False, name=None))
        mine = figures[figures["article_id"] == article.article_id]
        assert set(zip(mine["start"], mine["end"])) <= spans


QUANTITY_LIKE = st.text(
    alphabet=st.sampled_from(
        list(
            "0123456789０１２.,%％万亿萬億一二两三十百千零多余来近约上超过逾将接不到足少于大以上左右成个家名人吨天条份项元第月日年季"
            "“”《》,。、 NHSG-百分之点钟最签千方计户至到~—几四五六七八九增长加了决赛级自"
        )
    ),
    max_size=40,
)


def readings_at_once_and_in_full(padded: str):
    """What the scan's first span in ``padded`` means as ``meaning_at`` reads it (its fast paths) and as the full
    pattern reads it, each with the span cache emptied first; (None, None) when the scan finds no span."""
    found = extract.SCAN_RE.match(padded)
    if found is None:
        return None, None
    extract.MEANINGS.cache_clear()
    at_once = extract.meaning_at(padded, 0, found.end())
    extract.MEANINGS.cache_clear()
    return at_once, extract.read_at(padded, 0)[1]


@settings(max_examples=300, deadline=None)
@given(QUANTITY_LIKE)
def test_never_raises_and_every_span_reads_back(text):
    from helpers.text.extract import iter_quantities

    found = find_quantities(text)
    rows = list(found.itertuples())

    def is_item(r) -> bool:
        return text[r.end : r.end + 1] in _LIST_JOINS and r.text.replace(".", "").isdigit()

    for i, row in enumerate(rows):
        assert text[row.start : row.end] == row.text
        # an item of a list (3、5、7天, 12、8和5家) is its number alone, read in the unit written after the list's last
        # number (tests/text/test_bounds.py)
        item = is_item(row)
        if item:
            last = next(r for r in rows[i:] if not is_item(r))
            written_unit = re.sub(r"^[0-9.]+", "", last.text)
        q = parse_quantity(row.text + written_unit if item else _as_written(text, row.start, row.end, row.qualifier))
        assert (q.value, q.low, q.high, q.unit, q.qualifier) == (row.value, row.low, row.high, row.unit, row.qualifier)
    for start, end, quantity in iter_quantities(text):
        if text[end : end + 1] in _LIST_JOINS and quantity.text.replace(".", "").isdigit():
            continue  # an item of a list, checked above
        # kind and magnitude too; the change comes from the verb before the span (tests/text/test_change.py)
        written = _as_written(text, start, end, quantity.qualifier)
        assert quantity == parse_quantity(written)._replace(change=quantity.change)


_LIST_JOINS = "、和与與及或"  # what may follow an item of a list (helpers.text.extract's _LAST_JOINER)


def _as_written(text: str, start: int, end: int, qualifier: str) -> str:
    """The span, or from its qualifier on when that stands before a verb of change before it (约增长3%: its span is
    3%, and parse_quantity reads 约增长3% so)."""
    before = text.rfind(qualifier, 0, start) if qualifier and qualifier not in text[start:end] else -1
    return text[before:end] if before >= 0 else text[start:end]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_on_arbitrary_text(text):
    find_quantities(text)


@pytest.mark.parametrize(
    "sentence",
    ["共2,400家企业。", "编号１２3个。", "十五成"],
    ids=["digits after a thousands comma", "a full-width digit before", "more than ten tenths"],
)
def test_no_quantity_is_cut_out_of_a_longer_number_or_an_impossible_share(sentence):
    found = find_quantities(sentence)
    assert set(found["text"]) <= {"2,400家", "１２3个"}


def test_a_growth_rate_above_100_percent_is_not_clipped():
    q = parse_quantity("增长150%"[2:])
    assert (q.value, q.low, q.high) == (150, 149.5, 150.5)
    with pytest.raises(ValueError, match="十成"):
        parse_quantity("十五成")


@settings(max_examples=500, deadline=None)
@given(QUANTITY_LIKE)
def test_the_fast_scan_finds_exactly_the_matches_of_the_pattern(text):
    from helpers.text.quantity import QUANTITY_RE, SCAN_RE

    assert [m.span() for m in SCAN_RE.finditer(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


def test_the_fast_scan_finds_exactly_the_matches_of_the_pattern_in_the_real_articles():
    from helpers.text.quantity import QUANTITY_RE, SCAN_RE

    for text in load_articles()["text"]:
        assert [m.span() for m in SCAN_RE.finditer(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(QUANTITY_LIKE, QUANTITY_LIKE)
def test_what_was_read_before_changes_no_result(earlier, text):
    from helpers.text import extract

    extract.MEANINGS.cache_clear()
    fresh = find_quantities(text)
    find_quantities(earlier + text + earlier)  # the same spans, met in other places first
    pd.testing.assert_frame_equal(find_quantities(text), fresh)


def test_a_full_cache_is_emptied_and_changes_no_result(monkeypatch):
    from helpers.text import extract

    text = "\n".join(load_articles()["text"])
    extract.MEANINGS.cache_clear()
    expected = find_quantities(text)
    monkeypatch.setattr(extract.MEANINGS, "limit", 5)
    extract.MEANINGS.cache_clear()
    pd.testing.assert_frame_equal(find_quantities(text), expected)
    assert len(extract.MEANINGS) <= 5


@pytest.mark.parametrize(
    "text", ["全县299家企业复工，复工率93%，近150天，上万份，“三服务”。", "没有数字。"], ids=["some", "none"]
)
def test_the_frame_is_the_one_pandas_builds_from_the_rows(text):
    from helpers.text.extract import COLUMNS, iter_quantities

    rows = [
        (s, e, q.text, q.value, q.low, q.high, q.unit, q.qualifier, q.currency, q.change, q.signed_value)
        for s, e, q in iter_quantities(text)
    ]
    expected = pd.DataFrame(rows, columns=COLUMNS).astype(
        {
            "start": "int64",
            "end": "int64",
            "value": "float64",
            "low": "float64",
            "high": "float64",
            "signed_value": "float64",
            **{c: pd.Series(["x"]).dtype for c in ("text", "unit", "qualifier", "currency", "change")},
        }
    )
    pd.testing.assert_frame_equal(find_quantities(text), expected)


def test_frames_are_independent_of_each_other():
    from helpers.text.extract import COLUMNS

    text = "全县299家企业复工，复工率93%。"
    first, second = find_quantities(text), find_quantities(text)
    first.loc[0, "value"] = -1.0
    first.loc[0, "text"] = "改"
    first.columns = [c.upper() for c in first.columns]
    assert second.loc[0, "value"] == 299 and second.loc[0, "text"] == "299家"
    assert list(second.columns) == COLUMNS


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=1, max_size=17),
    st.sampled_from(sorted(extract.PLAIN_COUNTERS)),
    st.sampled_from(list("，。 \n的人个月多以左上百分之0A-季")),
)
def test_plain_counts_read_at_once_read_as_the_pattern_reads_them(digits, counter, after):

    at_once, full = readings_at_once_and_in_full(digits + counter + after + "\n")
    assert at_once == full  # the full pattern's reading


# The spans the scan reads at once, with integers (meaning_at's fast paths), and their neighbours that it must leave
# to the full pattern: Arabic digits with commas, a decimal point, 万/亿, 多/余, any unit, 以上/左右, a qualifier
# before, a range; each reading compared whole (value, range, unit, qualifier, kind, magnitude, currency) and by repr,
# so that 0.0 and -0.0 or two floats one ulp apart differ.
_FAST_SPAN_PARTS = {
    "before": [
        "",
        "",
        "",
        "约",
        "近",
        "超过",
        "逾",
        "不到",
        "将近",
        "大约",
        "至少",
        "不超过",
        "最多",
        "约人民币",
        "上",
        "-",
    ],
    "whole": st.one_of(
        st.integers(0, 10**16).map(str),
        st.integers(1000, 10**13).map(lambda n: f"{n:,}"),
        st.sampled_from(["0", "00", "007", "100", "1000", "10000", "12,34", "1,2345", "9" * 15, "1" + "0" * 15]),
    ),
    "decimals": st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=4).map(lambda d: "." + d)),
    "mag": ["", "", "万", "亿", "萬", "千", "十万", "万亿"],
    "mid": ["", "", "多", "余", "来"],
    "post": ["", "", "以上", "左右", "以下", "多", "或以上"],
    "after": list("，。、 \n的人个年月日多以左上百分之0A5-至%季半元吨"),
}


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(_FAST_SPAN_PARTS["before"]),
    _FAST_SPAN_PARTS["whole"],
    _FAST_SPAN_PARTS["decimals"],
    st.sampled_from(_FAST_SPAN_PARTS["mag"]),
    st.sampled_from(_FAST_SPAN_PARTS["mid"]),
    st.one_of(st.just(""), st.sampled_from(sorted(UNITS)), st.sampled_from(["%", "个百分点", "元", "人次", "平方米"])),
    st.sampled_from(_FAST_SPAN_PARTS["post"]),
    st.sampled_from(_FAST_SPAN_PARTS["after"]),
)
def test_spans_read_at_once_read_as_the_pattern_reads_them(before, whole, decimals, mag, mid, unit, post, after):

    padded = before + whole + decimals + mag + mid + unit + post + after + "\n"
    at_once, full = readings_at_once_and_in_full(padded)
    assert at_once == full and repr(at_once) == repr(full), padded


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("同比增长10%至5000亿元。", ["10%", "5000亿元"]),  # a range that cannot be one is two quantities
        ("增加5个百分点至60%。", ["5个百分点", "60%"]),
        ("月薪5000至1万元。", ["5000至1万元"]),  # 万 only after the second end: 5000 to 10000
        ("罚款三千元至五千元。", ["三千元至五千元"]),  # the unit at both ends, in Chinese numerals too
        ("增加200家至1200家。", ["200家", "1200家"]),  # after a verb of change: by 200, to 1200
        ("达到200家至300家。", ["200家至300家"]),
        ("预计增长10%-15%。", ["10%-15%"]),
        ("占百分之五至千分之十。", ["百分之五", "千分之十"]),  # shares of different wholes
        ("等候五至十五分钟。", ["五至十五分钟"]),
    ],
)
def test_a_range_is_read_as_two_quantities_where_it_cannot_be_one(sentence, spans):
    assert list(find_quantities(sentence)["text"]) == spans


@pytest.mark.parametrize(
    "sentence, rows",
    [
        # a company's forecast: the change itself is a range (rates of the same order)
        ("预计上半年净利润同比下降40%至70%。", [("40%至70%", 40, 70, "-")]),
        ("营业收入预计增长15%至25%。", [("15%至25%", 15, 25, "+")]),
        ("占比提高0.8个百分点至1.5个百分点。", [("0.8个百分点至1.5个百分点", 0.8, 1.5, "+")]),
        ("今年营收预计增长0%至15%。", [("0%至15%", 0, 15, "+")]),  # from no change
        # a small change, then the level it reached; a rate named in the clause; and counts: by, then to
        ("一年期利率下调0.35%至4.15%。", [("0.35%", 0.345, 0.355, "-"), ("4.15%", 4.145, 4.155, "")]),
        ("失业率由6%回落2%至4%。", [("6%", 5.5, 6.5, ""), ("2%", 1.5, 2.5, "-"), ("4%", 3.5, 4.5, "")]),
        # a ratio that is no level in %, or a rate that is not what changed: one range
        ("人民币汇率预计贬值2%至4%。", [("2%至4%", 2, 4, "-")]),
        ("利润率较高的企业预计营收增长20%至40%。", [("20%至40%", 20, 40, "+")]),
        ("预计净利润同比增长15%至90%。", [("15%至90%", 15, 90, "+")]),  # the same order of magnitude
        ("门店增加60家至300家。", [("60家", 60, 60, "+"), ("300家", 300, 300, "")]),
    ],
)
def test_after_a_verb_of_change_a_range_of_rates_is_the_change_itself(sentence, rows):
    found = find_quantities(sentence)
    assert [tuple(r) for r in found[["text", "low", "high", "change"]].itertuples(index=False)] == [
        (t, pytest.approx(lo), pytest.approx(hi), c) for t, lo, hi, c in rows
    ]


@pytest.mark.parametrize("sentence", ["综合毛利率提高4%至9%。", "企业缴费比例下调3%至14%。", "贷款利率下浮10%至20%。"])
def test_a_range_of_percentages_after_a_rate_and_a_verb_is_left_out(sentence):
    # by 4, to the level 9 %, or a rise of 4 to 9 %? The words do not say: neither end is read
    assert find_quantities(sentence).empty
