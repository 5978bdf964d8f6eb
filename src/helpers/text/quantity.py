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
``千分之X`` (per mille), ``X‰``,            rounded like a percentage, in %              ``千分之五`` → [0.45, 0.55];
``万分之X``, ``X‱``                                                                     ``7‰`` → [0.65, 0.75]
``N分之X`` (other shares)                  exact, in %                                  ``三分之一`` → [33.3…, 33.3…]
``X多``, ``X余``                           more than X: up by one unit of X's last      ``100多`` → [100, 200];
(also before 万/亿, and 多 after a unit     non-zero digit, as written                   ``150多`` → [150, 160];
where the phrase ends); lower bounds:                                                   ``60余`` → [60, 70];
``上X``, ``破X`` (X a place: ``破亿``),                                                 ``上万`` → [10000, 20000];
``突破X``, ``超过X``, ``超出X``,
``超X``, ``逾X``, ``多于X``, ``大于X``,                                                 ``6000余万`` → [6e7, 7e7];
``高于X``, ``不少于X``, ``不低于X``,                                                    ``一年多``, ``3个多月``;
``不小于X``, ``至少X``, ``至少有X``,                                                    ``超过了百分之零点九``
``最少X``, ``起码X``, ``不下X``,                                                       → [0.9, 1.0];
``不止X``; ``X以上``, ``X或以上``,                                                      ``65岁（含）以上`` → [65, 66]
``X及以上``, ``X（含）以上``;
``超过了``, ``超出了``, ``突破了`` the same;
``X开外``, ``X有余``, ``X出头`` where the
phrase ends (``60开外的``, ``5年有余``)
upper bounds (kind ``less``): ``不超过X``,  at most X: [0, X] (what is counted or        ``不超过80人`` → [0, 80];
``不大于X``, ``不高于X``, ``低于X``,         measured is not below zero; a negative X     ``12岁以下`` → [0, 12];
``少于X``, ``小于X``, ``最多X``, ``至多X``,  and a temperature are refused: 低于5度      ``5公里以内`` → [0, 5]
``未满X``, ``不满X``, ``不及X``, ``顶多X``,  may be −10度)
``充其量X``;
``X以下``, ``X或以下``, ``X以内``,
``X及以下``, ``X（含）以下``
two bounds together (``最多X最少Y``,       [Y, X] (kind ``range``), when Y < X           ``最多60最少15人`` → [15, 60]
``至少Y至多X``, ``不低于Y不超过X``; joined
by 至 or 到 too)                                                                       ``5年以上至10年以下`` → [5, 10]
``近X``, ``将近X``, ``接近X``,             nearly X: [0.9·X, X]                          ``近150`` → [135, 150]
``几乎X``, ``不到X``, ``不足X``            (近 meaning 'the last' is not a qualifier:    ``近10年来`` → 10年 exact
                                           see ``helpers.text.extract``)
``约X``, ``大约X``, ``约有X``,             about X: [0.9·X, 1.1·X]; about a figure       ``约60吨`` → [54, 66]
``约为X``, ``约合X``, ``约达X``,            rounded as written (%, 成, 万/亿, a           ``40岁上下`` → [36, 44]
``约莫X``, ``大概X``, ``大致X``,            decimal), its rounding where that is wider    ``约三成`` → [25, 35];
``差不多X``, ``X左右``, ``X来``,            (约 never narrows a figure)                   ``约1万人`` → [5000, 15000]
``X上下`` (where the phrase ends)
a range: ``X至Y``, ``X到Y``, ``X~Y``,      [X, Y]; the value is the midpoint            ``3至5天``, ``3天至5天``:[3, 5];
``X〜Y`` and every dash: ``X-Y``,          (kind ``range``); a qualifier widens         ``20–100个`` → [20, 100];
``X–Y``, ``X—Y``, ``X―Y``, ``X‒Y``,        both ends (``约3至5天`` → [2.7, 5.5])        ``3万至5万元`` → [3e4, 5e4];
``X--Y``, ``X——Y`` (X may repeat Y's        a magnitude written only after Y applies     ``2到4万元`` → [2e4, 4e4];
万/亿 and unit: ``5%-10%``, or its unit     to X unless that puts X above Y, or X        ``8500到3万元`` → [8500, 3e4];
alone: ``5000元到2万元``; Y a share's       writes its unit and not the magnitude        ``5000元到2万元`` → [5e3, 2e4];
word: ``百分之五至百分之八``); two
neighbouring digits (``两三``, ``三五``,                                                  ``两三个`` → [2, 3];
``七八百``); 几 or 数 for one digit         几 is 1–9 after 十, else 2–9; 数 is 几        ``七八百`` → [700, 800];
(``十几``, ``几十``, ``数十``, ``数百万``)   before 十/百/千/万/亿                      ``十几`` → [11, 19]; ``几十``,
                                                                                        ``数十`` → [20, 90];
                                                                                        ``数十万`` → [2e5, 9e5]
percentages up to 100                      clipped to [0, 100] (a range: when its       ``100%`` → [99.5, 100]
                                           upper end is at most 100)
=========================================  ===========================================  =============================

A qualifier's rule replaces the rounding rule (``1.5万多`` → [15000, 16000]).
``个百分点`` (percentage points) rounds like a percentage but is not clipped.

A range's first end may write the unit and be marked inclusive, in digits or Chinese numerals (``兩升到三升`` →
[2, 3] 升, ``1万(含)-5万元``, ``1万元（含）至5万元`` → [1万, 5万] 元), and a one-digit first end shares the places of
a second end that is one larger digit and places (``两到三仟澳元`` → [2000, 3000], ``八到九百亿`` → [800亿, 900亿]:
``helpers.text.numerals.shared_places``). 万万 is 亿 (``四万万`` → 4亿) and 幾 is 几 (``二十幾萬``).

A Chinese numeral with 万/亿 inside it (``一万三``, ``一万三千``, ``一亿五千万``) is a number with 万/亿:
rounded at its last written digit (``一万三吨`` → [12500, 13500], like ``1.3万吨``). A negative
number (``负3.9%``, ``-3.8%``, ``百分之负三点八``) rounds the same way, is not clipped, and is read only
with a unit of ``SIGNED_UNITS`` (no counter: ``负三场``), and with no qualifier but one that says 'about', on one
number (``约-5℃``, ``零下12℃左右``: −(about X), its ends swapped; ``约-8℃至-6℃``: from about −8 to about −6,
[−8.8, −5.4]; 多, 以上, 不到 and 近 say no side of a negative number: ``零下10多度`` is left out). How numerals are
read, and
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

A verb of change may come before the quantity (``parse_quantity("同比下降3.8%")``: change ``-``); it is not
part of ``text``. The rule and the verbs are in ``helpers.text.change``.

Left out (refused) rather than misread: a descending range (``8万至2万元``, ``3万到8500元``); a one-digit first
end that may share the second's places or not (``一到二十天``, ``三到四千五元``: see ``helpers.text.numerals``); a
doubled dash after a negative number (``-5--3%``: to 3, or a dash and −3?); ``数千克``, ``数千米`` (several
kilograms, or thousands of grams?) and 数 after a sign (负数 is 'a negative number'); an upper bound on a
temperature or a negative number.

Not a quantity (``ValueError`` naming the string): an empty or blank string, two
quantities, a bare number with neither counter, unit, 万/亿 nor qualifier, a product or model code
(``N95``, ``H5``), a date or clock time (``2月22日``, ``8时30分``), 几 alone (``几个``: 'a few').

Units, temperatures and money (the tables are in ``helpers.text.units``; data/README.md "Units,
temperatures and money"): Latin units only right after digits and when no letter or digit follows
(``185cm`` → 185 厘米; ``5G``, ``50m2`` are not units); temperatures in ``℃`` or ``℉`` (``摄氏37度``,
``-5°C``, ``零下四摄氏度`` → −4 ℃, ``华氏70度``); for money ``unit`` and ``currency`` are the normalised
currency, the currency word written after the number (``8亿元人民币``, ``9000元日币``) or before it
(``港币两千九百六十元`` → 2960 港元, ``美金100``, ``￥300``, a qualifier first: ``约人民币40亿元``); k and w
after digits before a currency (``15k元``); 个 before 亿 (``两个亿``); 佰/仟 after digits as 百/千 (``9佰日元`` →
900 日元); 数 after a currency word (``人民币数十亿元``); 角 or 毛 after digits and 角 or 分 after one formal digit,
alone, as money in 元 (``2角``, ``5毛钱``, ``壹分``, ``负壹角``: ``cents_quantity``; never after a Chinese numeral:
``三角``, ``两毛``, ``二十分``); a share of a measure, a proper fraction of 2 to 10 parts (``四分之一公升`` → 0.25
公升, exact; ``SHARE_MEASURES``; 百分之 with a unit stays refused). Refused or left out: ``周年`` (an anniversary), a
currency word before another unit or a date (``人民币3年期``, ``欧元3月``), two currencies that disagree
(``人民币50美元``), 零下 before a range or with a qualifier but 'about' (``零下5至10度``, ``零下10多度``), a Latin
unit after a Chinese numeral (``五kg``) and k/w with no currency (``15k左右``). An amount followed by 角/毛/分 is read
whole (``helpers.text.compound``).

Longer than the house's ~500 lines because the grammar is one regular expression built from
its pieces here, and the reading of a match (`quantity_from_groups`) must see every piece (the
bounds and ranges among them); the numerals themselves are read in `helpers.text.numerals`. The readers of an
amount in several units and of the word forms (`compound_at`, `word_form_quantity`) sit at the end because they
build the same Quantity with the same qualifiers; their rules are in `helpers.text.compound`,
`helpers.text.halves` and `helpers.text.ratios`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from math import lcm
from typing import NamedTuple

from helpers.text.change import change_before, split_change
from helpers.text.compound import COLLOQUIAL, COMPOUND_PATTERN, LADDER_PATTERNS, LADDERS, MONEY_STARTS, read_compound
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
    DOUBLED_RANGE_SEPARATORS,
    FORMAL_FOLLOWERS,
    MAGNITUDES,
    MIXED_NUMBER,
    RANGE_SEPARATOR_CHARS,
    RANGE_SEPARATORS,
    SIGNS,
    SOME,
    SOME_CHARS,
    WORD_FORMAL_CHARS,
    ZEROS,
    Number,
    negate,
    read_chinese,
    read_number,
    read_number_range,
    split_range,
    trailing_zeros,
    wan_wan_as_yi,
)
from helpers.text.patterns import alternation, alternation_by_first
from helpers.text.places import digits_with_places_as_chinese
from helpers.text.rates import (
    EACH,
    PER_MARKS,
    SPEED_COPULAS,
    SPEED_WORDS,
    per_units_at,
    per_units_before,
    speed_before,
    takes_a_rate_before,
)
from helpers.text.ratios import (
    DISCOUNT,
    DISCOUNT_UNIT_PATTERN,
    DISCOUNT_WORDS,
    DOUBLING_PATTERN,
    HALF_PRICE,
    RISING_PAIRS,
    discount_percent,
    doubling,
)
from helpers.text.spacing import close_spaces
from helpers.text.traditional import with_traditional, words_with_traditional
from helpers.text.units import (
    ABOVE_ZERO,
    BELL_NOT_BEFORE,
    BELOW_ZERO,
    CURRENCIES,
    CURRENCIES_BEFORE,
    LATIN_UNITS,
    MEASURES,
    MORE_MEASURES,
    ORDINAL_UNITS,
    PERCENT_UNITS,
    POINT_UNITS,
    REPORTED_UNITS,
    SCALES_BEFORE,
    SHARE_SIGNS,
    SIGNED_UNITS,
    TEMPERATURE_UNITS,
    UNITS,
    UNITS_WITH_QUALIFIER,
    reported_unit,
)

