"""Save every chart the same way: PNG (300 dpi), SVG and PDF under ``<report_dir>/figures/``.

Why this is hand-written rather than a bare ``fig.savefig``: the report is rebuilt
often and kept under review, so a figure that did not change must give the same
bytes. Matplotlib otherwise stamps files with the date (SVG ``dc:date``, PDF
``CreationDate``), its version (PNG ``Software``) and random SVG ids; here those
are fixed or removed, and ``svg.hashsalt`` is pinned. Text stays text in the PDF
(TrueType/Type 42 with the Chinese font embedded, so it can be searched and
copied), while SVG draws glyphs as paths so it shows Chinese on a machine
without the font. Files are first rendered in memory and then written atomically
(temporary file in the same folder, then ``os.replace``), so a crash or a
parallel notebook never leaves a half-written figure; a file whose bytes did not
change is left untouched.

Each saved figure also gets a small JSON record in ``figures/.index/`` (name,
title, notebook, figure ids); `build_figure_index` turns them into
``figures/index.csv`` once every notebook has run.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from helpers.atomic import write_atomic
from helpers.charts.fonts import FALLBACK_FAMILY, register_cjk_font
from helpers.charts.index import INDEX_DIR
from helpers.errors import DataError, Problem, UserFacingError
from helpers.paths import relative, report_dir

__all__ = [
    "FORMATS",
    "FigureExportError",
    "INDEX_COLUMNS",
    "MAX_NAME_LENGTH",
    "NAME_PATTERN",
    "PNG_DPI",
    "SVG_HASHSALT",
    "build_figure_index",
    "check_name",
    "current_notebook",
    "figures_folder",
    "read_figure_index",
    "render",
    "save_figure",
]

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
INDEX_COLUMNS: tuple[str, ...] = ("name", "title", "notebook", "figure_ids")
PNG_DPI = 300
SVG_HASHSALT = "helpers-figures"
NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
MAX_NAME_LENGTH = 80


class FigureExportError(UserFacingError, ValueError):
    """A figure cannot be saved as asked (bad name, bad ids, name already used by another notebook)."""


def figures_folder() -> Path:
    """The folder holding the exported figures: ``<report_dir>/figures``."""
    return report_dir() / "figures"


def check_name(name: str) -> str:
    """Return *name* if it is a stable file name for a figure (lowercase slug), else explain why not."""
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or len(name) > MAX_NAME_LENGTH:
        raise FigureExportError(
            f"figure name {name!r} is not a lowercase slug: use a-z, 0-9 and single '-' or '_' "
            f"between them, at most {MAX_NAME_LENGTH} characters (e.g. 'resumption-rates')"
        )
    return name


def _check_ids(figure_ids: Iterable[str] | str) -> list[str]:
    ids = [figure_ids] if isinstance(figure_ids, str) else list(figure_ids)
    for item in ids:
        if not isinstance(item, str) or not item.strip() or item != item.strip() or ";" in item:
            raise FigureExportError(f"figure id {item!r} must be a non-empty string without surrounding spaces or ';'")
    return list(dict.fromkeys(ids))


def _check_title(title: str) -> str:
    if not isinstance(title, str) or not title.strip():
        raise FigureExportError("a figure needs a non-empty title (it names the figure in the index)")
    return title


def _as_figure(fig: Any) -> Figure:
    """Accept a Figure, or an Axes / seaborn grid that carries one."""
    if isinstance(fig, Figure):
        return fig
    owner = getattr(fig, "figure", None)
    if isinstance(owner, Figure):
        return owner
    raise FigureExportError(f"expected a matplotlib Figure, got {type(fig).__name__}")


def _export_rc() -> dict[str, Any]:
    family = register_cjk_font()
    return {
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "svg.hashsalt": SVG_HASHSALT,
        "pdf.compression": 6,
        # text created lazily while saving (e.g. new tick labels) must still find Chinese glyphs
        "font.family": [family, FALLBACK_FAMILY],
        "font.sans-serif": [family, FALLBACK_FAMILY],
    }


def _metadata(fmt: str, title: str) -> dict[str, str | None]:
    creator = f"Matplotlib v{mpl.__version__} via helpers.charts.export"
    if fmt == "png":
        return {"Software": None, "Title": title}
    if fmt == "svg":
        return {"Date": None, "Creator": creator, "Title": title}
    return {"Title": title, "Creator": creator, "Producer": creator, "CreationDate": None, "ModDate": None}


def render(fig: Figure, fmt: str, title: str = "") -> bytes:
    """The bytes of *fig* in one format (png, svg or pdf), identical from one run to the next."""
    import io

    if fmt not in FORMATS:
        raise FigureExportError(f"format must be one of {FORMATS}, not {fmt!r}")
    buffer = io.BytesIO()
    with mpl.rc_context(_export_rc()):
        fig.savefig(
            buffer, format=fmt, dpi=PNG_DPI, metadata=_metadata(fmt, title), bbox_inches="tight", pad_inches=0.08
        )
    return buffer.getvalue()


def _record_bytes(record: Mapping[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _check_owner(sidecar: Path, name: str, notebook: str) -> None:
    """Refuse to overwrite a figure another notebook saved under the same name."""
    if not notebook or not sidecar.is_file():
        return
    try:
        previous = json.loads(sidecar.read_text(encoding="utf-8")).get("notebook", "")
    except (ValueError, AttributeError):
        return
    if previous and previous != notebook:
        raise FigureExportError(
            f"figure name {name!r} is already used by notebook {previous!r}; choose another name "
            f"in {notebook!r} (or delete {relative(sidecar)} if the figure moved)"
        )


def current_notebook() -> str:
    """The name (stem) of the notebook this code runs in, when the report runner or Jupyter says it; else ''."""
    named = os.environ.get("HELPERS_NOTEBOOK") or Path(os.environ.get("JPY_SESSION_NAME", "")).stem
    return named if re.fullmatch(r"[\w.\-]+", named) else ""


def save_figure(
    fig: Figure,
    name: str,
    title: str,
    figure_ids: Iterable[str] = (),
    notebook: str | None = None,
) -> dict[str, Path]:
    """Save a chart as PNG, SVG and PDF in the report's figures folder and record it for the index.

    Returns the written paths by format (``png``, ``svg``, ``pdf``) plus ``json``, the record.
    ``notebook`` defaults to the ``HELPERS_NOTEBOOK`` environment variable (set by the report runner),
    else to the notebook JupyterLab runs the kernel for (``JPY_SESSION_NAME``, set by Jupyter Server).
    """
    figure = _as_figure(fig)
    name, title, ids = check_name(name), _check_title(title), _check_ids(figure_ids)
    notebook = current_notebook() if notebook is None else str(notebook)
    folder = figures_folder()
    sidecar = folder / INDEX_DIR / f"{name}.json"
    _check_owner(sidecar, name, notebook)
    rendered = {fmt: render(figure, fmt, title) for fmt in FORMATS}
    paths = {fmt: write_atomic(folder / f"{name}.{fmt}", data) for fmt, data in rendered.items()}
    record = {"name": name, "title": title, "notebook": notebook, "figure_ids": ids}
    paths["json"] = write_atomic(sidecar, _record_bytes(record))
    return paths


def _read_record(path: Path) -> tuple[dict[str, str] | None, Problem | None]:
    where = relative(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return None, Problem(where, f"not a readable JSON figure record ({exc})")
    if not isinstance(record, dict):
        return None, Problem(where, "expected a JSON object")
    missing = [key for key in INDEX_COLUMNS if key not in record]
    if missing:
        return None, Problem(where, f"missing key(s) {missing}")
    ids = record["figure_ids"]
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None, Problem(where, "figure_ids must be a list of strings", column="figure_ids")
    row = {key: str(record[key]) for key in ("name", "title", "notebook")}
    row["figure_ids"] = ";".join(ids)
    return row, None


def build_figure_index(figures_dir: Path | None = None) -> pd.DataFrame:
    """Collect every saved figure's record into ``figures/index.csv`` (sorted by notebook, then name)."""
    folder = Path(figures_dir) if figures_dir is not None else figures_folder()
    rows, problems = [], []
    for path in sorted((folder / INDEX_DIR).glob("*.json")):
        row, problem = _read_record(path)
        if problem is not None:
            problems.append(problem)
        else:
            rows.append(row)
    if problems:
        raise DataError(problems)
    index = pd.DataFrame(rows, columns=list(INDEX_COLUMNS), dtype=str)
    index = index.sort_values(["notebook", "name"], kind="stable", ignore_index=True)
    data = index.to_csv(index=False, lineterminator="\n").encode("utf-8")
    write_atomic(folder / "index.csv", data)
    return index


def read_figure_index(path: Path) -> pd.DataFrame:
    """Read ``figures/index.csv`` back exactly as `build_figure_index` returned it."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
