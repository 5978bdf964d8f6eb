"""The report as a Word document, ``reports/suichang_report.docx``: every chart with its caption, then the key tables.

Built on the template `helpers.report.template.TEMPLATE` (A4, zh-CN, the fonts and styles a
newsroom may restyle in Word): this module adds content with style names only. Each part of the
document is a function of its own (`add_title`, `add_figure`, `add_table`), so further sections
(conclusions under a figure, a list of articles) are one call each in `build_document`.

- A figure is placed at the size it was drawn (the charts are drawn at print size; wider ones are
  scaled to the 16 cm text width). Its title is drawn in the chart itself, so it is given once:
  the caption below says 图 N (a Word SEQ field, so Word can list and cross-reference the
  figures), where it comes from, and, for a parameterised build, the parameters; the title is
  the picture's alternative text.
- Tables have Chinese column headings from the data dictionary (`data/dictionary.csv`), numbers
  right-aligned with thousands separators and the decimals `helpers.report.formats` gives them,
  columns sized to their content within the text width, and a header row repeated on every page.

The document is byte-identical for the same inputs: fixed core properties and the zip rewritten
by `helpers.report.zipfiles` (python-docx stamps entries with the current time).
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

from helpers.charts.export import read_figure_index
from helpers.charts.index import chart_topic
from helpers.dataset.dictionary import Heading, heading, load_dictionary
from helpers.report.formats import number_text
from helpers.report.parameters import stamp
from helpers.report.tables import report_frames, table_title
from helpers.report.template import FIXED_TIME, TEMPLATE
from helpers.report.workbook import display_width
from helpers.report.zipfiles import write_normalised_zip

__all__ = [
    "FIGURE_LABEL",
    "KEY_TABLES",
    "CELL_PADDING",
    "CHAR_WIDTH",
    "MAX_COLUMN_CHARS",
    "MIN_TEXT_COLUMN",
    "SHORT_COLUMN",
    "SUBTITLE",
    "TABLE_FONT_SIZE",
    "TEXT_WIDTH",
    "TITLE",
    "WORD_NAME",
    "add_figure",
    "add_figures",
    "add_table",
    "add_tables",
    "add_title",
    "build_document",
    "write_word_report",
]

WORD_NAME = "suichang_report.docx"
TITLE = "遂昌复工复产数据报告"
SUBTITLE = "Suichang county, February 2020: figures from the county paper"
TEXT_WIDTH = Cm(16)  # A4 less the template's 2.5 cm side margins
TABLE_FONT_SIZE = Pt(8)
MAX_COLUMN_CHARS = 36  # a long text column (quote, reason) wraps rather than squeezing the numbers
CHAR_WIDTH = int(Cm(0.18))  # one narrow character at the table's 8 pt (a Chinese character counts as two)
CELL_PADDING = int(Cm(0.4))  # Word's default cell margins, left and right, and a little air
SHORT_COLUMN = int(Cm(2.6))  # a column no wider than this is kept on one line
MIN_TEXT_COLUMN = int(Cm(3))  # a long text column is never squeezed below this
FIGURE_LABEL = "图"

KEY_TABLES: dict[str, list[str]] = {
    "figures": ["figure_id", "label_zh", "value", "low", "high", "unit", "qualifier", "as_of", "quote"],
    "derived_figures": ["label_zh", "value", "low", "high", "unit", "formula"],
    "claims_audit": ["claim_id", "claim", "source", "consistent", "reason"],
}
"""The tables the document lists (their titles are the sheet titles): name → columns shown."""
DERIVED_TABLES = frozenset({"derived_figures", "claims_audit"})


# --------------------------------------------------------------------------- values


def _value(frame: pd.DataFrame, row: int, column: str) -> Any:
    value = frame.iloc[row][column]
    if hasattr(value, "item") and not isinstance(value, str | pd.Timestamp):
        value = value.item()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _unit(frame: pd.DataFrame, row: int) -> str:
    for column in ("unit", "unit_zh"):
        if column in frame.columns:
            value = _value(frame, row, column)
            if isinstance(value, str):
                return value
    return ""


def _text(value: Any, column: str, unit: str, derived: bool) -> str:
    """One cell's text: numbers by the decimals rule, dates as YYYY-MM-DD, yes/no in Chinese, blank for missing."""
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, pd.Timestamp | dt.date):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        bound = column if column in ("low", "high") else ""
        return number_text(value, unit if column in ("value", "low", "high") else "", derived, bound)
    return str(value)


