"""Figures at print size, read back from their files: width, type sizes, editable SVG text, line breaks, precision."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

from helpers import charts
from helpers.analysis import topics
from helpers.charts.export import FORMATS, save_figure
from helpers.charts.labels import fullwidth, line_breaks_ok, value_text, words, wrap
from helpers.charts.style import MIN_TEXT_PT, PRINT_WIDTHS_CM

CM = 2.54
ENGLISH_TOO = {
    "resumption_rates",
    "publicity",
    "timeline",
}  # the English versions read back (each export takes seconds)


def _texts(fig) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.fixture(scope="module")
def inputs():
    return topics.load_inputs()


@pytest.fixture(scope="module")
def exported(inputs, tmp_path_factory):
    """Every topic's chart in both languages, drawn and saved as the notebooks do, into a temporary report folder."""
    folder = tmp_path_factory.mktemp("report")
    mp = pytest.MonkeyPatch()
    mp.setenv("HELPERS_REPORT_DIR", str(folder))
    saved = {}
    try:
        for t in topics.TOPICS:
            for lang in ("zh", "en") if t.name in ENGLISH_TOO else ("zh",):
                fig = charts.draw(t.chart, t.frame(inputs), **t.chart_args(inputs, lang))
                saved[(t.name, lang)] = (fig, save_figure(fig, notebook="test", **t.export_args(inputs, lang)))
    finally:
        mp.undo()
    return saved


def test_every_figure_has_all_its_files(exported):
    for (name, _lang), (_, paths) in exported.items():
        assert set(FORMATS) <= set(paths), name
        assert all(paths[fmt].is_file() for fmt in FORMATS), name
        assert paths["text.svg"].name.endswith(".text.svg")


def test_png_is_300_dpi_and_printed_at_the_a4_text_width(exported):
    for (name, lang), (_, paths) in exported.items():
        with Image.open(paths["png"]) as image:
            dpi = image.info["dpi"]
            width_cm = image.size[0] / dpi[0] * CM
        assert round(dpi[0]) == 300, name
        assert 15.5 <= width_cm <= 16.5, (name, lang, width_cm)


def test_every_text_is_at_least_8_pt_at_print_size(exported):
    for (name, lang), (fig, _) in exported.items():
        small = [(t.get_text(), t.get_fontsize()) for t in _texts(fig) if t.get_fontsize() < MIN_TEXT_PT]
        assert not small, (name, lang, small)


def test_the_editable_svg_keeps_text_as_text_in_a_named_font(exported):
    for (name, lang), (_, paths) in exported.items():
        svg = paths["text.svg"].read_text(encoding="utf-8")
        texts = re.findall(r"<text\b[^>]*>", svg)
        assert texts, name
        sizes = [float(s) for s in re.findall(r"font-size: ([0-9.]+)px", svg)]
        assert sizes and min(sizes) >= MIN_TEXT_PT, (name, min(sizes))
        assert "'Noto Sans SC'" in svg and "Static" not in svg, name
        width_pt = float(re.search(r'<svg[^>]*\bwidth="([0-9.]+)pt"', svg).group(1))
        assert width_pt / 72 * CM <= 16.5, name
        title = exported[(name, lang)][0].get_suptitle().split("\n")[0]
        assert title in svg, name  # the words themselves, editable
        outline = paths["svg"].read_text(encoding="utf-8")
        assert "<text" not in outline and "<path" in outline, name


def test_the_pdf_embeds_its_font(exported):
    for (name, _), (_, paths) in exported.items():
        pdf = paths["pdf"].read_bytes()
        assert b"/FontFile2" in pdf, name  # TrueType outlines embedded: text stays searchable text


def test_no_bar_is_drawn_on_a_log_axis(exported):
    for (name, lang), (fig, _) in exported.items():
        for ax in fig.axes:
            logs = ax.get_xscale() == "log" or ax.get_yscale() == "log"
            if logs:
                assert not [p for p in ax.patches if isinstance(p, Rectangle)], (name, lang)


def test_the_publicity_chart_is_a_dot_plot_with_plain_ticks(exported):
    fig, _ = exported[("publicity", "en")]
    ax = fig.axes[0]
    assert ax.get_xscale() == "log"
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "1,000" in ticks and "10,000" in ticks


def test_chinese_chart_text_uses_full_width_punctuation(exported):
    for (name, lang), (fig, _) in exported.items():
        if lang != "zh":
            continue
        for text in _texts(fig):
            value = text.get_text()
            if re.search(r"[\u4e00-\u9fff]", value):
                assert not re.search(r"[\u4e00-\u9fff][:,;()]|[:,;(][\u4e00-\u9fff]", value), (name, value)


def test_chart_labels_break_lines_by_the_rules(exported):
    for (name, lang), (fig, _) in exported.items():
        if lang == "zh":
            for text in _texts(fig):
                assert line_breaks_ok(text.get_text()) == [], (name, text.get_text())


