"""The exports made after every build: CSV tables, the workbook, the Word document and the HTML front page.

`export_reports` is the report build's last post-build step (`helpers.report.build.POST_BUILD`). The
workbook and the Word document are rewritten only when what they are made from changed
(`export_key`); the tables and the front page are cheap and always rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

__all__ = ["EXPORT_STAMP", "export_key", "export_reports"]

EXPORT_STAMP = Path(".cache") / "exports.sha256"
"""Where the key of the last workbook and Word export is kept, inside the report folder."""


def export_key(report_dir: Path, frames: Mapping[str, pd.DataFrame]) -> str:
    """A fingerprint of all the workbook and the Word report are made from (tables, charts, this code, versions)."""
    import hashlib
    from importlib.metadata import version

    from helpers.report import tables as report_tables
    from helpers.report import word as word_report
    from helpers.report import workbook
    from helpers.report import zipfiles as zip_normalise
    from helpers.report.tables import csv_bytes

    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(label.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())

    for name, frame in frames.items():
        add(f"table:{name}", csv_bytes(frame))
    figures = Path(report_dir) / "figures"
    for path in [figures / "index.csv", *sorted(figures.glob("*.png"))]:
        if path.is_file():
            add(f"figure:{path.name}", path.read_bytes())
    from helpers.analysis import conclusions, wording

    for module in (report_tables, word_report, zip_normalise, conclusions, wording):  # the conclusions under figures
        add(f"code:{module.__name__}", Path(module.__file__).read_bytes())
    add("code:helpers.report.workbook", Path(workbook.__file__).read_bytes())
    add("versions", " ".join(version(name) for name in ("openpyxl", "python-docx", "pandas")).encode())
    return digest.hexdigest()


def export_reports(report_dir: Path) -> None:
    """Post-build step: write the CSV tables, the workbook, the Word report and index.html into the report folder."""
    from helpers.report.html import write_html_report
    from helpers.report.tables import report_frames, write_tables
    from helpers.report.word import WORD_NAME, write_word_report
    from helpers.report.workbook import WORKBOOK_NAME, write_workbook

    report_dir = Path(report_dir)
    frames = report_frames()
    write_tables(report_dir, frames)
    key, stamp = export_key(report_dir, frames), report_dir / EXPORT_STAMP
    current = all((report_dir / name).is_file() for name in (WORKBOOK_NAME, WORD_NAME))
    if not (current and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == key):
        write_workbook(report_dir, frames)
        write_word_report(report_dir, frames)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(key + "\n", encoding="utf-8")
    write_html_report(report_dir)
