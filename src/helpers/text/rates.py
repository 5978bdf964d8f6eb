"""Rates: a quantity per a unit written after a slash (``3000元/吨``, ``2.6元/斤``, ``3.5万元/亩``, ``120km/h``,
``130.1千克/人/年``).

The number is read as without the slash (its range, qualifier and currency are the quantity's), and the unit becomes
the rate's: the quantity's unit, a slash and what it is per, each in the form it is reported in (``元/吨``,
``公里/小时``, ``千克/人/年``). What may stand after the slash is a unit of ``PER_UNITS`` (a measure, a counter, a
time), not followed by a letter or digit, once or more (``/人/年``). 每 ('per') may stand for the slash
(``22微克每立方米``, ``60公里每小时``, ``5元每斤``, ``3元每人每天``): ``helpers.text.quantity.rate_at`` reads it so
after money or a measure where the phrase ends. 每 and a unit right before the number, or before the verb of
change before it, make a rate too (``每斤5元`` is 5 元/斤, ``每人每月500元`` 500 元/人/月, ``每亩增收200元`` 200 元/亩,
up; not across another verb: ``每股派0.3元``): ``per_units_before``; not for a percentage, percentage points or a
multiple (``每年增长5%`` stays 5 %, a growth rate); 时速 before a distance is per hour (``时速350公里``:
``speed_before``). A slash after a number with no unit is a fraction (``1/3``) and
is not read; a slash before anything else (``3000元/4000元``, ``5元/kgs``) leaves the quantity out, as before (see
``helpers.text.extract``).

Written by hand, like the rest of the reader: the slash after a unit is a plain suffix, so a table and a loop
say it more plainly than a grammar.
"""

from __future__ import annotations

from helpers.text.units import LATIN_UNITS, reported_unit

__all__ = [
    "EACH",
    "PER_MARKS",
    "PER_UNITS",
    "SLASHES",
    "SPEED_COPULAS",
    "SPEED_LASTS",
    "SPEED_WORDS",
    "per_units_at",
    "per_units_before",
    "speed_before",
    "takes_a_rate_before",
]

SLASHES = "/／"
EACH = "每"
#: What may stand between a unit and what it is per: a slash, or 每.
PER_MARKS = SLASHES + EACH
#: What a rate may be per, as written after the slash, the longest first where one begins another (平方米 before 米).
PER_UNITS: tuple[str, ...] = (
    # measures
    *("平方公里", "平方米", "立方米", "千瓦时", "公顷", "公斤", "千克", "公里", "千米", "平米", "毫升", "公升"),
    *("盎司", "吨", "斤", "克", "亩", "畝", "米", "升", "度", "磅", "㎡"),
    *("平方英尺", "平方呎", "平方尺", "呎"),  # Hong Kong's and Malaysia's prices of flats (每呎17,988元)
    # counters
    *("人次", "人", "户", "戶", "家", "次", "件", "个", "個", "台", "辆", "輛", "头", "頭", "只", "股", "张", "張"),
    *("盒", "瓶", "袋", "箱", "份", "桶", "套", "间", "間", "床", "批", "项", "項"),
    # times
    *("小时", "小時", "分钟", "分鐘", "年", "月", "周", "週", "天", "日", "秒"),
    # Latin units (exactly as written, as after a number): kg, km, h, kWh …
    *sorted(LATIN_UNITS, key=len, reverse=True),
    "h",
)
#: A per-unit in the form it is reported in, where that is not its simplified form (平米 → 平方米, h → 小时).
_REPORTED = {
    **LATIN_UNITS,
    "h": "小时",
    "平米": "平方米",
    "㎡": "平方米",
    "呎": "平方英尺",
    "平方呎": "平方英尺",
}  # 每呎: a flat's price
_LATIN_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789²³")


def _per_unit_at(text: str, at: int) -> str | None:
    """The per-unit of ``PER_UNITS`` written at ``at`` in ``text`` (not followed by a letter or digit), or None."""
    for unit in PER_UNITS:
        if text.startswith(unit, at):
            after = text[at + len(unit) : at + len(unit) + 1]
            if after and after in _LATIN_OR_DIGIT:
                continue
            return unit
    return None


_PER_UNIT_SET = frozenset(PER_UNITS)
_LONGEST = max(len(u) for u in PER_UNITS)
#: Units that take no rate written before the number: a share or a multiple is already relative (每年增长5%).
_RELATIVE_UNITS = frozenset({"%", "个百分点", "百分点", "个基点", "基点", "倍", "千分点"})


def takes_a_rate_before(unit: str) -> bool:
    """Whether a quantity in this reported unit becomes a rate after 每 and a unit written before it (元, 公里, 次: yes;
    %, 个百分点, 倍, a unit that is a rate already, no unit: no)."""
    return bool(unit) and unit not in _RELATIVE_UNITS and "/" not in unit


def per_units_before(text: str, at: int) -> tuple[int, str] | None:
    """Where 每 and a unit of ``PER_UNITS`` written right before ``at`` begin (once or more: 每人每月) and what they
    say as reported (``"/斤"``, ``"/人/月"``), or None when none is written there."""
    start, per = at, ""
    while True:
        each = text.rfind(EACH, max(0, start - 1 - _LONGEST), start)
        unit = text[each + 1 : start] if each >= 0 else ""
        reported = "/" + (_REPORTED.get(unit) or reported_unit(unit)) if unit in _PER_UNIT_SET else ""
        if not reported or reported in per:  # no more, or the same twice (每人每人)
            return (start, per) if per else None
        per = reported + per
        start = each


#: Words before a number that say what a distance is per (时速350公里 is 350 公里/小时), the distances they take, and
#: the copulas that may stand between (时速为350公里); ``SPEED_LASTS``: the last characters of what may end before
#: the number, a cheap test before ``speed_before``.
SPEED_WORDS = ("时速", "時速")
_DISTANCES = frozenset({"公里", "千米", "米", "海里", "英里"})
SPEED_COPULAS = ("", "为", "為", "达", "達", "达到", "達到", "是", "可达", "可達", "高达", "高達")
SPEED_LASTS = frozenset(w[-1] for w in SPEED_WORDS) | frozenset(c[-1] for c in SPEED_COPULAS if c)


def speed_before(text: str, at: int, unit: str) -> tuple[int, str] | None:
    """Where 时速 written right before ``at`` (or before a copula there: 时速为, 时速达) begins and the per-unit it
    gives a distance (``"/小时"``), or None."""
    if unit not in _DISTANCES:
        return None
    for copula in SPEED_COPULAS:
        word = next((w for w in SPEED_WORDS if text.endswith(w, 0, at - len(copula))), None)
        if word and text.endswith(copula, 0, at):
            return at - len(copula) - len(word), "/小时"
    return None


def per_units_at(text: str, at: int, each: bool = True) -> tuple[int, str] | None:
    """Where the per-units after a slash (or 每, unless ``each`` is false) at ``at`` end, and what they say as
    reported (``"/吨"``, ``"/人/年"``, ``"/小时"``), or None when ``text[at]`` is neither or no unit of ``PER_UNITS``
    follows it."""
    marks, end, per = PER_MARKS if each else SLASHES, at, ""
    while end < len(text) and text[end] in marks:
        unit = _per_unit_at(text, end + 1)
        if unit is None:
            break
        reported = _REPORTED.get(unit) or reported_unit(unit)
        end, per = end + 1 + len(unit), per + "/" + reported
    return (end, per) if per else None
