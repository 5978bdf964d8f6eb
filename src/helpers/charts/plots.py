"""The house chart style and one function per kind of chart, for the report and the notebooks.

Every chart function takes a tidy DataFrame and returns a matplotlib `Figure`
with a title, axis labels with units, a source line at the bottom and, where it
matters, a legend telling values *reported* in the articles (filled) from values
*derived* by us (hollow or hatched). Ranges (``low``/``high``) are drawn as
ranges. ``lang="zh"`` (default) uses the ``*_zh`` label columns and Chinese
legend words, ``lang="en"`` the ``*_en`` ones; titles and axis labels may be
given as one string or as ``{"zh": ..., "en": ...}``.

Why the style is applied inside every function: ``seaborn.set_theme()`` (and any
``rcParams`` change in a notebook) resets the font family to fonts without
Chinese glyphs. Each function therefore builds its figure inside an
``rc_context`` made of matplotlib's *default* style settings plus `house_rc`, and
lays it out before returning: a chart is a function of its arguments only, looks
the same whatever the notebook did to the global style, and so exports to the
same bytes. Figures are plain `Figure` objects (not pyplot-managed): Jupyter
shows the returned figure once, and drawing many charts never piles up open
pyplot figures.

Colours are the Okabe–Ito palette (safe for colour-blind readers); reported vs
derived is also told apart by fill and marker shape, so it survives greyscale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FixedLocator, FuncFormatter
from matplotlib.transforms import offset_copy

from helpers.charts.labels import (
    MONTHS_EN,
    axis_label,
    check_lang,
    fmt_number,
    pick,
    range_text,
    with_unit,
    word,
    wrap,
)
from helpers.charts.style import (
    DERIVED_HATCH,
    INK,
    KIND_COLOR,
    KIND_MARKER,
    KINDS,
    MUTED,
    OKABE_ITO,
    ChartDataError,
    Text,
    house_style,
    lighten,
)

__all__ = ["CHART_KINDS", "counts", "draw", "kind_handles", "range_bars", "sensitivity", "share_comparison", "timeline"]

# --------------------------------------------------------------------------- style


# --------------------------------------------------------------------------- small pure helpers


def _require(df: pd.DataFrame, columns: Sequence[str], chart: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ChartDataError(f"{chart}: the DataFrame lacks column(s) {missing}; it has {list(df.columns)}")
    if df.empty:
        raise ChartDataError(f"{chart}: the DataFrame has no rows")


def _ranges(df: pd.DataFrame, chart: str) -> pd.DataFrame:
    """value/low/high as floats, a missing low or high meaning 'no range'."""
    out = pd.DataFrame(index=df.index)
    out["value"] = pd.to_numeric(df["value"], errors="raise").astype(float)
    for col in ("low", "high"):
        given = pd.to_numeric(df[col], errors="raise") if col in df else np.nan
        out[col] = pd.Series(given, index=df.index, dtype=float).fillna(out["value"])
    bad = out[(out["low"] > out["value"]) | (out["value"] > out["high"]) | out["value"].isna()]
    if not bad.empty:
        rows = ", ".join(str(i) for i in bad.index)
        raise ChartDataError(f"{chart}: need low <= value <= high (and a value) in row(s) {rows}")
    return out


def _kinds(df: pd.DataFrame, chart: str) -> pd.Series:
    if "kind" not in df:
        return pd.Series("reported", index=df.index)
    kinds = df["kind"].astype(str).str.strip().str.lower()
    bad = sorted(set(kinds) - set(KINDS))
    if bad:
        raise ChartDataError(f"{chart}: column 'kind' must be 'reported' or 'derived', found {bad}")
    return kinds


def _text_col(df: pd.DataFrame, stem: str, lang: str) -> pd.Series:
    col = f"{stem}_{lang}"
    if col not in df:
        return pd.Series("", index=df.index)
    return df[col].fillna("").astype(str)


# --------------------------------------------------------------------------- shared layout


def _new_figure(width: float, height: float) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    return fig, ax


def kind_handles(kinds: Sequence[str], lang: str, *, bars: bool, color: str = "#7f7f7f") -> list[Any]:
    handles: list[Any] = []
    for kind in KINDS:
        if kind not in kinds:
            continue
        label = word(kind, lang)
        if bars:
            handles.append(_bar_patch(color, kind, label))
        else:
            handles.append(_marker_handle(KIND_COLOR[kind], kind, label))
    return handles


def _marker_handle(color: str, kind: str, label: str) -> Line2D:
    face = color if kind == "reported" else "white"
    return Line2D([], [], ls="none", marker=KIND_MARKER[kind], ms=7, mfc=face, mec=color, mew=1.6, label=label)


def _bar_patch(color: str, kind: str, label: str) -> Patch:
    if kind == "reported":
        return Patch(facecolor=color, edgecolor=color, label=label)
    return Patch(facecolor=lighten(color, 0.8), edgecolor=color, hatch=DERIVED_HATCH, label=label)


def _range_handle(lang: str) -> Line2D:
    return Line2D([], [], color=INK, lw=1.2, marker="|", ms=8, label=word("range", lang))


def _band_handle(lang: str) -> Patch:
    return Patch(facecolor="#bdbdbd", edgecolor="none", label=word("range", lang))


def _finish(fig: Figure, *, title: str, source: str, handles: Sequence[Any] = ()) -> Figure:
    """Title at the top left, legend under it, source line at the bottom left; then lay out."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    if handles:
        fig.axes[0].legend(
            handles=list(handles),
            loc="lower left",
            bbox_to_anchor=(0, 1.01),
            ncols=min(len(handles), 6),
            fontsize=9,
            handlelength=1.6,
            columnspacing=1.4,
            borderaxespad=0.2,
            borderpad=0.2,
        )
    if source:
        fig.supxlabel(source, x=0.01, ha="left", fontsize=8, color=MUTED)
    fig.draw_without_rendering()
    return fig


