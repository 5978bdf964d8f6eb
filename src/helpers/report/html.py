"""The report's front page, ``reports/index.html``, and each executed notebook as HTML.

Everything works offline: each notebook is converted by nbconvert's "lab"
template with images embedded and without the scripts it would otherwise fetch
from a CDN (require.js, MathJax, Mermaid, widgets). The front page is
self-contained (inline CSS, no scripts), links only with relative addresses to
files that exist, and is byte-identical for the same inputs. A notebook's HTML is
only converted again when its executed copy (or nbconvert) changed.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

from helpers.atomic import write_atomic
from helpers.charts.export import read_figure_index

__all__ = [
    "CSS",
    "HTML_CACHE",
    "INDEX_NAME",
    "OFFLINE_TEMPLATE",
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
ul.downloads li, ul.notebooks li { margin: 0.2rem 0; }
"""


def external_resources(text: str) -> list[str]:
    """The <script>/<link> tags of an HTML page that load something over the network."""
    return [match.group(0) for match in _EXTERNAL.finditer(text)]


def _exporter():
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="lab",
        template_file="helpers_offline.html.j2",
        extra_loaders=[DictLoader({"helpers_offline.html.j2": OFFLINE_TEMPLATE})],
        embed_images=True,
        exclude_input_prompt=False,
    )


def notebook_html(notebook: Path) -> str:
    """One executed notebook as a self-contained HTML page (images embedded, no CDN scripts)."""
    import nbformat

    node = nbformat.read(str(notebook), as_version=4)
    body, _ = _exporter().from_notebook_node(node, resources={"metadata": {"name": notebook.stem}})
    found = external_resources(body)
    if found:
        raise ValueError(f"{notebook.name}: the HTML would load {found[0]!r} from the network")
    return body


def _conversion_key(notebook: Path) -> str:
    import nbconvert

    digest = hashlib.sha256()
    for part in (notebook.read_bytes(), nbconvert.__version__.encode(), OFFLINE_TEMPLATE.encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def convert_notebooks(report_dir: Path) -> list[Path]:
    """Convert every executed notebook ``notebooks/<name>.ipynb`` to ``notebooks/<name>.html`` (only when changed)."""
    report_dir = Path(report_dir)
    folder, cache = report_dir / "notebooks", report_dir / HTML_CACHE
    notebooks = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    written = []
    for notebook in notebooks:
        target, stamp = folder / f"{notebook.stem}.html", cache / f"{notebook.stem}.sha256"
        key = _conversion_key(notebook)
        if not (target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == key):
            write_atomic(target, notebook_html(notebook).encode("utf-8"))
            write_atomic(stamp, (key + "\n").encode("utf-8"))
        written.append(target)
    stems = {notebook.stem for notebook in notebooks}
    for stale in list(folder.glob("*.html")) + list(cache.glob("*.sha256")) if folder.is_dir() else []:
        if stale.stem not in stems:
            stale.unlink()
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
    items = []
    folder = report_dir / "notebooks"
    for page in sorted(folder.glob("*.html")) if folder.is_dir() else []:
        executed = folder / f"{page.stem}.ipynb"
        title = _notebook_title(executed) if executed.is_file() else page.stem
        extra = f' · <a href="{_href("notebooks/" + executed.name)}">.ipynb</a>' if executed.is_file() else ""
        items.append(
            f'<li><a href="{_href("notebooks/" + page.name)}">{html.escape(title)}</a>'
            f' <span class="source">({html.escape(page.stem)}{extra})</span></li>'
        )
    return items


def _figures(report_dir: Path) -> list[str]:
    index_path = report_dir / "figures" / "index.csv"
    if not index_path.is_file():
        return []
    blocks = []
    for row in read_figure_index(index_path).to_dict("records"):
        name, title = row["name"], row["title"]
        png = f"figures/{name}.png"
        if not (report_dir / png).is_file():
            continue
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
            + "</figcaption>\n</figure>"
        )
    return blocks


def index_html(report_dir: Path) -> str:
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
    ]
    downloads, notebooks, figures = _downloads(report_dir), _notebooks(report_dir), _figures(report_dir)
    if downloads:
        parts += ["<h2>下载 Downloads</h2>", '<ul class="downloads">', *downloads, "</ul>"]
    if notebooks:
        parts += ["<h2>分析笔记本 Notebooks</h2>", '<ul class="notebooks">', *notebooks, "</ul>"]
    if figures:
        parts += ["<h2>图表 Figures</h2>", *figures]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_html_report(report_dir: Path) -> Path:
    """Convert the executed notebooks to HTML and write the front page ``index.html`` of the report folder."""
    report_dir = Path(report_dir)
    convert_notebooks(report_dir)
    return write_atomic(report_dir / INDEX_NAME, index_html(report_dir).encode("utf-8"))
