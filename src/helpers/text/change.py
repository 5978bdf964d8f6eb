"""The direction of change a quantity is written with: ``增长3.8%`` is a rise (``+``), ``下降3.8%`` a fall (``-``),
``达到3.8%`` and ``增长到3.8%`` a level (empty).

The rule (``change_before``): a quantity is a change when a verb of change (``CHANGE_VERBS``) comes right
before it, with at most a comparison (``同比``, ``环比``, ``比上年`` … ``COMPARISONS``), ``分别`` and ``了``
between, in that order: ``同比下降了3.8%``, ``比上年增长3.8%``, ``增长同比3.8%``, ``分别增加了187``.
A qualifier is part of the quantity (``增长近3成``: the verb is right before ``近3成``). The verbs include those of
prices and output (``涨价5元``, ``降价约7%``, ``减产10万吨``, ``下浮8%``), of cuts (``缩短45天``, ``精简三成``; not
压缩, which compresses files too: ``压缩3000个文件``), ``负增长`` (a fall: ``负增长3%`` is −3%) and Taiwan's ``成长``
and ``衰退``. After a comparison, 多 and 少 say more or fewer by (``COMPARATIVES``): ``比去年多了3人`` is +3 人,
``较上年少5家`` −5 家, ``与上年相比多3家`` +3 家 (比 or 较, then one to eight characters with no punctuation, or 相比
or 相较 right before, or 相比 and a comma and up to 12 characters of the clause: ``与去年相比，今年的游客多了3万人次``);
adjectives of measure after a comparison say more or less too (高, 重, 长, 大, 贵, 宽, 深 +; 低, 轻, 短, 小, 便宜, 窄,
浅 −: ``比昨天低了5度``, ``比全国平均水平高2.1个百分点``; not 快, 慢, 早, 晚: faster by 3 seconds is a shorter time).
Not after 比 inside a word (比较, 比如, 比分, 比赛, 比对, 比例, 比重, 评比, 对比 …:
``比较集中的区域多3家``), nor after 较 the adverb (较快, 较高: ``增速较快的多3个行业``), nor the 多 and 少 that end a
word (最多, 至少, 许多, 更多, 不少, 过多, 较多: ``比例最多不超过30%`` is no rise). A noun of change (``CHANGE_NOUNS``:
增幅, 涨幅, 增速, 增长率, Taiwan's 年增率 and 成长率 for a rise, 降幅, 跌幅 for a fall) names the figure after it,
with a comparison, 分别 and a copula (为, 是, 达, 达到) between: ``涨幅2.1%`` and ``增速为6.1%`` are rises,
``降幅达3%`` a fall. A transitive verb (``OBJECT_VERBS``: 提高, 降低, 上调, 下调, 增加, 减少, 扩大, 削减 …), then its
object ending in a noun of a level (``LEVEL_NOUNS``: a rate, a price, a standard, a cost, an amount, a measure),
then the figure: the figure is how much the level was changed (``上调退休人员基本养老金3.8%``, ``下调1年期LPR利率10个
基点``, ``降低企业用电成本1.2亿元``); the object holds up to 12 characters, no punctuation, no digit but in a term
(``5年期``), none of 的, 到, 至, 为, 是, 达, 后, 时, 和, 与, 及, 在 …; the figure of a rate is a share or points, of
the others also money, a measure or a multiple, never a count (``增加就业岗位3000个``, ``提升改造老旧小区18个``: those
there are, or more?) nor a span of time or a number of times. Every word is read in traditional characters
too (``增長``, ``減少``, ``較去年同期``, ``漲幅``: ``helpers.text.traditional``). Everything else is a level and
its change is empty, in particular:

* a verb followed by 到, 至 or 为 (``增长到``, ``增加至``, ``降至``, ``下降为``): the level reached, not the
  change; ``增加200家至1200家`` is +200, then the level 1200 (but ``净利润下降50%至80%``, two percentages of the
  same order in a clause that names no rate, is one range of change: ``helpers.text.extract``);
* ``达到``, ``为``, ``是``: levels;
* a span of time after 连续, 持续, 接连 or 连 and the verb (a comparison between too): how long the change
  lasted (``连续下跌5个交易日``, ``连涨三周``, ``连续同比下降3个月``; not hours or minutes, nor after a verb that
  changes a time: ``工时持续下降2小时``, ``连续缩短15天`` are changes); how often a rate or price was set (``加息4次``,
  ``上调3次``); and a figure the verb does not change (``降温30分钟``: 降温, 升温 change temperatures, 加息 rates);
* words that end in a verb of change but say no direction (``NOT_CHANGES``): ``新增`` (the count of new
  cases, a level), ``增减``, ``涨跌``, ``升降`` (either way), ``晋升`` (a promotion), ``毫升``, ``公升`` (units),
  ``少增``, ``多增`` (``比上年多增200人``: the rise was 200 larger, a difference between two changes).

The value stays as written; the direction is only ``change`` (and ``signed_value``, −value for a fall).
A negative number after a verb keeps both: ``增长-3.8%`` is value −3.8 with change ``+`` (a rise of
−3.8%, signed value −3.8), ``下降-2%`` is value −2 with change ``-`` (signed value 2): the text's own
words, not corrected.

``helpers.text.extract`` uses the same verbs to split ``增加200家至1200家`` (``follows_change_verb``), and
``helpers.text.quantity.parse_quantity`` reads a verb written before the quantity (``同比下降3.8%``)
by ``split_change``, so that both give the same change for the same words.
"""