def _is_numeric(frame: pd.DataFrame, column: str) -> bool:
    kind = frame[column].dtype
    return pd.api.types.is_numeric_dtype(kind) and not pd.api.types.is_bool_dtype(kind)


# --------------------------------------------------------------------------- tables


def _repeat_as_header(row) -> None:
    """Mark a table row as the header row Word repeats at the top of every page."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _fixed_layout(table) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def _column_widths(texts: Sequence[Sequence[str]], total: int) -> list[int]:
    """Widths (EMU) that sum to *total*: short columns (numbers, dates, ids, units) as wide as their widest
    text so they never wrap; each long text column at least `MIN_TEXT_COLUMN`, and as much more of what is
    left as its text needs (capped at `MAX_COLUMN_CHARS`); anything still left is shared by all."""
    natural = [max(display_width(text) for text in column) * CHAR_WIDTH + CELL_PADDING for column in texts]
    short = [width <= SHORT_COLUMN for width in natural]
    cap = MAX_COLUMN_CHARS * CHAR_WIDTH + CELL_PADDING
    widths = [float(width if keep else min(width, MIN_TEXT_COLUMN)) for width, keep in zip(natural, short)]
    if sum(widths) >= total:  # too many columns for the page: everything narrower in proportion
        widths = [width * total / sum(widths) for width in widths]
    else:
        wanted = [0.0 if keep else max(0.0, min(width, cap) - now) for width, keep, now in zip(natural, short, widths)]
        spare = total - sum(widths)
        given = min(1.0, spare / sum(wanted)) if sum(wanted) else 0.0
        widths = [now + want * given for now, want in zip(widths, wanted)]
        widths = [width * total / sum(widths) for width in widths]  # what is still left, shared by all
    result = [int(width) for width in widths]
    result[-1] += total - sum(result)
    return result


def _write_cell(cell, text: str, bold: bool = False, right: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    run.font.size = TABLE_FONT_SIZE
    run.bold = bold or None


def add_table(
    document: DocumentObject,
    frame: pd.DataFrame,
    columns: Sequence[str],
    dictionary: Mapping[str, Heading],
    derived: bool = False,
) -> Any:
    """Add a table of the chosen columns: dictionary headings (repeated on each page), numbers right-aligned."""
    columns = [column for column in columns if column in frame.columns]
    headings = [heading(dict(dictionary), column, "zh") for column in columns]
    body = [
        [_text(_value(frame, row, column), column, _unit(frame, row), derived) for column in columns]
        for row in range(len(frame))
    ]
    numeric = [_is_numeric(frame, column) for column in columns]
    table = document.add_table(rows=len(frame) + 1, cols=len(columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _fixed_layout(table)
    widths = _column_widths([[h, *(r[i] for r in body)] for i, h in enumerate(headings)], int(TEXT_WIDTH))
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    rows = table.rows  # one pass over the rows: table.cell(r, c) rescans the whole table each call
    _repeat_as_header(rows[0])
    for i, (row, texts) in enumerate(zip(rows, [headings, *body])):
        for cell, text, width, right in zip(row.cells, texts, widths, numeric):
            cell.width = Emu(width)
            _write_cell(cell, text, bold=i == 0, right=right)
    return table


def add_tables(document: DocumentObject, frames: Mapping[str, pd.DataFrame], dictionary: Mapping[str, Heading]) -> None:
    """Each key table under its title."""
    for name, columns in KEY_TABLES.items():
        if name in frames:
            document.add_heading(table_title(name), level=1)
            add_table(document, frames[name], columns, dictionary, derived=name in DERIVED_TABLES)


# --------------------------------------------------------------------------- figures


def _figure_rows(report_dir: Path) -> list[dict[str, str]]:
    index = report_dir / "figures" / "index.csv"
    return read_figure_index(index).to_dict("records") if index.is_file() else []


def _add_number_field(paragraph, number: int) -> None:
    """图 N as Word writes it: a SEQ field (so Word can number, list and cross-reference figures), showing N."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" SEQ {FIGURE_LABEL} \\* ARABIC ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = str(number)
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_figure(document: DocumentObject, number: int, row: Mapping[str, str], report_dir: Path, params) -> None:
    """One chart at its drawn size (at most the text width), with its caption: number, source, parameters."""
    shape = document.add_picture(str(report_dir / "figures" / f"{row['name']}.png"))
    if shape.width > TEXT_WIDTH:
        shape.height, shape.width = int(shape.height * TEXT_WIDTH / shape.width), TEXT_WIDTH
    shape._inline.docPr.set("descr", row["title"])  # the title is in the chart; here for screen readers
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption = document.add_paragraph(f"{FIGURE_LABEL} ", style="Caption")
    _add_number_field(caption, number)
    ids = row["figure_ids"].replace(";", ", ")
    source = f"  来源:notebooks/{row['notebook']}.ipynb" + (f";数据编号 {ids}" if ids else "")
    caption.add_run(source)
    note = stamp(params, "zh")
    if note:
        caption.add_run(f"。{note}").bold = True


