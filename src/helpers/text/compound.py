"""Amounts written in two or more units of one measure, read as one amount in the first (largest) unit written.

``123元1角1分`` 123.11 元, ``3斤5两`` 3.5 斤, ``两年零三个月`` 2.25 年, ``一个小时三十分钟`` 1.5 小时: the parts are
whole numbers, each in a unit of one ladder (``LADDERS``), the units falling from larger to smaller, each
part less than one of the unit before it (``1小时70分钟`` is not read as one amount). 零 or 又 may join two
parts (``壹元零壹分``, ``两美元又三美分``, ``一小时零十五秒``). The value is the exact sum, divided once at the end
(``两小时十分`` is 13/6 小时, the float nearest it), reported in the first unit written (money in yuan always in
元: ``十块三毛`` 10.3 元, ``两角五分`` 0.25 元). The compound's ``text`` is the whole span (with 钱 after it:
``一百三十五块六角七分钱``). Its range: exact; a qualifier before it (约, 近, 超过 …) or 左右/以上 after it
applies its rule to the whole (``约3斤5两`` → [3.15, 3.85]); a numeral with 万/亿 inside rounds at half the last
unit written (``六十四万零一百四十三元一角七分`` → ± 0.005 元).

The ladders (sizes in the smallest unit):

==========  =========================================================  ======================================
measure     units, largest first                                       colloquial last digit
==========  =========================================================  ======================================
yuan        元 块 圆 (100), 角 毛 (10), 分 (1): always in 元           after 块 or 毛 one digit is the next
                                                                       unit (``一块二`` 1.2, ``两毛五`` 0.25 元);
                                                                       after 块, 零 and a digit is 分
                                                                       (``三块零四`` 3.04)
US dollar   美元 (100), 美分 (1)                                        —
mass        斤 (10), 两 (1)                                             —
length      公里 千米 (100000), 米 (100), 厘米 (1)                      after 米 (first) one digit is 分米, two
                                                                       digits 厘米 (``三米九`` 3.9, ``1米75`` 1.75)
calendar    年 (12), 个月 (1)                                           —
age         岁 (12), 个月 (1); not before 内/后/前 unless    —
            joined by 零 or 又 (满16岁3个月内: a span of its own)
feet        英尺 呎 (12), 英寸 吋 (1)                                    —
clock       周 星期 (604800), 天 (86400), 小时 钟头 (3600),              after 秒 one digit is tenths, two digits
            分钟 (60; 分 after 小时 or before 秒), 秒 (1)                 hundredths of a second, as a race time is
                                                                       written (``9秒83`` 9.83 秒, ``1分44秒65``)
==========  =========================================================  ======================================

年 and 天 are of two ladders (a month has 28 to 31 days), so ``一年零三天`` stays two quantities.

Where 角, 毛 and 分 are read: only inside such an amount (after 元/块, or 角/毛 then 分 or a digit: ``两角五分``,
``两毛五``, ``肆角叁分``), never alone: ``5分`` is a clock time or a score, ``三角`` a triangle, ``两毛`` may be
two hairs, so one part in 角, 毛 or 分 (``两毛``, ``两毛钱``, ``壹分``) is not read. 分 as minutes only after 小时
(``两小时十分``, and only where the phrase ends: ``十分辛苦`` is 'very') or before 秒 (``五分三十秒``), and not
after 时/点 (``8时5分30秒`` is a clock time). 两 as a unit of mass only after 斤 (``二两`` alone is a numeral).

Left out (the whole span, so that no part is read as the amount): a compound with a part out of order or too
large (``3斤15两``, ``1小时70分钟``), a decimal or a sign in a part, a compound joined to a range
(``五块六到五块七毛八``, ``米六到三米九``) or to more parts by 又/余 (``20天8小时余50分钟``), and a colloquial digit
followed by a numeral or a word (``一块二一斤``, ``一米八个子``, ``两块五花肉``: which number is which?). Not
read either: a range of compounds, 圆 before the units' table has it, a colloquial digit after 元, 斤 or 角
(``五元三``, ``三斤二``), and a compound of 年 and 天 (``一年零三天``: its parts are read as the grammar reads
them).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from helpers.text.numerals import CHINESE_NUMERAL_CHARS, DIGITS, ZEROS, read_number

__all__ = [
    "COLLOQUIAL",
    "COMPOUND_PATTERN",
    "HEADS",
    "LADDERS",
    "LADDER_PATTERNS",
    "MONEY_STARTS",
    "Compound",
    "Ladder",
    "read_compound",
]


class Ladder(NamedTuple):
    """The units of one measure, each written form with its size in the smallest unit, and the unit reported
    (empty: the first unit written, as the grammar reports it)."""

    name: str
    unit: str
    sizes: dict[str, int]


LADDERS: tuple[Ladder, ...] = (
    Ladder("yuan", "元", {"元": 100, "块": 100, "塊": 100, "圆": 100, "圓": 100, "角": 10, "毛": 10, "分": 1}),
    Ladder("US dollar", "", {"美元": 100, "美分": 1}),
    Ladder("mass", "", {"斤": 10, "两": 1, "兩": 1}),
    Ladder("length", "", {"公里": 100000, "千米": 100000, "米": 100, "厘米": 1}),
    Ladder("calendar", "", {"年": 12, "个月": 1, "個月": 1}),
    Ladder("age", "", {"岁": 12, "歲": 12, "个月": 1, "個月": 1}),
    Ladder("feet", "", {"英尺": 12, "呎": 12, "英寸": 1, "英吋": 1, "吋": 1}),
    Ladder(
        "clock",
        "",
        {
            # in hundredths of a second, for the colloquial tail of 秒 (9秒83)
            **{w: 60480000 for w in ("周", "星期", "个星期", "個星期")},
            "天": 8640000,
            **{w: 360000 for w in ("小时", "小時", "个小时", "個小時", "钟头", "个钟头", "個鐘頭")},
            **{w: 6000 for w in ("分钟", "分鐘", "分")},
            "秒": 100,
        },
    ),
)
_LADDERS_OF: dict[str, set[str]] = {}
for _ladder in LADDERS:
    for _form in _ladder.sizes:
        _LADDERS_OF.setdefault(_form, set()).add(_ladder.name)
_LADDER_NAMED = {ladder.name: ladder for ladder in LADDERS}
#: What may follow 分 as minutes at the end of an amount (两小时十分, not 两小时十分辛苦).
_MINUTES_END = "的了后前内，。、；：！？,.;:!? \n）)」”"
#: The unit a compound reports (but for money in yuan, always 元): its first unit as the grammar reports it.
_FIRST_UNITS = {
    **{w: w for w in ("美元", "斤", "公里", "千米", "米", "年", "周", "岁", "英尺")},
    "歲": "岁",
    "呎": "英尺",
    **{w: "个月" for w in ("个月", "個月")},
    **{w: "星期" for w in ("星期", "个星期", "個星期")},
    "天": "天",
    **{w: "小时" for w in ("小时", "小時", "个小时", "個小時")},
    **{w: "钟头" for w in ("钟头", "个钟头", "個鐘頭")},
    **{w: "分钟" for w in ("分钟", "分鐘", "分")},
    "秒": "秒",
}
#: The units after which a colloquial last digit stands for the next lower unit: unit → size of one digit
#: (and, for 米 and 秒, of a two-digit number).
COLLOQUIAL: dict[str, tuple[int, int]] = {"块": (10, 0), "塊": (10, 0), "毛": (1, 0), "米": (10, 1), "秒": (10, 1)}
#: The units a grammar reading may carry for a compound to start there (as the grammar reports them).
HEADS = frozenset(
    {"元", "块", "美元", "斤", "公里", "千米", "米", "年", "岁", "英尺", "个月", "周", "星期", "天", "小时", "钟头"}
    | {"分钟", "秒"}
)
#: Units that start a compound the grammar does not read at all (两角五分, 两毛五, 五分三十秒): the extractor
#: looks for a numeral before one of them.
MONEY_STARTS = "角毛分"

_ARABIC = re.compile("[0-9０-９]+")
#: The characters a numeral is written with, in digits or Chinese numerals.
_NUMERAL_CHARS = frozenset(CHINESE_NUMERAL_CHARS + "0123456789０１２３４５６７８９")
_NUMERAL = f"(?:[0-9０-９]+|[{CHINESE_NUMERAL_CHARS}]+)"
_FORMS = sorted(_LADDERS_OF, key=len, reverse=True)
_ONE_DIGIT = "[1-9１-９一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]"
#: A colloquial tail: a digit (or 零 and a digit; two digits after 米) where the phrase ends (一块二的, 三米九，),
#: not before a word (两块五花肉: two pieces of pork belly, not 2.5 元).
_TAIL_ENDS = r"[的了后前里内以之才就都也还又左多至到钱，。、；：！？,.;:!?\s）)」”’》]"
_TAIL = rf"(?:[{ZEROS}]?{_ONE_DIGIT}{{1,2}}|[0-9０-９]{{1,2}})(?={_TAIL_ENDS}|\Z)"


def _ladder_pattern(ladder: Ladder) -> str:
    """Two or more parts in the units of one ladder, or one part and a colloquial tail."""
    unit = "(?:" + "|".join(sorted(ladder.sizes, key=len, reverse=True)) + ")(?!之)"
    # the first part begins with no zero (找零两角五分: 零 ends 找零), as a numeral of the grammar
    first = f"(?![{ZEROS}][{CHINESE_NUMERAL_CHARS}0-9０-９]){_NUMERAL}"
    return f"{first}{unit}(?:[零又]?(?![{ZEROS}]){_NUMERAL}{unit})*(?:{_TAIL})?"


#: A compound as written in the units of each ladder (the reader takes the longest match: 50分钟20秒 is not
#: 50分 in yuan); its parts are read by ``read_compound``.
LADDER_PATTERNS: tuple[str, ...] = tuple(_ladder_pattern(ladder) for ladder in LADDERS)
#: Any of them (the first that matches).
COMPOUND_PATTERN = "|".join(f"(?:{pattern})" for pattern in LADDER_PATTERNS)


class Compound(NamedTuple):
    """An amount in several units: its exact value in the first unit, the size of its last written unit (in the
    first unit), the unit reported, and whether a part is rounded (a numeral with 万/亿 inside)."""

    value: Fraction
    step: Fraction
    unit: str
    rounded: bool
    last: int  # the number of the last part as written (30 in 3小时30分钟): 'more' goes up by its last digit


def _parts(text: str) -> tuple[list[tuple[str, str]], str]:
    """The (number, unit) parts of a compound as written, and its colloquial tail (raises ValueError)."""
    parts: list[tuple[str, str]] = []
    at = 0
    while at < len(text):
        if parts and text[at] in "零又" and at + 1 < len(text) and text[at + 1] not in ZEROS:
            joined = at + 1
        else:
            joined = at
        end = joined
        while end < len(text) and text[end] in _NUMERAL_CHARS:
            end += 1
        unit = next((f for f in _FORMS if text.startswith(f, end)), None)
        # a numeral may end in 两 (六斤八两): give 两 back to the unit when no unit follows it
        if unit is None and end > joined + 1 and text[end - 1] in "两兩":
            end, unit = end - 1, text[end - 1]
        if unit is None or end == joined:
            return parts, text[at:]
        parts.append((text[joined:end], unit))
        at = end + len(unit)
    return parts, ""


def _tail_size(tail: str, unit: str) -> int:
    """The size of one of a colloquial tail after ``unit`` (块二: 10 分; 块零四: 1 分; 米九: 10 厘米; 米75: 1 厘米)."""
    one, two = COLLOQUIAL[unit]
    digits = tail.lstrip(ZEROS)
    if tail[0] in ZEROS:
        size = one // 10 if len(digits) == 1 else 0
    else:
        size = one if len(digits) == 1 else two
    if not size or not (digits.isdigit() or all(c in DIGITS for c in digits)):
        raise ValueError(f"{tail!r} after {unit} cannot be read as a lower unit")
    return size


_HOUR_MARKS = frozenset("时時点點")


def _after_a_clock_hour(before: str) -> bool:
    """Whether the two characters ``before`` an amount end in an hour of the clock: 时 or 点 after a numeral
    (8时, 十点), or at the start of the text, where nothing says which."""
    return before[-1:] in _HOUR_MARKS and (len(before) < 2 or before[0] in _NUMERAL_CHARS)


def read_compound(text: str, before: str = "", after: str = "") -> Compound | None:
    """Read an amount in several units of one measure (see the module docstring); None when the text is one
    quantity, its units are of two measures (两天又一个月) or do not fall (100元50元): two quantities; raises
    ValueError when the units fall but a part is too large (3斤15两) or not a whole number. ``before`` is the two
    characters before the text and ``after`` the one after it (fewer at an end): after a clock hour (八时, 9点) a 分
    is its minutes, while after a word that ends in 时 (用时, 耗时, 历时) it begins a span; 分 as minutes ends the
    phrase."""
    parts, tail = _parts(text)
    if len(parts) + bool(tail) < 2:
        return None
    names = set.intersection(*(_LADDERS_OF[unit] for _, unit in parts))
    if not names:
        return None
    # 个月 alone is of the calendar and of an age: the first ladder that has every unit (两岁零三个月 is an age)
    ladder = next(ladder for ladder in LADDERS if ladder.name in names)
    if ladder.name == "age" and after and after in "内內后後前里裡以之" and not any(c in text for c in "零又"):
        return None  # 满16岁3个月内: 3个月内 is a span of time of its own (16岁零3个月内 would be an age)
    units = [unit for _, unit in parts]
    if ladder.name == "clock" and "分" in units:
        if units[0] == "分" and (_after_a_clock_hour(before) or units[1:2] != ["秒"]):
            raise ValueError(f"{text!r}: 分 begins an amount only as minutes before seconds, not after a clock hour")
        if units[-1] == "分" and (
            ladder.sizes.get(units[-2]) != ladder.sizes["小时"] or after and after not in _MINUTES_END
        ):
            raise ValueError(f"{text!r}: 分 ends an amount as minutes only after 小时 and where the phrase ends")
    sizes = [ladder.sizes[unit] for unit in units]
    total, rounded, last = 0, False, 0
    for index, ((written, _), size) in enumerate(zip(parts, sizes)):
        number = read_number(written)
        if number.exponent or number.digits < 0:
            raise ValueError(f"{text!r}: each part of an amount is a whole number")
        if index and size >= sizes[index - 1]:
            return None  # 100元50元, 3两5斤: units that do not fall are two quantities
        if index and not 0 < number.digits * size < sizes[index - 1]:
            raise ValueError(f"{text!r}: each part must be less than one of the unit before")
        rounded = rounded or any(c in written for c in "万萬亿億")
        total += number.digits * size
        last = number.digits
    step = sizes[-1]
    if tail:
        if units[-1] not in COLLOQUIAL or (units[-1] == "米" and len(units) > 1):
            raise ValueError(f"{text!r}: a bare last digit is read only after 块, 毛, 米 or 秒")
        if units[-1] == "秒" and not (_ARABIC.fullmatch(tail) and _ARABIC.fullmatch(parts[-1][0])):
            raise ValueError(f"{text!r}: hundredths of a second are read in Arabic digits only (9秒83)")
        size = _tail_size(tail, units[-1])
        digits = tail.lstrip(ZEROS)
        number = read_number(digits)
        total += number.digits * size
        step, last = size, number.digits
    first = sizes[0]
    unit = ladder.unit or _FIRST_UNITS[units[0]]
    if ladder.name == "yuan" and units[0] in ("角", "毛", "分"):
        first = 100  # 两角五分, 两毛五: 0.25 元
    return Compound(Fraction(total, first), Fraction(step, first), unit, rounded, last)
