"""Charts in the house style, and saving them for reports.

Beside the layers: modules here import only the plumbing at the top of the package
(`helpers.errors`, `helpers.paths`, `helpers.atomic`), never text, dataset, analysis or report; they
take tables, not figures. `helpers.report` reads the chart index written here.

- `plots`: the chart kinds (`range_bars`, `share_comparison`, `sensitivity`, `timeline`, `counts`).
- `fonts`: the CJK font, found or installed, cut for matplotlib.
- `style`, `labels`: the house style and the words on a chart.
- `index`: the on-disk chart index (light: no matplotlib).
- `export`: `save_figure` (PNG, SVG, PDF beside an index record) and the chart index.

The chart functions are importable from here (`from helpers import charts; charts.range_bars(…)`),
loaded on first use so that `helpers.charts.export` does not pay for them.
"""

from __future__ import annotations

import importlib

_MODULES = ("helpers.charts.plots", "helpers.charts.style", "helpers.charts.labels")


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        if name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module 'helpers.charts' has no attribute {name!r}")
