"""The report's Excel workbook, ``reports/suichang_figures.xlsx``: every table of `report_frames`, one sheet each.

Written with XlsxWriter (pandas' own xlsx engine), cell by cell rather than through
``DataFrame.to_excel``, because the number format depends on each row's unit and on whether the
figure is reported or derived (`helpers.report.formats`), and text must never become a formula.
Formatted as an analyst would hand it over:

- a bold, frozen header row with an autofilter; columns wide enough for Chinese text (an East
  Asian wide character counts as two); counts with thousands separators, percentages (in
  percent, 93 not 0.93) as ``0.0"%"``, each number with the decimals the rule gives it; dates as
  real Excel dates shown ``yyyy-mm-dd``; text starting with ``=``, ``+``, ``-`` or ``@`` stored as
  text, never as a formula;
- on each topic sheet, a native bar chart below the table: the values as data labels, the
  low–high range of each value as error bars (their lengths, value − low and high − value, are
  kept on the hidden sheet `RANGES_SHEET`: LibreOffice draws error bars only from cells),
  categories top to bottom in the table's order with the value axis at the bottom,
  percentages on a 0–100 % axis; the chart keeps its data cached so viewers that do not
  recalculate still draw it;
- print setup: A4, the table and its chart fitted to one page width, the header row repeated on
  every page, and a page header with the sheet's title (and, for a parameterised build, the
  parameters).

Byte-identical from run to run: XlsxWriter writes its zip entries with a fixed date when it works
in memory, and the document's created date is fixed here.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from helpers.analysis.topics import TOPICS
from helpers.atomic import write_atomic
from helpers.report.formats import excel_format
from helpers.report.parameters import stamp
from helpers.report.tables import report_frames, table_title, table_titles

__all__ = [
    "CHART_VALUES",
    "CHART_WIDTH",
    "DATE_FORMAT",
    "FIXED_TIME",
    "FORMULA_STARTS",
    "HEADER_COLOUR",
    "INTEGER_FORMAT",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "PERCENT_SHEETS",
    "RANGES_SHEET",
    "RANGE_COLUMNS",
    "WORKBOOK_NAME",
    "add_chart",
    "display_width",
    "workbook_bytes",
    "write_frame",
    "write_workbook",
]

WORKBOOK_NAME = "suichang_figures.xlsx"
FIXED_TIME = dt.datetime(2020, 2, 22, 0, 0, 0)
INTEGER_FORMAT = "0"  # ids, years, character offsets, day numbers: no thousands separator
DATE_FORMAT = "yyyy-mm-dd"
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 60
MIN_WIDTH = 6
PERCENT_SHEETS = frozenset(t.table_name for t in TOPICS if t.options.get("unit") == "%")
"""Topic tables without a unit column whose values are all percentages (their topic's unit is %)."""
RANGE_COLUMNS = ("value", "low", "high")
HEADER_COLOUR = "#DDEBF7"
RANGES_SHEET = "chart_ranges"
"""A hidden sheet with each chart's error bar lengths (value − low, high − value), by topic."""
CHART_WIDTH = 620  # pixels: about 16 cm, the text width of an A4 page
A4 = 9  # XlsxWriter's paper code
WIDE_SHEET = 110  # characters of column width above which a sheet prints landscape


def display_width(text: str) -> int:
    """How many columns *text* takes on screen: East Asian wide and full-width characters count as two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _plain(value: Any) -> Any:
    """A Python value: numpy numbers as Python numbers."""
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


def _unit(frame_name: str, row: Mapping[str, Any]) -> str:
    for column in ("unit", "unit_zh"):
        if column in row and isinstance(row[column], str):
            return row[column]
    return "%" if frame_name in PERCENT_SHEETS else ""


def _derived(frame_name: str, row: Mapping[str, Any]) -> bool:
    """Whether a row's numbers were computed (derived figures, the audit's ranges, a topic's derived rows)."""
    return frame_name in ("derived_figures", "claims_audit") or row.get("kind") == "derived"


class _Formats:
    """One XlsxWriter format per number format (a workbook keeps every format it is given)."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook, self._cache = workbook, {}
        self.header = workbook.add_format({"bold": True, "bg_color": HEADER_COLOUR, "valign": "vcenter", "bottom": 1})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.note = workbook.add_format({"italic": True, "font_color": "#9C0006"})
        self.text = workbook.add_format({})

    def number(self, num_format: str):
        if num_format not in self._cache:
            self._cache[num_format] = self._workbook.add_format({"num_format": num_format})
        return self._cache[num_format]


def _cell_text(value: Any, num_format: str) -> str:
    """Roughly what Excel shows for a cell, for the column width."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        places = num_format.split(".")[1].count("0") if "." in num_format else 0
        return f"{value:,.{places}f}" + ("%" if num_format.endswith('"%"') else "")
    return str(value)


def write_frame(ws, frame: pd.DataFrame, name: str, formats: _Formats) -> list[int]:
    """Fill one sheet with a table: header, typed and formatted cells, frozen header, autofilter; the widths used."""
    columns = [str(column) for column in frame.columns]
    widths = [display_width(column) + 3 for column in columns]  # room for the filter button
    for col, column in enumerate(columns):
        ws.write_string(0, col, column, formats.header)
    integer_columns = {
        str(c)
        for c in frame.columns
        if pd.api.types.is_integer_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    }
    date_columns = {str(c) for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])}
    for r, record in enumerate(frame.to_dict("records"), start=1):
        unit, derived = _unit(name, record), _derived(name, record)
        for col, column in enumerate(columns):
            value = record[column]
            if _is_missing(value):
                continue
            value, num_format = _plain(value), ""
            if column in date_columns:
                value, num_format = pd.Timestamp(value).to_pydatetime().date(), DATE_FORMAT
                ws.write_datetime(r, col, dt.datetime.combine(value, dt.time()), formats.number(num_format))
            elif isinstance(value, str):
                ws.write_string(r, col, value)  # never a formula, whatever it starts with
            elif isinstance(value, bool):
                ws.write_boolean(r, col, value)
            elif isinstance(value, (int, float)):
                if isinstance(value, float) and not math.isfinite(value):
                    continue
                if column in integer_columns:
                    num_format = INTEGER_FORMAT
                else:
                    num_format = excel_format(float(value), unit if column in RANGE_COLUMNS else "", derived)
                ws.write_number(r, col, value, formats.number(num_format))
            else:
                value = str(value)
                ws.write_string(r, col, value)
            widths[col] = max(widths[col], display_width(_cell_text(value, num_format)) + 2)
    widths = [max(MIN_WIDTH, min(MAX_WIDTH, width)) for width in widths]
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(1, len(frame)), max(0, len(columns) - 1))
    return widths


