"""Finding every quantity in a Chinese news text, with its exact span and the range its wording admits.

``find_quantities`` runs the grammar of ``helpers.text.quantity`` over a text and keeps the
matches that are measured quantities. Written by hand (on ``re``) because no library
reads Chinese quantities with their qualifiers and ranges; cn2an converts numerals but
does not find spans, counters or qualifiers. A Chinese numeral with 万/亿 or a qualifier needs no unit
(``总投资四千万``, ``一千多万``, ``十几万``, ``四百多``), as for digits. Longer than the house's 500 lines because the
scan loop, the exclusions it tests inline and the fast path of ``meaning_at`` (the commonest spans in digits
read with integers) must sit together for speed (the loop runs once per match); the word rules are in
``helpers.text.words``. What it does not report:

* product, model and road codes (``N95``, ``H5``, ``4G``, ``S26``, ``SARS-CoV-2``): a Latin
  letter or a digit touches the number;
* ordinals (``第2批``, ``第一批``) and quarters (``二季度``); a number after × (``4×100米接力``, a relay; ``3×5米``)
  and a longitude or latitude (``东经120度``, ``北纬30度``);
* dates, clock times and years (``2月22日``, ``8时30分``, ``2020年``): 月, 日, 时, 点 and 分
  are not counters, and a four-digit number before 年 is a year;
* ``一`` as the article 'a' (``一批``, ``一场``) unless a qualifier or 万/亿 makes it a count, or a currency, a
  multiple, a percentage point or a measure of two characters follows (``一美元``, ``一元``, ``一倍``, ``一个百分点``,
  ``一公里``: one; not ``一元化``, ``一元二次``, ``一升一降``, ``一度``, nor after a word 一 ends: ``周一美元指数``,
  ``统一公里数``, ``每一公里``), and
  ``零`` alone (``零件``, ``零部件``, ``零容忍``: a word or a slogan; news writes a zero count ``0例``);
* slogans and idioms built on numerals: Chinese numerals inside a short quotation
  (``“百名局长帮百企”``, ``“三服务”``) or inside a known idiom (``千家万户``, ``千方百计``, ``两个一百年``);
* numerals inside words and names (the rules are in ``helpers.text.words``): a name with a numeral and a
  counter character (``七台河``, ``五台山``, ``三只松鼠``); a numeral of place characters alone
  (``百度``, ``百家号``, ``千人计划``, ``千万`` 'by all means', ``万元`` as a column's unit; ``上万``,
  ``近百``, ``万余人`` are read); ``万一``; ``二`` alone before a counter (``二期工程``, ``二次创业``,
  ``二元结构``); digits side by side (``一二三期``, ``五一期间``); one digit with a qualifier and no unit
  (``一来``, ``超一流``); a counter that begins a word (``五一期间``, ``八十年代``, ``5000万人民币``);
  a day (``周三起``, ``大年初三起``); anything inside a web address or after ``%`` (``q=30%25``,
  ``%2020%``); phone numbers (``0571-88888888``, ``400-800-8888``: a bare number, and a dash never
  joins them into a range);
* a number cut out of a longer one, which it would misread: ``1万600吨``, ``5万4千6百吨``, ``2千零30万``,
  ``一百点123吨``, ``倆千两百吨``, ``1亿3000万元`` (neither part), ``月薪一万三`` (the grammar reads
  ``一万三`` only before a unit), and a part of an amount in several units (``三米九``, ``3斤5两``,
  ``4年7个月``, ``三年零五个月``, ``2小时45分``): such an amount is read whole (``helpers.text.compound``), and when
  it cannot be (``两年21天``: a month is 28 to 31 days) it is left out whole, no part of it read alone;
* the ends of a range the grammar does not read: ``两~3百日元``, ``2——3万`` (neither end, and no −3万), a range
  written with spaces around a dash or tilde (``20 - 100个``, ``5% - 10%``; spaces around digits are closed
  first, ``30 至 80 个`` is read whole: ``helpers.text.spacing``) or that does not rise (``九到四天``, ``8万至2万元``:
  the first end alone would lose the unit, see ``_loses_the_unit``), and ``八到三百人`` (8 to 300, or 80 to 300?
  ``parse_quantity`` refuses it by the same rule); ``1万(含)-5万元`` and ``八到九百元`` (800 to 900) are read whole;
* after a digit, a full-width comma is a thousands separator only before exactly three digits
  (``8，123吨``; ``电话012，1-2个月`` reads ``1-2个月``), a half-width one before any (``7,2500吨`` is left out);
* colloquial forms that say 'per' or begin a word: ``两千一个月`` (2000 a month), ``三万一线员工``
  (一线 'front line'), and ``2万来京`` (来 'come');
* a bare number with neither counter, unit, 万/亿 nor qualifier;
* fractions written with a slash (``1/3``; a unit before the slash makes a rate: ``3000元/吨``, ``helpers.text.rates``),
  and a numeral after the 数 of a noun (``人数十万``: the
  headcount and 十万, or 人 and 数十万? left out; ``数十家`` alone is "several tens", read as 几十);
* a qualified number with no unit and no 万/亿 before a Chinese character that may be a unit the reader
  does not know (``起码三蚊``, ``最少五吋``); before punctuation or a function word it is read (``超过了80？``,
  ``低于100的``);
* the last of a list of ordinals (``第1、2批``, ``第一、二批``);
* 個 after a currency word (``港幣三個一毫四``: Cantonese 3.14 dollars, not 3 个); a share of a measure before a
  word (``三分之一公里路``: read only where the phrase ends).
* names and the like (``_in_title``, ``a_short_year``, ``_POINTS_OR_RE`` …): any number inside a title 《…》 but a
  count of what a document holds (《五十块钱》 no; 《…二十条意见》 yes); a number followed by a colon and a digit (a
  clock time: ``美元16:30收盘``); a currency word and a number after 兑 or 对 (a quote: ``人民币兑美元7.1268``); a
  year written with two digits before what happens in it (``23年毕业``, ``24年营收``, ``从18年开始``); a rank
  (``跻身全国前十位``; ``前50名报名的市民`` counts); the number after 每 (``每10股``, ``每100克``: what a rate is per);
  the digits after 兆 that follows a number (``2兆9,165億元``).

A currency before digits and another currency after a full-width comma in them (``$20，300美圆``) are two prices
in a list, each read alone (``$20``, ``300美圆``): the comma is the clause comma (``_AT_COMMA``).

A qualifier is dropped when it belongs to a word: ``最近3天`` is 3 days, not nearly 3. So is 近 meaning
"the last" (``THE_LAST_UNITS``): before a time span followed by 来, 以来, 内, 中, 里 or 间 (``近10年来``,
``近5年以来``), or opening a clause (``据统计，近7天…``), ``近10年`` is 10 years, exact. Anywhere else 近
is "nearly" (``供粮近150天`` → [135, 150], ``历时近3年``, ``近2000条``), and so at the very start of a
text, as ``parse_quantity`` reads ``近10年`` alone, unless a clause's punctuation follows the span there
(``近三年，全县…`` opens a clause).

Plain numbers joined by 、 before a quantity share its unit (``3、5、7天``, ``分别增加了187、28、20倍``):
each is reported with its own span (the number alone) and the list's unit, and the direction of change
before the first; not when the last has 万/亿 (``8000、3万元``: 8000万 or 8000? only 3万元 is read).
Quantities that each write their unit share the change of the first (``分别增长8.1%和9.3%``, ``下降3%、5%和7%``:
all rises, all falls) when only a joiner of ``LIST_JOINERS`` (、, 和, 与, 及, 以及, 或) stands between each two.
A qualifier written before the first number of a list is every number's after 分别, 均 or 都 in its clause
(``分别超过30%和40%``, ``均不低于3、5、8天``: each a lower bound), else the first's alone (``超过30%和40%的企业``: 40%
as written); a number the qualifier cannot go with leaves the list out.
A qualifier after the noun of one or two characters that follows a counter, where the phrase ends (``20个人左右``,
``3个人以上才能``, ``50本书以上``), is the number's (``_LATE_QUALIFIER_RE``); with no unit (``一万步以上``) or another
qualifier (``近30个人左右``) the figure is left out.
A lower and an upper bound written together are one range (``最多100最少20个`` → [20, 100];
``quantity.two_bounds``).

``change`` (``+``, ``-`` or empty) is the direction of change the words before a quantity give
(``同比下降3.8%`` → ``-``), by the rule of ``helpers.text.change``; ``signed_value`` is −value for a fall.
Hyperbole with a counter is reported as written (``一万个理由`` → 10000 个): no rule tells it from a count.

A range is read as two quantities where it cannot be one (``增长10%至5000亿元``: 10% and
5000亿元), and after a verb of change when 至 or 到 joins two ends that both write the unit
(``增加200家至1200家``: by 200, to 1200), but for percentage points and for percentages of the same order in a
clause that names no rate, which are the change itself (``净利润同比下降50%至80%``: one range, a fall;
``_change_split``). Also left out: ``四分之一决赛`` (a
round of a contest), ``三年级`` (a school year), ``15来自`` ('come from', not 'about 15'), and a quantity followed
by a 半 the grammar does not read (``五吨半成品``: 5 t of semi-finished goods, or 5.5 t?), so the quantity is
left out, not misread (``两年半``, ``1个半小时`` are read whole: ``helpers.text.halves``).

Amounts in several units (``123元1角1分``, ``两年零三个月``: ``helpers.text.compound``) are read as one
quantity spanning them all: a grammar match whose unit can begin one is read on (``compound_at``), and an
amount written but not readable (``3斤15两``) is left out whole. The word forms the grammar does not start
at (``翻两番``, ``打对折``, ``两角五分``: ``WORD_FORM_RE``) are found in one more scan (``WORD_FORM_START_RE``, a
pattern that begins with a character class), only in a text that holds 番, 折, 角, 毛 or 秒; they replace any
grammar match they overlap, and when one is left out (``第4分20秒``: a moment), no part of it is read either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

from helpers.text.change import (
    CHANGE_LAST_CHARS,
    DEVIATION_VERBS,
    DURATION_UNITS,
    change_at,
    change_before,
    comparison_start,
    follows_change_verb,
)
from helpers.text.compound import HEADS
from helpers.text.halves import HALF, HALF_ENDS
from helpers.text.idioms import IDIOMS
from helpers.text.numerals import (
    CHINESE_NUMERAL_CHARS,
    MAGNITUDES,
    MAX_DIGITS,
    PLACE_CHARS,
    RANGE_SEPARATOR_CHARS,
    SIGNS,
    ZEROS,
    Number,
)
from helpers.text.quantity import (
    BARE_NUMBER_RE,
    BREAK_QUALIFIERS,
    CURRENCY_WORD_FIRSTS,
    FORMAL_CENT_RE,
    FULL_RE,
    NUMERAL_CHARS,
    PLACE_QUALIFIERS,
    QUALIFIERS_AFTER_UNIT,
    QUALIFIERS_BEFORE,
    QUALIFIERS_BEFORE_A_RATE,
    QUALIFIERS_BEFORE_A_VERB,
    QUANTITY_RE,
    SCAN_RE,
    SEVERAL,
    SINGLE_QUANTITY_RE,
    TO_JOINERS,
    WORD_FORM_RE,
    WORD_FORM_START_RE,
    YEAR_RE,
    Quantity,
    bounds,
    compound_at,
    currency_word_at,
    one_number_bounds,
    parse_quantity,
    quantity_from_groups,
    range_of_two,
    rate_at,
    split_before,
    two_bounds_at,
    word_form_quantity,
)
from helpers.text.rates import (
    PER_MARKS,
    PER_UNITS,
    SPEED_LASTS,
    per_units_before,
    speed_before,
    takes_a_rate_before,
)
from helpers.text.ratios import DISCOUNT
from helpers.text.spacing import close_spaces, has_spaces, splits_a_word
from helpers.text.traditional import words_with_traditional
from helpers.text.units import (
    ABOVE_ZERO,
    BELOW_ZERO,
    CURRENCIES,
    CURRENCIES_BEFORE,
    MEASURES,
    MORE_MEASURES,
    ORDINAL_UNITS,
    PERCENT_UNITS,
    POINT_UNITS,
    SHARE_SIGNS,
    TEMPERATURE_UNITS,
    UNITS,
    UNITS_WITH_QUALIFIER,
    reported_unit,
)
from helpers.text.words import (
    a_short_year,
    breaks_a_longer_form,
    next_char_rules_out,
    numeral_word,
    word_positions,
)

__all__ = [
    "COLUMNS",
    "IDIOMS",
    "LIST_JOINERS",
    "MAX_SPAN",
    "MEANINGS",
    "ONE_MEASURES",
    "Meaning",
    "PLAIN_COUNTERS",
    "SLOGAN_QUOTE_MAX",
    "find_quantities",
    "iter_quantities",
    "meaning_at",
    "read_at",
]

#: The columns of ``find_quantities``: the span, the reading, and (``signed_value``) the value with the
#: direction of its change.
COLUMNS = ["start", "end", "text", "value", "low", "high", "unit", "qualifier", "currency", "change", "signed_value"]
MAX_SPAN = 64
SLOGAN_QUOTE_MAX = 12  # characters inside “…” up to which a quoted phrase is a slogan, not a statement
TITLE_MAX = 40  # characters inside 《…》 (the title of a book, a film, a law, a report): a name, whatever it counts

_WORD_QUALIFIERS = {
    "近": "最附邻靠就",
    # 签约, 合约, 预约 …: 签约有300人 is 300 people, 合约为3年 3 years (约有, 约为, 约合, 约达 and 約 alike)
    **dict.fromkeys((q for q in QUALIFIERS_BEFORE if q[0] in "约約"), "签簽合预預节節条條公制契履违違相邀纽紐续續解"),
    # 吃不下, 放不下, 居高不下, 僵持不下: a verb, not 'no fewer than'
    "不下": "吃放住坐装裝容睡咽停拿写寫记記撑撐留搁擱丢丟舍捨割抛拋躺挤擠塞高持执執",
    # 桌上, 身上, 晚上 …: a place or a time (桌上百元大钞, 晚上千万别), and 加上, 算上, 马上, 登上 …: verbs; not 'more
    # than' (有上百家, 全国上万名, 医院上千名 are: after most nouns 上 is 'more than'; 镇上百年 stays ambiguous)
    "上": "桌身墙牆床脸臉纸紙榜加算马馬赶趕跟踏登爬晚早站跨迈邁攀",  # 站上千亿台阶: reached
    # 打破, 冲破, 看破 other verbs: not 'more than' (跌破, 涨破 are bounds of their own)
    "破": "突打攻冲衝看识識爆击擊跌踏点點磨道说說戳",
    # 买超, 卖超 (Taiwan's net buying and selling), 出超, 入超 (a trade surplus, a deficit), 反超, 赶超, 追超, 连超
    # (to overtake): an amount or a count, not 'more than'
    "超": "买買卖賣出入反赶趕追连連",
    "不及": "来來顾顧赶趕措始望",  # 来不及, 顾不及, 措手不及: a verb
}
#: 近 before a time span means "the last" (近10年来, 近三年以来, 近5年内: a span read exact, like 最近3天),
#: not "nearly" (供粮近150天, 历时近3年): when what follows the span says so, or when 近 opens a clause.
THE_LAST_UNITS = frozenset({"年", "个月", "周", "星期", "天", "小时", "交易日", "工作日", "场", "期", "轮"})
# and a record over that span: 创近两年新低, 近16年最高, 近三年同期 (创 before it too: 創下近三年), and what a market
# or a company did over it (该股近20个交易日累计下跌, 基金近一年收益率, 近三年营收): in traditional characters too
THE_LAST_AFTER = words_with_traditional(
    ("以来", "来", "内", "中", "里", "间", "时间里", "时间内")
    + ("新高", "新低", "最高", "最低", "最大", "最小", "同期", "高点", "低点")
    + ("累计", "年均", "复合", "收益", "涨幅", "跌幅", "增幅", "降幅", "增速", "营收", "业绩", "走势")
    + ("回报", "净值")  # 基金近一年回报率, 近三年净值增长
    + ("比赛中", "比赛里", "联赛中", "开出")  # 在近5场比赛中, 近10期开出的一等奖: the last matches, draws
)
THE_LAST_BEFORE = ("创", "創", "创下", "創下", "刷新", "在")  # 在近5场比赛中, 在近10年里
_CLAUSE_START = frozenset("，,。；;：:！!？?、（(“\n")
#: 数 after these is the end of a noun (人数, 总数, 次数, 例数, 天数 …), not 'several': 人数十万 is left out.
_NOUN_BEFORE_SEVERAL = frozenset("总基分指系少多半无参函字读股页题") | frozenset(u for u in UNITS if len(u) == 1)
#: Plain numbers joined by 、 before a quantity that ends the list, the last joiner 、 or a word of ``LIST_JOINERS``
#: (3、5、7天; 分别增加了187、28、20倍; 分别减少12、8和5家): each is a quantity in the list's unit. Not after 第
#: (第1、2批: ordinals), a code or a longer number.
_LAST_JOINER = "(?:、|和|与|與|及|或)"
_LIST_ITEMS_RE = re.compile(rf"(?<![0-9A-Za-z.．/／第\-])(?:[0-9]+(?:\.[0-9]+)?、)*[0-9]+(?:\.[0-9]+)?{_LAST_JOINER}\Z")
_LIST_ITEM_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: 第 before the first of numbers joined by 、 makes every one an ordinal: 第1、2批, 第一、二批, 第3和4名.
_ORDINAL_LIST_RE = re.compile(f"第(?:[0-9{NUMERAL_CHARS}]+、)*[0-9{NUMERAL_CHARS}]+{_LAST_JOINER}\\Z")
_LIST_LASTS = frozenset("、和与與及或")
_LIST_MAX = 60
_BOUNDS = frozenset({"more", "less"})
#: The bounds written before a number, and a negation (and a modal verb) right before one: 不可以超过, 未能突破,
#: 禁止超过 (not 分别超过, 不仅超过, 未来超过, 无锡超过: other words).
_BOUND_QUALIFIERS = frozenset(q for q, meaning in QUALIFIERS_BEFORE.items() if meaning in _BOUNDS)
_NEGATED_RE = re.compile(
    "(?:(?<![分个個特告无無])不|(?<!从)未|没|沒|禁止|勿)(?:可以|可|能够|能夠|能|应该|應該|应|應|会|會|得|该|該|准|準|许|許)?\\Z"
)
#: A negation of two characters a few words before a bound (从未真正超过20人, 并不一定高于): it turns the bound, or not.
_NEGATION_WORD_RE = re.compile(
    "(?:不得|不能|不可|不会|不會|不应|不應|未能|未曾|从未|從未|从不|從不|并未|並未|并不|並不|尚未|没有|沒有|没能|沒能"
    "|绝不|絕不|决不|決不|禁止|严禁|嚴禁)[^，。；;,、0-9０-９]{0,4}\\Z"
)
#: 跌破 and 升破 before an exchange rate (人民币兑美元跌破7): which side of it the rate is on depends on how it is
#: quoted, so it is left out.
_FLIPPED_RATE_RE = re.compile("(?:兑|兌|汇率|匯率)[^，。；;,]*\\Z")
#: What may follow a qualified number written with no unit and no 万/亿 (超过了80？, 低于100的, 大于50并小于12):
#: any other Chinese character may be a unit the reader does not know (起码三蚊, 最少五吋), so it is left out.
_AFTER_BARE_QUALIFIED = frozenset(
    "的并和与或及且而就时后前则以也都还又才了之，。；：！？、" + "小大低高少多不最至超逾近约"
)  # characters of items looked at before the quantity that ends a list
_ARTICLE_ONE = frozenset("一壹幺")
_WORDS_OF_CURRENCY = tuple(CURRENCIES_BEFORE)  # 港幣, 人民币, $ …: written before an amount
_PHRASE_ENDS_RE = re.compile(HALF_ENDS)  # what may follow a share of a measure (三分之一公里，), as after a half
_ZEROS = frozenset(ZEROS)


def _negated(padded: str, at: int) -> bool:
    """Whether a negation stands before the bound written at ``at``: right before it, with a modal verb or not (不可以,
    未能, 禁止), or a negation word a few characters before (从未真正)."""
    return bool(_NEGATED_RE.search(padded, max(0, at - 4), at) or _NEGATION_WORD_RE.search(padded, max(0, at - 8), at))


def _more_than_a_bare_number(padded: str, end: int) -> bool:
    """Whether what follows a qualified number with no unit and no 万/亿 makes it part of something else: a word the
    reader does not know as a unit (起码三蚊), a clock time (约10时30分, 约16时许), a ratio (约3:1), a power (约10^6)
    or a thousands group after a space (约5 000人)."""
    after = padded[end]
    if after in "时時":
        return padded[end + 1] in _TIME_AFTER_HOUR
    if "\u4e00" <= after <= "\u9fff":
        return after not in _AFTER_BARE_QUALIFIED
    if after in " \u00a0\u3000":
        return padded[end + 1 : end + 2].isdigit()
    return after in ":：^×✕⁰¹²³⁴⁵⁶⁷⁸⁹"


#: What after 时 makes a clock time of the number before it (10时30分, 16时许), not 'when' (低于100时).
_TIME_AFTER_HOUR = frozenset("0123456789０１２３４５６７８９许許左前后後零一二三四五六七八九十半整）)")


#: Inside a title these count what a document holds, a figure (《关于支持企业共渡难关的二十条意见》: twenty articles).
_COUNTS_OF_A_DOCUMENT = frozenset("条條项項款点點招章节節")


#: A qualifier after a noun of one or two characters that follows a counter, where the phrase ends or before 才,
#: 就 or 的 (20个人左右, 3个人以上才能抬动, 50本书以上): the number's; not after 的, 和 … (a longer phrase), nor 左右
#: or 上下 going on (20个村左右两侧, 3个人上下车).
_LATE_QUALIFIER_RE = re.compile(
    f"[^{NUMERAL_CHARS}多余来的之和与及或在是为有了着过地得，,。；;、！!？?\\s0-9０-９\x00-\x7f]{{1,2}}?"
    "(以上|以下|以内|左右|上下)(?=[，,。；;、！!？?\\s的才就]|\\Z)"
)
_LATE_QUALIFIER_FIRSTS = frozenset("以左上")


def _in_title(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a title 《…》 of at most ``TITLE_MAX`` characters (《三个和尚》, 《五十块钱》,
    《十八岁的天空》): the words of a name, no figure; not a count of what a document holds (《…二十条意见》)."""
    if text[end - 1] in _COUNTS_OF_A_DOCUMENT:
        return False
    left = text.rfind("《", max(0, start - TITLE_MAX), start + 1)
    if left < 0 or "》" in text[left:start]:
        return False
    right = text.find("》", end, left + TITLE_MAX + 2)
    return right >= 0 and "《" not in text[end:right]


