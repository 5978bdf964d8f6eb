"""Figures typed into prose: the numbers a notebook's Markdown states by hand instead of computing them.

``typed_figures(text)`` lists every figure left in a piece of Markdown once what may hold numbers
is set aside:

* quotations of the article inside “…” (and 「…」);
* dates: Chinese (``2月22日``, ``2020年``, ``2019至2020年``, as ``helpers.text.dates`` and
  ``helpers.text.quantity.YEAR_RE`` read them) and English (``22 February 2020``, ``February 2020``,
  ``24 Jan``), and ISO dates (``2020-02-22``);
* inline code that names something (``data/figures.csv``, ``grain_days_at_reference_ration``):
  a name, not a number;
* the number of the notebook in its own title (``# 02 · …``), given as ``title_number``.

What is left counts as a figure when it holds an Arabic digit, or a quantity the extractor reads
(a Chinese numeral with a counter, ``四个``). The extractor's grammar is the one the whole kit uses,
so the check follows the same reading of numbers as the dataset.
"""

from __future__ import annotations

import re

from helpers.text.dates import find_dates
from helpers.text.extract import iter_quantities
from helpers.text.quantity import YEAR_RE

__all__ = ["typed_figures"]

_QUOTES = re.compile(r"“[^“”]*”|「[^「」]*」")
_CODE_NAME = re.compile(r"`[A-Za-z_][\w./\-]*`")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_ENGLISH_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\b(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|(?:{_MONTHS})\s+\d{{4}})"
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_DIGIT_RUN = re.compile(r"[0-9０-９][0-9０-９.,，%％]*")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def typed_figures(text: str, title_number: str | None = None) -> list[str]:
    """The figures a piece of Markdown types by hand (see the module docstring for what is allowed), in text order."""
    if title_number:
        heading = re.match(rf"\s*#\s*0*{int(title_number)}\b", text)
        if heading:
            text = _blank(text, heading.start(), heading.end())
    for pattern in (_QUOTES, _CODE_NAME, _ISO_DATE, _ENGLISH_DATE, YEAR_RE):
        for match in pattern.finditer(text):
            text = _blank(text, match.start(), match.end())
    for row in find_dates(text).itertuples():
        text = _blank(text, row.start, row.end)
    found = [(start, text[start:end]) for start, end, _ in iter_quantities(text)]
    covered = {i for start, figure in found for i in range(start, start + len(figure))}
    found += [(m.start(), m.group()) for m in _DIGIT_RUN.finditer(text) if m.start() not in covered]
    return [figure for _, figure in sorted(found)]
