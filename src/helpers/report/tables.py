"""The tables of the report as CSV files: ``tables/*.csv`` beside the workbook, from the same frames.

`report_frames` is the single source: the CSV files here, the workbook
(`helpers.report.workbook`) and the Word report (`helpers.report.word`) all list what it
returns. CSV files are written as UTF-8 with a byte-order mark (``utf-8-sig``) so
that Excel shows the Chinese text when the file is opened by double-click, with
``\\n`` line ends, floats written with a fixed format and dates as YYYY-MM-DD, so
the bytes only change when the data does.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.atomic import write_atomic

__all__ = [
    "CSV_ENCODING",
    "DATE_FORMAT",
    "FIGURE_COLUMNS",
    "FLOAT_FORMAT",
    "PERSONNEL",
    "PUBLICITY",
    "SERVICES",
    "SHEET_TITLES",
    "TABLES_DIR",
    "csv_bytes",
    "report_frames",
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

SHEET_TITLES: dict[str, str] = {
    "figures": "原文数据 Figures from the articles",
    "derived_figures": "推算数据 Derived figures",
    "claims_audit": "核验 Claims audit",
    "reference": "参考数据 Reference figures",
    "events": "时间节点 Events",
    "topic_resumption_rates": "复工率与到岗率 Resumption and return rates (%)",
    "topic_scale_shares": "规上与规下企业比重 Above-scale vs other (%)",
    "topic_personnel": "抽调驰援人员 Personnel sent",
    "topic_services": "驻企服务员 Resident service staff",
    "topic_publicity": "“土法”宣传 Low-tech publicity",
    "topic_timeline": "防控与复工时间线 Timeline",
}
"""A bilingual title for each table, by its name (the file and sheet name)."""

PERSONNEL = ["medical_trainees_recalled", "recruited_talent_sent", "young_cadres_seconded", "militia_deployed"]
SERVICES = [
    "service_staff_sent",
    "enterprises_with_service_staff",
    "projects_with_service_staff",
    "problems_solved",
    "industrial_enterprises_assisted",
]
PUBLICITY = ["loudspeakers", "banners", "letters_distributed"]


def _timeline(events: pd.DataFrame) -> pd.DataFrame:
    from helpers.analysis import topics

    table = topics.timeline_events(events)
    first = table["date"].min()
    table.insert(1, "days_from_first", (table["date"] - first).dt.days.astype("int64"))
    return table


def _labelled_shares(table: pd.DataFrame) -> pd.DataFrame:
    table = table.copy()
    table.insert(0, "label_zh", table["group_zh"] + "·" + table["measure_zh"])
    return table


def report_frames(overrides: dict[str, float] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the report by name (figures, derived figures, claims audit, reference, events, topic tables).

    *overrides* replace reference figures by metric, as a build's parameters do
    (`helpers.analysis.topics.reference_overrides`); the derived figures and the claims audit use them.
    """
    import helpers
    from helpers.analysis import topics

    figures = helpers.load_figures()
    events = helpers.load_events()
    derived = helpers.derive_figures(figures, events, overrides=overrides or None)
    frames = {
        "figures": figures[[c for c in FIGURE_COLUMNS if c in figures.columns]],
        "derived_figures": derived,
        "claims_audit": helpers.audit_claims(figures, events, derived),
        "reference": helpers.load_reference(),
        "events": events,
        "topic_resumption_rates": topics.resumption_rates(figures, derived),
        "topic_scale_shares": _labelled_shares(topics.scale_shares(figures, derived)),
        "topic_personnel": topics.counts_table(figures, PERSONNEL),
        "topic_services": topics.counts_table(figures, SERVICES),
        "topic_publicity": topics.counts_table(figures, PUBLICITY),
        "topic_timeline": _timeline(events),
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
