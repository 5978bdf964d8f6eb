"""半 (a half) in a quantity: after a counter or unit (``两年半``, ``一吨半``, ``三成半``, ``3个半月``) and before one
(``半年``, ``半斤``, ``半个月``, ``半成``).

The rules (the grammar of ``helpers.text.quantity`` reads them with these tables):

* **After the unit**: ``N{unit}半`` is N + ½ of the unit (``两年半`` 2.5 年, ``十五斤半`` 15.5 斤, ``三岁半``,
  ``一倍半``), only for the units of ``UNITS_BEFORE_HALF`` and only where the phrase ends after 半
  (``HALF_ENDS``: punctuation, 的, 了, 后, 内, 多, 左右, 以上 …). Where a word follows (``五吨半成品``: 5 t of
  semi-finished goods, or 5.5 t?) the half is not read, and the quantity before it is left out too
  (``helpers.text.extract``), never read as the whole number.
* **个半 before the unit**: ``一个半小时`` 1.5 小时, ``3个半月`` 3.5 个月 (``UNITS_WITH_HALF``).
* **Before the unit**: ``半{unit}`` is ½ of it (``半年`` 0.5 年, ``半小时``, ``半天``, ``半个月``, ``半成`` 5 %),
  for the units of ``UNITS_AFTER_HALF`` (with the measures ``helpers.text.units`` adds and its units written with
  个: ``半公升``, ``半加侖``, ``半英里``, ``半個鐘`` 0.5 钟头; ``一个半钟`` 1.5 钟头, not before a noun:
  ``半个钟表``); not after a word that makes 半 part of it (``HALF_NOT_AFTER``:
  ``上半年``/``下半年`` the first/second half of a year, ``大半年``/``小半年`` most/some of a year, ``好半天``
  and ``老半天`` 'ages', ``一半年轻人``, ``多半``), and not before a word (``半年报``, ``半成品``, ``半斤八两``,
  ``半天空``: ``HALF_UNIT_NOT_BEFORE``). ``半折`` is half the price (50 %), see ``helpers.text.ratios``.
* The half counts in the range like a digit: an exact count stays exact (``两年半`` → [2.5, 2.5]); a rounded
  unit rounds at the half (``三成半`` → [32.5, 37.5], ``半成`` → [2.5, 7.5]); a qualifier's rule applies to the
  whole (``近半年`` → [0.45, 0.5], ``两年半多`` → [2.5, 3]).

Not read (left out): 半 alone or in a word (``一半``, ``大半``, ``过半`` before no unit: ``过半数``, while
``经过半个月`` and ``已过半年`` are read; ``半数``, ``多半`` 'probably', ``半导体``, ``半岛``): 半 is a quantity
only with a unit; ``半个`` before a noun (``半个世纪``: no unit we know); a half
after a decimal or a number with 万/亿 (``1.5年半``); a range with a half (``两年半至三年`` is read as two
quantities, 2.5 年 and 3 年); a half after 多/余 (``三十多岁半``); ``个半`` with no number (``個半小時``,
Cantonese); 半 after a unit not listed (``三人半``: the grammar takes a half after any unit, and the reader
refuses it there, so the quantity is left out, never read as 3 人).
"""

from __future__ import annotations

from helpers.text.units import BELL_NOT_BEFORE, MEASURES, MORE_MEASURES, UNITS_WITH_QUALIFIER

__all__ = [
    "HALF",
    "HALF_AFTER_UNIT",
    "HALF_ENDS",
    "HALF_NOT_AFTER",
    "HALF_UNIT_NOT_BEFORE",
    "UNITS_AFTER_HALF",
    "UNITS_BEFORE_HALF",
    "UNITS_WITH_HALF",
    "half_start_pattern",
    "half_unit_pattern",
]

