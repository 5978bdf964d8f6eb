"""The report as a Word document, ``reports/suichang_report.docx``: every chart with its source and its topic's
conclusions (Chinese, then English, from ``helpers.analysis.conclusions``), and the key tables.

Chinese text is set in a CJK font (the ``w:eastAsia`` font of every style used;
Word falls back to a font it has if "Noto Sans SC" is missing). The document is
byte-identical for the same inputs: fixed core properties (dates, revision 1)
and the zip rewritten by `helpers.report.zipfiles`.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from helpers.charts.export import read_figure_index
from helpers.report.tables import report_frames
from helpers.report.zipfiles import write_normalised_zip

__all__ = [
    "EAST_ASIA_FONT",
    "FIGURE_WIDTH",
    "FIXED_TIME",
    "KEY_TABLES",
    "LATIN_FONT",
    "STYLES",
    "SUBTITLE",
    "TABLE_FONT_SIZE",
    "TITLE",
    "WORD_NAME",
    "add_table",
    "build_document",
    "write_word_report",
]

WORD_NAME = "suichang_report.docx"
TITLE = "遂昌复工复产数据报告"
SUBTITLE = "Suichang county, February 2020: figures from the county paper"
FIXED_TIME = dt.datetime(2020, 2, 22, 0, 0, 0)
EAST_ASIA_FONT = "Noto Sans SC"
LATIN_FONT = "Calibri"
FIGURE_WIDTH = Cm(16)
TABLE_FONT_SIZE = Pt(8)
STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "Table Grid")

KEY_TABLES: dict[str, tuple[str, list[str]]] = {
    "figures": (
        "原文数据 Figures from the articles",
        ["figure_id", "label_zh", "value", "unit", "qualifier", "as_of", "quote"],
    ),
    "derived_figures": ("推算数据 Derived figures", ["label_zh", "value", "low", "high", "unit", "formula"]),
    "claims_audit": ("核验 Claims audit", ["claim_id", "claim", "source", "consistent", "reason"]),
}
"""The tables the document lists: name → (heading, columns shown)."""


def _set_east_asia_font(style) -> None:
    """Name the East Asian (and Latin) font of a style in its w:rFonts, replacing theme fonts."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)


def _format_value(value: object) -> str:
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "是 yes" if value else "否 no"
    if isinstance(value, pd.Timestamp | dt.date):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return str(value)


def _cell_value(frame: pd.DataFrame, row: int, column: str) -> object:
    value = frame.iloc[row][column]
    if hasattr(value, "item") and not isinstance(value, str | pd.Timestamp):
        value = value.item()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def add_table(document: DocumentObject, frame: pd.DataFrame, columns: Sequence[str]) -> None:
    """Add a table of the chosen columns, header in bold, in a small font."""
    columns = [column for column in columns if column in frame.columns]
    table = document.add_table(rows=len(frame) + 1, cols=len(columns))
    table.style = document.styles["Table Grid"]
    rows = table.rows  # one pass over the rows: table.cell(r, c) rescans the whole table each call
    for cell, column in zip(rows[0].cells, columns):
        run = cell.paragraphs[0].add_run(column)
        run.bold = True
        run.font.size = TABLE_FONT_SIZE
    for row in range(len(frame)):
        for cell, column in zip(rows[row + 1].cells, columns):
            run = cell.paragraphs[0].add_run(_format_value(_cell_value(frame, row, column)))
            run.font.size = TABLE_FONT_SIZE


def _figure_rows(report_dir: Path) -> list[dict[str, str]]:
    index = report_dir / "figures" / "index.csv"
    return read_figure_index(index).to_dict("records") if index.is_file() else []


def _topic(row: Mapping[str, str]) -> str:
    """The chart topic a figure of the index shows (its name when the index records no topic)."""
    return str(row.get("topic") or row["name"])


def build_document(report_dir: Path, frames: Mapping[str, pd.DataFrame]) -> DocumentObject:
    """The Word document in memory: title, every figure with caption and source, then the key tables."""
    report_dir = Path(report_dir)
    document = Document()
    for name in STYLES:
        _set_east_asia_font(document.styles[name])
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.5)
    document.add_heading(TITLE, level=0)
    document.add_paragraph(SUBTITLE, style="Subtitle")
    from helpers.analysis.conclusions import conclusions_for_charts

    figures = _figure_rows(report_dir)
    said = conclusions_for_charts(_topic(row) for row in figures)
    shown: set[str] = set()  # a topic's conclusions go under its first figure only
    if figures:
        document.add_heading("图表 Figures", level=1)
    for number, row in enumerate(figures, start=1):
        document.add_heading(row["title"], level=2)
        document.add_picture(str(report_dir / "figures" / f"{row['name']}.png"), width=FIGURE_WIDTH)
        ids = row["figure_ids"].replace(";", ", ")
        caption = f"图 {number}  {row['title']}。来源 source: notebook {row['notebook']}"
        caption += f"; figure ids {ids}" if ids else ""
        document.add_paragraph(caption, style="Caption")
        topic = _topic(row)
        for lang in ("zh", "en") if topic in said and topic not in shown else ():
            document.add_paragraph(said[topic][lang])
        shown.add(topic)
    for name, (heading, columns) in KEY_TABLES.items():
        if name in frames:
            document.add_heading(heading, level=1)
            add_table(document, frames[name], columns)
    properties = document.core_properties
    properties.title = TITLE
    properties.author = properties.last_modified_by = "helpers.report.word"
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    properties.comments = "Figures and tables from helpers.report.tables.report_frames and reports/figures/index.csv"
    return document


def write_word_report(report_dir: Path, frames: Mapping[str, pd.DataFrame] | None = None) -> Path:
    """Write ``suichang_report.docx`` into the report folder, the same bytes for the same figures and data."""
    frames = report_frames() if frames is None else frames
    document = build_document(Path(report_dir), frames)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_normalised_zip(Path(report_dir) / WORD_NAME, buffer.getvalue())
