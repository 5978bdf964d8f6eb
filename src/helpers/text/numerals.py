"""Reading numbers written in Chinese numerals or in Arabic digits, keeping the place of the last written digit.

Written by hand rather than with cn2an because the ranges need more than the value:
they need the place of the last digit the writer wrote (``1.34`` → hundredths,
``五千`` → units of the number before its magnitude) and of the last non-zero digit
(``150`` → tens), which no numeral library exposes, and because a misread must raise rather
than return a value (cn2an's smart mode reads ``一万零百一十一`` and ``三零百`` without a word). A number
is kept as integers — its digits and the power of ten of its last written digit (``1.34`` is
134 × 10⁻²) — so that ``1.34万`` is 13400 exactly, never 13400.000000000002, and reading it costs
no ``decimal`` work (the extractor reads tens of thousands of numbers a second).

How a Chinese numeral is read (``read_chinese``)
================================================

* Digits: 零 〇 ○ for 0, 一 … 九, 两/兩 for 2, 幺 for 1, and the formal digits 壹贰叁肆伍陆柒捌玖
  (simplified and traditional); 廿 卅 卌 are 二十 三十 四十.
* Units 十 百 千 (formal 拾 佰 仟) multiply the digit before them and fall from left to right;
  万/萬 and 亿/億 multiply everything before them back to the previous larger magnitude
  (``三百零五`` = 305, ``两亿三千万`` = 230000000).
* Compound magnitudes: the part before 亿 may hold 万, so 万亿 is 10¹² (``一万五千亿`` = 1.5×10¹²,
  ``两万三千亿`` = 2.3×10¹², ``百万亿`` = 10¹⁴).
* 十, 百 and 千 at the start stand for one ten, hundred, thousand (``十五``, ``百三`` = 130).
* 零 holds an empty place: the digit after it is read at its own unit, and 零十 is one ten
  (``一千零十`` = 1010, ``一百零十万`` = 110万, ``一万零三`` = 10003). A place skipped without 零
  is refused (``一千三十``, ``一万三百``, ``一亿三千``: 1030 or 1300? 10300 or 13000?).
* Colloquial last digit: one digit right after 百, 千, 万 or 亿 that ends the numeral (or the part
  before 万/亿), with no 零 between, is in the next lower place (``一百五`` = 150, ``两千六`` = 2600,
  ``一万三`` = 13000, ``九十二万四`` = 924000, ``一亿五`` = 150000000, ``百二萬`` = 120万).
* 点/點 then digits: a decimal, read digit by digit after the point, never 两 there (``三点五`` = 3.5,
  ``零点五`` = 0.5, ``六百一十一点二五五`` = 611.255). Before a point the colloquial rule is off:
  ``一百五点五`` is refused.
* Only digits, two or more: digit by digit (``二〇二〇`` = 2020).
* Digits with Chinese places (``2亿4000万``, ``1万8千``) are read by ``helpers.text.places``.
* 负/負 before the numeral makes it negative (``负三点八`` = −3.8); ``read_number`` also takes
  ``-``, ``−`` (minus sign) and ``－`` (full width) before digits or a numeral.

* 万万 (萬萬) is 亿, archaic but unambiguous (``四万万`` = 4×10⁸, ``萬萬`` = 10⁸, ``一万万三千万`` = 1.3×10⁸;
  ``万万分之七`` is 7 of 10⁸ parts): ``wan_wan_as_yi``.

Refused (``ValueError``), never read to some other value: two digits in a row after a unit
(``一百二三`` — a range, read by ``read_number_range``), units that do not fall (``十百``, ``一千二千``),
百/千 with no digit after something (``零百``), a magnitude repeated other than as 万万 (``三亿亿``), the part after a
magnitude as large as the magnitude, 兆 (10⁶ in mainland usage, 10¹² in Taiwan and Japan: the
region decides, so it is never read), and a number of more than 15 significant digits (a float holds no more exactly).

How a range is read (``read_number_range``)
===========================================

* Two ends joined by a separator (至, 到, ~ or a dash: ``RANGE_SEPARATORS``), written the same way and rising
  (``3至5``, ``三到五``); two neighbouring digits (``两三``, ``七八百``); 几 (幾) for one digit (``十几`` 11–19,
  ``几十`` 20–90, ``二十幾`` 21–29).
* A shared place: when the first end is one digit and the second is one larger digit followed only by place
  characters (十百千万亿, formal forms too), the first end takes the same places: ``两到三仟`` is 2000 to 3000,
  ``一到两百`` 100 to 200, ``七到八百万`` 700万 to 800万, as ``两三百`` is 200 to 300. ``三到十`` and ``五到十五``
  (no place to share, or ends less than ten times apart) are read as written.
* Left out rather than misread (``ValueError``): the first end 一 or 两 before a second end whose places
  begin with 十 (``一到二十``, ``两到三十万``: 一十 and 两十 are not how ten and twenty are written, so 1 to 20
  is as likely as 10 to 20), and a one-digit first end below a second end that goes on after its first place
  (``三到四千五``: 3 to 4500, or 3000 to 4500?), and a first end that ends in a digit before a second end with a
  place, more than ten times apart (``八到三百``: 8 to 300, or 80 to 300? ``一到一百``, ``十五到两百``). A range
  that does not rise (``九到四``, ``8至2``) is refused too.

In running text the grammar (``helpers.text.quantity``) adds what a numeral alone cannot say: a
formal digit that is also a word character (登陆, 拾起, 队伍, 大肆: ``WORD_FORMAL_CHARS``) starts a
numeral only before another formal character or 萬/億 (陆拾, 伍佰, 拾萬); a numeral never begins with
a unit word that begins with a numeral character (每千克, 千瓦时, 百分点); 兆 and a mixed number
(十一又十四分之一) are matched whole and refused, so no part of them is read as a smaller figure; a
sign is read only before rates, money and measures (``SIGNED_UNITS``: 负三场 is three matches lost);
and the extractor leaves 零 alone out (零件, 零部件, 零容忍: ``ZEROS``).

Fractions in words (``read_fraction``): ``N分之M`` is M/N exactly and ``A又N分之M`` (a mixed number)
is A + M/N, both as ``fractions.Fraction``; the denominator and numerator are read as above
(``四千二分之三`` is 3/4200).

The place of the last written digit of a Chinese integer is the place of its last non-zero
digit (Chinese never writes trailing zeros), so ``一万三`` is rounded like ``1.3万``: see the
range rules in ``helpers.text.quantity``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

__all__ = [
    "CHINESE_NUMERAL_CHARS",
    "DECIMAL_POINTS",
    "DIGITS",
    "DOUBLED_RANGE_SEPARATORS",
    "FULL_WIDTH_TO_ASCII",
    "FORMAL_CHARS",
    "FORMAL_FOLLOWERS",
    "MAGNITUDES",
    "MAX_DIGITS",
    "MIXED_NUMBER",
    "PLACE_CHARS",
    "Number",
    "RANGE_SEPARATORS",
    "RANGE_SEPARATOR_CHARS",
    "SIGNS",
    "SMALL_UNITS",
    "SOME",
    "SOME_CHARS",
    "UNREAD_MAGNITUDES",
    "WORD_FORMAL_CHARS",
    "ZEROS",
    "negate",
    "read_arabic",
    "read_chinese",
    "read_fraction",
    "read_number",
    "read_number_range",
    "shared_places",
    "split_range",
    "trailing_zeros",
    "wan_wan_as_yi",
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
#: Tens written as one character (廿五 is 25): read as the two characters they stand for.
_TENS_IN_ONE = {"廿": "二十", "卅": "三十", "卌": "四十"}
#: 兆 is 10⁶ (mainland) or 10¹² (Taiwan, Japan): a numeral holding it is recognised, so that no part
#: of it is read as a smaller number, and refused.
UNREAD_MAGNITUDES = "兆"
#: The decimal point of a Chinese numeral: 三点五 is 3.5.
DECIMAL_POINTS = "点點"
#: What makes a number negative when written before it: 负三, 負三, -3, −3 (minus sign), －3 (full width), ﹣3 (small),
#: ‐3 and ‑3 (the Unicode hyphens, as some editors type a minus).
SIGNS = "负負-−－﹣‐‑"
#: The formal digits and units (大写, as on cheques and invoices).
FORMAL_CHARS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
#: Formal characters that are also everyday word characters (登陆, 拾起, 队伍, 大肆): a numeral that
#: begins with one is a numeral only when a formal character or 萬/億 follows (陆拾, 伍佰, 拾萬); see the pattern.
WORD_FORMAL_CHARS = "陆陸拾伍肆"
#: What may follow a formal word character at the start of a numeral: formal digits and units and the
#: traditional magnitudes (拾萬, 陸億), not 万/亿 or 零 (大陆万亿元, 登陆零点).
FORMAL_FOLLOWERS = FORMAL_CHARS + "萬億"
#: 又 joins the whole part and the fraction of a mixed number: 十一又十四分之一.
MIXED_NUMBER = "又"

#: The characters that write zero. Alone in running text 零 is a word or a slogan, not a count (零件, 零部件,
#: 零容忍: news writes 0例), so the extractor leaves it out; ``parse_quantity("零个")`` reads 0.
ZEROS = "".join(c for c, d in DIGITS.items() if d == 0)
CHINESE_NUMERAL_CHARS = "".join([*DIGITS, *SMALL_UNITS, *MAGNITUDES, *_TENS_IN_ONE, UNREAD_MAGNITUDES])
MAX_DIGITS = 15  # beyond this a float cannot hold the value exactly
#: Full-width digits, point and comma as ASCII (``str.translate`` table).
FULL_WIDTH_TO_ASCII = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ZERO = frozenset(ZEROS)
_SIGN_CHARS = frozenset(SIGNS)


class Number(NamedTuple):
    """A number as written: ``digits`` × 10 ** ``exponent``, 10 ** ``exponent`` the place of its last written digit."""

    digits: int  # 134 for "1.34", 150 for "150", 80 for "百分之八十", -38 for "负三点八"
    exponent: int  # -2 for "1.34", 0 for "150" and for every Chinese integer

    @property
    def value(self) -> Decimal:
        """The number's exact value."""
        return Decimal(self.digits).scaleb(self.exponent)