__all__ = [
    "BARE_NUMBER_RE",
    "CURRENCY_WORD_FIRSTS",
    "CENT_FORMAL_DIGITS",
    "FORMAL_CENT_RE",
    "SHARE_MEASURES",
    "FULL_RE",
    "GROUPS",
    "NUMERAL_CHARS",
    "QUALIFIERS_AFTER_NUMBER",
    "QUALIFIERS_AFTER_UNIT",
    "PLACE_QUALIFIERS",
    "BREAK_QUALIFIERS",
    "QUALIFIERS_BEFORE",
    "QUALIFIERS_BEFORE_A_RATE",
    "QUALIFIERS_BEFORE_A_VERB",
    "QUANTITY_PATTERN",
    "QUANTITY_RE",
    "Quantity",
    "SCAN_RE",
    "SEVERAL",
    "SINGLE_QUANTITY_RE",
    "TO_JOINERS",
    "WORD_FORM_RE",
    "WORD_FORM_START_RE",
    "YEAR_RE",
    "cents_quantity",
    "bounds",
    "compound_at",
    "currency_word_at",
    "ends",
    "one_number_bounds",
    "parse_quantity",
    "quantity_from_groups",
    "rate_at",
    "range_of_two",
    "quantity_from_match",
    "split_before",
    "two_bounds",
    "two_bounds_at",
    "word_form_quantity",
]

# Qualifiers, by meaning. Longer forms first so that 超过 is not read as 超.
#: Qualifiers that are verbs may take 了 (超过了百分之零点九): the form with 了 means the same.
_WITH_LE = ("超过", "超出", "突破")
QUALIFIERS_BEFORE: dict[str, str] = {
    "将近": "nearly",
    "接近": "nearly",
    "直逼": "nearly",  # 票房直逼30亿元: close to, not yet
    "近": "nearly",
    "不到": "nearly",
    "不足": "nearly",
    "大约有": "about",
    "大约为": "about",
    "大约": "about",
    "约有": "about",  # 约有300人 'there are about 300', 约为3.5%, 约合人民币12万元, 约达5万
    "约为": "about",
    "约合": "about",
    "约达": "about",
    "约": "about",
    "约莫": "about",  # 约莫20人, 大概200人, 大致500万元, 差不多3年: about
    "大概": "about",
    "大致": "about",
    "差不多": "about",
    "几乎": "nearly",  # 几乎90%的企业 'almost'
    # lower bounds: X is the least value, the upper end by the "more" rule
    "突破": "more",
    "超过": "more",
    "超出": "more",
    "多于": "more",
    "大于": "more",
    "高于": "more",
    "不少于": "more",
    "不低于": "more",
    "不小于": "more",
    "至少有": "more",
    "至少": "more",
    "最少": "more",
    "起码": "more",
    "起碼": "more",
    "不下于": "more",
    "不下": "more",  # 不下100场 'no fewer than'; 吃不下3碗 is a verb (see helpers.text.extract's word qualifiers)
    "逾": "more",
    "不止": "more",  # 不止300人 'more than 300'
    "超": "more",
    # only before 百/千/万/亿, 破 also before a number with 万/亿 (PLACE_QUALIFIERS): 上万份, 破亿元, 破10亿次 (not
    # 过万: 过 is as often the particle, 用过万次)
    "上": "more",
    "破": "more",
    # upper bounds: X is the greatest value, 0 the least (see ``bounds``)
    "顶多": "less",  # 顶多50元, 充其量10个 'at most'
    "充其量": "less",
    "不超过": "less",
    "不大于": "less",
    "不高于": "less",
    "低于": "less",
    "少于": "less",
    "小于": "less",
    "最多": "less",
    "至多": "less",
    "未满": "less",  # 未满18岁 'under 18', 不满一年
    "不满": "less",
    "不及": "less",  # 不及5%; 来不及 is a verb (see helpers.text.extract's word qualifiers)
}
QUALIFIERS_BEFORE.update({f"{verb}了": QUALIFIERS_BEFORE[verb] for verb in _WITH_LE})
#: A negation before a bound turns it (不得超过8小时 is at most 8, 不能低于2% at least 2, 尚未突破1万辆 under 1万);
#: 跌破 and 跌穿 are below, 涨破, 升破 and 升穿 above (跌破3万美元: under 3万, not about it).
_TURNED = {"more": "less", "less": "more"}
_BREAKS = {"跌破": "less", "跌穿": "less", "涨破": "more", "升破": "more", "升穿": "more"}
QUALIFIERS_BEFORE.update(
    {
        f"{negation}{bound}": _TURNED[QUALIFIERS_BEFORE[bound]]
        for negation in (
            "不",
            "不得",
            "不能",
            "不可",
            "不应",
            "不宜",
            "不会",
            "不准",
            "严禁",
            "未",
            "没有",
            "并未",
            "尚未",
        )
        for bound in ("超过", "超出", "高于", "多于", "大于", "突破", "低于", "少于", "小于", "超")
        if f"{negation}{bound}" not in QUALIFIERS_BEFORE
    }
    | _BREAKS
)
#: 'About' and a verb of measure (约占55%, 约相当于3个, 约折合12万元, 约需投资5亿元), and a cap (最高可达300万元,
#: 最高可获2万元: at most; 最高达38℃ stays a level).
QUALIFIERS_BEFORE.update(
    dict.fromkeys(("约占", "大约占", "大概占", "大致占", "约相当于", "约等于", "约折合", "约计"), "about")
    | dict.fromkeys(("约佔", "大约佔", "大概佔", "大致佔"), "about")  # 佔: Hong Kong and Taiwan write 約佔
    | dict.fromkeys(("约耗资", "约投资", "约需投资"), "about")
    | dict.fromkeys(("约莫有", "差不多有", "约在", "大约在"), "about")
    | dict.fromkeys(("最高可", "最高可达", "最高可达到", "最高可获", "最高可获得", "最高可以", "最高能"), "less")
    # a cap on a grant or what one may buy or claim: 每年最高补助100万元, 最多可购买2套
    | dict.fromkeys(("最高补助", "最高补贴", "最高奖励", "最高资助", "最高可贷"), "less")
    | dict.fromkeys(("最多可购买", "最多可申请", "最多可领取", "最多可享受", "最多可报销", "最多能购买"), "less")
)
#: Comparisons in signs (≥18岁, ＜5%): bounds, X included or not, as their words (不小于, 低于).
QUALIFIERS_BEFORE.update({**dict.fromkeys("≥≧＞>", "more"), **dict.fromkeys("≤≦＜<", "less")})
#: A bound or 'about' and a modal verb before the number are one qualifier (至少要30天, 最少需要5人, 最多可容纳200人,
#: 约需3天): the words between say nothing of the number. 最多的一天 and 至少在 are other words: the number stays exact.
_MODAL_VERBS = (
    *("要", "需要", "需", "得", "须", "必须", "应", "可", "可以", "能", "能够", "会", "将", "达", "达到", "为", "是"),
    *("可达", "可达到", "能达到", "还要", "还需", "还需要", "也要", "容纳", "可容纳", "能容纳"),
)
QUALIFIERS_BEFORE.update(
    {
        f"{head}{verb}": QUALIFIERS_BEFORE[head]
        for head in ("至少", "最少", "起码", "起碼", "最多", "至多", "顶多")
        for verb in _MODAL_VERBS
        if f"{head}{verb}" not in QUALIFIERS_BEFORE
    }
    | {f"{head}{verb}": "about" for head in ("约", "大约", "大概") for verb in ("需", "需要", "要")}
)
# Each qualifier is read in traditional characters too (約, 將近, 超過, 不少於, 以內, 餘, 開外, 出頭, 來):
# ``helpers.text.traditional``.
QUALIFIERS_BEFORE = with_traditional(QUALIFIERS_BEFORE)
#: The bounds of breaking through a level (跌破, 涨破, 升穿 …), in both scripts.
BREAK_QUALIFIERS = frozenset(with_traditional(_BREAKS))
#: The qualifiers read before a verb of change or before 每 and a unit (约下降6℃, 将近增长了一倍, 约每平方米3.2万元):
#: those that say about or nearly, the longest first; 不足, 不到 and 上 there end other words (需求不足下降5%,
#: 想不到增长了30%, 总体上增长了5%).
QUALIFIERS_BEFORE_A_VERB: tuple[str, ...] = tuple(
    sorted(
        (q for q, m in QUALIFIERS_BEFORE.items() if m in ("about", "nearly") and q[:2] not in ("不到", "不足")),
        key=len,
        reverse=True,
    )
)
#: Before 每 and a unit a bound is read too (突破每盎司2100美元, 不得超过每小时25公里), but not 上 or 破, which end
#: other words there (晚上每小时).
QUALIFIERS_BEFORE_A_RATE: tuple[str, ...] = tuple(
    sorted((q for q in QUALIFIERS_BEFORE if q not in ("上", "破")), key=len, reverse=True)
)
QUALIFIERS_AFTER_NUMBER: dict[str, str] = with_traditional({"多": "more", "余": "more", "来": "about"})
QUALIFIERS_AFTER_UNIT: dict[str, str] = with_traditional(
    {
        "以上": "more",
        "或以上": "more",
        "及以上": "more",
        "(含)以上": "more",
        "（含）以上": "more",
        "以下": "less",
        "或以下": "less",
        "及以下": "less",
        "(含)以下": "less",  # 10万元（含）以下: at most 10万元, 10万元 included
        "（含）以下": "less",
        "以内": "less",
        # 跌至每桶78美元下方, 股价在20元上方震荡: below and above a price (a market's words)
        "下方": "less",
        "上方": "more",
        "左右": "about",
        # only where the phrase ends (see _POST): 40岁上下, 5元上下浮动 (not 上下班), 60开外, 5年有余, 30岁出头
        "上下": "about",
        "开外": "more",
        "有余": "more",
        "出头": "more",
    }
)
#: The qualifiers after a unit that are words of their own, read only where the phrase ends or before what they
#: qualify (浮动, 波动): 上下班, 上下游, 开外卖, 有余地 and 出头露面 are other words.
_PHRASE_ENDED_QUALIFIERS = words_with_traditional(("上下", "开外", "有余", "出头", "上方", "下方"))

# The numeral pieces of the grammar (the rules they read by are in helpers.text.numerals):
# a sign (负3.9%, -3.8%, 百分之负三点八), thousands commas half- or full-width (８２，２２５), a decimal point
# in digits (．) or in Chinese numerals (三点五, 百分之一点五七), and a formal digit that is also a word
# character (登陆, 拾起, 队伍) starting a numeral only before another formal character (陆拾, 伍佰).
_SIGN = f"[{re.escape(SIGNS)}]"
_ARABIC_AFTER_FIRST = r"[0-9０-９]*(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
_ARABIC_UNSIGNED = "[0-9０-９]" + _ARABIC_AFTER_FIRST
_ARABIC = f"{_SIGN}?{_ARABIC_UNSIGNED}"
# digits written with Chinese places (2亿4000万, 3亿5千万, 1万8千, 2千零30万): groups of digits before 万/亿, one
# digit before 千/百, 零 between where written, then a group with its place or 零 and a last group (1千零8); read by
# helpers.text.places (no colloquial last digit: 投资3万5年回本 is 3万, then 5年)
_MIXED_GROUP = f"(?:[{ZEROS}]?(?:[0-9０-９]{{1,4}}[万萬亿億]|[1-9１-９][千仟百佰]))"
_MIXED_AFTER_FIRST = (
    f"(?:[0-9０-９]{{0,3}}[万萬亿億]|(?<=[1-9１-９])[千仟百佰]){_MIXED_GROUP}*"
    # the last group's place is left to the magnitude after the number (4万3|千, 3亿6000|万, 3亿5|千万元)
    f"(?:[{ZEROS}]?(?:[0-9０-９]{{1,4}}(?=[万萬亿億])|[1-9１-９](?=[千仟百佰]))|[{ZEROS}][0-9０-９]{{1,4}}(?![0-9０-９.．]))"
)
_MIXED = f"[0-9０-９]{_MIXED_AFTER_FIRST}"
_MIXED_PLACES = frozenset("万萬亿億千仟百佰")
_ARABIC_DIGITS = frozenset("0123456789０１２３４５６７８９")
NUMERAL_CHARS = CHINESE_NUMERAL_CHARS + SOME_CHARS  # 几 (幾) stands for a digit: 十几, 几十, 二十幾
_DECIMAL_DIGITS = "".join(c for c in DIGITS if c not in "两兩")  # after 点 digits are read one by one: never 两
#: Units that begin with a place character and whose rest is no unit (千瓦, 千瓦时, 千卡, 百分点), and every unit
#: that begins with 兆 (兆瓦, 兆赫: mega; 兆 is never read as a place): after a number the character begins the unit,
#: so neither a numeral nor a magnitude takes it there (100千瓦 and 五千瓦 are 100 and 5 kW, 两千千卡 is 2000 kcal,
#: 五十兆赫 is 50 兆赫). Where the rest is a unit (千克, 千米) the place is read (五千克 is 5000 克: the same mass).
_PLACE_UNIT_RESTS: dict[str, list[str]] = {}
for _unit in UNITS:
    if _unit[0] == "兆" or _unit[0] in "百千" and _unit[1:] not in UNITS:
        _PLACE_UNIT_RESTS.setdefault(_unit[0], []).append(_unit[1:])
