"""Finding every quantity in a Chinese news text, with its exact span and the range its wording admits.

``find_quantities`` runs the grammar of ``helpers.text.quantity`` over a text and keeps the
matches that are measured quantities. Written by hand (on ``re``) because no library
reads Chinese quantities with their qualifiers and ranges; cn2an converts numerals but
does not find spans, counters or qualifiers. A Chinese numeral with 万/亿 or a qualifier needs no unit
(``总投资四千万``, ``一千多万``, ``十几万``, ``四百多``), as for digits. What it does not report:

* product, model and road codes (``N95``, ``H5``, ``4G``, ``S26``, ``SARS-CoV-2``): a Latin
  letter or a digit touches the number;
* ordinals (``第2批``, ``第一批``) and quarters (``二季度``);
* dates, clock times and years (``2月22日``, ``8时30分``, ``2020年``): 月, 日, 时, 点 and 分
  are not counters, and a four-digit number before 年 is a year;
* ``一`` as the article 'a' (``一批``, ``一场``) unless a qualifier or 万/亿 makes it a count, and
  ``零`` alone (``零件``, ``零部件``, ``零容忍``: a word or a slogan; news writes a zero count ``0例``);
* slogans and idioms built on numerals: Chinese numerals inside a short quotation
  (``“百名局长帮百企”``, ``“三服务”``) or inside a known idiom (``千家万户``, ``千方百计``, ``两个一百年``);
* numerals inside words and names (the rules are in ``helpers.text.words``): a name with a numeral and a
  counter character (``七台河``, ``五台山``, ``三只松鼠``); a numeral of place characters alone
  (``百度``, ``百家号``, ``千人计划``, ``千万`` 'by all means', ``万元`` as a column's unit; ``上万``,
  ``近百``, ``万余人`` are read); ``万一``; ``二`` alone before a counter (``二期工程``, ``二次创业``,
  ``二元结构``); digits side by side (``一二三期``, ``五一期间``); one digit with a qualifier and no unit
  (``一来``, ``超一流``); a counter that begins a word (``五一期间``, ``八十年代``, ``5000万人民币``);
  a day (``周三起``, ``大年初三起``); anything inside a web address or after ``%`` (``q=30%25``,
  ``%2020%``); phone numbers (``0571-88888888``, ``400-800-8888``: a bare number, and a dash never
  joins them into a range);
* a number cut out of a longer one, which it would misread: ``1万600吨``, ``5万4千6百吨``, ``2千零30万``,
  ``一百点123吨``, ``倆千两百吨``, ``1亿3000万元`` (neither part), ``月薪一万三`` (the grammar reads
  ``一万三`` only before a unit), ``两个亿`` (spoken for 两亿), and a unit followed by its next place
  (``三米九``, ``两块五``, ``3斤5两``: compound amounts are not read yet), and each part of a compound
  duration (``4年7个月``, ``6天18小时``, ``三年零五个月``, ``一年又两个月``, ``2小时45分``);
* the ends of a range the grammar does not read: ``1万(含)-5万元``, ``1万元--5万元``, ``两~3百日元``,
  ``2——3万`` (neither end, and no −5万元), and ``八到九百元`` (800 to 900, which the grammar reads as 8 to 900);
* colloquial forms that say 'per' or begin a word: ``两千一个月`` (2000 a month), ``三万一线员工``
  (一线 'front line'), and ``2万来京`` (来 'come');
* a bare number with neither counter, unit, 万/亿 nor qualifier;
* fractions written with a slash (``1/3``), and numerals after 数 (``数十家`` is "several tens",
  not ten: it is left out rather than misread).

A qualifier is dropped when it belongs to a word: ``最近3天`` is 3 days, not nearly 3.
Hyperbole with a counter is reported as written (``一万个理由`` → 10000 个): no rule tells it from a count.

A range is read as two quantities where it cannot be one (``增长10%至5000亿元``: 10% and
5000亿元), and after a verb of change when 至 or 到 joins two ends that both write the unit
(``增加200家至1200家``: by 200, to 1200). Also left out: ``四分之一决赛`` (a round of a contest),
``三年级`` (a school year), ``15来自`` ('come from', not 'about 15'), and a quantity followed
by 半 (``两年半``, ``1个半小时``: the half is not read yet, so the quantity is left out, not misread).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

from helpers.text.numerals import MAX_DIGITS, RANGE_SEPARATOR_CHARS, SIGNS, ZEROS
from helpers.text.quantity import (
    BARE_NUMBER_RE,
    FULL_RE,
    NUMERAL_CHARS,
    QUANTITY_RE,
    SCAN_RE,
    SINGLE_QUANTITY_RE,
    YEAR_RE,
    Quantity,
    quantity_from_groups,
)
from helpers.text.units import SIMPLIFIED, UNITS
from helpers.text.words import (
    IDIOMS,
    breaks_a_longer_form,
    next_char_rules_out,
    numeral_word,
    shared_place_range,
    word_positions,
)

__all__ = [
    "CHANGE_VERBS",
    "COLUMNS",
    "IDIOMS",
    "MAX_SPAN",
    "MEANINGS",
    "Meaning",
    "PLAIN_COUNTERS",
    "SLOGAN_QUOTE_MAX",
    "find_quantities",
    "iter_quantities",
    "meaning_at",
    "read_at",
]

#: The columns of ``find_quantities``: the span, the reading, and (``signed_value``) the value with the
#: direction of its change.
COLUMNS = ["start", "end", "text", "value", "low", "high", "unit", "qualifier", "currency", "change", "signed_value"]
MAX_SPAN = 64
SLOGAN_QUOTE_MAX = 12  # characters inside “…” up to which a quoted phrase is a slogan, not a statement

_WORD_QUALIFIERS = {"近": "最附邻靠", "约": "签合预节条公制契履违相邀"}
_ARTICLE_ONE = frozenset("一壹幺")
_ZEROS = frozenset(ZEROS)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quotation “…” of at most SLOGAN_QUOTE_MAX characters."""
    left = text.rfind("“", max(0, start - SLOGAN_QUOTE_MAX), start + 1)
    if left < 0 or "”" in text[left:start]:
        return False
    right = text.find("”", end, left + SLOGAN_QUOTE_MAX + 2)
    return right >= 0 and right - left - 1 <= SLOGAN_QUOTE_MAX