from __future__ import annotations

import re

from helpers.text.patterns import alternation, alternation_by_first
from helpers.text.traditional import with_traditional, words_with_traditional
from helpers.text.units import PERCENT_UNITS, POINT_UNITS, SIGNED_UNITS

__all__ = [
    "CHANGE_LAST_CHARS",
    "CHANGE_NOUNS",
    "CHANGE_VERBS",
    "COMPARATIVES",
    "COMPARISONS",
    "COPULAS",
    "DEVIATION_VERBS",
    "DURATION_UNITS",
    "FALL_NOUNS",
    "FALL_VERBS",
    "LEVEL_NOUNS",
    "NOT_CHANGES",
    "OBJECT_VERBS",
    "RISE_NOUNS",
    "RISE_VERBS",
    "change_at",
    "change_before",
    "comparison_start",
    "follows_change_verb",
    "split_change",
]

#: Verbs of a rise: the quantity after them is how much something went up.
RISE_VERBS: tuple[str, ...] = (
    "增长",
    "增加",
    "提高",
    "上升",
    "上涨",
    "扩大",
    "提升",
    "回升",
    "攀升",
    "飙升",
    "跃升",
    "上调",  # 上调0.25个百分点; 上调至 is a level
    "调高",
    "上行",  # 上行10个基点
    "上浮",  # 贷款利率上浮10%: a price or rate set higher
    "上修",  # 较上次预测上修0.2个百分点 (Taiwan, Hong Kong): a forecast revised up
    "多出",  # 比去年多出300人: more by 300
    "升值",  # 人民币升值2%: a currency's value up
    "高出",  # 比上年高出1.6个百分点: higher by 1.6 points
    *("偏高", "偏多"),  # 气温较常年偏高1.5℃, 降水偏多两成: above normal by
    *("升温", "加息"),  # 气温升温5℃; 加息25个基点: a rate raised by
    "成长",  # Taiwan's word for 增长 (GDP成長2.5%)
    *("加快", "走强", "走強"),  # 增速加快1.3个百分点, 美元走强0.3% (of a rate only: _VERB_UNITS)
    *("上扬", "反弹", "走高"),  # 股价上扬3%, 指数反弹2.1%: a price up by
    "增产",  # 增产5%: output up 5%
    "增收",  # 户均增收1.6万元: income up by
    "涨价",  # 猪肉涨价5元: the price up 5元
    "提价",
    "加价",
    "增",
    "涨",
    "升",
)
#: Verbs of a fall: the quantity after them is how much something went down.
FALL_VERBS: tuple[str, ...] = (
    "下降",
    "减少",
    "降低",
    "回落",
    "下跌",
    "缩小",
    "下滑",
    "萎缩",  # 规模萎缩两成
    "收缩",  # 本地生产总值按年收缩8.9% (Hong Kong's word for a contraction); not 收缩压 (a blood pressure)
    *("缩减", "削减", "压减", "压缩"),  # 开支缩减两成, 压减产能10%: cut by
    *("走低", "回调"),  # 金价走低1.2%, 股指回调3%
    "倒退",  # 盈利倒退15% (Hong Kong): down by
    *("放缓", "放緩", "收窄", "回吐", "走弱", "降准", "降準"),  # 增速放缓0.5个百分点, 降准0.25个百分点 (of a rate only)
    "缩水",
    "下挫",
    "衰退",  # 经济衰退2.5%
    "下调",
    "调降",
    "调低",
    "下行",  # 收益率下行5个基点
    "下浮",  # 价格下浮10%
    "下修",  # 下修0.3个百分点: revised down (下修至1.8% is a level)
    *("拖累", "拉低", "下拉"),  # 拖累0.3个百分点, 拉低均价5%: pulled down (also before a rise: _DOWNWARD_RE)
    *("跌去", "回撤"),  # 较发行价跌去六成, 较高点回撤约三成: fell by
    *("偏低", "偏少"),  # 较常年偏低2.3℃, 来水偏少三成: below normal by
    *("降温", "降息"),  # 降温8℃, 降息0.25个百分点
    "缩短",  # 工期缩短30天
    "精简",  # 会议精简三成
    "贬值",  # 卢布贬值15%
    "向下拉动",  # 净出口向下拉动0.6个百分点: a negative contribution (see _DOWNWARD_RE)
    "负增长",  # 负增长3%: a fall of 3% (not the rise of 增长)
    "负成长",
    "减产",
    "减收",  # 财政减收8亿元: revenue down by
    "降价",  # 降价约7%
    "减价",
    "减",
    "降",
    "跌",
    "挫",  # 股价急挫5%, 大挫3% (下挫 above)
)
#: Nouns of a change, written before the figure they name, with 为, 是, 达 or 达到 between or nothing (涨幅2.1%,
#: 增速为6.1%, 降幅达3%): the figure is the change itself, a rise for a rate of growth, a fall for a rate of fall.
RISE_NOUNS: tuple[str, ...] = (
    "增幅",
    "涨幅",
    "升幅",
    "增速",
    "增率",  # Taiwan's 年增率, 季增率, 月增率 (the rate of growth over a year, a quarter, a month)
    "成长率",  # Taiwan's 经济成长率 (增长率)
    "增长率",
    "增长速度",
    *(f"{verb}幅度" for verb in ("增长", "上涨", "上升", "提高", "增加")),  # 增长幅度为5%
)
FALL_NOUNS: tuple[str, ...] = (
    "降幅",
    "跌幅",
    "减幅",
    *("年减率", "季减率", "月减率"),  # Taiwan's (not 增减率: either way)
    "负增长率",  # the longer word wins over the rise of 增长率, 成长率
    "负成长率",
    *(f"{verb}幅度" for verb in ("下降", "下跌", "减少", "降低", "回落", "下滑")),
)
#: What may stand between a noun of change and its figure (after a comparison and 分别): a copula, then 了.
COPULAS: tuple[str, ...] = words_with_traditional(("为", "是", "达到", "达", "在"))  # 跌幅在5%左右
_DIRECTION = with_traditional(
    {verb: "+" for verb in (*RISE_VERBS, *RISE_NOUNS)} | {verb: "-" for verb in (*FALL_VERBS, *FALL_NOUNS)}
)
#: Every verb of change, in simplified and traditional characters (增長, 減少), the longest first (增长 before 增).
CHANGE_VERBS: tuple[str, ...] = tuple(sorted(words_with_traditional((*RISE_VERBS, *FALL_VERBS)), key=len, reverse=True))
CHANGE_NOUNS: tuple[str, ...] = words_with_traditional((*RISE_NOUNS, *FALL_NOUNS))
#: What may stand between the verb and the quantity besides 了: the comparison, and 分别 ('respectively').
COMPARISONS: tuple[str, ...] = words_with_traditional(
    ("同比", "环比", "比上年同期", "比去年同期", "较上年同期", "较去年同期", "比上年", "比去年", "较上年", "较去年")
    + ("比上月", "较上月")
)
#: After a comparison with 比 or 较 (比去年多了3人, 较上年少5家): more by, fewer by.
#: So do adjectives of measure: ``比昨天低了5度`` is −5 度, ``比全国平均水平高2.1个百分点`` +2.1 points,
#: ``比上一代轻了20克`` −20 克 (not 快, 慢, 早, 晚: faster by 3 seconds is a shorter time).
COMPARATIVES: dict[str, str] = with_traditional(
    {"多": "+", "少": "-"}
    | dict.fromkeys(("高", "重", "长", "大", "贵", "宽", "深"), "+")
    | dict.fromkeys(("低", "轻", "短", "小", "便宜", "窄", "浅"), "-")
)
#: Words that end in a verb of change and give no direction: 新增 (new cases: a level), 增减, 涨跌, 升降, 上下浮
#: (either way), 晋升 (a promotion), 毫升, 公升, 每升 and 一升 (a litre: 每升8.5元 is a price), 少增, 少减, 多增, 多减
#: (比上年少增200人: the rise was 200 smaller, a difference between two changes, not a rise of 200), 最多出, 至多出,
#: 最高出 (at most).
NOT_CHANGES: tuple[str, ...] = words_with_traditional(
    (
        "新增",
        "增减",
        "涨跌",
        "升降",
        "晋升",
        "毫升",
        "公升",
        "每升",
        "一升",
        "每公升",
        "少增",
        "少减",
        "少降",
        "多增",
        "受挫",
        "起降",  # 日均起降1600架次: take-offs and landings
    )
    + ("多减", "多降")
    + ("最多出", "至多出", "最高出", "上下浮")  # 每户最多出1人, 最高出5000元: at most; 上下浮10%: either way
)