_PLAIN_NUMERALS = "".join(c for c in NUMERAL_CHARS if c not in _PLACE_UNIT_RESTS)
_NUMERAL_RUN = (
    f"[{_PLAIN_NUMERALS}]*(?:(?:"
    + "|".join(f"{c}(?!{alternation(rests)})" for c, rests in _PLACE_UNIT_RESTS.items())
    + f")[{_PLAIN_NUMERALS}]*)*"
)
_CHINESE_AFTER_FIRST = f"{_NUMERAL_RUN}(?:[{DECIMAL_POINTS}][{_DECIMAL_DIGITS}]+)?"
_WORD_FORMAL_START = f"(?![{WORD_FORMAL_CHARS}](?![{FORMAL_FOLLOWERS}]))"
#: Units that begin with a numeral character (千克, 千米, 千瓦): a numeral never begins with one (每千克 is
#: 'per kilogram', not 1000 克), though it may end in one (五千克).
_UNIT_WORD_RESTS: dict[str, list[str]] = {}
for _unit in sorted(UNITS, key=len, reverse=True):
    if _unit[0] in CHINESE_NUMERAL_CHARS:
        _UNIT_WORD_RESTS.setdefault(_unit[0], []).append(re.escape(_unit[1:]))
_UNIT_WORD_START = "(?!" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in _UNIT_WORD_RESTS.items()) + ")"
#: A numeral begins with a zero only alone or before its decimal point (零元, 零点五): 零 before another numeral
#: character ends a word (找零两角五分, 清零三家), so the numeral begins after it.
_ZERO_START = f"(?![{ZEROS}][{NUMERAL_CHARS}])"
_CHINESE_UNSIGNED = f"{_WORD_FORMAL_START}{_UNIT_WORD_START}{_ZERO_START}[{NUMERAL_CHARS}]{_CHINESE_AFTER_FIRST}"
#: 数 before 十/百/千/万/亿 is an unknown digit like 几 (数十 is 20–90, 数百亿 200亿–900亿), never after a sign
#: (负数 is 'a negative number') or before a unit word (数千克: 'several kilograms' or 'thousands of grams'?).
SEVERAL = "数"
_SEVERAL_NEXT = "[十百千万萬亿億]"
_SEVERAL_NUMBER = f"{SEVERAL}(?={_SEVERAL_NEXT}){_UNIT_WORD_START}{_CHINESE_AFTER_FIRST}"
_CHINESE = f"(?:{_SIGN}?{_CHINESE_UNSIGNED}|{_SEVERAL_NUMBER})"
# after 分之 a numeral is a number whatever its first character (萬分之肆)
_CHINESE_IN_SHARE = f"{_SIGN}?[{NUMERAL_CHARS}]{_CHINESE_AFTER_FIRST}"
# one separator, or a dash written twice (3--5, 3——5): a class first, which is fast, then the doubled dash
_TO = f"[{re.escape(RANGE_SEPARATORS)}]" + (
    "(?:" + "|".join(f"(?<={re.escape(d[0])}){re.escape(d[1])}" for d in DOUBLED_RANGE_SEPARATORS) + ")?"
)
# 两个亿 is 2亿 (not 两个, then 亿); 323千卡 is the unit 千卡 (kilocalories), not 323 thousand 卡
_MAG = (
    r"(?:[个個](?=[亿億]))?[十百千佰仟]?[万萬亿億]{1,2}|[百千佰仟]"
    # 百分之 is a share; 千瓦, 千卡, 百分点 are units (see _PLACE_UNIT_RESTS)
    + f"(?!{alternation(['分', *(r for c in '百千' for r in _PLACE_UNIT_RESTS.get(c, []))])})"
    # k (thousand) and w (万) right after digits, only before a currency (15k元, 30w元): 15k alone may be 15 km
    + "|(?<=[0-9０-９])[kw](?=元|块钱|人民币|[美欧港日]元|港币|英镑)"
)
_MAGNITUDE_FORMS = frozenset({"万", "亿", "万亿", "亿万"})


#: Qualifiers read only right before 百, 千, 万 or 亿 (上万, 破亿), 破 also before a number with 万 or 亿: elsewhere
#: they are other words (上3楼, 破3项纪录).
PLACE_QUALIFIERS = ("上", "破")
#: What each of them stands before: 上 a place (上万份, 上百家); 破 a place or a number with 万 or 亿 (破亿元,
#: 已破10亿次, 破十万; not 破3项纪录, broke three records).
_PLACES = "百千万亿萬億"
_PLACE_AHEAD = f"[{_PLACES}]"
_BREAK_AHEAD = (
    f"(?:{_PLACE_AHEAD}|[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿萬億]|[一二两三四五六七八九十百千兩]+[万亿萬億])"
)
_PLACE_QUALIFIER = f"上(?={_PLACE_AHEAD})|破(?={_BREAK_AHEAD})"
_BEFORE_WORDS = sorted((k for k in QUALIFIERS_BEFORE if k not in PLACE_QUALIFIERS), key=len, reverse=True)
_BEFORE = alternation(_BEFORE_WORDS)
# ---- Units, temperatures and money: what may follow a unit, and the words before a number ----
_PHRASE_END = r"(?=[，。、；：！？,.;:!?\s）)」”（(]|\Z)"  # 叁万元整（¥30000.00）: a bracket after it too
_NO_LATIN_AFTER = "(?![A-Za-z0-9０-９²³])"
#: The last characters of the cheque forms 元整, 圆整, 元正: an amount so written is exact.
_CHEQUE_ENDS = "整正"
#: unit as written → what must (not) follow it for it to be that unit
_UNIT_GUARDS: dict[str, str] = {
    **{unit: _NO_LATIN_AFTER for unit in (*LATIN_UNITS, "°C", "°F")},
    "°": "(?![0-9０-９′'])",  # 116°23′: degrees and minutes of arc, not 116 度
    # 5g网络 is a network generation written small, not 5 grams
    "g": _NO_LATIN_AFTER
    + "(?!网|網|手机|手機|基站|信号|信號|时代|時代|技术|技術|用户|用戶|套餐|牌照|终端|商用|芯片|通信)",
    **{unit: _PHRASE_END for unit in CURRENCIES if unit[-1] in _CHEQUE_ENDS},  # 500万元整治 is 整治 (remedy)
    # 圆满, 圆桌, 圆形 …: words, not yuan (10日圆满结束)
    **{unit: "(?![满滿桌形周心梦夢点點柱锥錐弧盘盤润潤舞顶頂])" for unit in CURRENCIES if unit[-1] in "圆圓"},
    # 1日元旦 is the date 1日 and 元旦 (New Year's Day); so are 15日元宵节, 11日元首会晤, 1日元年, 3日元帅
    "日元": "(?![旦宵首帅帥老素气氣件年勋勳凶器朝代曲])",
    "元": "(?!旦)",
    # 3新元素, 2024新元年, 新元首会晤, 新元宇宙: new elements, a new first year, not Singapore dollars (but
    # 新元年度预算, 新元年终奖, 新元首付, 新元首期 are amounts)
    "新元": "(?!素|宇宙|老|旦|宵|帅|帥|首(?![付期])|年(?![度终終内內底薪]))",
    "版": "(?!本)",  # 3版本, 2.0版本: a version, not editions
    # 三打白骨精, 3打1 (three against one), 打卡, 打工, 打篮球, 打电话, 打针: the verb 打, not a dozen
    "打": f"(?![0-9０-９{NUMERAL_CHARS}]|白骨精|祝家庄|祝家莊|[卡工击擊造破通响響开開好赢贏败敗下出进進掉球架"
    "篮籃排网網太电電车車针針疫假拼压壓扫掃印包扮算捞撈听聽招折仗官交牌麻扰擾理分气氣])",
    **{f"{ge}{bell}": f"(?![{BELL_NOT_BEFORE}])" for ge in "个個" for bell in "钟鐘"},  # 三个钟表: clocks
}


# 个半小时 before 个小时, then the units (each with its guard) with a half after them (年半), then 折 (a discount)
_UNITS_AS_WRITTEN = alternation_by_first([*UNITS, *UNITS_WITH_QUALIFIER], _UNIT_GUARDS)
_UNIT = f"{half_unit_pattern()}|(?:{_UNITS_AS_WRITTEN}){HALF_AFTER_UNIT}|{DISCOUNT_UNIT_PATTERN}"
_UNIT_BEFORE_SEPARATOR = alternation_by_first([*UNITS, *UNITS_WITH_QUALIFIER])  # a separator follows: no guards
#: Words written before the number: a currency (人民币50元, 港幣3.14, ￥300) or a temperature scale (摄氏37度,
#: 零下4度). A currency word is one only where the number after it is not followed by another unit, a
#: letter or a date (人民币3年期, 欧元3月); a scale before any number (and the reading refuses it but before 度 or °).
_WORDS_BEFORE = {**CURRENCIES_BEFORE, **SCALES_BEFORE}
_RUN_AHEAD = (  # a comma only before three digits (标价$299，打折后: the clause's comma, not the number's)
    f"(?:[0-9０-９.．{re.escape(NUMERAL_CHARS + SIGNS + SEVERAL)}]|[,，](?=[0-9０-９]{{3}})"
    f"|[{DECIMAL_POINTS}](?=[{_DECIMAL_DIGITS}]))++"
)
# after the number: no letter or date (美元3日, 欧元3月; after a range's dash a letter may begin the next end's
# currency: US$45-US$60), then a character that may begin a money unit, or none that may begin another unit (by
# first character only: 人民币50英里 passes here and is refused when read)
_MONEY_FIRST = "".join(sorted({u[0] for u in CURRENCIES}))
_OTHER_FIRST = "".join(sorted({u[0] for u in [*UNITS, *UNITS_WITH_QUALIFIER] if u not in CURRENCIES}))
_NOT_MONEY_AFTER = "[A-Za-z月日号號时時点點分秒角毛]"  # 人民币五角 is 0.5 元, not 5: left out
_MONEY_OR_NO_UNIT = f"(?:(?=[{re.escape(_MONEY_FIRST)}])|(?![{re.escape(_OTHER_FIRST)}]))"
_CURRENCY_AHEAD = f"(?={_RUN_AHEAD}(?!(?<![\\-−－]){_NOT_MONEY_AFTER}){_MONEY_OR_NO_UNIT})"
# a scale takes every number after it, so that what it cannot read is left out whole (零下5至10度: −5 to −10, or
# −5 to 10? 零下10多度), never read without its sign
_SCALE_AHEAD = f"(?=[0-9０-９{re.escape(NUMERAL_CHARS + SIGNS)}])"
_CURRENCY_BEFORE = f"(?:{alternation(CURRENCIES_BEFORE)}){_CURRENCY_AHEAD}"
_SCALE_BEFORE = f"(?:{alternation(SCALES_BEFORE)}){_SCALE_AHEAD}"
_WORD_BEFORE = f"(?:{_CURRENCY_BEFORE}|{_SCALE_BEFORE})"
# -------------------------------------------------------------------------------------------------

