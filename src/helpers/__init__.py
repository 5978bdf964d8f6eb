"""Helpers for the Suichang figures kit: the articles as data, quantities read with honest ranges, analyses, charts and
reports.

The public functions are importable from the package itself (``helpers.load_figures()``);
each lives in the module named after its concept and is imported on first use.
"""

from __future__ import annotations

import importlib

_PUBLIC = {
    "load_articles": "helpers.dataset.articles",
    "parse_quantity": "helpers.text.quantity",
    "Quantity": "helpers.text.quantity",
    "find_quantities": "helpers.text.extract",
    "find_dates": "helpers.text.dates",
    "infer_year": "helpers.text.dates",
    "load_figures": "helpers.dataset.figures",
    "figure": "helpers.dataset.figures",
    "derive_figures": "helpers.analysis.derived",
    "audit_claims": "helpers.analysis.claims",
    "load_reference": "helpers.dataset.reference",
    "load_events": "helpers.dataset.events",
    "propose": "helpers.dataset.propose",
}
__all__ = sorted(_PUBLIC)  # noqa: PLE0605  (the names are the keys of _PUBLIC, listed once)


def __getattr__(name: str):
    if name in _PUBLIC:
        value = getattr(importlib.import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
