"""Ratios written with a word: 折 (a price as a share of the full price) and 番 (doublings).

折 — a discount, reported in % of the full price, exact (``helpers.text.quantity`` reads it as a unit):

* one digit, with or without decimals, counts tenths: ``八折`` 80 %, ``两折`` 20 %, ``9.9折`` 99 %,
  ``三点一折`` 31 %, ``0.5折`` 5 %; a range of two such ends too (``3-5折``, ``三至五折`` → [30, 50]);
* two digits written digit by digit count hundredths: ``75折`` 75 %, ``八五折`` 85 %, ``五五折`` 55 %, ``三八折`` 38 %;
* ``半折`` and ``对折`` are half the price, 50 %; ``对折`` only after 打 (``打对折``, ``打了对折``): alone it is
  'fold in half' (``将纸对折``), so ``parse_quantity("对折")`` refuses it.

Not read as a discount: two neighbouring digits rising by one (``七八折``, ``五六折``, ``三四折``: 78 % or 70–80 %?
both are said) and ``三五折`` (35 % or 30–50 %?); a numeral with 十/百 (``十折``, ``百折不挠``), a two-digit number
ending in 0 (``50折``) or three digits; 折 starting a word (``折合``, ``折算``, ``折叠``: ``三折叠`` is tri-fold,
``三折页``, ``折旧``, ``折返``, ``折射``, ``折价``, ``一折戏`` an act of an opera, ``三折肱``: ``DISCOUNT_NOT_BEFORE``);
and the idioms and set phrases of ``DISCOUNT_IDIOMS`` (``一波三折``, ``七折八扣``, ``百折不挠``, ``一本四折``: the
four acts of a zaju play), which the extractor leaves out. Still read as a discount, where nothing in the
sentence tells them apart: 折 counting acts in other words (``第二折`` is an ordinal and left out, but a bare
``演了三折`` would read 30 %).

番 — ``翻N番`` doubles N times: the value is 2ᴺ in 倍 (times the starting level), exact: ``翻一番`` ×2,
``翻两番`` ×4, ``翻了一番``, ``翻三番`` ×8; ``翻番`` alone is ×2. ``翻一番多``, ``翻几番``, a qualifier
(``近翻两番``) and what says more after it (``翻了一番还多``, ``翻两番有余``, ``翻一番以上``) are left out.
"""

from __future__ import annotations

from helpers.text.numerals import (
    DECIMAL_POINTS,
    DIGITS,
    DOUBLED_RANGE_SEPARATORS,
    FULL_WIDTH_TO_ASCII,
    Number,
    read_number,
    split_range,
)

__all__ = [
    "DISCOUNT",
    "DISCOUNT_IDIOMS",
    "DISCOUNT_NOT_BEFORE",
    "DISCOUNT_UNIT_PATTERN",
    "DISCOUNT_WORDS",
    "DOUBLING_PATTERN",
    "HALF_PRICE",
    "RISING_PAIRS",
    "discount_percent",
    "doubling",
]

DISCOUNT = "折"
#: What may not follow 折 in a discount: 折 then starts a word (折合, 折算, 折叠, 折旧, 折返, 折价, 折子戏 …) or an
#: idiom (三折肱, 九折臂).
DISCOUNT_NOT_BEFORE = "合算射服叠腾磨断返旧价线痕页纸桂戟损子戏耳中衷寿半扣肱臂腰"
DISCOUNT_UNIT_PATTERN = f"{DISCOUNT}(?![{DISCOUNT_NOT_BEFORE}]|八扣)"
#: Idioms with a numeral before 折: left out.
DISCOUNT_IDIOMS = ("一波三折", "七折八扣", "百折不挠", "百折不回", "九折臂", "一本四折", "四折一楔子")
#: Half the price: 半折 anywhere, 对折 only after 打 (alone it is 'fold in half').
HALF_PRICE = 50
DISCOUNT_WORDS = r"(?:(?<=打)|(?<=打了)|(?<=打个))[对對]折(?![叠线痕])"
#: 翻N番 and 翻番 (N doublings): the numeral is the group ``times``; not before what says more or about
#: (翻一番多, 翻两番以上, 翻了一番还多, 翻两番有余, 翻一番左右: left out, not read as exactly double).
DOUBLING_PATTERN = (
    r"翻了?(?P<times>[一二两兩三四五六七八九十1-9]?)番"
    r"(?![多余几以左上]|还多|還多|还要多|還要多|还不止|還不止|不止|有余|有餘|开外|出头)"
)

#: Two neighbouring digits rising by one (and 两三, 三五): a rough range as Chinese writes it (七八毛, 七八折).
RISING_PAIRS = frozenset(f"{a}{b}" for a, b in zip("一二三四五六七八", "二三四五六七八九")) | {"两三", "三五"}


def _tenths(written: str) -> bool:
    """Whether a number before 折 counts tenths (one digit, decimals allowed), else hundredths (two digits
    digit by digit); raises ValueError for any other form."""
    text = written.translate(FULL_WIDTH_TO_ASCII)
    whole = text.split(".")[0]
    for point in DECIMAL_POINTS:
        whole = whole.split(point)[0]
    if len(whole) == 1 and (whole.isdigit() or whole in DIGITS):
        return True
    digit_by_digit = whole.isdigit() or all(c in DIGITS for c in whole)
    if len(whole) == 2 and whole == text and whole[1] not in "0零〇○" and digit_by_digit:
        if whole in RISING_PAIRS:
            raise ValueError(f"{written!r}折: two rising digits are a range or a discount, so they are not read")
        return False
    raise ValueError(f"{written!r}折 is not a discount as written (one digit, or two digit by digit)")


def discount_percent(written: str, low: Number, high: Number) -> tuple[Number, Number]:
    """The share of the full price, in %, of a discount whose number is written ``written`` and reads
    ``low``..``high`` (the same unless a range): ``八`` → 80, ``9.9`` → 99, ``75`` → 75, ``3-5`` → 30..50."""
    split = split_range(written)
    if split is not None and split[1] in DOUBLED_RANGE_SEPARATORS:
        raise ValueError(f"{written!r}折: a doubled dash between discounts is not read")
    ends = [written] if split is None else [split[0], split[2]]
    tenths = {_tenths(end) for end in ends}
    if len(ends) > 1 and tenths != {True}:
        raise ValueError(f"{written!r}折: a range of discounts is read only with one digit at each end")
    if len(ends) == 1 and low is not high:
        raise ValueError(f"{written!r}折: two rising digits are a range or a discount, so they are not read")
    numbers = [Number(n.digits, n.exponent + 1) if tenths == {True} else n for n in (low, high)]
    if not all(0 < n.value < 100 for n in numbers):
        raise ValueError(f"{written!r}折 is not a share of the full price")
    return (numbers[0], numbers[1]) if low is not high else (numbers[0], numbers[0])


def doubling(times: str) -> int:
    """How many times the level is after 翻N番: 2ᴺ (``一`` → 2, ``两`` → 4; empty, as in 翻番, → 2)."""
    return 2 ** (read_number(times).digits if times else 1)
