"""The chart index on disk: `figures/.index/<name>.json`, one record per saved chart, naming its notebook.

`helpers.charts.export.save_figure` writes a record beside each chart's files; the report build reads
the records to drop the charts of a notebook it re-runs or that no longer exists, and assembles them
into `figures/index.csv`. This module is light (no matplotlib, no pandas), so a build with nothing to
do imports nothing heavy.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

INDEX_DIR = ".index"
"""The folder, inside the figures folder, that holds one JSON record per chart."""

FORMATS: tuple[str, ...] = ("png", "svg", "text.svg", "pdf")
"""The files of a chart, ``<name>.<format>``: ``text.svg`` is the SVG whose text stays editable text."""

__all__ = ["FORMATS", "INDEX_DIR", "chart_records", "chart_topic", "remove_chart", "remove_charts"]


def chart_records(figures: Path) -> Iterator[tuple[Path, str | None]]:
    """Each figure sidecar `figures/.index/<name>.json` with the notebook it names."""
    index = figures / INDEX_DIR
    if not index.is_dir():
        return
    for sidecar in sorted(index.glob("*.json")):
        try:
            notebook = json.loads(sidecar.read_text(encoding="utf-8")).get("notebook")
        except (OSError, ValueError, AttributeError):
            notebook = None
        yield sidecar, notebook


def remove_chart(figures: Path, sidecar: Path) -> None:
    """Delete `figures/<name>.<ext>` for every extension, and the sidecar `figures/.index/<name>.json`."""
    name = sidecar.stem
    for path in figures.glob(f"{glob.escape(name)}.*"):
        extension = path.name[len(name) + 1 :]
        if path.is_file() and ("." not in extension or extension in FORMATS):
            path.unlink()
    sidecar.unlink()


def remove_charts(figures: Path, made_by: Callable[[str], bool]) -> None:
    """Delete the charts whose sidecar names a notebook for which `made_by(stem)` is true."""
    for sidecar, notebook in chart_records(figures):
        if notebook is not None and made_by(notebook):
            remove_chart(figures, sidecar)


def chart_topic(record: Mapping[str, Any]) -> str:
    """The topic (`helpers.analysis.topics`) a chart of the index shows: its name when the record names none."""
    return str(record.get("topic") or record["name"])
