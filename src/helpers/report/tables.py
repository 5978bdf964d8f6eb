"""The tables of the report as CSV files: ``tables/*.csv`` beside the workbook, from the same frames.

`report_frames` is the single source: the CSV files here, the workbook
(`helpers.report.workbook`) and the Word report (`helpers.report.word`) all list what it
returns. CSV files are written as UTF-8 with a byte-order mark (``utf-8-sig``) so
that Excel shows the Chinese text when the file is opened by double-click, with
``\\n`` line ends, floats written with a fixed format and dates as YYYY-MM-DD, so
the bytes only change when the data does.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from helpers.atomic import write_atomic

__all__ = [
    "CSV_ENCODING",
    "DATE_FORMAT",
    "FIGURE_COLUMNS",
    "FLOAT_FORMAT",
    "TABLES_DIR",
    "TABLE_TITLES",
    "csv_bytes",
    "report_frames",
    "table_title",
    "table_titles",
    "write_tables",
]

CSV_ENCODING = "utf-8-sig"
FLOAT_FORMAT = "%.12g"
DATE_FORMAT = "%Y-%m-%d"
TABLES_DIR = "tables"

FIGURE_COLUMNS = [
    "figure_id",
    "article_id",
    "category",
    "metric",
    "label_zh",
    "label_en",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "kind",
    "as_of",
    "quote",
    "sentence",
    "start",
    "end",
    "note",
]
"""The columns of the figures table, in the order the report shows them."""

TABLE_TITLES: dict[str, str] = {
    "figures": "原文数据 Figures from the articles",
    "derived_figures": "推算数据 Derived figures",
    "claims_audit": "核验 Claims audit",
    "reference": "参考数据 Reference figures",
    "events": "时间节点 Events",
}
"""A bilingual title for each table that is not a chart topic's (those come from `helpers.analysis.topics.TOPICS`)."""


def table_titles() -> dict[str, str]:
    """A bilingual title for every table of the report, by its name (the file and sheet name), in report order."""
    from helpers.analysis.topics import TOPICS

    return {**TABLE_TITLES, **{t.table_name: t.sheet_title for t in TOPICS}}


def table_title(name: str) -> str:
    """The bilingual title of the report table *name* (the name itself for a table the report does not know)."""
    return table_titles().get(name, name)


def report_frames(overrides: Mapping[str, float] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the report by name: figures, derived figures, claims audit, reference, events, one per topic.

    *overrides* replace reference figures as the notebooks' parameters do
    (`helpers.analysis.topics.reference_overrides`); the topic tables come from `helpers.analysis.topics.TOPICS`.
    """
    from helpers.analysis import topics
    from helpers.analysis.claims import audit_claims

    inputs = topics.load_inputs(overrides)
    figures = inputs.figures
    frames = {
        "figures": figures[[c for c in FIGURE_COLUMNS if c in figures.columns]],
        "derived_figures": inputs.derived,
        "claims_audit": audit_claims(figures, inputs.events, inputs.derived),
        "reference": inputs.reference,
        "events": inputs.events,
        **{t.table_name: t.frame(inputs) for t in topics.TOPICS},
    }
    return {name: frame.reset_index(drop=True) for name, frame in frames.items()}


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """One table as the bytes of its CSV file (UTF-8 with BOM, \\n line ends, fixed number and date formats)."""
    text = frame.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT, date_format=DATE_FORMAT)
    return text.encode(CSV_ENCODING)


def write_tables(report_dir: Path, frames: dict[str, pd.DataFrame] | None = None) -> dict[str, Path]:
    """Write every report table as ``tables/<name>.csv`` in the report folder; return the paths by table name."""
    frames = report_frames() if frames is None else frames
    folder = Path(report_dir) / TABLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = {name: write_atomic(folder / f"{name}.csv", csv_bytes(frame)) for name, frame in frames.items()}
    for stale in folder.glob("*.csv"):
        if stale.stem not in frames:
            stale.unlink()
    return written
