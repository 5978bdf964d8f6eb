"""A figure as a reader writes it, in Chinese and English: its number, its range, its hedge and its unit.

``say(row)`` takes a figure (a row of ``load_figures()``, with ``kind``) or a derived figure (a
row of ``derive_figures()``, no kind) and returns ``Wording(zh, en)``::

    1.34万吨 / 13,400 t        93% / 93%          100多名 / over 100 people
    近150天 / nearly 150 days   21–24家 / 21–24 enterprises (a derived count: the whole numbers in its range)

Rules (one place for each):

* **Kinds** (``KINDS``): how each kind of figure is said, one table entry per kind (``exact``,
  ``rounded``, ``more``, ``nearly``, ``about``, ``range``, the bound ``less`` (不超过, 以下) the quantity
  reader is adding, ``at_least`` and ``at_most``,
  and ``derived`` for a computed range). A kind not in the table is refused with the list of
  known ones, so a new kind of the quantity reader shows up as an error, not as a wrong sentence.
  A figure's own qualifier (余, 上, 以上 …) is kept in Chinese where the quantity reader puts it
  (``qualifier_form``, from ``helpers.text.quantity``'s qualifier tables).
* **Precision**: a figure as the article wrote it keeps its written decimals; a derived count
  (家, 人, 名 …, ``COUNTERS``) is the whole numbers its range holds (a range [20.8, 24.2] of
  enterprises is 21–24); any other derived number shows the decimals its range width supports
  (one significant digit of the width), or three significant digits when its inputs are exact.
* **Numbers**: English groups thousands (13,400) and says millions and billions of round numbers
  (168 million); Chinese writes 万 and 亿 for round numbers of ten thousand and more (1.34万,
  1.68亿) and plain digits otherwise (11676人), as the articles do.
* **Units** (``UNITS``): the Chinese counter or unit as written, and the English word for it (its
  singular for exactly one); ``noun_en`` names what is counted when the counter does not say it
  (家 counts enterprises or projects).

Hand-written because no library knows Chinese counters, 万/亿 grouping or the hedges of this
kit's range rules (``helpers.text.quantity``); Babel's number formatting groups by thousands only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = [
    "COUNTERS",
    "KINDS",
    "UNITS",
    "KindWords",
    "Wording",
    "date_en",
    "date_zh",
    "decimals_for",
    "full_width_punctuation",
    "number_en",
    "number_zh",
    "qualifier_form",
    "say",
    "say_range",
]


class Wording(NamedTuple):
    """One thing said in Chinese and in English."""

    zh: str
    en: str

    def lang(self, lang: str) -> str:
        """The text in one language (``zh`` or ``en``)."""
        if lang not in ("zh", "en"):
            raise ValueError(f"unknown language {lang!r}: expected 'zh' or 'en'")
        return getattr(self, lang)


class KindWords(NamedTuple):
    """How one kind of figure is said: a pattern per language over ``{n}`` (the number), ``{lo}``/``{hi}``
    (a range's ends) and ``{u}`` (the unit); ``number``: which of value, low or high ``{n}`` says."""

    zh: str
    en: str
    number: str = "value"  # value | low | high: the number the pattern says


#: How each kind of figure is said. A new kind of the quantity reader is one entry here.
KINDS: dict[str, KindWords] = {
    "exact": KindWords("{n}{u}", "{n}{u}"),
    "rounded": KindWords("{n}{u}", "{n}{u}"),
    "more": KindWords("{n}多{u}", "over {n}{u}", "low"),
    "nearly": KindWords("近{n}{u}", "nearly {n}{u}", "high"),
    "about": KindWords("约{n}{u}", "about {n}{u}"),
    "range": KindWords("{lo}–{hi}{u}", "{lo}–{hi}{u}"),
    "less": KindWords("不超过{n}{u}", "up to {n}{u}", "high"),
    "at_least": KindWords("至少{n}{u}", "at least {n}{u}", "low"),
    "at_most": KindWords("最多{n}{u}", "at most {n}{u}", "high"),
    "derived": KindWords("{lo}–{hi}{u}", "{lo}–{hi}{u}"),
}


def qualifier_form(qualifier: str) -> str:
    """The Chinese pattern of a figure's own qualifier, where the quantity reader puts it (``约{n}{u}``,
    ``{n}余{u}``, ``{n}{u}以上``), or "" for none or a combination of qualifiers."""
    from helpers.text.quantity import QUALIFIERS_AFTER_NUMBER, QUALIFIERS_AFTER_UNIT, QUALIFIERS_BEFORE

    if qualifier in QUALIFIERS_BEFORE:
        return qualifier + "{n}{u}"
    if qualifier in QUALIFIERS_AFTER_NUMBER:
        return "{n}" + qualifier + "{u}"
    if qualifier in QUALIFIERS_AFTER_UNIT:
        return "{n}{u}" + qualifier
    return ""


#: Chinese unit as written → (English singular, English plural); "" for none. Percent is written without a space.
UNITS: dict[str, tuple[str, str]] = {
    "": ("", ""),
    "%": ("%", "%"),
    "家": ("enterprise", "enterprises"),
    "人": ("person", "people"),
    "名": ("person", "people"),
    "个": ("item", "items"),
    "项": ("item", "items"),
    "条": ("item", "items"),
    "份": ("copy", "copies"),
    "天": ("day", "days"),
    "吨": ("t", "t"),
    "千克": ("kg", "kg"),
    "元": ("yuan", "yuan"),
    "吨/天": ("t a day", "t a day"),
    "千克/人/天": ("kg per person a day", "kg per person a day"),
    "人/家": ("per enterprise", "per enterprise"),
    "名/家": ("per unit served", "per unit served"),
    "项/名": ("per person", "per person"),
}

#: Units that count whole things: a derived count is said as the whole numbers its range holds.
COUNTERS = frozenset({"家", "人", "名", "个", "项", "条", "份"})

_ZH_BIG = ((10**8, "亿"), (10**4, "万"))
_BARE_MAGNITUDES = {100.0: "百", 1000.0: "千", 10000.0: "万", 100000000.0: "亿"}
_EN_BIG = ((10**9, "billion"), (10**6, "million"))


def _significant(x: float) -> int:
    """How many significant digits a number written at its shortest needs (13400 → 3, 11676 → 5, 0 → 1)."""
    if x == 0:
        return 1
    digits = f"{abs(x):.10g}".replace(".", "").lstrip("0")
    if "e" in digits:
        digits = digits.split("e")[0]
    return len(digits.rstrip("0")) or 1


def _plain(x: float, decimals: int, group: bool) -> str:
    text = f"{x:,.{decimals}f}" if group else f"{x:.{decimals}f}"
    return "0" if text in ("-0", "-0.0") else text


def _big(x: float, decimals: int, sizes: tuple[tuple[int, str], ...], digits: int) -> tuple[int, str] | None:
    """The magnitude a round number is written with (万, million …), or None to write it in digits."""
    x = round(x, decimals)
    for size, name in sizes:
        if abs(x) >= size and _significant(x) <= digits and float(x).is_integer():
            return size, name
    return None


def number_zh(x: float, decimals: int = 0, big: bool = True) -> str:
    """A number as Chinese text writes it: 万/亿 for round numbers of ten thousand and more (1.34万), else digits
    (``big=False``: digits always)."""
    found = _big(x, decimals, _ZH_BIG, 4) if big else None
    if found:
        return f"{round(x, decimals) / found[0]:.10g}{found[1]}"
    return _plain(round(x, decimals), decimals, group=False)


def number_en(x: float, decimals: int = 0, big: bool = True) -> str:
    """A number as English text writes it: thousands grouped (13,400), millions and billions of round numbers named
    (``big=False``: digits always)."""
    found = _big(x, decimals, _EN_BIG, 4) if big else None
    if found:
        return f"{round(x, decimals) / found[0]:.10g} {found[1]}"
    return _plain(round(x, decimals), decimals, group=True)


def _written_decimals(x: float) -> int:
    """The decimals a number as written has (77.9 → 1, 93 → 0)."""
    text = f"{x:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def decimals_for(low: float, high: float, value: float | None = None) -> int:
    """The decimals a computed range supports: one significant digit of its width, or three significant digits
    of the value when the range has no width (exact inputs)."""
    width = high - low
    if width > 0:
        return max(0, -math.floor(math.log10(width)))
    centre = abs(value if value is not None else low)
    if centre == 0 or float(centre).is_integer():
        return 0
    return max(0, 2 - math.floor(math.log10(centre)))


def _unit_en(unit: str, one: bool, noun_en: str | None) -> str:
    if noun_en is not None:
        return f" {noun_en}" if noun_en else ""
    if unit not in UNITS:
        raise ValueError(f"no English word for the unit {unit!r}: pass noun_en, or add it to UNITS")
    singular, plural = UNITS[unit]
    word = singular if one else plural
    return word if unit == "%" or not word else f" {word}"


def _get(row: Mapping[str, Any] | Any, name: str, default: Any = None) -> Any:
    try:
        value = row[name]
    except (KeyError, IndexError, TypeError):
        return default
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return default
    return value


def say_range(
    low: float,
    high: float,
    unit: str = "",
    *,
    value: float | None = None,
    noun_en: str | None = None,
    count: bool | None = None,
) -> Wording:
    """A computed range as a reader writes it: whole numbers for counts, the decimals its width supports otherwise;
    one number when both ends read the same (``21–24家`` / ``21–24 enterprises``; ``24.7%``).

    ``count``: whether the range counts whole things (default: its unit is one of ``COUNTERS``); an average
    such as 2.31 staff per enterprise is not a count even when it is said with a counter (``count=False``)."""
    if unit in COUNTERS if count is None else count:
        lo, hi, decimals = math.ceil(low - 1e-9), math.floor(high + 1e-9), 0
        if lo > hi:  # the range holds no whole number: say its ends rounded
            lo, hi = round(low), round(high)
    else:
        decimals = decimals_for(low, high, value)
        lo, hi = round(low, decimals), round(high, decimals)
    return _render("derived" if lo != hi else "exact", value if lo == hi else None, lo, hi, unit, decimals, noun_en)


def _render(
    kind: str, n: float | None, lo: float, hi: float, unit: str, decimals: int, noun_en: str | None, form: str = ""
) -> Wording:
    words = KINDS[kind]
    if n is None or kind in ("exact", "derived") and lo == hi:
        n = lo
    ends = (lo, hi) if "{lo}" in words.zh else (n,)
    zh_big = all(_big(x, decimals, _ZH_BIG, 4) for x in ends)  # a range uses 万 only if both ends can
    en_big = all(_big(x, decimals, _EN_BIG, 4) for x in ends)
    zh_n = number_zh(n, decimals, zh_big)
    if form.startswith("上"):  # 上 takes a bare magnitude: 上百, 上千, 上万, 上亿
        zh_n = _BARE_MAGNITUDES.get(n, "")
        form = form if zh_n else KINDS[kind].zh
        zh_n = zh_n or number_zh(n, decimals, zh_big)
    zh = (form or words.zh).format(
        n=zh_n, lo=number_zh(lo, decimals, zh_big), hi=number_zh(hi, decimals, zh_big), u=unit
    )
    one = kind in ("exact", "rounded") and round(n, decimals) == 1
    en = words.en.format(
        n=number_en(n, decimals, en_big),
        lo=number_en(lo, decimals, en_big),
        hi=number_en(hi, decimals, en_big),
        u=_unit_en(unit, one, noun_en),
    )
    return Wording(zh, en)


def say(
    row: Mapping[str, Any] | Any, *, noun_en: str | None = None, unit: str | None = None, count: bool | None = None
) -> Wording:
    """A figure or a derived figure as a reader writes it, in Chinese and English, with its range and unit.

    ``row`` needs ``value``, ``low``, ``high`` and ``unit``; a figure of the articles also has ``kind``
    (and ``qualifier``), a derived figure has none and is said as its range. ``noun_en`` names what
    is counted in English (``say(row, noun_en="workers")``); ``unit`` replaces the row's unit; ``count``
    says whether a derived figure counts whole things (see ``say_range``).
    """
    value = float(_get(row, "value"))
    low, high = float(_get(row, "low", value)), float(_get(row, "high", value))
    unit = _get(row, "unit", "") if unit is None else unit
    kind = _get(row, "kind", "derived") or "derived"
    if kind not in KINDS:
        raise ValueError(f"cannot say a figure of kind {kind!r}: known kinds are {', '.join(KINDS)}")
    if kind == "derived":
        return say_range(low, high, unit, value=value, noun_en=noun_en, count=count)
    decimals = max(_written_decimals(value), _written_decimals(low) if kind == "range" else 0)
    if kind == "range":
        decimals = max(decimals, _written_decimals(high))
    n = {"value": value, "low": low, "high": high}[KINDS[kind].number]
    qualifier = _get(row, "qualifier", "") or ""
    form = qualifier_form(qualifier) if kind not in ("exact", "rounded", "range", "derived") else ""
    return _render(kind, n, low, high, unit, decimals, noun_en, form)


def date_zh(date: Any, year: bool = False) -> str:
    """A date as Chinese text writes it: 2月22日 (with ``year``: 2020年2月22日)."""
    import pandas as pd

    day = pd.Timestamp(date)
    return (f"{day.year}年" if year else "") + f"{day.month}月{day.day}日"


def date_en(date: Any, year: bool = False) -> str:
    """A date as English text writes it: 22 February (with ``year``: 22 February 2020)."""
    import pandas as pd

    day = pd.Timestamp(date)
    return f"{day.day} {day:%B}" + (f" {day.year}" if year else "")


_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})
_KEEP = re.compile(r"`[^`]*`|“[^“”]*”")  # inline code and quotes of the article stay as written


def full_width_punctuation(text: str) -> str:
    """Chinese text with its punctuation full width (，；：（）？！), except inside inline code and “…” quotes."""
    out, end = [], 0
    for match in _KEEP.finditer(text):
        out += [text[end : match.start()].translate(_FULL_WIDTH), match.group()]
        end = match.end()
    return "".join([*out, text[end:].translate(_FULL_WIDTH)])