HALF = "半"
#: Units a 半 may follow (两年半, 一吨半, 三成半, 三岁半, 一倍半, 三块半): time spans, the measures of
#: ``helpers.text.units.MEASURES`` (吨, 斤, 米, 亩 …), 成, 倍, 块 and 层.
UNITS_BEFORE_HALF: tuple[str, ...] = (
    *("年", "天", "周", "週", "星期", "小时", "小時", "岁", "歲"),
    *MEASURES,
    *MORE_MEASURES,  # 两公升半, 三英里半
    *("成", "倍", "块", "塊", "层", "層"),
)
#: What may follow a half after a unit: the phrase ends (一吨半成品 is not read).
HALF_ENDS = r"(?=[的了后前里内时以之才没就都也还又中来左多过至到，。、；：！？,.;:!?\s）)」”’》钱]|\Z)"
#: Units written with 个半 (一个半小时, 3个半月): unit as written → unit as reported.
UNITS_WITH_HALF: dict[str, str] = {
    f"{ge}半{noun}": unit
    for ge in ("个", "個")
    for noun, unit in (
        *(("月", "个月"), ("小时", "小时"), ("小時", "小时"), ("钟头", "钟头"), ("星期", "星期")),
        *(("分钟", "分钟"), ("分鐘", "分钟")),
        *(
            ("钟", "钟头"),
            ("鐘", "钟头"),
            ("鐘頭", "钟头"),
        ),  # 一个半钟 (Cantonese: 1.5 hours), not before a noun (一个半钟表)
    )
}
#: What may not follow 个半月 (三个半月饼, 半月刊, 半月板).
_HALF_MONTH_NOT_BEFORE = "饼刊板形牙"
#: Units a 半 may stand before (半年, 半小时, 半个月, 半成, 半折): time spans, the measures, 成 and 折.
UNITS_AFTER_HALF: tuple[str, ...] = (
    *("个小时", "個小時", "个钟头", "個鐘頭", "个星期", "個星期", "个月", "個月"),
    *("年", "天", "周", "星期", "小时", "小時", "分钟", "分鐘", "秒"),
    *MEASURES,
    *("成", "折"),
    # the units of helpers.text.units written with 个 (半个钟, 半個鐘), with 个多 too (半个多月: more than half a
    # month), and the measures it adds (半公升, 半加侖)
    *UNITS_WITH_QUALIFIER,
    *MORE_MEASURES,
)
#: The character before 半 that makes it part of a word (上半年, 大半年, 好半天, 一半, 多半, 十天半个月), or
#: 个 (個半小時 with no number before it: Cantonese for 1.5 hours, not read).
HALF_NOT_AFTER = "上下前后大小好老一多天个個"
#: The character after 半+unit that makes a word of it (半年报, 半年度, 半年轻, 半成品, 半成熟, 半斤八两, 半天空,
#: 半天然, 半折叠).
HALF_UNIT_NOT_BEFORE: dict[str, str] = {
    "年": "报度刊结轻级纪",
    "天": "空然候",
    "成": "品熟功型形本",
    "克": "隆",
    "斤": "八",
    "周": "年期长",
    "折": "叠",
    "米": "饭粒",
    **{f"{ge}{bell}": BELL_NOT_BEFORE for ge in "个個" for bell in "钟鐘"},  # 半个钟表: half a clock
}


def _escape(word: str) -> str:
    return "".join("\\" + c if not c.isalnum() else c for c in word)


def half_unit_pattern() -> str:
    """The regular expression of a unit written with 个半 (个半小时, 个半月), each with its lookahead."""
    rests = sorted((u[2:] for u in UNITS_WITH_HALF if not u.endswith("月")), key=len, reverse=True)
    guarded = [_escape(r) + (f"(?![{BELL_NOT_BEFORE}])" if r in ("钟", "鐘") else "") for r in dict.fromkeys(rests)]
    return f"[个個]半(?:{'|'.join(guarded)}|月(?![{_HALF_MONTH_NOT_BEFORE}]))"


#: What may follow any unit: a half where the phrase ends (年半, 斤半). The grammar takes it after every unit,
#: and the reader refuses it after a unit not in ``UNITS_BEFORE_HALF`` (三人半), so that the quantity is left out.
HALF_AFTER_UNIT = f"(?:{HALF}{HALF_ENDS})?"


def half_start_pattern(consumed: bool = False) -> str:
    """The regular expression of 半 standing for the number ½ before a unit (半年, 半个月): 半 alone is the
    number, the unit is looked ahead at. ``consumed``: the pattern begins right after a 半 already consumed
    (the extractor's scan), and checks it with lookbehinds."""
    units = []
    for unit in sorted(UNITS_AFTER_HALF, key=len, reverse=True):
        not_before = HALF_UNIT_NOT_BEFORE.get(unit)
        units.append(_escape(unit) + (f"(?![{not_before}])" if not_before else ""))
    ahead = f"(?=(?:{'|'.join(units)}))"
    if consumed:
        return f"(?<={HALF})(?<![{HALF_NOT_AFTER}]{HALF}){ahead}"
    return f"(?<![{HALF_NOT_AFTER}]){HALF}{ahead}"
