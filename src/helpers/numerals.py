"""Reading numbers written in Chinese numerals or in Arabic digits, keeping the place of the last written digit.

Written by hand rather than with cn2an because the ranges need more than the value:
they need the place of the last digit the writer wrote (``1.34`` → hundredths,
``五千`` → units of the number before its magnitude) and of the last non-zero digit
(``150`` → tens), which no numeral library exposes. Everything here works on
``decimal.Decimal`` so that ``1.34万`` is 13400 exactly, never 13400.000000000002.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

CHINESE_NUMERAL_CHARS = "".join([*DIGITS, *SMALL_UNITS, *MAGNITUDES])
MAX_DIGITS = 15  # beyond this a float cannot hold the value exactly
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


@dataclass(frozen=True)
class Number:
    """A number as written: its value, the place of its last written digit and of its last non-zero digit."""

    value: Decimal
    last_place: Decimal  # 1 for "93", Decimal("0.1") for "77.9", 1 for "百分之八十"
    nonzero_place: Decimal  # 100 for "100", 10 for "150", Decimal("0.1") for "1.5"


def _nonzero_place(value: Decimal) -> Decimal:
    """The place value of the last non-zero digit of ``value`` (1 for 0)."""
    if value == 0:
        return Decimal(1)
    sign, digits, exponent = value.normalize().as_tuple()
    return Decimal(1).scaleb(exponent)


def read_arabic(text: str) -> Number:
    """Read Arabic digits (half- or full-width, thousands commas, a decimal point)."""
    plain = text.translate(_FULLWIDTH).replace(",", "")
    if not plain or plain.count(".") > 1 or not plain.replace(".", "").isdigit():
        raise ValueError(f"{text!r} is not a number in Arabic digits")
    if len(plain.replace(".", "").lstrip("0")) > MAX_DIGITS:
        raise ValueError(f"{text!r} has more than {MAX_DIGITS} significant digits: not a number a news text states")
    value = Decimal(plain)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return Number(value, Decimal(1).scaleb(-decimals), _nonzero_place(value))


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
        value = Decimal("".join(str(DIGITS[c]) for c in text))
        return Number(value, Decimal(1), _nonzero_place(value))
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
    value = Decimal(total)
    return Number(value, Decimal(1), _nonzero_place(value))


def read_number(text: str) -> Number:
    """Read a number in Arabic digits or in Chinese numerals."""
    if text and text[0] in CHINESE_NUMERAL_CHARS:
        return read_chinese(text)
    return read_arabic(text)
