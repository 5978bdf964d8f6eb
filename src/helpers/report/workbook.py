"""The report's Excel workbook, ``reports/suichang_figures.xlsx``: every table of `report_frames`, one sheet each.

Formatted as an analyst would hand it over: a bold, frozen header row with an
autofilter, columns wide enough for Chinese text (an East Asian wide character
counts as two), counts as ``#,##0``, rates and shares (which are in percent,
93 not 0.93) as ``0.0"%"``, dates as real Excel dates shown ``yyyy-mm-dd``, and a
native Excel bar chart beside each topic table. Text that starts with ``=``,
``+``, ``-`` or ``@`` is stored as text (with Excel's quote prefix), never as a
formula. The file is byte-identical from run to run: fixed document dates, and
the zip rewritten by `helpers.report.zipfiles`.
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
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from helpers.report.tables import report_frames, table_title, table_titles
from helpers.report.zipfiles import write_normalised_zip

__all__ = [
    "COUNT_FORMAT",
    "DATE_FORMAT",
    "DECIMAL_FORMAT",
    "FIXED_TIME",
    "FORMULA_STARTS",
    "HEADER_FILL",
    "HEADER_FONT",
    "INTEGER_FORMAT",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "PERCENT_FORMAT",
    "PERCENT_SHEETS",
    "RANGE_COLUMNS",
    "WORKBOOK_NAME",
    "add_chart",
    "build_workbook",
    "display_width",
    "workbook_bytes",
    "write_frame",
    "write_workbook",
]

WORKBOOK_NAME = "suichang_figures.xlsx"
FIXED_TIME = dt.datetime(2020, 2, 22, 0, 0, 0)
PERCENT_FORMAT = '0.0"%"'
COUNT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"  # ids, years, character offsets, day numbers: no thousands separator
DATE_FORMAT = "yyyy-mm-dd"
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 60
MIN_WIDTH = 6
PERCENT_SHEETS = {"topic_resumption_rates", "topic_scale_shares"}
"""Topic tables without a unit column whose values are all percentages."""
RANGE_COLUMNS = ("value", "low", "high")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


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
    """A value openpyxl can store: numpy numbers as Python numbers."""
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


def _unit(frame_name: str, row: Mapping[str, Any]) -> str:
    for column in ("unit", "unit_zh"):
        if column in row and isinstance(row[column], str):
            return row[column]
    return "%" if frame_name in PERCENT_SHEETS else ""


def _number_format(value: float, column: str, unit: str, integer_column: bool) -> str:
    if integer_column:
        return INTEGER_FORMAT
    if column in RANGE_COLUMNS and unit == "%":
        return PERCENT_FORMAT
    return COUNT_FORMAT if float(value).is_integer() else DECIMAL_FORMAT


def _cell_text(value: Any, number_format: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}" if number_format == DECIMAL_FORMAT else f"{value:,.1f}"
    return str(value)


def write_frame(ws: Worksheet, frame: pd.DataFrame, name: str) -> None:
    """Fill one sheet with a table: header, typed and formatted cells, frozen header, autofilter and widths."""
    columns = [str(column) for column in frame.columns]
    widths = [display_width(column) + 3 for column in columns]  # room for the filter button
    for col, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=column)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    integer_columns = {
        str(c)
        for c in frame.columns
        if pd.api.types.is_integer_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    }
    date_columns = {str(c) for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])}
    for r, record in enumerate(frame.to_dict("records"), start=2):
        unit = _unit(name, record)
        for col, column in enumerate(columns, start=1):
            value = record[column]
            if _is_missing(value):
                continue
            cell = ws.cell(row=r, column=col)
            if column in date_columns:
                cell.value = pd.Timestamp(value).date()
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.value = value
                if value.startswith(FORMULA_STARTS):
                    cell.data_type = "s"
                    cell.quotePrefix = True
            else:
                value = _plain(value)
                cell.value = value
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    if isinstance(value, float) and not math.isfinite(value):
                        cell.value = None
                        continue
                    cell.number_format = _number_format(value, column, unit, column in integer_columns)
            widths[col - 1] = max(widths[col - 1], display_width(_cell_text(cell.value, cell.number_format)) + 2)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{max(1, len(frame) + 1)}"


def _chart_columns(frame: pd.DataFrame) -> tuple[str, str]:
    """The category (label) and value columns a topic chart draws."""
    label = "label_zh" if "label_zh" in frame.columns else str(frame.columns[0])
    value = "value" if "value" in frame.columns else "days_from_first"
    return label, value


def add_chart(ws: Worksheet, frame: pd.DataFrame, name: str) -> None:
    """Put a native Excel bar chart of the table's values beside it."""
    columns = [str(column) for column in frame.columns]
    label, value = _chart_columns(frame)
    if frame.empty or value not in columns:  # e.g. the grain grid: a heat map, not bars
        return
    label_col, value_col = columns.index(label) + 1, columns.index(value) + 1
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = table_title(name)
    chart.legend = None
    chart.varyColors = False
    data = Reference(ws, min_col=value_col, min_row=1, max_row=len(frame) + 1)
    categories = Reference(ws, min_col=label_col, min_row=2, max_row=len(frame) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    if name in PERCENT_SHEETS:
        chart.y_axis.numFmt = '0"%"'
        chart.y_axis.title = "%"
    elif value == "days_from_first":
        chart.y_axis.title = "距首个节点天数 days from the first event"
    chart.width, chart.height = 16, max(7.5, 0.9 * len(frame) + 3)
    ws.add_chart(chart, f"{get_column_letter(len(columns) + 2)}2")


def _about(ws: Worksheet, frames: Mapping[str, pd.DataFrame]) -> None:
    ws.append(["遂昌复工复产数据 Suichang resumption figures, February 2020"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["数据来自遂昌县报道原文;每个数字都可追溯到原文引文(figures 表的 quote、sentence 列)。"])
    ws.append([])
    ws.append(["sheet", "title", "rows"])
    for cell in ws[4]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for name, frame in frames.items():
        ws.append([name, table_title(name), len(frame)])
        ws.cell(row=ws.max_row, column=3).number_format = COUNT_FORMAT
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = max(display_width(t) for t in table_titles().values()) + 2
    ws.column_dimensions["C"].width = 8


def build_workbook(frames: Mapping[str, pd.DataFrame]) -> Workbook:
    """The workbook in memory: an about sheet, then one formatted sheet per table, with charts on topic sheets."""
    wb = Workbook()
    _about(wb.active, frames)
    wb.active.title = "about"
    for name, frame in frames.items():
        ws = wb.create_sheet(name[:31])
        write_frame(ws, frame, name)
        if name.startswith("topic_"):
            add_chart(ws, frame, name)
    wb.properties.creator = "helpers.report.workbook"
    wb.properties.lastModifiedBy = "helpers.report.workbook"
    wb.properties.title = "遂昌复工复产数据 Suichang resumption figures"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    """The workbook as XLSX bytes, without the save time openpyxl's `save` would stamp."""
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return buffer.getvalue()


def write_workbook(report_dir: Path, frames: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write ``suichang_figures.xlsx`` into the report folder, the same bytes for the same data."""
    frames = report_frames() if frames is None else frames
    wb = build_workbook(frames)
    return write_normalised_zip(Path(report_dir) / WORKBOOK_NAME, workbook_bytes(wb))
