"""Every chart kind draws Chinese and English labels with no missing glyph, whatever the notebook's style."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable

import matplotlib as mpl
import pandas as pd
import pytest
import seaborn as sns
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from helpers import charts
from helpers.charts import ChartDataError
from helpers.charts.export import render
from helpers.charts.fonts import static_font_paths
from helpers.charts.labels import wrap

SOURCE = {"zh": "来源：遂昌县报道，2020年2月", "en": "Source: Suichang county reports, Feb 2020"}


def rates() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label_zh": ["规上工业企业复工率", "员工返岗率", "全县企业复工率(推算)"],
            "label_en": ["Above-scale firms resumed", "Workers returned", "All firms resumed (implied)"],
            "value": [96.3, 78.0, 60.0],
            "low": [96.3, 75.0, 50.0],
            "high": [96.3, 80.0, 70.0],
            "kind": ["reported", "reported", "derived"],
        }
    )


def shares() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "group_zh": ["规上企业", "规上企业", "其他企业", "其他企业"],
            "group_en": ["Above-scale", "Above-scale", "Other", "Other"],
            "measure_zh": ["企业数占比", "员工数占比"] * 2,
            "measure_en": ["Share of enterprises", "Share of workers"] * 2,
            "value": [12.0, 55.0, 88.0, 45.0],
            "low": [12.0, 50.0, 88.0, 40.0],
            "high": [12.0, 60.0, 88.0, 50.0],
            "kind": ["reported", "derived", "derived", "derived"],
        }
    )


def grain() -> pd.DataFrame:
    cells = itertools.product([200_000, 230_000, 260_000], [0.3, 0.4, 0.5])
    return pd.DataFrame([(p, r, 5_000_000 / (p * r)) for p, r in cells], columns=["population", "ration", "days"])


def events() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": ["2020-01-24", "2020-01-25", "2020-02-03", "2020-02-03", "2020-02-10", "2020-02-22"],
            "label_zh": ["启动一级响应", "设卡防控", "首批企业复工", "发放通行证", "规上企业全面复工", "常态化防控"],
            "label_en": [
                "Level-1 response",
                "Checkpoints",
                "First firms reopen",
                "Passes issued",
                "Above-scale firms reopen",
                "Routine control",
            ],
        }
    )


def staff() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label_zh": ["防控人员", "服务专员", "宣传资料"],
            "label_en": ["Prevention personnel", "Service staff", "Publicity items"],
            "value": [2000, 120, 5000],
            "low": [1800, 120, 5000],
            "high": [2000, 120, 5000],
            "qualifier_zh": ["近2000", "", "5000余"],
            "qualifier_en": ["nearly 2,000", "", "over 5,000"],
            "unit_zh": ["人", "名", "份"],
            "unit_en": ["people", "staff", "items"],
        }
    )


TITLE = {"zh": "遂昌复工复产", "en": "Suichang resumes work"}
CHARTS: dict[str, Callable[[str], Figure]] = {
    "range_bars": lambda lang: charts.range_bars(
        rates(), title=TITLE, source=SOURCE, value_label={"zh": "比率", "en": "Rate"}, lang=lang
    ),
    "share_comparison": lambda lang: charts.share_comparison(
        shares(), title=TITLE, source=SOURCE, value_label={"zh": "占比", "en": "Share"}, lang=lang
    ),
    "sensitivity": lambda lang: charts.sensitivity(
        grain(),
        "population",
        "ration",
        "days",
        title=TITLE,
        source=SOURCE,
        xlabel={"zh": "人口(人)", "en": "Population (people)"},
        ylabel={"zh": "人均日口粮(千克)", "en": "Daily ration (kg)"},
        value_label={"zh": "可供应天数(天)", "en": "Days of supply"},
        point=(230_000, 0.4),
        lang=lang,
    ),
    "timeline": lambda lang: charts.timeline(events(), title=TITLE, source=SOURCE, lang=lang),
    "counts": lambda lang: charts.counts(staff(), title=TITLE, source=SOURCE, lang=lang),
}


def draw_strictly(make: Callable[[], Figure]) -> Figure:
    """Build a chart and render it in every format; any warning (e.g. a missing glyph) fails."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = make()
        for fmt in ("png", "svg", "pdf"):
            render(fig, fmt)
    return fig


def font_files(fig: Figure) -> set[str]:
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    return {str(font_manager.findfont(t.get_fontproperties(), fallback_to_default=False)) for t in texts}