#: Quotation marks: “…”, 「…」 (Hong Kong, Taiwan) and the straight "…" of web text (which opens and which closes
#: is told by counting: an even number of them before it opens).
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ('"', '"'))


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quotation (``_QUOTE_PAIRS``) of at most SLOGAN_QUOTE_MAX characters."""
    for opening, closing in _QUOTE_PAIRS:
        left = text.rfind(opening, max(0, start - SLOGAN_QUOTE_MAX), start + 1)
        if left < 0 or closing in text[left + 1 : start] or opening == closing and text.count(opening, 0, left) % 2:
            continue
        right = text.find(closing, end, left + SLOGAN_QUOTE_MAX + 2)
        if right >= 0 and right - left - 1 <= SLOGAN_QUOTE_MAX:
            return True
    return False


_BIG = frozenset(MAGNITUDES)
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LATIN_WORD_CHARS = frozenset(_ASCII_LETTERS + "0123456789")
_FULL_WIDTH_LETTERS = "".join(chr(ord(c) + 0xFEE0) for c in _ASCII_LETTERS)  # Ａ … ｚ
# a code (N95, Ｎ95), a longer number, 1/3, 第2批
_NOT_BEFORE = frozenset(_ASCII_LETTERS + _FULL_WIDTH_LETTERS + "0123456789.-．－/／第×✕")
#: What joins the quantities of a list (3%、5%和7%): a quantity right after one that has a change, with one of these
#: alone between, has the same change (分别增长8.1%和9.3%: two rises).
LIST_JOINERS = frozenset(("、", "和", "与", "與", "及", "以及", "或", "或者"))
_JOINER_LAST = frozenset(j[-1] for j in LIST_JOINERS)
# a code (4G, 百分之15Ｋ), 1/3, 二季度, 三年级, a half not read (五吨半成品), and the magnitude 兆 the reader leaves
# out (新台幣1.05兆元 is 1.05 trillion, 128兆 a size in megabytes: not 新台幣1.05 nor 128 of anything)
_NOT_AFTER = frozenset(_ASCII_LETTERS + _FULL_WIDTH_LETTERS + "/／季级級半兆")
#: A letter after a unit written in Chinese characters starts the next word (14家A级景区, 3个G的流量): only a letter
#: that touches the number or a Latin unit makes a code.
_LETTERS = frozenset(_ASCII_LETTERS + _FULL_WIDTH_LETTERS)
#: A compound may go on after a match that ends in one of these (the last character of a unit of ``HEADS``)
#: and is followed by one of ``_CONTINUES`` (a numeral, a digit, 又): two set lookups a match.
_HEAD_LAST = frozenset(u[-1] for u in HEADS) | frozenset("塊圆圓時頭鐘呎歲")
_CONTINUES = frozenset(CHINESE_NUMERAL_CHARS + "0123456789０１２３４５６７８９又")
#: The characters a word form (WORD_FORM_RE) needs: a text without them is not scanned for one.
_WORD_FORM_CHARS = ("番", "折", "角", "毛", "秒")
#: The money units after which a word form is the last part of a longer amount (…柒元捌角玖分: not 玖分 alone).
_MONEY_PARTS = frozenset("元圆圓块塊角毛")


def _counts_one(unit: str) -> bool:
    """Whether 一 before this unit is a number, not the article: 一折 (10 %), 一年半, 一个半小时, 一倍, 一个百分点,
    and a measure of two characters or more (一公里, 一平方米, 一公升: see ``ONE_MEASURES``)."""
    return bool(unit) and (unit == DISCOUNT or HALF in unit or unit in ONE_MEASURES)  # 人民币一: the article rule


#: Units after which 一 is the number one, whatever the words around (unless 一 ends a word before it: 统一公里数): a
#: multiple (一倍), a percentage point (一个百分点) and every measure of two characters or more (一公里, 一公斤,
#: 一平方米, 一毫升, 一英里), as written. A one-character measure stays the article rule: 一升一降 and 统一升级 are
#: verbs, 一度 is 'once', 一米阳光 a name.
ONE_MEASURES = frozenset(("倍", *POINT_UNITS)) | frozenset(u for u in (*MEASURES, *MORE_MEASURES) if len(u) > 1)


#: 一成 is a tenth where the phrase ends (偏多一成。, 一成的, 一成左右 with its qualifier); elsewhere 成 begins a word
#: (一成不变, 一成功就, 一成为).
_ONE_TENTH_AFTER = frozenset("，,。.；;：:！!？?、）)」”的了 \n")
#: 一 before a currency is the number one (一美元, 一元, 一港元), not the article, unless a word follows that makes
#: 一元 a term or a word (一元化, 一元论, 一元二次方程, 一元复始, 一元多项式, 每一元素, 一元宵) ...
_ONE_CURRENCY_WORD_AFTER = frozenset("化论論复復次二三函方制性多素宵首帅帥老件器勋勳凶")
#: ... or 一 ends a word before it (周一美元指数 is Monday's dollar index; 统一, 唯一, 之一, 初一, 逐一, 星期一, 每一).
_ONE_IN_WORD_BEFORE = frozenset("周週期拜统統唯之初逐单單同专專划劃独獨合归歸其任万萬每")


def _one_by_rule(quantity: Quantity) -> bool:
    """Whether a quantity that starts with 一 was read because of its unit (a currency or ``ONE_MEASURES``), which a
    word 一 ends (周一美元指数, 统一公里数) makes no figure."""
    return bool(quantity.currency) or quantity.text[1:] in ONE_MEASURES


def _one_is_money(quantity: Quantity, after: str) -> bool:
    """Whether 一 with this quantity's unit is the number one: a currency, not a term (一元化)."""
    return bool(quantity.currency) and after not in _ONE_CURRENCY_WORD_AFTER