def negate(number: Number) -> Number:
    """The number with the other sign, written to the same place."""
    return Number(-number.digits, number.exponent)


def trailing_zeros(n: int) -> int:
    """How many zeros end the integer ``n`` (0 for 0; the sign does not count)."""
    n = abs(n)
    if not n:
        return 0
    count = 0
    while not n % 10:
        n //= 10
        count += 1
    return count


def _without_sign(text: str) -> tuple[bool, str]:
    """Whether the text begins with a sign (负, -, −), and the text after it."""
    if text[:1] in _SIGN_CHARS:
        return True, text[1:]
    return False, text


def read_arabic(text: str) -> Number:
    """Read Arabic digits (half- or full-width, thousands commas, a decimal point, a sign before them)."""
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:  # the common case, read at once
        return Number(int(text), 0)
    negative, body = _without_sign(text)
    plain = body.translate(FULL_WIDTH_TO_ASCII).replace(",", "")
    whole, point, decimals = plain.partition(".")
    if not (whole + decimals).isdigit() or not (whole + decimals).isascii() or "." in decimals or not whole:
        raise ValueError(f"{text!r} is not a number in Arabic digits")
    digits = int(whole + decimals)
    if len(str(digits)) > MAX_DIGITS:
        raise ValueError(f"{text!r} has more than {MAX_DIGITS} significant digits: not a number a news text states")
    return Number(-digits if negative else digits, -len(decimals))


