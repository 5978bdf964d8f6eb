"""load_figures on the real data, and one test per kind of bad row: the error names file, row and column."""

import csv
import io
import shutil

import pytest

from helpers import load_figures, paths
from helpers.dataset.figures import COLUMNS, load_categories
from helpers.errors import DataError
from tests.support import SEED_DATA

CATEGORIES = list(load_categories(SEED_DATA)["category"])


@pytest.fixture(scope="module")
def figures():
    return load_figures()


def test_real_figures_load_typed_with_ranges(figures):
    assert len(figures) == 33
    assert set(figures["category"]) <= set(CATEGORIES)
    assert figures["figure_id"].is_unique
    assert str(figures["as_of"].dtype).startswith("datetime64")
    assert figures["value"].dtype == float and figures["start"].dtype == "int64"
    row = figures.set_index("metric").loc["grain_supply_days"]
    assert (row["quote"], row["value"], row["low"], row["high"]) == ("近150天", 150, 135, 150)
    rate = figures.set_index("metric").loc["enterprise_resumption_rate"]
    assert (rate["low"], rate["high"], str(rate["as_of"].date())) == (92.5, 93.5, "2020-02-22")


def test_every_category_the_issue_names_is_present(figures):
    assert set(figures["category"]) == set(CATEGORIES)


def test_every_quote_stands_at_its_offsets(figures):
    from helpers import load_articles

    texts = load_articles().set_index("article_id")["text"]
    for row in figures.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.quote
        assert row.quote in row.sentence


def _rows():
    with open(SEED_DATA / "figures.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _write(tmp_path, rows=None, raw: bytes | None = None):
    data = tmp_path / "data"
    shutil.copytree(SEED_DATA, data)
    path = data / "figures.csv"
    if raw is not None:
        path.write_bytes(raw)
    else:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    before = path.read_bytes()
    return data, path, before


def _edit(row_index: int, column: str, value: str):
    rows = _rows()
    rows[row_index][rows[0].index(column)] = value
    return rows


BAD_ROWS = [
    # what is wrong, the edit (CSV row index, column, new value), expected row, column, words in the message
    ("non-numeric value", (3, "value", "many"), 3, "value", "not a number"),
    ("unknown category", (5, "category", "weather"), 5, "category", "not a known category"),
    ("duplicate id", (4, "figure_id", "lr01"), 4, "figure_id", "duplicate"),
    ("quote not in the text", (6, "quote", "999家"), 6, "quote", "not in the clean text"),
    ("offsets that do not match", (7, "start", "3"), 7, "start", "not the quote"),
    ("value that does not match the quote", (8, "value", "151"), 8, "value", "does not match the quote"),
    ("unit that does not match the quote", (8, "unit", "个"), 8, "unit", "does not match the quote"),
    ("bad date", (9, "as_of", "2020-02-31x"), 9, "as_of", "not a date"),
    ("unknown article", (2, "article_id", "nowhere"), 2, "article_id", "unknown article"),
]


@pytest.mark.parametrize("what,edit,row,column,words", BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_bad_row_names_file_row_and_column(tmp_path, what, edit, row, column, words):
    row = edit[0] + 1  # the header is row 1, as a user counts rows in the CSV
    data, path, before = _write(tmp_path, _edit(*edit))
    with pytest.raises(DataError) as info:
        load_figures(data_dir=data)
    message = str(info.value)
    assert (
        f"data/figures.csv, row {row}, column '{column}'" in message
        or f"figures.csv, row {row}, column '{column}'" in message
    )
    assert words in message
    assert path.read_bytes() == before  # nothing written while loading


def test_a_percentage_over_100_is_refused(tmp_path):
    rows = _rows()
    header = rows[0]
    r = next(i for i, x in enumerate(rows) if x[header.index("quote")] == "93%")
    rows[r][header.index("value")] = "930"
    data, _, _ = _write(tmp_path, rows)
    with pytest.raises(DataError, match=rf"row {r + 1}, column 'value'.*(0 to 100|does not match)"):
        load_figures(data_dir=data)


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    rows = _edit(3, "value", "many")
    rows[5][rows[0].index("category")] = "weather"
    data, _, _ = _write(tmp_path, rows)
    with pytest.raises(DataError) as info:
        load_figures(data_dir=data)
    assert len(info.value.problems) >= 2
    assert "row 4" in str(info.value) and "row 6" in str(info.value)


def test_an_empty_file_is_refused(tmp_path):
    data, _, _ = _write(tmp_path, raw=b"")
    with pytest.raises(DataError, match="figures.csv: is empty"):
        load_figures(data_dir=data)


def test_a_missing_column_is_refused(tmp_path):
    note = _rows()[0].index("note")
    rows = [r[:note] + r[note + 1 :] for r in _rows()]  # drop "note"
    data, _, _ = _write(tmp_path, rows)
    with pytest.raises(DataError, match="row 1, column 'note'.*missing column"):
        load_figures(data_dir=data)


def test_a_row_with_too_many_fields_is_refused(tmp_path):
    rows = _rows()
    rows[4] = rows[4] + ["extra"]
    data, _, _ = _write(tmp_path, rows)
    width = len(rows[0])
    with pytest.raises(DataError, match=f"row 5: has {width + 1} fields, expected {width}"):
        load_figures(data_dir=data)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    data, _, _ = _write(tmp_path, raw=(SEED_DATA / "figures.csv").read_text(encoding="utf-8").encode("gb18030"))
    with pytest.raises(DataError, match="figures.csv.*not UTF-8"):
        load_figures(data_dir=data)


def test_columns_are_the_documented_ones(figures):
    assert list(figures.columns[: len(COLUMNS)]) == COLUMNS
    assert {"low", "high"} <= set(figures.columns)
    documented = (paths.DATA / "README.md").read_text(encoding="utf-8")
    for column in [*COLUMNS, "low", "high"]:
        assert f"`{column}`" in documented
    for category in CATEGORIES:  # the seed's; a user's own are described in their categories.csv
        assert f"`{category}`" in documented