# --------------------------------------------------------------------------- a. range bars


def range_bars(
    df: pd.DataFrame,
    *,
    title: Text,
    source: Text,
    unit: str = "%",
    value_label: Text | None = None,
    lang: str = "zh",
    xlim: tuple[float, float] | None = None,
) -> Figure:
    """Dots with range bands per row, reported (filled) vs derived (hollow): e.g. resumption rates.

    Columns: ``label_zh``, ``label_en``, ``value``, ``low``, ``high``, ``kind``.
    """
    check_lang(lang)
    _require(df, ["label_zh", "label_en", "value", "low", "high", "kind"], "range_bars")
    nums, kinds = _ranges(df, "range_bars"), _kinds(df, "range_bars")
    labels = [wrap(t, lang, 14 if lang == "zh" else 28) for t in _text_col(df, "label", lang)]
    with house_style():
        fig, ax = _new_figure(7.5, 1.9 + 0.5 * len(df))
        ys = np.arange(len(df))[::-1]
        _draw_ranges(ax, ys, nums, kinds, unit, lang)
        ax.set_yticks(ys, labels)
        ax.set_ylim(-0.6, len(df) - 0.4)
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(xlim or _value_limits(nums))
        ax.set_xlabel(axis_label(pick(value_label, lang) or word("value", lang), unit, lang))
        handles = kind_handles(list(kinds), lang, bars=False)
        if (nums["low"] < nums["high"]).any():
            handles.append(_band_handle(lang))
        return _finish(fig, title=pick(title, lang), source=pick(source, lang), handles=handles)


def _value_limits(nums: pd.DataFrame) -> tuple[float, float]:
    low = min(0.0, float(nums["low"].min()))
    high = float(nums["high"].max())
    return low, high + (high - low) * 0.22 or 1.0