CHART_VALUES = ("value", "days_from_first")
"""The column a topic's bar chart draws, the first the table has; a table with neither (the grain grid, a heat
map) gets no native chart."""


def _chart_columns(frame: pd.DataFrame) -> tuple[str, str] | None:
    """The category (label) and value columns a topic chart draws, or None when the table has nothing to draw."""
    label = "label_zh" if "label_zh" in frame.columns else str(frame.columns[0])
    value = next((column for column in CHART_VALUES if column in frame.columns), None)
    return None if value is None or frame.empty else (label, value)


def _nice_ceiling(value: float) -> float:
    """The axis end at or above *value* (1, 2, 2.5 or 5 times a power of ten), so the longest range bar fits."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _chart_number_format(frame: pd.DataFrame, name: str, value: str) -> str:
    """One format for a chart's data labels: the most decimals any of its values needs."""
    formats = [
        excel_format(float(v), _unit(name, record), _derived(name, record))
        for record, v in zip(frame.to_dict("records"), frame[value])
        if not _is_missing(v)
    ]
    return max(formats, key=len) if formats else "General"


class _Ranges:
    """The hidden sheet that holds the error bar lengths of every chart, two columns per topic."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook, self._ws, self._next = workbook, None, 0

    def add(self, name: str, minus: list[float], plus: list[float]) -> tuple[str, str]:
        """Write one chart's lengths; the references of the minus and plus cells."""
        if self._ws is None:
            self._ws = self._workbook.add_worksheet(RANGES_SHEET)
            self._ws.hide()
        refs = []
        for column, (label, values) in enumerate((("minus", minus), ("plus", plus)), start=self._next):
            self._ws.write_string(0, column, f"{name}:{label}")
            self._ws.write_column(1, column, values)
            letter = xl_col_to_name(column)
            refs.append(f"={RANGES_SHEET}!${letter}$2:${letter}${len(values) + 1}")
        self._next += 3
        return refs[0], refs[1]


