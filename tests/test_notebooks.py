"""Every notebook runs top to bottom from a fresh kernel, from the repository root, and its charts are images."""

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.paths import NOTEBOOKS, ROOT

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_notebook_executes_without_errors(path, tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_REPORT_DIR", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    saved = [c for c in notebook.cells if c.cell_type == "code" and "save_figure(" in c.source]
    for cell in saved:  # every chart cell shows its chart as an image
        assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source[:80]
    if saved:
        assert sorted(p.suffix for p in (tmp_path / "figures").glob("*.*")).count(".png") == len(saved)
