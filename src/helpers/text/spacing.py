"""Spaces between Arabic digits and Chinese characters: ``共 120 人``, ``增长 5.2 %``, ``达到 30 万元``.

Many web pages and their typesetting tools (the "pangu" convention) put a space on each side of a run of
digits inside Chinese text. The readers read such a quantity as if the spaces were not there, and report its
span in the text as written, spaces included (``120 人``), so that the quote still matches the source.

Only a run of spaces (ASCII, no-break, thin) is closed, and only between an Arabic digit or a percent sign
and a Chinese character, between a Chinese character and an Arabic digit, or between a digit and a percent
sign. A space beside a dash or a tilde stays, so a range written with spaces is still left out (``20 - 100个``);
so does a space between two digits, so a thousands group written with a space is never read alone (``1 200吨``
is neither 1 nor 200 吨: see ``helpers.text.words``).

Written by hand: a regular expression and an offset table are all it takes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

__all__ = ["SPACES", "close_spaces", "has_spaces", "splits_a_word"]

#: The spaces a line of text may hold: ASCII, tab, ideographic, no-break, thin and narrow no-break. The word rules
#: (``helpers.text.words``) read every one as a space.
SPACES = " \t\u3000\u00a0\u2009\u202f"
#: Of these, the ones typesetting puts around digits, closed here (a tab or an ideographic space indents or aligns,
#: and is left alone).
_SPACES = " \u00a0\u2009\u202f"
_SPACE = f"[{_SPACES}]+"
_DIGIT_OR_PERCENT = "0-9０-９%％"
_CHINESE = "\u4e00-\u9fff"
_OPEN_SPACE_RE = re.compile(
    f"(?<=[{_DIGIT_OR_PERCENT}]){_SPACE}(?=[{_CHINESE}])|(?<=[{_CHINESE}]){_SPACE}(?=[0-9０-９])"
    f"|(?<=[0-9０-９]){_SPACE}(?=[%％])"
)


def has_spaces(text: str) -> bool:
    """Whether the text holds any of ``SPACES``."""
    return any(space in text for space in SPACES)


def close_spaces(text: str) -> tuple[str, Callable[[int], int] | None]:
    """The text with the spaces between digits and Chinese characters taken out, and a function from each of its
    offsets (its end too) to the offset in ``text`` it comes from; ``(text, None)`` when there is no such space.
    The function keeps one entry per closed space, not one per character, so a long text costs no memory."""
    if not any(space in text for space in _SPACES):
        return text, None
    spaces = [m.span() for m in _OPEN_SPACE_RE.finditer(text)]
    if not spaces:
        return text, None
    pieces, at = [], 0
    breaks, shifts, removed = [], [], 0  # from closed offset breaks[k] on, the text offset is shifts[k] more
    for start, end in spaces:
        pieces.append(text[at:start])
        removed += end - start
        breaks.append(end - removed)
        shifts.append(removed)
        at = end
    pieces.append(text[at:])

    def to_original(offset: int) -> int:
        k = bisect_right(breaks, offset)
        return offset + (shifts[k - 1] if k else 0)

    return "".join(pieces), to_original


def splits_a_word(text: str, end: int, units: frozenset[str]) -> bool:
    """True when the span that ends at ``end`` ends in a unit that, with the characters after it and the spaces
    between them taken out, would be a longer unit of ``units`` (``2.4 个百分 点``, ``3 个 月``): the text is spaced
    out inside its words, and the shorter unit is not what it says. Spaces between Chinese characters are never
    closed; such a quantity is left out."""
    longest = _longest(units)
    head, spaced, at = text[end - 1 : end], False, end
    while at < len(text) and len(head) < longest:
        if text[at] in SPACES:
            spaced = True
        elif "\u4e00" <= text[at] <= "\u9fff":
            head += text[at]
            if spaced and head in units:
                return True
        else:
            break
        at += 1
    return False


@cache
def _longest(units: frozenset[str]) -> int:
    return max(map(len, units))