_TO_A_LEVEL = "到至为為破穿"  # 增长到, 降至, 下降为: the level reached; 跌破, 涨破, 升穿: a bound of the level


#: 'respectively', between a comparison and the verb's figure (分别增加了187、28、20倍)
_RESPECTIVELY = words_with_traditional(("分别",))
_ANY_COMPARISON = f"(?:{alternation_by_first(COMPARISONS)})?"
_COMPARISON = f"{_ANY_COMPARISON}(?:{alternation(_RESPECTIVELY)})?"
_BETWEEN = f"{_COMPARISON}了?"
_VERB = f"(?P<verb>{alternation_by_first(CHANGE_VERBS)})"
_NOUN = f"(?P<noun>{alternation_by_first(CHANGE_NOUNS)}){_COMPARISON}(?:{alternation(COPULAS)})?了?"
#: 比 or 较 and what is compared (one to eight characters, no punctuation), then 多 or 少 (see ``COMPARATIVES``).
_COMPARED = "[^，,。；;：:！!？?、\\s]{1,8}?"
#: 比 the preposition: not a word that begins with 比 (比较, 比如, 比分, 比赛, 比对, 比选, 比邻, 比例, 比重 …) or ends
#: in it (评比, 对比, 类比, 排比, 无比, 好比); 相比 is read on its own.
_THAN = "(?<![评評对對类類排无無好])比(?![较較如分赛賽对對选選邻鄰例重率值价價武拼照方喻划劃比])"
#: 较 the preposition: not in 比较 or 计较, nor the adverb before an adjective (较快, 较高, 较多 …).
_COMPARED_TO = "(?<![比计計])[较較](?![快慢高低大小好差强強弱多少为為早晚长長短深浅淺重轻輕])"
#: A comparison, then 多 or 少 (see ``COMPARATIVES``): 相比/相较 right before it, or 比/较, what is compared, and 多/少
#: that end no word (最多, 至少, 许多, 更多, 不少, 过多, 较多).
#: 相比 or 相较 (之下, 而言), a comma, then up to 12 characters of the clause: 与去年相比，今年的游客多了3万人次.
_AFTER_A_COMPARISON = "相[比较較](?:之下|而言)?[，,][^，,。；;：:！!？?、\\s]{0,12}?"
_COMPARATIVE = (
    f"(?:相[比较較]|(?:{_THAN}|{_COMPARED_TO}){_COMPARED}(?<![最至许許很更不好太过過较較])|{_AFTER_A_COMPARISON}"
    f"(?<![最至许許很更不好太过過较較]))(?P<than>{alternation_by_first(COMPARATIVES)}){_BETWEEN}"
)
#: The verb (and what may follow it) that ends the text before a quantity, with the character before the verb
#: (lazily: at the very start of a text, 负增长 is the verb, not 负 and 增长), the noun of change and its copula,
#: or a comparison and 多 or 少.
_BEFORE_RE = re.compile(f"(?:(?P<word>.??{_VERB}){_BETWEEN}|{_NOUN}|{_COMPARATIVE})\\Z", re.S)
#: A noun first: 涨幅 begins with the verb 涨.
_START_RE = re.compile(f"{_NOUN}|{_ANY_COMPARISON}{_VERB}{_BETWEEN}|{_COMPARATIVE}")
_LONGEST = max(
    max(len(w) for w in (*CHANGE_VERBS, *CHANGE_NOUNS)) + max(len(w) for w in COMPARISONS) + 6,
    1 + 8 + 1 + max(len(w) for w in COMPARISONS) + max(len(w) for w in _RESPECTIVELY) + 1,  # 比+8 characters+多 …
    2 + 2 + 1 + 12 + max(len(w) for w in COMPARATIVES) + max(len(w) for w in _RESPECTIVELY) + 1,  # 相比之下，…
)
#: The last character of whatever can end the text before a change: a cheap test before the search.
_VERB_LAST_CHARS = frozenset(
    "了"
    + "".join(w[-1] for w in COMPARATIVES)
    + "".join(w[-1] for w in (*CHANGE_VERBS, *CHANGE_NOUNS, *COMPARISONS, *COPULAS, *_RESPECTIVELY))
)