def add_chart(
    workbook: xlsxwriter.Workbook, ws, frame: pd.DataFrame, name: str, sheet: str, ranges: _Ranges
) -> tuple[int, int]:
    """Put a native bar chart of the table's values below it (ranges as error bars); the (rows, pixels) it takes."""
    columns = [str(column) for column in frame.columns]
    label, value = _chart_columns(frame)  # type: ignore[misc]  (called only when there is something to draw)
    label_col, value_col, last = columns.index(label), columns.index(value), len(frame)
    quoted = "'" + sheet.replace("'", "''") + "'"
    number_format = _chart_number_format(frame, name, value)
    series: dict[str, Any] = {
        "name": table_title(name),
        "categories": f"={quoted}!${xl_col_to_name(label_col)}$2:${xl_col_to_name(label_col)}${last + 1}",
        "values": f"={quoted}!${xl_col_to_name(value_col)}$2:${xl_col_to_name(value_col)}${last + 1}",
        "fill": {"color": "#4472C4"},
        "gap": 60,
        "data_labels": {
            "value": True,
            "num_format": number_format,
            "position": "inside_base",
            "font": {"color": "white"},
        },
    }
    if {"low", "high"} <= set(columns):
        values = frame[value].astype(float)
        plus = [max(0.0, round(float(v), 10)) for v in frame["high"].astype(float) - values]
        minus = [max(0.0, round(float(v), 10)) for v in values - frame["low"].astype(float)]
        minus_ref, plus_ref = ranges.add(name, minus, plus)
        series["y_error_bars"] = {
            "type": "custom",
            "plus_values": plus_ref,
            "minus_values": minus_ref,
            "plus_data": plus,
            "minus_data": minus,
            "end_style": 1,
            "line": {"color": "#222222", "width": 1.25},
        }
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series(series)
    chart.set_title({"name": table_title(name), "name_font": {"size": 12, "bold": True}})
    chart.set_legend({"none": True})
    # Categories top to bottom as in the table; the value axis then crosses at the last one, i.e. at the bottom.
    chart.set_y_axis({"reverse": True, "crossing": "max", "num_font": {"size": 9}})
    value_axis: dict[str, Any] = {"min": 0, "num_font": {"size": 9}, "major_gridlines": {"visible": True}}
    if name in PERCENT_SHEETS:
        value_axis.update({"max": 100, "major_unit": 20, "num_format": '0"%"'})
    elif value == "days_from_first":
        value_axis.update({"name": "距首个节点天数 days from the first event", "name_font": {"size": 9}})
    else:
        top = frame["high"] if "high" in frame.columns else frame[value]
        value_axis.update({"num_format": "#,##0", "max": _nice_ceiling(float(top.astype(float).max()))})
    chart.set_x_axis(value_axis)
    height = max(260, 34 * len(frame) + 110)
    chart.set_size({"width": CHART_WIDTH, "height": height})
    chart.set_chartarea({"border": {"none": True}})
    row = len(frame) + 2
    ws.insert_chart(row, 0, chart, {"object_position": 1})
    return row + math.ceil(height / 20) + 1, CHART_WIDTH


