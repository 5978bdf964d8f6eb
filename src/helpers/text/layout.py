"""Turning a newspaper page as dumped to text into paragraphs: which lines are titles, bylines and body, and repairing column breaks.

A page dump puts a blank line wherever the printed page broke a column, even inside a
word (``遏`` / ``制``) or a quantity (``近150`` / ``天``). This module decides, for each
paragraph that ends without closing punctuation, whether it is a heading or a fragment
to be joined to the next paragraph, and joins fragments with nothing in between: no
other character changes.

Written by hand because the decision is a property of Chinese newspaper layout that no
library models. The rules, in order:

1. A paragraph that ends with closing punctuation (。！？…；： or a closing quote or
   bracket right after one of them) is complete.
2. A byline (``记者 …``, ``通讯员 …``) or photo credit (``… 摄``) is never joined.
3. A paragraph that is short (at most ``HEADING_MAX`` characters), holds no sentence
   stop (。！？) and no Arabic digit is a heading — unless the next paragraph opens
   with a parallel clause (same first two characters, no longer than the paragraph
   itself: ``一手抓疫情防控`` / ``一手抓复工复产。``), which shows one sentence broken in two.
4. Any other paragraph that ends without closing punctuation is a fragment: it is
   joined to the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.text.sentences import SENTENCE_STOPS

__all__ = [
    "HEADING_MAX",
    "Repair",
    "continuation_marker",
    "ends_complete",
    "is_byline",
    "is_fragment",
    "is_heading",
    "is_photo_credit",
    "paragraphs",
    "repair_column_breaks",
]

HEADING_MAX = 30
_STOPS = SENTENCE_STOPS
_CLOSING = _STOPS + "…；;：:"
_CLOSERS = "”’」』）)》】"
_BYLINE_RE = re.compile(r"^(?:本报)?(?:记者|通讯员|特约记者|见习记者)[\s\u3000]")
_CREDIT_RE = re.compile(r"(?:摄|摄影)$")
_CONTINUATION_RE = re.compile(r"^[(（]\s*(上接第.{1,3}版|下转第.{1,3}版)\s*[)）]")
_CLAUSE_END = re.compile(r"[，,、。！？；：!?;:]")


@dataclass(frozen=True)
class Repair:
    """One column break repaired: the two pieces and where they were."""

    before: str  # the last characters of the fragment
    after: str  # the first characters of the paragraph it was joined to
    line: int  # 1-based line number of the fragment in the source file


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split a page dump into its non-empty lines, each with its 1-based line number."""
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def is_byline(paragraph: str) -> bool:
    """True for a reporters' byline (记者 … 通讯员 …), which is metadata, not text."""
    return bool(_BYLINE_RE.match(paragraph)) and not is_photo_credit(paragraph)


def is_photo_credit(paragraph: str) -> bool:
    """True for a photo credit such as ``记者 章建辉 摄``."""
    return bool(_BYLINE_RE.match(paragraph) or len(paragraph) <= 20) and bool(_CREDIT_RE.search(paragraph))


def continuation_marker(paragraph: str) -> str:
    """The ``(上接第一版)`` marker a continued article opens with, or ''."""
    match = _CONTINUATION_RE.match(paragraph)
    return match.group(0) if match else ""


def ends_complete(paragraph: str) -> bool:
    """True when a paragraph ends with closing punctuation (rule 1)."""
    stripped = paragraph.rstrip(_CLOSERS)
    if stripped != paragraph:  # a closing quote or bracket counts only after a stop: 。” but not 两手硬”
        return bool(stripped) and stripped[-1] in _CLOSING
    return paragraph[-1] in _CLOSING


def _first_clause(paragraph: str) -> str:
    match = _CLAUSE_END.search(paragraph)
    return paragraph[: match.start()] if match else paragraph


def is_heading(paragraph: str, next_paragraph: str | None) -> bool:
    """True for a section heading (rule 3): short, no sentence stop, no digit, not half of a parallel pair."""
    if len(paragraph) > HEADING_MAX or any(c in _STOPS for c in paragraph) or re.search(r"[0-9０-９]", paragraph):
        return False
    if next_paragraph:
        clause = _first_clause(next_paragraph)
        if clause[:2] == paragraph[:2] and len(clause) <= len(paragraph):
            return False
    return True


def is_fragment(paragraph: str, next_paragraph: str | None) -> bool:
    """True when a paragraph was cut by a column break and goes on in the next one (rule 4)."""
    if next_paragraph is None or is_byline(paragraph) or is_photo_credit(paragraph):
        return False
    if is_byline(next_paragraph) or is_photo_credit(next_paragraph):
        return False
    return not ends_complete(paragraph) and not is_heading(paragraph, next_paragraph)


def repair_column_breaks(numbered: list[tuple[int, str]]) -> tuple[list[str], list[Repair]]:
    """Join each fragment to the paragraph after it; return the repaired paragraphs and the repairs made."""
    out: list[str] = []
    repairs: list[Repair] = []
    pending = ""
    for index, (line, text) in enumerate(numbered):
        following = numbered[index + 1][1] if index + 1 < len(numbered) else None
        current = pending + text
        if is_fragment(text, following):
            repairs.append(Repair(before=current[-8:], after=following[:8], line=line))
            pending = current
            continue
        out.append(current)
        pending = ""
    return out, repairs
