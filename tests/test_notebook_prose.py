"""No typed numbers in the notebooks' prose: every figure a Markdown cell would state is computed in a code cell.

Applies to every notebook present (a glob), so a new notebook is checked as soon as it is added. Allowed:
dates, quotes of the article inside “…”, names in inline code, and the notebook's own number in its title.
"""

import re

import nbformat
import pytest

from helpers.paths import NOTEBOOKS
from helpers.text.prose import typed_figures

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_there_are_notebooks_to_check():
    assert NOTEBOOK_FILES


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_no_figures_are_typed_into_markdown(path):
    number = re.match(r"\d+", path.stem)
    notebook = nbformat.read(path, as_version=4)
    typed = {
        n: found
        for n, cell in enumerate(notebook.cells, start=1)
        if cell.cell_type == "markdown"
        and (found := typed_figures(cell.source, title_number=number.group() if number else None))
    }
    assert not typed, f"{path.name}: Markdown cells (numbered from 1) type figures by hand: {typed}"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_every_notebook_ends_with_computed_conclusions(path):
    cells = nbformat.read(path, as_version=4).cells
    headings = [i for i, c in enumerate(cells) if c.cell_type == "markdown" and "## What this shows" in c.source]
    assert headings, f"{path.name} has no 'What this shows' section"
    after = cells[headings[-1] + 1 :]
    assert any(c.cell_type == "code" and "conclusions." in c.source and "Markdown(" in c.source for c in after)


def _conclusion_outputs(notebook) -> str:
    cells = [c for c in notebook.cells if c.cell_type == "code" and c.get("id") == "prose-conclusions"]
    return "".join(o.get("data", {}).get("text/markdown", "") for c in cells for o in c.outputs)


@pytest.mark.slow
def test_a_population_parameter_changes_the_grain_conclusions(tmp_path, monkeypatch):
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    from helpers.analysis.conclusions import topic_conclusions
    from helpers.paths import ROOT

    monkeypatch.setenv("HELPERS_REPORT_DIR", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    path = NOTEBOOKS / "03_grain_and_supplies.ipynb"
    said = {}
    for population in (None, 300000):
        notebook = nbformat.read(path, as_version=4)
        if population is not None:  # as the report build injects parameters (helpers.report.build)
            notebook = parameterize_notebook(
                load_notebook_node(str(path)), {"population": population}, kernel_name="python3"
            )
        NotebookClient(
            notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
        ).execute()
        said[population] = _conclusion_outputs(notebook)
    expected = topic_conclusions("grain_days", {"population": 300000})
    assert said[300000] != said[None]
    assert expected["zh"] in said[300000] and expected["en"] in said[300000]
    assert "300,000 residents" in said[300000] and "generous" in said[300000]
    assert "194,385 residents" in said[None] and "cautious" in said[None]