#: 每 (every) right before a number: the number is what a rate is per (每10股派发现金红利3元, 每100克含蛋白质12克).
_PER = frozenset("每")
#: A floor's number after 在 or 位于 and the place (位于大厦28层, 发生在该楼12层, 在18层的办公室) or after a building
#: and 的 (3号楼的6层至10层): where, not how many floors (共58层, 1号楼18层, 新建5幢12层住宅楼 count them).
_A_FLOOR_RE = re.compile("(?:(?:在|位于|位於|住在|设在|設在)[^，,。；;：:、\\s0-9０-９]{0,8}|[楼樓厦廈座栋棟幢]的)\\Z")
_FLOORS = frozenset({"层"})
#: 至 or 到 after a verb of change between a rate and the next amount (每吨1.2万元跌至8000元, 每斤8元涨到10元): the
#: level it came to, in the rate's unit (涨到了5元 too); the verb and 至 hold at most this many characters.
_TO_A_LEVEL = frozenset("至到")
_MOVED_MAX = 6
#: A span of time before the name of a circle of services (15分钟便民生活圈, 1小时经济圈, 半小时通勤圈): a plan's name
#: (the circle reached in that time), not a duration.
_A_CIRCLE_RE = re.compile(
    "(?:便民|公共)?(?:生活|健身|服务|服務|经济|經濟|通勤|交通|就医|就醫|就业|就業|文化|商业|商業|旅游|旅遊|养老|養老"
    "|医疗|醫療|教育|运动|運動|阅读|閱讀|购物|購物|学习|學習|物流|配送|急救|救援|政务|政務|便民|消费|消費|都市|城市)圈"
)
_CIRCLE_TIMES = frozenset({"分钟", "小时", "天", "秒", "钟头"})
#: A number right after 优于, 好于, 劣于, 差于 (定位精度优于10米, 误差优于0.1%): better or worse than it, which way is
#: the measure's (a smaller error, a higher score): left out.
_BETTER_OR_WORSE = words_with_traditional(("优于", "好于", "劣于", "差于"))
#: 前 and a number of 位 or 名 where the phrase ends: a rank (跻身全国前十位, 位居行业前三名; 前100名顾客 counts).
_BEFORE_A_RANK = frozenset("前")
_RANKS = frozenset({"位", "名"})
_RANK_ENDS = words_with_traditional(("之列", "行列", "以内", "内"))
#: After a range from 0 (0-100km/h加速, 百公里加速): a car's acceleration test.
_ACCELERATION = ("加速", "加速時間", "加速时间")
#: 比 or 较 (and 前, 上 or 头) right before a span that ends in 多 and 了 or a number after it: the 多 is the
#: comparison's ('more than the day before by'), not the span's qualifier (比前一天多了12例, 比上一周多三成).
_THAN_BEFORE_RE = re.compile("[比较較](?:前|上|头|頭)?\\Z")
_MORE_WORDS = frozenset("多")
_AFTER_A_COMPARATIVE = frozenset("了" + "0123456789０１２３４５６７８９" + NUMERAL_CHARS)
#: A colon and a digit after a number: a clock time (16:30) or a ratio, not the number of its unit.
_CLOCK_COLONS = frozenset(":：")
#: 兑 or 对 right before a currency word and a number: an exchange rate quoted in the other currency.
_QUOTED_AGAINST = frozenset("兑对兌對")
#: Index points the reader leaves out, then 或 and the figure (恒指跌312点或1.74%): the figure has the points' verb.
_POINTS_OR_RE = re.compile("[0-9０-９][0-9０-９.,，]*(?:个)?(?:点|點)[，,]?或\\Z")  # 跌312點，或1.7%
#: After a span of time, 来 or 以来 (三年来最高, 18个月以来最低): the span of a record, not a change (涨幅为三年来最高).
_SINCE = words_with_traditional(("以来", "来"))
_THOUSANDS = frozenset(",，")
#: A bound before a four-digit number of years makes it a calendar year only in these centuries (超过2019年的水平;
#: 超过1000年的历史 is a span).
_CENTURIES = frozenset({"19", "20"})
#: A full-width comma between digits is a thousands separator only before exactly three digits (8，123吨); before
#: any other number it ends a clause (电话012，1-2个月). A half-width one is a separator before any digit.
_THREE_DIGITS_RE = re.compile("[0-9０-９]{3}(?![0-9０-９])")
_READ_ON = frozenset("0123456789０１２３４５６７８９" + NUMERAL_CHARS)
_NUMBER_FIRST = _READ_ON | frozenset(SIGNS + SEVERAL)  # what a span starts with when no qualifier comes first
#: what a second bound may start with (最多100最少20个, 三年以上十年以下: a number or a qualifier's first character)
_NUMBER_FIRST_OR_QUALIFIER = _NUMBER_FIRST | frozenset(q[0] for q in QUALIFIERS_BEFORE)