OUR_FONTS = {str(p) for p in static_font_paths().values()}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", CHARTS)
def test_every_chart_draws_with_the_chinese_font_and_no_missing_glyph(kind, lang):
    fig = draw_strictly(lambda: CHARTS[kind](lang))
    assert isinstance(fig, Figure)
    assert font_files(fig) <= OUR_FONTS
    assert fig.get_suptitle() == TITLE[lang]
    assert fig.get_supxlabel() == SOURCE[lang]


@pytest.mark.parametrize("kind", CHARTS)
def test_charts_keep_the_font_after_seaborn_resets_the_theme(kind):
    sns.set_theme()
    assert "Noto" not in str(mpl.rcParams["font.family"])
    fig = draw_strictly(lambda: CHARTS[kind]("zh"))
    assert font_files(fig) <= OUR_FONTS


def test_a_chart_is_the_same_whatever_the_global_style():
    before = render(CHARTS["range_bars"]("zh"), "png")
    sns.set_theme(context="talk", style="darkgrid", palette="pastel")
    mpl.rcParams["font.size"] = 20
    assert render(CHARTS["range_bars"]("zh"), "png") == before


def test_house_theme_lets_seaborn_plots_draw_chinese():
    charts.house_theme()
    fig = Figure()
    ax = fig.add_subplot()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sns.barplot(x=["规上企业", "其他企业"], y=[96, 60], ax=ax)
        ax.set_title("复工率(%)")
        render(fig, "png")
    assert font_files(fig) <= OUR_FONTS


def test_use_house_style_sets_fonts_and_embeddable_text():
    charts.use_house_style()
    assert mpl.rcParams["font.family"][0] == charts.house_rc()["font.family"][0]
    assert mpl.rcParams["pdf.fonttype"] == 42 and mpl.rcParams["ps.fonttype"] == 42
    assert mpl.rcParams["svg.fonttype"] == "path"
    assert not mpl.rcParams["axes.spines.top"] and not mpl.rcParams["axes.spines.right"]


def _axis_texts(fig: Figure) -> list[str]:
    ax = fig.axes[0]
    return [ax.get_xlabel(), ax.get_ylabel()] + [a.get_ylabel() for a in fig.axes[1:]]


def test_axis_labels_carry_units():
    assert "比率（%）" in _axis_texts(CHARTS["range_bars"]("zh"))
    assert "Rate (%)" in _axis_texts(CHARTS["range_bars"]("en"))
    assert "Share (%)" in _axis_texts(CHARTS["share_comparison"]("en"))
    assert "可供应天数（天）" in _axis_texts(CHARTS["sensitivity"]("zh"))  # given with ASCII brackets


def _legend_labels(fig: Figure) -> list[str]:
    legend = fig.axes[0].get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def test_reported_and_derived_values_are_told_apart_in_the_legend():
    assert {"报道值", "推算值", "范围（低–高）"} <= set(_legend_labels(CHARTS["range_bars"]("zh")))
    assert {"Reported", "Derived (implied)"} <= set(_legend_labels(CHARTS["share_comparison"]("en")))


def test_range_bars_draw_hollow_markers_for_derived_and_bands_for_ranges():
    fig = CHARTS["range_bars"]("zh")
    ax = fig.axes[0]
    markers = [line for line in ax.get_lines() if line.get_marker() not in (None, "None", "")]
    faces = [mpl.colors.to_hex(m.get_markerfacecolor()) for m in markers]
    assert faces.count("#ffffff") == 1  # the one derived row
    bands = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert sorted(round(b.get_width(), 6) for b in bands) == [5.0, 20.0]  # 75–80 and 50–70


def test_counts_show_the_qualifier_and_the_range():
    notes = [t.get_text() for t in CHARTS["counts"]("zh").axes[0].texts]
    assert "近2000人（1800–2000）" in notes
    assert "120名" in notes
    notes_en = [t.get_text() for t in CHARTS["counts"]("en").axes[0].texts]
    assert "nearly 2,000 people (1,800–2,000)" in notes_en


def test_counts_on_a_log_scale_are_dots_not_bars_with_plain_ticks():
    fig = draw_strictly(lambda: charts.counts(staff(), title="t", source="s", log=True, lang="en"))
    ax = fig.axes[0]
    assert ax.get_xscale() == "log"
    assert not [p for p in ax.patches if isinstance(p, Rectangle)]  # a bar's length means nothing on a log axis
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "1,000" in ticks and all("^" not in t and "10$" not in t for t in ticks)


