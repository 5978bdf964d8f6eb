"""Bad input, refused clearly, nothing lost: one table of bad inputs and the answer each must get.

Each answer names the file (and row and column where there are any) and what was expected;
a command-line user sees no traceback; no earlier output is overwritten or deleted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import load_articles, load_figures
from helpers.dataset.figures import load_not_figures
from tests.support import copy_seed


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
    rows = _figures_rows(data)
    note = rows[0].index("note")
    _write_rows(data, [r[:note] + r[note + 1 :] for r in rows])


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
            csv.writer(f, lineterminator="\n").writerow(
                ["new_article", "raw/new.txt", "新文章", "", "", "", "", "", "New", "2020"]
            )

    return add


@dataclass(frozen=True)
class Case:
    """A bad input, how it is made, and the words the answer must contain."""

    name: str
    make: Callable[[Path], None]
    load: str  # which loader meets it: "figures", "not_figures" or "articles"
    words: tuple[str, ...]


DATA_CASES = [
    Case(
        "figures: non-numeric value",
        _edit_figure("value", "many"),
        "figures",
        ("figures.csv, row 4, column 'value'", "not a number"),
    ),
    Case(
        "figures: unknown category",
        _edit_figure("category", "weather"),
        "figures",
        ("row 4, column 'category'", "not a known category"),
    ),
    Case(
        "figures: duplicate id",
        _edit_figure("figure_id", "lr01"),
        "figures",
        ("column 'figure_id'", "duplicate 'lr01'"),
    ),
    Case(
        "figures: quote not in the text",
        _edit_figure("quote", "999家"),
        "figures",
        ("row 4, column 'quote'", "not in the clean text"),
    ),
    Case(
        "figures: offsets that do not match the quote",
        _edit_figure("start", "3"),
        "figures",
        ("row 4, column 'start'", "not the quote"),
    ),
    Case("figures: percentage over 100", _percent_over_100, "figures", ("column 'value'",)),
    Case(
        "figures: empty file",
        lambda d: (d / "figures.csv").write_bytes(b""),
        "figures",
        ("figures.csv", "is empty", "expected a header row"),
    ),
    Case("figures: missing column", _drop_column, "figures", ("row 1, column 'note'", "missing column")),
    Case("figures: too many fields", _extra_field, "figures", ("row 5", "has 17 fields, expected 16")),
    Case(
        "figures: not UTF-8",
        lambda d: (d / "figures.csv").write_bytes((d / "figures.csv").read_text(encoding="utf-8").encode("gb18030")),
        "figures",
        ("figures.csv", "not UTF-8"),
    ),
    Case("article: empty file", _single_article(b"  \n"), "articles", ("raw/new.txt", "is empty")),
    Case(
        "article: neither UTF-8 nor GB18030",
        _single_article(b"\xff\xfe\xff caf\xe9"),
        "articles",
        ("raw/new.txt", "neither UTF-8 nor GB18030"),
    ),
    Case("article: binary file", _single_article(b"\x00\x01\x02PNG"), "articles", ("raw/new.txt", "binary")),
    Case(
        "article: no text under its title",
        _single_article("新文章\n\n记者 某某\n".encode()),
        "articles",
        ("new_article", "no text"),
    ),
    Case(
        "not_figures: offset not a number",
        lambda d: (d / "not_figures.csv").write_text(
            (d / "not_figures.csv").read_text(encoding="utf-8").replace(",754,", ",x754,"), encoding="utf-8"
        ),
        "not_figures",
        ("not_figures.csv, row 2, column 'start'", "not a whole number"),
    ),
    Case("page: missing", lambda d: _raw(d).unlink(), "articles", ("000_5f0faa43977e8169.txt", "file not found")),
]


LOADERS = {
    "figures": lambda data: load_figures(data_dir=data),
    "not_figures": load_not_figures,
    "articles": load_articles,
}


@pytest.mark.parametrize("case", DATA_CASES, ids=[c.name for c in DATA_CASES])
def test_bad_data_is_refused_naming_file_row_and_column(case, tmp_path):
    data = copy_seed(tmp_path / "data")
    case.make(data)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    with pytest.raises(ValueError) as info:  # DataError is a ValueError
        LOADERS[case.load](data)
    for words in case.words:
        assert words in str(info.value), str(info.value)
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before  # nothing written