def _reading(groups: tuple[str | None, ...], after: str = "") -> tuple[Quantity, bool] | None:
    """The quantity a match's groups describe and whether it is written in Chinese numerals, or None when
    the span and the character ``after`` it rule it out (not a quantity, a year, the article 一, a word
    made of numerals: see ``helpers.text.words``)."""
    pre, up, pctword, pctnum, hundred, num, _, _, mid, unit, _ = groups
    span = "".join(filter(None, groups))  # every part of the pattern is in a group
    try:
        quantity = quantity_from_groups(span, groups)
    except (ValueError, ArithmeticError):
        return None
    # A span read with a look at the character after it (one that ends in a number or in 百/千) may not
    # read back on its own: parse_quantity must read it the same way. Other spans always do.
    if span[-1] in _READ_ON and not FULL_RE.fullmatch(span):
        return None
    if (
        unit == "年"
        and YEAR_RE.fullmatch(span[len(pre or "") :])
        and (not pre or span[len(pre) : len(pre) + 2] in _CENTURIES)
    ):
        return None  # a year (dates never match: 月, 日, 时 and 分 are no units), after a qualifier too (超过2019年)
    number = num or pctnum or ""
    chinese = number[:1] in NUMERAL_CHARS or bool(hundred)
    if (
        chinese
        and num in _ARTICLE_ONE
        and not (
            quantity.qualifier
            or quantity.magnitude
            or _counts_one(unit)
            or _one_is_money(quantity, after)
            or unit == "成"
            and after in _ONE_TENTH_AFTER
        )
    ):
        return None  # 一批, 一场: the article, not a count (百分之一, 三分之一 are shares)
    if chinese and num in _ZEROS and not quantity.qualifier:
        return None  # 零件, 零部件 (parts), 零容忍 (a slogan): 零 alone in running text counts nothing
    if chinese and num and numeral_word(num.lstrip(SIGNS), quantity, after):
        return None
    if next_char_rules_out(quantity, mid, after):
        return None
    if pctword and quantity.unit != "%" and not _PHRASE_ENDS_RE.match(after):
        return None  # 三分之一公里路, 三分之一升级: a share of a measure only where the phrase ends
    if pctword and after in "强弱強":
        return None  # 三分之一强 'a little over a third', 弱 'a little under': not exactly a third, left out
    return quantity, chinese


class _SpanCache(dict):
    """What a span means, by the span and the character after it (which decides how the pattern reads it).

    A plain dict, emptied when full, because a lookup is the inner step of the scan and news repeats
    its spans (一批, 2月, 100%). ``cache_clear`` empties it, as for ``functools`` caches.
    """

    limit = 1 << 15  # a few hundred bytes an entry; one pass over 10 MB of news meets ~10 000 distinct

    def cache_clear(self) -> None:
        """Forget every span."""
        self.clear()


#: span + next character → False (never a quantity there), or (quantity or None, in Chinese numerals,
#: the qualifier when it may belong to the word before it (最近, 签约), whether to read it again
#: without a range: always when the range cannot be read, or after a verb of change, see ``_split``).
MEANINGS = _SpanCache()

#: Single-character counters after which plain digits are an exact count, read without the pattern:
#: not a share (%, 成, ‰), a year (年) or a magnitude, and not the start of a qualifier.
PLAIN_COUNTERS = frozenset(u for u in UNITS if len(u) == 1) - PERCENT_UNITS - frozenset("年百千万亿萬億多余来以左")
_PLAIN_REPORTED = {u: reported_unit(u) for u in PLAIN_COUNTERS}
_ALWAYS, _AFTER_CHANGE = "always", "after a verb of change"
#: After a verb of change, a range of percentages of the same order (see ``_change_split``): by, then to after
#: 从/由 and a percentage (失业率从5%下降2%至3%), left out where the clause names a rate (毛利率提高3%至8%: by 3 to
#: 8, or by 3 to 8 points?), else one range of change (净利润下降50%至80%).
_UNLESS_A_RANGE = "after a verb of change, in a clause that names a rate"
#: A currency before the number and another after it, a full-width comma between digits ($20，300美圆): a list of
#: prices, not one amount in two currencies: the comma is the clause comma, and each is read on its own.
_AT_COMMA = "at the comma"
Meaning = tuple[Quantity | None, bool, str | None, str | None]


def meaning_at(padded: str, start: int, end: int) -> Meaning | bool:
    """What the span [start, end) the scan found means, read and remembered (see ``MEANINGS``).

    A span of plain ASCII digits and one counter (``299家``, a third of all new spans in news) is
    read at once: the pattern could only read it as that number of that counter, exactly (a test
    holds the two readings equal). Any other span is read with the full pattern.
    """
    if end - start <= 16 and padded[end - 1] in PLAIN_COUNTERS:
        digits = padded[start : end - 1]
        if digits.isdigit() and digits.isascii() and len(digits.lstrip("0")) <= MAX_DIGITS:
            value = float(int(digits))
            unit = padded[end - 1]
            meaning = (
                Quantity(
                    digits + unit,
                    value,
                    value,
                    value,
                    _PLAIN_REPORTED[unit],
                    "",
                    "exact",
                    currency=CURRENCIES.get(unit, ""),
                ),
                False,
                None,
                None,
            )
            _remember(padded[start : end + 1], meaning)
            return meaning
    fast = _fast_meaning(padded[start:end], padded[end])
    if fast is not None:
        _remember(padded[start : end + 1], fast)
        return fast
    return read_at(padded, start)[1]


# ---- The fast path of meaning_at: the commonest spans in Arabic digits, read with integers ----------------------
#: Units the fast path reads (a counter or a unit of measure written after the number): every unit but those
#: with a rule of their own — a share in tenths (成), a year (年: maybe a date), an anniversary (周年), a
#: discount (折), a half (年半) — and those that begin with a character the tail of the grammar may also read
#: (千克, 百分点: a magnitude; 多, 余: a qualifier). The full pattern reads the rest.
_FAST_UNITS = sorted(
    (
        u
        for u in UNITS
        if u not in ("成", "年", DISCOUNT, *SHARE_SIGNS)
        and u not in ORDINAL_UNITS
        and HALF not in u
        and u[0] not in "多余以左来十百千万萬亿億兆"
    ),
    key=len,
    reverse=True,
)
_FAST_NUMBER = r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?"
#: Qualifiers before the number the fast path reads: those that say nearly, about or more (not an upper bound,
#: which a temperature refuses, nor 上, which goes only before 百/千/万/亿).
_FAST_BEFORE = {
    q: m for q, m in QUALIFIERS_BEFORE.items() if m in ("nearly", "about", "more") and q not in PLACE_QUALIFIERS
}
#: The head of a span the fast path reads: a qualifier of ``_FAST_BEFORE``, ASCII digits (thousands commas, a
#: decimal point), or a range of two joined by 至, 到, ~ or - (the first may repeat the second's 万/亿 and unit),
#: 万 or 亿, 多 or 余. What follows must be a unit of ``_FAST_UNITS``, 以上 or 左右, or both, or nothing.
_FAST_RE = re.compile(
    f"({'|'.join(re.escape(q) for q in sorted(_FAST_BEFORE, key=len, reverse=True))})?{_FAST_NUMBER}"
    f"(?:([^0-9至到~-]*)([至到~-]){_FAST_NUMBER})?(万|亿)?(多|余)?"
)
_FAST_POSTS = frozenset({"以上", "左右"})
_FAST_TOO_MANY = 10**MAX_DIGITS  # a number of more digits is refused by the full reader
_new_quantity = Quantity._make  # a Quantity from its ten fields, without the keyword handling of Quantity()
_FAST_FACTORS = {"万": 10**4, "亿": 10**8}
_FAST_MEANINGS = {"多": "more", "余": "more", "以上": "more", "左右": "about", **_FAST_BEFORE}
#: unit as written → (as reported, a percentage, percentage points), as ``quantity_from_groups`` reports it
_FAST_UNIT_READINGS = {
    u: (
        "%" if u in PERCENT_UNITS else reported_unit(u),
        u in PERCENT_UNITS,
        u in POINT_UNITS,
    )
    for u in ("", *_FAST_UNITS)
}


