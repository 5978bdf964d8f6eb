"""The report's exports (CSV tables, workbook, Word document, index.html) are complete, well formatted and
byte-identical.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest

from helpers.charts.export import build_figure_index, read_figure_index, save_figure
from helpers.paths import NOTEBOOKS
from helpers.report import exports, workbook
from helpers.report import html as html_report
from helpers.report import tables as report_tables
from helpers.report import word as word_report

TOPIC_SHEETS = [name for name in report_tables.SHEET_TITLES if name.startswith("topic_")]
NUMERIC_FORMATS = {workbook.PERCENT_FORMAT, workbook.COUNT_FORMAT, workbook.DECIMAL_FORMAT, workbook.INTEGER_FORMAT}


@pytest.fixture(scope="module")
def frames():
    """The real report tables, with a quote that Excel would otherwise read as a formula."""
    tables = report_tables.report_frames()
    tables["figures"] = tables["figures"].copy()
    tables["figures"].loc[0, "quote"] = "=SUM(1,1) 不是公式"
    return tables


def _fake_report(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A report folder with two small charts (saved the real way), their index and one executed-notebook copy."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    monkeypatch.setenv("HELPERS_REPORT_DIR", str(folder))
    for number, name in enumerate(["rates_demo", "counts_demo"]):
        fig = Figure(figsize=(3, 2))
        fig.subplots().bar(["复工", "到岗"], [93, 76 + number])
        save_figure(fig, name, f"测试图表 {name}", ["lr14", "lr15"], notebook="02_enterprises_and_workforce")
    build_figure_index(folder / "figures")
    (folder / "notebooks").mkdir()
    shutil.copy(NOTEBOOKS / "02_enterprises_and_workforce.ipynb", folder / "notebooks")
    return folder


def _export(folder: Path, frames) -> None:
    report_tables.write_tables(folder, frames)
    workbook.write_workbook(folder, frames)
    word_report.write_word_report(folder, frames)
    html_report.write_html_report(folder)


@pytest.fixture(scope="module")
def builds(tmp_path_factory, frames):
    """The same report exported into two folders, one after the other."""
    made = []
    with pytest.MonkeyPatch.context() as monkeypatch:
        for label in ("first", "second"):
            folder = _fake_report(tmp_path_factory.mktemp(label), monkeypatch)
            _export(folder, frames)
            made.append(folder)
    return made


def _outputs(folder: Path) -> dict[str, bytes]:
    names = [
        "suichang_figures.xlsx",
        "suichang_report.docx",
        "index.html",
        "notebooks/02_enterprises_and_workforce.html",
    ]
    names += [f"tables/{path.name}" for path in sorted((folder / "tables").glob("*.csv"))]
    return {name: (folder / name).read_bytes() for name in names}


def test_two_builds_give_identical_bytes(builds):
    first, second = (_outputs(folder) for folder in builds)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_rewriting_leaves_files_identical(builds, frames):
    folder = builds[0]
    before = _outputs(folder)
    _export(folder, frames)
    assert _outputs(folder) == before


def test_csv_tables_have_bom_and_unix_line_ends(builds, frames):
    tables = builds[0] / "tables"
    expected = {"figures", "derived_figures", "claims_audit", "reference", "events", *TOPIC_SHEETS}
    assert {path.stem for path in tables.glob("*.csv")} == expected
    for path in tables.glob("*.csv"):
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), path.name
        assert b"\r\n" not in data
    events = (tables / "events.csv").read_text(encoding="utf-8-sig")
    assert re.search(r",2020-01-24,", events)


def test_workbook_sheets_and_formatting(builds):
    wb = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")
    assert set(report_tables.SHEET_TITLES) <= set(wb.sheetnames)
    for name in report_tables.SHEET_TITLES:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(cell.font.b for cell in ws[1] if cell.value is not None), name
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    assert cell.number_format in NUMERIC_FORMATS, (name, cell.coordinate, cell.number_format)
    for name in TOPIC_SHEETS:
        assert len(wb[name]._charts) >= 1, name


def test_workbook_rates_dates_and_widths(builds):
    wb = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")
    rates = wb["topic_resumption_rates"]
    header = [cell.value for cell in rates[1]]
    value = rates.cell(row=2, column=header.index("value") + 1)
    assert value.number_format == workbook.PERCENT_FORMAT and value.value > 1  # percent units, 93 not 0.93
    events = wb["events"]
    header = [cell.value for cell in events[1]]
    date = events.cell(row=2, column=header.index("date") + 1)
    assert date.is_date and date.number_format == workbook.DATE_FORMAT
    figures = wb["figures"]
    header = [cell.value for cell in figures[1]]
    label = openpyxl.utils.get_column_letter(header.index("label_zh") + 1)
    longest = max(workbook.display_width(str(c.value)) for (c,) in figures[f"{label}2:{label}{figures.max_row}"])
    assert figures.column_dimensions[label].width >= min(workbook.MAX_WIDTH, longest)


def test_text_that_looks_like_a_formula_stays_text(builds):
    ws = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")["figures"]
    header = [cell.value for cell in ws[1]]
    cell = ws.cell(row=2, column=header.index("quote") + 1)
    assert cell.data_type == "s"
    assert cell.value.startswith("=")


def test_display_width_counts_chinese_as_two():
    assert workbook.display_width("复工率") == 6
    assert workbook.display_width("rate") == 4


def test_every_link_in_index_html_resolves(builds):
    folder = builds[0]
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page and 'lang="zh-CN"' in page and html_report.REPORT_TITLE in page
    links = re.findall(r'(?:href|src)="([^"]+)"', page)
    assert links
    for link in links:
        assert not re.match(r"^[a-z]+:|^/", link), link
        assert (folder / link).is_file(), link
    index = read_figure_index(folder / "figures" / "index.csv")
    for name in index["name"]:
        assert f'src="figures/{name}.png"' in page
    for target in ("suichang_figures.xlsx", "suichang_report.docx", "notebooks/02_enterprises_and_workforce.html"):
        assert f'href="{target}"' in page


def test_notebook_html_needs_no_network(builds):
    page = (builds[0] / "notebooks" / "02_enterprises_and_workforce.html").read_text(encoding="utf-8")
    assert html_report.external_resources(page) == []


def test_word_document_has_every_figure_and_title(builds):
    folder = builds[0]
    document = docx.Document(str(folder / "suichang_report.docx"))
    index = read_figure_index(folder / "figures" / "index.csv")
    assert len(document.inline_shapes) == len(index)
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for title in index["title"]:
        assert title in text
    assert len(document.tables) == len(word_report.KEY_TABLES)
    assert document.core_properties.revision == 1
    styles = (folder / "suichang_report.docx").read_bytes()
    assert styles  # East Asian font named in the styles:
    assert (
        document.styles["Normal"].element.rPr.rFonts.get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
        )
        == word_report.EAST_ASIA_FONT
    )


def test_the_build_lists_its_post_build_steps_itself_charts_first_then_exports():
    from helpers.report import build

    assert [step.__name__ for step in build.POST_BUILD] == ["index_charts", "export_all"]


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(builds, tmp_path):
    source = builds[0] / "suichang_figures.xlsx"
    result = subprocess.run(
        [
            "libreoffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "suichang_figures.pdf").stat().st_size > 0


def test_export_step_skips_unchanged_office_files_and_redoes_changed_ones(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    folder = _fake_report(tmp_path / "reports", monkeypatch)
    exports.export_reports(folder)
    xlsx = folder / "suichang_figures.xlsx"
    assert xlsx.is_file() and (folder / "suichang_report.docx").is_file() and (folder / "index.html").is_file()
    xlsx.write_bytes(b"stale")  # same key, but the export step must not trust a file it did not write ...
    (folder / exports.EXPORT_STAMP).unlink()  # ... once its stamp is gone
    exports.export_reports(folder)
    assert xlsx.read_bytes().startswith(b"PK")
    mtime = xlsx.stat().st_mtime_ns
    exports.export_reports(folder)
    assert xlsx.stat().st_mtime_ns == mtime