#: A copula ends the text before a change only after a noun of change, a comparison or 分别 (涨幅为, 增速同比为):
#: a second cheap test, as 为, 是 and 达 stand before many more levels (总额为, 复工率达, 达到) than changes.
_COPULA_LASTS = frozenset(c[-1] for c in COPULAS) - frozenset(w[-1] for w in (*CHANGE_VERBS, *COMPARISONS))
_BEFORE_COPULA = (*CHANGE_NOUNS, *COMPARISONS, *_RESPECTIVELY)


def _verb_at_end(text: str, end: int):
    if not end or text[end - 1] not in _VERB_LAST_CHARS:
        return None
    if text[end - 1] in _COPULA_LASTS:
        copula = next((c for c in COPULAS if text.endswith(c, 0, end)), None)
        if copula is None or not text.endswith(_BEFORE_COPULA, 0, end - len(copula)):
            return None
    return _BEFORE_RE.search(text, max(0, end - _LONGEST), end)


def follows_change_verb(text: str, end: int) -> bool:
    """Whether a verb of change (any of ``CHANGE_VERBS``, words of ``NOT_CHANGES`` too; not a noun: 涨幅3%至5% is
    one range) ends ``text[:end]``, with a comparison, 分别 or 了 after it."""
    found = _verb_at_end(text, end)
    return found is not None and found.group("verb") is not None


