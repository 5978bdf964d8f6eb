"""The report's front page, ``reports/index.html``, and each executed notebook as HTML, in two versions.

Each executed notebook becomes ``notebooks/<name>.html`` (everything, code included) and a
reader's version ``notebooks/<name>.reader.html`` without its code cells (nbconvert's
``exclude_input``): text, tables and charts only. The front page links both. Tables in the
pages read as the notebooks show them (`helpers.display`: thousands separators, no scientific
notation, blanks for missing values).

Everything works offline: each notebook is converted by nbconvert's "lab"
template with images embedded and without the scripts it would otherwise fetch
from a CDN (require.js, MathJax, Mermaid, widgets). The front page is
self-contained (inline CSS, no scripts), links only with relative addresses to
files that exist, and is byte-identical for the same inputs; a parameterised build
says so at its top, with the values. A notebook's HTML is only converted again
when its executed copy (or nbconvert) changed. The page is made of one function
per section (`_downloads`, `_notebooks`, `_figures`), so a section is one more
function in `index_html`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from helpers.atomic import write_atomic
from helpers.charts.export import read_figure_index
from helpers.charts.index import chart_topic
from helpers.report.parameters import stamp

__all__ = [
    "CSS",
    "HTML_CACHE",
    "INDEX_NAME",
    "OFFLINE_TEMPLATE",
    "READER_SUFFIX",
    "REPORT_SUBTITLE",
    "REPORT_TITLE",
    "convert_notebooks",
    "external_resources",
    "index_html",
    "notebook_html",
    "write_html_report",
]

INDEX_NAME = "index.html"
REPORT_TITLE = "遂昌复工复产数据报告"
REPORT_SUBTITLE = "Suichang county, February 2020: figures from the county paper, as a traceable dataset"
HTML_CACHE = Path(".cache") / "html"
READER_SUFFIX = ".reader.html"
"""A notebook's reader's version (no code cells) is ``notebooks/<name>.reader.html``."""

OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
"""
"""The lab template without its CDN scripts: a converted notebook needs no network to be read."""

_EXTERNAL = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)

CSS = """
body { font-family: "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #222; }
h1 { margin-bottom: 0.2rem; } .subtitle { color: #555; margin-top: 0; }
figure { margin: 2rem 0; padding-bottom: 1rem; border-bottom: 1px solid #ddd; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9rem; color: #444; } .source { color: #777; }
.conclusions p { margin: 0.5rem 0; font-size: 1rem; color: #222; }
ul.downloads li, ul.notebooks li { margin: 0.2rem 0; }
.parameters { background: #fff4ce; border-left: 4px solid #c19c00; padding: 0.5rem 1rem; }
"""


def external_resources(text: str) -> list[str]:
    """The <script>/<link> tags of an HTML page that load something over the network."""
    return [match.group(0) for match in _EXTERNAL.finditer(text)]


def _exporter(reader: bool = False):
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="lab",
        template_file="helpers_offline.html.j2",
        extra_loaders=[DictLoader({"helpers_offline.html.j2": OFFLINE_TEMPLATE})],
        embed_images=True,
        exclude_input=reader,
        exclude_input_prompt=reader,
        exclude_output_prompt=reader,
    )


def _parameters_shown(node) -> None:
    """Before papermill's injected-parameters cell (code, hidden in the reader's version), a note with its values."""
    import nbformat

    for position, cell in enumerate(node.cells):
        if cell.cell_type == "code" and "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            lines = [line.strip() for line in cell.source.splitlines() if line.strip() and not line.startswith("#")]
            text = "**参数化构建 Parameterised build:** " + "; ".join(f"`{line}`" for line in lines)
            node.cells.insert(position, nbformat.v4.new_markdown_cell(text))
            return


