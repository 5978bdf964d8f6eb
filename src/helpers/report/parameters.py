"""Build parameters (`-p name=value`): checked against the notebooks' declarations, kept for the exports, stamped.

A parameter is declared by a notebook's `parameters` cell (papermill's convention); the names are
read with papermill's own `inspect_notebook`, so a misspelled `-p popluation=150000` is refused
before anything is written, with the list of names that exist. The parameters of a build are kept
in the report folder (`PARAMETERS_FILE`) so the exports that run after the notebooks derive their
tables with the same values, and every export says so (`stamp`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from helpers.atomic import write_atomic
from helpers.errors import UserFacingError

__all__ = [
    "PARAMETERS_FILE",
    "check_parameters",
    "declared_parameters",
    "read_parameters",
    "stamp",
    "write_parameters",
]

PARAMETERS_FILE = Path(".cache") / "parameters.json"
"""Where a build's parameters are kept, inside the report folder (an empty object for a default build)."""


def _has_parameters_cell(path: Path) -> bool:
    """Whether a notebook has a code cell tagged `parameters` (read as JSON; an unreadable one is left to the build)."""
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return False
    return any(
        cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []) for cell in cells
    )


def declared_parameters(notebooks: Sequence[Path]) -> dict[str, list[str]]:
    """Each parameter some notebook declares, with the notebooks that declare it (papermill's `inspect_notebook`)."""
    declared: dict[str, list[str]] = {}
    with_cell = [path for path in notebooks if _has_parameters_cell(path)]
    if not with_cell:
        return declared
    from papermill import inspect_notebook  # imported late: papermill is slow to import

    for path in with_cell:
        for name in inspect_notebook(str(path)):
            declared.setdefault(name, []).append(Path(path).name)
    return declared


def check_parameters(notebooks: Sequence[Path], params: Mapping[str, Any]) -> None:
    """Refuse parameters that no notebook declares, naming them and the ones that exist."""
    if not params:
        return
    declared = declared_parameters(notebooks)
    unknown = [name for name in params if name not in declared]
    if not unknown:
        return
    known = "; ".join(f"{name} ({', '.join(where)})" for name, where in sorted(declared.items())) or "none"
    plural = "s" if len(unknown) > 1 else ""
    raise UserFacingError(
        f"unknown parameter{plural} {', '.join(map(repr, unknown))}: no notebook declares "
        f"{'them' if plural else 'it'} in a 'parameters' cell; the notebooks declare: {known}. Nothing was changed."
    )


def _json(params: Mapping[str, Any]) -> str:
    return json.dumps(dict(params), sort_keys=True, ensure_ascii=False)


def write_parameters(report_dir: Path, params: Mapping[str, Any]) -> Path:
    """Keep a build's parameters in its report folder for the exports."""
    return write_atomic(Path(report_dir) / PARAMETERS_FILE, (_json(params) + "\n").encode("utf-8"))


def read_parameters(report_dir: Path) -> dict[str, Any]:
    """The parameters the report folder was built with (empty for a default build or a folder without the file)."""
    path = Path(report_dir) / PARAMETERS_FILE
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def stamp(params: Mapping[str, Any], lang: str = "both") -> str:
    """The line every export of a parameterised build carries (empty for a default build)."""
    if not params:
        return ""
    values = ", ".join(f"{name}={json.dumps(value, ensure_ascii=False)}" for name, value in sorted(params.items()))
    zh, en = f"参数化构建:{values}(非默认值)", f"Parameterised build: {values} (not the defaults)"
    return {"zh": zh, "en": en}.get(lang, f"{zh} {en}")