def _print_setup(ws, title: str, params: Mapping[str, Any], widths: list[int], rows: int, chart_px: int = 0) -> None:
    """A4, one page wide, header row repeated, a page header naming the sheet (and the parameters, if any)."""
    ws.set_paper(A4)
    if sum(widths) > WIDE_SHEET:
        ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    chart_cols, covered = 0, 0
    while chart_px and covered < chart_px:  # the print area must reach the chart's right edge
        covered += int((widths[chart_cols] if chart_cols < len(widths) else 8.43) * 7 + 5)
        chart_cols += 1
    ws.print_area(0, 0, max(rows, 1), max(len(widths), chart_cols, 1) - 1)
    header = "&L&B" + title.replace("&", "&&")
    note = stamp(params, "zh")
    if note:
        header += "&R" + note.replace("&", "&&")
    ws.set_header(header, {"margin": 0.3})
    ws.set_footer("&C&P / &N")


def _about(workbook: xlsxwriter.Workbook, frames: Mapping[str, pd.DataFrame], params: Mapping[str, Any], f) -> None:
    ws = workbook.add_worksheet("about")
    ws.write_string(0, 0, "遂昌复工复产数据 Suichang resumption figures, February 2020", f.title)
    ws.write_string(1, 0, "数据来自遂昌县报道原文;每个数字都可追溯到原文引文(figures 表的 quote、sentence 列)。")
    row = 2
    if params:
        ws.write_string(row, 0, stamp(params), f.note)
        row += 1
    row += 1
    for col, heading in enumerate(("sheet", "title", "rows")):
        ws.write_string(row, col, heading, f.header)
    for name, frame in frames.items():
        row += 1
        ws.write_string(row, 0, name[:31])
        ws.write_string(row, 1, table_title(name))
        ws.write_number(row, 2, len(frame), f.number("#,##0"))
    widths = [26, max(display_width(t) for t in table_titles().values()) + 2, 8]
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    _print_setup(ws, "说明 About", params, widths, row)


def _build(buffer: io.BytesIO, frames: Mapping[str, pd.DataFrame], params: Mapping[str, Any]) -> None:
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    workbook = xlsxwriter.Workbook(buffer, options)
    workbook.set_properties(
        {
            "title": "遂昌复工复产数据 Suichang resumption figures",
            "author": "helpers.report.workbook",
            "comments": stamp(params) or "default parameters",
            "created": FIXED_TIME,
        }
    )
    formats, ranges = _Formats(workbook), _Ranges(workbook)
    _about(workbook, frames, params, formats)
    for name, frame in frames.items():
        sheet = name[:31]
        ws = workbook.add_worksheet(sheet)
        widths = write_frame(ws, frame, name, formats)
        rows, chart_px = len(frame), 0
        if name.startswith("topic_") and _chart_columns(frame) is not None:
            rows, chart_px = add_chart(workbook, ws, frame, name, sheet, ranges)
        _print_setup(ws, table_title(name), params, widths, rows, chart_px)
    workbook.close()


def workbook_bytes(frames: Mapping[str, pd.DataFrame], params: Mapping[str, Any] | None = None) -> bytes:
    """The workbook as XLSX bytes: an about sheet, then one formatted sheet per table, charts on topic sheets."""
    buffer = io.BytesIO()
    _build(buffer, frames, params or {})
    return buffer.getvalue()


def write_workbook(
    report_dir: Path, frames: Mapping[str, pd.DataFrame] | None = None, params: Mapping[str, Any] | None = None
) -> Path:
    """Write ``suichang_figures.xlsx`` into the report folder, the same bytes for the same data and parameters."""
    frames = report_frames() if frames is None else frames
    return write_atomic(Path(report_dir) / WORKBOOK_NAME, workbook_bytes(frames, params))