_BIG = frozenset("万萬亿億")
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL_WIDTH_LETTERS = "".join(chr(ord(c) + 0xFEE0) for c in _ASCII_LETTERS)  # Ａ … ｚ
# a code (N95, Ｎ95), a longer number, 1/3, 第2批
_NOT_BEFORE = frozenset(_ASCII_LETTERS + _FULL_WIDTH_LETTERS + "0123456789.-．－/／第")
# a code (4G, 百分之15Ｋ), 1/3, 二季度, 三年级, and 两年半 (not read yet)
_NOT_AFTER = frozenset(_ASCII_LETTERS + _FULL_WIDTH_LETTERS + "/／季级半")
_THOUSANDS = frozenset(",，")
_READ_ON = frozenset("0123456789０１２３４５６７８９" + NUMERAL_CHARS)


def _reading(groups: tuple[str | None, ...], after: str = "") -> tuple[Quantity, bool] | None:
    """The quantity a match's groups describe and whether it is written in Chinese numerals, or None when
    the span and the character ``after`` it rule it out (not a quantity, a year, the article 一, a word
    made of numerals: see ``helpers.text.words``)."""
    pre, up, pctword, pctnum, hundred, num, _, _, mid, unit, _ = groups
    span = "".join(filter(None, groups))  # every part of the pattern is in a group
    try:
        quantity = quantity_from_groups(span, groups)
    except (ValueError, ArithmeticError):
        return None
    # A span read with a look at the character after it (one that ends in a number or in 百/千) may not
    # read back on its own: parse_quantity must read it the same way. Other spans always do.
    if span[-1] in _READ_ON and not FULL_RE.fullmatch(span):
        return None
    if unit == "年" and YEAR_RE.fullmatch(span):
        return None  # a year (dates never match: 月, 日, 时 and 分 are no units)
    number = num or pctnum or ""
    chinese = number[:1] in NUMERAL_CHARS or bool(hundred)
    if chinese and num in _ARTICLE_ONE and not (quantity.qualifier or quantity.magnitude):
        return None  # 一批, 一场: the article, not a count (百分之一, 三分之一 are shares)
    if chinese and num in _ZEROS and not quantity.qualifier:
        return None  # 零件, 零部件 (parts), 零容忍 (a slogan): 零 alone in running text counts nothing
    if chinese and num and numeral_word(num.lstrip(SIGNS), quantity, after):
        return None
    if next_char_rules_out(quantity, mid, after):
        return None
    return quantity, chinese


class _SpanCache(dict):
    """What a span means, by the span and the character after it (which decides how the pattern reads it).

    A plain dict, emptied when full, because a lookup is the inner step of the scan and news repeats
    its spans (一批, 2月, 100%). ``cache_clear`` empties it, as for ``functools`` caches.
    """

    limit = 1 << 15  # a few hundred bytes an entry; one pass over 10 MB of news meets ~10 000 distinct

    def cache_clear(self) -> None:
        """Forget every span."""
        self.clear()


#: span + next character → False (never a quantity there), or (quantity or None, in Chinese numerals,
#: the qualifier when it may belong to the word before it (最近, 签约), whether to read it again
#: without a range: always when the range cannot be read, or after a verb of change, see ``_split``).
MEANINGS = _SpanCache()

