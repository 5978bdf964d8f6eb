"""A newspaper page as dumped to text, into paragraphs: titles, bylines and body, column breaks repaired.

A page dump puts a blank line wherever the printed page broke a column, even inside a
word (``遏`` / ``制``) or a quantity (``近150`` / ``天``). This module decides, for each
paragraph that ends without closing punctuation, whether it is a heading or a fragment
to be joined to the next paragraph, and joins fragments with nothing in between: no
other character changes.

Written by hand because the decision is a property of Chinese newspaper layout that no
library models. The rules, in order:

1. A paragraph that ends with closing punctuation (。！？…；： or a closing quote or
   bracket right after one of them) is complete.
2. A byline (``记者 …``, ``通讯员 …``, any form `helpers.text.bylines` reads) or photo credit
   (``… 摄``) is never joined.
3. A paragraph that is short (at most ``HEADING_MAX`` characters), holds no sentence
   stop (。！？) and no Arabic digit is a heading — unless the next paragraph opens
   with a parallel clause (same first two characters, no longer than the paragraph
   itself: ``一手抓疫情防控`` / ``一手抓复工复产。``), which shows one sentence broken in two.
4. Two short lines in a row (each at most ``HEADING_MAX`` characters, neither with a
   sentence stop nor closing punctuation) are a list of headings, never one sentence.
5. Any other paragraph that ends without closing punctuation is a fragment: it is
   joined to the next paragraph.

Finding the articles on a page (`find_articles`): a title is a standalone line (at most
``TITLE_MAX`` characters, no sentence stop, not closing with punctuation, not a byline)
that opens the page, or follows the end of an article (a byline line or a ``下转第X版``
marker), or is followed (after an optional subtitle) by a byline line, a ``上接第X版``
marker or a dateline with its byline (``本报讯(记者…)``). A standalone line right after a
title is its subtitle. Section headings inside an article are none of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.text.bylines import Byline, inline_byline, parse_byline
from helpers.text.sentences import SENTENCE_STOPS

__all__ = [
    "FoundArticle",
    "HEADING_MAX",
    "Repair",
    "TITLE_MAX",
    "continuation_marker",
    "ends_complete",
    "find_articles",
    "is_byline",
    "is_fragment",
    "is_heading",
    "is_photo_credit",
    "paragraphs",
    "repair_column_breaks",
    "trailing_marker",
]

HEADING_MAX = 30
TITLE_MAX = 40
_STOPS = SENTENCE_STOPS
_CLOSING = _STOPS + "…；;：:"
_CLOSERS = "”’」』）)》】"
_BYLINE_RE = re.compile(r"^(?:本报)?(?:记者|通讯员|特约记者|见习记者)[\s\u3000]")
_TRAILING_RE = re.compile(r"[(（]\s*下转第.{1,3}版\s*[)）]$")
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
    """True for a reporters' byline line (记者 … 通讯员 …, 每经记者 X, X/文), which is metadata, not text."""
    people = parse_byline(paragraph)
    return people is not None and bool(people.names) and not is_photo_credit(paragraph)


def is_photo_credit(paragraph: str) -> bool:
    """True for a photo credit such as ``记者 章建辉 摄`` or ``图/李明``."""
    people = parse_byline(paragraph)
    if people is not None and people.photographers and people.photographers == people.names:
        return True
    return bool(_BYLINE_RE.match(paragraph) or len(paragraph) <= 20) and bool(_CREDIT_RE.search(paragraph))


def trailing_marker(paragraph: str) -> str:
    """The ``(下转第二版)`` marker a paragraph ends with when the article goes on elsewhere, or ''."""
    match = _TRAILING_RE.search(paragraph)
    return match.group(0) if match else ""


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
    if _short_line(paragraph) and _short_line(next_paragraph):
        return False  # rule 4: a list of headings
    return not ends_complete(paragraph) and not is_heading(paragraph, next_paragraph)


def _short_line(paragraph: str) -> bool:
    return len(paragraph) <= HEADING_MAX and not any(c in _STOPS for c in paragraph) and not ends_complete(paragraph)


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


@dataclass(frozen=True)
class FoundArticle:
    """An article found on a page: its title (and subtitle) lines, who wrote it, and where it continues from."""

    title: str
    subtitle: str
    line: int  # 1-based line of the title in the file
    byline: Byline
    byline_text: str  # the byline lines and dateline bylines as printed, ' / '-separated
    continued_from: str  # 第一版 for (上接第一版), else ''


def _standalone(paragraph: str) -> bool:
    return (
        len(paragraph) <= TITLE_MAX
        and not any(c in _STOPS for c in paragraph)
        and not ends_complete(paragraph)
        and parse_byline(paragraph) is None
        and not continuation_marker(paragraph)
    )


def _opens_article(paragraph: str) -> bool:
    return bool(continuation_marker(paragraph)) or inline_byline(paragraph) is not None or is_byline(paragraph)


def _title_lines(texts: list[str]) -> list[int]:
    starts: list[int] = []
    for i, text in enumerate(texts):
        if not _standalone(text) or (starts and starts[-1] == i - 1):
            continue  # the line after a title is its subtitle, not a title
        after = i + 2 if i + 1 < len(texts) and _standalone(texts[i + 1]) else i + 1
        opens = after < len(texts) and _opens_article(texts[after])
        previous = texts[i - 1] if i else ""
        ends = (
            not starts
            or is_byline(previous)
            or bool(trailing_marker(previous))
            or previous.startswith(("(下转", "（下转"))
        )
        if (not starts and all(not t for t in texts[:i])) or opens or (ends and starts and i > starts[-1] + 1):
            starts.append(i)
    return starts


def _merge(people: list[Byline]) -> Byline:
    fields = ("reporters", "correspondents", "photographers", "editors")
    merged = {f: tuple(dict.fromkeys(n for p in people for n in getattr(p, f))) for f in fields}
    return Byline(**merged)


def find_articles(page: str) -> list[FoundArticle]:
    """The articles on a page, in page order: title and subtitle lines, bylines, continuation (module docstring)."""
    numbered = paragraphs(page)
    texts = [t for _, t in numbered]
    starts = _title_lines(texts)
    found = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        subtitle = texts[i + 1] if i + 1 < end and _standalone(texts[i + 1]) else ""
        body = texts[i + (2 if subtitle else 1) : end]
        people, shown = [], []
        for text in body:
            if is_byline(text) or is_photo_credit(text):
                people.append(parse_byline(text) or Byline())
                shown.append(text)
        marker = continuation_marker(body[0]) if body else ""
        first = body[0][len(marker) :].strip() if body else ""
        inline = inline_byline(first)
        if inline is not None:
            people.insert(0, inline[1])
            shown.insert(0, inline[0])
        page_name = re.search(r"第(.{1,3})版", marker)
        found.append(
            FoundArticle(
                texts[i],
                subtitle,
                numbered[i][0],
                _merge(people),
                " / ".join(shown),
                page_name.group(0) if page_name else "",
            )
        )
    return found
