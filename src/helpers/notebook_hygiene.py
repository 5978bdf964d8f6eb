"""Notebooks under notebooks/ are stored without outputs: executed copies are build products under reports/."""

from __future__ import annotations

import argparse
from pathlib import Path

import nbformat

from helpers import paths

__all__ = ["main", "stored_outputs"]


def stored_outputs(path: Path) -> list[int]:
    """The 1-based numbers of the code cells that carry outputs or execution counts in a stored notebook."""
    notebook = nbformat.read(path, as_version=4)
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    return [
        n
        for n, cell in enumerate(code_cells, start=1)
        if cell.get("outputs") or cell.get("execution_count") is not None
    ]


def main(argv: list[str]) -> int:
    """Fail, naming notebook and cells, when any notebook is stored with outputs."""
    parser = argparse.ArgumentParser(prog="python -m helpers check-notebooks")
    parser.add_argument("folder", nargs="?", type=Path, default=paths.NOTEBOOKS)
    args = parser.parse_args(argv)
    dirty = {nb: stored_outputs(nb) for nb in sorted(args.folder.glob("*.ipynb"))}
    dirty = {nb: cells for nb, cells in dirty.items() if cells}
    for nb, cells in dirty.items():
        print(
            f"{paths.relative(nb)}: code cells {', '.join(map(str, cells))} are stored with outputs; "
            f"clear them (JupyterLab: Edit > Clear Outputs of All Cells) before committing"
        )
    return 1 if dirty else 0
