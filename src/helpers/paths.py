"""Where the project's files live, relative to the repository root.

Every path is derived from this file's place in the source tree (src/helpers/),
so nothing depends on the current directory or on an absolute path.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DATA", "NOTEBOOKS", "RAW", "REPORTS", "ROOT", "data_dir", "relative", "report_dir"]

ROOT: Path = Path(__file__).resolve().parents[2]
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"


def relative(path: Path) -> str:
    """Show a path relative to the repository root (as users see it in messages)."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(path).as_posix()


def data_dir(root: Path = ROOT) -> Path:
    """The folder the dataset is read from: ``HELPERS_DATA_DIR`` if set, else ``data/`` (the tests pin it to the seed
    page).
    """
    return Path(os.environ.get("HELPERS_DATA_DIR", root / "data"))


def report_dir() -> Path:
    """The folder reports are written to: ``HELPERS_REPORT_DIR`` if set, else ``reports/``."""
    return Path(os.environ.get("HELPERS_REPORT_DIR", ROOT / "reports"))