def _read_section(text: str, colloquial: bool) -> int:
    """Read a Chinese numeral below 10000 (十, 二十, 三百零五, 两千, 一千零十, and 一百五 = 150 when ``colloquial``)."""
    total, digit, place, zero, seen = 0, None, None, False, False
    for char in text:
        if char in _ZERO:
            if digit is not None:
                raise ValueError("a digit before 零")
            zero = seen = True
        elif char in DIGITS:
            if digit is not None:
                raise ValueError("two digits in a row")
            digit, seen = DIGITS[char], True
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if place is not None and unit >= place:
                raise ValueError(f"{char} after a unit as large")
            if place is not None and not zero and unit != place // 10:
                raise ValueError(f"{char} skips a place without 零")
            if digit is None and unit != 10 and seen:
                raise ValueError(f"{char} without a digit")
            total += (1 if digit is None else digit) * unit
            digit, place, zero, seen = None, unit, False, True
        else:
            raise ValueError(f"{char!r} is not a numeral")
    if digit is None:
        return total
    if place is not None and place > 10 and not zero:  # a digit right after 百 or 千: 一百五, 两千六
        if not colloquial:
            raise ValueError("a digit right after 百 or 千 before a decimal point")
        return total + digit * place // 10
    return total + digit


def _read_integer(text: str, colloquial: bool) -> int:
    """Read a Chinese integer: sections of 十百千 joined by 万 and 亿 (the part before 亿 may hold 万)."""
    for chars, size in (("亿億", 10**8), ("万萬", 10**4)):
        at = next((i for i, c in enumerate(text) if c in chars), -1)
        if at < 0:
            continue
        head, rest = text[:at], text[at + 1 :]
        if any(c in chars for c in rest):
            raise ValueError(f"{text[at]} twice")
        value = _read_integer(head, colloquial) if head else 1
        if size == 10**4 and value >= size:
            raise ValueError("more than 9999 before 万")
        if len(rest) == 1 and rest in DIGITS and DIGITS[rest]:  # 一万三, 一亿五: the next lower place
            if not colloquial:
                raise ValueError(f"a digit right after {text[at]} before a decimal point")
            return value * size + DIGITS[rest] * size // 10
        below = _read_integer(rest, colloquial) if rest else 0
        if below >= size:
            raise ValueError(f"more than {text[at]} after {text[at]}")
        if rest and rest[0] not in _ZERO and below < size // 10:
            raise ValueError(f"the part after {text[at]} skips a place without 零")
        return value * size + below
    return _read_section(text, colloquial)