def notebook_html(notebook: Path, reader: bool = False) -> str:
    """One executed notebook as a self-contained HTML page (images embedded, no CDN scripts); *reader*: no code,
    and the values of a parameterised build written out where papermill injected them."""
    import nbformat

    node = nbformat.read(str(notebook), as_version=4)
    if reader:
        _parameters_shown(node)
    body, _ = _exporter(reader).from_notebook_node(node, resources={"metadata": {"name": notebook.stem}})
    found = external_resources(body)
    if found:
        raise ValueError(f"{notebook.name}: the HTML would load {found[0]!r} from the network")
    return body


def _conversion_key(notebook: Path, reader: bool) -> str:
    import nbconvert

    digest = hashlib.sha256()
    parts = (notebook.read_bytes(), nbconvert.__version__.encode(), OFFLINE_TEMPLATE.encode(), b"reader" * reader)
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _page_name(stem: str, reader: bool) -> str:
    return f"{stem}{READER_SUFFIX}" if reader else f"{stem}.html"


def convert_notebooks(report_dir: Path) -> list[Path]:
    """Convert every executed notebook to ``<name>.html`` and ``<name>.reader.html`` (each only when changed)."""
    report_dir = Path(report_dir)
    folder, cache = report_dir / "notebooks", report_dir / HTML_CACHE
    notebooks = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    written = []
    for notebook in notebooks:
        for reader in (False, True):
            name = _page_name(notebook.stem, reader)
            target, key_file = folder / name, cache / f"{name}.sha256"
            key = _conversion_key(notebook, reader)
            if not (target.is_file() and key_file.is_file() and key_file.read_text(encoding="utf-8").strip() == key):
                write_atomic(target, notebook_html(notebook, reader).encode("utf-8"))
                write_atomic(key_file, (key + "\n").encode("utf-8"))
            written.append(target)
    expected = {path.name for path in written}
    stale = list(folder.glob("*.html")) if folder.is_dir() else []
    stale += list(cache.glob("*.sha256")) if cache.is_dir() else []
    for path in stale:
        if path.name.removesuffix(".sha256") not in expected:
            path.unlink()
    return written


def _href(path: str) -> str:
    return html.escape(quote(path, safe="/"), quote=True)


def _notebook_title(notebook: Path) -> str:
    try:
        node = json.loads(notebook.read_text(encoding="utf-8"))
        cells = node["cells"]
    except (OSError, ValueError, KeyError):
        return notebook.stem
    if node.get("metadata", {}).get("title"):  # set by the runner, e.g. an article overview's article title
        return str(node["metadata"]["title"])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip() or notebook.stem
    return notebook.stem


def _downloads(report_dir: Path) -> list[str]:
    items = []
    for name, label in (
        ("suichang_figures.xlsx", "Excel 工作簿 workbook"),
        ("suichang_report.docx", "Word 报告 report"),
    ):
        if (report_dir / name).is_file():
            items.append(f'<li><a href="{_href(name)}" download>{html.escape(label)}</a> ({html.escape(name)})</li>')
    tables = sorted((report_dir / "tables").glob("*.csv")) if (report_dir / "tables").is_dir() else []
    if tables:
        links = ", ".join(f'<a href="{_href("tables/" + path.name)}">{html.escape(path.stem)}</a>' for path in tables)
        items.append(f"<li>CSV 表格 tables (UTF-8): {links}</li>")
    return items


def _notebooks(report_dir: Path) -> list[str]:
    """One line per notebook: its title linking the reader's version, then the full page and the .ipynb."""
    items = []
    folder = report_dir / "notebooks"
    for executed in sorted(folder.glob("*.ipynb")) if folder.is_dir() else []:
        stem = executed.stem
        full, reader = folder / _page_name(stem, False), folder / _page_name(stem, True)
        if not full.is_file():
            continue
        title = html.escape(_notebook_title(executed))
        main = reader if reader.is_file() else full
        links = [f'<a href="{_href("notebooks/" + main.name)}">{title}</a>']
        extras = []
        if reader.is_file():
            extras.append(f'<a href="{_href("notebooks/" + reader.name)}">阅读版 reader\'s version</a>')
        extras.append(f'<a href="{_href("notebooks/" + full.name)}">含代码完整版 full, with code</a>')
        extras.append(f'<a href="{_href("notebooks/" + executed.name)}">.ipynb</a>')
        items.append(f'<li>{links[0]} <span class="source">({html.escape(stem)}: {" · ".join(extras)})</span></li>')
    return items