def _draw_ranges(ax: Axes, ys: np.ndarray, nums: pd.DataFrame, kinds: pd.Series, unit: str, lang: str) -> None:
    for y, (idx, row) in zip(ys, nums.iterrows()):
        kind = kinds[idx]
        color = KIND_COLOR[kind]
        if row["low"] < row["high"]:
            ax.barh(
                y,
                row["high"] - row["low"],
                left=row["low"],
                height=0.34,
                color=lighten(color, 0.65),
                edgecolor="none",
                zorder=2,
            )
        handle = _marker_handle(color, kind, "")
        ax.plot(
            [row["value"]],
            [y],
            ls="none",
            marker=handle.get_marker(),
            ms=8,
            mfc=handle.get_markerfacecolor(),
            mec=color,
            mew=1.8,
            zorder=3,
        )
        text = with_unit(fmt_number(row["value"], lang), unit, lang)
        text += range_text(row["low"], row["high"], lang)
        ax.annotate(
            text,
            (row["high"], y),
            xytext=(7, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            fontsize=9,
            color=INK,
        )


# --------------------------------------------------------------------------- b. share comparison


def share_comparison(
    df: pd.DataFrame,
    *,
    title: Text,
    source: Text,
    unit: str = "%",
    value_label: Text | None = None,
    lang: str = "zh",
) -> Figure:
    """Grouped bars: groups (e.g. above-scale vs other firms) on measures (share of firms vs workers).

    Columns: ``group_zh``, ``group_en``, ``measure_zh``, ``measure_en``, ``value``, ``low``,
    ``high``, ``kind``. Bars are solid when reported and hatched when derived.
    """
    check_lang(lang)
    cols = ["group_zh", "group_en", "measure_zh", "measure_en", "value", "low", "high", "kind"]
    _require(df, cols, "share_comparison")
    nums, kinds = _ranges(df, "share_comparison"), _kinds(df, "share_comparison")
    groups = list(dict.fromkeys(_text_col(df, "group", lang)))
    measures = list(dict.fromkeys(_text_col(df, "measure", lang)))
    with house_style():
        fig, ax = _new_figure(7.5, 4.6)
        width = 0.8 / len(groups)
        frame = pd.DataFrame(
            {"group": _text_col(df, "group", lang), "measure": _text_col(df, "measure", lang), "kind": kinds}
        ).join(nums)
        for g, group in enumerate(groups):
            color = OKABE_ITO[g % len(OKABE_ITO)]
            part = frame[frame["group"] == group]
            xs = np.array([measures.index(m) for m in part["measure"]]) + (g - (len(groups) - 1) / 2) * width
            _draw_bars(ax, xs, part, color, width * 0.92, unit, lang)
        ax.set_xticks(range(len(measures)), [wrap(m, lang, 16 if lang == "zh" else 30) for m in measures])
        ax.tick_params(axis="x", length=0)
        ax.grid(axis="x", visible=False)
        ax.set_ylim(min(0.0, float(nums["low"].min())), float(nums["high"].max()) * 1.18 or 1.0)
        ax.set_ylabel(axis_label(pick(value_label, lang) or word("value", lang), unit, lang))
        handles = [Patch(facecolor=OKABE_ITO[g % len(OKABE_ITO)], label=group) for g, group in enumerate(groups)]
        handles += kind_handles(list(kinds), lang, bars=True)
        if (nums["low"] < nums["high"]).any():
            handles.append(_range_handle(lang))
        return _finish(fig, title=pick(title, lang), source=pick(source, lang), handles=handles)


def _draw_bars(ax: Axes, xs: np.ndarray, part: pd.DataFrame, color: str, width: float, unit: str, lang: str) -> None:
    for x, (_, row) in zip(xs, part.iterrows()):
        patch = _bar_patch(color, row["kind"], "")
        ax.bar(
            x,
            row["value"],
            width=width,
            facecolor=patch.get_facecolor(),
            edgecolor=color,
            hatch=patch.get_hatch(),
            linewidth=1.0,
            zorder=2,
        )
        if row["low"] < row["high"]:
            ax.errorbar(
                x,
                row["value"],
                yerr=[[row["value"] - row["low"]], [row["high"] - row["value"]]],
                fmt="none",
                ecolor=INK,
                elinewidth=1.2,
                capsize=4,
                zorder=3,
            )
        text = with_unit(fmt_number(row["value"], lang), unit, lang)
        ax.annotate(
            text,
            (x, row["high"]),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            color=INK,
        )


# --------------------------------------------------------------------------- c. sensitivity


def sensitivity(
    df: pd.DataFrame,
    x: str,
    y: str,
    value: str,
    *,
    title: Text,
    source: Text,
    xlabel: Text,
    ylabel: Text,
    value_label: Text,
    point: tuple[float, float] | None = None,
    lang: str = "zh",
    fmt: str = "{:.0f}",
) -> Figure:
    """Heatmap of an outcome over two assumptions (e.g. days of grain by population and daily ration).

    Columns: ``x``, ``y`` and ``value`` name numeric columns of a tidy grid (one row per cell);
    ``point`` = (x, y) marks the point estimate; ``fmt`` formats the numbers in the cells.
    Labels should carry units, e.g. 人口(人).
    """
    check_lang(lang)
    _require(df, [x, y, value], "sensitivity")
    if df.duplicated([x, y]).any():
        raise ChartDataError(f"sensitivity: more than one row for some ({x}, {y}) pair")
    grid = df.pivot(index=y, columns=x, values=value).sort_index().sort_index(axis=1)
    xs, ys = grid.columns.to_numpy(float), grid.index.to_numpy(float)
    values = grid.to_numpy(float)
    with house_style():
        fig, ax = _new_figure(7.5, 2.2 + 0.42 * len(ys))
        image = ax.pcolormesh(
            np.arange(len(xs) + 1) - 0.5,
            np.arange(len(ys) + 1) - 0.5,
            np.ma.masked_invalid(values),
            cmap="viridis",
            edgecolors="white",
            linewidth=0.8,
        )  # vector cells in PDF and SVG
        _annotate_cells(ax, values, image, fmt)
        ax.set_xticks(range(len(xs)), [fmt_number(v, lang) for v in xs])
        ax.set_yticks(range(len(ys)), [fmt_number(v, lang) for v in ys])
        ax.grid(False)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(pick(xlabel, lang))
        ax.set_ylabel(pick(ylabel, lang))
        bar = fig.colorbar(image, ax=ax, pad=0.02, fraction=0.05)
        bar.set_label(pick(value_label, lang))
        bar.outline.set_visible(False)
        handles = [_mark_point(ax, xs, ys, point, lang)] if point is not None else []
        return _finish(fig, title=pick(title, lang), source=pick(source, lang), handles=handles)


def _annotate_cells(ax: Axes, values: np.ndarray, image: Any, fmt: str) -> None:
    for (row, col), v in np.ndenumerate(values):
        if np.isnan(v):
            continue
        r, g, b, _ = image.cmap(image.norm(v))
        light = 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45
        ax.text(col, row, fmt.format(v), ha="center", va="center", fontsize=8.5, color=INK if light else "white")


def _mark_point(ax: Axes, xs: np.ndarray, ys: np.ndarray, point: tuple[float, float], lang: str) -> Line2D:
    px, py = float(point[0]), float(point[1])
    if not (xs.min() <= px <= xs.max() and ys.min() <= py <= ys.max()):
        raise ChartDataError(f"sensitivity: point {point} lies outside the grid")
    cx, cy = np.interp(px, xs, np.arange(len(xs))), np.interp(py, ys, np.arange(len(ys)))
    for color, width in ((INK, 4.0), ("white", 1.6)):  # visible on dark and light cells
        ax.add_patch(Rectangle((cx - 0.5, cy - 0.5), 1, 1, fill=False, ec=color, lw=width, zorder=4))
    return Patch(facecolor="none", edgecolor=INK, linewidth=2.0, label=word("point", lang))


# --------------------------------------------------------------------------- d. timeline


def timeline(
    df: pd.DataFrame,
    *,
    title: Text,
    source: Text,
    lang: str = "zh",
    start: str = "2020-01-24",
    end: str = "2020-02-22",
    xlabel: Text | None = None,
) -> Figure:
    """Dated events on a date axis, labels staggered in levels so that none overlap.

    Columns: ``date`` (date or ISO string), ``label_zh``, ``label_en``; optional ``kind``.
    """
    check_lang(lang)
    _require(df, ["date", "label_zh", "label_en"], "timeline")
    dates = pd.to_datetime(df["date"], errors="raise")
    order = np.argsort(dates.to_numpy(), kind="stable")
    days = mdates.date2num(dates.to_numpy().astype("datetime64[D]"))[order]
    kinds = _kinds(df, "timeline").to_numpy()[order]
    labels = [_event_text(d, t, lang) for d, t in zip(dates.iloc[order], _text_col(df, "label", lang).iloc[order])]
    lo = min(mdates.date2num(np.datetime64(start, "D")), days.min()) - 1
    hi = max(mdates.date2num(np.datetime64(end, "D")), days.max()) + 1
    with house_style():
        fig, ax = _new_figure(9.0, 4.0)
        _date_axis(ax, lo, hi, lang)
        fig.draw_without_rendering()
        top, height_in = _draw_events(fig, ax, days, labels, kinds, hi)
        ax.set_xlabel(pick(xlabel, lang) or ("日期(2020年)" if lang == "zh" else "Date (2020)"))
        handles = kind_handles(list(kinds), lang, bars=False) if "derived" in kinds else []
        _finish(fig, title=pick(title, lang), source=pick(source, lang), handles=handles)
        return _fit_height(fig, ax, top * height_in)


_LABEL_PAD_PT = 7.0


def _draw_events(
    fig: Figure, ax: Axes, days: np.ndarray, labels: list[str], kinds: np.ndarray, hi: float
) -> tuple[int, float]:
    """Stems from the date axis up to each label's level; the marker at the stem top shows the kind."""
    texts = [
        ax.text(
            d,
            0,
            t,
            fontsize=8.5,
            va="center",
            linespacing=1.15,
            zorder=4,
            bbox=dict(boxstyle="square,pad=0.15", fc="white", ec="none", alpha=0.9),
        )
        for d, t in zip(days, labels)
    ]
    levels, height_in = _stagger(fig, ax, days, texts, hi)
    for day, level, text, kind in zip(days, levels, texts, kinds):
        y = level + 0.5
        pad = -_LABEL_PAD_PT if text.get_horizontalalignment() == "right" else _LABEL_PAD_PT
        text.set_position((day, y))
        text.set_transform(offset_copy(ax.transData, fig=fig, x=pad, units="points"))
        ax.vlines(day, 0, y, color="#9e9e9e", lw=0.8, zorder=1)
        ax.plot([day], [0], ls="none", marker="o", ms=3.5, color="#4d4d4d", clip_on=False, zorder=5)
        handle = _marker_handle(KIND_COLOR[kind], kind, "")
        ax.plot(
            [day],
            [y],
            ls="none",
            marker=handle.get_marker(),
            ms=6.5,
            zorder=5,
            mfc=handle.get_markerfacecolor(),
            mec=KIND_COLOR[kind],
            mew=1.5,
        )
    top = max(levels) + 1
    ax.set_ylim(0, top)
    return top, height_in


def _fit_height(fig: Figure, ax: Axes, axes_inches: float) -> Figure:
    """Grow or shrink the figure so that the axes get *axes_inches* of height (title etc. unchanged)."""
    width, height = fig.get_size_inches()
    fig.set_size_inches(width, height + axes_inches - ax.bbox.height / fig.dpi)
    fig.draw_without_rendering()
    return fig


def _event_text(date: pd.Timestamp, label: str, lang: str) -> str:
    return f"{_day_label(date, lang)}\n{wrap(label, lang, 10 if lang == 'zh' else 20)}"


def _day_label(date: pd.Timestamp, lang: str) -> str:
    if lang == "zh":
        return f"{date.month}月{date.day}日"
    return f"{date.day} {MONTHS_EN[date.month - 1]}"


def _date_axis(ax: Axes, lo: float, hi: float, lang: str) -> None:
    ax.set_xlim(lo, hi)
    ax.xaxis.set_major_locator(FixedLocator(np.arange(lo + 1, hi, 7)))
    ax.xaxis.set_minor_locator(FixedLocator(np.arange(lo + 1, hi, 1)))
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: _day_label(pd.Timestamp(mdates.num2date(v).date()), lang))
    )
    ax.yaxis.set_visible(False)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", which="major", color="#ececec")