#: Words that say a change went on (连续下跌, 连涨, 持续回落): a span of time after the verb is how long it lasted.
_RUN_WORDS = words_with_traditional(("连续", "持续", "接连", "连"))
#: The units (as reported) of a span of time, which after 连续 and a verb of change is a duration, not the change
#: (not hours and minutes: 工时持续下降2小时 is the change), unless the verb changes a time (连续缩短15天).
DURATION_UNITS = frozenset({"年", "个月", "月", "周", "星期", "天", "日", "季度", "交易日", "工作日", "自然日"})
_TIME_VERBS = frozenset(words_with_traditional(("缩短", "延长", "提前", "推迟")))
#: Verbs after which a range is the change itself, never a change then a level (降温6℃至8℃, 偏高1℃至2℃: the level
#: reached is written with 至/到 right after the verb: 降温至8℃).
DEVIATION_VERBS: tuple[str, ...] = words_with_traditional(("升温", "降温", "偏高", "偏低", "偏多", "偏少"))
#: Counts of times a rate or a price was set (加息4次, 上调3次, 降价两次): how often, not how much, so no direction
#: (航班增加3次 is 3 more flights: a change).
_TIMES_UNITS = frozenset({"次", "回", "轮"})
_SETTING_VERBS = frozenset(
    words_with_traditional(
        ("上调", "下调", "调高", "调低", "调降", "加息", "降息", "升温", "降温", "提价", "降价", "涨价", "减价", "加价")
        + ("上浮", "下浮")
    )
)
#: Verbs whose change is only of one kind of quantity: a temperature (降温8℃; 降温30分钟 is how long it was cooled)
#: or a rate (加息25个基点).
_VERB_UNITS: dict[str, frozenset[str]] = with_traditional(
    {
        **dict.fromkeys(("升温", "降温"), frozenset({"℃", "℉", "度"})),
        **dict.fromkeys(("加息", "降息"), frozenset({"%", "个百分点", "百分点", "个基点", "基点"})),
        # of a pace or a rate only: 加快10个重点项目建设, 降准3次, 放缓3个月后 say no change of the figure
        **dict.fromkeys(
            ("加快", "放缓", "放緩", "走强", "走強", "走弱", "收窄", "回吐", "降准", "降準")
            + ("拖累", "拉低", "下拉"),  # 拖累3家企业: no change of the figure
            frozenset({"%", "个百分点", "百分点", "个基点", "基点", "倍"}),
        ),
    }
)


