"""Reading numbers written in Chinese numerals or in Arabic digits, keeping the place of the last written digit.

Written by hand rather than with cn2an because the ranges need more than the value:
they need the place of the last digit the writer wrote (``1.34`` → hundredths,
``五千`` → units of the number before its magnitude) and of the last non-zero digit
(``150`` → tens), which no numeral library exposes. A number is kept as integers — its
digits and the power of ten of its last written digit (``1.34`` is 134 × 10⁻²) — so that
``1.34万`` is 13400 exactly, never 13400.000000000002, and reading it costs no
``decimal`` work (the extractor reads tens of thousands of numbers a second).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

__all__ = [
    "CHINESE_NUMERAL_CHARS",
    "DIGITS",
    "MAGNITUDES",
    "MAX_DIGITS",
    "Number",
    "RANGE_SEPARATORS",
    "RANGE_SEPARATOR_CHARS",
    "SMALL_UNITS",
    "SOME",
    "read_arabic",
    "read_chinese",
    "read_number",
    "read_number_range",
    "trailing_zeros",
]

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "貳": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

CHINESE_NUMERAL_CHARS = "".join([*DIGITS, *SMALL_UNITS, *MAGNITUDES])
MAX_DIGITS = 15  # beyond this a float cannot hold the value exactly
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


class Number(NamedTuple):
    """A number as written: ``digits`` × 10 ** ``exponent``, where 10 ** ``exponent`` is the place of its last written digit."""

    digits: int  # 134 for "1.34", 150 for "150", 80 for "百分之八十"
    exponent: int  # -2 for "1.34", 0 for "150" and for every Chinese numeral

    @property
    def value(self) -> Decimal:
        """The number's exact value."""
        return Decimal(self.digits).scaleb(self.exponent)


def trailing_zeros(n: int) -> int:
    """How many zeros end the integer ``n`` (0 for 0)."""
    if not n:
        return 0
    count = 0
    while not n % 10:
        n //= 10
        count += 1
    return count


def read_arabic(text: str) -> Number:
    """Read Arabic digits (half- or full-width, thousands commas, a decimal point)."""
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:  # the common case, read at once
        return Number(int(text), 0)
    plain = text.translate(_FULLWIDTH).replace(",", "")
    whole, point, decimals = plain.partition(".")
    if not (whole + decimals).isdigit() or not (whole + decimals).isascii() or "." in decimals:
        raise ValueError(f"{text!r} is not a number in Arabic digits")
    digits = int(whole + decimals)
    if len(str(digits)) > MAX_DIGITS:
        raise ValueError(f"{text!r} has more than {MAX_DIGITS} significant digits: not a number a news text states")
    return Number(digits, -len(decimals))


def _read_below_wan(text: str) -> int:
    """Read a Chinese numeral below 10000 (十, 二十, 三百零五, 两千)."""
    total, digit, seen_digit = 0, None, False
    for char in text:
        if char in DIGITS:
            if digit is not None and digit != 0 and DIGITS[char] != 0:
                raise ValueError("two digits in a row")
            digit, seen_digit = DIGITS[char], True
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if digit is None and unit != 10 and seen_digit:
                raise ValueError(f"{char} without a digit")
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            raise ValueError(f"{char!r} is not a numeral")
    return total + (digit or 0)


def read_chinese(text: str) -> Number:
    """Read a Chinese numeral (零 一 二 两 … 十 百 千 万 亿, formal forms too, or digit-by-digit like 二〇二〇)."""
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        raise ValueError(f"{text!r} is not a Chinese numeral")
    if len(text) > 1 and all(c in DIGITS for c in text):  # digit by digit: 二〇二〇
        return Number(int("".join(str(DIGITS[c]) for c in text)), 0)
    total, rest = 0, text
    for magnitude_char, magnitude in (("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
        if magnitude_char in rest:
            head, _, rest = rest.partition(magnitude_char)
            if magnitude_char in rest:
                raise ValueError(f"{text!r} repeats {magnitude_char}")
            total += (_read_below_wan(head) if head else 1) * magnitude
    try:
        total += _read_below_wan(rest)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a well-formed Chinese numeral ({exc})") from None
    return Number(total, 0)


def read_number(text: str) -> Number:
    """Read a number in Arabic digits or in Chinese numerals."""
    if text and text[0] in CHINESE_NUMERAL_CHARS:
        return read_chinese(text)
    return read_arabic(text)


#: What joins the two ends of a written range: 3至5, 3到5, 3-5, 3~5.
RANGE_SEPARATORS = "至到~～－—-"
RANGE_SEPARATOR_CHARS = frozenset(RANGE_SEPARATORS)
#: 几 stands for an unknown digit: 十几 is 11 to 19, 几十 is 20 to 90.
SOME = "几"
_CHINESE_OR_SOME = frozenset(CHINESE_NUMERAL_CHARS + SOME)
#: Two neighbouring digits that together mean "one or the other": 两三个 is 2 or 3, 三五天 is 3 to 5.
_APPROXIMATE_PAIRS = frozenset(
    {
        ("一", "两"),
        ("一", "二"),
        ("两", "三"),
        ("二", "三"),
        ("三", "四"),
        ("三", "五"),
        ("四", "五"),
        ("五", "六"),
        ("六", "七"),
        ("七", "八"),
        ("八", "九"),
    }
)


def read_number_range(text: str) -> tuple[Number, Number]:
    """The smallest and the largest number a written number admits: ``3`` → (3, 3), ``3至5`` → (3, 5),
    ``两三`` → (2, 3), ``二三十`` → (20, 30), ``十几`` → (11, 19), ``几十`` → (20, 90)."""
    if text[:1] not in _CHINESE_OR_SOME and RANGE_SEPARATOR_CHARS.isdisjoint(text):  # digits, the common case
        number = read_arabic(text)
        return number, number
    for separator in RANGE_SEPARATORS:
        if separator in text:
            first, _, last = text.partition(separator)
            if (first[:1] in CHINESE_NUMERAL_CHARS) != (last[:1] in CHINESE_NUMERAL_CHARS):
                raise ValueError(f"{text!r}: both ends of a range must be written the same way")
            low, high = read_number(first), read_number(last)
            if not low.value < high.value:
                raise ValueError(f"{text!r}: a range runs from the smaller number to the larger")
            return low, high
    if SOME in text:
        if text.count(SOME) > 1 or any(c not in CHINESE_NUMERAL_CHARS for c in text.replace(SOME, "")):
            raise ValueError(f"{text!r} is not a number with one unknown digit")
        at = text.index(SOME)
        after_ten = at > 0 and text[at - 1] in "十拾" and at == len(text) - 1  # 十几, 二十几: 1 to 9
        return read_chinese(text.replace(SOME, "一" if after_ten else "二")), read_chinese(text.replace(SOME, "九"))
    for at in range(len(text) - 1):
        if (text[at], text[at + 1]) in _APPROXIMATE_PAIRS:
            head, tail = text[:at], text[at + 2 :]
            if (not head or head[-1] in SMALL_UNITS) and tail in ("", *SMALL_UNITS):
                return read_chinese(head + text[at] + tail), read_chinese(head + text[at + 1] + tail)
    number = read_number(text)
    return number, number
