"""Spaces between Arabic digits and Chinese characters: ``共 120 人``, ``增长 5.2 %``, ``达到 30 万元``.

Many web pages and their typesetting tools (the "pangu" convention) put a space on each side of a run of
digits inside Chinese text. The readers read such a quantity as if the spaces were not there, and report its
span in the text as written, spaces included (``120 人``), so that the quote still matches the source.

Only a run of spaces (ASCII, no-break, thin) is closed, and only between an Arabic digit or a percent sign
and a Chinese character, between a Chinese character and an Arabic digit, or between a digit and a percent
sign. A space beside a dash or a tilde stays, so a range written with spaces is still left out (``20 - 100个``);
so does a space between two digits, so a thousands group written with a space is never read alone (``1 200吨``
is neither 1 nor 200 吨: see ``helpers.text.words``).

Written by hand: a search for each space and an offset table are all it takes.
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
_CHINESE = "\u4e00-\u9fff"
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DIGITS_OR_PERCENT = _DIGITS | frozenset("%％")
_PERCENT = frozenset("%％")


def _closes(before: str, after: str) -> bool:
    """Whether a run of spaces between the characters ``before`` and ``after`` is closed: a digit or percent sign,
    then a Chinese character; a Chinese character, then a digit; a digit, then a percent sign."""
    if "\u4e00" <= after <= "\u9fff":
        return before in _DIGITS_OR_PERCENT
    if after in _PERCENT:
        return before in _DIGITS
    return after in _DIGITS and "\u4e00" <= before <= "\u9fff"


def _closed_spans(text: str) -> list[tuple[int, int]]:
    """The runs of spaces ``close_spaces`` takes out, in text order. Each space is found with ``str.find`` and
    its run's neighbours tested in Python: a text has few spaces, and a regular expression with a look-behind
    would be tried at every character of it (a third of the extractor's time on spaced text)."""
    positions = []
    for space in _SPACES:
        at = text.find(space)
        while at >= 0:
            positions.append(at)
            at = text.find(space, at + 1)
    positions.sort()
    spans, index = [], 0
    while index < len(positions):
        start = end = positions[index]
        index += 1
        while index < len(positions) and positions[index] == end + 1:
            end = positions[index]
            index += 1
        if start and end + 1 < len(text) and _closes(text[start - 1], text[end + 1]):
            spans.append((start, end + 1))
    return spans


def has_spaces(text: str) -> bool:
    """Whether the text holds any of ``SPACES``."""
    return any(space in text for space in SPACES)


def close_spaces(text: str) -> tuple[str, Callable[[int], int] | None]:
    """The text with the spaces between digits and Chinese characters taken out, and a function from each of its
    offsets (its end too) to the offset in ``text`` it comes from; ``(text, None)`` when there is no such space.
    The function keeps one entry per closed space, not one per character, so a long text costs no memory."""
    if not any(space in text for space in _SPACES):
        return text, None
    spaces = _closed_spans(text)
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


_SPACE_AHEAD_RE = re.compile(f"[{_CHINESE}]*[{SPACES}]")


def splits_a_word(text: str, end: int, units: frozenset[str]) -> bool:
    """True when the span that ends at ``end`` ends in a unit that, with the characters after it and the spaces
    between them taken out, would be a longer unit of ``units`` (``2.4 个百分 点``, ``3 个 月``): the text is spaced
    out inside its words, and the shorter unit is not what it says. Spaces between Chinese characters are never
    closed; such a quantity is left out."""
    if _SPACE_AHEAD_RE.match(text, end) is None:
        return False  # no space before the next character that is neither Chinese nor a space: nothing is cut
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
