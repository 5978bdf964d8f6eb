"""Where a sentence begins and ends: the one rule every module uses.

Two sets of stops, both defined here only:

- `SENTENCE_STOPS` (。！？!?) end a sentence: a page's layout and the date that governs a figure
  look back to the last of them.
- `CITATION_STOPS` add ；; and the line end: the sentence a figure is quoted in
  (`data/figures.csv`'s ``sentence``) is the clause between two of them, so that a quote of a long
  enumerated sentence stays short enough to read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

__all__ = ["CITATION_STOPS", "SENTENCE_STOPS", "sentence_at", "sentence_lookup", "sentence_start"]

SENTENCE_STOPS = "。！？!?"
CITATION_STOPS = SENTENCE_STOPS + "；;\n"


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence a span stands in (from the stop before it to the stop after it), for the reader."""
    left = max(text.rfind(c, 0, start) for c in CITATION_STOPS) + 1
    rights = [i for i in (text.find(c, end) for c in CITATION_STOPS) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip().lstrip("”’")


_STOP_RE = re.compile(f"[{re.escape(CITATION_STOPS)}]")


def sentence_lookup(window: str) -> Callable[[int, int], str]:
    """Sentence lookup for many spans of one window: sentence_at on the sentence's own slice (linear, not quadratic)."""
    stops = [m.start() for m in _STOP_RE.finditer(window)]

    def sentence(start: int, end: int) -> str:
        i = bisect.bisect_left(stops, start)
        left = stops[i - 1] + 1 if i else 0
        j = bisect.bisect_left(stops, end)
        right = stops[j] + 1 if j < len(stops) else len(window)
        return sentence_at(window[left:right], start - left, end - left)

    return sentence


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` begins: just after the last `SENTENCE_STOPS` before it."""
    return max(text.rfind(c, 0, position) for c in SENTENCE_STOPS) + 1