def test_sensitivity_marks_the_point_estimate_and_rejects_points_off_the_grid():
    fig = CHARTS["sensitivity"]("zh")
    assert "点估计" in _legend_labels(fig)
    assert any(isinstance(p, Rectangle) and not p.get_fill() for p in fig.axes[0].patches)
    with pytest.raises(ChartDataError, match="outside the grid"):
        charts.sensitivity(
            grain(),
            "population",
            "ration",
            "days",
            title="t",
            source="s",
            xlabel="x",
            ylabel="y",
            value_label="v",
            point=(999_999, 0.4),
        )


def _overlaps(fig: Figure) -> list[tuple[str, str]]:
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in fig.axes[0].texts]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2) if box_a.overlaps(box_b)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_timeline_labels_do_not_overlap_even_on_the_same_day(lang):
    fig = CHARTS["timeline"](lang)
    assert _overlaps(fig) == []
    inside = fig.bbox
    for text in fig.axes[0].texts:
        box = text.get_window_extent(fig.canvas.get_renderer())
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1 and box.y1 <= inside.y1


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 29), st.text("复工防控企业员工返岗遂昌", min_size=2, max_size=16)),
        min_size=1,
        max_size=10,
    )
)
def test_timeline_never_overlaps_labels(items):
    frame = pd.DataFrame(
        {
            "date": [pd.Timestamp("2020-01-24") + pd.Timedelta(days=d) for d, _ in items],
            "label_zh": [label for _, label in items],
            "label_en": ["event"] * len(items),
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.timeline(frame, title="时间线", source="来源")
    assert _overlaps(fig) == []


def test_timeline_axis_spans_the_period_with_chinese_dates():
    fig = CHARTS["timeline"]("zh")
    ax = fig.axes[0]
    low, high = (mpl.dates.num2date(v).date().isoformat() for v in ax.get_xlim())
    assert low <= "2020-01-24" and high >= "2020-02-22"
    assert "1月24日" in [t.get_text() for t in ax.get_xticklabels()]


@pytest.mark.parametrize(
    "make, column",
    [
        (lambda df: charts.range_bars(df.drop(columns="kind"), title="t", source="s"), "kind"),
        (lambda df: charts.counts(df.drop(columns="high"), title="t", source="s"), "high"),
    ],
)
def test_a_missing_column_is_named(make, column):
    with pytest.raises(ChartDataError, match=f"'{column}'"):
        make(rates())


def test_a_value_outside_its_range_is_refused():
    bad = rates().assign(low=[97.0, 75.0, 50.0])
    with pytest.raises(ChartDataError, match="low <= value <= high"):
        charts.range_bars(bad, title="t", source="s")


def test_unknown_kind_and_language_are_refused():
    with pytest.raises(ChartDataError, match="kind"):
        charts.range_bars(rates().assign(kind="guessed"), title="t", source="s")
    with pytest.raises(ChartDataError, match="lang"):
        charts.range_bars(rates(), title="t", source="s", lang="fr")


def test_a_negative_axis_shows_the_unicode_minus():
    change = pd.DataFrame(
        {
            "label_zh": ["复工率变化"],
            "label_en": ["Change"],
            "value": [-4.0],
            "low": [-8.0],
            "high": [2.0],
            "kind": ["derived"],
        }
    )
    fig = draw_strictly(lambda: charts.range_bars(change, title="变化", source="来源", unit="个百分点"))
    assert any(t.get_text().startswith("\u2212") for t in fig.axes[0].get_xticklabels())


def test_number_formatting():
    assert charts.fmt_number(230_000, "zh") == "23万"
    assert charts.fmt_number(230_000, "en") == "230,000"
    assert charts.fmt_number(0.35, "zh") == "0.35"
    assert charts.fmt_number(96.0, "en") == "96"
    assert charts.axis_label("复工率", "%", "zh") == "复工率（%）"
    assert charts.axis_label("Rate", "%", "en") == "Rate (%)"


def test_markers_differ_for_reported_and_derived():
    handles = charts.kind_handles(["reported", "derived"], "en", bars=False)
    assert all(isinstance(h, Line2D) for h in handles)
    assert handles[0].get_marker() != handles[1].get_marker()


def test_long_chinese_labels_wrap_without_splitting_numbers_or_words():
    assert wrap("规上企业复工率达80%", "zh", 10) == "规上企业复工率达80%"  # Latin counts half
    assert wrap("规上企业复工率达80%", "zh", 9) == "规上企业\n复工率达80%"  # balanced, 80% whole
    assert wrap("降为三级响应后常态化防控", "zh", 10) == "降为三级响应\n后常态化防控"  # no 防控 left alone
    assert wrap("复工率达到百分之九十，员工返岗", "zh", 10) == "复工率达到\n百分之九十，员工返岗"
