"""The exports made after every build: CSV tables, the workbook, the Word document and the HTML pages.

`export_reports` is the report build's last post-build step (`helpers.report.build.POST_BUILD`).
The build's parameters (`-p name=value`, kept by the runner in the report folder) reach every
export: the reference figures they replace are replaced in the tables behind all of them
(`parameter_overrides`), and each export carries the stamp of a parameterised build. The
workbook and the Word document are rewritten only when what they are made from changed
(`export_key`); the tables and the front page are cheap and always rewritten (unchanged bytes
leave the files untouched), and each notebook's HTML is cached on its executed copy.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["EXPORT_STAMP", "export_key", "export_reports", "parameter_overrides"]

EXPORT_STAMP = Path(".cache") / "exports.sha256"
"""Where the key of the last workbook and Word export is kept, inside the report folder."""


def parameter_overrides(params: Mapping[str, Any]) -> dict[str, float]:
    """The reference figures a build's parameters replace, by metric (parameters that replace none are left out)."""
    from helpers.analysis.topics import reference_overrides

    accepted = inspect.signature(reference_overrides).parameters
    return reference_overrides(**{name: value for name, value in params.items() if name in accepted})


def export_key(report_dir: Path, frames: Mapping[str, pd.DataFrame], params: Mapping[str, Any] | None = None) -> str:
    """A fingerprint of everything the workbook and the Word report are made from (tables, charts, code, versions)."""
    import hashlib
    import json
    from importlib.metadata import version

    from helpers import display
    from helpers.dataset import dictionary
    from helpers.report import formats, parameters, template, word, workbook, zipfiles
    from helpers.report import tables as report_tables
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

    for module in (
        report_tables,
        word,
        workbook,
        formats,
        template,
        zipfiles,
        parameters,
        dictionary,
        display,
        conclusions,
        wording,
    ):
        add(f"code:{module.__name__}", Path(module.__file__).read_bytes())
    for path in (word.TEMPLATE, dictionary.dictionary_path()):
        add(f"file:{path.name}", path.read_bytes() if path.is_file() else b"")
    add("params", json.dumps(dict(params or {}), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    add("versions", " ".join(version(name) for name in ("xlsxwriter", "python-docx", "pandas")).encode())
    return digest.hexdigest()


def export_reports(report_dir: Path) -> None:
    """Post-build step: the CSV tables, the workbook, the Word report and the HTML pages, into the report folder."""
    from helpers.report.html import write_html_report
    from helpers.report.parameters import read_parameters
    from helpers.report.tables import report_frames, write_tables
    from helpers.report.word import WORD_NAME, write_word_report
    from helpers.report.workbook import WORKBOOK_NAME, write_workbook

    report_dir = Path(report_dir)
    params = read_parameters(report_dir)
    frames = report_frames(parameter_overrides(params))
    write_tables(report_dir, frames)
    key, stamp = export_key(report_dir, frames, params), report_dir / EXPORT_STAMP
    current = all((report_dir / name).is_file() for name in (WORKBOOK_NAME, WORD_NAME))
    if not (current and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == key):
        write_workbook(report_dir, frames, params)
        write_word_report(report_dir, frames, params)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(key + "\n", encoding="utf-8")
    write_html_report(report_dir, params)