def add_figures(document: DocumentObject, report_dir: Path, params: Mapping[str, Any]) -> None:
    """Every chart of the figure index, in its order."""
    from helpers.analysis.conclusions import conclusions_beside

    figures = _figure_rows(report_dir)
    if figures:
        document.add_heading("图表 Figures", level=1)
    beside = conclusions_beside([chart_topic(row) for row in figures], params)
    for number, (row, said) in enumerate(zip(figures, beside), start=1):
        add_figure(document, number, row, report_dir, params)
        for lang in ("zh", "en") if said else ():
            document.add_paragraph(said[lang])


# --------------------------------------------------------------------------- the document


def add_title(document: DocumentObject, params: Mapping[str, Any]) -> None:
    """Title, subtitle and, for a parameterised build, the parameters."""
    document.add_heading(TITLE, level=0)
    document.add_paragraph(SUBTITLE, style="Subtitle")
    note = stamp(params)
    if note:
        document.add_paragraph().add_run(note).bold = True


def _empty_body(document: DocumentObject) -> None:
    """Remove whatever the template's body holds, keeping its page setup (the last sectPr)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def build_document(
    report_dir: Path, frames: Mapping[str, pd.DataFrame], params: Mapping[str, Any] | None = None
) -> DocumentObject:
    """The Word document in memory: title, every figure with its caption, then the key tables."""
    report_dir, params = Path(report_dir), dict(params or {})
    document = Document(str(TEMPLATE))
    _empty_body(document)
    add_title(document, params)
    add_figures(document, report_dir, params)
    add_tables(document, frames, load_dictionary())
    properties = document.core_properties
    properties.title = TITLE
    properties.author = properties.last_modified_by = "helpers.report.word"
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    properties.comments = stamp(params) or "Figures and tables from helpers.report.tables and reports/figures/index.csv"
    return document


def write_word_report(
    report_dir: Path, frames: Mapping[str, pd.DataFrame] | None = None, params: Mapping[str, Any] | None = None
) -> Path:
    """Write ``suichang_report.docx`` into the report folder, the same bytes for the same figures, data, parameters."""
    frames = report_frames() if frames is None else frames
    document = build_document(Path(report_dir), frames, params)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_normalised_zip(Path(report_dir) / WORD_NAME, buffer.getvalue())
