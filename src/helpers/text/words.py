"""Where numerals in running text count nothing: idioms, names, words built on numerals, and numbers cut out
of a longer form.

The extractor (``helpers.text.extract``) finds spans with the grammar of ``helpers.text.quantity``; the rules
here say when a span, with the text around it, is no figure. Each rule is a class of wording, written in its
function's docstring with its examples; lists hold only what no rule tells from a count:

* ``IDIOMS`` and ``NAMES`` (``helpers.text.idioms``): idioms and set phrases (千家万户, 三番五次, 两个一百年),
  places, brands and terms with a numeral and a counter character inside (七台河, 五台山, 三只松鼠). A span
  that touches one, lies in a web address, numbers the session of a congress after its term (十四届五次全会,
  十七届人大三次会议: the fifth, the third) or is 四周 'all around' (环顾四周; 为期四周 is four weeks), is no
  figure (``word_positions``).
* ``numeral_word``: a Chinese numeral that is a word by its shape (百度, 万一, 二期, 一二三期, 一来, 超一流,
  两千一个月); ``next_char_rules_out``: 2万来京 (来 the verb), ``q=30%25`` (an escape).
* ``breaks_a_longer_form``: the number began before the span or goes on after it (1万600吨, 5万4千, 三米九,
  一百点123吨, 两个亿), is a part of a compound duration (4年7个月, 三年零五个月) or an end of a range the
  grammar does not read (两~3百, 2——3万, a range written with spaces: 20 - 100个, 5% - 10%, or one that does
  not rise: 九到四天), a day (周三起), a year of an era (``helpers.text.idioms.ERAS``: 公元前221年, 民國110年,
  康熙六十一年), or a counter that begins a longer word (``WORD_AFTER_COUNTER``: 五一期间, 八十年代, 5000万人民币,
  两位数, 三轮车, 四面体, 三倍体, 五人制, 三期工程, 4单元, 6片区), and a building's number in an address (7幢4单元,
  3栋502室).

A rule that leaves a span out never reads it otherwise: a left-out figure is missed, not misread.

Longer than the house's 500 lines because each rule is a small function of its own with its docstring and
examples, and all of them test the same character tables (``_BEFORE_MATTERS``, ``_AFTER_MATTERS``) that let
``breaks_a_longer_form`` return at once for most spans; split, the halves would share those tables and the
one quick test.
"""

from __future__ import annotations

import re

from helpers.text.idioms import ERA_LEAD_INS, ERAS, ERAS_INSIDE_WORDS, IDIOMS, NAMES
from helpers.text.numerals import (
    CHINESE_NUMERAL_CHARS,
    DIGITS,
    MAGNITUDES,
    PLACE_CHARS,
    RANGE_SEPARATOR_CHARS,
    SIGNS,
    ZEROS,
)
from helpers.text.patterns import alternation_by_first
from helpers.text.quantity import NUMERAL_CHARS, QUALIFIERS_AFTER_NUMBER, Quantity
from helpers.text.ratios import DISCOUNT, DISCOUNT_IDIOMS
from helpers.text.spacing import SPACES
from helpers.text.traditional import words_with_traditional
from helpers.text.units import (
    ABOVE_ZERO,
    LATIN_UNITS,
    MEASURES,
    MORE_MEASURES,
    PERCENT_UNITS,
    POINT_UNITS,
    SIGNED_UNITS,
    UNITS,
    UNITS_WITH_QUALIFIER,
)

__all__ = [
    "a_short_year",
    "WORD_AFTER_COUNTER",
    "breaks_a_longer_form",
    "next_char_rules_out",
    "numeral_word",
    "spaced_numeral",
    "word_positions",
]


_IDIOM_RE = re.compile(alternation_by_first([*IDIOMS, *DISCOUNT_IDIOMS, *NAMES]))  # 一波三折: no discount
#: A web address: no figure inside it is a figure (``?q=30%25``, ``issn%280024``).
_URL_RE = re.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+")
#: 四周 is 'all around' (房子四周, 环顾四周, 四周围) unless a word of time stands before it (为期四周, 连续四周,
#: 历时四周) or after it (四周后, 四周内, 四周以来, 四周时间): four weeks only then. 4周 in digits is always weeks.
_AROUND_RE = re.compile(
    "".join(
        f"(?<!{cue})"
        for cue in words_with_traditional(
            ("为期", "连续", "历时", "持续", "经过", "长达", "用了", "花了", "需要", "治疗", "坚持", "仅", "约", "近")
        )
    )
    + "四[周週](?!"
    + "|".join(
        words_with_traditional(
            ("后", "内", "以来", "来", "时间", "以后", "之后", "过后", "以上", "左右", "多", "半", "期间", "年")
        )
    )
    + ")"
)
#: The session of a congress numbered after its term (十四届五次全会, 县十七届人大三次会议, 十三届全国人大1次会议):
#: the 5th plenary session, an ordinal that shares the 第 of the term, not five times.
_SESSION_RE = re.compile(
    f"(?<=[{''.join(words_with_traditional(('届',)))}])[\u4e00-\u9fff]{{0,4}}?[{CHINESE_NUMERAL_CHARS}0-9]+次"
    f"(?={'|'.join(words_with_traditional(('全会', '全体会议', '会议', '大会')))})"
)


def word_positions(text: str) -> set[int]:
    """The offsets of every character that belongs to an idiom of ``IDIOMS``, a name of ``NAMES``, the session of
    a congress after its term (十四届五次全会: ``_SESSION_RE``) or a web address in the text.

    A span touches an idiom — lies inside it, or begins or ends in it — exactly when its first or
    its last character is one of these: two set lookups a span.
    """
    found = [m.span() for m in _IDIOM_RE.finditer(text)]
    if "届" in text or "屆" in text:
        found += [m.span() for m in _SESSION_RE.finditer(text)]
    if "四周" in text or "四週" in text:
        found += [m.span() for m in _AROUND_RE.finditer(text)]
    if "://" in text or "www." in text:
        found += [m.span() for m in _URL_RE.finditer(text)]
    return {i for span in found for i in range(*span)}