def _stagger(fig: Figure, ax: Axes, days: np.ndarray, texts: list[Any], hi: float) -> tuple[list[int], float]:
    """Give each label the lowest level where it overlaps no earlier label; flip it left near the end."""
    renderer = fig.canvas.get_renderer()
    px_per_day = ax.bbox.width / (ax.get_xlim()[1] - ax.get_xlim()[0])
    gap = 4 / px_per_day
    placed: dict[int, list[tuple[float, float]]] = {}
    levels, heights = [], []
    for day, text in zip(days, texts):
        box = text.get_window_extent(renderer)
        width = (box.width + _LABEL_PAD_PT * fig.dpi / 72) / px_per_day
        if day + width > hi:
            text.set_horizontalalignment("right")
            span = (day - width, day)
        else:
            span = (day, day + width)
        level = 0
        while any(a < span[1] + gap and span[0] < b + gap for a, b in placed.get(level, [])):
            level += 1
        placed.setdefault(level, []).append(span)
        levels.append(level)
        heights.append(box.height / fig.dpi)
    return levels, max(heights) + 0.1


# --------------------------------------------------------------------------- e. counts


def counts(
    df: pd.DataFrame,
    *,
    title: Text,
    source: Text,
    unit: Text = "",
    value_label: Text | None = None,
    lang: str = "zh",
    log: bool = False,
) -> Figure:
    """Horizontal bars of counts (personnel, staff, publicity items) with ranges and the article's wording.

    Columns: ``label_zh``, ``label_en``, ``value``, ``low``, ``high``; optional ``qualifier_zh``/
    ``qualifier_en`` (e.g. 近2000 / nearly 2,000, shown next to the bar), ``unit_zh``/``unit_en``
    (per-row unit, e.g. 人 / people) and ``kind`` (reported or derived; default reported).
    """
    check_lang(lang)
    _require(df, ["label_zh", "label_en", "value", "low", "high"], "counts")
    nums, kinds = _ranges(df, "counts"), _kinds(df, "counts")
    if log and (nums["low"] <= 0).any():
        raise ChartDataError("counts: a log scale needs every low and value above zero")
    labels = [wrap(t, lang, 14 if lang == "zh" else 28) for t in _text_col(df, "label", lang)]
    notes = _count_notes(df, nums, lang)
    with house_style():
        fig, ax = _new_figure(7.5, 1.9 + 0.5 * len(df))
        ys = np.arange(len(df))[::-1]
        for y, (idx, row), note in zip(ys, nums.iterrows(), notes):
            _draw_count(ax, y, row, kinds[idx], note)
        ax.set_yticks(ys, labels)
        ax.set_ylim(-0.6, len(df) - 0.4)
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        if log:
            ax.set_xscale("log")
            ax.set_xlim(float(nums["low"].min()) / 2, float(nums["high"].max()) * 6)
        else:
            ax.set_xlim(0, float(nums["high"].max()) * 1.3 or 1.0)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_number(v, lang)))
        ax.set_xlabel(axis_label(pick(value_label, lang) or word("count", lang), pick(unit, lang), lang))
        handles = kind_handles(list(kinds), lang, bars=True, color=KIND_COLOR["reported"])
        handles = handles if "derived" in set(kinds) else []
        if (nums["low"] < nums["high"]).any():
            handles.append(_range_handle(lang))
        return _finish(fig, title=pick(title, lang), source=pick(source, lang), handles=handles)


