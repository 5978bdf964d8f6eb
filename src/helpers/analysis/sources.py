"""Showing where a figure came from: its sentence, with the quoted quantity highlighted."""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["highlight", "source_sentences", "to_html"]


def highlight(sentence: str, quote: str) -> str:
    """The sentence as HTML with the quoted quantity marked (first occurrence)."""
    before, found, after = sentence.partition(quote)
    if not found:
        return html.escape(sentence)
    return f"{html.escape(before)}<mark><b>{html.escape(found)}</b></mark>{html.escape(after)}"


def source_sentences(figures: pd.DataFrame, metrics: list[str] | None = None) -> pd.DataFrame:
    """The chosen figures (all when none are named) with their sentence, the quantity highlighted, as an HTML column."""
    chosen = figures if metrics is None else figures.set_index("metric").loc[metrics].reset_index()
    return pd.DataFrame(
        {
            "figure_id": chosen["figure_id"],
            "label_en": chosen["label_en"],
            "quote": chosen["quote"],
            "range": [
                f"{lo:,.10g} – {hi:,.10g}" if lo != hi else f"{lo:,.10g}"
                for lo, hi in zip(chosen["low"], chosen["high"])
            ],
            "sentence": [highlight(s, q) for s, q in zip(chosen["sentence"], chosen["quote"])],
        }
    )


def to_html(table: pd.DataFrame) -> str:
    """Render a table whose `sentence` column is already HTML (everything else is escaped)."""
    escaped = table.copy()
    for column in escaped.columns:
        if column != "sentence":
            escaped[column] = escaped[column].map(lambda v: html.escape(str(v)))
    return escaped.to_html(index=False, escape=False, classes="sources", border=0)
