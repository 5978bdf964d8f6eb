"""Bad input, refused clearly, nothing lost: one table of bad inputs and the answer each must get.

Each answer names the file (and row and column where there are any) and what was expected;
a command-line user sees no traceback; no earlier output is overwritten or deleted.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from helpers import load_articles, load_figures, parse_quantity
from helpers.figures import load_not_figures
from helpers.paths import DATA, ROOT


def _copy_data(tmp: Path) -> Path:
    data = tmp / "data"
    shutil.copytree(DATA, data)
    return data


def _figures_rows(data: Path) -> list[list[str]]:
    with open(data / "figures.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _write_rows(data: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    (data / "figures.csv").write_text(buffer.getvalue(), encoding="utf-8")


def _edit_figure(column: str, value: str, row: int = 4) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        rows = _figures_rows(data)
        rows[row - 1][rows[0].index(column)] = value
        _write_rows(data, rows)
    return edit


def _percent_over_100(data: Path) -> None:
    rows = _figures_rows(data)
    row = next(r for r in rows if r[rows[0].index("quote")] == "93%")
    row[rows[0].index("value")] = "930"
    _write_rows(data, rows)


def _drop_column(data: Path) -> None:
    _write_rows(data, [r[:-1] for r in _figures_rows(data)])


def _extra_field(data: Path) -> None:
    rows = _figures_rows(data)
    rows[4].append("extra")
    _write_rows(data, rows)


def _raw(data: Path) -> Path:
    return data / "raw" / "000_5f0faa43977e8169.txt"


def _single_article(text: bytes) -> Callable[[Path], None]:
    def add(data: Path) -> None:
        (data / "raw" / "new.txt").write_bytes(text)
        with open(data / "articles.csv", "a", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerow(["new_article", "raw/new.txt", "新文章", "", "", "", "", "", "New", "2020"])
    return add


@dataclass(frozen=True)
class Case:
    """A bad input, how it is made, and the words the answer must contain."""

    name: str
    make: Callable[[Path], None]
    load: str  # which loader meets it: "figures", "not_figures" or "articles"
    words: tuple[str, ...]


DATA_CASES = [
    Case("figures: non-numeric value", _edit_figure("value", "many"), "figures", ("figures.csv, row 4, column 'value'", "not a number")),
    Case("figures: unknown category", _edit_figure("category", "weather"), "figures", ("row 4, column 'category'", "not a known category")),
    Case("figures: duplicate id", _edit_figure("figure_id", "lr01"), "figures", ("column 'figure_id'", "duplicate 'lr01'")),
    Case("figures: quote not in the text", _edit_figure("quote", "999家"), "figures", ("row 4, column 'quote'", "not in the clean text")),
    Case("figures: offsets that do not match the quote", _edit_figure("start", "3"), "figures", ("row 4, column 'start'", "not the quote")),
    Case("figures: percentage over 100", _percent_over_100, "figures", ("column 'value'",)),
    Case("figures: empty file", lambda d: (d / "figures.csv").write_bytes(b""), "figures", ("figures.csv", "is empty", "expected a header row")),
    Case("figures: missing column", _drop_column, "figures", ("row 1, column 'note'", "missing column")),
    Case("figures: too many fields", _extra_field, "figures", ("row 5", "has 16 fields, expected 15")),
    Case("figures: not UTF-8", lambda d: (d / "figures.csv").write_bytes((d / "figures.csv").read_text(encoding="utf-8").encode("gb18030")), "figures", ("figures.csv", "not UTF-8")),
    Case("article: empty file", _single_article(b"  \n"), "articles", ("raw/new.txt", "is empty")),
    Case("article: not UTF-8", _single_article("遂昌企业开工复工299家".encode("gbk")), "articles", ("raw/new.txt", "not UTF-8")),
    Case("article: binary file", _single_article(b"\x00\x01\x02PNG"), "articles", ("raw/new.txt", "binary")),
    Case("article: no text under its title", _single_article("新文章\n\n记者 某某\n".encode()), "articles", ("new_article", "no text")),
    Case("not_figures: offset not a number", lambda d: (d / "not_figures.csv").write_text(
        (d / "not_figures.csv").read_text(encoding="utf-8").replace(",754,", ",x754,"), encoding="utf-8"),
        "not_figures", ("not_figures.csv, row 2, column 'start'", "not a whole number")),
    Case("page: missing", lambda d: _raw(d).unlink(), "articles", ("000_5f0faa43977e8169.txt", "file not found")),
]


LOADERS = {
    "figures": lambda data: load_figures(data_dir=data),
    "not_figures": load_not_figures,
    "articles": load_articles,
}


@pytest.mark.parametrize("case", DATA_CASES, ids=[c.name for c in DATA_CASES])
def test_bad_data_is_refused_naming_file_row_and_column(case, tmp_path):
    data = _copy_data(tmp_path)
    case.make(data)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    with pytest.raises(ValueError) as info:  # DataError is a ValueError
        LOADERS[case.load](data)
    for words in case.words:
        assert words in str(info.value), str(info.value)
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before  # nothing written


@pytest.mark.parametrize(
    "text,words",
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("100家200人", "more than one quantity"),
        ("150", "bare number"),
        ("9" * 40 + "人", "significant digits"),
        ("9" * 70, "too long"),
    ],
    ids=["empty", "whitespace", "two quantities", "no counter", "absurd digits", "absurdly long"],
)
def test_parse_quantity_refuses_what_is_not_one_quantity(text, words):
    with pytest.raises(ValueError, match=words):
        parse_quantity(text)


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=cwd, capture_output=True, text=True, env=env)


def test_audit_on_bad_data_answers_without_a_traceback(tmp_path):
    data = _copy_data(tmp_path)
    _edit_figure("value", "many")(data)
    result = _cli("audit", "--data", str(data))
    assert result.returncode == 2
    assert "row 4, column 'value'" in result.stderr and "Traceback" not in result.stderr + result.stdout


def test_extract_names_binary_and_undecodable_files_and_keeps_the_good_rows(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("遂昌企业开工复工299家,复工率93%。", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "broken.txt").write_bytes(b"\xff\xff\xff\xfe\x80\x80")
    out = tmp_path / "quantities.csv"
    result = _cli("extract", str(folder), "--out", str(out))
    assert result.returncode != 0
    assert "binary.txt" in result.stderr and "broken.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert "299家" in out.read_text(encoding="utf-8")


def _notebook(path: Path, *sources: str) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)


def _project(tmp_path: Path, *cells: str) -> Path:
    root = tmp_path / "project"
    _notebook(root / "notebooks" / "01_ok.ipynb", "x = 1")
    _notebook(root / "notebooks" / "02_bad.ipynb", "y = 2", *cells)
    (root / "data").mkdir()
    (root / "src" / "helpers").mkdir(parents=True)
    (root / "requirements.txt").write_text("nbformat\n", encoding="utf-8")
    return root


@pytest.mark.slow
@pytest.mark.parametrize(
    "cells,words",
    [
        (("raise ValueError('boom')",), ("notebooks/02_bad.ipynb", "code cell 2", "ValueError: boom")),
        (("open('data/missing.csv').read()",), ("notebooks/02_bad.ipynb", "code cell 2", "FileNotFoundError", "data/missing.csv")),
    ],
    ids=["a notebook that raises", "a missing data file"],
)
def test_report_failure_names_notebook_and_cell_and_keeps_earlier_reports(tmp_path, cells, words):
    from helpers import report

    root = _project(tmp_path)
    first = report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)
    assert first.ok
    before = {p: p.read_bytes() for p in (root / "reports").rglob("*") if p.is_file()}
    _notebook(root / "notebooks" / "02_bad.ipynb", "y = 2", *cells)
    result = report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)
    assert not result.ok
    message = result.describe_failure()
    for w in words:
        assert w in message, message
    assert {p: p.read_bytes() for p in (root / "reports").rglob("*") if p.is_file()} == before


def test_report_into_a_read_only_reports_folder_is_refused_by_name(tmp_path, monkeypatch):
    from helpers import report
    from helpers.errors import UserFacingError

    root = _project(tmp_path)
    (root / "reports").mkdir()
    monkeypatch.setattr(report.os, "access", lambda path, mode, **kw: Path(path) != root / "reports")
    with pytest.raises(UserFacingError, match="reports"):
        report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)


def test_report_command_failure_shows_no_traceback():
    result = _cli("report", "--only", "no_such_notebook")
    assert result.returncode == 2 and "no_such_notebook" in result.stderr and "Traceback" not in result.stderr
    json.dumps(result.stderr)  # plain text
