"""Reading one Chinese quantity as written — qualifier, number, magnitude, counter or unit — with the range its wording
admits.

``parse_quantity("近150天")`` → value 150, low 135, high 150, unit "天", qualifier "近".

The grammar (``QUANTITY_PATTERN``) is shared with the extractor (``helpers.text.extract``), so
whatever the extractor finds, this module reads back the same way.

Range rules (``low``/``high`` is the closed range of true values the wording admits)
=================================================================================

=========================================  ===========================================  =============================
wording                                    rule                                         examples
=========================================  ===========================================  =============================
integer count, no 万/亿, not a percentage  exact                                        ``299家`` → [299, 299];
(digits or Chinese numerals)                                                            ``两千名`` → [2000, 2000]
``百分百``, ``百分之百``                   exact 100                                    ``百分百`` → [100, 100]
decimal, percentage (any form),            rounded at the last written digit:           ``93%`` → [92.5, 93.5];
number with 万/亿                          ± half a unit of that digit                  ``77.9%`` → [77.85, 77.95];
                                                                                        ``百分之八十`` → [79.5, 80.5];
                                                                                        ``1.34万`` → [13350, 13450];
                                                                                        ``603万`` → [6025000, 6035000]
``X成``                                    [10X − 5, 10X + 5] (rounded, in 成)          ``七成`` → [65, 75]
``千分之X`` (per mille)                     rounded like a percentage, in %              ``千分之五`` → [0.45, 0.55]
``N分之X`` (other shares)                  exact, in %                                  ``三分之一`` → [33.3…, 33.3…]
``X多``, ``X余``                           more than X: up by one unit of X's last      ``100多`` → [100, 200];
(also before 万/亿, and 多 after a unit     non-zero digit, as written                   ``150多`` → [150, 160];
where the phrase ends);                                                                 ``60余`` → [60, 70];
``上X``, ``超过X``, ``超X``, ``逾X``,                                                   ``上万`` → [10000, 20000];
``X以上``, ``至少X``, ``不少于X``,                                                      ``6000余万`` → [6e7, 7e7];
``多于X``                                                                               ``一年多``, ``3个多月``
``近X``, ``将近X``, ``接近X``,             nearly X: [0.9·X, X]                          ``近150`` → [135, 150]
``不到X``, ``不足X``
``约X``, ``大约X``, ``X左右``, ``X来``     about X: [0.9·X, 1.1·X]                       ``约60吨`` → [54, 66]
a range: ``X至Y``, ``X-Y``,                  [X, Y]; the value is the midpoint  ``3至5天``, ``3天至5天`` → [3, 5];
``X~Y`` (X may repeat Y's 万/亿 and        (kind ``range``); a qualifier widens         ``两三个`` → [2, 3];
unit: ``5%-10%``); two neighbouring digits both ends (``约3至5天`` → [2.7, 5.5])          ``3万至5万元`` → [3e4, 5e4];
(``两三``, ``三五``, ``七八百``);                                                           ``七八百`` → [700, 800];
几 for one digit (``十几``, ``几十``)        几 is 1–9 after 十, else 2–9    ``十几`` → [11, 19]; ``几十`` → [20, 90]
percentages up to 100                      clipped to [0, 100] (a range: when its       ``100%`` → [99.5, 100]
                                           upper end is at most 100)
=========================================  ===========================================  =============================

A qualifier's rule replaces the rounding rule (``1.5万多`` → [15000, 16000]).
``个百分点`` (percentage points) rounds like a percentage but is not clipped.

A Chinese numeral with 万/亿 inside it (``一万三``, ``一万三千``, ``一亿五千万``) is a number with 万/亿:
rounded at its last written digit (``一万三吨`` → [12500, 13500], like ``1.3万吨``). A negative
number (``负3.9%``, ``-3.8%``, ``百分之负三点八``) rounds the same way, is not clipped, and is read only
with a unit of ``SIGNED_UNITS`` (no counter: ``负三场``) and no qualifier. How numerals are read, and
what is refused rather than misread, is in ``helpers.text.numerals``.

``unit`` is the counter or unit as written, in simplified half-width form (``個`` → ``个``;
every percent or share form — ``%``, ``％``, ``百分之…``, ``百分百``, ``成``, ``三分之一`` — gives ``%``),
and empty when
the text writes none (``总投资1.68亿``). The magnitude is applied to ``value`` and is not
part of the unit (``4.6亿元`` → 460000000 元).

A qualified number needs no counter (``100多``, ``近150``: the qualifier says it is a quantity).

Halves, discounts and amounts in two units (the rules are in their modules): 半 after a unit or 个, and before a
unit (``两年半``, ``一个半小时``, ``半年``: ``helpers.text.halves``); 折 as a unit, in % of the full price, exact
(``八折``, ``75折``; 半折 and 打对折 50 %: ``helpers.text.ratios``); 翻N番, 2ᴺ 倍 (``WORD_FORM_RE``); and an
amount in several units of one measure, read whole (``123元1角1分``, ``两年零三个月``: ``compound_at``,
``helpers.text.compound``).

``两个小时`` and ``3个多月`` report the unit without its measure word 个 (``小时``, ``个月``).

Not a quantity (``ValueError`` naming the string): an empty or blank string, two
quantities, a bare number with neither counter, unit, 万/亿 nor qualifier, a product or model code
(``N95``, ``H5``), a date or clock time (``2月22日``, ``8时30分``), 几 alone (``几个``: 'a few').

Longer than the house's ~500 lines because the grammar is one regular expression built from
its pieces here, and the reading of a match (`quantity_from_groups`) must see every piece; the
numerals themselves are read in `helpers.text.numerals`. The readers of an amount in several units and of the
word forms (`compound_at`, `word_form_quantity`) sit at the end because they build the same Quantity with the
same qualifiers; their rules are in `helpers.text.compound`, `helpers.text.halves` and `helpers.text.ratios`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from helpers.text.compound import COLLOQUIAL, COMPOUND_PATTERN, LADDER_PATTERNS, MONEY_STARTS, read_compound
from helpers.text.halves import (
    HALF,
    HALF_AFTER_UNIT,
    UNITS_BEFORE_HALF,
    UNITS_WITH_HALF,
    half_start_pattern,
    half_unit_pattern,
)
from helpers.text.numerals import (
    CHINESE_NUMERAL_CHARS,
    DECIMAL_POINTS,
    DIGITS,
    FORMAL_FOLLOWERS,
    MAGNITUDES,
    MIXED_NUMBER,
    RANGE_SEPARATOR_CHARS,
    RANGE_SEPARATORS,
    SIGNS,
    SOME,
    WORD_FORMAL_CHARS,
    Number,
    negate,
    read_chinese,
    read_number,
    read_number_range,
    trailing_zeros,
)
from helpers.text.ratios import (
    DISCOUNT,
    DISCOUNT_UNIT_PATTERN,
    DISCOUNT_WORDS,
    DOUBLING_PATTERN,
    HALF_PRICE,
    discount_percent,
    doubling,
)
from helpers.text.units import (
    PERCENT_UNITS,
    POINT_UNITS,
    SIGNED_UNITS,
    SIMPLIFIED,
    UNITS,
    UNITS_WITH_QUALIFIER,
)

__all__ = [
    "BARE_NUMBER_RE",
    "FULL_RE",
    "GROUPS",
    "NUMERAL_CHARS",
    "QUALIFIERS_AFTER_NUMBER",
    "QUALIFIERS_AFTER_UNIT",
    "QUALIFIERS_BEFORE",
    "QUANTITY_PATTERN",
    "QUANTITY_RE",
    "Quantity",
    "SCAN_RE",
    "SINGLE_QUANTITY_RE",
    "WORD_FORM_RE",
    "WORD_FORM_START_RE",
    "YEAR_RE",
    "compound_at",
    "parse_quantity",
    "quantity_from_groups",
    "quantity_from_match",
    "word_form_quantity",
]

# Qualifiers, by meaning. Longer forms first so that 超过 is not read as 超.
QUALIFIERS_BEFORE: dict[str, str] = {
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "不到": "nearly",
    "不足": "nearly",
    "大约": "about",
    "约": "about",
    "超过": "more",
    "多于": "more",
    "不少于": "more",
    "至少": "more",
    "逾": "more",
    "超": "more",
    "上": "more",  # only before 百/千/万/亿: 上万份 (see the pattern)
}
QUALIFIERS_AFTER_NUMBER: dict[str, str] = {"多": "more", "余": "more", "來": "about", "来": "about"}
QUALIFIERS_AFTER_UNIT: dict[str, str] = {"以上": "more", "左右": "about"}

# The numeral pieces of the grammar (the rules they read by are in helpers.text.numerals):
# a sign (负3.9%, -3.8%, 百分之负三点八), thousands commas half- or full-width (８２，２２５), a decimal point
# in digits (．) or in Chinese numerals (三点五, 百分之一点五七), and a formal digit that is also a word
# character (登陆, 拾起, 队伍) starting a numeral only before another formal character (陆拾, 伍佰).
_SIGN = f"[{re.escape(SIGNS)}]"
_ARABIC_AFTER_FIRST = r"[0-9０-９]*(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
_ARABIC_UNSIGNED = "[0-9０-９]" + _ARABIC_AFTER_FIRST
_ARABIC = f"{_SIGN}?{_ARABIC_UNSIGNED}"
NUMERAL_CHARS = CHINESE_NUMERAL_CHARS + SOME  # 几 stands for a digit: 十几, 几十
_DECIMAL_DIGITS = "".join(c for c in DIGITS if c not in "两兩")  # after 点 digits are read one by one: never 两
_CHINESE_AFTER_FIRST = f"[{NUMERAL_CHARS}]*(?:[{DECIMAL_POINTS}][{_DECIMAL_DIGITS}]+)?"
_WORD_FORMAL_START = f"(?![{WORD_FORMAL_CHARS}](?![{FORMAL_FOLLOWERS}]))"
#: Units that begin with a numeral character (千克, 千米, 千瓦): a numeral never begins with one (每千克 is
#: 'per kilogram', not 1000 克), though it may end in one (五千克).
_UNIT_WORD_RESTS: dict[str, list[str]] = {}
for _unit in sorted(UNITS, key=len, reverse=True):
    if _unit[0] in CHINESE_NUMERAL_CHARS:
        _UNIT_WORD_RESTS.setdefault(_unit[0], []).append(re.escape(_unit[1:]))
_UNIT_WORD_START = "(?!" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in _UNIT_WORD_RESTS.items()) + ")"
_CHINESE_UNSIGNED = f"{_WORD_FORMAL_START}{_UNIT_WORD_START}[{NUMERAL_CHARS}]{_CHINESE_AFTER_FIRST}"
_CHINESE = f"{_SIGN}?{_CHINESE_UNSIGNED}"
# after 分之 a numeral is a number whatever its first character (萬分之肆)
_CHINESE_IN_SHARE = f"{_SIGN}?[{NUMERAL_CHARS}]{_CHINESE_AFTER_FIRST}"
_TO = f"[{re.escape(RANGE_SEPARATORS)}]"
_MAG = r"[十百千]?[万萬亿億]{1,2}|[百千](?!分)"
_MAGNITUDE_FORMS = frozenset({"万", "亿", "万亿", "亿万"})


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BEFORE_WORDS = sorted((k for k in QUALIFIERS_BEFORE if k != "上"), key=len, reverse=True)
_BEFORE = _alternation(_BEFORE_WORDS)
# 个半小时 before 个小时, then the units with a half after them (年半), then 折 (a discount)
_UNITS_AS_WRITTEN = _alternation([*UNITS, *UNITS_WITH_QUALIFIER])
_UNIT = f"{half_unit_pattern()}|(?:{_UNITS_AS_WRITTEN}){HALF_AFTER_UNIT}|{DISCOUNT_UNIT_PATTERN}"

_AFTER_NUMBER = "[" + "".join(sorted(set("万萬亿億十百千多余来以左" + DISCOUNT + "".join(u[0] for u in UNITS)))) + "]"
# 多 after a unit (一年多, 3天多) only where the phrase ends, not where it starts a word (3个多功能厅)
_MORE_AFTER_UNIT = r"多(?=[来的了后前里时以之才没就都也还又中，。、；：！？,.;:!?\s）)」”]|\Z)"


# what a range's first end may repeat (万, 元, 平方公里 …); no unit holds a separator, so one ends the repeat
_REPEAT_CHARS = re.escape(
    "".join(sorted(set("十百千万萬亿億" + DISCOUNT + "".join([*UNITS, *UNITS_WITH_QUALIFIER])) - RANGE_SEPARATOR_CHARS))
)
_REPEAT_MAX = 3 + max(len(u) for u in [*UNITS, *UNITS_WITH_QUALIFIER])  # 十万亿 and the longest unit
# 百分之 (percent), 千分之 (per mille), 三分之 (thirds); a mixed number (十一又十四分之一) is matched whole so that
# no part of it is read as a share, and refused
_SHARE = f"(?:[{CHINESE_NUMERAL_CHARS}]+{MIXED_NUMBER})?[{CHINESE_NUMERAL_CHARS}]+分之"


def _number(arabic: str, chinese: str, ranges: bool = True) -> str:
    """A number, or a range of two (3至5, 三到五, 3万至5万, 5%-10%), in digits or in Chinese numerals, given
    how each begins. The first end may repeat the magnitude and unit that follow the second."""
    if not ranges:
        return f"{arabic}|{chinese}"
    # the separator is rare: look for it first, right after the magnitude and unit characters that may repeat
    repeated = f"(?=[{_REPEAT_CHARS}]{{0,{_REPEAT_MAX}}}+{_TO})(?:{_MAG})?(?:{_UNIT})?"
    # the second end is a whole number, not the start of the next share (百分之五至百分之十)
    return f"{arabic}(?:{repeated}{_TO}{_ARABIC})?|{chinese}(?:{repeated}{_TO}{_CHINESE}(?!分之))?"


#: After the number: 多/余 before 万/亿 (6000余万), the magnitude, 多/余/来, the unit, 以上/左右/多.
_TAIL = (
    r"(?:(?P<lead>多|余)(?=[十百千]?[万萬亿億]))?"
    f"(?P<mag>{_MAG})?"
    r"(?P<mid>多|余|来(?![自源到看说]))?"  # 15来自湖北: 'come from', not 'about 15'
    f"(?P<unit>{_UNIT})?"
    f"(?P<post>以上|左右|{_MORE_AFTER_UNIT})?"
)


def _quantity_pattern(ranges: bool = True) -> str:
    """One quantity as written (see ``QUANTITY_PATTERN``); ``ranges=False`` reads no range (3至5 is 3, then 5)."""
    number = _number(_ARABIC, _CHINESE, ranges)
    share_number = _number(_ARABIC, _CHINESE_IN_SHARE, ranges)
    return (
        r"(?:(?P<pre>" + _BEFORE + r")|(?P<up>上)(?=[百千万亿萬億]))?"
        r"(?:"
        r"(?P<pctword>" + _SHARE + r")(?P<pctnum>" + share_number + r")"
        r"|(?P<hundred>百分百)"
        r"|(?P<num>" + number + "|" + half_start_pattern() + r")"
        # a plain number must be followed by something that can make it a quantity (a bare number never is one):
        r"(?(pre)|(?(up)|(?=" + _AFTER_NUMBER + r")))"
        r")" + _TAIL
    )


#: One quantity as written. Groups: pre, num (digits or Chinese numerals, or a range of two), lead,
#: mag, mid, unit, post, or a share (百分之八, 三分之一, 千分之五: pctword and pctnum) / hundred (百分百).
QUANTITY_PATTERN = _quantity_pattern()
#: The characters a quantity can start with: a digit, a numeral, 上 (上万), 百 (百分之, 百分百) or a qualifier's first.
_FIRST_CHARS = "".join(
    sorted(set("0123456789０１２３４５６７８９上百" + SIGNS + NUMERAL_CHARS + "".join(q[0] for q in QUALIFIERS_BEFORE)))
)
_FIRST_CHARS = "".join(sorted(set(_FIRST_CHARS + HALF)))  # and 半 (半年, 半个月)
# The lookahead matches nothing the pattern would not, but lets the engine reject an ordinary character
# with one set test instead of trying every alternative: the scan is about 4 times faster.
QUANTITY_RE = re.compile(f"(?=[{re.escape(_FIRST_CHARS)}])" + QUANTITY_PATTERN)
#: The same without ranges: what the extractor reads when a range cannot be one (增长10%至5000亿元).
SINGLE_QUANTITY_RE = re.compile(_quantity_pattern(ranges=False))


def _scan_pattern() -> str:
    """``QUANTITY_PATTERN`` rewritten to begin by consuming the character a quantity starts with (see ``SCAN_RE``).

    After that character, one alternative per kind of start — a digit, a share (百分之, 三分之), 百分百,
    a Chinese numeral, a qualifier — checks the character it needs with a one-character
    lookbehind and goes on as the pattern would. The alternatives for different characters exclude
    each other, and each keeps the pattern's order of preference, so the matches are the same.
    The qualifiers share one copy of what follows them (``(?:q1|q2)rest`` matches as ``q1rest|q2rest``
    does): a pattern several times shorter, compiled in a fraction of the time, which every process
    that imports this module pays (each worker of ``python -m helpers extract`` too).
    Built from the same pieces as the pattern, without its groups.
    """
    tail = re.sub(r"\(\?P<\w+>", "(?:", _TAIL)
    num = _number(_ARABIC, _CHINESE)
    share = f"(?:{_number(_ARABIC, _CHINESE_IN_SHARE)}){tail}"  # what follows 分之
    # a qualified number needs nothing after it
    after_qualifier = f"(?:{_SHARE}{share}|百分百{tail}|(?:{num}|{half_start_pattern()}){tail})"
    plain = f"(?={_AFTER_NUMBER}){tail}"  # a plain number needs something after it that can make it a quantity
    after_first: dict[str, list[str]] = {}  # the rest of each qualifier, by its first character
    for word in _BEFORE_WORDS:
        after_first.setdefault(word[0], []).append(re.escape(word[1:]))
    after_first.setdefault("上", []).append("(?=[百千万亿萬億])")
    qualifier = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(rests)})" for first, rests in after_first.items())
    plain_starts = "".join(sorted(set(NUMERAL_CHARS) - set(WORD_FORMAL_CHARS) - set(_UNIT_WORD_RESTS)))
    chinese_start = "|".join(
        [
            f"(?<=[{plain_starts}])",
            f"(?<=[{WORD_FORMAL_CHARS}])(?=[{FORMAL_FOLLOWERS}])",
            *(f"(?<={first})(?!{'|'.join(rests)})" for first, rests in _UNIT_WORD_RESTS.items()),
        ]
    )
    chinese_start = f"(?:{chinese_start})"
    shared = f"[{CHINESE_NUMERAL_CHARS}]*(?:{MIXED_NUMBER}[{CHINESE_NUMERAL_CHARS}]+)?分之"
    alternatives = [
        f"(?<=[0-9０-９])(?:{_number(_ARABIC_AFTER_FIRST, '(?!)')}){plain}",
        f"(?<=[{CHINESE_NUMERAL_CHARS}]){shared}{share}",  # before a plain numeral, as in the pattern
        f"(?<=百)分百{tail}",
        f"{chinese_start}(?:{_number('(?!)', _CHINESE_AFTER_FIRST)}){plain}",
        f"(?<={_SIGN})(?:{_number(_ARABIC_UNSIGNED, _CHINESE_UNSIGNED)}){plain}",
        f"{half_start_pattern(consumed=True)}{plain}",  # 半年, 半个月
        f"(?:{qualifier}){after_qualifier}",
    ]
    return f"[{re.escape(_FIRST_CHARS)}](?:{'|'.join(alternatives)})"


#: The same matches as ``QUANTITY_RE`` (spans, not groups), found faster: a pattern that begins with a
#: character class lets ``re`` skip, in C, every character that cannot start a quantity (most of a
#: text), which a leading lookahead does not. The extractor scans with it and re-reads a span's
#: groups with ``QUANTITY_RE.match`` the first time it meets that span; a test holds the two to the same matches.
SCAN_RE = re.compile(_scan_pattern())
#: The pattern's groups, in the order ``match.groups()`` gives them.
GROUPS = ("pre", "up", "pctword", "pctnum", "hundred", "num", "lead", "mag", "mid", "unit", "post")
BARE_NUMBER_RE = re.compile(_ARABIC + "|" + _CHINESE)
FULL_RE = re.compile(QUANTITY_PATTERN + r"\Z")
_CODE_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[0-9]|[0-9]+[A-Za-z]")
_DIGIT = "[0-9０-９一二三四五六七八九十〇○零两]"
_YEAR = r"(?:[0-9０-９]{4}|[〇○Ｏ零一二三四五六七八九]{4})"
_DATE_RE = re.compile(
    rf"(?:{_YEAR}年)(?:{_DIGIT}+(?:月|日|号|號|时|時|点|點|分|秒))*"
    rf"|(?:{_DIGIT}+(?:月|日|号|號|时|時|点|點|分))+(?:{_DIGIT}+秒)?"
)
#: A year or a span of years, which the grammar reads like a count of 年 but which is a date:
#: 2020年, 2019至2020年, 2019年-2020年, 比2019年多.
YEAR_RE = re.compile(f"{_YEAR}(?:年?{_TO}{_YEAR})?年多?")


class Quantity(NamedTuple):
    """One quantity as written, with its value and the closed range of values its wording admits."""

    text: str
    value: float
    low: float
    high: float
    unit: str
    qualifier: str
    kind: str  # exact | rounded | more | nearly | about | range
    magnitude: str = ""
    currency: str = ""  # the currency of an amount of money, normalised (港币 → 港元); empty for other units
    change: str = ""  # "+" after a verb of rise (增长), "-" after a verb of fall (下降); empty for a level

    @property
    def signed_value(self) -> float:
        """The value with the direction of its change: −3.8 for 下降3.8%, the value itself for a rise or a level."""
        return -self.value if self.change == "-" else self.value


_MEANINGS: dict[str, str] = {**QUALIFIERS_BEFORE, **QUALIFIERS_AFTER_NUMBER, **QUALIFIERS_AFTER_UNIT}
_SMALL_FACTORS = {"十": 10, "百": 100, "千": 1000}
_TO_SIMPLIFIED_MAGNITUDE = str.maketrans("萬億", "万亿")
_BIG_CHARS = frozenset("万萬亿億")
#: powers of ten from 10^4 as magnitudes are written (十万, 千万, 亿, 万亿 …)
_PLACE_NAMES = (
    {i: small for i, small in enumerate(("", "十", "百", "千"))}
    | {4 + i: f"{small}万" for i, small in enumerate(("", "十", "百", "千"))}
    | {8 + i: f"{small}亿" for i, small in enumerate(("", "十", "百", "千"))}
    | {12: "万亿"}
)


def _split_trailing_magnitude(num: str, mag: str) -> tuple[str, str]:
    """Move magnitude characters that end a Chinese numeral (五千万 → 五千 + 万) into the magnitude.

    A numeral with a magnitude inside it too (一亿五千万, 一百一十六亿零二百三十一万, 一万三) is read whole and
    cut at the place of its last written digit: 15 + 千万, 1160231 + 万, 13 + 千.
    """
    if num[:1] not in NUMERAL_CHARS:
        return num, mag
    head = num.rstrip("万萬亿億")
    if not _BIG_CHARS.isdisjoint(head):  # 一亿五千万, 两亿三千 + 万
        number = read_chinese(num + mag)
        if number.exponent:  # 两千万点五: a decimal, read whole to its last written digit
            return f"{number.value:f}", ""
        total = number.digits
        zeros = trailing_zeros(total)
        if zeros in _PLACE_NAMES:
            return str(total // 10**zeros), _PLACE_NAMES[zeros]
    if head == num:
        return num, mag
    return head, num[len(head) :] + mag


def _bounds(
    low_number: Number, high_number: Number, factor: int, kind: str, widen: str = ""
) -> tuple[int, int, int, int]:
    """The value and the closed range a number admits as exact fractions: (value, low, high) numerators over one
    denominator.

    ``factor`` multiplies the number (万, 亿, 10 for 成). Every bound is a number as written times a
    power of ten, 9/10, 11/10 or 1/2, so integers hold it exactly; the floats come from one
    correctly rounded division at the end. A range (3至5, 两三, 十几) is its two ends, and its
    value is their midpoint; ``widen`` is what a qualifier says of a range (about, nearly, more).
    """
    if kind == "range":
        exponent = min(low_number.exponent, high_number.exponent)
        low = low_number.digits * 10 ** (low_number.exponent - exponent) * factor * 2
        high = high_number.digits * 10 ** (high_number.exponent - exponent) * factor * 2
        value, denominator = (low + high) // 2, 10**-exponent * 2
        if widen == "about":  # 约3至5天: about 3 to about 5
            return value * 10, low * 9, high * 11, denominator * 10
        if widen == "nearly":
            return value * 10, low * 9, high * 10, denominator * 10
        if widen == "more":  # 3至5天以上: up by one unit of the last non-zero digit of the upper end
            return (
                value,
                low,
                high + 10 ** (trailing_zeros(high_number.digits) + high_number.exponent - exponent) * factor * 2,
                denominator,
            )
        return value, low, high, denominator
    digits, exponent = low_number
    denominator = 10**-exponent * 20  # 20: room for the halves of "rounded" and the tenths of "nearly"/"about"
    value = digits * factor * 20
    if kind == "exact":
        return value, value, value, denominator
    if kind == "rounded":
        return value, value - factor * 10, value + factor * 10, denominator
    if kind == "more":
        place = 10 ** trailing_zeros(digits) * factor * 20 if digits else factor * denominator
        return value, value, value + place, denominator
    if kind == "nearly":
        return value, value * 9 // 10, value, denominator
    return value, value * 9 // 10, value * 11 // 10, denominator  # about


def _kind(qualifiers: list[str], number: Number, rounded: bool, text: str) -> str:
    """exact, rounded, or what the qualifiers say (more, nearly, about); ``rounded``: percentages, points, 万/亿."""
    if not qualifiers:
        return "rounded" if rounded or number.exponent < 0 else "exact"
    meanings = {_MEANINGS[q] for q in qualifiers}
    if len(meanings) > 1:
        raise ValueError(f"{text!r} has qualifiers that contradict each other: {', '.join(qualifiers)}")
    return meanings.pop()


@lru_cache(maxsize=64)
def _magnitude(mag: str) -> tuple[int, bool]:
    """The factor of a magnitude as written (十万 → 100000) and whether it holds 万 or 亿
    (raises ValueError if it is not
    one).
    """
    big = mag.lstrip("十百千").translate(_TO_SIMPLIFIED_MAGNITUDE)
    if big and big not in _MAGNITUDE_FORMS:
        raise ValueError(f"{mag!r} is not a magnitude")
    factor = 1
    for char in mag:
        factor *= MAGNITUDES.get(char) or _SMALL_FACTORS[char]
    return factor, bool(big)


def _without_repeat(num: str, after: str, text: str) -> str:
    """A range with the magnitude and unit written at both ends (3万至5万元, 5%-10%) as a range written once (3至5)."""
    if RANGE_SEPARATOR_CHARS.isdisjoint(num):
        return num
    for separator in RANGE_SEPARATORS:
        first, found, last = num.partition(separator)
        if found:
            if first[:1] in NUMERAL_CHARS:  # 三万至五万: the numerals hold the magnitudes
                head = first.rstrip("万萬亿億")
                return (head if head and last.endswith(first[len(head) :]) else first) + separator + last
            end = len(BARE_NUMBER_RE.match(first).group())
            if not after.startswith(first[end:]):
                raise ValueError(f"{text!r}: the two ends of a range must have the same magnitude and unit")
            return first[:end] + separator + last
    return num


def _numbers_and_magnitude(num: str, mag: str, text: str, after: str = "") -> tuple[Number, Number, str, int, bool]:
    """The smallest and largest number before the magnitude (the same unless a range), the magnitude
    (三万 → 三 and 万), its factor, and whether it holds 万 or 亿. ``after`` is what follows the number."""
    num = _without_repeat(num, after, text)
    negative = num[:1] in SIGNS and RANGE_SEPARATOR_CHARS.isdisjoint(num[1:])  # 负3.9, -3.8 (not -5至-3)
    if negative:
        num = num[1:]
    inside = False  # a magnitude inside the numeral (一万三, 一亿五千万): rounded at its last written digit
    if num[:1] in NUMERAL_CHARS:
        inside = not _BIG_CHARS.isdisjoint(num.rstrip("万萬亿億"))
        num, mag = _split_trailing_magnitude(num, mag)
    if num == SOME and not mag:
        raise ValueError(f"{text!r}: 几 alone says 'a few', not how many")
    low, high = read_number_range(num) if num else (Number(1, 0),) * 2  # 上万: one 万
    if negative:
        low, high = (negate(low),) * 2 if low is high else (negate(high), negate(low))
    if not mag:
        return low, high, mag, 1, inside
    try:
        factor, big = _magnitude(mag)
    except ValueError as exc:
        raise ValueError(f"{text!r}: {exc}") from None
    return low, high, mag, factor, big or inside


_SHARE_PARTS = {"百": 100, "千": 1000, "万": 10000, "萬": 10000}

#: unit as written → (unit as reported, a percentage, percentage points, the qualifier written inside it)
_UNIT_READINGS: dict[str, tuple[str, bool, bool, str]] = {
    **{
        unit: (
            "%" if unit in PERCENT_UNITS else unit.translate(SIMPLIFIED),
            unit in PERCENT_UNITS,
            unit in POINT_UNITS,
            "",
        )
        for unit in ("", *UNITS)
    },
    **{written: (unit, False, False, inner) for written, (unit, inner) in UNITS_WITH_QUALIFIER.items()},
    DISCOUNT: ("%", False, False, ""),  # a discount is exact and never clipped: see helpers.text.ratios
}
#: A unit written with its half (年半, 个半小时) → the unit it halves, as written (年, 小时).
_HALF_UNITS: dict[str, str] = {u + HALF: u for u in UNITS_BEFORE_HALF} | {
    written: written.replace(HALF, "") if written.replace(HALF, "") in _UNIT_READINGS else unit
    for written, unit in UNITS_WITH_HALF.items()
}
_UNIT_READINGS |= {written: _UNIT_READINGS[base] for written, base in _HALF_UNITS.items()}


def quantity_from_match(match: re.Match[str]) -> Quantity:
    """Build the Quantity that a match of ``QUANTITY_PATTERN`` describes (raises ValueError if it is not one)."""
    return quantity_from_groups(match.group(0), match.groups())


def quantity_from_groups(text: str, groups: tuple[str | None, ...]) -> Quantity:
    """Build the Quantity from a match's text and its groups, in ``GROUPS`` order (raises ValueError if it is not
    one).
    """
    pre, up, pctword, pctnum, hundred, num, lead, mag, mid, unit, post = groups
    unit = unit or ""
    if unit not in _UNIT_READINGS:
        raise ValueError(f"{text!r}: a half is read only after a span of time, a measure, 成, 倍, 块 or 层")
    unit_reported, is_percent, is_point, inner = _UNIT_READINGS[unit]
    qualifiers = (
        [x for x in (pre, up, lead, mid, inner, post) if x] if pre or up or lead or mid or inner or post else []
    )
    if hundred or pctword == "百分之" and pctnum in ("百", "一百"):  # 百分百, 百分之百: all of it
        if mag or qualifiers or unit:
            raise ValueError(f"{text!r}: 百分百 takes no magnitude, qualifier or unit")
        return Quantity(text, 100.0, 100.0, 100.0, "%", "", "exact")
    parts = 100  # a share of 100 parts (百分之): the number is the percentage
    if pctword:
        if unit or mag:
            raise ValueError(f"{text!r}: {pctword} already says it is a share; it takes no unit or magnitude")
        whole = read_number(pctword[:-2]) if pctword[:-2] not in _SHARE_PARTS else Number(_SHARE_PARTS[pctword[:-2]], 0)
        parts = whole.digits
        if parts < 2 or whole.exponent:
            raise ValueError(f"{text!r}: a share needs at least two parts")
        unit_reported, is_percent = "%", True
    if up and not set(num or "x") <= set("百千万亿萬億"):
        raise ValueError(f"{text!r}: 上 qualifies only 百, 千, 万 or 亿")
    base = _HALF_UNITS.get(unit, unit)  # 年半 → 年: the unit the half is of
    halves = base != unit or num == HALF
    if num == HALF:  # 半年, 半成: no whole units, one half (半千克 is 500 克, as 5千克 is 5000 克)
        if mag and mag not in _SMALL_FACTORS:
            raise ValueError(f"{text!r}: 半 takes no 万 or 亿")
        low_number = high_number = Number(0, 0)
        magnitude, factor, big = mag or "", _SMALL_FACTORS.get(mag or "", 1), False
    else:
        low_number, high_number, magnitude, factor, big = _numbers_and_magnitude(
            pctnum or num, mag or "", text, (mag or "") + unit
        )
    exact = False  # a discount is exact whatever its decimals
    if base == DISCOUNT:
        if magnitude or big:
            raise ValueError(f"{text!r}: a discount takes no 万 or 亿")
        if num == HALF:  # 半折: half the price
            low_number = high_number = Number(HALF_PRICE, 0)
            halves = False
        else:
            low_number, high_number = discount_percent(_without_repeat(num, unit, text), low_number, high_number)
        exact = True
    if halves:  # counted in halves: 两年半 is 5 half-years
        if low_number is not high_number or low_number.exponent or big or low_number.digits < 0 or lead or mid:
            raise ValueError(f"{text!r}: a half is read only after a whole number with no 万/亿 (两年半, 三成半)")
        low_number = high_number = Number(2 * low_number.digits + 1, 0)
    if not (unit or big or pctword or qualifiers):
        raise ValueError(f"{text!r} is a bare number: a quantity needs a counter, a unit, 万/亿 or a qualifier")
    if is_percent and factor != 1:
        raise ValueError(f"{text!r}: a percentage takes no 万 or 亿")
    if low_number.digits < 0:
        if qualifiers:
            raise ValueError(f"{text!r}: a qualifier before or after a negative number is not read")
        if unit not in SIGNED_UNITS:
            raise ValueError(f"{text!r}: a count cannot be negative (负三场 is three lost, 负一层 a basement)")
    widen = ""
    if low_number is high_number:
        # shares of 100, 1000 and 10000 parts are rounded like percentages; 三分之一 is exact
        rounded = is_percent and parts in (100, 1000, 10000) or is_point or big
        kind = _kind(qualifiers, Number(0, 0) if exact else low_number, rounded, text)
    else:
        kind, widen = "range", _kind(qualifiers, low_number, False, text) if qualifiers else ""
    if base == "成":
        factor = 10
    value, low, high, denominator = _bounds(low_number, high_number, factor, kind, widen)
    if halves:
        denominator *= 2
    if parts != 100:  # 三分之一 → 100/3 %, 千分之五 → 0.5 %
        value, low, high, denominator = value * 100, low * 100, high * 100, denominator * parts
    if base == "成" and value > 100 * denominator:
        raise ValueError(f"{text!r}: 成 counts tenths, so more than 十成 is not a share")
    # a share; a growth rate above 100% is not clipped (for a range, as its upper end is written)
    if (
        is_percent
        and low_number.digits >= 0
        and (value <= 100 * denominator if kind != "range" else high_number.value * factor * 100 <= 100 * parts)
    ):
        low, high = max(low, 0), min(high, 100 * denominator)
    return Quantity(
        text,
        value / denominator,
        low / denominator,
        high / denominator,
        unit_reported,
        "".join(qualifiers),
        kind,
        magnitude.translate(_TO_SIMPLIFIED_MAGNITUDE) if magnitude else "",
    )


def parse_quantity(s: str) -> Quantity:
    """Read one quantity as written (``近150天``, ``1.34万吨``) with the range its wording admits."""
    if not isinstance(s, str):
        raise TypeError(f"parse_quantity needs a string, not {type(s).__name__}")
    text = s.strip()
    if not text:
        raise ValueError(f"{s!r} is empty: there is no quantity to read")
    if len(text) > 64:
        raise ValueError(f"{text[:40]!r}… is too long to be one quantity ({len(text)} characters)")
    if "秒" in text and (found := compound_at(text, 0)) and found[0] == len(text) and found[1]:
        return found[1]  # 五分三十秒: minutes and seconds, not a clock time
    if _DATE_RE.fullmatch(text) or YEAR_RE.fullmatch(text):
        raise ValueError(f"{text!r} is a date or a clock time, not a quantity")
    if _CODE_RE.fullmatch(text):
        raise ValueError(f"{text!r} is a product or model code, not a quantity")
    match = FULL_RE.match(text)
    if match is None:
        found = compound_at(text, 0) or _word_form_at(text)
        if found is not None and found[0] == len(text):
            if found[1] is None:
                raise ValueError(f"{text!r} is an amount in several units that is not read (see helpers.text.compound)")
            return found[1]
        first = QUANTITY_RE.search(text)
        if first and first.group(0) and first.end() < len(text) and QUANTITY_RE.search(text, first.end()):
            raise ValueError(f"{text!r} holds more than one quantity: read them one at a time")
        if BARE_NUMBER_RE.fullmatch(text):
            raise ValueError(f"{text!r} is a bare number: a quantity needs a counter, a unit, 万/亿 or a qualifier")
        raise ValueError(f"{text!r} is not a quantity as written (qualifier, number, 万/亿, counter or unit)")
    try:
        return quantity_from_match(match)
    except ValueError as exc:
        raise ValueError(str(exc)) from None


# Amounts in several units (helpers.text.compound) and the ratio words 翻N番 and 打对折 (helpers.text.ratios)
_COMPOUND_RES = tuple(
    re.compile(f"(?P<pre>{_BEFORE})?(?P<body>{pattern})钱?(?P<post>以上|左右)?") for pattern in LADDER_PATTERNS
)
_JOINED_ON = frozenset("0123456789０１２３４５６７８９" + CHINESE_NUMERAL_CHARS)
_AFTER_RANGE = re.compile(f"[{re.escape(RANGE_SEPARATORS)}](?:{COMPOUND_PATTERN})")
#: A colloquial unit (块, 毛, 米) and one or two Chinese numerals the compound's tail did not take (一块二一斤,
#: 一米八个子); digits after it are a count of their own (1200米3座桥)
_LOOSE_TAIL = re.compile(f"(?<=[{''.join(COLLOQUIAL)}])[{CHINESE_NUMERAL_CHARS}]{{1,2}}(?![{CHINESE_NUMERAL_CHARS}])")
#: The forms the grammar does not start at: 翻N番, 对折 after 打, and amounts that begin with 角, 毛 or 分.
WORD_FORM_RE = re.compile(
    f"(?P<double>{DOUBLING_PATTERN})|(?P<halfprice>{DISCOUNT_WORDS})"
    f"|(?P<money>(?<![0-9０-９{CHINESE_NUMERAL_CHARS}元块塊圆圓美])(?=[0-9０-９{CHINESE_NUMERAL_CHARS}]+[{MONEY_STARTS}])"
    f"(?:{COMPOUND_PATTERN}))"
)
_RUN = f"[{CHINESE_NUMERAL_CHARS}0-9０-９]"
#: Where a word form may begin (翻, 对折, a numeral before 角, 毛 or 分): a pattern that begins with a character
#: class, which ``re`` skips through in C, so that a text is scanned for word forms at the cost of a set test a
#: character; ``WORD_FORM_RE`` is then matched at each place found.
WORD_FORM_START_RE = re.compile(
    f"[翻对對{CHINESE_NUMERAL_CHARS}0-9０-９](?:(?<=翻)|(?<=[对對])折|(?<!{_RUN}{_RUN}){_RUN}*+[{MONEY_STARTS}])"
)


def _compound_quantity(text: str, match: re.Match[str], before: str, after: str) -> Quantity | None:
    """The Quantity of a compound match (see ``compound_at``), None when its units are of two measures or it
    is one part; raises ValueError when it is not well formed."""
    if YEAR_RE.match(match.group("body")):
        return None  # 2020年3个月: a year, then a span
    compound = read_compound(match.group("body"), before, after)
    if compound is None:
        return None
    qualifiers = [q for q in (match.group("pre"), match.group("post")) if q]
    value = compound.value
    kind = _kind(qualifiers, Number(0, 0), compound.rounded, text) if qualifiers or compound.rounded else "exact"
    half = compound.step / 2
    low, high = {
        "exact": (value, value),
        "rounded": (value - half, value + half),
        "more": (value, value + compound.step * 10 ** trailing_zeros(compound.last)),
        "nearly": (value * 9 / 10, value),
        "about": (value * 9 / 10, value * 11 / 10),
    }[kind]
    return Quantity(text, float(value), float(low), float(high), compound.unit, "".join(qualifiers), kind)


def compound_at(text: str, start: int) -> tuple[int, Quantity | None] | None:
    """An amount in several units of one measure that begins at ``start`` (``123元1角1分``, ``两年零三个月``):
    (its end, its Quantity); (end, None) when such an amount is written but cannot be read (``3斤15两``,
    joined to a range: ``五块六到五块七毛八``, or a colloquial digit with a numeral after it: ``一块二一斤``), so
    that no part of it is read; None when there is none."""
    match = max((m for m in (r.match(text, start) for r in _COMPOUND_RES) if m), key=lambda m: m.end(), default=None)
    if match is None:
        return None
    end = match.end()
    loose = _LOOSE_TAIL.match(text, end)
    if loose and not match.group("post"):  # 一块二一斤: 1.2 元 a 斤, or 一块 and 21 斤? Not read
        return loose.end(), None
    after = text[end : end + 1]
    try:
        quantity = _compound_quantity(match.group(), match, text[start - 1 : start] if start else "", after)
    except (ValueError, ArithmeticError):
        return end, None
    if quantity is None:
        return None
    if after and after in RANGE_SEPARATOR_CHARS:  # 五块六到五块七毛八: a range of amounts, not read
        other = _AFTER_RANGE.match(text, end)
        return (other.end() if other else end), None
    before = text[start - 1 : start]
    if before and (before in RANGE_SEPARATOR_CHARS or before in "又余"):  # 米六到三米九, 一年又一个月21天…
        return end, None
    if after in ("又", "余") and text[end + 1 : end + 2] in _JOINED_ON:  # 20天8小时余50分钟: part of a longer one
        return end, None
    return end, quantity


def word_form_quantity(match: re.Match[str], text: str) -> tuple[int, Quantity | None] | None:
    """The end and the Quantity of a match of ``WORD_FORM_RE`` in ``text`` (翻两番 ×4 倍, 对折 50 %, 两角五分钱
    0.25 元), as ``compound_at`` gives them; None when it is not one (两毛: one part)."""
    span, end = match.group(), match.end()
    if match.group("double") is not None:
        try:
            times = doubling(match.group("times"))
        except ValueError:
            return end, None
        return end, Quantity(span, float(times), float(times), float(times), "倍", "", "exact")
    if match.group("halfprice") is not None:
        return end, Quantity(span, float(HALF_PRICE), float(HALF_PRICE), float(HALF_PRICE), "%", "", "exact")
    found = compound_at(text, match.start())
    return found if found and found[0] >= end else None


def _word_form_at(text: str) -> tuple[int, Quantity | None] | None:
    """A word form (翻两番, 打对折) or an amount from 角/毛 that is all of ``text``, as ``compound_at`` gives it."""
    match = WORD_FORM_RE.fullmatch(text)
    if match is None and text[:1] == "打":  # 打对折, 打了对折: the span is 对折
        match = next((m for m in WORD_FORM_RE.finditer(text) if m.end() == len(text)), None)
    return None if match is None else word_form_quantity(match, text)