def wan_wan_as_yi(text: str) -> str:
    """The text with 万万 (萬萬), an archaic 亿, written as 亿 (億): ``四万万`` → ``四亿``."""
    return text.replace("万万", "亿").replace("萬萬", "億") if "万万" in text or "萬萬" in text else text


def read_chinese(text: str) -> Number:
    """Read a Chinese numeral (零 一 二 两 … 十 百 千 万 亿, formal forms too, a decimal after 点, 负 before it,
    or digit by digit like 二〇二〇): see the module docstring for the rules."""
    negative, body = (True, text[1:]) if text[:1] in "负負" else (False, text)
    body = wan_wan_as_yi(body)
    if not body or any(c not in CHINESE_NUMERAL_CHARS and c not in DECIMAL_POINTS for c in body):
        raise ValueError(f"{text!r} is not a Chinese numeral")
    if UNREAD_MAGNITUDES in body:
        raise ValueError(f"{text!r}: 兆 is 10⁶ or 10¹² by region, so it is not read")
    whole, point, decimals = body.replace("點", "点").partition("点")
    if point and (
        not whole or not decimals or any(c not in DIGITS or c in "两兩" for c in decimals) or "点" in decimals
    ):
        raise ValueError(f"{text!r} is not a well-formed Chinese numeral (a decimal point needs digits on both sides)")
    for one, two in _TENS_IN_ONE.items():
        whole = whole.replace(one, two)
    try:
        if len(whole) > 1 and all(c in DIGITS for c in whole):  # digit by digit: 二〇二〇
            integer = int("".join(str(DIGITS[c]) for c in whole))
        else:
            integer = _read_integer(whole, colloquial=not point)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a well-formed Chinese numeral ({exc})") from None
    digits = integer * 10 ** len(decimals) + int("".join(str(DIGITS[c]) for c in decimals) or 0)
    if len(str(abs(digits)).rstrip("0")) > MAX_DIGITS:
        raise ValueError(f"{text!r} has more than {MAX_DIGITS} significant digits: too many to hold exactly")
    return Number(-digits if negative else digits, -len(decimals))


def read_number(text: str) -> Number:
    """Read a number in Arabic digits or in Chinese numerals (either with a sign before it)."""
    first = text[1:2] if text[:1] in _SIGN_CHARS else text[:1]
    if first and (first in CHINESE_NUMERAL_CHARS):
        if text[:1] in _SIGN_CHARS and text[:1] not in "负負":
            return negate(read_chinese(text[1:]))
        return read_chinese(text)
    return read_arabic(text)


