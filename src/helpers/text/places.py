"""Arabic digits written with Chinese places: ``2亿4000万``, ``3亿5千万``, ``1万8千``, ``2千零30万``, ``1千零8``.

News writes large round figures so as often as ``2.4亿``: groups of digits before 万/亿 (up to four digits), single
digits before 千/百, and 零 where a place is empty, before a last group too (``1万零600``). Such a number is
read as the Chinese numeral of the same value (``digits_with_places_as_chinese``: ``2亿4000万`` as 二亿四千万), so
that it is rounded as that numeral is (at its last non-zero digit, ``helpers.text.quantity``): ``2亿4000万元`` →
[2.35亿, 2.45亿] like ``二亿四千万元`` and ``2.4亿元``.

Refused (``ValueError``) where ``helpers.text.numerals.read_chinese`` would refuse the same numeral in Chinese
characters: places that do not fall (``5千3万``), a group too long for its place (``3万12000``), a place skipped
without 零 (``5千30万``, ``3亿5千``, ``2亿5百万``, ``1万8百``; a group of two or more digits says its own places, so
``2亿400万`` is 2.04亿) and a last group after a place without 零: ``1万600`` (600 units, or rounded to 万?) and
``1万8`` (colloquial 18000, or 1万 and then 8 of the next count: ``投资3万5年回本``).
"""

from __future__ import annotations

from helpers.text.numerals import FULL_WIDTH_TO_ASCII, ZEROS

__all__ = ["as_chinese", "digits_with_places_as_chinese"]

_ZERO = frozenset(ZEROS)

_DIGIT_NAMES = "零一二三四五六七八九"
_PLACE_NAMES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def _section_as_chinese(n: int) -> str:
    """A number from 1 to 9999 in Chinese numerals, with 零 for each run of empty places inside it (六百零五)."""
    out, zero = [], False
    for size, name in _PLACE_NAMES:
        digit = n // size % 10
        if digit:
            out.append(("零" if zero else "") + _DIGIT_NAMES[digit] + name)
            zero = False
        elif out:
            zero = True
    return "".join(out)


def as_chinese(n: int) -> str:
    """A whole number below 10¹² in Chinese numerals as a news text writes it (二亿零四百万, 一万八千)."""
    if not 0 < n < 10**12:
        raise ValueError(f"{n} is not a whole number from 1 to 10¹² - 1")
    parts, zero = [], False
    for size, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // size % 10**4
        if section:
            parts.append(("零" if parts and (zero or section < 1000) else "") + _section_as_chinese(section) + name)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)


_BIG_PLACES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_SMALL_PLACES = {"千": 1000, "仟": 1000, "百": 100, "佰": 100}


def digits_with_places_as_chinese(text: str) -> str:
    """Arabic digits written with Chinese places (``2亿4000万``, ``3亿5千万``, ``1万8千``, ``2千零30万``, ``1千零8``)
    as the Chinese numeral of the same value (二亿四千万, 三亿五千万, 一万八千, 二千零三十万, 一千零八); raises
    ValueError for the forms the module docstring lists as refused.

    A hand-written loop over the groups, because each group of digits is read with the place after it and the
    places of a section (千, 百) must fall within the larger ones (万, 亿).
    """
    plain = text.translate(FULL_WIDTH_TO_ASCII)
    total, section, big, small, digits, zero, opened = 0, 0, 10**13, 10**4, "", False, False
    for char in plain:
        if char.isdigit():
            digits += char
        elif char in _ZERO and not digits:
            zero, opened = True, opened or not section  # opened: the section begins with 零 (2亿零5百万)
        elif char in _SMALL_PLACES:
            place = _SMALL_PLACES[char]
            if len(digits) != 1 or digits == "0" or place >= small:
                raise ValueError(f"{text!r}: {digits}{char} does not fall below the place before it")
            if not section and big < 10**13 and place < 1000 and not opened:
                raise ValueError(f"{text!r}: the part after 万 or 亿 skips 千 without 零 (1万8百: 10800 or 18000?)")
            section += int(digits) * place
            small, digits, zero = place, "", False
        elif char in _BIG_PLACES:
            place = _BIG_PLACES[char]
            number = int(digits) if digits else 0
            if place >= big or len(digits) > 4 or digits[:1] == "0" or section and digits and not zero:
                raise ValueError(f"{text!r}: the part before {char} is not a number of its place")
            if section and number >= small or not section + number:
                raise ValueError(f"{text!r}: the part before {char} skips a place without 零")
            if big == 10**8 and section + number < 1000 and not opened and (section or len(digits) == 1):
                raise ValueError(f"{text!r}: the part after 亿 skips a place without 零 (2亿5百万, 2亿4万)")
            total += (section + number) * place
            section, big, small, digits, zero, opened = 0, place, 10**4, "", False, False
        else:
            raise ValueError(f"{text!r} is not digits with places")
    if section and big == 10**8 and not opened:
        raise ValueError(f"{text!r}: the part after 亿 skips 万 without 零")
    if digits:
        if not (zero and int(digits) < (small if section else big) and digits[0] != "0"):
            raise ValueError(f"{text!r}: a bare group after a place ({digits}): units, or rounded?")
        section += int(digits)  # 2千零30, 1万零600: 零 says where the digits stand
    return as_chinese(total + section)