def _count_notes(df: pd.DataFrame, nums: pd.DataFrame, lang: str) -> list[str]:
    qualifiers = _text_col(df, "qualifier", lang)
    units = _text_col(df, "unit", lang)
    notes = []
    for idx, row in nums.iterrows():
        head = qualifiers[idx].strip() or fmt_number(row["value"], lang)
        notes.append(with_unit(head, units[idx].strip(), lang) + range_text(row["low"], row["high"], lang))
    return notes


def _draw_count(ax: Axes, y: float, row: pd.Series, kind: str, note: str) -> None:
    color = KIND_COLOR["reported"]
    patch = _bar_patch(color, kind, "")
    ax.barh(
        y,
        row["value"],
        height=0.55,
        facecolor=patch.get_facecolor(),
        edgecolor=color,
        hatch=patch.get_hatch(),
        linewidth=1.0,
        zorder=2,
    )
    if row["low"] < row["high"]:
        ax.errorbar(
            row["value"],
            y,
            xerr=[[row["value"] - row["low"]], [row["high"] - row["value"]]],
            fmt="none",
            ecolor=INK,
            elinewidth=1.2,
            capsize=4,
            zorder=3,
        )
    ax.annotate(
        note, (row["high"], y), xytext=(6, 0), textcoords="offset points", va="center", ha="left", fontsize=9, color=INK
    )


# --------------------------------------------------------------------------- by name

CHART_KINDS: dict[str, Any] = {
    "range_bars": range_bars,
    "share_comparison": share_comparison,
    "sensitivity": sensitivity,
    "timeline": timeline,
    "counts": counts,
}
"""The chart functions by the name a topic gives as its kind (``helpers.analysis.topics.Topic.chart``)."""


def draw(kind: str, df: pd.DataFrame, **kwargs: Any) -> Figure:
    """Draw *df* with the chart function called *kind* (e.g. ``draw(t.chart, t.frame(), **t.chart_args())``)."""
    try:
        chart = CHART_KINDS[kind]
    except KeyError:
        raise ChartDataError(f"no chart kind {kind!r}; known kinds: {', '.join(CHART_KINDS)}") from None
    return chart(df, **kwargs)