def _fast_meaning(span: str, after: str) -> Meaning | None:
    """The meaning of a span of Arabic digits with what may come before and after them in ``_FAST_RE`` (``约
    971.8亿元``, ``99.3%``, ``3781余名``, ``17.41个百分点``, ``1,202,716吨``, ``266人次左右``, ``48.3%-56.5%``,
    ``3万至5万元``), computed at once with integers by ``quantity.bounds``, as ``quantity_from_groups`` does
    (rounded at the last written digit, 多/余/以上 up by one unit of the last non-zero digit, 左右 ±10 % or the
    rounding where wider, nearly −10 %, a range between its ends, a percentage clipped to [0, 100]), or None when
    the full pattern must read it: a span outside ``_FAST_RE``, one that ends in a digit or 万/亿, qualifiers
    that disagree, a qualifier on a range, a range with no unit, whose ends descend or whose first end repeats
    anything but the second's 万/亿 and unit, a percentage with 万/亿 or before an ASCII letter or digit, more
    than ``MAX_DIGITS`` digits. A test holds the two readings equal on every span this takes."""
    if span[-1] in _READ_ON:
        return None  # a number alone, or one that ends in 万/亿 (the pattern reads it again alone)
    found = _FAST_RE.match(span)
    if found is None:
        return None
    pre, whole, decimals, repeat, joined, second, second_decimals, mag, mid = found.groups()
    unit = span[found.end() :]
    post = unit[-2:]
    if post in _FAST_POSTS:
        unit = unit[:-2]
    else:
        post = None
    readings = _FAST_UNIT_READINGS.get(unit)
    if readings is None:
        return None  # a unit the fast path does not read, or more after it
    reported, percent, point = readings
    if percent and (mag or after.isascii() and after.isalnum()):
        return None
    if pre or mid or post:
        kinds = {_FAST_MEANINGS[q] for q in (pre, mid, post) if q}
        if len(kinds) > 1 or joined:
            return None  # qualifiers that disagree, or a qualifier on a range
        kind, qualifier = kinds.pop(), (pre or "") + (mid or "") + (post or "")
    elif unit:
        kind, qualifier = None, ""
    else:
        return None
    digits = int((whole.replace(",", "") if "," in whole else whole) + (decimals or ""))
    factor = _FAST_FACTORS[mag] if mag else 1
    if digits >= _FAST_TOO_MANY:
        return None
    if joined is None:
        rounded = bool(percent or point or mag or decimals)
        if kind is None:
            kind = "rounded" if rounded else "exact"
        value, low, high, denominator = one_number_bounds(digits, len(decimals or ""), factor, kind, rounded)
        clipped = percent and value <= 100 * denominator
        split = None
    else:
        number = Number(digits, -len(decimals or ""))
        if not unit or repeat and repeat not in ((mag or "") + unit, mag):
            return None
        last = int(second.replace(",", "") + (second_decimals or ""))
        if last >= _FAST_TOO_MANY:
            return None
        last_places = len(second_decimals or "")
        value, low, high, denominator = bounds(number, Number(last, -last_places), factor, "range")
        if not low < high:
            return None  # descending, or 8500到3万元 (the first end without the magnitude): the pattern reads it
        kind = "range"
        clipped = percent and last <= 100 * 10**last_places
    if clipped:
        low, high = max(low, 0), min(high, 100 * denominator)
    quantity = _new_quantity(
        (
            span,
            value / denominator,
            low / denominator,
            high / denominator,
            reported,
            qualifier,
            kind,
            mag or "",
            CURRENCIES.get(unit, ""),
            "",
        )
    )
    if joined is not None:  # 增加200家至1200家: by 200, to 1200; 下降50%至80%: one range (see _split)
        split = _change_split(quantity) if repeat and joined in TO_JOINERS else None
    return quantity, False, pre if pre in _WORD_QUALIFIERS else None, split


# -------------------------------------------------------------------------------------------------------------------


def read_at(padded: str, start: int, single: bool = False) -> tuple[int, Meaning | bool]:
    """The end and the meaning of the quantity the full pattern (``single``: with no range) reads at
    ``start``, from ``MEANINGS`` when it was read before."""
    found = (SINGLE_QUANTITY_RE if single else QUANTITY_RE).match(padded, start)
    end = found.end() if found else start
    key = ("\0" if single else "") + padded[start : end + 1]
    meaning = MEANINGS.get(key)
    if meaning is None:
        meaning = False
        if found is not None and 0 < end - start <= MAX_SPAN:
            groups = found.groups()
            # 约 of 约人民币 (签约人民币50亿元); 破 of 破万 (跌破万点)
            pre = split_before(groups[0])[0] if groups[0] else groups[1]
            pre = pre if pre in _WORD_QUALIFIERS else None
            # a bare number (it ends the match, no qualifier before it, no 万/亿 in it) is no quantity
            bare = found.lastgroup == "num" and not (groups[0] or groups[1]) and _BIG.isdisjoint(groups[5])
            reading = None if bare else _reading(groups, padded[end : end + 1])
            # 零下5至10度 is left out whole: its second end read alone (10度) might have lost its sign
            below_zero = bool(groups[0]) and groups[0].endswith("零下")
            split = None if bare or below_zero else _split(groups[5] or groups[3], reading[0] if reading else None)
            if reading is None and not split and _two_currencies_across_a_comma(groups):
                split = _AT_COMMA
            if reading is not None or pre is not None or split is not None:
                meaning = (reading[0], reading[1], pre, split) if reading else (None, False, pre, split)
        _remember(key, meaning)
    return end, meaning


def _two_currencies_across_a_comma(groups: tuple[str | None, ...]) -> bool:
    """Whether a match that cannot be read is a currency, digits with a full-width comma, then a currency unit
    ($20，300美圆): two prices in a list (see ``_AT_COMMA``)."""
    pre, number, unit = groups[0], groups[5], groups[9]
    return bool(pre and number and unit in CURRENCIES and "，" in number and split_before(pre)[1] in CURRENCIES_BEFORE)


def _split(number: str | None, reading: Quantity | None) -> str | None:
    """When a number written as a range (3至5) must be read again without it: always when the range
    cannot be read (``reading`` None: 增长10%至5000亿元); after a verb of change when 至 or 到 joins two ends
    that both write the unit (增加200家至1200家: by 200, to 1200; ``_change_split`` says when); else never
    (None)."""
    if not number or RANGE_SEPARATOR_CHARS.isdisjoint(number):
        return None
    if reading is None:
        return _ALWAYS
    first, joined, _ = number.partition(next(c for c in number if c in RANGE_SEPARATOR_CHARS))
    if joined in TO_JOINERS and not BARE_NUMBER_RE.fullmatch(first):
        return _change_split(reading)
    return None


#: The units of percentage points: a level is never written in them, so a range of them after a verb of change
#: is the change itself (提高0.8个百分点至1.5个百分点).
_POINTS_REPORTED = frozenset(reported_unit(u) for u in POINT_UNITS)
#: How many times the smaller end the larger end of a range of percentages of change may be (less than this:
#: the same order of magnitude).
_CHANGE_RANGE_RATIO = 10


def _change_split(quantity: Quantity) -> str | None:
    """How a range written after a verb of change with the unit at both ends is read: the change, then the level
    reached (``_AFTER_CHANGE``: 增加200家至1200家, 下调0.25%至3.85%); one range of change (None) when its ends are
    percentage points; for percentages of the same order (the larger less than ``_CHANGE_RANGE_RATIO`` times the
    smaller, or the smaller 0), one range of change unless the clause names a rate (``_UNLESS_A_RANGE``:
    净利润同比下降50%至80% and 营收增长0%至20%, as companies forecast, are ranges; 失业率从5%下降2%至3% is by, then
    to; 毛利率提高3%至8%, 缴费比例下调4%至16% may be either and are left out); degrees of temperature left out but
    from a level (``_EITHER_WAY``)."""
    if quantity.unit in _POINTS_REPORTED:
        return None
    if quantity.unit in _DEGREES:
        return _EITHER_WAY
    if quantity.unit == "%" and (quantity.high < _CHANGE_RANGE_RATIO * quantity.low or quantity.low == 0):
        return _UNLESS_A_RANGE
    return _AFTER_CHANGE


#: Degrees of temperature after a verb of change, both ends written: 气温下降6℃至12℃ is by 6, to 12, or a fall of
#: 6 to 12? Left out (``_EITHER_WAY``), but from a level (气温由10℃下降2℃至8℃): by, then to; and after a verb no level
#: follows (``DEVIATION_VERBS``: 降温6℃至8℃, 偏低2℃到4℃): one range of change.
_DEGREES = frozenset(TEMPERATURE_UNITS.values()) - {"度"}  # ℃, ℉ (plain 度 may be an angle or a kWh)
_DEVIATIONS = tuple(f"{verb}{le}" for verb in DEVIATION_VERBS for le in ("", "了"))
_EITHER_WAY = "after a verb of change, unless from a level"


#: What ends a clause, looking back from a quantity for a rate it is about (``_names_a_rate``), and how far back
#: the rate may be named: right before the verb, a comparison or 从5% between (失业率较上年同期下降, 失业率从5%下降),
#: not as the object of another phrase (市场占有率较高的公司预计净利润增长50%至80% is about the profit).
_CLAUSE_ENDS = frozenset("，,。；;！!？?：:\n")
_CLAUSE_MAX = 10
#: A rate named in a clause, a level written in %: a word in 率 (利率, 失业率, 税率; not the ratios 汇率, 效率,
#: 功率, 频率, 速率), a share (比例, 占比, 比重, 份额, 持股) or a policy rate by its letters (LPR, MLF, SHIBOR);
#: and the level it starts from, 从/由 before a percentage (从5%).
_RATE_NAMED_RE = re.compile(
    "(?<![汇匯效功频頻速])率|比例|占比|佔比|比重|份额|份額|持股|LPR|MLF|SLF|SHIBOR|Shibor|LIBOR|Libor"
)
_LEVEL_FROM_RE = re.compile("[从從由][-−零下]*[0-9０-９.．]+(?:[%％℃℉度]|°C|°F)")
_FROM_A_LEVEL, _A_RATE = "from a level", "a rate"


def _rate_named(padded: str, start: int) -> str | None:
    """What the clause before ``start`` says of a rate within ``_CLAUSE_MAX`` characters (see ``_CLAUSE_ENDS``): the
    level it changes from (``_FROM_A_LEVEL``: 从5%下降), a rate (``_A_RATE``: 毛利率提高), or nothing (None)."""
    at = start
    while at > max(0, start - _CLAUSE_MAX) and padded[at - 1] not in _CLAUSE_ENDS:
        at -= 1
    if _LEVEL_FROM_RE.search(padded, at, start):
        return _FROM_A_LEVEL
    return _A_RATE if _RATE_NAMED_RE.search(padded, at, start) else None


def _loses_the_unit(first: Quantity, padded: str, end: int, split: str) -> bool:
    """Whether the first end of a range the grammar cannot read, read alone (``first``, ending at ``end``), would
    lose the unit the range writes once at its end: ``8万至2万元`` (it falls) is neither 8万 nor 2万元, as ``九到四天``
    is neither end; ``增长10%至5000亿元`` keeps 10%, which writes its own unit."""
    return split is _ALWAYS and not first.unit and padded[end] in RANGE_SEPARATOR_CHARS


def _remember(key: str, meaning: Meaning | bool) -> None:
    if len(MEANINGS) >= MEANINGS.limit:
        MEANINGS.clear()
    MEANINGS[key] = meaning


def _scan(text: str) -> tuple[list[int], list[int], list[Quantity]]:
    """The starts, ends and readings of every measured quantity in a text, in text order (what both APIs share):
    the scan of ``_scan_closed`` on the text with the spaces between digits and Chinese characters closed
    (``helpers.text.spacing``), its spans mapped back to the text as written (``共 120 人`` → ``120 人``)."""
    spaced = has_spaces(text)
    closed, origin = close_spaces(text) if spaced else (text, None)
    starts, ends, quantities = _scan_closed(closed)
    if origin is not None:
        starts = [origin(s) for s in starts]
        ends = [origin(e - 1) + 1 for e in ends]
        quantities = [q._replace(text=text[s:e]) for s, e, q in zip(starts, ends, quantities)]
    if spaced:  # 2.4 个百分 点: a unit a space cuts is left out
        kept = [i for i, e in enumerate(ends) if not splits_a_word(text, e, _UNITS_WRITTEN)]
        if len(kept) < len(ends):
            starts, ends, quantities = ([column[i] for i in kept] for column in (starts, ends, quantities))
    return starts, ends, quantities