_AFTER_NUMBER_CHARS = (
    "万萬亿億十百千佰仟多余餘来來kw"
    + DISCOUNT
    + "".join(q[0] for q in QUALIFIERS_AFTER_UNIT if q not in _PHRASE_ENDED_QUALIFIERS)
    + "".join(u[0] for u in UNITS)
)
# what may follow a number for it to be a quantity: a character of the tail, or a qualifier that is a word of its own
# (60开外; a 上 alone after a number is no qualifier: 五个到百上)
_AFTER_NUMBER = (
    "(?:["
    + re.escape("".join(sorted(set(_AFTER_NUMBER_CHARS))))
    + "]|"
    + alternation(q for q in _PHRASE_ENDED_QUALIFIERS if q[0] not in _AFTER_NUMBER_CHARS)
    + ")"
)
#: Above and below a price (跌至78美元下方, 在20元上方震荡; a price per unit too): not after other units (在3米上方 is
#: a place).
_PRICE_SIDES = frozenset(words_with_traditional(("上方", "下方")))
_SIDED_PRICES = tuple(CURRENCIES) + ("%",)
#: What a price or a measure does about a level (5元上下浮动, 在20元上方震荡, 3000点下方整理): after these too a
#: qualifier of ``_PHRASE_ENDED_QUALIFIERS`` is read.
_SWINGS = words_with_traditional(("浮动", "波动", "震荡", "震盪", "运行", "徘徊", "整理"))
# 多 after a unit (一年多, 3天多) only where the phrase ends, not where it starts a word (3个多功能厅)
_PHRASE_FOLLOWS = r"[来的了后前里时以之才没就都也还又中，。、；：！？,.;:!?\s）)」”]|\Z"
_MORE_AFTER_UNIT = f"多(?={_PHRASE_FOLLOWS})"
#: What may follow the unit: a qualifier (以上, 左右; those of _PHRASE_ENDED_QUALIFIERS where the phrase ends or
#: before 浮动/波动) or 多 where the phrase ends.
_QUALIFIER_AFTER_UNIT = (
    alternation(q for q in QUALIFIERS_AFTER_UNIT if q not in _PHRASE_ENDED_QUALIFIERS)
    + f"|(?:{alternation(_PHRASE_ENDED_QUALIFIERS)})(?={_PHRASE_FOLLOWS}|{alternation(_SWINGS)})"
)
_POST = f"{_QUALIFIER_AFTER_UNIT}|{_MORE_AFTER_UNIT}"


# what a range's first end may repeat (万, 元, 平方公里 …); no unit holds a separator, so one ends the repeat
_REPEAT_CHARS = re.escape(
    "".join(
        sorted(set("十百千佰仟万萬亿億" + DISCOUNT + "".join([*UNITS, *UNITS_WITH_QUALIFIER])) - RANGE_SEPARATOR_CHARS)
    )
)
_REPEAT_MAX = 3 + max(len(u) for u in [*UNITS, *UNITS_WITH_QUALIFIER])  # 十万亿 and the longest unit
# 百分之 (percent), 千分之 (per mille), 三分之 (thirds); a mixed number (十一又十四分之一) is matched whole so that
# no part of it is read as a share, and refused
_SHARE = f"(?:[{CHINESE_NUMERAL_CHARS}]+{MIXED_NUMBER})?[{CHINESE_NUMERAL_CHARS}]+分之"
#: (含) after a range's first end: the end is in the range (1万(含)-5万元, 1万元（含）至5万元)
_INCLUSIVE = "[(（]含[)）]"
_INCLUSIVE_MARKS = tuple(f"{left}含{right}" for left in "(（" for right in ")）")


#: A share's second end may repeat its word (百分之五至百分之八); the reading checks that it is the first's.
_SHARE_AGAIN = "(?:百分之|千分之|万分之|萬分之)?"


def _number(arabic: str, chinese: str, ranges: bool = True, again: str = "") -> str:
    """A number, or a range of two (3至5, 三到五, 3万至5万, 5%-10%), in digits or in Chinese numerals, given
    how each begins. The first end may repeat the magnitude and unit that follow the second; ``again`` is what
    the second end may repeat of what comes before the first (a share's word)."""
    if not ranges:
        return f"{arabic}|{chinese}"
    # the separator is rare: look for it first, right after the magnitude and unit characters that may repeat
    repeated = (
        f"(?=[{_REPEAT_CHARS}]{{0,{_REPEAT_MAX}}}+(?:{_INCLUSIVE})?{_TO})"
        f"(?:{_MAG})?(?:{_UNIT_BEFORE_SEPARATOR})?(?:{_INCLUSIVE})?"
    )
    # the second end is a whole number, not the start of the next share (百分之五至百分之十)
    return f"{arabic}(?:{repeated}{_TO}{again}{_ARABIC})?|{chinese}(?:{repeated}{_TO}{again}{_CHINESE}(?!分之))?"


#: After the number: 多/余 before 万/亿 (6000余万), the magnitude, 多/余/来, the unit, 以上/左右/多.
_TAIL = (
    r"(?:(?P<lead>多|余|餘)(?=[十百千]?[万萬亿億]))?"
    f"(?P<mag>{_MAG})?"
    r"(?P<mid>多|余|餘|[来來](?![自源到看说說]))?"  # 15来自湖北: 'come from', not 'about 15'
    f"(?P<unit>{_UNIT})?"
    f"(?P<post>{_POST})?"
)


def _quantity_pattern(ranges: bool = True) -> str:
    """One quantity as written (see ``QUANTITY_PATTERN``); ``ranges=False`` reads no range (3至5 is 3, then 5)."""
    number = _number(_ARABIC, _CHINESE, ranges)
    share_number = _number(_ARABIC, _CHINESE_IN_SHARE, ranges, _SHARE_AGAIN)
    return (
        r"(?:(?P<pre>(?:" + _BEFORE + r")?" + _WORD_BEFORE + r"|" + _BEFORE + r")|(?P<up>" + _PLACE_QUALIFIER + r"))?"
        r"(?:"
        r"(?P<pctword>" + _SHARE + r")(?P<pctnum>" + share_number + r")"
        r"|(?P<hundred>百分百)"
        r"|(?P<num>" + _MIXED + "|" + number + "|" + half_start_pattern() + r")"
        # a plain number must be followed by something that can make it a quantity (a bare number never is one):
        r"(?(pre)|(?(up)|(?=" + _AFTER_NUMBER + r")))"
        r")" + _TAIL
    )


