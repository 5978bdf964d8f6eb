"""Helpers for the Suichang figures kit: the articles as data, quantities read with honest ranges, analyses, charts and reports.

The public functions are importable from the package itself (``helpers.load_figures()``);
each lives in the module named after its concept and is imported on first use.
"""
from __future__ import annotations

import importlib

_PUBLIC = {
    "load_articles": "helpers.articles",
    "parse_quantity": "helpers.quantity",
    "Quantity": "helpers.quantity",
    "find_quantities": "helpers.extract",
    "find_dates": "helpers.dates",
    "infer_year": "helpers.dates",
    "load_figures": "helpers.figures",
    "figure": "helpers.figures",
    "derive_figures": "helpers.derived",
    "audit_claims": "helpers.claims",
    "load_reference": "helpers.reference",
    "load_events": "helpers.events",
    "propose": "helpers.propose",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        value = getattr(importlib.import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