#: Every unit as written, for the spaced-out check of ``_scan`` (个 before 百分点, 个 before 月).
_UNITS_WRITTEN = frozenset((*UNITS, *UNITS_WITH_QUALIFIER))


def _scan_closed(text: str) -> tuple[list[int], list[int], list[Quantity]]:
    """The starts, ends and readings of every measured quantity in a text, in text order (the loop itself).

    Scans with ``SCAN_RE`` (the same matches as ``QUANTITY_RE``, found faster) and looks each span up
    in ``MEANINGS``; the exclusions of the module docstring that depend on the text around a span are
    tested inline. This loop runs once per match, tens of thousands of times a second. A range read
    again without its range (see ``_split``) makes the scan start again where that reading ends.
    """
    padded = text + "\n"  # every span has a next character; a line end changes no match and no exclusion
    in_idiom = word_positions(text)
    titled = "《" in text
    get = MEANINGS.get
    starts: list[int] = []
    ends: list[int] = []
    quantities: list[Quantity] = []
    position, resume, read_to, cut_at = 0, None, 0, -1
    covered: list[tuple[int, int]] = []  # the spans of amounts in several units, read or left out
    shared: dict[int, int] = {}  # quantity's index → where the qualifier it shares with the list before ends
    while True:
        for found in SCAN_RE.finditer(padded, position):
            if resume is not None:
                break
            start, end = found.span()
            if start < read_to:
                continue  # inside an amount in several units read whole
            meaning = get(padded[start : end + 1])
            if meaning is None:  # not seen yet
                meaning = meaning_at(padded, start, end)
            if padded[end] in _CONTINUES and padded[end - 1] in _HEAD_LAST:
                at = start  # 签约5年零3个月: the amount begins after the word's qualifier
                if meaning and meaning[2] and _ends_a_word(padded, start, meaning[2]):
                    at += len(meaning[2])
                compound = compound_at(padded, at)  # 123元1角1分, 两年零三个月, 一块二 (not the article 一)
                if compound is not None and (compound[0] > end or compound[0] == end and compound[1] is None):
                    covered.append((at, compound[0]))
                    start, end = at, compound[0]
                    read_to = end
                    meaning = (compound[1], False, None, None) if compound[1] else False
            if not meaning:
                continue
            quantity, chinese, word_qualifier, split = meaning
            if start and padded[start] in _ASCII_LETTERS and padded[start - 1] in _LATIN_WORD_CHARS:
                continue  # ARM11, FORM5: a currency's letters (RM) inside a Latin word or code
            if padded[end] in _CLOCK_COLONS and padded[end + 1 : end + 2].isdigit():
                continue  # 美元16:30收盘: a clock time, not 16 美元
            if (
                start
                and padded[start - 1] in _QUOTED_AGAINST
                and padded[start] in CURRENCY_WORD_FIRSTS
                and quantity
                and quantity.currency
            ):
                continue  # 人民币兑美元7.1268: a quote (yuan a dollar), not 7.1268 美元
            if (
                start
                and quantity is not None
                and quantity.qualifier in _BOUND_QUALIFIERS
                and (
                    _negated(padded, start)
                    or quantity.qualifier in BREAK_QUALIFIERS
                    and _FLIPPED_RATE_RE.search(padded, max(0, start - 12), start)
                )
            ):
                continue  # 不可以超过8小时: a negation before a bound not in the table (不得超过) turns it, or not?
            if split is _AT_COMMA:  # $20，300美圆: $20, then 300美圆 (read from after the comma)
                comma = padded.index("，", start)
                cut = QUANTITY_RE.match(padded, start, comma)
                reading = _reading(cut.groups(), "，") if cut and cut.end() == comma else None
                resume = cut_at = comma + 1
                if reading is None:
                    continue
                (quantity, chinese), word_qualifier, end = reading, None, comma
            # after a verb of change (helpers.text.change), 增加200家至1200家 is "by 200, to 1200"
            elif split and (
                split is _ALWAYS
                or follows_change_verb(padded, start)
                and (
                    split is _AFTER_CHANGE
                    or (named := _rate_named(padded, start)) is not None
                    or split is _EITHER_WAY
                    and not padded.endswith(_DEVIATIONS, 0, start)  # 降温6℃至8℃, 偏高1℃至2℃: one range of change
                )
            ):
                if split is _UNLESS_A_RANGE and named is _A_RATE or split is _EITHER_WAY and named is not _FROM_A_LEVEL:
                    continue  # 毛利率提高3%至8%, 气温下降6℃至12℃: by 3, to 8, or 3 to 8? Left out (but 从5%下降2%至3%)
                end, meaning = read_at(padded, start, single=True)
                # scan on from there (增长10%至|5000亿元), or from after the first number (月薪5000|至1万元)
                if end > start:
                    resume = end
                else:
                    first = BARE_NUMBER_RE.match(padded, start)
                    resume = max(first.end() if first else 0, start + 1)
                if not meaning or meaning[0] is not None and _loses_the_unit(meaning[0], padded, end, split):
                    continue
                quantity, chinese, word_qualifier, _ = meaning
            if (
                word_qualifier
                and _ends_a_word(padded, start, word_qualifier)
                or word_qualifier == "近"
                and quantity is not None
                and _means_the_last(padded, start, end, quantity)
            ):
                start += len(word_qualifier)  # 最近3天, 近10年来 are 3 days, 10 years: read on after the qualifier
                end, meaning = read_at(padded, start)
                if not meaning:
                    continue
                quantity, chinese = meaning[:2]
            if quantity is None:
                continue
            if (
                quantity.kind in _BOUNDS
                and (
                    padded[end] in _NUMBER_FIRST_OR_QUALIFIER
                    or padded[end] in TO_JOINERS  # 5年以上至10年以下: two bounds joined
                    and padded[end + 1 : end + 2] in _NUMBER_FIRST_OR_QUALIFIER
                )
                and (both := two_bounds_at(padded, start)) is not None
            ):
                end, quantity = start + len(both.text), both  # 最多100最少20个, 三年以上十年以下: one range
                resume = end
            if padded[end] in PER_MARKS and quantity.unit and (rate := rate_at(padded, start, end, quantity)):
                end, quantity = rate  # 3000元/吨, 22微克每立方米, 3000元/吨左右 (helpers.text.rates)
                if quantity is None:
                    continue  # 约3000元/吨以上: qualifiers that disagree
            if (
                padded[end] in RANGE_SEPARATOR_CHARS
                and (
                    "/" in quantity.unit
                    or quantity.unit in _DEGREES
                    and (quantity.low < 0 or padded.startswith(ABOVE_ZERO, start))  # 零上3度至零上8度
                    or quantity.currency
                    and (padded[start] in CURRENCY_WORD_FIRSTS or quantity.qualifier)
                )
                and (pair := _two_ends(padded, start, end, quantity)) is not None
            ):
                end, quantity = pair  # 3800元/吨-3900元/吨, 零下8度至零下6度, HK$100至HK$200: one range
                read_to = end
                if quantity is None:
                    continue
                if padded[end] in RANGE_SEPARATOR_CHARS and (chain := _two_ends(padded, start, end, quantity)):
                    read_to = chain[0]
                    continue  # $45-$60-$70: a range is no end of another, and none of the three is read
            if padded[end] == "起" and padded[end - 1] == DISCOUNT:
                continue  # 全场七五折起: a discount from, no one discount
            if quantity.kind == "range" and not quantity.low and padded.startswith(_ACCELERATION, end):
                continue  # 0-100km/h加速3.8秒: the name of a test, not a range of speeds
            if (
                quantity.qualifier
                and not quantity.unit
                and quantity.kind != "range"
                and not quantity.magnitude
                and _more_than_a_bare_number(padded, end)
            ):
                continue  # 起码三蚊, 约10时30分, 约3:1, 约5 000人: a unit the reader does not know, a time, a ratio
            if start and padded[start] in _NUMBER_FIRST:  # a qualifier first (50小于12): the digit before is another's
                before = padded[start - 1]
                if (
                    before in _NOT_BEFORE
                    or before.isdigit()
                    or before in _THOUSANDS
                    and start != cut_at
                    and start >= 2
                    and padded[start - 2].isdigit()
                    and (before == "," or _THREE_DIGITS_RE.match(padded, start) is not None)
                ):
                    continue  # inside a code, a longer number or a fraction (N95, 2,400, 1/3), or an ordinal
                if before == "数" and chinese:
                    continue  # 数十家, 数百名: "several tens", read as ten by the numeral alone
                if quantity.unit == "个" and padded.endswith(_WORDS_OF_CURRENCY, 0, start):
                    continue  # 港幣三個一毫四: after a currency word 個 is the dollar (Cantonese), not a count
                if before in _ONE_IN_WORD_BEFORE and padded[start] in _ARTICLE_ONE and _one_by_rule(quantity):
                    continue  # 周一美元指数, 统一港元: 一 ends a word (一百元, 一万元 after 周 are read only from 一)
                if before in _NOUN_BEFORE_SEVERAL and padded[start] == SEVERAL:
                    continue  # 人数十万: the headcount, then 十万 (or 数十万?): left out
            if (
                padded[end] in _NOT_AFTER
                and not (padded[end] in _LETTERS and "\u4e00" <= padded[end - 1] <= "\u9fff")
                or chinese
                and padded.startswith("决赛", end)
            ):
                continue  # a code (4G), a fraction (1/3), a quarter (二季度), a grade (三年级), 四分之一决赛
            if chinese and _in_short_quote(text, start, end):
                continue  # a slogan in Chinese numerals (“三服务”)
            if titled and _in_title(text, start, end):
                continue  # 《三个和尚》, 《五十块钱》: a title
            if in_idiom and (start in in_idiom or end - 1 in in_idiom):
                continue  # 千家万户, 三番五次, 七台河, a web address
            if breaks_a_longer_form(padded, start, end, quantity, chinese):
                continue  # 1万600吨, 5万4千, 1万(含)-5万元, 周三起, 五一期间
            if (
                padded[end - 1] in _MORE_WORDS
                and padded[end] in _AFTER_A_COMPARATIVE
                and _THAN_BEFORE_RE.search(padded, max(0, start - 3), start)
            ):
                continue  # 比前一天多了12例: 多 compares (+12例), it is no 'more than one day'
            if padded[end - 1] == "年" and (end - start == 3 or end - start == 6) and a_short_year(padded, start):
                continue  # 23年毕业, 24年营收, 24-26年归母净利润: years written short
            if start and padded[start - 1] in _PER:
                continue  # 每10股派发, 每100克含: what a rate is per, no figure
            if (
                padded[end] in _TO_A_LEVEL
                and padded[end + 1] == "一"
                and padded[end + 2] not in NUMERAL_CHARS
                and quantity.unit
                and not follows_change_verb(padded, end)
            ):
                continue  # 判处有期徒刑十个月至一年: the first end of a range whose second (一年) is not read
            if quantity.unit in _FLOORS and _A_FLOOR_RE.search(padded, max(0, start - 12), start):
                continue  # 位于大厦28层: a floor, not a count of floors
            if quantity.unit in _CIRCLE_TIMES and _A_CIRCLE_RE.match(padded, end):
                continue  # 15分钟便民生活圈: a plan's name
            if start > 1 and padded[start - 1] in "于於" and padded.endswith(_BETTER_OR_WORSE, 0, start):
                continue  # 精度优于10米: better than, which way is the measure's
            if (
                start
                and padded[start - 1] in _BEFORE_A_RANK
                and quantity.unit in _RANKS
                and (padded[end] in _CLAUSE_START or padded.startswith(_RANK_ENDS, end))
            ):
                continue  # 跻身全国前十位, 位居行业前三名: a rank
            if (
                padded[end + 1 : end + 2] in _LATE_QUALIFIER_FIRSTS
                or padded[end + 2 : end + 3] in _LATE_QUALIFIER_FIRSTS
            ) and (late := _LATE_QUALIFIER_RE.match(padded, end)):
                # 20个人左右, 3个人以上才能, 50本书以上: the qualifier after the noun is the number's
                if quantity.kind == QUALIFIERS_AFTER_UNIT[late.group(1)]:
                    pass  # 约有30万字左右: about, twice
                elif not quantity.unit or quantity.qualifier or quantity.kind == "range":
                    continue  # 一万步以上 (steps the reader does not know), 近20个人左右: left out
                else:
                    try:
                        quantity = parse_quantity(quantity.text + late.group(1))._replace(
                            text=quantity.text, unit=quantity.unit, currency=quantity.currency
                        )
                    except ValueError:
                        continue  # a qualifier the unit refuses (a temperature's upper bound)
            previous = padded[start - 1] if start else ""
            items = None
            if previous in _LIST_LASTS:
                if _ORDINAL_LIST_RE.search(padded, max(0, start - _LIST_MAX), start):
                    continue  # 第1、2批: the last of a list of ordinals
                items = _list_items(padded, start, quantity)
                if items:
                    first_at = items[0][0]
                    qualifier = _qualifier_before(padded, first_at)
                    if qualifier:  # 分别超过3、5、7天: the bound written before the first number
                        if quantities and starts[-1] == first_at - len(qualifier) and ends[-1] == items[0][1]:
                            del starts[-1], ends[-1], quantities[-1]  # read before as 超过3, without the list's unit
                        every = _shares_its_qualifier(padded, first_at - len(qualifier))
                        items = [
                            (at, to, _with_qualifier(padded, first_at, item) if every or at == first_at else item)
                            for at, to, item in items
                        ]
                        if every:
                            quantity = _with_qualifier(padded, first_at, quantity)
                        if quantity is None or any(item is None for _, _, item in items):
                            continue  # a qualifier the list's unit refuses: left out, every number of it
                        first_at -= len(qualifier)
                    change = change_before(padded, first_at, quantity.unit)
                    items = [(at, to, item._replace(change=change) if change else item) for at, to, item in items]
                    if change:
                        quantity = quantity._replace(change=change)
            before_number = start  # where what stands before the number ends: before its verb of change, if any
            if previous == "或" and (points := _POINTS_OR_RE.search(padded, max(0, start - 16), start)):
                change = change_before(padded, points.start(), quantity.unit)  # 跌312点或1.74%: the verb's
                quantity = quantity._replace(change=change) if change else quantity
            elif (
                previous in CHANGE_LAST_CHARS
                and not (quantity.unit in DURATION_UNITS and padded.startswith(_SINCE, end))  # 涨幅为三年来最高
                and (change_verb := change_at(padded, start, quantity.unit))[0]
            ):
                change, verb = change_verb
                quantity = quantity._replace(change=change)
                if verb > 0:
                    before_number = comparison_start(padded, verb)  # 每斤同比上涨0.5元: the rate is before 同比
                    if _qualified(padded, verb, _ABOUT_OR_NEARLY):
                        before_number = verb - len(_qualifier_before(padded, verb))  # 每吨约增加200元: before 约
                        quantity = _with_qualifier(padded, verb, quantity)  # 气温约下降6℃, 大约减少了300人
                        if quantity is None:
                            continue  # 约增长三成以上: qualifiers that disagree
            if before_number and (
                padded[before_number - 1] in _PER_UNIT_LASTS
                and (per := per_units_before(padded, before_number)) is not None
                or padded[before_number - 1] in SPEED_LASTS
                and (per := speed_before(padded, before_number, quantity.unit)) is not None
            ):
                each, per_unit = per
                if takes_a_rate_before(quantity.unit):
                    quantity = quantity._replace(unit=quantity.unit + per_unit)  # 每斤5元, 每亩增收200元: a rate
                if each and _qualified(padded, each, _BEFORE_A_RATE):
                    qualifier_at = each - len(_qualifier_before(padded, each))
                    if _negated(padded, qualifier_at):
                        continue  # 不可以超过每小时25公里: a negation before the bound turns it, or not?
                    quantity = _with_qualifier(padded, each, quantity)  # 均价约每平方米3.2万元: about 3.2万元 a m²
                    if quantity is None:
                        continue
            if (
                not quantity.qualifier
                and not quantity.change
                and quantity.unit in _SHARE_OF_UNITS
                and (share := _QUALIFIED_SHARE_RE.search(padded, max(0, start - 36), start))
            ):
                quantity = _with_qualifier(padded, share.end(1), quantity) or quantity  # 约占GDP的55%: about 55 %
            if (
                (previous in _TO_A_LEVEL or previous == "了" and padded[start - 2] in _TO_A_LEVEL)
                and quantities
                and "/" in quantities[-1].unit
                and quantities[-1].unit.partition("/")[0] == quantity.unit
                and 1 < start - ends[-1] <= _MOVED_MAX
                and follows_change_verb(padded, start - 1 - (previous == "了"))
                and padded[end] not in PER_MARKS
            ):
                quantity = quantity._replace(unit=quantities[-1].unit)  # 每吨1.2万元跌至8000元: 8000 元/吨
            if previous in _JOINER_LAST and quantities and padded[ends[-1] : start] in LIST_JOINERS:
                before = quantities[-1]
                if not quantity.change and before.change:
                    quantity = quantity._replace(change=before.change)  # 分别增长8.1%和9.3%: both rises
                if (
                    "/" in before.unit
                    and before.unit.partition("/")[0] == quantity.unit
                    and padded[end] not in PER_MARKS
                ):
                    quantity = quantity._replace(unit=before.unit)  # 分别为每亩120元和150元: both 元/亩
                if not quantity.qualifier and before.qualifier:
                    qualifier_end = shared.get(len(quantities) - 1)  # 分别超过30%、40%和50%: the first's
                    if (
                        qualifier_end is None
                        and before.text.startswith(before.qualifier)
                        and _shares_its_qualifier(padded, starts[-1])
                    ):
                        qualifier_end = starts[-1] + len(before.qualifier)
                    if qualifier_end is not None:
                        quantity = _with_qualifier(padded, qualifier_end, quantity)
                        if quantity is None:
                            continue  # a bound the second refuses: left out
                        shared[len(quantities)] = qualifier_end
            for item_start, item_end, item in items or ():  # the list's items, once its last quantity is read
                starts.append(item_start)
                ends.append(item_end)
                quantities.append(item)
            starts.append(start)
            ends.append(end)
            quantities.append(quantity)
        if resume is None:
            if any(c in text for c in _WORD_FORM_CHARS) or "分" in text and FORMAL_CENT_RE.search(text):
                return _with_word_forms(text, starts, ends, quantities, covered)
            return starts, ends, quantities
        position, resume = resume, None


