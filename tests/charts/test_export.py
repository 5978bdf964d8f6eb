"""Saving a chart gives PNG/SVG/PDF with identical bytes each run, embedded Chinese text, and an index."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image

from helpers import charts, paths
from helpers.charts.export import (
    FigureExportError,
    build_figure_index,
    check_name,
    figures_folder,
    read_figure_index,
    save_figure,
)
from helpers.errors import DataError

FORMATS = ("png", "svg", "pdf")

CHART_SCRIPT = textwrap.dedent("""
    import pandas as pd
    from helpers import charts

    def make_chart():
        frame = pd.DataFrame({
            "label_zh": ["规上工业企业复工率", "全县企业复工率(推算)"],
            "label_en": ["Above-scale firms resumed", "All firms resumed (implied)"],
            "value": [96.3, 60.0], "low": [96.3, 50.0], "high": [96.3, 70.0],
            "kind": ["reported", "derived"],
        })
        return charts.range_bars(frame, title="复工率:报道值与推算值", source="来源:遂昌县报道,2020年2月")
""")
namespace: dict = {}
exec(CHART_SCRIPT, namespace)
make_chart = namespace["make_chart"]


def small_figure() -> Figure:
    """A one-line chart: enough for tests about names, records and the index."""
    fig = Figure(figsize=(3, 2))
    fig.add_subplot().set_title("复工率")
    return fig


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_REPORT_DIR", str(tmp_path / "reports"))
    monkeypatch.delenv("HELPERS_NOTEBOOK", raising=False)
    with mpl.rc_context():
        yield


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> dict[str, Path]:
    """The range chart saved once (PDF font subsetting takes about a second per save)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HELPERS_REPORT_DIR", str(tmp_path_factory.mktemp("saved") / "reports"))
        return save_figure(make_chart(), "resumption-rates", "复工率", ["F01", "F02"], notebook="02_rates.ipynb")


def _bytes(written: dict[str, Path]) -> dict[str, bytes]:
    return {fmt: written[fmt].read_bytes() for fmt in FORMATS}


def test_report_dir_follows_the_environment(tmp_path, monkeypatch):
    assert paths.report_dir() == tmp_path / "reports"
    monkeypatch.delenv("HELPERS_REPORT_DIR")
    assert paths.report_dir() == paths.ROOT / "reports"


def test_save_writes_png_svg_pdf_and_a_record(saved):
    written = saved
    folder = written["png"].parent
    assert folder.name == "figures" and folder.parent.name == "reports"
    assert written == {
        "png": folder / "resumption-rates.png",
        "svg": folder / "resumption-rates.svg",
        "pdf": folder / "resumption-rates.pdf",
        "json": folder / ".index" / "resumption-rates.json",
    }
    assert all(p.is_file() for p in written.values())
    with Image.open(written["png"]) as image:
        assert [round(d) for d in image.info["dpi"]] == [300, 300]
    record = json.loads(written["json"].read_text(encoding="utf-8"))
    assert record == {
        "name": "resumption-rates",
        "topic": "",
        "title": "复工率",
        "notebook": "02_rates.ipynb",
        "figure_ids": ["F01", "F02"],
    }
    assert not list(folder.rglob("*.tmp"))


def test_the_same_figure_saved_twice_gives_identical_bytes(saved):
    again = save_figure(make_chart(), "resumption-rates", "复工率", ["F01", "F02"], notebook="02_rates.ipynb")
    assert again["png"] != saved["png"]  # another report folder
    assert _bytes(again) == _bytes(saved)


def test_another_python_process_writes_the_same_bytes(tmp_path, saved):
    here = _bytes(saved)
    script = CHART_SCRIPT + textwrap.dedent("""
        from helpers.charts.export import save_figure
        save_figure(make_chart(), "rates", "复工率")
    """)  # the title is the same as in `saved`, and it is the only text that differs
    env = {**os.environ, "HELPERS_REPORT_DIR": str(tmp_path / "other")}
    subprocess.run([sys.executable, "-c", script], check=True, env=env)
    there = {fmt: (tmp_path / "other" / "figures" / f"rates.{fmt}").read_bytes() for fmt in FORMATS}
    assert here == there


def test_saving_unchanged_bytes_leaves_the_files_alone():
    first = save_figure(small_figure(), "rates", "复工率")
    stamps = {fmt: first[fmt].stat().st_mtime_ns for fmt in FORMATS}
    save_figure(small_figure(), "rates", "复工率")
    assert {fmt: first[fmt].stat().st_mtime_ns for fmt in FORMATS} == stamps