def read_fraction(text: str) -> Fraction:
    """Read a fraction in words exactly: ``三分之一`` → 1/3, ``十一又十四分之一`` → 11 + 1/14.

    ``又`` joins the whole part of a mixed number to its fraction. The parts are whole numbers, the
    denominator at least 2 and, in a mixed number, the numerator below it; anything else raises ValueError.
    """
    whole_part, joined, fraction = text.rpartition(MIXED_NUMBER)
    denominator_text, split, numerator_text = fraction.partition("分之")
    if not split or not denominator_text or not numerator_text or (joined and not whole_part):
        raise ValueError(f"{text!r} is not a fraction in words (N分之M, or A又N分之M)")
    parts = [read_number(p) for p in (denominator_text, numerator_text, *([whole_part] if joined else []))]
    if any(p.exponent or p.digits < 0 for p in parts):
        raise ValueError(f"{text!r}: a fraction in words is read only with whole, non-negative parts")
    denominator, numerator = parts[0].digits, parts[1].digits
    if denominator < 2:
        raise ValueError(f"{text!r}: a fraction needs at least two parts")
    if joined and numerator >= denominator:
        raise ValueError(f"{text!r}: the fraction of a mixed number is less than one")
    return Fraction(numerator, denominator) + (parts[2].digits if joined else 0)


#: What joins the two ends of a written range: 3至5, 3到5, 3~5, 3〜5, and every dash: the hyphen 3-5 (half- and
#: full-width), the en dash 20–100, the em dash 3—5, the horizontal bar ―, the figure dash ‒. A phone
#: number or a code (0571-8888, 2019-nCoV) has no unit after it, so it is never read as a range.
RANGE_SEPARATORS = "至到~～〜－—–―‒-"
RANGE_SEPARATOR_CHARS = frozenset(RANGE_SEPARATORS)
#: A dash written twice joins two ends too (3--5, 3——5); after a negative first end it is not read
#: (-5--3: to 3, or a hyphen and −3?).
DOUBLED_RANGE_SEPARATORS = ("--", "——", "－－")
#: 几 stands for an unknown digit: 十几 is 11 to 19, 几十 is 20 to 90.
SOME = "几"
#: 几 as written, simplified and traditional (二十幾萬 is 二十几万).
SOME_CHARS = SOME + "幾"
_CHINESE_OR_SOME = frozenset(CHINESE_NUMERAL_CHARS + SOME_CHARS)
#: Every place character, small (十百千, formal 拾佰仟) and large (万亿, 萬億).
PLACE_CHARS = frozenset([*SMALL_UNITS, *MAGNITUDES])
_NOT_BEFORE_TEN = frozenset("一壹幺两兩")  # 一十, 两十: not how ten and twenty are written
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


def shared_places(first: str, last: str) -> str:
    """The first end of a range in Chinese numerals with the places it shares with the second end: ``两`` and
    ``三仟`` → ``两仟`` (两到三仟 is 2000 to 3000), ``一`` and ``两百`` → ``一百``; the first end as written when
    it shares none (``三`` and ``十``, ``五`` and ``十五``, ``八`` and ``三百``: the first digit not below the
    second). Raises ValueError when the two readings are both likely (``一到二十``, ``三到四千五``): see the
    module docstring."""
    if len(first) != 1 or first not in DIGITS or len(last) < 2 or last[0] not in DIGITS or last[1] not in PLACE_CHARS:
        return first
    if not 0 < DIGITS[first] < DIGITS[last[0]]:
        return first
    places = last[1:]
    if not PLACE_CHARS.issuperset(places):
        raise ValueError(f"{first}…{last}: the first end may be {first}{last[1]} or {first}, so it is not read")
    if places[0] in "十拾" and first in _NOT_BEFORE_TEN:
        raise ValueError(f"{first}…{last}: {first}{places[0]} is not written, so the first end may be {first}")
    return first + places


