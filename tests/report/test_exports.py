"""The report's exports (CSV tables, workbook, Word, index.html) are complete, well formatted and byte-identical."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from helpers.analysis import topics
from helpers.charts.export import build_figure_index, read_figure_index, save_figure
from helpers.dataset.dictionary import load_dictionary
from helpers.paths import NOTEBOOKS
from helpers.report import exports, parameters, template, workbook
from helpers.report import html as html_report
from helpers.report import tables as report_tables
from helpers.report import word as word_report

TOPIC_SHEETS = [name for name in report_tables.table_titles() if name.startswith("topic_")]
CHART_SHEETS = [t.table_name for t in topics.TOPICS if t.chart != "sensitivity"]  # the grain grid is a heat map
NUMBER_FORMAT = re.compile(r'^(#,##0(\.0+)?("%")?|0)$')
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    assert set(report_tables.table_titles()) <= set(wb.sheetnames)
    for name in report_tables.table_titles():
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert all(cell.font.b for cell in ws[1] if cell.value is not None), name
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    assert NUMBER_FORMAT.match(cell.number_format), (name, cell.coordinate, cell.number_format)


def test_workbook_rates_dates_and_widths(builds):
    wb = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")
    rates = wb["topic_resumption_rates"]
    header = [cell.value for cell in rates[1]]
    value = rates.cell(row=2, column=header.index("value") + 1)
    assert value.number_format.endswith('"%"') and value.value > 1  # percent units, 93 not 0.93
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


def test_word_document_has_every_figure_with_its_title_once(builds):
    folder = builds[0]
    document = docx.Document(str(folder / "suichang_report.docx"))
    index = read_figure_index(folder / "figures" / "index.csv")
    assert len(document.inline_shapes) == len(index)
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert descriptions == list(index["title"])  # the title is the picture's alt text ...
    for title in index["title"]:
        assert title not in text  # ... and is drawn in the chart: no heading or caption repeats it
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert len(captions) == len(index)
    assert all(" SEQ 图 " in p._p.xml for p in captions)  # Word numbers (and can list) the figures
    assert len(document.tables) == len(word_report.KEY_TABLES)
    assert document.core_properties.revision == 1


def test_word_document_is_a4_in_chinese_on_the_template(builds):
    document = docx.Document(str(builds[0] / "suichang_report.docx"))
    size = document.sections[0]._sectPr.find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    lang = document.styles.element.find(f"{W}docDefaults").find(f".//{W}lang")
    assert lang.get(f"{W}val") == "zh-CN" and lang.get(f"{W}eastAsia") == "zh-CN"
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(f"{W}eastAsia") == template.EAST_ASIA_FONT
    with zipfile.ZipFile(builds[0] / "suichang_report.docx") as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:val="en-US"' not in styles


def test_word_tables_have_dictionary_headings_repeated_and_numbers_right_aligned(builds, frames):
    document = docx.Document(str(builds[0] / "suichang_report.docx"))
    dictionary = load_dictionary()
    for table, (name, columns) in zip(document.tables, word_report.KEY_TABLES.items()):
        shown = [column for column in columns if column in frames[name].columns]
        header = [cell.text for cell in table.rows[0].cells]
        assert header == [dictionary[column].zh for column in shown], name
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None, name
        widths = [cell.width for cell in table.rows[0].cells]
        assert len(set(widths)) > 1, name  # sized to their content, not equal
        assert abs(sum(widths) - word_report.TEXT_WIDTH) <= 635 * len(widths), name  # the text width (twips)
        for position, column in enumerate(shown):
            if column in ("value", "low", "high"):
                cells = [row.cells[position] for row in table.rows[1:]]
                assert all(c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT for c in cells), (name, column)
                texts = [c.text for c in cells if c.text]
                assert texts and not [t for t in texts if "e+" in t or t in ("nan", "NaN")], (name, column)
    figures = document.tables[0]
    header = [cell.text for cell in figures.rows[0].cells]
    values = [row.cells[header.index(dictionary["value"].zh)].text for row in figures.rows[1:]]
    assert "168,000,000" in values and "11,676" in values  # thousands separators
    derived = document.tables[1]
    header = [cell.text for cell in derived.rows[0].cells]
    row = next(r for r in derived.rows if r.cells[0].text.startswith("企业总数"))
    low, high = (row.cells[header.index(dictionary[c].zh)].text for c in ("low", "high"))
    assert (low, high) == ("320", "323")  # a derived count of enterprises: the whole numbers its range holds


def test_the_template_in_the_repository_is_the_one_the_script_makes():
    assert template.template_bytes() == template.TEMPLATE.read_bytes()


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


def _chart_parts(path: Path) -> dict[str, str]:
    """Each topic sheet's chart XML, by sheet name (sheet → drawing → chart, through the zip's relationships)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        targets.update({rid: target for target, rid in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
        found = {}
        for sheet, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+"(?: state="hidden")? r:id="(rId\d+)"', book):
            sheet_file = "xl/" + targets[rid].removeprefix("/xl/")
            sheet_rels = sheet_file.replace("worksheets/", "worksheets/_rels/") + ".rels"
            if sheet_rels not in names:
                continue
            drawing = re.search(r'Target="\.\./drawings/(drawing\d+\.xml)"', archive.read(sheet_rels).decode())
            if not drawing:
                continue
            drawing_rels = archive.read(f"xl/drawings/_rels/{drawing.group(1)}.rels").decode()
            chart = re.search(r'Target="\.\./charts/(chart\d+\.xml)"', drawing_rels).group(1)
            found[sheet] = archive.read(f"xl/charts/{chart}").decode()
    return found


def test_every_topic_chart_with_ranges_has_error_bars_labels_and_axes_where_expected(builds, frames):
    charts = _chart_parts(builds[0] / "suichang_figures.xlsx")
    assert set(charts) == set(CHART_SHEETS)
    for name in CHART_SHEETS:
        chart = charts[name]
        assert "<c:numCache>" in chart and "<c:strCache>" in chart, name  # data cached for other viewers
        assert '<c:showVal val="1"/>' in chart, name  # values as data labels
        assert '<c:orientation val="maxMin"/>' in chart and '<c:crosses val="max"/>' in chart, name
        if {"low", "high"} <= set(frames[name].columns):
            assert "<c:errBars>" in chart and '<c:errValType val="cust"/>' in chart, name
            assert f"{workbook.RANGES_SHEET}!" in chart, name  # lengths from cells (LibreOffice draws only those)
        if name in workbook.PERCENT_SHEETS:
            assert '<c:max val="100"/>' in chart and '<c:min val="0"/>' in chart, name


def test_error_bar_lengths_are_the_ranges(builds, frames):
    wb = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")
    ranges = wb[workbook.RANGES_SHEET]
    assert ranges.sheet_state == "hidden"
    columns = {ranges.cell(row=1, column=c).value: c for c in range(1, ranges.max_column + 1)}
    rates = frames["topic_resumption_rates"]
    minus = [ranges.cell(row=r + 2, column=columns["topic_resumption_rates:minus"]).value for r in range(len(rates))]
    plus = [ranges.cell(row=r + 2, column=columns["topic_resumption_rates:plus"]).value for r in range(len(rates))]
    assert minus == pytest.approx(list(rates["value"] - rates["low"]))
    assert plus == pytest.approx(list(rates["high"] - rates["value"]))


def test_every_sheet_prints_a4_one_page_wide_with_its_header_row_repeated(builds):
    wb = openpyxl.load_workbook(builds[0] / "suichang_figures.xlsx")
    for name in report_tables.table_titles():
        ws = wb[name]
        assert ws.page_setup.paperSize == 9, name  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert (ws.page_setup.fitToWidth or 1) == 1, name  # 1 is the default XlsxWriter leaves out
        assert ws.page_setup.fitToHeight == 0, name
        assert ws.print_title_rows == "$1:$1", name
        assert report_tables.table_titles()[name] in ws.oddHeader.left.text, name


def test_notebook_tables_read_as_numbers_and_blanks():
    import pandas as pd

    from helpers.display import frame_html

    frame = pd.DataFrame(
        {
            "low": [100.0, 167_500_000.0, 77.85, float("nan")],
            "as_of": pd.to_datetime(["2020-02-22", None, None, "2020-01-24"]),
            "small": [0.00002, 1.5, 2.0, 3.0],
        }
    )
    page = frame_html(frame)
    cells = re.findall(r"<td>([^<]*)</td>", page)
    assert "167,500,000" in cells and "77.85" in cells and "100" in cells and "0.00002" in cells
    assert not [cell for cell in cells if re.search(r"e[+-]0|NaT|NaN|nan", cell)]
    assert 'class="dataframe' in page


@pytest.mark.slow
def test_html_pages_of_an_executed_notebook_show_readable_tables_and_a_version_without_code(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    code = (
        "import helpers\nimport pandas as pd\n"
        "pd.DataFrame({'low': [1e2, 1.675e8], 'as_of': pd.to_datetime(['2020-02-22', None])})"
    )
    notebook.cells = [nbformat.v4.new_markdown_cell("# 表格"), nbformat.v4.new_code_cell(code)]
    NotebookClient(notebook, kernel_name="python3").execute()
    (tmp_path / "notebooks").mkdir()
    nbformat.write(notebook, tmp_path / "notebooks" / "01_tables.ipynb")
    html_report.write_html_report(tmp_path)
    for name in ("01_tables.html", "01_tables.reader.html"):
        page = (tmp_path / "notebooks" / name).read_text(encoding="utf-8")
        cells = re.findall(r"<td>([^<]*)</td>", page)
        assert "167,500,000" in cells, name
        assert not [cell for cell in cells if "e+0" in cell or "NaT" in cell], name
    full = (tmp_path / "notebooks" / "01_tables.html").read_text(encoding="utf-8")
    reader = (tmp_path / "notebooks" / "01_tables.reader.html").read_text(encoding="utf-8")
    code = 'class="highlight hl-ipython3"'  # a code cell's source, as the lab template writes it
    assert code in full and code not in reader
    front = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="notebooks/01_tables.reader.html"' in front and 'href="notebooks/01_tables.html"' in front


def test_a_parameterised_export_differs_where_the_parameter_matters_and_says_so(tmp_path, monkeypatch):
    made = {}
    for label, params in (("default", {}), ("parameterised", {"population": 150000})):
        folder = _fake_report(tmp_path / label, monkeypatch)
        parameters.write_parameters(folder, params)
        exports.export_reports(folder)
        made[label] = folder
    default, changed = made["default"], made["parameterised"]
    note = parameters.stamp({"population": 150000}, "zh")
    assert "population=150000" in note

    def derived(folder: Path) -> dict[str, str]:
        rows = (folder / "tables" / "derived_figures.csv").read_text(encoding="utf-8-sig").splitlines()
        return {row.split(",")[0]: row for row in rows[1:]}

    before, after = derived(default), derived(changed)
    assert before["grain_ration_implied"] != after["grain_ration_implied"]  # depends on the county's population
    assert before["enterprises_total"] == after["enterprises_total"]  # does not
    assert (default / "tables" / "figures.csv").read_bytes() == (changed / "tables" / "figures.csv").read_bytes()

    for folder, stamped in ((default, False), (changed, True)):
        page = (folder / "index.html").read_text(encoding="utf-8")
        document = docx.Document(str(folder / "suichang_report.docx"))
        captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
        wb = openpyxl.load_workbook(folder / "suichang_figures.xlsx")
        headers = [wb[name].oddHeader.right.text or "" for name in report_tables.table_titles()]
        assert (note in page) is stamped
        assert captions and all((note in caption) is stamped for caption in captions)
        assert all((note in header) is stamped for header in headers)
        assert (parameters.stamp({"population": 150000}) in str(wb["about"]["A3"].value)) is stamped


def test_check_parameters_lists_what_the_notebooks_declare(tmp_path):
    from helpers.errors import UserFacingError

    parameters.check_parameters(sorted(NOTEBOOKS.glob("*.ipynb")), {"population": 1})
    with pytest.raises(UserFacingError) as refused:
        parameters.check_parameters(sorted(NOTEBOOKS.glob("*.ipynb")), {"popluation": 1})
    assert "'popluation'" in str(refused.value) and "population (03_grain_and_supplies.ipynb)" in str(refused.value)


def test_the_readers_version_of_a_parameterised_notebook_says_which_values_it_ran_with(tmp_path):
    import nbformat

    notebook = nbformat.v4.new_notebook()
    injected = nbformat.v4.new_code_cell("# Parameters\npopulation = 150000\n")
    injected.metadata["tags"] = ["injected-parameters"]
    notebook.cells = [nbformat.v4.new_markdown_cell("# 粮食"), injected, nbformat.v4.new_code_cell("x = 1")]
    path = tmp_path / "03_grain.ipynb"
    nbformat.write(notebook, path)
    reader = html_report.notebook_html(path, reader=True)
    assert "参数化构建" in reader and "population = 150000" in reader
    assert "参数化构建" not in html_report.notebook_html(path)  # the full page shows the injected cell itself
