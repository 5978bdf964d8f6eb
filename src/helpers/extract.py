"""Finding every quantity in a Chinese news text, with its exact span and the range its wording admits.

``find_quantities`` runs the grammar of ``helpers.quantity`` over a text and keeps the
matches that are measured quantities. Written by hand (on ``re``) because no library
reads Chinese quantities with their qualifiers and ranges; cn2an converts numerals but
does not find spans, counters or qualifiers. What it does not report:

* product, model and road codes (``N95``, ``H5``, ``4G``, ``S26``, ``SARS-CoV-2``): a Latin
  letter or a digit touches the number;
* ordinals (``第2批``, ``第一批``) and quarters (``二季度``);
* dates, clock times and years (``2月22日``, ``8时30分``, ``2020年``): 月, 日, 时, 点 and 分
  are not counters, and a four-digit number before 年 is a year;
* ``一`` as the article 'a' (``一批``, ``一场``) unless a qualifier or 万/亿 makes it a count;
* slogans and idioms built on numerals: Chinese numerals inside a short quotation
  (``“百名局长帮百企”``, ``“三服务”``) or inside a known idiom (``千家万户``, ``千方百计``);
* a bare number with neither counter, unit, 万/亿 nor qualifier.

A qualifier is dropped when it belongs to a word: ``最近3天`` is 3 days, not nearly 3.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.numerals import CHINESE_NUMERAL_CHARS
from helpers.quantity import _CODE_RE, _DATE_RE, _FULL_RE, QUANTITY_RE, Quantity, quantity_from_groups

COLUMNS = ["start", "end", "text", "value", "low", "high", "unit", "qualifier"]
MAX_SPAN = 64
SLOGAN_QUOTE_MAX = 12  # characters inside “…” up to which a quoted phrase is a slogan, not a statement

#: Idioms and set phrases whose numerals count nothing.
IDIOMS: tuple[str, ...] = (
    "千家万户", "千方百计", "千辛万苦", "千军万马", "千头万绪", "千秋万代", "千里迢迢", "千千万万", "成千上万",
    "万众一心", "万无一失", "万家灯火", "万人空巷", "数以万计", "百里挑一", "百家争鸣", "百花齐放", "百年大计",
    "三番五次", "三令五申", "三天两头", "三年五载", "三五成群", "三位一体", "五位一体", "一五一十", "四面八方",
    "五湖四海", "七上八下", "五花八门", "九牛一毛", "十全十美", "十有八九", "八九不离十", "一举两得", "两全其美",
    "四个全面", "四个意识", "四个自信", "两个维护", "两个确立", "两学一做", "三严三实", "八项规定", "一年四季",
)
_IDIOM_RE = re.compile("|".join(sorted(IDIOMS, key=len, reverse=True)))
_YEAR_RE = re.compile(r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年")
_WORD_QUALIFIERS = {"近": "最附邻靠", "约": "签合预节条公制契履违相邀"}
_ARTICLE_ONE = frozenset("一壹幺")


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quotation “…” of at most SLOGAN_QUOTE_MAX characters."""
    left = text.rfind("“", max(0, start - SLOGAN_QUOTE_MAX), start + 1)
    if left < 0 or "”" in text[left:start]:
        return False
    right = text.find("”", end, left + SLOGAN_QUOTE_MAX + 2)
    return right >= 0 and right - left - 1 <= SLOGAN_QUOTE_MAX


def _idiom_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _IDIOM_RE.finditer(text)] if _IDIOM_RE.search(text) else []


class _Idioms:
    """The idiom spans of a text, sorted and non-overlapping: the test for one span is O(log n), not O(n)."""

    def __init__(self, text: str):
        self.spans = _idiom_spans(text)
        self.starts = [s for s, _ in self.spans]

    def touch(self, start: int, end: int) -> bool:
        """True when [start, end) is inside an idiom or one of its ends falls in one."""
        j = bisect.bisect_left(self.starts, end)  # the idioms that start before the span ends
        while j > 0:
            j -= 1
            s, e = self.spans[j]
            if e <= start:
                return False  # the earlier idioms end earlier still
            if s <= start and end <= e or s < end <= e or s <= start < e:
                return True
        return False


_GROUP_NAMES = tuple(sorted(QUANTITY_RE.groupindex, key=QUANTITY_RE.groupindex.get))
_BIG = frozenset("万萬亿億")