def split_range(text: str) -> tuple[str, str, str] | None:
    """The first end, the separator and the second end of a number written as a range (``3至5``, ``2——3``,
    ``5~8``), or None when no separator is in it. A doubled dash is one separator; the separators are tried in
    the order of ``DOUBLED_RANGE_SEPARATORS`` then ``RANGE_SEPARATORS``, each at its first place in the text."""
    if RANGE_SEPARATOR_CHARS.isdisjoint(text):
        return None
    for separator in (*DOUBLED_RANGE_SEPARATORS, *RANGE_SEPARATORS):
        first, found, last = text.partition(separator)
        if found:
            return first, separator, last
    return None


def _may_share_a_place(first: str, last: str, low: Number, high: Number) -> bool:
    """Whether a range in Chinese numerals, read as written, may have meant its first end to share a place of the
    second: the first ends in a digit, the second has a place after its first digit or ends in one, and the two
    read more than ten times apart (八到三百: 8 to 300, or 80 to 300? 十五到两百). 三到十 and 五到十五 are read
    as written; 八到九百 shares its place by rule (``shared_places``)."""
    return (
        first[-1:] in DIGITS and (last[-1:] in PLACE_CHARS or last[1:2] in PLACE_CHARS) and low.value * 10 < high.value
    )


def read_number_range(text: str) -> tuple[Number, Number]:
    """The smallest and the largest number a written number admits: ``3`` → (3, 3), ``3至5`` → (3, 5),
    ``两三`` → (2, 3), ``二三十`` → (20, 30), ``十几`` → (11, 19), ``几十`` → (20, 90), ``负十几`` → (−19, −11),
    ``一到两百`` → (100, 200) (``shared_places``)."""
    text = text.replace("幾", SOME)
    negative, body = _without_sign(text)
    if body[:1] not in _CHINESE_OR_SOME and RANGE_SEPARATOR_CHARS.isdisjoint(body):  # digits, the common case
        number = read_arabic(text)
        return number, number
    ends = split_range(body)
    if ends is not None:
        first, separator, last = ends
        if negative and len(separator) > 1:
            raise ValueError(f"{text!r}: a doubled dash after a negative number may be a dash and a sign")
        first = text[: len(text) - len(body)] + first
        if (_without_sign(first)[1][:1] in CHINESE_NUMERAL_CHARS) != (
            _without_sign(last)[1][:1] in CHINESE_NUMERAL_CHARS
        ):
            raise ValueError(f"{text!r}: both ends of a range must be written the same way")
        chinese = first[:1] in CHINESE_NUMERAL_CHARS
        if chinese:
            first = shared_places(first, last)
        low, high = read_number(first), read_number(last)
        if not low.value < high.value:
            raise ValueError(f"{text!r}: a range runs from the smaller number to the larger")
        if chinese and _may_share_a_place(first, last, low, high):
            raise ValueError(f"{text!r}: the first end may share a place of the second, so it is not read")
        return low, high
    if negative:
        low, high = read_number_range(body)
        if low is high:
            number = read_number(text)
            return number, number
        return negate(high), negate(low)
    if SOME in text:
        if text.count(SOME) > 1 or any(c not in CHINESE_NUMERAL_CHARS for c in text.replace(SOME, "")):
            raise ValueError(f"{text!r} is not a number with one unknown digit")
        at = text.index(SOME)
        if at and text[at - 1] in "百佰千仟万萬亿億" and at == len(text) - 1:
            raise ValueError(
                f"{text!r}: 几 right after {text[at - 1]} may stand for one digit or two, so it is not read"
            )
        after_ten = at > 0 and text[at - 1] in "十拾" and at == len(text) - 1  # 十几, 二十几: 1 to 9
        return read_chinese(text.replace(SOME, "一" if after_ten else "二")), read_chinese(text.replace(SOME, "九"))
    for at in range(len(text) - 1):
        if (text[at], text[at + 1]) in _APPROXIMATE_PAIRS:
            head, tail = text[:at], text[at + 2 :]
            if (not head or head[-1] in SMALL_UNITS or head[-1] in MAGNITUDES) and tail in ("", *SMALL_UNITS):
                return read_chinese(head + text[at] + tail), read_chinese(head + text[at + 1] + tail)
    number = read_number(text)
    return number, number