#: Verbs that change a level named as their object, the figure after the object (上调退休人员基本养老金3.8%, 下调存款
#: 准备金率0.5个百分点, 降低企业用电成本1.2亿元), and their direction: transitive verbs only (增长 and 下降 take no
#: object); not 增加 in 增加值 (value added, a noun: 工业增加值总量3000亿元 is a level).
_OBJECT_DIRECTION: dict[str, str] = with_traditional(
    dict.fromkeys(("提高", "上调", "调高", "调升", "增加", "扩大", "上浮", "提升", "上修"), "+")
    | dict.fromkeys(("降低", "下调", "调低", "调降", "减少", "缩小", "削减", "压减", "缩减", "压缩", "下浮"), "-")
    | dict.fromkeys(("减轻", "下修"), "-")
)
OBJECT_VERBS: tuple[str, ...] = tuple(_OBJECT_DIRECTION)
#: Nouns of a level that such an object ends in, the figure right after it: rates (率, 比例, 比重, LPR: the figure a
#: percentage or points), and prices, amounts and measures (the figure a percentage, points, a multiple, money or a
#: measure; not a count: 增加就业岗位3000个 may be the posts there are, 提升改造老旧小区30个 are those renovated).
RATE_NOUNS: tuple[str, ...] = words_with_traditional(("率", "比例", "比重", "占比", "LPR"))
LEVEL_NOUNS: tuple[str, ...] = RATE_NOUNS + words_with_traditional(
    ("价格", "价", "标准", "水平", "成本", "费用", "收费", "费", "收入", "工资", "薪酬", "养老金", "补贴", "补助")
    + ("额度", "限额", "金额", "总额", "支出", "投入", "税负", "负担", "租金", "产量", "产能", "排放量", "排放")
    + ("能耗", "面积", "规模", "用量", "库存", "储备", "投资", "资金", "贷款", "预算", "开支", "经费")
)
#: What the object may hold before its noun: up to 12 characters with no punctuation and none that ends a phrase or
#: names a level reached or another figure (的, 到, 至, 为, 是, 达, 后, 时, 和, 与, 及, 并, 在, 从, 由, 将, 每, 约,
#: 近 …), no digit but in a term (1年期LPR).
_OBJECT_STOPS = (
    '，,。；;：:！!？?、\\s（）()“”"' + "的之到至为為是达達后後时時和与與及并並在从從由将將已共约約近超逾每了0-9０-９"
)
_OBJECT_RE = re.compile(
    f"(?P<verb>{alternation_by_first(OBJECT_VERBS)})(?!值)了?(?:[0-9]+年期|[^{_OBJECT_STOPS}]){{0,12}}?"
    f"(?P<noun>{alternation_by_first(LEVEL_NOUNS)})\\Z"
)
_OBJECT_LAST_CHARS = frozenset(noun[-1] for noun in LEVEL_NOUNS)
#: The last character of whatever can end the text before a change (a verb, a noun of change, a comparison, a
#: copula, 了, or the noun of a verb's object): a cheap test before the search.
CHANGE_LAST_CHARS = _VERB_LAST_CHARS | _OBJECT_LAST_CHARS | frozenset("至到")
_OBJECT_LONGEST = 2 + 1 + 12 + max(len(noun) for noun in LEVEL_NOUNS)
#: The units of a figure after an object of ``LEVEL_NOUNS``: shares and points of a rate; also money, measures and
#: multiples of the others (``SIGNED_UNITS``: what can fall, not counts).
_RATE_FIGURE_UNITS = frozenset({"%", *PERCENT_UNITS, *POINT_UNITS})
_LEVEL_FIGURE_UNITS = (SIGNED_UNITS | {"倍"}) - {""}