@lru_cache(maxsize=1 << 13)  # about 1 kB an entry; one pass over 10 MB of news needs ~9 000
def _reading(groups: tuple[str | None, ...]) -> tuple[Quantity, bool] | None:
    """The quantity a match's groups describe and whether it is written in Chinese numerals, or None when
    the span alone rules it out (not a quantity, a year, a date, a code, the article 一, a bare Chinese numeral).
    Depends on the groups only, so it is cached: news repeats its spans (一批, 2月, 100%)."""
    g = dict(zip(_GROUP_NAMES, groups))
    span = "".join(x for x in groups if x)  # every part of the pattern is in a group
    try:
        quantity = quantity_from_groups(span, g)
    except (ValueError, ArithmeticError):
        return None
    if not _FULL_RE.fullmatch(span) or _YEAR_RE.fullmatch(span) or _DATE_RE.fullmatch(span) or _CODE_RE.fullmatch(span):
        return None
    number = g["num"] or g["pctnum"] or ""
    chinese = number[:1] in CHINESE_NUMERAL_CHARS or bool(g["hundred"])
    if chinese and number in _ARTICLE_ONE and not (quantity.qualifier or quantity.magnitude):
        return None
    if chinese and not (g["unit"] or g["pctword"] or g["hundred"] or g["pre"] or g["up"]):
        return None
    return quantity, chinese


def _context_allows(text: str, start: int, end: int, chinese: bool, idioms: _Idioms) -> bool:
    """The exclusions of the module docstring that depend on the text around the span."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and (before.isdigit() or before.isascii() and (before.isalpha() or before in ".-") or before in "．－"):
        return False  # inside a code (N95) or a longer number
    if before in ",，" and start >= 2 and text[start - 2].isdigit():
        return False  # the digits after a thousands comma: 2,400
    if after.isascii() and after.isalpha():
        return False
    if before == "第" or after == "季":  # 第2批; 二季度, 三季
        return False
    if chinese and _in_short_quote(text, start, end):
        return False
    return not (idioms.spans and idioms.touch(start, end))


def _without_word_qualifier(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """Re-read a match without its qualifier when the qualifier is part of a word (最近, 签约)."""
    pre = match.group("pre")
    start = match.start()
    if pre in _WORD_QUALIFIERS and start and text[start - 1] in _WORD_QUALIFIERS[pre]:
        return QUANTITY_RE.match(text, start + len(pre))
    return match


_PRE, _UP, _NUM = (_GROUP_NAMES.index(name) for name in ("pre", "up", "num"))


def _scan(text: str) -> list[tuple[int, int, Quantity]]:
    """Every measured quantity in a text as (start, end, quantity), in text order (the loop both APIs share)."""
    found_quantities = []
    idioms = _Idioms(text)
    reading_of, allows = _reading, _context_allows
    for found in QUANTITY_RE.finditer(text):
        groups = found.groups()
        if groups[_PRE]:
            found = _without_word_qualifier(text, found)
            if found is None:
                continue
            groups = found.groups()
        start, end = found.span()
        if end - start > MAX_SPAN or start == end:
            continue
        # a bare number (it ends the match, no qualifier before it, no 万/亿 in it) is no quantity: skip it cheaply
        if found.lastgroup == "num" and not (groups[_PRE] or groups[_UP]) and _BIG.isdisjoint(groups[_NUM]):
            continue
        reading = reading_of(groups)
        if reading is not None and allows(text, start, end, reading[1], idioms):
            found_quantities.append((start, end, reading[0]))
    return found_quantities


def iter_quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Yield (start, end, quantity) for every measured quantity in a text, in text order."""
    yield from _scan(text)


def find_quantities(text: str) -> pd.DataFrame:
    """Every quantity mentioned in a text, one row each in text order: span, value, range, unit and qualifier."""
    found = _scan(text if isinstance(text, str) else str(text))
    if not found:
        frame = pd.DataFrame([], columns=COLUMNS)
        return frame.astype({"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64"})
    starts, ends, quantities = zip(*found)
    return pd.DataFrame({  # column by column: a fifth of the time of rows + astype
        "start": np.fromiter(starts, dtype="int64", count=len(found)),
        "end": np.fromiter(ends, dtype="int64", count=len(found)),
        "text": [q.text for q in quantities],
        "value": np.fromiter((q.value for q in quantities), dtype="float64", count=len(found)),
        "low": np.fromiter((q.low for q in quantities), dtype="float64", count=len(found)),
        "high": np.fromiter((q.high for q in quantities), dtype="float64", count=len(found)),
        "unit": [q.unit for q in quantities],
        "qualifier": [q.qualifier for q in quantities],
    })


_CLAUSE_STOPS = "。！？!?；;\n"


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence a span stands in (from the stop before it to the stop after it), for the reader."""
    left = max(text.rfind(c, 0, start) for c in _CLAUSE_STOPS) + 1
    rights = [i for i in (text.find(c, end) for c in _CLAUSE_STOPS) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip().lstrip("”’")