#: Single-character counters after which plain digits are an exact count, read without the pattern:
#: not a share (%, 成), a year (年) or a magnitude, and not the start of a qualifier.
PLAIN_COUNTERS = frozenset(u for u in UNITS if len(u) == 1) - frozenset("%％成年百千万亿萬億多余来以左")
_ALWAYS, _AFTER_CHANGE = "always", "after a verb of change"
#: Verbs after which "X至Y" with the unit at both ends is two quantities: 增加200家至1200家 is
#: "by 200, to 1200", not 200 to 1200 (3-5个百分点 and 200至300家 stay ranges).
CHANGE_VERBS = (
    "增长",
    "增加",
    "下降",
    "减少",
    "提高",
    "降低",
    "上升",
    "上涨",
    "下跌",
    "扩大",
    "缩小",
    "提升",
    "回落",
    "回升",
    "增",
    "降",
    "涨",
    "跌",
    "升",
)

Meaning = tuple[Quantity | None, bool, str | None, str | None]


def meaning_at(padded: str, start: int, end: int) -> Meaning | bool:
    """What the span [start, end) the scan found means, read and remembered (see ``MEANINGS``).

    A span of plain ASCII digits and one counter (``299家``, a third of all new spans in news) is
    read at once: the pattern could only read it as that number of that counter, exactly (a test
    holds the two readings equal). Any other span is read with the full pattern.
    """
    if end - start <= 16 and padded[end - 1] in PLAIN_COUNTERS:
        digits = padded[start : end - 1]
        if digits.isdigit() and digits.isascii() and len(digits.lstrip("0")) <= MAX_DIGITS:
            value = float(int(digits))
            unit = padded[end - 1]
            meaning = (
                Quantity(digits + unit, value, value, value, unit.translate(SIMPLIFIED), "", "exact"),
                False,
                None,
                None,
            )
            _remember(padded[start : end + 1], meaning)
            return meaning
    return read_at(padded, start)[1]


def read_at(padded: str, start: int, single: bool = False) -> tuple[int, Meaning | bool]:
    """The end and the meaning of the quantity the full pattern (``single``: with no range) reads at
    ``start``, from ``MEANINGS`` when it was read before."""
    found = (SINGLE_QUANTITY_RE if single else QUANTITY_RE).match(padded, start)
    end = found.end() if found else start
    key = ("\0" if single else "") + padded[start : end + 1]
    meaning = MEANINGS.get(key)
    if meaning is None:
        meaning = False
        if found is not None and 0 < end - start <= MAX_SPAN:
            groups = found.groups()
            pre = groups[0] if groups[0] in _WORD_QUALIFIERS else None
            # a bare number (it ends the match, no qualifier before it, no 万/亿 in it) is no quantity
            bare = found.lastgroup == "num" and not (groups[0] or groups[1]) and _BIG.isdisjoint(groups[5])
            reading = None if bare else _reading(groups, padded[end : end + 1])
            if reading is not None and reading[1] and shared_place_range(groups[5], reading[0]):
                reading, bare = None, True  # 八到九百元: neither the range nor an end of it is read
            split = None if bare else _split(groups[5] or groups[3], reading is not None)
            if reading is not None or pre is not None or split is not None:
                meaning = (reading[0], reading[1], pre, split) if reading else (None, False, pre, split)
        _remember(key, meaning)
    return end, meaning


def _split(number: str | None, readable: bool) -> str | None:
    """When a number written as a range (3至5) must be read again without it: always when the range
    cannot be read (增长10%至5000亿元); after a verb of change when 至 or 到 joins two ends that both
    write the unit (增加200家至1200家); else never (None)."""
    if not number or RANGE_SEPARATOR_CHARS.isdisjoint(number):
        return None
    if not readable:
        return _ALWAYS
    first, joined, _ = number.partition(next(c for c in number if c in RANGE_SEPARATOR_CHARS))
    if joined in "至到" and not BARE_NUMBER_RE.fullmatch(first):
        return _AFTER_CHANGE
    return None


def _remember(key: str, meaning: Meaning | bool) -> None:
    if len(MEANINGS) >= MEANINGS.limit:
        MEANINGS.clear()
    MEANINGS[key] = meaning