def _two_ends(padded: str, start: int, end: int, first: Quantity) -> tuple[int, Quantity | None] | None:
    """The range of two rates, two temperatures below zero or two amounts each with its currency word, joined by a
    range separator at ``end``, which the grammar reads as two figures or as the first alone (``3800元/吨-3900元/吨``,
    ``3000元/吨至3500元/吨``, ``零下8度至零下6度``, ``零下5度到零上3度`` (the second above zero), ``HK$100至HK$200``):
    (its end, the range between them), or (its end, None) when the second cannot make a range with the first (not the
    same kind of figure, another unit, a qualifier on either, rates or amounts that do not rise:
    ``quantity.range_of_two``), so that neither is read and the dash is never a minus; None when no figure follows the
    separator."""
    at = end + 1
    above_zero = padded.startswith(ABOVE_ZERO, at)
    second_end, meaning = read_at(padded, at + len(ABOVE_ZERO) if above_zero else at)
    if not meaning or meaning[0] is None:
        return None
    second = meaning[0]
    if "/" in first.unit:
        rate = rate_at(padded, at, second_end, second) if padded[second_end] in PER_MARKS else None
        if rate is None:
            return (second_end, None) if padded[end] in SIGNS else None  # 3800元/吨-3900元: a minus, or the unit?
        second_end, second = rate
    elif above_zero:
        if first.unit not in _DEGREES:
            return None  # 5-8元至零上8度: no range of temperatures
        if second.unit == "度":
            second = second._replace(unit=first.unit)  # 零下5度到零上3度: on the first end's scale
    elif first.unit in _DEGREES:
        if not (second.text.startswith(BELOW_ZERO) or second.text[:1] in SIGNS):
            return second_end, None  # 零下8度至6度: to 6 or to −6?
    elif not (first.currency and (word := currency_word_at(first.text, len(first.qualifier)))):
        return None  # 港币100至200元 is read whole; a currency word before the first end alone: as before
    elif not second.text.startswith(word):
        return (second_end, None) if currency_word_at(second.text) else None  # $45-HK$60: whose dollars?
    if second is None:
        return second_end, None
    ordered = first.unit not in _DEGREES  # two temperatures written with their signs: either order
    return second_end, range_of_two(padded[start:second_end], first, second, ordered=ordered)