def _change_of_an_object(text: str, end: int, unit: str) -> str:
    """The change a verb of ``OBJECT_VERBS`` gives the figure at ``end`` after its object (see ``LEVEL_NOUNS``)."""
    found = _OBJECT_RE.search(text, max(0, end - _OBJECT_LONGEST), end)
    if found is None or unit not in (_RATE_FIGURE_UNITS if found.group("noun") in RATE_NOUNS else _LEVEL_FIGURE_UNITS):
        return ""
    if text.endswith(NOT_CHANGES, 0, found.end("verb")):
        return ""
    return _OBJECT_DIRECTION[found.group("verb")]


#: 向下拉动 (pulled down) and what it pulled, right before a verb of rise: the figure is a fall (a statistical
#: bulletin's 净出口向下拉动国内生产总值增长0.6个百分点).
#: So too 拖累, 拉低 and 下拉 (消费拖累GDP增长0.3个百分点, 房地产投资下拉全部投资增速约2个百分点): verbs of fall.
_DOWNWARD = words_with_traditional(("向下拉动", "拖累", "拉低", "下拉"))
_DOWNWARD_RE = re.compile(f"(?:{alternation_by_first(_DOWNWARD)})了?[^，,。；;：:！!？?\\s]{{0,12}}\\Z")
_DOWNWARD_MAX = 17
#: A noun of change, then a verb of change and 至 or 到 (降幅扩大至5.4%, 涨幅回落至3.1%, 跌幅较上月收窄到2%, 增速放缓至
#: 4.2%): the figure is the level the rise or fall came to, so it is one, the noun's direction; a comparison or an
#: adverb between (up to 8 characters, no punctuation, no digit).
_MOVED_TO_RE = re.compile(
    f"(?P<noun>{alternation_by_first(CHANGE_NOUNS)})[^，,。；;：:！!？?、\\s0-9０-９%％]{{0,8}}?"
    f"(?:{alternation_by_first(CHANGE_VERBS)})了?[至到]\\Z"
)
_MOVED_TO_LONGEST = max(len(w) for w in CHANGE_NOUNS) + 8 + max(len(w) for w in CHANGE_VERBS) + 2