_BIG = frozenset(MAGNITUDES)
_ZEROS = frozenset(ZEROS)
_ARABIC = "0123456789０１２３４５６７８９"
_DIGIT_CHARS = frozenset(DIGITS)
_PLACES = frozenset("百佰千仟万萬亿億")  # 十 alone is the number ten (十天, 十万人); these alone are no number
# what 二 alone counts (二个, 二公斤, 二公分); 二度 is 'a second time'
_TWO_COUNTS = frozenset(
    ("个", *MEASURES, *MORE_MEASURES, *LATIN_UNITS.values(), *(unit for unit, _ in UNITS_WITH_QUALIFIER.values()))
) - {"度"}  # 二个, 二公斤, 二个月, 二个工作日: two
_WORD_AFTER_COLLOQUIAL = frozenset("的")  # what may follow a colloquial numeral with no unit (一万三的)


def _colloquial(body: str) -> bool:
    """True when a Chinese numeral ends in one digit right after 百, 千, 万 or 亿 (一百五, 两千一, 一万三)."""
    return len(body) >= 2 and body[-1] in _DIGIT_CHARS and body[-1] not in _ZEROS and body[-2] in _PLACES


def numeral_word(body: str, quantity: Quantity, after: str) -> bool:
    """True when a Chinese numeral (``body``, without its sign) is a word, a name or a list, not a count.

    * Only place characters, no digit and no qualifier: 百度, 百家号, 千人计划, 百万富翁, 千万 ('by all
      means'), 万元 and 亿元 (a column's unit, or what is left of 1万(含)-5万元). With a qualifier it is a
      rough count (上万, 近百, 万余人, 千余名). 十 alone is ten (十天).
    * It begins with 万 or 亿 and goes on: 万一 ('in case'); nothing before 万 says how many. It begins with
      零 not before a decimal point: the tail of a compound (两年零三个月) or a year ('零三年'); 零点五 is read.
    * 二 alone before a counter is an ordinal or a term (二期工程, 二次创业, 二类疫苗, 二元结构, 二套房,
      二度夺冠): Mandarin counts two with 两 (两期, 两次). Before 个 and a measure (二个, 二公斤) it is two.
    * Digits side by side with no zero that are not a range of two neighbours (两三个, 三五天): a list or a
      name (一二三期, 五一期间, 二三四个, 一一落实), read digit by digit otherwise; not before 折 (九五折 is
      95 %: ``helpers.text.ratios``). With a zero they are a
      number written digit by digit (一七二零吨, 二〇〇八年).
    * One digit with a qualifier and no unit: 一来 ('firstly'), 超一流, 近一段时间, 三余.
    * A colloquial last digit (两千一, 一万三) before a counter when the digit is 一: 两千一个月 is 2000 a
      month; with no unit, before a word (三万一线员工: 一线 is 'front line').
    """
    if not body:
        return False
    places = set(body) <= _PLACES
    if places and not quantity.qualifier:
        return True
    if body[0] in _BIG and not places or body[0] in _ZEROS and body[1:2] and body[1] not in _DECIMAL_MARKS:
        return True
    if body == "二" and not quantity.magnitude:
        return quantity.unit not in _TWO_COUNTS
    if (
        len(body) >= 2
        and set(body) <= _DIGIT_CHARS
        and _ZEROS.isdisjoint(body)
        and quantity.kind != "range"
        and not quantity.text.endswith(DISCOUNT)  # 九五折, 八五折: a discount written digit by digit
    ):
        return True
    if body in _DIGIT_CHARS and not quantity.unit and not quantity.magnitude:
        return True
    if _colloquial(body):
        if quantity.unit and body[-1] == "一":
            return True
        if not quantity.unit and after.isalnum() and after not in _WORD_AFTER_COLLOQUIAL:
            return True
    return False


def next_char_rules_out(quantity: Quantity, mid: str | None, after: str) -> bool:
    """True when the character after a span says it is no figure (digits or Chinese numerals alike).

    * 来 with no unit before a word is the verb: 2万来京人员 (来京 'come to Beijing'), not 'about 2万'.
    * % before an ASCII letter or digit is a web address's escape (``q=30%25``, ``%2D``).
    """
    if mid == "来" and not quantity.unit and after.isalnum():
        return True
    return quantity.unit == "%" and after.isascii() and after.isalnum()


