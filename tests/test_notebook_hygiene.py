"""Notebooks are stored without outputs (sources are narratives; executed copies live under reports/)."""

import json

import nbformat
import pytest

from helpers import notebook_hygiene
from helpers.paths import NOTEBOOKS

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOK_FILES


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebook_is_stored_without_outputs(path):
    assert notebook_hygiene.stored_outputs(path) == []


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.name for p in NOTEBOOK_FILES])
def test_notebook_defines_no_functions(path):
    """Logic lives in src/helpers/; a notebook cell reads like a sentence of the analysis."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert "def " not in cell.source and "class " not in cell.source, cell.source


def test_the_check_fails_on_a_notebook_with_outputs(tmp_path, capsys):
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=1)]
    cell.execution_count = 1
    notebook.cells = [nbformat.v4.new_code_cell("x = 1"), cell]
    nbformat.write(notebook, tmp_path / "dirty.ipynb")
    assert notebook_hygiene.main([str(tmp_path)]) == 1
    assert "code cells 2" in capsys.readouterr().out
    json.loads((tmp_path / "dirty.ipynb").read_text(encoding="utf-8"))  # the check writes nothing
    assert notebook_hygiene.stored_outputs(tmp_path / "dirty.ipynb") == [2]