@pytest.mark.parametrize("size", list(PRINT_WIDTHS_CM))
def test_each_named_size_is_drawn_at_its_width_with_8_pt_text(inputs, size):
    for t in topics.TOPICS:
        fig = charts.draw(t.chart, t.frame(inputs), **t.chart_args(inputs, "zh"), size=size)
        assert fig.get_size_inches()[0] * CM == pytest.approx(PRINT_WIDTHS_CM[size]), t.name
        assert min(x.get_fontsize() for x in _texts(fig)) >= MIN_TEXT_PT, t.name


def test_a_width_in_cm_and_a_bad_size(inputs):
    t = topics.topic("personnel")
    fig = charts.draw(t.chart, t.frame(inputs), **t.chart_args(inputs), size=12)
    assert fig.get_size_inches()[0] * CM == pytest.approx(12)
    with pytest.raises(charts.ChartDataError, match="a4"):
        charts.draw(t.chart, t.frame(inputs), **t.chart_args(inputs), size="letter")


# --------------------------------------------------------------------------- line breaking


@pytest.mark.parametrize(
    "text, whole",
    [
        ("县委组织部抽调优秀年轻干部充实各工作组力量", "年轻干部"),
        ("德鑫铸钢满负荷生产(图)", "（图）"),
        ("县领导分赴各地开展“三服务”", "“三服务”"),
        ("县召开首次疫情防控会议(大年初一)", "大年初一"),
    ],
)
def test_words_and_short_quotes_are_never_split(text, whole):
    for width in (4, 5, 6, 7, 8, 10, 12):
        wrapped = wrap(fullwidth(text), "zh", width)
        assert whole in wrapped.split("\n") or any(whole in line for line in wrapped.split("\n")), (width, wrapped)
        assert line_breaks_ok(wrapped) == [], (width, wrapped)


def test_every_event_label_wraps_by_the_rules(inputs):
    for label in inputs.events["label_zh"]:
        for width in (5, 6, 7, 8, 9, 10, 12):
            wrapped = wrap(fullwidth(label), "zh", width)
            assert line_breaks_ok(wrapped) == [], (label, width, wrapped)
            assert wrapped.replace("\n", "") == fullwidth(label).replace(" ", "") or " " in label


_WORDS = ["复工", "企业", "年轻干部", "疫情防控", "遂昌", "服务员", "复产", "80%", "2000", "N95", "规上", "率"]
_MARKS = ["，", "。", "、", "；", "：", "（", "）", "“", "”", "《", "》", "%"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _MARKS), min_size=1, max_size=24), st.integers(3, 14))
def test_line_breaks_follow_the_rules_for_any_text(parts, width):
    text = "".join(parts)
    wrapped = wrap(text, "zh", width)
    assert wrapped.replace("\n", "") == text  # nothing lost, nothing added
    lines = wrapped.split("\n")
    for n, line in enumerate(lines):
        if n:
            assert line[0] not in "，。、；：）》”%", wrapped
        if n < len(lines) - 1:
            assert line[-1] not in "（“《", wrapped
    if len(lines) > 1:
        assert all(len([c for c in line if c not in "，。、；：（）“”《》"]) > 1 for line in lines), wrapped


def test_words_keep_marks_on_the_right_side():
    assert words("会议（大年初一）") == ("会议", "（大年初一）")
    assert words("开展“三服务”") == ("开展", "“三服务”")
    assert "80%" in words("复工率达80%")


# --------------------------------------------------------------------------- precision and punctuation


def test_values_print_at_the_precision_their_inputs_support():
    assert value_text(93, 92.5, 93.5, "%", "zh") == "93%（92.5–93.5）"
    assert value_text(77.9, 77.85, 77.95, "%", "zh") == "77.9%（77.85–77.95）"
    assert value_text(100, 99.5, 100, "%", "en") == "100% (99.5–100)"
    assert value_text(90.907, 90.273, 91.682, "%", "zh", derived=True) == "91%（90.2–91.7）"  # outwards
    assert value_text(24.749164, 24.749164, 24.749164, "%", "zh", derived=True) == "24.7%"
    assert value_text(321.505, 319.786, 323.243, "家", "zh", whole=True, derived=True) == "320–323家"
    assert value_text(130, 130, 140, "人", "zh", whole=True, derived=True) == "130–140人"
    assert value_text(2000, 1800, 2000, "条", "zh", whole=True) == "2000条（1800–2000）"


def test_chinese_text_gets_full_width_punctuation():
    assert fullwidth("复工率与到岗率:原文与推算") == "复工率与到岗率：原文与推算"
    assert fullwidth("会议(大年初一),开展") == "会议（大年初一），开展"
    assert fullwidth("1,000份, 10:30") == "1,000份， 10:30"
    assert fullwidth("Rate (%)") == "Rate (%)"  # no Chinese, no change


def test_derived_rates_on_the_real_chart_carry_no_spurious_decimals(exported):
    fig, _ = exported[("scale_shares", "zh")]
    notes = [t.get_text() for t in fig.axes[0].texts]
    assert notes and all(re.fullmatch(r"\d+(\.\d)?%", n) for n in notes), notes
    fig, _ = exported[("resumption_rates", "zh")]
    for note in (t.get_text() for t in fig.axes[0].texts):
        assert not re.search(r"\d\.\d{2}%", note), note