def _conclusions_html(said: dict[str, str] | None) -> str:
    if not said:
        return ""
    return (
        '\n<div class="conclusions">'
        f'<p lang="zh-CN">{html.escape(said["zh"])}</p>'
        f'<p lang="en">{html.escape(said["en"])}</p></div>'
    )


def _figures(report_dir: Path, params: Mapping[str, Any] | None = None) -> list[str]:
    """Each chart with its caption and, beside its topic's first chart, the topic's conclusions (zh, then en)."""
    index_path = report_dir / "figures" / "index.csv"
    if not index_path.is_file():
        return []
    from helpers.analysis.conclusions import conclusions_beside

    blocks = []
    rows = [
        row
        for row in read_figure_index(index_path).to_dict("records")
        if (report_dir / "figures" / f"{row['name']}.png").is_file()
    ]
    for row, said in zip(rows, conclusions_beside([chart_topic(row) for row in rows], params)):
        name, title = row["name"], row["title"]
        png = f"figures/{name}.png"
        others = [
            f'<a href="{_href(f"figures/{name}.{fmt}")}">{fmt.upper()}</a>'
            for fmt in ("svg", "pdf")
            if (report_dir / "figures" / f"{name}.{fmt}").is_file()
        ]
        ids = row["figure_ids"].replace(";", ", ")
        source = f"notebook {row['notebook']}" + (f"; figure ids {ids}" if ids else "")
        blocks.append(
            f'<figure id="{html.escape(name, quote=True)}">\n'
            f'<img src="{_href(png)}" alt="{html.escape(title, quote=True)}" loading="lazy">\n'
            f"<figcaption><strong>{html.escape(title)}</strong><br>"
            f'<span class="source">{html.escape(source)}</span>'
            + (f"<br>下载 download: {' · '.join(others)}" if others else "")
            + _conclusions_html(said)
            + "</figcaption>\n</figure>"
        )
    return blocks


def _parameters(params: Mapping[str, Any]) -> list[str]:
    """A notice at the top of the page when the build was parameterised."""
    note = stamp(params)
    return [f'<p class="parameters"><strong>{html.escape(note)}</strong></p>'] if note else []


def index_html(report_dir: Path, params: Mapping[str, Any] | None = None) -> str:
    """The text of the front page for a report folder as it is now."""
    report_dir = Path(report_dir)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(REPORT_TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{html.escape(REPORT_TITLE)}</h1>",
        f'<p class="subtitle">{html.escape(REPORT_SUBTITLE)}</p>',
        *_parameters(params or {}),
    ]
    downloads, notebooks, figures = _downloads(report_dir), _notebooks(report_dir), _figures(report_dir, params)
    if downloads:
        parts += ["<h2>下载 Downloads</h2>", '<ul class="downloads">', *downloads, "</ul>"]
    if notebooks:
        parts += ["<h2>分析笔记本 Notebooks</h2>", '<ul class="notebooks">', *notebooks, "</ul>"]
    if figures:
        parts += ["<h2>图表 Figures</h2>", *figures]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_html_report(report_dir: Path, params: Mapping[str, Any] | None = None) -> Path:
    """Convert the executed notebooks to HTML and write the front page ``index.html`` of the report folder."""
    report_dir = Path(report_dir)
    convert_notebooks(report_dir)
    return write_atomic(report_dir / INDEX_NAME, index_html(report_dir, params).encode("utf-8"))