#: Verbs whose change is of any unit but these: 成绩提高了0.3秒 is a shorter time (faster), so is 提升2分钟: which
#: way the figure moved is the result's, not the verb's.
_VERB_NOT_UNITS: dict[str, frozenset[str]] = with_traditional(
    dict.fromkeys(("提高", "提升"), frozenset({"秒", "毫秒", "分钟", "分"}))
)


def change_before(text: str, end: int, unit: str = "") -> str:
    """The change of a quantity that starts at ``end`` in ``text``: "+" after a verb of rise, "-" after a verb of
    fall (a comparison, 分别 and 了 may come between), "" for a level (see the module docstring). A quantity in
    ``unit`` of time after 连续, 持续 or 连 and the verb is how long the change lasted, and has none (连续下跌5个交易日,
    金价连涨三周)."""
    return change_at(text, end, unit)[0]


def change_at(text: str, end: int, unit: str = "") -> tuple[str, int]:
    """``change_before``, and where its verb of change begins (-1 for a noun of change, a comparative or none): a
    qualifier written before the verb is the quantity's (约下降6℃)."""
    found = _verb_at_end(text, end)
    if found is None:
        if end and text[end - 1] in "至到":
            moved = _MOVED_TO_RE.search(text, max(0, end - _MOVED_TO_LONGEST), end)
            return (_DIRECTION[moved.group("noun")] if moved else ""), -1  # 降幅扩大至5.4%: a fall of 5.4 %
        return (_change_of_an_object(text, end, unit) if end and text[end - 1] in _OBJECT_LAST_CHARS else ""), -1
    if found.group("noun"):
        noun = found.group("noun")
        if _DIRECTION[noun] == "+" and _DOWNWARD_RE.search(text, max(0, found.start() - _DOWNWARD_MAX), found.start()):
            return "-", -1  # 净出口拉低经济增速0.6个百分点: it pulled growth down
        return _DIRECTION[noun], -1
    if found.group("than"):
        return COMPARATIVES[found.group("than")], -1
    verb, at = found.group("verb"), found.start("verb")
    if (
        unit in _TIMES_UNITS
        and verb in _SETTING_VERBS
        or unit
        and verb in _VERB_UNITS
        and unit not in _VERB_UNITS[verb]
        or unit in _VERB_NOT_UNITS.get(verb, ())
    ):
        return "", -1  # 加息4次, 降温30分钟: how often, how long
    if unit in DURATION_UNITS and verb not in _TIME_VERBS and _after_a_run(text, at):
        return "", -1
    if found.group("word").endswith(NOT_CHANGES):
        return "", -1
    direction = _DIRECTION[found.group("verb")]
    if direction == "+" and _DOWNWARD_RE.search(text, max(0, at - _DOWNWARD_MAX), at):
        return "-", at  # 净出口向下拉动国内生产总值增长0.6个百分点: it pulled growth down
    return direction, found.start("verb")


def comparison_start(text: str, at: int) -> int:
    """Where a comparison that ends right before ``at`` begins (同比, 比上年 before 下降), or ``at`` when none does."""
    comparison = next((c for c in COMPARISONS if text.endswith(c, 0, at)), "")
    return at - len(comparison)


def _after_a_run(text: str, at: int) -> bool:
    """Whether 连续, 持续 or 连 ends right before ``at``, or before a comparison that does (连续同比下降3个月)."""
    return text.endswith(_RUN_WORDS, 0, at) or text.endswith(_RUN_WORDS, 0, comparison_start(text, at))


def split_change(text: str) -> tuple[str, str]:
    """A verb of change written before a quantity, as in ``同比下降3.8%``: (the change, the quantity after the
    verb), or ("", text) when the text does not begin with one."""
    found = _START_RE.match(text)
    if found is None or found.end() == len(text) or found.group("verb") and text[found.end()] in _TO_A_LEVEL:
        return "", text  # 降至3%: a level
    if found.group("than"):
        return COMPARATIVES[found.group("than")], text[found.end() :]
    return _DIRECTION[found.group("verb") or found.group("noun")], text[found.end() :]