def _pdf_streams(pdf: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return out


def test_pdf_keeps_text_as_text_with_the_chinese_font_embedded(saved):
    pdf = saved["pdf"].read_bytes()
    assert b"/FontFile2" in pdf  # an embedded TrueType font program
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansSCStatic-Regular", pdf)
    assert b"/Subtype /Type3" not in pdf and b"/CIDFontType2" in pdf
    assert b"/ToUnicode" in pdf  # the Chinese can be searched and copied
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf
    cmaps = b"".join(s for s in _pdf_streams(pdf) if b"beginbfchar" in s or b"beginbfrange" in s)
    assert b"<590d>" in cmaps.lower()  # 复 (U+590D) is mapped back to Unicode


def test_svg_draws_chinese_as_paths_and_has_no_date(saved):
    svg = saved["svg"].read_text(encoding="utf-8")
    assert "<text" not in svg
    assert "<path" in svg
    assert "dc:date" not in svg


def test_png_has_no_software_stamp(saved):
    png = saved["png"].read_bytes()
    assert b"Software" not in png and b"Matplotlib" not in png


@pytest.mark.parametrize("bad", ["Resumption Rates", "复工率", "rates.png", "../rates", "a--b", "-a", "", "x" * 81])
def test_names_must_be_stable_lowercase_slugs(bad):
    with pytest.raises(FigureExportError, match="slug"):
        save_figure(small_figure(), bad, "复工率")
    assert not figures_folder().exists()  # nothing written


@pytest.mark.parametrize("good", ["rates", "resumption-rates", "fig_01", "a1-b2_c3"])
def test_good_names_are_accepted(good):
    assert check_name(good) == good


def test_the_file_names_are_the_figure_name():
    assert save_figure(small_figure(), "fig_01", "复工率")["png"].name == "fig_01.png"


def test_figure_ids_are_checked_and_a_single_id_may_be_a_string():
    record = save_figure(small_figure(), "rates", "复工率", "F01")["json"]
    assert json.loads(record.read_text(encoding="utf-8"))["figure_ids"] == ["F01"]
    with pytest.raises(FigureExportError, match="figure id"):
        save_figure(small_figure(), "rates", "复工率", ["F01;F02"])


def test_notebook_defaults_to_the_runner_environment(monkeypatch):
    monkeypatch.setenv("HELPERS_NOTEBOOK", "03_grain.ipynb")
    record = save_figure(small_figure(), "grain", "储备粮")["json"]
    assert json.loads(record.read_text(encoding="utf-8"))["notebook"] == "03_grain.ipynb"


def test_a_name_used_by_another_notebook_is_refused():
    save_figure(small_figure(), "rates", "复工率", notebook="a.ipynb")
    save_figure(small_figure(), "rates", "复工率", notebook="a.ipynb")  # a re-run is fine
    with pytest.raises(FigureExportError, match="a.ipynb"):
        save_figure(small_figure(), "rates", "复工率", notebook="b.ipynb")


def _save_three() -> None:
    fig = small_figure()
    save_figure(fig, "zeta", '最后, 一个 "quoted" title', ["F09"], notebook="01_a.ipynb")
    save_figure(fig, "alpha", "复工率\n第二行", ["F01", "F02"], notebook="02_b.ipynb")
    save_figure(fig, "beta", "Title without ids", (), notebook="01_a.ipynb")


def test_index_is_sorted_by_notebook_then_name_and_round_trips():
    _save_three()
    index = build_figure_index(figures_folder())
    assert list(index.columns) == ["name", "title", "notebook", "figure_ids", "topic"]
    assert list(index["name"]) == ["beta", "zeta", "alpha"]
    assert list(index["figure_ids"]) == ["", "F09", "F01;F02"]
    csv = figures_folder() / "index.csv"
    pd.testing.assert_frame_equal(read_figure_index(csv), index)
    plain = pd.read_csv(csv, dtype=str, keep_default_na=False, encoding="utf-8")
    pd.testing.assert_frame_equal(plain, index)


def test_index_bytes_are_deterministic_and_utf8():
    _save_three()
    first = (build_figure_index(), (figures_folder() / "index.csv").read_bytes())
    second = (build_figure_index(), (figures_folder() / "index.csv").read_bytes())
    assert first[1] == second[1]
    text = first[1].decode("utf-8")
    assert text.startswith("name,title,notebook,figure_ids,topic\n") and "\r" not in text
    assert "复工率" in text


def test_index_of_an_empty_folder_is_just_the_header(tmp_path):
    index = build_figure_index(tmp_path / "figures")
    assert index.empty and list(index.columns) == ["name", "title", "notebook", "figure_ids", "topic"]
    assert (tmp_path / "figures" / "index.csv").read_text(encoding="utf-8") == "name,title,notebook,figure_ids,topic\n"


def test_a_broken_record_is_reported_with_its_file():
    _save_three()
    (figures_folder() / ".index" / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="broken.json"):
        build_figure_index()


def test_axes_and_seaborn_grids_are_accepted_for_their_figure():
    fig = small_figure()
    assert save_figure(fig.axes[0], "from-axes", "复工率")["png"].is_file()
    with pytest.raises(FigureExportError, match="Figure"):
        save_figure("not a figure", "nope", "复工率")


def test_chart_after_house_theme_still_exports_identically(saved):
    charts.house_theme()
    assert _bytes(save_figure(make_chart(), "rates", "复工率")) == _bytes(saved)


def test_a_chart_saved_in_jupyterlab_records_its_notebook(tmp_path, monkeypatch):
    """JupyterLab names the notebook in JPY_SESSION_NAME; the record must carry it, or a later build drops the chart."""
    import json

    import matplotlib.figure

    from helpers.charts.export import save_figure

    monkeypatch.setenv("HELPERS_REPORT_DIR", str(tmp_path))
    monkeypatch.delenv("HELPERS_NOTEBOOK", raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", "/somewhere/notebooks/05_timeline.ipynb")
    fig = matplotlib.figure.Figure()
    fig.add_subplot().plot([1, 2])
    written = save_figure(fig, "lab_chart", "A chart")
    assert json.loads(written["json"].read_text(encoding="utf-8"))["notebook"] == "05_timeline"