def _scan(text: str) -> tuple[list[int], list[int], list[Quantity]]:
    """The starts, ends and readings of every measured quantity in a text, in text order (the loop both APIs share).

    Scans with ``SCAN_RE`` (the same matches as ``QUANTITY_RE``, found faster) and looks each span up
    in ``MEANINGS``; the exclusions of the module docstring that depend on the text around a span are
    tested inline. This loop runs once per match, tens of thousands of times a second. A range read
    again without its range (see ``_split``) makes the scan start again where that reading ends.
    """
    padded = text + "\n"  # every span has a next character; a line end changes no match and no exclusion
    in_idiom = word_positions(text)
    get = MEANINGS.get
    starts: list[int] = []
    ends: list[int] = []
    quantities: list[Quantity] = []
    position, resume = 0, None
    while True:
        for found in SCAN_RE.finditer(padded, position):
            if resume is not None:
                break
            start, end = found.span()
            meaning = get(padded[start : end + 1])
            if meaning is None:  # not seen yet
                meaning = meaning_at(padded, start, end)
            if not meaning:
                continue
            quantity, chinese, word_qualifier, split = meaning
            if split and (split is _ALWAYS or padded[max(0, start - 3) : start].rstrip("了").endswith(CHANGE_VERBS)):
                end, meaning = read_at(padded, start, single=True)
                # scan on from there (增长10%至|5000亿元), or from after the first number (月薪5000|至1万元)
                if end > start:
                    resume = end
                else:
                    first = BARE_NUMBER_RE.match(padded, start)
                    resume = max(first.end() if first else 0, start + 1)
                if not meaning:
                    continue
                quantity, chinese, word_qualifier, _ = meaning
            if word_qualifier and start and padded[start - 1] in _WORD_QUALIFIERS[word_qualifier]:
                start += len(word_qualifier)  # 最近3天 is 3 days: read on from after the qualifier
                end, meaning = read_at(padded, start)
                if not meaning:
                    continue
                quantity, chinese = meaning[:2]
            if quantity is None:
                continue
            if start:
                before = padded[start - 1]
                if (
                    before in _NOT_BEFORE
                    or before.isdigit()
                    or before in _THOUSANDS
                    and start >= 2
                    and padded[start - 2].isdigit()
                ):
                    continue  # inside a code, a longer number or a fraction (N95, 2,400, 1/3), or an ordinal
                if before == "数" and chinese:
                    continue  # 数十家, 数百名: "several tens", read as ten by the numeral alone
            if padded[end] in _NOT_AFTER or chinese and padded.startswith("决赛", end):
                continue  # a code (4G), a fraction (1/3), a quarter (二季度), a grade (三年级), 四分之一决赛
            if chinese and _in_short_quote(text, start, end):
                continue  # a slogan in Chinese numerals (“三服务”)
            if in_idiom and (start in in_idiom or end - 1 in in_idiom):
                continue  # 千家万户, 三番五次, 七台河, a web address
            if breaks_a_longer_form(padded, start, end, quantity, chinese):
                continue  # 1万600吨, 5万4千, 1万(含)-5万元, 周三起, 五一期间
            starts.append(start)
            ends.append(end)
            quantities.append(quantity)
        if resume is None:
            return starts, ends, quantities
        position, resume = resume, None


def iter_quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Yield (start, end, quantity) for every measured quantity in a text, in text order."""
    yield from zip(*_scan(text))


def find_quantities(text: str) -> pd.DataFrame:
    """Every quantity mentioned in a text, one row each in text order: span, value, range, unit, qualifier,
    currency, direction of change and the signed value."""
    starts, ends, quantities = _scan(text if isinstance(text, str) else str(text))
    n = len(quantities)
    texts, values, lows, highs, units, qualifiers, _, _, currencies, changes = zip(*quantities) if n else ((),) * 10
    signed = [-v if c == "-" else v for v, c in zip(values, changes)]
    strings = pd.array(np.array(texts + units + qualifiers + currencies + changes, dtype=object), dtype=_STR)
    return create_dataframe_from_blocks(
        [
            (np.array((starts, ends), dtype=np.int64).reshape(2, n), _INT_COLUMNS),
            (np.array((values, lows, highs, signed), dtype=np.float64).reshape(4, n), _FLOAT_COLUMNS),
            *((strings[i * n : (i + 1) * n], column) for i, column in enumerate(_TEXT_COLUMNS)),
        ],
        index=pd.RangeIndex(n),
        columns=_COLUMN_INDEX,
    )


# The frame's blocks, built directly: pandas' constructor for typed arrays, a third of the time of
# pd.DataFrame(dict), which infers and checks what the extractor already knows (a frame per article).
_STR = pd.Series([""]).dtype  # the string dtype pandas gives text by default
_COLUMN_INDEX = pd.Index(COLUMNS)
_INT_COLUMNS, _FLOAT_COLUMNS, *_TEXT_COLUMNS = (
    np.array([COLUMNS.index(c) for c in names], dtype=np.intp)
    for names in (
        ("start", "end"),
        ("value", "low", "high", "signed_value"),
        ("text",),
        ("unit",),
        ("qualifier",),
        ("currency",),
        ("change",),
    )
)