_LONGER_BEFORE = frozenset("十百千万亿萬億佰仟")  # 1万600吨, 5万4千6百, 1百01: the number began before
_PAIRED_TWO = frozenset("俩倆仨拾")  # 倆千两百, 拾六万: 'two', 'three' or a formal ten before Chinese numerals
_POINTS = frozenset("点點")
_CLOSING = frozenset(")）]】")
#: Currency signs (the Unicode currency symbols block and the common signs): a figure with no currency right after
#: one is part of an amount the reader does not read (₩5000万, ₹300亿, $2.5m: million, not metres).
_CURRENCY_SIGNS = frozenset("$¢£¤¥＄￠￡￥￦﹩" + "".join(map(chr, range(0x20A0, 0x20C1))))
#: An English word of magnitude after a figure (US$1.2 billion, 3 million): the figure goes on in it.
_ENGLISH_MAGNITUDE_RE = re.compile(r"[ \u00a0]*(?:[mb]illion|trillion|thousand|[mb]n)(?![a-z])", re.IGNORECASE)
_ENGLISH_MAGNITUDE_FIRSTS = frozenset("mbtMBT")
_DASHES = frozenset("~～—–")  # range separators that are no word (至 and 到 are: 增加到5万元)
_DOUBLED_DASHES = ("--", "——", "－－", "~~", "～～")
_INCLUSIVE = ("含)", "含）")
_SPACES = frozenset(SPACES)
_SPACED_DASHES = RANGE_SEPARATOR_CHARS - frozenset("至到")  # a dash or a tilde: spaced, it joins two figures
_CONTINUED = frozenset(_ARABIC + ZEROS) | _BIG
_DAY_BEFORE = frozenset("周期拜初")  # 周三, 星期三, 礼拜三, 初三: a day
_NUMBER_CHARS = frozenset(_ARABIC + NUMERAL_CHARS)
_DECIMAL_MARKS = frozenset(".．点點")
_SOME = frozenset("几幾")
#: What after 几 makes it the start of a number or of a word, not a figure's next digit: a place (几百, 几十万), and
#: 几乎, 几经, 几度, 几易, 几何, 几率, 几内亚, 几许.
_SOME_BEGINS = frozenset("十百千万亿拾佰仟萬億乎经經度易何率内內许許")
#: Longitude and latitude before a number of degrees (东经120度, 北纬30.5度): a place, not a figure.
_COORDINATES = ("东经", "西经", "北纬", "南纬", "東經", "西經", "北緯", "南緯")
_COORDINATE_LASTS = frozenset(c[-1] for c in _COORDINATES)
_TIME_UNITS = frozenset({"年", "个月", "天", "周", "星期", "小时", "分钟", "秒", "钟头"})  # as reported
#: time as written, before or after another number of time: 时 and 分 too (五分三十秒, 3小时20分)
_TIME_WORDS = tuple(
    sorted(
        {f"{ge}{noun}" for ge in ("", "个", "個") for noun in ("月", "小时", "小時", "星期", "钟头")} - {"月"}
        | {"分钟", "分鐘", "年", "天", "周", "週", "秒", "时", "時", "分"},
        key=len,
        reverse=True,
    )
)
_JOINS = frozenset("又零")
_UNIT_LASTS = frozenset(u[-1] for u in UNITS)
_SOME_AFTER = _UNIT_LASTS | frozenset("塊")  # what 几 may follow as the next digit (五块几, 五塊幾)
_FIGURE_LASTS = _UNIT_LASTS | _CLOSING | frozenset("%％")  # what a figure before a spaced dash ends in
_MONEY_LASTS = frozenset("元角毛分块")  # 五元六角-五元七毛八分: a dash after money, no minus (同期-3.8% is one)
#: Units after which one more digit is the next place of the same measure (三米九 is 3.9 m, 两块五 2.5
#: yuan, 六斤八两 and 3斤5两 a compound weight): money and measures, and 块 (money, spoken).
_DECIMAL_AFTER_UNITS = frozenset(SIGNED_UNITS - PERCENT_UNITS - POINT_UNITS - {""} | {"块"})
#: What after a word of ``WORD_AFTER_COUNTER`` makes another word, in which the counter counts again: 修改3次方案
#: (three times a plan), 3次元首会晤 (meetings of heads of state), 3个点球 (penalties), 3个点子 (ideas).
_STILL_A_COUNT_AFTER: dict[str, str] = {
    "方": "案舱艙式面法向",
    "元": "首旦",
    "期": "间間满滿内內",  # 在过去5年期间, 合同5年期满: years (5年期 alone is a term)
    **dict.fromkeys(("点", "點"), "球赞讚子位名头頭滴儿兒"),
}
#: Measures written after 个 (or 个多, 个余) that no unit of the reader is (3个点 is points: 涨了3个点).
_MEASURES_AFTER_GE = tuple(
    f"{more}{measure}"
    for more in ("", "多", "余", "餘")
    for measure in ("点", "點", "标准差", "標準差", "百分比", "千分点", "千分點", "天文单位", "天文單位")
)
#: A counter character that begins a longer word is no counter there: 五一期间 (the May Day holiday, not 51
#: periods), 八十年代 (the eighties, not 80 years), 5000万人民币 (money, not people), 三轮车 (a tricycle).
_ODD_TIMES = ("来小时", "來小時", "来钟头", "來鐘頭", "来月", "來月", "来星期", "來星期", "来礼拜", "來禮拜")
WORD_AFTER_COUNTER: dict[str, tuple[str, ...]] = {
    # 三期工程, 3期临床试验, 机场三期扩建: phase three, not three periods (项目分三期建设 counts them)
    "期": ("间", "間", "工程", "项目", "項目", "临床", "臨床", "扩建", "擴建", "改造"),
    "单": ("元",),  # 2单元 is entrance 2 of a block (单元), not two orders
    "單": ("元",),
    "片": ("区", "區"),  # 3片区 is district 3 (片区), not three pieces
    "粒": ("子", "径", "徑", "度"),  # 粒子 a particle, 粒径 and 粒度 a grain size: not grains
    # 八十年代 (the eighties); 1年期, 5年期国债: a term; 三年制大专: a course's length; 三年行动计划: a programme's name
    "年": ("代", "期", "制", "行动", "行動"),
    "人": ("民币", "民幣", "制"),  # 七人制橄榄球, 五人制足球: a format, N a side
    "位": ("数", "數"),  # 两位数增长, 三位数: 'a two-digit number', not two people
    # 三轮车 a tricycle, 四轮驱动 four-wheel drive, 两轮电动车 a two-wheeled e-bike, 三轮汽车: not rounds
    "轮": ("车", "驱", "車", "电动", "電動", "摩托", "汽"),
    "輪": ("车", "驱", "車", "驅", "电动", "電動", "摩托", "汽"),
    "面": ("体", "體"),  # 四面体 a tetrahedron, not four sides
    # 站上千亿台阶: a milestone (台阶), not machines; 100万户籍人口: registered residents, not households; 300万个月饼:
    # mooncakes (个 then 月饼), not months
    "台": ("阶", "階"),
    "臺": ("階",),
    "户": ("籍", "口"),
    "戶": ("籍", "口"),
    "月": ("饼", "餅"),
    "件": ("套",),  # 三件套 a three-piece set
    # 处理, 处置, 处罚: a word (天玑9300处理器), not places (3处长约10米的裂缝 counts places)
    "处": ("理", "置", "罚"),
    "處": ("理", "置", "罰"),
    "元": ("宵", "旦"),  # 正月十五元宵节, 一元旦: the festivals, not yuan
    "圆": ("月", "满", "滿"),  # 八月十五圆月, 十五圆满: the full moon, not yuan
    "圓": ("月", "满", "滿"),
    # 三次产业 (the three sectors of an economy), 三次方 (a cube), 二次元, 三次函数: no count of times
    # 1461次列车, 8次特快: a train's number, not times
    "次": (
        "产业",
        "產業",
        "方",
        "元",
        "函数",
        "函數",
        "曲线",
        "曲線",
        "列车",
        "列車",
        "特快",
        "快车",
        "快車",
        "动车",
        "動車",
    ),
    # 三度夺得冠军, 两度打破纪录: N times (度 the counter of occasions), not degrees
    "度": (
        "夺得",
        "奪得",
        "夺冠",
        "奪冠",
        "打破",
        "入选",
        "入選",
        "问鼎",
        "問鼎",
        "折桂",
        "当选",
        "當選",
        "蝉联",
        "蟬聯",
    )
    + ("出任", "登顶", "登頂", "闯入", "闖入", "捧起", "获评", "獲評", "荣获", "榮獲", "登上", "携手", "攜手"),
    "倍": ("体", "體", "股"),  # 三倍体西瓜: triploid; 十倍股: a stock that rose tenfold (a kind): not three times
    # 股东, 股份, 股票, 股权, 股市, 股价 …: a word of the stock market, not shares (5股东 is five shareholders)
    "股": tuple("东東份票权權市价價本民息指改比"),
    "羽": ("毛", "绒", "絨", "翼"),  # 羽毛, 羽绒: feathers, not birds
    # 尾号 (the last digit), 尾声, 尾矿 (tailings), 尾数: not fish
    "尾": ("号", "號", "声", "聲", "巴", "气", "氣", "款", "灯", "燈", "盘", "盤", "矿", "礦", "数", "數", "端"),
    "罐": ("头", "頭", "车", "車", "装", "裝"),  # 罐头 (canned food), 罐车 (a tanker)
    "拉": ("玛", "瑪", "面", "麵"),  # 克拉玛依, a city, and 200克拉面 (200 g of hand-pulled noodles): not carats
    # 3个多亿 is 3亿多 (spoken), not 3 个; 5个亿 is read by the grammar. Before a measure 个 counts no things:
    # 涨了3.5个点 (points), 偏离2个标准差, 下降3个百分比 (spoken for 百分点), 2个千分点: the measure is the unit.
    # 两个来小时, 三个来月: 'two-odd hours' (来 after 个 is 'or so'; 3个来自北京的 counts: 来自 is a verb)
    "个": (*(f"{more}{big}" for more in "多余" for big in "万亿萬億"), *_MEASURES_AFTER_GE, *_ODD_TIMES),
    "個": (*(f"{more}{big}" for more in "多余餘" for big in "万亿萬億"), *_MEASURES_AFTER_GE, *_ODD_TIMES),
}


