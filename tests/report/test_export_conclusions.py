"""The exports carry each topic's conclusions: under its figure in Word (zh, then en), beside it on the front page."""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from helpers.analysis.conclusions import conclusions_for_charts
from helpers.charts.export import build_figure_index, save_figure
from helpers.report import html as html_report
from helpers.report import tables as report_tables
from helpers.report import word as word_report

CHARTS = ["resumption_rates", "chart_without_topic", "resumption_rates_en"]
TOPIC_OF = {"resumption_rates_en": "resumption_rates"}  # a second chart of the same topic, as the index records it


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    folder = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("HELPERS_REPORT_DIR", str(folder))
        for name in CHARTS:
            fig = Figure(figsize=(3, 2))
            fig.subplots().bar(["复工", "到岗"], [93, 76])
            topic = TOPIC_OF.get(name, "")
            save_figure(
                fig, name, f"Chart {name}", ["lr14", "lr15"], notebook="02_enterprises_and_workforce", topic=topic
            )
        build_figure_index(folder / "figures")
        frames = report_tables.report_frames()
        word_report.write_word_report(folder, frames)
        html_report.write_html_report(folder)
    return folder


def test_word_puts_the_conclusions_under_their_figure(report):
    said = conclusions_for_charts(CHARTS)["resumption_rates"]
    paragraphs = docx.Document(str(report / word_report.WORD_NAME)).paragraphs
    texts = [p.text for p in paragraphs]
    at = texts.index(said["zh"])
    assert texts[at + 1] == said["en"]
    assert paragraphs[at - 1].style.name == "Caption"  # right under its figure's caption
    assert texts.count(said["zh"]) == 1  # once, under the topic's first figure; a chart with no topic gets none
    assert "21–24" in said["zh"] and "3,587–3,788 workers" in said["en"]


def test_the_front_page_shows_the_conclusions_beside_their_figure(report):
    said = conclusions_for_charts(CHARTS)["resumption_rates"]
    page = (report / html_report.INDEX_NAME).read_text(encoding="utf-8")
    block = page[page.index('<figure id="resumption_rates">') :]
    block = block[: block.index("</figure>")]
    assert f'<p lang="zh-CN">{html.escape(said["zh"])}</p>' in block
    assert f'<p lang="en">{html.escape(said["en"])}</p>' in block
    assert block.index('lang="zh-CN"') < block.index('lang="en"')
    other = page[page.index('<figure id="chart_without_topic">') :]
    assert 'class="conclusions"' not in other[: other.index("</figure>")]


def test_a_topic_drawn_twice_has_its_conclusions_once(report):
    said = conclusions_for_charts(["resumption_rates"])["resumption_rates"]
    paragraphs = [p.text for p in docx.Document(str(report / word_report.WORD_NAME)).paragraphs]
    assert paragraphs.count(said["en"]) == 1
    page = (report / html_report.INDEX_NAME).read_text(encoding="utf-8")
    assert page.count(html.escape(said["en"])) == 1
