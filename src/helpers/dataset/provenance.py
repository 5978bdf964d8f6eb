"""Checking that a quoted span stands where a table says it does in an article's clean text."""

from __future__ import annotations

import re

from helpers.errors import Problem

__all__ = ["quote_problems"]


def _short(s: str, limit: int = 24) -> str:
    return s if len(s) <= limit else s[:limit] + "…"


def quote_problems(text: str, quote: str, start: int, end: int, file: str, row: int, article_id: str) -> list[Problem]:
    """What is wrong with a quote's place in the text: not in it, or not at [start, end) (with where it does stand)."""
    if quote not in text:
        return [Problem(file, f"quote {quote!r} is not in the clean text of {article_id}", row, "quote")]
    if text[start:end] != quote:
        where = ", ".join(str(m.start()) for m in re.finditer(re.escape(quote), text))
        return [
            Problem(
                file,
                f"offsets [{start}, {end}) hold {_short(text[start:end])!r}, "
                f"not the quote {quote!r}; it stands at start {where}",
                row,
                "start",
            )
        ]
    return []