#: Person-years and person-days (units), and what after them shows 人 is people and 年 or 天 begins a word: 年均,
#: 年龄, 年薪, 年收入; 天天 (every day).
_PERSON_TIMES = {"人年": frozenset("均龄齡薪收"), "人天": frozenset("天")}
#: The last characters of the eras' names (``helpers.text.idioms.ERAS``).
_ERA_LASTS = frozenset(era[-1] for era in ERAS)
#: A counter of editions, after which a decimal is a version number (2.0版).
_EDITION = "版"
#: Counters of buildings, after which a number of an entrance, a room or a flat makes an address (7幢4单元, 3栋502室;
#: 建成7栋12层住宅楼 is seven buildings of twelve floors).
_BUILDINGS = frozenset("栋棟幢")
#: not 户: 86栋132户 counts buildings and households; a flat's number at a phrase's end (2栋503。, 7栋602，) is one too
_ROOM_RE = re.compile("[0-9０-９]+(?:单元|單元|室|(?=[，,。；;、！!？?\\s）)]|\\Z))")
#: Colloquial 'about a hundred' (百八十块钱, 百十来户, 百十万元): not 180 or 110.
_ROUGHLY_A_HUNDRED = ("百八十", "百十")
#: A power's caret and the superscript digits: a number beside them is an exponent or its base.
_POWERS = frozenset("^⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Dashes that may stand for a minus but are no sign of the reader (the en and em dashes, the figure dash, the bar):
#: a number right after one that no range reads is left out (气温–5℃).
_NOT_MINUS_SIGNS = frozenset("–—‒―")
#: What may follow 起 after money for it to say 'from' (998元起，, 30万元起售): the phrase ends, or a word of a price.
_PRICE_FROM_AFTER = frozenset("，。；！？,.;!?、）)\n 售步价價的")
#: What joins the first number to a second that 间 ('between') follows: 10000与20000间 is no count of rooms.
_BETWEEN_JOINS = frozenset("与與和及")
#: 这 and 那 before 两天, 两年: 'these days' (这两天气温回升), not exactly two.
_THESE = frozenset("这這那")
#: The characters before or after a span that some rule of ``breaks_a_longer_form`` looks at.
_BEFORE_MATTERS = (
    _LONGER_BEFORE
    | _COORDINATE_LASTS
    | _PAIRED_TWO
    | _POINTS
    | {"分", "兆"}
    | _CLOSING
    | _DASHES
    | _DAY_BEFORE
    | _JOINS
    | _NUMBER_CHARS
    | RANGE_SEPARATOR_CHARS
    | _SPACES
    | _MONEY_LASTS
    | _ZEROS
    | frozenset("%")
    | frozenset(word[-1] for word in _TIME_WORDS)
    | frozenset(ABOVE_ZERO[-1])
    | _ERA_LASTS
    | _CURRENCY_SIGNS
    | _THESE
    | _BETWEEN_JOINS
    | _POWERS
    | _NOT_MINUS_SIGNS
    | frozenset("+好")
)
_AFTER_MATTERS = (
    _NUMBER_CHARS
    | _ENGLISH_MAGNITUDE_FIRSTS
    | _POWERS
    | frozenset("+＋起售步拍")
    | _POINTS
    | _JOINS
    | _BIG
    | frozenset("(（")
    | frozenset(dash[0] for dash in _DOUBLED_DASHES)
    | _SPACES
    | RANGE_SEPARATOR_CHARS
)
#: 多 and 余 after a number: a range end with them (5000多到6000元, 三十多万到四十万元) is one the grammar
#: does not read.
_MORE_AFTER_NUMBER = frozenset(q for q, meaning in QUALIFIERS_AFTER_NUMBER.items() if meaning == "more")


#: Two digits and 年 before what happens in a year (毕业, 结婚, 出生, 入职 …), its parts (底, 初, 末, 一季度,
#: 上半年) or a company's figures for it (营收, 净利润, 归母): a year written short (23年毕业 is 2023, 24年营收 the
#: revenue of 2024; 毕业23年 is 23 years), also a range of them (24-26年归母净利润); after 从 or 自 and before 开始,
#: 起 or 以来 too (从18年开始). Not one digit (3年营收 is three years' revenue) nor four (a year already), nor after
#: 这, 那, 近 or 过去 (近24年全国: the last 24 years).
_SHORT_YEAR_RE = re.compile(
    "(?<![0-9０-９这這那近过過])[0-9]{2}(?:[-~至到][0-9]{2})?年(?:"
    + "|".join(
        words_with_traditional(
            ("底", "初", "末", "毕业", "结婚", "结的婚", "出生", "入职", "入学", "考入", "考上", "参军", "参加工作")
            + ("营收", "营业收入", "净利润", "归母", "一季度", "二季度", "三季度", "四季度", "前三季度", "上半年")
            + ("下半年", "年报", "年度", "全年")
            # where a year's figures begin (23年全市新增企业1.2万家, 24年我国GDP): a place's whole
            + ("全市", "全县", "全省", "全国", "全区", "全镇", "全州", "全球", "我国", "我市", "我县", "我省", "本市")
        )
    )
    + "|Q[1-4])"
)
_SINCE_A_SHORT_YEAR_RE = re.compile("(?<=[从從自])[0-9]{2}年(?:开始|開始|起|以来|以來)")


def a_short_year(padded: str, start: int) -> bool:
    """Whether the span at ``start`` is a year written with two digits (see ``_SHORT_YEAR_RE``), not a span of years."""
    return bool(_SHORT_YEAR_RE.match(padded, start) or _SINCE_A_SHORT_YEAR_RE.match(padded, start))


def breaks_a_longer_form(padded: str, start: int, end: int, quantity: Quantity, chinese: bool) -> bool:
    """True when the text around the span [start, end) shows it is part of a longer form, not a figure: the
    number began before it or goes on after it, it is an end of a range the grammar does not read, a day
    (周三起) or a counter that begins a longer word (五一期间). The rules are those of the functions it calls.

    ``padded`` is the text with one more character after it (every span has a next character), ``quantity``
    the span's reading and ``chinese`` whether its number is written in Chinese numerals.
    """
    rests = WORD_AFTER_COUNTER.get(padded[end - 1])
    if rests and padded.startswith(rests, end):
        rest = next(r for r in rests if padded.startswith(r, end))
        if padded[end + len(rest) : end + len(rest) + 1] not in _STILL_A_COUNT_AFTER.get(rest, ""):
            return True  # 五一期间, 三次产业, 涨了3个点 (not 3个点球: a count)
    if quantity.unit in _PERSON_TIMES and padded[end] in _PERSON_TIMES[quantity.unit]:
        return True  # 100人年均收入, 3000人天天锻炼: people, then a word (left out: 人 alone is not read short)
    if padded[end - 1] == _EDITION and "." in padded[start:end]:
        return True  # 2.0版, 5.1版: a version number, not editions
    if padded[end - 1] in _BUILDINGS and _ROOM_RE.match(padded, end):
        return True  # 7幢4单元, 3栋502室: an address (building 7, entrance 4), not seven buildings
    if padded[start] == "百" and padded.startswith(_ROUGHLY_A_HUNDRED, start):
        return True  # 百八十块钱, 百十来户: roughly a hundred, not 180 or 110
    before = padded[start - 1] if start else ""
    if (
        before not in _BEFORE_MATTERS
        and padded[end] not in _AFTER_MATTERS
        and padded[start] not in SIGNS
        and padded[start] not in _SOME
    ):
        return False  # most spans: nothing around them that any rule looks at (one set test each side)
    if start and (_began_before(padded, start, chinese) or _range_not_read_before(padded, start)):
        return True
    if before in _CURRENCY_SIGNS and not quantity.currency or _ENGLISH_MAGNITUDE_RE.match(padded, end):
        return True  # ₩5000万, $2.5m: a currency the reader does not know, or a million; US$1.2 billion
    if (
        quantity.qualifier
        and quantity.low < 0
        and before in RANGE_SEPARATOR_CHARS
        and start > 1
        and (padded[start - 2] in _FIGURE_LASTS or padded[start - 2] in _NUMBER_CHARS)
    ):
        return (
            True  # 零下8度至零下6度左右: the qualifier is the whole range's, not this end's alone (降至零下3度左右 is)
        )
    if _goes_on(padded, end, quantity, chinese) or _range_not_read_after(padded, end):
        return True
    if not quantity.unit and padded[end] in RANGE_SEPARATOR_CHARS and padded[end + 1] in _NUMBER_CHARS:
        return True  # 1万8千至2万元: the first end of a range the grammar does not read (digits with places)
    if _and_some(padded, end):
        return True  # 九秒几, 五块几, 百分之六点几: an unknown digit after the unit or the point (not 3天几乎)
    if quantity.unit in _TIME_UNITS and _compound_time(padded, start, end):
        return True
    if (before in _SPACES or padded[end] in _SPACES) and spaced_numeral(padded, start, end):
        return True
    if before in _SPACES and padded[start] in _ARABIC and _after_digits_and_spaces(padded, start):
        return True  # 1 200吨: a thousands group written with a space, not 200 吨
    if before in _COORDINATE_LASTS and padded.endswith(_COORDINATES, 0, start):
        return True  # 东经120度, 北纬30度: a longitude or latitude, not 120 度
    if padded[end] in "+＋" and not padded[end + 1 : end + 2].isdigit():
        return True  # 阅读量达2亿+, 5000+人次: more than, by how much?
    if padded[end] == "起" and quantity.currency and padded[end + 1] in _PRICE_FROM_AFTER:
        return True  # 998元起, 首付30万元起: a price from, not exactly (100万元起到作用: 起到 is a verb)
    if padded[end - 1] == "起" and padded[end] in "售步拍" and end - start >= 4:
        return True  # 2999起售, 300起步: a price from, not incidents (3起售假案件: three cases)
    if before in _POWERS or padded[end] in _POWERS:
        return True  # 10^-3毫克, 2×10^30千克, 约10^6人, 10⁸公里: a power of ten, not the number
    if before in _NOT_MINUS_SIGNS:
        return True  # 气温–5℃: a dash the reader does not read as a minus, before the number (−5 or 5?)
    if before in _BETWEEN_JOINS and quantity.unit == "间" and start > 1 and padded[start - 2] in _NUMBER_CHARS:
        return True  # 10000与20000间: 'between', not rooms (新建12间教室和30间宿舍 counts rooms)
    if before == "+" and start > 1 and padded[start - 2] in _ARABIC:
        return True  # K123+500处, K156+300米: a highway's stake mark
    if before in _THESE and padded[start] in "两兩" and quantity.unit in ("天", "年") and end - start == 2:
        return True  # 这两天, 那两年: 'these days', 'those years', not exactly two
    if before in _DAY_BEFORE and end - start == 2 and padded[end - 1] == "起":
        return padded[start] in _DIGIT_CHARS  # 周三起, 星期三起, 大年初三起: 'from the day', not 3 cases
    return before in _ERA_LASTS and quantity.unit == "年" and _after_an_era(padded, start)


def _after_an_era(padded: str, start: int) -> bool:
    """True when the name of an era or reign (``helpers.text.idioms.ERAS``) ends right before ``start``, so that the
    N年 there is a year of it (公元前221年, 民國110年, 康熙六十一年: not 221 years); a name that also ends other words
    only where it begins one (于令和2年, 清同治3年; not 法令和3年前)."""
    era = next((e for e in ERAS if padded.endswith(e, 0, start)), None)
    if era is None:
        return False
    at = start - len(era)
    return era not in ERAS_INSIDE_WORDS or at == 0 or padded[at - 1] in ERA_LEAD_INS


#: What a Chinese numeral spelled out with spaces (一百 二 十 几亿, 四点 五个百分点, 七成 六) has on each side of a
#: space: numeral characters, 点 and 成.
_SPELLED = frozenset(NUMERAL_CHARS + "点點成")


def _spaces_before(padded: str, at: int) -> int:
    """Where the run of spaces that ends at ``at`` begins (``at`` when no space stands before it)."""
    while at and padded[at - 1] in _SPACES:
        at -= 1
    return at


def _spaces_after(padded: str, at: int) -> int:
    """Where the run of spaces that begins at ``at`` ends (``at`` when no space stands there)."""
    while padded[at : at + 1] in _SPACES:
        at += 1
    return at


def _after_digits_and_spaces(padded: str, start: int) -> bool:
    """True when spaces before ``start`` follow an Arabic digit (1 200吨, 12 500元: a thousands group)."""
    at = _spaces_before(padded, start)
    return at > 0 and padded[at - 1] in _ARABIC


def spaced_numeral(padded: str, start: int, end: int) -> bool:
    """True when the span [start, end) is a piece of a Chinese numeral spelled out with spaces inside it: a
    numeral character (or 点, 成) on both sides of the spaces at either edge (``一百 二 十 几亿`` gives no 几亿,
    ``百分之五 十`` no 百分之五, ``四点 五个百分点`` no 五个百分点). News does not space a figure; such text is
    read aloud or typed badly, and any piece read alone is a wrong value. A figure next to a space and a word
    (``复工率93% 三月``, ``七成 市民``) is read."""
    at = _spaces_before(padded, start)
    if at < start and at and padded[at - 1] in _SPELLED and padded[start] in _SPELLED:
        return True
    at = _spaces_after(padded, end)
    return at > end and padded[end - 1] in _SPELLED and padded[at : at + 1] in _SPELLED


#: The first characters of the words that end in 零 before a figure (找零, 清零, 归零, 挂零, 抹零, 为零).
_ZERO_WORD_FIRSTS = frozenset("找清归歸挂掛抹为為")


def _began_before(padded: str, start: int, chinese: bool) -> bool:
    """True when the number began before ``start``: after 十百千万亿 (1万600吨, 5万4千6百吨, 1百01吨), after 零
    (2千零30万, 1千零1吨, 一个钟零十五秒: a part of an amount) unless 零 ends a word (清零3天, 找零两元: the
    first characters of ``_ZERO_WORD_FIRSTS``), after a decimal point that follows one
    (一百点123吨, 零點77吨; not 一点两小时: no decimal begins with 两), after 分 between Chinese numerals
    (二分一加侖, Cantonese for 二分之一: a share written without 之), after 俩/仨 or a formal 拾 before
    Chinese numerals (倆千两百贰拾二吨, 拾六万零五百零六吨; 收拾3天 keeps its count), after 兆 that follows a number
    (2兆9,165億元: the reader leaves 兆 out, and the rest with it), or after % (a web address's escape: ``%2020%``,
    ``%28002``)."""
    before = padded[start - 1]
    if before in _LONGER_BEFORE or before == "%" or chinese and before in _PAIRED_TWO:
        return True
    if before == "好" and start >= 2 and padded[start - 2] in _NUMBER_CHARS:
        return True  # 一百好几十人: a hundred and some tens, not 几十人
    if before == "兆" and start >= 2 and padded[start - 2] in _NUMBER_CHARS:
        return True  # 2兆9,165億元 (Taiwan: 2.9165 trillion), left out whole: not 9165亿
    if (
        padded[start] in _SOME
        and before in _SOME_AFTER
        and padded[start + 1 : start + 2] in _NUMBER_CHARS
        and padded[start + 1] not in _SOME_BEGINS
    ):
        return True  # 五块几一斤: the 几 of 五块几 (5.x 元), then a count; not 几一斤
    if before in _ZEROS:  # 零 joins the parts of an amount (一个钟零十五秒) unless it ends a word (找零, 清零)
        return start < 2 or padded[start - 2] not in _ZERO_WORD_FIRSTS
    if before in _POINTS and padded[start] not in "两兩":
        return start >= 2 and padded[start - 2] in _NUMBER_CHARS
    if (
        before == "分" and chinese and padded[start] in CHINESE_NUMERAL_CHARS
    ):  # 二分一加侖: Cantonese 二分之一, a numeral on both sides of 分
        return start >= 2 and padded[start - 2] in CHINESE_NUMERAL_CHARS
    return False


def _and_some(padded: str, end: int) -> bool:
    """True when 几 ('some') right after a figure's unit or after a decimal point that follows it writes an unknown
    next digit (九秒几 9.x 秒, 五块几 5.x 元, 百分之六点几 6.x %): left out, as 三成几 is; not 几 that begins a number
    or a word (每天几百人, 一年几十万元, 几乎, 几经, 几度, 几内亚: ``_SOME_BEGINS``)."""
    at = end + 1 if padded[end] in _POINTS else end
    return (
        padded[at] in _SOME
        and padded[at + 1 : at + 2] not in _SOME_BEGINS
        and (at > end or padded[end - 1] in _SOME_AFTER)
    )


def _goes_on(padded: str, end: int, quantity: Quantity, chinese: bool) -> bool:
    """True when the number goes on after ``end``.

    With no unit yet (or only a currency's or a scale's word before the number: 港币1万8千元, 人民币3亿5千万元):
    a digit, 零, 万/亿, or a numeral and its place (5万4千, 25万6千, 100万三千, 200亿零四千,
    500万余亿); after Chinese numerals any digit (月薪一万三: the grammar reads 一万三 only before a unit, and
    一万 is not what it says). 个 before 万/亿 is spoken Chinese for the magnitude (两个亿 is 两亿, not two of
    something). After a unit of money or measure, one more number that no unit follows is its next place,
    and so is a number joined by 又 or 零 (三米九, 两块五, 五元三毛, 3斤5两, 两美元又三美分: left out, not read
    as 3 m, 2 yuan, 5 yuan, 3 jin, 2 dollars); 5元1斤, 5公斤3袋, and 3541.07万元 before a section number 2.3
    are two figures. A digit or 几 right after 成 is its next place (三成五 is 35 %, 七成2 72 %, 四成几 40-odd %):
    left out.
    """
    after, unit = padded[end], quantity.unit
    # no unit after the number: none, or one given by a word before it (港币1万|8千元: the number goes on)
    if not unit or padded[end - 1] in _NUMBER_CHARS:
        if padded[end - 1] not in _NUMBER_CHARS and padded[end - 1] not in "多余":
            return False
        if after in _CONTINUED:
            return True
        return after in _DIGIT_CHARS and (chinese or padded[end + 1 : end + 2] in PLACE_CHARS)
    if padded[end - 1] == "成" and (
        after in _DIGIT_CHARS or after in _ARABIC or after in "几幾" and padded[end + 1 : end + 2] != "乎"
    ):
        return True  # 三成五 is 35 % (3.5 成), 四成几 40-odd %: not 三成, 四成; the grammar reads neither
    if unit == "个":
        return after in _BIG
    if unit not in _DECIMAL_AFTER_UNITS or quantity.magnitude or quantity.value != int(quantity.value):
        return False  # 3541.07万元2.3: after a magnitude or a decimal no next place follows
    if padded[end - 1] not in _UNIT_LASTS:
        return False
    if after in _JOINS:  # 两美元又三美分, 5元零3分: a compound amount
        return padded[end + 1 : end + 2] in _NUMBER_CHARS
    if after not in _NUMBER_CHARS:
        return False
    follows = end + 1
    while padded[follows : follows + 1] in _NUMBER_CHARS:
        follows += 1
    return not padded.startswith(UNITS, follows) and padded[follows : follows + 1] not in _DECIMAL_MARKS


def _compound_time(padded: str, start: int, end: int) -> bool:
    """True when a span of time is a part of a duration in several units, which the extractor reads whole when it
    can (``helpers.text.compound``) and otherwise leaves out whole (两年21天): another number of time right
    before or after it, joined directly or by 又 or 零 (3年5个月, 8天20小时, 五个星期3小时,
    一年又一个月, 两年零三个月, 五分三十秒). 3年5家 and 每年3次 are left alone."""
    at = start - 1 if start and padded[start - 1] in _JOINS else start
    for unit in _TIME_WORDS:
        if padded.endswith(unit, 0, at) and at > len(unit) and padded[at - len(unit) - 1] in _NUMBER_CHARS:
            return True
    follows = end + 1 if padded[end] in _JOINS else end
    number_end = follows
    while padded[number_end : number_end + 1] in _NUMBER_CHARS:
        number_end += 1
    return number_end > follows and padded.startswith(_TIME_WORDS, number_end)


def _range_not_read_before(padded: str, start: int) -> bool:
    """True when the span at ``start`` is the second end of a range the grammar does not read: a sign after a
    closing bracket, a numeral or money is a dash (五元六角-五元七毛 is not −5元; 同期-3.8% is a fall), a number
    after ~, — or – (one or more) that follows a number or a bracket (两~3百日元, 2——3万, (含)—5万), and a number
    after a range separator (and 零上, above zero: 零下5到零上3度), spaces around it or not, that follows a number
    (20 - 100个, 20 ~ 100个, 八到三天, 3至2天:
    a range written with spaces, or one that does not rise) or, a dash or tilde with a space beside it, any
    figure (5% - 10%, 20个 - 100个)."""
    if padded.endswith(ABOVE_ZERO, 0, start) and start > 2:  # 零下5到零上3度: the range's second end, above zero
        start -= len(ABOVE_ZERO)
    before = padded[start - 1]
    if (before in _SPACES or before in RANGE_SEPARATOR_CHARS) and _after_a_separator(padded, start):
        return True
    if padded[start] in SIGNS:
        return before in _CLOSING or before in _NUMBER_CHARS or before in _MONEY_LASTS
    if before not in _DASHES:
        return False
    first = start - 1
    while first and padded[first - 1] == before:
        first -= 1
    return first > 0 and (padded[first - 1] in _NUMBER_CHARS or padded[first - 1] in _CLOSING)


def _after_a_separator(padded: str, start: int) -> bool:
    """True when a range separator stands before ``start`` (spaces around it or not) after a number that is not
    the end of a share (百分之五至百分之十 is two figures), or, for a dash or a tilde with a space beside it,
    after what may end a figure: a unit, %, a closing bracket (see ``_range_not_read_before``)."""
    at = _spaces_before(padded, start)
    if not at or padded[at - 1] not in RANGE_SEPARATOR_CHARS:
        return False
    spaced, separator = at < start, padded[at - 1]
    at -= 1
    while at and padded[at - 1] == separator:  # 2——3
        at -= 1
    first_end = at
    at = _spaces_before(padded, at)
    if not at:
        return False
    spaced = spaced or at < first_end
    last = padded[at - 1]
    if last in _MORE_AFTER_NUMBER and at >= 2 and padded[at - 2] in _NUMBER_CHARS:
        return True  # 5000多到6000元: neither end is 6000元
    if last in _NUMBER_CHARS:
        while at and padded[at - 1] in _NUMBER_CHARS:
            at -= 1
        return not padded.endswith("分之", 0, at)  # 百分之五至百分之十: two shares, each a figure
    return spaced and separator in _SPACED_DASHES and last in _FIGURE_LASTS


def _range_not_read_after(padded: str, end: int) -> bool:
    """True when the span ending at ``end`` is the first end of a range the grammar does not read: before a
    doubled dash (1万元--5万元, 2——3万), before a dash or a tilde with a space beside it and a number (5% - 10%,
    20个 ~100个), before (含) and either (1万(含)--5万元, 1万(含) - 5万元), or, ending in 多 or 余 after a number
    (with 万 or 亿 after them or not), before a range separator and a number (3万多至5万元, 一百多到两百人,
    三十多万到四十万元: the grammar reads no qualifier inside a range, and the first end would lose the unit),
    (A first end with no unit, 1万8千至2万元, is left out by ``breaks_a_longer_form``.)"""
    if padded[end] in RANGE_SEPARATOR_CHARS and padded[end + 1 : end + 2] in _NUMBER_CHARS:
        more = end - 2 if padded[end - 1] in _BIG else end - 1  # 3万多|至, 30多万|到
        if more >= 1 and padded[more] in _MORE_AFTER_NUMBER and padded[more - 1] in _NUMBER_CHARS:
            return True
    if padded[end] in "(（" and padded[end + 1 : end + 3] in _INCLUSIVE:
        end += 3
        if padded[end] in RANGE_SEPARATOR_CHARS:
            return True
    if padded.startswith(_DOUBLED_DASHES, end):
        return True
    if padded[end] in _SPACES or padded[end] in _SPACED_DASHES:
        at = _spaces_after(padded, end)
        if at < len(padded) and padded[at] in _SPACED_DASHES:
            dash = at
            at = _spaces_after(padded, at + 1)
            return (dash > end or at > dash + 1) and padded[at : at + 1] in _NUMBER_CHARS
    return False