#: One quantity as written. Groups: pre, num (digits or Chinese numerals, or a range of two), lead,
#: mag, mid, unit, post, or a share (百分之八, 三分之一, 千分之五: pctword and pctnum) / hundred (百分百).
QUANTITY_PATTERN = _quantity_pattern()
#: The characters a quantity can start with: a digit, a numeral, 上 (上万), 百 (百分之, 百分百) or a qualifier's first.
_FIRST_CHARS = "".join(
    sorted(
        set(
            "0123456789０１２３４５６７８９上百"
            + SEVERAL
            + SIGNS
            + NUMERAL_CHARS
            + "".join(q[0] for q in QUALIFIERS_BEFORE)
            + "".join(w[0] for w in _WORDS_BEFORE)
        )
    )
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
    share = f"(?:{_number(_ARABIC, _CHINESE_IN_SHARE, again=_SHARE_AGAIN)}){tail}"  # what follows 分之
    # a qualified number needs nothing after it
    after_qualifier = f"(?:{_SHARE}{share}|百分百{tail}|(?:{_MIXED}|{num}|{half_start_pattern()}){tail})"
    plain = f"(?={_AFTER_NUMBER}){tail}"  # a plain number needs something after it that can make it a quantity

    def by_first(words) -> str:  # the rest of each word, by its first character (already consumed), longest first
        after_first: dict[str, list[str]] = {}
        for word in sorted(words, key=len, reverse=True):  # as the pattern's alternations (摄氏零下 before 摄氏)
            after_first.setdefault(word[0], []).append(re.escape(word[1:]))
        return "|".join(f"(?<={re.escape(first)})(?:{'|'.join(rests)})" for first, rests in after_first.items())

    # a qualifier (then maybe a currency or scale word), a currency or scale word alone, or 上 before 百/千/万/亿;
    # each lookahead once (the currency's is long), as in the pattern
    def firsts(words) -> str:
        return re.escape("".join(sorted({w[0] for w in words})))

    qualifier = (
        f"(?<=[{firsts(_BEFORE_WORDS)}])(?:{by_first(_BEFORE_WORDS)})(?:{_WORD_BEFORE})?"
        f"|(?<=[{firsts(CURRENCIES_BEFORE)}])(?:{by_first(CURRENCIES_BEFORE)}){_CURRENCY_AHEAD}"
        f"|(?<=[{firsts(SCALES_BEFORE)}])(?:{by_first(SCALES_BEFORE)}){_SCALE_AHEAD}"
        f"|(?<=上)(?={_PLACE_AHEAD})|(?<=破)(?={_BREAK_AHEAD})"
    )
    plain_starts = "".join(sorted(set(NUMERAL_CHARS) - set(WORD_FORMAL_CHARS) - set(_UNIT_WORD_RESTS) - set(ZEROS)))
    chinese_start = "|".join(
        [
            f"(?<=[{plain_starts}])",
            f"(?<=[{ZEROS}])(?![{NUMERAL_CHARS}])",
            f"(?<=[{WORD_FORMAL_CHARS}])(?=[{FORMAL_FOLLOWERS}])",
            *(f"(?<={first})(?!{'|'.join(rests)})" for first, rests in _UNIT_WORD_RESTS.items()),
        ]
    )
    chinese_start = f"(?:{chinese_start})"
    shared = f"[{CHINESE_NUMERAL_CHARS}]*(?:{MIXED_NUMBER}[{CHINESE_NUMERAL_CHARS}]+)?分之"
    alternatives = [
        f"(?<=[0-9０-９])(?:{_MIXED_AFTER_FIRST}|{_number(_ARABIC_AFTER_FIRST, '(?!)')}){plain}",
        f"(?<=[{CHINESE_NUMERAL_CHARS}]){shared}{share}",  # before a plain numeral, as in the pattern
        f"(?<=百)分百{tail}",
        f"{chinese_start}(?:{_number('(?!)', _CHINESE_AFTER_FIRST)}){plain}",
        f"(?<={_SIGN})(?:{_number(_ARABIC_UNSIGNED, _CHINESE_UNSIGNED)}){plain}",
        f"(?<={SEVERAL})(?={_SEVERAL_NEXT}){_UNIT_WORD_START}(?:{_number('(?!)', _CHINESE_AFTER_FIRST)}){plain}",
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
    kind: str  # exact | rounded | more | less | nearly | about | range
    magnitude: str = ""
    currency: str = ""  # the currency of an amount of money, normalised (港币 → 港元); empty for other units
    change: str = ""  # "+" after a verb of rise (增长), "-" after a verb of fall (下降); empty for a level

    @property
    def signed_value(self) -> float:
        """The value with the direction of its change: −3.8 for 下降3.8%, the value itself for a rise or a level."""
        return -self.value if self.change == "-" else self.value


_MEANINGS: dict[str, str] = {**QUALIFIERS_BEFORE, **QUALIFIERS_AFTER_NUMBER, **QUALIFIERS_AFTER_UNIT}
_SMALL_FACTORS = {"十": 10, "百": 100, "千": 1000}
_TO_SIMPLIFIED_MAGNITUDE = str.maketrans("萬億kw佰仟", "万亿千万百千")  # 9佰日元 is 900 日元, as 3千元
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


def bounds(
    low_number: Number, high_number: Number, factor: int, kind: str, widen: str = "", rounded: bool = False
) -> tuple[int, int, int, int]:
    """The value and the closed range a number admits as exact fractions: (value, low, high) numerators over one
    denominator.

    ``factor`` multiplies the number (万, 亿, 10 for 成). Every bound is a number as written times a
    power of ten, 9/10, 11/10 or 1/2, so integers hold it exactly; the floats come from one
    correctly rounded division at the end. A range (3至5, 两三, 十几) is its two ends, and its
    value is their midpoint; ``widen`` is what a qualifier says of a range (about, nearly, more); ``rounded``
    that one number would be rounded without its qualifier (see ``ends``).
    """
    if kind == "range":
        exponent = min(low_number.exponent, high_number.exponent)
        low = low_number.digits * 10 ** (low_number.exponent - exponent) * factor * 2
        high = high_number.digits * 10 ** (high_number.exponent - exponent) * factor * 2
        value, denominator = (low + high) // 2, 10**-exponent * 2
        if widen == "about":  # 约3至5天: about 3 to about 5 (约-8至-6℃: about −8 is −8.8, about −6 is −5.4)
            return value * 10, min(low * 9, low * 11), max(high * 9, high * 11), denominator * 10
        if widen == "nearly":
            return value * 10, low * 9, high * 10, denominator * 10
        if widen == "less":  # 5至10天以内: at most the upper end
            return value, 0, high, denominator
        if widen == "more":  # 3至5天以上: up by one unit of the last non-zero digit of the upper end
            return (
                value,
                low,
                high + 10 ** (trailing_zeros(high_number.digits) + high_number.exponent - exponent) * factor * 2,
                denominator,
            )
        return value, low, high, denominator
    return one_number_bounds(low_number.digits, -low_number.exponent, factor, kind, rounded)


def one_number_bounds(
    digits: int, places: int, factor: int, kind: str, rounded: bool = False
) -> tuple[int, int, int, int]:
    """``bounds`` of one number written as ``digits`` with ``places`` decimals, times ``factor``: (value, low,
    high) numerators over one denominator (the extractor's fast path calls it with the digits it read);
    ``rounded``: the number as written is a rounded one (see ``ends``)."""
    denominator = 10**places * 20  # 20: room for the halves of "rounded" and the tenths of "nearly"/"about"
    value = digits * factor * 20
    more = (10 ** trailing_zeros(digits) * factor * 20 if digits else factor * denominator) if kind == "more" else 0
    return (value, *ends(kind, value, factor * 10, more, rounded), denominator)


def ends(kind: str, value: int, half: int, more: int, rounded: bool = False) -> tuple[int, int]:
    """The closed range (low, high) one figure admits, as numerators over the figure's denominator: ``value``
    (a multiple of 10, so that nine or eleven tenths of it are whole), ``half`` half a unit of its last written
    digit (for ``rounded``) and ``more`` one unit of its last non-zero digit (for ``more``). The one table of
    the single-figure rules of the module docstring, for one number (``bounds``), an amount in several units
    (``compound_at``) and the extractor's fast path alike. ``rounded`` says that the figure without its
    qualifier would be a rounded one (a percentage, 万/亿, a decimal): "about" such a figure is never narrower
    than the figure alone (``约1万`` → [5000, 15000], as ``1万``; ``约三成`` → [25, 35])."""
    if kind == "exact":
        return value, value
    if kind == "rounded":
        return value - half, value + half
    if kind == "more":
        return value, value + more
    if kind == "nearly":
        return value * 9 // 10, value
    if kind == "less":  # 不超过X, X以下: from nothing up to X (a negative X is refused before)
        return 0, value
    low, high = (value * 9 // 10, value * 11 // 10) if value >= 0 else (value * 11 // 10, value * 9 // 10)  # about
    if rounded:  # about a rounded figure: ±10 %, or the rounding where that is wider
        return min(low, value - half), max(high, value + half)
    return low, high


def _kind(qualifiers: list[str], number: Number, rounded: bool, text: str) -> str:
    """exact, rounded, or what the qualifiers say (more, less, nearly, about); ``rounded``: percentages, points,
    万/亿."""
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
    mag = mag.translate(_TO_SIMPLIFIED_MAGNITUDE).lstrip("个個")
    big = mag.lstrip("十百千")
    if big and big not in _MAGNITUDE_FORMS:
        raise ValueError(f"{mag!r} is not a magnitude")
    factor = 1
    for char in mag:
        factor *= MAGNITUDES.get(char) or _SMALL_FACTORS[char]
    return factor, bool(big)


def _without_repeat(num: str, after: str, text: str) -> str:
    """A range with the magnitude and unit written at both ends (3万至5万元, 5%-10%, 兩升到三升) as a range written
    once (3至5); (含) after the first end says it is in the range, as every end is (1万(含)-5万元)."""
    ends = split_range(num)
    if ends is None:
        return num
    first, separator, last = ends
    if first.endswith(_INCLUSIVE_MARKS):
        first = first[:-3]
    if first[:1] in NUMERAL_CHARS:  # 三万至五万: the numerals hold the magnitudes
        number = BARE_NUMBER_RE.match(first)
        unit = first[number.end() :] if number else ""  # 兩升到三升: the unit written twice
        if unit and not after.startswith(unit):
            raise ValueError(f"{text!r}: the two ends of a range must have the same unit")
        first = first[: len(first) - len(unit)]
        head = first.rstrip("万萬亿億")
        return (head if head and last.endswith(first[len(head) :]) else first) + separator + last
    end = len(BARE_NUMBER_RE.match(first).group())
    if not after.startswith(first[end:]):
        plain = _plain_first_end(first[:end], first[end:], after)
        if plain is None:
            raise ValueError(f"{text!r}: the two ends of a range must have the same magnitude and unit")
        return plain + separator + last
    return first[:end] + separator + last


def _plain_first_end(number: str, unit: str, after: str) -> str | None:
    """The first end of a range that writes its unit and no magnitude, the second both (5000元到2万元: 5000 元 to
    2万元), in units of the second's magnitude (``"0.5"``, so that the range reads [5000, 20000]), or None when the
    first end writes more than the unit, or another unit (5000元到2万吨, 3万元至5000元)."""
    magnitude = after[: len(after) - len(after.lstrip("十百千万萬亿億"))]
    if not unit or not magnitude or after[len(magnitude) :] != unit or not number.isascii():
        return None
    try:
        factor = _magnitude(magnitude)[0]
    except ValueError:
        return None
    return format(Decimal(number.replace(",", "")).scaleb(-len(str(factor)) + 1), "f")


def _numbers_and_magnitude(num: str, mag: str, text: str, after: str = "") -> tuple[Number, Number, str, int, bool]:
    """The smallest and largest number before the magnitude (the same unless a range), the magnitude
    (三万 → 三 and 万), its factor, and whether it holds 万 or 亿. ``after`` is what follows the number."""
    written = num
    num = _without_repeat(num, after, text)
    repeated = num != written  # the first end wrote the magnitude too (9万至3万)
    negative = num[:1] in SIGNS and RANGE_SEPARATOR_CHARS.isdisjoint(num[1:])  # 负3.9, -3.8 (not -5至-3)
    if negative:
        num = num[1:]
    inside = False  # a magnitude inside the numeral (一万三, 一亿五千万): rounded at its last written digit
    if num[:1] in NUMERAL_CHARS:
        inside = not _BIG_CHARS.isdisjoint(num.rstrip("万萬亿億"))
        num, mag = _split_trailing_magnitude(num, mag)
    mag = wan_wan_as_yi(mag)  # 四万万, 10万万: 亿
    if num in SOME_CHARS and num and not mag:
        raise ValueError(f"{text!r}: 几 alone says 'a few', not how many")
    try:
        factor, big = _magnitude(mag) if mag else (1, False)
    except ValueError as exc:
        raise ValueError(f"{text!r}: {exc}") from None
    # 上万: one 万; a first end that wrote its own magnitude (9万至3万) takes no other
    low, high = _range_ends(num, 1 if repeated else factor) if num else (Number(1, 0),) * 2
    if negative:
        low, high = (negate(low),) * 2 if low is high else (negate(high), negate(low))
    return low, high, mag, factor, big or inside


def _range_ends(num: str, factor: int) -> tuple[Number, Number]:
    """The two ends of a number as written (the same number twice unless a range), in units of the magnitude
    written after it (``factor``).

    A magnitude written only after the second end applies to the first too (3到5万 is 3万 to 5万) unless
    that puts the first end above the second: then the first end is a plain number (8500到3万 is 8500
    to 30000). Written the other way round (3万到8500) or still descending, it is refused.
    """
    try:
        return read_number_range(num)
    except ValueError:
        if factor == 1 or num[:1] in SIGNS:
            raise
        ends = split_range(num)
        if ends is None:
            raise
        first, _, last = ends
        if (first[:1] in CHINESE_NUMERAL_CHARS) != (last[:1] in CHINESE_NUMERAL_CHARS):
            raise
        low, high = read_number(first), read_number(last)
        if not (high.value < low.value < high.value * factor):
            raise
        return Number(low.digits, low.exponent - len(str(factor)) + 1), high


_SHARE_PARTS = {"百": 100, "千": 1000, "万": 10000, "萬": 10000}
#: The units a share written N分之X may take (三分之一公里, 四分之一公升): the measures, not 度 (三分之一度过 is 'a
#: third spent') and not a counter (三分之一人口 is a third of the population, not 1/3 人); 百分之/千分之/万分之
#: with a unit stay refused (百分之五十公里: 50 % of what?).
SHARE_MEASURES = frozenset(MEASURES + MORE_MEASURES) - {"度"}

#: unit as written → (unit as reported, a percentage, percentage points, the qualifier written inside it)
_UNIT_READINGS: dict[str, tuple[str, bool, bool, str]] = {
    **{
        unit: (
            "%" if unit in PERCENT_UNITS else reported_unit(unit),
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


def _may_fall_below_zero(unit: str) -> bool:
    """Whether a quantity in this unit (as reported) may be below zero even when written without a sign: a
    temperature (℃, ℉) or plain 度."""
    return unit in _BELOW_ZERO_UNITS


_BELOW_ZERO_UNITS = frozenset(TEMPERATURE_UNITS.values())


@lru_cache(maxsize=256)
def split_before(pre: str) -> tuple[str, str]:
    """What is written before the number, as (qualifier, currency or scale word): 约人民币 → (约, 人民币),
    人民币 → ("", 人民币), 约 → (约, "")."""
    if pre in _WORDS_BEFORE:
        return "", pre
    for word in _BEFORE_WORDS:
        if pre.startswith(word) and (pre == word or pre[len(word) :] in _WORDS_BEFORE):
            return word, pre[len(word) :]
    raise ValueError(f"{pre!r} is neither a qualifier nor a currency or scale word")


_GENERIC_YUAN = frozenset(u for u in CURRENCIES if u.rstrip(_CHEQUE_ENDS) in ("元", "圆", "圓"))


def _unit_with_word_before(word: str, unit: str, text: str) -> tuple[str, str]:
    """The unit and currency of a number with a currency or scale word before it (人民币50元, 港币两千九百六十元,
    美金100, 摄氏37度, 零下4度), or ValueError when the two disagree (人民币50美元, 人民币3个, 华氏30℃)."""
    if word in SCALES_BEFORE:
        scale = SCALES_BEFORE[word]
        if unit in ("度", "°") or TEMPERATURE_UNITS.get(unit) == scale:
            return scale, ""
        raise ValueError(f"{text!r}: {word} is a temperature, read only before 度 or °")
    currency = CURRENCIES_BEFORE[word]
    if not unit or unit in _GENERIC_YUAN or CURRENCIES.get(unit) == currency:
        return currency, currency
    raise ValueError(f"{text!r}: {word} before the number and {unit} after it are not one currency")


def quantity_from_match(match: re.Match[str]) -> Quantity:
    """Build the Quantity that a match of ``QUANTITY_PATTERN`` describes (raises ValueError if it is not one)."""
    return quantity_from_groups(match.group(0), match.groups())


def _share_ends(pctword: str, pctnum: str, text: str) -> tuple[Number, Number] | None:
    """The two ends of a share range whose second end repeats the share word (百分之五至百分之八十: 5 and 80, each
    read on its own, so no place is shared as in 五至八十), or None when it repeats none; raises ValueError when the
    word is another share's (百分之五至千分之八) or the ends do not rise."""
    again = next((w for w in ("百分之", "千分之", "万分之", "萬分之") if w in pctnum), None)
    if again is None:
        return None
    if again != pctword:
        raise ValueError(f"{text!r}: the two ends are shares of different wholes ({pctword}, {again})")
    first, _, second = pctnum.partition(again)
    low, high = read_number(first.rstrip(RANGE_SEPARATORS)), read_number(second)
    if not low.value < high.value:
        raise ValueError(f"{text!r}: a range runs from the smaller number to the larger")
    return low, high


def quantity_from_groups(text: str, groups: tuple[str | None, ...]) -> Quantity:
    """Build the Quantity from a match's text and its groups, in ``GROUPS`` order (raises ValueError if it is not
    one).
    """
    pre, up, pctword, pctnum, hundred, num, lead, mag, mid, unit, post = groups
    unit = unit or ""
    if unit not in _UNIT_READINGS:
        raise ValueError(f"{text!r}: a half is read only after a span of time, a measure, 成, 倍, 块 or 层")
    unit_reported, is_percent, is_point, inner = _UNIT_READINGS[unit]
    currency, below_zero, word = CURRENCIES.get(unit, ""), False, ""
    if unit in ORDINAL_UNITS:
        raise ValueError(f"{text!r}: {unit} is an anniversary (成立100周年), an ordinal, not a quantity")
    if unit in REPORTED_UNITS and unit.isascii() and (num or "x")[:1] in NUMERAL_CHARS:
        raise ValueError(f"{text!r}: a Latin unit is read only after digits")
    if pre:
        pre, word = split_before(pre)
        pre = pre or None
        if word:
            if pctword or hundred:
                raise ValueError(f"{text!r}: {word} does not go with a share")
            unit_reported, currency = _unit_with_word_before(word, unit, text)
            below_zero = word in BELOW_ZERO
            if word.endswith(ABOVE_ZERO) and (num or "")[:1] in SIGNS:
                raise ValueError(f"{text!r}: 零上 and a sign say opposite things")
    qualifiers = (
        [x for x in (pre, up, lead, mid, inner, post) if x] if pre or up or lead or mid or inner or post else []
    )
    if hundred or pctword == "百分之" and pctnum in ("百", "一百"):  # 百分百, 百分之百: all of it
        if mag or qualifiers or unit:
            raise ValueError(f"{text!r}: 百分百 takes no magnitude, qualifier or unit")
        return Quantity(text, 100.0, 100.0, 100.0, "%", "", "exact")
    parts = 100  # a share of 100 parts (百分之): the number is the percentage
    share_of_measure = False  # 三分之一公里, 四分之一公升: that share of the measure, in the measure, exact
    ends = _share_ends(pctword, pctnum, text) if pctword else None
    if pctword:
        if mag or unit and (unit not in SHARE_MEASURES or pctword[:-2] in _SHARE_PARTS):
            raise ValueError(f"{text!r}: {pctword} already says it is a share; it takes no unit or magnitude")
        whole = read_number(pctword[:-2]) if pctword[:-2] not in _SHARE_PARTS else Number(_SHARE_PARTS[pctword[:-2]], 0)
        parts = whole.digits
        if parts < 2 or whole.exponent:
            raise ValueError(f"{text!r}: a share needs at least two parts")
        share_of_measure = bool(unit)
        if not share_of_measure:
            unit_reported, is_percent = "%", True
    if unit in SHARE_SIGNS:  # 5‰ is 千分之五: 0.5 %
        parts = SHARE_SIGNS[unit]
    with_big = not _BIG_CHARS.isdisjoint((num or "") + (mag or ""))
    if up and not set(num or "x") <= set(_PLACES) and not (up == "破" and with_big):
        raise ValueError(f"{text!r}: {up} qualifies only 百, 千, 万 or 亿 (破 a number with 万 or 亿 too)")
    if num and num[0] == SEVERAL:  # 数十, 数百万: read as 几十, 几百万
        num = SOME + num[1:]
    if num and num[0] in _ARABIC_DIGITS and not _MIXED_PLACES.isdisjoint(num) and RANGE_SEPARATOR_CHARS.isdisjoint(num):
        # digits with places (2亿4000|万, 1万8|千): read as the Chinese numeral of the same value, 二亿四千万, 一万八千
        num, mag = digits_with_places_as_chinese(num + (mag or "")), None
    base = _HALF_UNITS.get(unit, unit)  # 年半 → 年: the unit the half is of
    halves = base != unit or num == HALF
    if num == HALF:  # 半年, 半成: no whole units, one half (半千克 is 500 克, as 5千克 is 5000 克)
        if mag and mag not in _SMALL_FACTORS:
            raise ValueError(f"{text!r}: 半 takes no 万 or 亿")
        low_number = high_number = Number(0, 0)
        magnitude, factor, big = mag or "", _SMALL_FACTORS.get(mag or "", 1), False
    elif ends:  # 百分之五至百分之八十: each end as written
        (low_number, high_number), magnitude, factor, big = ends, "", 1, False
    else:
        low_number, high_number, magnitude, factor, big = _numbers_and_magnitude(
            pctnum or num, mag or "", text, (mag or "") + unit
        )
    if below_zero:  # 零下4度, 零下四摄氏度
        if low_number.digits < 0 or low_number is not high_number:
            raise ValueError(f"{text!r}: 零下 is read only before one number (零下5至10度: to −10 or to 10?)")
        low_number, high_number = (
            (negate(low_number),) * 2
            if low_number is high_number
            else (
                negate(high_number),
                negate(low_number),
            )
        )
    # a discount is exact whatever its decimals, and so is a cheque's amount (贰万伍仟元整: 整 says 'not a fen more')
    exact = unit[-1:] in _CHEQUE_ENDS and unit in CURRENCIES
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
    if not (unit or big or pctword or qualifiers or word):
        raise ValueError(f"{text!r} is a bare number: a quantity needs a counter, a unit, 万/亿 or a qualifier")
    if is_percent and factor != 1:
        raise ValueError(f"{text!r}: a percentage takes no 万 or 亿")
    said = _kind(qualifiers, low_number, False, text) if qualifiers else ""  # what the qualifiers say
    if _PRICE_SIDES.intersection(qualifiers) and unit not in CURRENCIES and not unit.startswith(_SIDED_PRICES):
        raise ValueError(f"{text!r}: 上方 and 下方 are read only after a price (在3米上方: a place, not a bound)")
    if low_number.digits < 0:
        if said and said != "about":
            raise ValueError(f"{text!r}: of the qualifiers, only 'about' is read with a negative number (约-5℃)")
        if unit not in SIGNED_UNITS:
            raise ValueError(f"{text!r}: a count cannot be negative (负三场 is three lost, 负一层 a basement)")
    widen = ""
    if low_number is high_number:
        # shares of 100, 1000 and 10000 parts are rounded like percentages; 三分之一 is exact
        rounded = is_percent and parts in (100, 1000, 10000) or is_point or big and not exact
        kind = said or _kind([], Number(0, 0) if exact else low_number, rounded, text)
        rounded = not exact and (rounded or low_number.exponent < 0)
    else:
        kind, widen = "range", said
        rounded = False  # a range's ends are as written
    if "less" in (kind, widen) and _may_fall_below_zero(unit_reported):
        raise ValueError(f"{text!r}: an upper bound on a temperature has no lower end (低于5度 may be −10度)")
    if base == "成":
        factor = 10
    value, low, high, denominator = bounds(low_number, high_number, factor, kind, widen, rounded)
    if halves:
        denominator *= 2
    if share_of_measure:  # 三分之一公里 → 1/3 公里: a proper fraction of at most ten parts, as news writes one
        if not (
            parts <= 10 and low_number is high_number and not low_number.exponent and 0 < low_number.digits < parts
        ):
            raise ValueError(f"{text!r}: a share of a measure is read as a proper fraction of 2 to 10 parts")
        denominator *= parts
    elif parts != 100:  # 三分之一 → 100/3 %, 千分之五 → 0.5 %
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
        magnitude.translate(_TO_SIMPLIFIED_MAGNITUDE).lstrip("个個") if magnitude else "",
        currency,
    )


def two_bounds(first: Quantity, second: Quantity) -> Quantity | None:
    """A lower and an upper bound written one after the other (最多100最少20个, 至少5至多8天) as one range
    [lower bound's low, upper bound's high], or None when they are not: one must be ``more`` and the other
    ``less``, the first without a unit or with the second's, both with the same magnitude if any,
    and the range must not be empty."""
    kinds = {first.kind, second.kind}
    if kinds != {"more", "less"} or first.unit not in ("", second.unit) or first.change or second.change:
        return None
    lower, upper = (first, second) if first.kind == "more" else (second, first)
    if not lower.low < upper.high:
        return None
    return Quantity(
        first.text + second.text,
        (lower.low + upper.high) / 2,
        lower.low,
        upper.high,
        second.unit,
        first.qualifier + second.qualifier,
        "range",
        second.magnitude or first.magnitude,
        second.currency,
    )


#: 至 and 到, 'to', between two ends: of a range after a verb of change (增加200家至1200家, see
#: ``helpers.text.extract``), or of two bounds (5年以上至10年以下; nothing between them too: 三年以上十年以下).
TO_JOINERS = frozenset("至到")


def two_bounds_at(text: str, start: int) -> Quantity | None:
    """The two bounds (``two_bounds``) written from ``start`` in ``text``, one right after the other or joined by
    至 or 到 (``5年以上至10年以下``), or None."""
    found = QUANTITY_RE.match(text, start)
    if not found or not found.group(0):
        return None
    both = _bounds_from(text, found, found.end())  # 至少4至多9天: 至多 is the second bound's, not a joiner
    if both is None and text[found.end() : found.end() + 1] in TO_JOINERS:
        both = _bounds_from(text, found, found.end() + 1)
    return both


def _bounds_from(text: str, found: re.Match[str], at: int) -> Quantity | None:
    """``two_bounds`` of the bound ``found`` and the one read at ``at``, its text all that lies between."""
    after = QUANTITY_RE.match(text, at)
    if not after or not after.group(0):
        return None
    try:
        both = two_bounds(quantity_from_match(found), quantity_from_match(after))
    except (ValueError, ArithmeticError):
        return None
    return both._replace(text=text[found.start() : after.end()]) if both is not None else None


_FROM = "从"


def parse_quantity(s: str) -> Quantity:
    """Read one quantity as written (``近150天``, ``1.34万吨``) with the range its wording admits.

    A verb of change may come first (``同比下降3.8%``: change "-"; ``helpers.text.change``): it gives the
    quantity's ``change`` and is not part of its ``text``, as in the extractor's span. So may 从 before a
    range (``从3到5天`` is the range ``3到5天``), 每 and a unit before either (``每斤5元`` is 5 元/斤, its
    text ``5元``: ``helpers.text.rates``), and 'about' or 'nearly' before those (``约增长3%``, ``约每平方米3.2万元``).
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_quantity needs a string, not {type(s).__name__}")
    written = s.strip()
    text, origin = close_spaces(written)  # 120 人 is read as 120人, its text kept as written (helpers.text.spacing)
    if not text:
        raise ValueError(f"{s!r} is empty: there is no quantity to read")
    quantity = _parse_closed(text, s)
    if origin is None or not text.endswith(quantity.text):
        return quantity
    return quantity._replace(text=written[origin(len(text) - len(quantity.text)) :])


def _parse_closed(text: str, s: str) -> Quantity:
    """``parse_quantity`` on a text with its spaces closed (``s`` as given, for the messages)."""
    if len(text) > _LONGEST_QUANTITY:
        raise ValueError(f"{text[:40]!r}… is too long to be one quantity ({len(text)} characters)")
    qualifier = next((q for q in QUALIFIERS_BEFORE_A_RATE if text.startswith(q)), "")
    if qualifier and len(text) > len(qualifier):  # 约增长3%, 约每平方米3.2万元: before the verb or the rate
        rest = text[len(qualifier) :]
        if rest.startswith(EACH) or qualifier in QUALIFIERS_BEFORE_A_VERB and split_change(rest)[0]:
            inner = _parse_closed(rest, s)
            read = _parse_one(qualifier + inner.text)
            return read._replace(text=inner.text, change=inner.change, unit=inner.unit)
    speed_word = next((w for w in SPEED_WORDS if text.startswith(w)), "")
    if speed_word and len(text) > len(
        speed_word
    ):  # 时速350公里, 时速为350公里: 350 公里/小时, as the extractor reads it
        rest = text[len(speed_word) :]
        at = len(speed_word) + max(len(c) for c in SPEED_COPULAS if rest.startswith(c) and len(rest) > len(c))
        quantity = _parse_closed(text[at:], s)
        speed = speed_before(text, at, quantity.unit)
        return quantity._replace(unit=quantity.unit + speed[1]) if speed else quantity
    if text.startswith(EACH):  # 每斤5元, 每亩增收200元: a rate, read as the extractor reads it (the longest 每 part)
        at, per = max(
            (
                (at, found[1])
                for at in range(2, min(len(text), 33))
                if (found := per_units_before(text, at)) and not found[0]
            ),
            default=(0, ""),
        )
        if per:
            quantity = _parse_closed(text[at:], s)
            return quantity._replace(unit=quantity.unit + per) if takes_a_rate_before(quantity.unit) else quantity
    change, rest = split_change(text)
    if change:  # the verb's direction by the extractor's rule, which looks at the unit too (加息4次: how often)
        quantity = _parse_one(rest)
        return quantity._replace(change=change_before(text, len(text) - len(rest), quantity.unit))
    text = rest
    if text.startswith(_FROM) and len(text) > 1:  # 从3到5天: the range 3到5天
        quantity = _parse_one(text[1:])
        if quantity.kind != "range":
            raise ValueError(f"{s!r}: 从 comes before a range (从3到5天)")
        return quantity
    return _parse_one(text)


#: A qualifier after a rate, as after a unit (3000元/吨左右, 50毫克每立方米以下; 上下, 开外 … only where the phrase ends
#: or before 浮动/波动: 12元/斤上下浮动, not 2元/人上下车).
_AFTER_RATE_RE = re.compile(_QUALIFIER_AFTER_UNIT)
_AFTER_RATE_FIRSTS = frozenset(q[0] for q in QUALIFIERS_AFTER_UNIT)
#: The units a rate written with 每 may have before 每: money and measures (22微克每立方米, 3元每人每天); after a count,
#: 每 begins the next phrase (300人每天参与巡逻, 1000万人每天的生活).
_EACH_UNITS = frozenset(reported_unit(u) for u in (*MEASURES, *MORE_MEASURES, *TEMPERATURE_UNITS)) | frozenset(
    CURRENCIES.values()
)
#: What ends the phrase after a rate written with 每 (22微克每立方米，, 35微克每立方米的标准).
_AFTER_EACH = frozenset("，,。；;：:！!？?、）)」”’》\n 的")


def _qualifier_after_rate(text: str, end: int) -> str:
    """The qualifier written at ``end``, after a rate's per-units (左右, 以上, 上下 where the phrase ends …), or ""."""
    if end >= len(text) or text[end] not in _AFTER_RATE_FIRSTS:
        return ""
    found = _AFTER_RATE_RE.match(text, end)
    return found.group() if found else ""


def rate_at(text: str, start: int, at: int, head: Quantity | None = None) -> tuple[int, Quantity | None] | None:
    """The rate written from ``start``, whose unit ends at ``at`` before a slash or 每 (``3000元/吨``,
    ``22微克每立方米``, ``3000元/吨左右``: ``helpers.text.rates``): (its end, the rate), (its end, None) when it cannot
    be read (a qualifier after it that does not go with the quantity's: ``约3000元/吨以上``), or None when no rate is
    written there. 每 is read as the slash after money or a measure where the phrase ends after the rate
    (``300人每天参与``, ``50元/人每月发放``: no 每 rate; the second reads ``50元/人``). ``head`` is ``text[start:at]``
    read, if it is."""
    found = per_units_at(text, at)
    if found is None:
        return None
    if EACH in text[at : found[0]]:
        if head is None:
            try:
                head = _parse_one(text[start:at])
            except ValueError:
                return None
        after = found[0] + len(_qualifier_after_rate(text, found[0]))
        if not (head.unit in _EACH_UNITS and (after == len(text) or text[after] in _AFTER_EACH)):
            found = per_units_at(text, at, each=False)  # the slashes before 每, if any (50元/人每月发放)
            if found is None:
                return None
    end, per = found
    qualifier = _qualifier_after_rate(text, end)
    try:
        head = _parse_one(text[start:at] + qualifier) if head is None or qualifier else head
    except ValueError:
        return end + len(qualifier), None
    end += len(qualifier)
    if not head.unit:
        return end, None
    return end, head._replace(text=text[start:end], unit=head.unit + per)


def range_of_two(text: str, first: Quantity, second: Quantity, ordered: bool = True) -> Quantity | None:
    """Two figures written whole and joined by a range separator, which the grammar does not read as one (two rates:
    ``3800元/吨-3900元/吨``; two temperatures below zero: ``零下8度至零下6度``) as the range between them, written
    ``text``; None when they make none: another unit, a qualifier on either (whose is it?), equal ends, or, when
    ``ordered``, ends that do not rise (two temperatures written with their signs may come in either order:
    ``零下5度到零下10度`` is [−10, −5])."""
    if second.unit != first.unit or first.qualifier or second.qualifier or first.value == second.value:
        return None
    if first.kind == "range" or second.kind == "range":
        return None  # $45-$60-$70: a range is no end of another
    if ordered and first.value > second.value:
        return None
    low, high = sorted((first.value, second.value))
    return first._replace(
        text=text,
        value=(low + high) / 2,
        low=low,
        high=high,
        kind="range",
        magnitude=first.magnitude or second.magnitude,
    )


def _two_temperatures(text: str) -> Quantity | None:
    """Two temperatures below zero written whole and joined by a range separator (``零下8度至零下6度``, the second
    above zero: ``零下5度到零上3度``; both above zero: ``零上3度至零上8度``) as the range between them, or None when
    the text is not two such; ValueError when they make no range (see ``range_of_two``)."""
    cut = next((i for i, c in enumerate(text) if c in RANGE_SEPARATOR_CHARS), -1)
    if cut < 0:
        return None
    rest = text[cut + 1 :]
    above = rest.startswith(ABOVE_ZERO)
    if not (above or rest.startswith(BELOW_ZERO)):
        return None
    first, second = _parse_one(text[:cut]), _parse_one(rest[len(ABOVE_ZERO) :] if above else rest)
    if above and second.unit == "度":
        second = second._replace(unit=first.unit)
    both = range_of_two(text, first, second, ordered=False)
    if both is None:
        raise ValueError(f"{text!r}: two temperatures that make no range (another unit, a qualifier, the same)")
    return both


def _two_amounts(text: str) -> Quantity | None:
    """Two amounts each written with the same currency word before it and joined by a range separator (``$20-$30``,
    ``人民币3万元至人民币5万元``) as the range between them, or None when the text is not two such; ValueError when
    they make no range (see ``range_of_two``), as the extractor reads them."""
    word = currency_word_at(text)
    cut = next((i for i, c in enumerate(text) if c in RANGE_SEPARATOR_CHARS and text.startswith(word, i + 1)), -1)
    if not word or cut < 0:
        return None
    both = range_of_two(text, _parse_one(text[:cut]), _parse_one(text[cut + 1 :]))
    if both is None:
        raise ValueError(f"{text!r}: two amounts that make no range (another unit, a qualifier, ends that fall)")
    return both


def _rate(text: str) -> Quantity | None:
    """The rate a text writes (a quantity with a unit, a slash or 每 and the units it is per: 3000元/吨, and a
    qualifier after them: 3000元/吨左右), or None when it writes none; the first slash or 每 decides (1/3 is no
    rate)."""
    at = next((i for i, c in enumerate(text) if c in PER_MARKS), -1)
    found = rate_at(text, 0, at) if at > 0 else None
    if found is None:
        return None
    if found[0] < len(text) and text[found[0]] in RANGE_SEPARATOR_CHARS and found[1] is not None:
        second = _rate(text[found[0] + 1 :])  # 3800元/吨-3900元/吨: a range of two rates
        both = range_of_two(text, found[1], second) if second is not None else None
        if both is None:
            raise ValueError(f"{text!r}: two rates that make no range (another unit, a qualifier, ends that fall)")
        return both
    if found[0] != len(text):
        return None
    if found[1] is None:
        raise ValueError(f"{text!r}: a rate needs a unit before the slash (3000元/吨), and no qualifier of two senses")
    return found[1]


_LONGEST_QUANTITY = 64  # characters: more is no one quantity as news writes it


def _parse_one(text: str) -> Quantity:
    """Read one quantity (stripped, not empty) with no verb before it."""
    if len(text) > _LONGEST_QUANTITY:
        raise ValueError(f"{text[:40]!r}… is too long to be one quantity ({len(text)} characters)")
    if (rate := _rate(text)) is not None:
        return rate  # 3000元/吨, 120km/h: see helpers.text.rates
    if text.startswith((*BELOW_ZERO, ABOVE_ZERO)) and (both := _two_temperatures(text)) is not None:
        return both  # 零下8度至零下6度, 零上3度至零上8度
    if text[0] in CURRENCY_WORD_FIRSTS and (both := _two_amounts(text)) is not None:
        return both  # $20-$30, 人民币3万元至人民币5万元
    if "秒" in text and (found := compound_at(text, 0)) and found[0] == len(text) and found[1]:
        return found[1]  # 五分三十秒: minutes and seconds, not a clock time
    if _DATE_RE.fullmatch(text) or YEAR_RE.fullmatch(text):
        raise ValueError(f"{text!r} is a date or a clock time, not a quantity")
    if _CODE_RE.fullmatch(text) and not FULL_RE.match(text):  # 4G, H5 (5g, 9m, 2L are units)
        raise ValueError(f"{text!r} is a product or model code, not a quantity")
    match = FULL_RE.match(text)
    if match is None:
        both = two_bounds_at(text, 0)
        if both is not None and both.text == text:
            return both
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
    re.compile(f"(?P<pre>{_BEFORE})?(?P<body>{pattern})钱?(?P<post>{_QUALIFIER_AFTER_UNIT})?")
    for pattern in LADDER_PATTERNS
)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_JOINED_ON = _DIGIT_CHARS | frozenset(CHINESE_NUMERAL_CHARS)
#: What an amount before a range separator ends with (a digit, a numeral, the last character of a unit of a
#: compound or of a qualifier after a number): 1分到2分30秒 and 1分多到2分30秒 are ranges of amounts, 缩短至2分30秒 one
#: amount after a verb.
_AMOUNT_LAST = (
    _JOINED_ON
    | frozenset(unit[-1] for ladder in LADDERS for unit in ladder.sizes)
    | frozenset(q[-1] for q in (*QUALIFIERS_AFTER_NUMBER, *QUALIFIERS_AFTER_UNIT))
)
_AFTER_RANGE = re.compile(f"[{re.escape(RANGE_SEPARATORS)}](?:{COMPOUND_PATTERN})")
#: A colloquial unit (块, 毛, 米) and one or two Chinese numerals the compound's tail did not take (一块二一斤,
#: 一米八个子); digits after it are a count of their own (1200米3座桥), but not after 秒 or after 米 with one digit
#: before it (``9秒83打破``, ``1米75个子``: hundredths the tail could not take): both numbers are left out
#: (``compound_at``)
_LOOSE_TAIL = re.compile(f"(?<=[{''.join(COLLOQUIAL)}])[{CHINESE_NUMERAL_CHARS}]{{1,2}}(?![{CHINESE_NUMERAL_CHARS}])")
# ---- 角, 毛 and 分 alone as money (2角, 5毛钱, 壹角, 壹分, 负壹角) ----
#: Formal digits that say 角 or 分 alone (壹角, 叁分: cheque forms); not 陆, 伍, 肆, which are word characters
#: too (大陆角逐, 队伍分成, 大肆分).
CENT_FORMAL_DIGITS = "".join(c for c in "壹贰貳叁參肆伍陆陸柒捌玖" if c not in WORD_FORMAL_CHARS)
#: One amount in 角, 毛 or 分 alone, read as money in 元: digits before 角 or 毛 (2角 0.2 元, 5毛钱 0.5 元), not
#: before a word (5角星, 3角形, 角逐, 5毛衣, 毛利, 毛重); a formal digit before 角 or 分, a sign allowed (壹角 0.1 元,
#: 壹分 0.01 元, 负壹角 −0.1 元). Never a Chinese numeral before 角/毛 (三角 a triangle, 八角 star anise, 两毛 two
#: hairs, 五毛 a paid commenter) and never 分 after digits or everyday numerals (5分, 二十分: a score, minutes,
#: 'very'), except with 钱 after it (两毛钱, 三角钱: money). Nothing may follow it that makes it part of a longer
#: amount (2角5分 is read as a compound).
_CENT_NUMERALS = "".join(c for c in CHINESE_NUMERAL_CHARS if c in DIGITS or c in "十拾百佰")
#: Where an amount in words may begin: after no numeral and no money unit (…柒元捌角: 捌角 is a part), or after 零 that
#: ends a word (找零两角五分, 找零两毛钱), with no numeral before the 零.
_AMOUNT_LASTS = f"0-9０-９{CHINESE_NUMERAL_CHARS}元块塊圆圓美"
_AMOUNT_START = f"(?:(?<![{_AMOUNT_LASTS}])|(?<=[{ZEROS}])(?<![{_AMOUNT_LASTS}][{ZEROS}]))"
_CENTS = (
    f"(?<![.．]){_AMOUNT_START}"
    "(?:[0-9０-９]+(?:角(?![星形度落楼樓洲逐色膜质質斗鬥])|毛(?![衣巾绒絨皮发髮病笔筆线線毯坯重利收额額泽澤孩驴驢虫蟲细細囊片竹料边邊躁]))"
    f"|[{re.escape(SIGNS)}]?[{CENT_FORMAL_DIGITS}][角分]|(?![{ZEROS}])[{_CENT_NUMERALS}]+[角毛]钱)"
    f"钱?(?![0-9０-９{CHINESE_NUMERAL_CHARS}零又]|左右|上下|以上|以下|多)"  # 两毛钱左右: a qualifier it does not read
)
_CENT_SIZES = {"角": 10, "毛": 10, "分": 100}  # how many make one 元


def cents_quantity(span: str) -> Quantity:
    """The Quantity of an amount in 角, 毛 or 分 alone (a match of ``_CENTS``): exact, in 元; two neighbouring
    digits are a rough range (七八毛钱: 0.7 to 0.8 元, not 78 毛), other digits side by side are refused (九五毛钱)."""
    written = span.rstrip("钱")
    numeral, size = written[:-1], _CENT_SIZES[written[-1]]
    if numeral in RISING_PAIRS:
        low, high = DIGITS[numeral[0]] / size, DIGITS[numeral[-1]] / size
        return Quantity(span, (low + high) / 2, low, high, "元", "", "range", currency="元")
    if len(numeral) > 1 and all(c in DIGITS for c in numeral):
        raise ValueError(f"{span!r}: Chinese digits side by side before 角 or 毛 are no amount (七八毛: 0.7 to 0.8)")
    number = read_number(numeral)
    value = number.digits / size
    return Quantity(span, value, value, value, "元", "", "exact", currency="元")


# -------------------------------------------------------------------------------------------------
#: The forms the grammar does not start at: 翻N番, 对折 after 打, 角/毛/分 alone, and amounts that begin with 角,
#: 毛 or 分.
WORD_FORM_RE = re.compile(
    f"(?P<double>{DOUBLING_PATTERN})|(?P<halfprice>{DISCOUNT_WORDS})|(?P<cents>{_CENTS})"
    f"|(?P<money>{_AMOUNT_START}"
    f"(?=[0-9０-９{CHINESE_NUMERAL_CHARS}]+[{MONEY_STARTS}])"
    f"(?:{COMPOUND_PATTERN}))"
)
_RUN = f"[{CHINESE_NUMERAL_CHARS}0-9０-９]"
#: Where a word form may begin (翻, 对折, a numeral before 角, 毛 or 分): a pattern that begins with a character
#: class, which ``re`` skips through in C, so that a text is scanned for word forms at the cost of a set test a
#: character; ``WORD_FORM_RE`` is then matched at each place found.
WORD_FORM_START_RE = re.compile(
    f"[翻对對{CHINESE_NUMERAL_CHARS}0-9０-９{re.escape(SIGNS)}](?:(?<=翻)|(?<=[对對])折"
    f"|(?<![{re.escape(SIGNS)}])(?<!{_RUN}{_RUN}){_RUN}*+[{MONEY_STARTS}]"
    f"|(?<=[{re.escape(SIGNS)}])(?=[{CENT_FORMAL_DIGITS}][角分]))"  # 负壹角: the sign is part of the amount
)
#: A formal digit before 分 (壹分): a text with 分 and none of 番, 折, 角, 毛, 秒 is scanned for word forms only then.
FORMAL_CENT_RE = re.compile(f"[{CENT_FORMAL_DIGITS}]分")


def _compound_quantity(text: str, match: re.Match[str], before: str, after: str) -> Quantity | None:
    """The Quantity of a compound match (see ``compound_at``), None when its units are of two measures or it
    is one part; raises ValueError when it is not well formed."""
    if YEAR_RE.match(match.group("body")):
        return None  # 2020年3个月: a year, then a span
    compound = read_compound(match.group("body"), before, after)
    if compound is None:
        return None
    qualifiers = [q for q in (match.group("pre"), match.group("post")) if q]
    kind = _kind(qualifiers, Number(0, 0), compound.rounded, text) if qualifiers or compound.rounded else "exact"
    # the exact value and steps as numerators over one denominator (20: room for halves and tenths), as ``bounds``
    denominator = lcm(compound.value.denominator, compound.step.denominator) * 20
    value, step = int(compound.value * denominator), int(compound.step * denominator)
    low, high = ends(kind, value, step // 2, step * 10 ** trailing_zeros(compound.last), compound.rounded)
    currency = CURRENCIES.get(compound.unit, "")  # 123元1角1分 is money: its currency is its unit's
    return Quantity(
        text,
        value / denominator,
        low / denominator,
        high / denominator,
        compound.unit,
        "".join(qualifiers),
        kind,
        currency=currency,
    )


_WORD_SIGNS = frozenset("负負")  # the sign written as a word; a dash before an amount may join a range


#: The currency words written before an amount (人民币, 港币, US$ …), the longest first, and their first characters.
_CURRENCY_WORDS_BEFORE = tuple(sorted(CURRENCIES_BEFORE, key=len, reverse=True))
CURRENCY_WORD_FIRSTS = frozenset(w[0] for w in CURRENCIES_BEFORE)


def currency_word_at(text: str, start: int = 0) -> str:
    """The currency word or sign written at ``start`` (人民币, HK$, ￥ …: ``CURRENCIES_BEFORE``), the longest, or ""."""
    if text[start : start + 1] not in CURRENCY_WORD_FIRSTS:
        return ""
    return next((w for w in _CURRENCY_WORDS_BEFORE if text.startswith(w, start)), "")


def compound_at(text: str, start: int) -> tuple[int, Quantity | None] | None:
    """An amount in several units of one measure that begins at ``start`` (``123元1角1分``, ``两年零三个月``):
    (its end, its Quantity); (end, None) when such an amount is written but cannot be read (``3斤15两``,
    joined to a range: ``五块六到五块七毛八``, or a colloquial digit with a numeral after it: ``一块二一斤``), so
    that no part of it is read; None when there is none. 负 before an amount of money makes it negative, as a
    cheque writes a debit (``负叁元贰角`` is −3.2 元); before any other amount it is not read. A currency word before
    an amount of money gives it its currency (``人民币123元4角5分``, ``港币3元5角`` is 3.5 港元); before any other
    amount, or one in another currency, the amount is not read."""
    word = currency_word_at(text, start)
    if word:
        found = compound_at(text, start + len(word))
        if found is None or found[1] is None:
            return found
        end, quantity = found
        currency = CURRENCIES_BEFORE[word]
        if quantity.currency not in ("元", currency) or quantity.unit not in CURRENCIES.values():
            return end, None  # 人民币3年5个月, 港币3美元5美分: no such amount
        return end, quantity._replace(text=text[start:end], unit=currency, currency=currency)
    if text[start : start + 1] in _WORD_SIGNS:
        found = compound_at(text, start + 1)
        if found is None or found[1] is None:
            return found
        end, quantity = found
        if quantity.unit not in CURRENCIES or quantity.qualifier:
            return end, None  # 负两年三个月, 负约3元5角: no such amount
        return end, quantity._replace(
            text=text[start:end], value=-quantity.value, low=-quantity.high, high=-quantity.low
        )
    match = max((m for m in (r.match(text, start) for r in _COMPOUND_RES) if m), key=lambda m: m.end(), default=None)
    if match is None:
        return None
    end = match.end()
    loose = _LOOSE_TAIL.match(text, end)
    if loose and not match.group("post"):  # 一块二一斤: 1.2 元 a 斤, or 一块 and 21 斤? Not read
        return loose.end(), None
    body = match.group("body")
    if text[end : end + 1] in _DIGIT_CHARS and (body[-1] == "秒" or body[-1] == "米" and len(body) == 2):
        digits = end + 1
        while text[digits : digits + 1] in _DIGIT_CHARS:
            digits += 1
        return digits, None  # 9秒83打破, 1米75个子: 9.83 秒, 1.75 米 before a word; neither 1 米 nor 75 个
    after = text[end : end + 1]
    try:
        quantity = _compound_quantity(match.group(), match, text[max(0, start - 2) : start], after)
    except (ValueError, ArithmeticError):
        return end, None
    if quantity is None:
        return None
    if after and after in RANGE_SEPARATOR_CHARS:  # 五块六到五块七毛八: a range of amounts, not read
        other = _AFTER_RANGE.match(text, end)
        return (other.end() if other else end), None
    before = text[start - 1 : start]
    if before in "又余" and before or before in RANGE_SEPARATOR_CHARS and text[start - 2 : start - 1] in _AMOUNT_LAST:
        return end, None  # 米六到三米九, 一年又一个月21天, 1分到2分30秒 (but 缩短至2分30秒: the verb's 'to')
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
    if match.group("cents") is not None:
        try:
            return end, cents_quantity(span)
        except ValueError:
            return end, None  # 十百毛钱: no numeral
    found = compound_at(text, match.start())
    return found if found and found[0] >= end else None


def _word_form_at(text: str) -> tuple[int, Quantity | None] | None:
    """A word form (翻两番, 打对折) or an amount from 角/毛 that is all of ``text``, as ``compound_at`` gives it."""
    match = WORD_FORM_RE.fullmatch(text)
    if match is None and text[:1] == "打":  # 打对折, 打了对折: the span is 对折
        match = next((m for m in WORD_FORM_RE.finditer(text) if m.end() == len(text)), None)
    return None if match is None else word_form_quantity(match, text)