def _means_the_last(padded: str, start: int, end: int, quantity: Quantity) -> bool:
    """Whether the 近 that starts [start, end) means "the last" (see ``THE_LAST_UNITS``): a time span followed
    by 来, 以来, 内, 中, 里 or 间 or by a record (新低, 最高 …), after 创 (创近两年新低), or 近 right after a clause's
    punctuation or a line break; at the very start of a text, only when a clause's punctuation follows the span
    (近三年，全县…): alone, 近三年 stays "nearly", as parse_quantity reads it."""
    if quantity.qualifier != "近" or quantity.unit not in THE_LAST_UNITS:
        return False
    if padded.startswith(THE_LAST_AFTER, end) or padded.endswith(THE_LAST_BEFORE, 0, start):
        return True
    if start == 0:  # the text's own end (the padding) is no clause's punctuation
        return end < len(padded) - 1 and padded[end] in _CLAUSE_START
    return padded[start - 1] in _CLAUSE_START


#: 分别, 均 or 都 before the qualifier of the first of a list, in its clause: the qualifier is every number's
#: (分别超过30%和40%, 均不低于3、5、8天); not the 均 of 人均, 平均 nor the 都 of 首都, 成都.
_SHARED_RE = re.compile("(?:分别|分別|(?<![人平户戶日年月亩畝])均|(?<![首成京古])都)[^，。；;,、\n]{0,8}\\Z")


def _shares_its_qualifier(padded: str, at: int) -> bool:
    """Whether the qualifier that begins at ``at``, before the first number of a list, is every number's (see
    ``_SHARED_RE``); else only the first's."""
    return _SHARED_RE.search(padded, max(0, at - 10), at) is not None


def _list_items(padded: str, start: int, last: Quantity) -> list[tuple[int, int, Quantity]] | None:
    """The plain numbers joined by 、 before the quantity ``last`` that ends a list (3、5、7天), each read with
    ``last``'s unit and tail as written, or None when there is no list: ``last`` must be a plain number in
    digits with a unit, no qualifier, no range and no 万/亿 (8000、3万元: shared or not?)."""
    number = _LIST_ITEM_RE.match(last.text)
    if number is None or last.qualifier or last.kind == "range" or not last.unit:
        return None
    found = _LIST_ITEMS_RE.search(padded, max(0, start - _LIST_MAX), start)
    if found is None:
        return None
    tail = last.text[number.end() :]
    if tail[:1] in PLACE_CHARS:
        return None  # 8000、3万元: is 万 shared (8000万) or not? left out
    items = []
    for item in _LIST_ITEM_RE.finditer(padded, found.start(), found.end()):
        try:
            quantity = parse_quantity(item.group() + tail)
        except ValueError:
            return None
        items.append((item.start(), item.end(), quantity._replace(text=item.group())))
    return items


#: Every qualifier written before a number, the longest first (突破 before 破), for the word forms
#: (``_with_word_forms``), which read none.
_QUALIFIER_WORDS = tuple(sorted(QUALIFIERS_BEFORE, key=len, reverse=True))


#: The same by their last character, for a quick look back from a place.
_QUALIFIERS_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(q for q in _QUALIFIER_WORDS if q[-1] == last) for last in {q[-1] for q in _QUALIFIER_WORDS}
}


def _qualifier_before(text: str, start: int) -> str | None:
    """The qualifier that ends right before ``start`` (the longest), or None."""
    words = _QUALIFIERS_BY_LAST.get(text[start - 1]) if start else None
    return next((q for q in words if text.endswith(q, 0, start)), None) if words else None


_ABOUT_OR_NEARLY = frozenset(QUALIFIERS_BEFORE_A_VERB)
#: 'About' or a bound before what a share or a multiple is of, then the figure (约占GDP的55%, 大约占全市的三成,
#: 约为农村居民的2.3倍, 约相当于上年的八成, 不超过公司总股本2%, 不低于上年的1.5倍): the figure's qualifier; not 超过,
#: 高于 or 低于, which compare (高于全国平均水平的12%: 12% above it, or above 12% of it?). What the figure is of may
#: be longer when 的 ends it (不高于同地段同品质市场租赁住房租金的90%).
_QUALIFIED_SHARE_RE = re.compile(
    f"(?<![{_WORD_QUALIFIERS['约']}集特])((?:大约|大概|大致|约|約)(?:占|佔|为|為|是)"
    "|(?:大约|大概|约|約)(?=相当于|相當於)|不超过|不超過|不高于|不高於|不大于|不大於|不低于|不低於|不少于|不少於"
    "|不小于|不小於)"
    f"(?:相当于|相當於)?(?:[^，。；;,、0-9０-９%％\\n]{{1,12}}|[^，。；;,、0-9０-９%％\\n]{{1,28}}的)\\Z"
)
_SHARE_OF_UNITS = frozenset({"%", "倍"})
_BEFORE_A_RATE = frozenset(QUALIFIERS_BEFORE_A_RATE)


def _qualified(text: str, start: int, among: frozenset[str] | None = None) -> bool:
    """Whether a qualifier (of ``among``, if given) ends right before ``start`` (约, 不到, 超过 …), but not as the end
    of a word (签约, 纽约, 就近, 吃不下: ``_WORD_QUALIFIERS``)."""
    qualifier = _qualifier_before(text, start)
    if qualifier is None or among is not None and qualifier not in among:
        return False
    return not _ends_a_word(text, start - len(qualifier), qualifier)


#: 续 before 约 ends 续约 (to renew a contract: 续约3年) but not after these, where it ends 持续, 连续 … (持续约30秒:
#: about 30 seconds).
_RUN_BEFORE_XU = frozenset("持连連继繼延陆陸")


def _ends_a_word(text: str, at: int, qualifier: str) -> bool:
    """Whether the qualifier written at ``at`` is the end of a word (签约, 纽约, 就近, 吃不下: ``_WORD_QUALIFIERS``)."""
    before = text[at - 1] if at else ""
    if not before or before not in _WORD_QUALIFIERS.get(qualifier, ""):
        return False
    return not (before in "续續" and at > 1 and text[at - 2] in _RUN_BEFORE_XU)


def _with_word_forms(
    text: str, starts: list[int], ends: list[int], quantities: list[Quantity], covered: list[tuple[int, int]]
) -> tuple[list[int], list[int], list[Quantity]]:
    """The scan's readings with the word forms of ``WORD_FORM_RE`` (翻两番, 打对折, 两角五分) put in, in text
    order. A word form inside an amount in several units (``covered``: 123元|1角1分, read or left out) is not
    one; a grammar reading a word form overlaps is dropped."""
    words: list[tuple[int, int, Quantity | None]] = []  # None: a word form not read here (第3分30秒), no part of it
    for place in WORD_FORM_START_RE.finditer(text):
        start = place.start()
        match = WORD_FORM_RE.match(text, start)
        if match is None and text[start] in ZEROS:  # 找零两角五分: the amount begins after the 零 of 找零
            start += 1
            match = WORD_FORM_RE.match(text, start)
        if match is None or words and start < words[-1][1] or any(s <= start < e for s, e in covered):
            continue
        end, quantity = word_form_quantity(match, text) or (match.end(), None)
        if quantity is None:
            continue
        before = text[start - 1] if start else ""
        if (
            before
            and (before in _NOT_BEFORE or before.isdigit() or before in SIGNS or before in _MONEY_PARTS)
            or end < len(text)
            and text[end] in _NOT_AFTER
        ):
            quantity = None  # 第3分30秒: a moment; 负两角五分: the sign is not read; 元捌角玖分: a part of an amount
        elif before and _qualified(text, start):
            quantity = None  # 约2分30秒, 不到2分30秒: a qualifier the word form does not read; not read as exact
        elif before in CHANGE_LAST_CHARS and (change := change_before(text, start, quantity.unit)):
            quantity = quantity._replace(change=change)  # 猪肉价格比上周上涨了五毛钱: +0.5 元
        words.append((start, end, quantity))
    if not words:
        return starts, ends, quantities
    kept = [(s, e, q) for s, e, q in zip(starts, ends, quantities) if not any(s < we and ws < e for ws, we, _ in words)]
    rows = sorted(kept + [word for word in words if word[2] is not None], key=lambda row: row[0])
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def _with_qualifier(padded: str, at: int, quantity: Quantity) -> Quantity | None:
    """The quantity read with the qualifier that ends at ``at``, before the words between it and the number (a verb of
    change, 每 and a unit: ``约下降6℃``, ``约每平方米3.2万元``); its span stays the number's. None when the two cannot
    be read together (约增长三成以上: about, and more than)."""
    qualifier = _qualifier_before(padded, at)
    if qualifier is None:
        return None
    try:
        read = parse_quantity(qualifier + quantity.text)
    except ValueError:
        return None
    return read._replace(text=quantity.text, change=quantity.change, unit=quantity.unit)


#: 每 and the unit of a rate written before the number (每平方米3.2万元, 每吨4000元): a qualifier before 每 is the
#: number's (约每平方米3.2万元).
_PER_UNIT_LASTS = frozenset(u[-1] for u in PER_UNITS)


def iter_quantities(text: str) -> Iterator[tuple[int, int, Quantity]]:
    """Yield (start, end, quantity) for every measured quantity in a text, in text order."""
    yield from zip(*_scan(text))


def find_quantities(text: str) -> pd.DataFrame:
    """Every quantity mentioned in a text, one row each in text order: span, value, range, unit, qualifier,
    currency, direction of change and the signed value."""
    starts, ends, quantities = _scan(text if isinstance(text, str) else str(text))
    n = len(quantities)
    texts, values, lows, highs, units, qualifiers, _, _, currencies, changes = zip(*quantities) if n else ((),) * 10
    signed = [q.signed_value for q in quantities]
    strings = pd.array(np.array(texts + units + qualifiers + currencies + changes, dtype=object), dtype=_STR)
    return create_dataframe_from_blocks(
        [
            (np.array((starts, ends), dtype=np.int64).reshape(2, n), _INT_COLUMNS),
            (np.array((values, lows, highs, signed), dtype=np.float64).reshape(4, n), _FLOAT_COLUMNS),
            *((strings[i * n : (i + 1) * n], column) for i, column in enumerate(_TEXT_COLUMNS)),
        ],
        index=pd.RangeIndex(n),
        columns=_COLUMN_INDEX,
    )


# The frame's blocks, built directly: pandas' constructor for typed arrays, a third of the time of
# pd.DataFrame(dict), which infers and checks what the extractor already knows (a frame per article).
_STR = pd.Series([""]).dtype  # the string dtype pandas gives text by default
_COLUMN_INDEX = pd.Index(COLUMNS)
_INT_COLUMNS, _FLOAT_COLUMNS, *_TEXT_COLUMNS = (
    np.array([COLUMNS.index(c) for c in names], dtype=np.intp)
    for names in (
        ("start", "end"),
        ("value", "low", "high", "signed_value"),
        ("text",),
        ("unit",),
        ("qualifier",),
        ("currency",),
        ("change",),
    )
)
