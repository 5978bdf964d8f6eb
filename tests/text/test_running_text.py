"""find_quantities on running text: Chinese numerals with 万/亿 or a qualifier and no unit are found; numerals
inside words and names, numbers cut out of longer ones and ends of ranges the grammar does not read are not.

Each rule has its own cases, written for this project (news wording about a county's economy); the rules
themselves are in the docstrings of ``helpers.text.extract`` and ``helpers.text.words``.
"""

import pytest

from helpers import find_quantities, parse_quantity
from helpers.text.idioms import IDIOMS, NAMES
from helpers.text.words import WORD_AFTER_COUNTER


def spans(sentence: str) -> list[str]:
    return list(find_quantities(sentence)["text"])


# --- 1. Chinese numerals with 万/亿 or a qualifier need no unit -------------------------------------------------

# sentence, the span found, value, low, high
NO_UNIT = [
    ("全年完成固定资产投资七千万，同比持平。", "七千万", 7e7, 6.9995e7, 7.0005e7),  # 七千 + 万, like 7000万
    ("项目总投资三亿六千万。", "三亿六千万", 3.6e8, 3.55e8, 3.65e8),
    ("带动农户增收两千多万。", "两千多万", 2e7, 2e7, 3e7),
    ("景区接待游客二十几万。", "二十几万", 2.5e5, 2.1e5, 2.9e5),
    ("覆盖人口八十余万。", "八十余万", 8e5, 8e5, 9e5),
    ("当天共发放口罩六百多。", "六百多", 600, 600, 700),
    ("全镇外出务工人员有三千余。", "三千余", 3000, 3000, 4000),
    ("已有上万参与。", "上万", 1e4, 1e4, 2e4),
    ("共签约万余，居全市首位。", "万余", 1e4, 1e4, 2e4),
    ("全县粮食储备近十万。", "近十万", 1e5, 9e4, 1e5),
]


@pytest.mark.parametrize("sentence,span,value,low,high", NO_UNIT, ids=[c[1] for c in NO_UNIT])
def test_a_chinese_numeral_with_a_magnitude_or_a_qualifier_needs_no_unit(sentence, span, value, low, high):
    found = find_quantities(sentence)
    assert list(found["text"]) == [span]
    row = found.iloc[0]
    assert (row["value"], row["low"], row["high"]) == (pytest.approx(value), pytest.approx(low), pytest.approx(high))
    assert row["unit"] == ""
    q = parse_quantity(span)
    assert (q.value, q.low, q.high) == (row["value"], row["low"], row["high"])  # read as parse_quantity reads it


# --- words built on numerals are not counts ----------------------------------------------------------------------

WORDS = {
    # only place characters, no digit, no qualifier
    "search engine": "他在百度上查到了这条消息。",
    "content platform": "文章发布在百家号上。",
    "a talent plan": "入选省千人计划的专家。",
    "by all means": "大家千万不要放松警惕。",
    "a millionaire": "他从打工仔成了百万富翁。",
    "a column's unit": "单位：万元",
    "another column's unit": "金额（亿元）",
    "figurative hundred years": "这是一家百年老店。",
    # 万/亿 first
    "in case": "万一出现险情，立即上报。",
    "absolutely not": "安全生产万万不可大意。",
    "countless": "牵动亿万人民的心。",
    "thousands upon thousands": "千千万万的志愿者。",
    # 二 alone before a counter
    "phase two": "二期工程下月开工。",
    "a second start": "企业迎来二次创业。",
    "class II": "二类疫苗自愿接种。",
    "binary structure": "城乡二元结构逐步打破。",
    "a second home": "二套房贷款利率上调。",
    "a second time": "球队二度夺冠。",
    # digits side by side
    "a list of phases": "一二三期项目全部完工。",
    "the May Day holiday": "五一期间游客众多。",
    "one by one": "各项措施一一落实到位。",
    # one digit with a qualifier and no unit
    "firstly": "一来交通便利，二来成本较低。",
    "top class": "打造超一流营商环境。",
    "recently": "近一段时间以来气温偏低。",
    # a counter that begins a longer word
    "National Day holiday": "十一期间实行免费通行。",
    "a five-year plan": "十三五期间全县经济稳步增长。",
    "the eighties": "上世纪八十年代建成的厂房。",
    "the nineties in digits": "90年代的老房子。",
    "particles": "空气中检出10粒子每升。",  # 粒子: not grains
    # a day, not a count of cases
    "from Wednesday": "新规自本周三起施行。",
    "from the third day of the new year": "大年初三起恢复营业。",
    "from Friday": "星期五起开放预约。",
    # a year of an era, not a span of years
    "a year before the common era": "长城始建于公元前七世纪，秦于公元前214年连接各段。",
    "a year of the common era": "该桥建于公元605年。",
    "a year of the Republic, in Taiwan": "本辦法自民國112年1月1日起施行。",
    "a year of a Qing reign": "该书刊行于乾隆五十七年。",
    "a year of a Ming reign": "万历十五年发生了什么。",
    "a year of a Japanese era": "该法于昭和22年施行。",
    # idioms and set phrases
    "extremely urgent": "这是一份十万火急的通知。",
    "a world apart": "两者相差十万八千里。",
    "two centenaries": "为实现两个一百年奋斗目标而努力。",
}


@pytest.mark.parametrize("sentence", WORDS.values(), ids=WORDS.keys())
def test_a_numeral_inside_a_word_is_no_count(sentence):
    assert spans(sentence) == []


NAMED = {
    "a city in Heilongjiang": "七台河市开展专项行动。",
    "a mountain": "游客到五台山观光。",
    "a county": "三台县新建三所学校。",
    "a district": "九台区召开会议。",
    "a neighbourhood in Guangzhou": "三元里街道组织义诊。",
    "a city in Xinjiang": "五家渠市新增就业。",
    "a snack brand": "三只松鼠发布年报。",
    "a clothing brand": "七匹狼门店全部恢复营业。",
    "a drinks brand": "六个核桃销量上升。",
    "a toothpaste brand": "两面针公司召开股东会。",
    "a sportswear brand": "361度门店恢复营业。",
    "a hotel chain": "7天酒店推出优惠。",
    "the Yangtze delta": "长三角一体化加快推进。",
    "a mountain range": "十万大山脚下的村庄。",
    "a book": "孩子们爱读十万个为什么。",
}


@pytest.mark.parametrize("sentence", NAMED.values(), ids=NAMED.keys())
def test_a_name_with_a_numeral_and_a_counter_inside_is_no_count(sentence):
    found = spans(sentence)
    assert all(span not in name for span in found for name in NAMES), found


def test_a_span_of_years_beside_an_era_is_still_read():
    assert spans("民国时期他在此工作了12年。") == ["12年"]
    assert spans("新法令和4年前的旧规定并行。") == ["4年"]  # 法令 and 和, not the era 令和
    assert spans("共同治理3年后成效显著。") == ["3年"]
    assert spans("清同治三年，该书院重修。") == []
    assert spans("1840年即道光二十年。") == []  # after a copula, a dynasty or an emperor too
    assert spans("明成祖永乐十九年迁都北京。") == []
    assert spans("乾隆在位60年，享年89岁。") == ["60年", "89岁"]
    assert spans("公元2020年，全县建成8座桥。") == ["8座"]


def test_a_name_leaves_the_figures_beside_it():
    assert spans("三台县新建3所学校。") == ["3所"]
    assert spans("七台河市新增就业1200人。") == ["1200人"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市委召开第九届六次全会。", []),  # the sixth plenary session: an ordinal after the term
        ("县十六届人大二次会议闭幕。", []),
        ("十三届全国人大4次会议开幕。", []),
        ("第八屆三次會議通過決議。", []),
        ("九届六次全会后，全市开展督查120次。", ["120次"]),  # the count beside it stays
        ("今年共召开六次会议。", ["六次"]),  # no term before it: six meetings
    ],
)
def test_the_session_of_a_congress_after_its_term_is_an_ordinal(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("村委会四周种满了桂花。", []),  # 'all around', not four weeks
        ("登上山顶环顾四周。", []),
        ("四周围都是茶园。", []),
        ("为期四周的集中培训。", ["四周"]),  # a word of time before it: four weeks
        ("连续四周保持零新增。", ["四周"]),
        ("四周后复查。", ["四周"]),  # or after it
        ("大约四周时间。", ["大约四周"]),  # the qualifier is part of the span
        ("项目用时6周。", ["6周"]),  # digits are always weeks
    ],
)
def test_si_zhou_is_all_around_unless_a_word_of_time_says_four_weeks(sentence, expected):
    assert spans(sentence) == expected


def test_the_lists_hold_no_duplicates_and_every_entry_holds_a_numeral():
    from helpers.text.quantity import NUMERAL_CHARS

    for words in (IDIOMS, NAMES):
        assert len(set(words)) == len(words)
        assert all(any(c in NUMERAL_CHARS or c.isdigit() for c in w) for w in words)
    assert set(IDIOMS).isdisjoint(NAMES)
    assert all(len(counter) == 1 and rests for counter, rests in WORD_AFTER_COUNTER.items())


STILL_FOUND = [
    ("全县新增就业近万人。", ["近万人"]),  # place characters with a qualifier are a rough count
    ("到场群众千余名。", ["千余名"]),
    ("上百家企业参展。", ["上百家"]),
    ("每周三次开展消杀。", ["三次"]),  # 周 before a count that is not 起
    ("完成三轮核酸检测。", ["三轮"]),  # rounds: 轮 before no 车 or 驱
    ("培训分4期举办。", ["4期"]),  # periods: 期 before no 工程, 项目 or 临床
    ("订购了两打铅笔。", ["两打"]),  # a dozen: 打 before no verb's object
    ("教材已修订5版。", ["5版"]),  # editions: a whole number before 版 and no 本 after it
    ("赠送三件衣服。", ["三件"]),
    ("十天内完成。", ["十天"]),  # 十 alone is ten
    ("发现3起火情。", ["3起"]),
    ("二个工作日内办结。", ["二个工作日"]),  # 二 before 个 and measures is two
    ("会议开了二个小时。", ["二个小时"]),  # and before a unit written with 个
    ("伤口长二公分。", ["二公分"]),  # every measure the units table knows, not only the first ones
    ("运来二吨蔬菜。", ["二吨"]),
    ("两三个人一组。", ["两三个"]),  # neighbouring digits: a range
    ("共一七二零吨。", ["一七二零吨"]),  # digit by digit with a zero: a number
    ("连续清零3天。", ["3天"]),  # 清零 is a word, not a numeral before 3
    ("收拾3天才完工。", ["3天"]),
    ("方案修改3次方案才定。", ["3次"]),  # 次 before 方案: a count (not 次方, a power)
    ("举行3次元首会晤。", ["3次"]),  # 次 before 元首
    ("罚进3个点球。", ["3个"]),  # 个 before 点球: a count (not 个点, points)
    ("大楼共32层。", ["32层"]),  # a count of floors
    ("1号楼18层，2号楼24层。", ["18层", "24层"]),  # floors of buildings: counts (an address's floor reads so too)
    ("新建5幢12层住宅楼。", ["5幢", "12层"]),  # buildings of twelve floors
    ("台湾投信卖超18亿元。", ["18亿元"]),  # 卖超 (net selling): an amount, not 'more than'
    ("外资买超50亿元。", ["50亿元"]),
    ("他在最后一圈反超3名选手。", ["3名"]),  # 反超: to overtake, not 'more than'
    ("收银员找零两毛钱。", ["两毛钱"]),  # 毛 with 钱 after it is money
    ("5年期国债利率为2.5%。", ["2.5%"]),  # 5年期 is a term, not a span of five years
    ("想出3个点子。", ["3个"]),
    ("收银员找零两元。", ["两元"]),  # 零 ends 找零: the numeral begins after it
    ("营业员找零三角五分。", ["三角五分"]),  # an amount in two units too
    ("本土病例归零二十天。", ["二十天"]),
    ("上周清零五家工地。", ["五家"]),
    ("同比下降-3.8%。", ["-3.8%"]),
    ("每斤5元1角。", ["5元1角"]),  # an amount in two units is read whole (tests/text/test_compound.py)
    ("每斤售价5元，1斤装。", ["5元", "1斤"]),
    ("每人5元1斤。", ["5元", "1斤"]),  # 5元 and 1斤: a counter follows the next number
    ("计划投资2680.5万元3.1节另述。", ["2680.5万元"]),  # after a magnitude or a decimal no next place follows
    ("共计12吨3.5吨为大米。", ["12吨", "3.5吨"]),
    ("3万一线员工返岗。", ["3万"]),  # digits stop the number: 一线 is a word
    ("近3年5家企业上市。", ["近3年", "5家"]),  # time, then a count of another kind: two figures
    ("连续3天3次检测。", ["3天", "3次"]),
    ("每年3次体检。", ["3次"]),
    ("零点五吨。", ["零点五吨"]),  # 零 before a decimal point begins a number
    ("我有一万个理由相信。", ["一万个"]),  # hyperbole with a counter reads as written: no rule tells it from a count
]


@pytest.mark.parametrize("sentence,expected", STILL_FOUND, ids=[s for s, _ in STILL_FOUND])
def test_what_the_word_rules_leave_alone(sentence, expected):
    assert spans(sentence) == expected


# --- 2. numbers cut out of a longer form -------------------------------------------------------------------------

CUT = {
    "digits after 万": "销售额1万800元。",
    "a Chinese decimal": "增长三点7个百分点。",
    "a traditional decimal": "零點65吨。",
    "a colloquial two": "倆千三百吨。",
    "a formal ten": "拾二万零三百吨。",
    "wan then a Chinese numeral": "营收300万五千。",
    "a colloquial end with no unit": "月薪一万二。",
    "a colloquial end before a word": "三万一线员工。",
    "a per-month wage": "工资三千一个月。",
    "come to the city": "约2万来杭人员。",
    "a share without 之 (Cantonese)": "每日饮用三分一公升。",
    "a share without 之, one character": "加入四分三杯水。",
    "a two-digit number (位数)": "营收保持两位数增长。",
    "a tricycle (轮车)": "村民骑着三轮车赶集。",
    "an entrance of a block (单元)": "家住7幢4单元。",
    "a district (片区)": "全镇划为6片区管理。",
    "a phase of a project (期工程)": "园区4期工程开工。",
    "a phase of a trial (期临床)": "疫苗已进入3期临床试验。",
    "a version (版本)": "系统升级到4版本。",
    "a version number before 版": "发布2.0版操作系统。",
    "the verb 打 before a ball game": "他个子1米9打排球。",
    "the verb 打 before 分 (to score)": "评委按10打分。",
    "four-wheel drive (轮驱动)": "一辆四轮驱动的皮卡。",
    "a polyhedron (面体)": "展出一个八面体模型。",
    "a three-piece set (件套)": "选购一套三件套。",
    "an idiom with 面 (四面出击)": "各部门四面出击。",
    "triploid (倍体)": "推广三倍体西瓜。",
    "the three sectors of an economy (次产业)": "三次产业结构调整为6.9∶41.5∶51.6。",
    "a power (次方)": "十的三次方。",
    "a range of a range and an amount": "股价介乎$45-$60-$70。",
    "two dollar amounts of two currencies": "报价$45-HK$60。",
    "N a side (人制)": "举办五人制足球赛。",
    "个 before 多亿 (spoken 3亿多)": "项目投资3个多亿。",
    "個 before 多萬": "籌得兩個多萬港元。",
    "a part after 零 that joins an amount not read whole": "用时一个半钟零八秒。",
    "a bare group of digits after a place": "库存1万600吨。",
    "a highway's stake mark": "事故发生在沪昆高速K215+600处。",
    "these days (这两天)": "这两天气温明显回升。",
    "roughly a hundred (百八十)": "花了百八十块钱。",
    "roughly a hundred (百十)": "全村百十来户人家。",
    "N years every day the same (年如一日)": "他二十年如一日守护山林。",
    "三元 as a company": "三元食品发布公告。",
    "三元 as a battery chemistry": "三元锂电池出货量上升。",
    "间 'between' after a joined number": "票价在300与500间浮动。",
    "a clock time after a qualifier": "救援队约11时40分抵达。",
    "a ratio after a qualifier": "男女比例约为4:1。",
    "a thousands group after a space": "约6 000人参加。",
    "a power of ten": "样品含细菌约3×10^5个。",
    "a superscript power": "距离约1.5×10⁸公里。",
    "a dash that may be a minus": "夜间气温–7℃。",
    "a year after a bound": "客流已超过2019年同期。",
    "a chip's model before 处理器": "搭载天玑9200处理器。",
    "the lantern festival (元宵)": "正月十五元宵节赏灯。",
    "a price from (元起)": "套餐每晚699元起。",
    "a price from (起售)": "新机3999起售。",
    "more than, by how much (+)": "播放量突破3亿+。",
    "a currency's letters inside a Latin word": "芯片采用ARM11内核。",
    "cents with a qualifier the form does not read": "每斤便宜两毛钱左右。",
    "a hundred and some tens (好几十)": "来了一百好几十人。",
    "one digit after a place, then a count": "投资3万5年回本。",  # 3万, then 5年: not 35000 年
    "one digit after 亿, then a count": "引进2亿5家企业。",
    "千 skipped after 万": "奖金1万8百元。",
    "after a currency sign the reader does not know": "门票₩3000万。",
    "another currency sign before 亿": "营收₹120亿。",
    "m after a dollar: a million, not metres": "融资$4.5m。",
    "an English word of magnitude": "募资US$2.3 billion。",
    "an English word of magnitude after a space and 万": "合计5 million港元。",  # 1万 and 600 units: rounded or exact?
    "a place skipped without 零 after 亿": "总投资3亿5千元。",
    "digits with places as a range's first end": "月薪1万8千至2万元。",
    "个 before a measure (points)": "指数午后回落2.4个点。",
    "个多 before a measure (points)": "股价高开1个多点。",
    "个 before a measure (standard deviations)": "偏离均值3个标准差。",
    "个 before a measure (spoken percentage points)": "占比下滑5个百分比。",
    "a tenth and its next place (35 %, not 30 %)": "约三成五的受访者。",
    "a tenth and 几 (40-odd %, not 40 ± 5 %)": "受访者中四成几表示满意。",
    "a little over a share (强)": "外来人口占三分之一强。",
    "a little under a share (弱)": "占比百分之十弱。",
}


@pytest.mark.parametrize("sentence", CUT.values(), ids=CUT.keys())
def test_no_figure_is_cut_out_of_a_longer_form(sentence):
    assert spans(sentence) == []


#: Longer forms the grammar reads whole (helpers.text.compound, the ranges of helpers.text.quantity): found as
#: one figure, never cut into parts.
WHOLE = {
    "two of a hundred million": ("投资三个亿。", "三个亿"),
    "a height": ("身高一米七的运动员。", "一米七"),
    "a price in kuai": ("每斤两块八。", "两块八"),
    "yuan and jiao": ("票价五元五角。", "五元五角"),
    "jin and liang": ("重4斤6两。", "4斤6两"),
    "years and months": ("历时4年7个月建成。", "4年7个月"),
    "days and hours": ("连续奋战6天18小时。", "6天18小时"),
    "weeks and hours": ("共用了两个星期5小时。", "两个星期5小时"),
    "joined by 又": ("整整一年又两个月。", "一年又两个月"),
    "joined by 零": ("工期三年零五个月。", "三年零五个月"),
    "hours and minutes": ("用时2小时45分。", "2小时45分"),
    "minutes and seconds": ("成绩为四分十二秒。", "四分十二秒"),
    "money joined by 又": ("售价三美元又五美分。", "三美元又五美分"),
    "money joined by 零": ("每瓶4元零5分。", "4元零5分"),
    "a doubled hyphen": ("奖励3万元--8万元。", "3万元--8万元"),
    "a doubled dash": ("预计4——6万人次。", "4——6万人次"),
    "an en dash": ("每户补贴30–80元。", "30–80元"),
    "money, not people": ("总投资5000万人民币。", "5000万人民币"),
    "a pressure in atmospheres": ("釜内压力达1.6个大气压。", "1.6个大气压"),
    # digits written with Chinese places, read as the same numeral in Chinese characters
    "digits and places": ("储备7万2千3百吨。", "7万2千3百吨"),
    "digits after 零": ("投资2千零50万元。", "2千零50万元"),
    "a zero before the last digits": ("共1千零8吨。", "1千零8吨"),
    "yi then a group of digits": ("总投资2亿4000万元。", "2亿4000万元"),
    "after a currency word": ("人均月入港币2万6千元。", "港币2万6千元"),
    "yi, qian and wan after 人民币": ("总投资人民币4亿7千万元。", "人民币4亿7千万元"),
}


@pytest.mark.parametrize(("sentence", "span"), WHOLE.values(), ids=WHOLE.keys())
def test_a_longer_form_the_grammar_reads_is_found_whole(sentence, span):
    assert spans(sentence) == [span]


RANGES = {
    "inclusive, then a spaced dash": "补助标准为2万（含） — 6万元。",
    "a tilde after a Chinese numeral": "单价两~5百元。",
    "money, then a hyphen": "三元二角-三元五角。",
    "a place shared or not": "每场八到三百人。",
    "a colloquial last digit": "月薪三到四千五元。",
    "falling, the unit written once": "价格从8万至2万元。",
    "falling, in Chinese numerals": "人数由九万到两万人。",
    "ends of different magnitudes, the unit once": "投资3万至5亿元。",
    "多 on the first end": "月收入4000多到5000元。",
    "余 before 万 on the first end": "涉及资金20余万至30万元。",
    "多 and 万 in Chinese numerals": "预计二十多万到三十万人次。",
    "多 after 万": "补贴6万多至8万元。",
    "above zero after a separator": "气温在零下4到零上6度之间。",
    "above zero after a negative number": "气温-2至零上5℃。",
}


@pytest.mark.parametrize("sentence", RANGES.values(), ids=RANGES.keys())
def test_no_end_of_a_range_the_grammar_does_not_read_is_reported(sentence):
    found = find_quantities(sentence)
    assert found.empty, found
    assert (find_quantities(sentence)["value"] >= 0).all()  # and never a minus read into a dash


def test_a_range_whose_ends_each_write_the_unit_keeps_both_figures():
    assert spans("参与者从20多岁到50岁不等。") == ["20多岁", "50岁"]


def test_ranges_the_grammar_reads_stay_whole():
    assert spans("预计5至8万人次。") == ["5至8万人次"]
    assert spans("需要三到十个工作日。") == ["三到十个工作日"]
    assert spans("工期五到十五天。") == ["五到十五天"]
    assert spans("一般在6~9吨。") == ["6~9吨"]
    assert spans("约2.5亿年~6500万年前。") == ["约2.5亿年", "6500万年"]  # two ends: read as two figures


# --- 3. web addresses, escapes and phone numbers -----------------------------------------------------------------

ADDRESSES = [
    "详见 https://example.gov.cn/notice?id=3091&rate=15%25 。",
    "网址：www.example.com/list?page=2&size=50个",
    "参数 %2030% 无效。",
    "编码 q=45%2C 已更新。",
    "咨询电话0578-8123456。",
    "服务热线400-600-7000。",
    "联系人手机139-5070-1234。",
    "拨打12345热线反映问题。",
]


@pytest.mark.parametrize("sentence", ADDRESSES)
def test_no_figure_inside_a_web_address_an_escape_or_a_phone_number(sentence):
    assert spans(sentence) == []


def test_a_figure_after_a_web_address_is_still_found():
    assert spans("详见 https://example.gov.cn/a?x=1 ，全县共23家。") == ["23家"]


# --- the seed page reads as before -------------------------------------------------------------------------------


def test_the_county_page_still_reads_its_curated_figures():
    from helpers import load_articles, load_figures

    figures = load_figures()
    for article in load_articles().itertuples():
        found = find_quantities(article.text)
        mine = figures[figures["article_id"] == article.article_id]
        assert set(zip(mine["start"], mine["end"])) <= set(zip(found["start"], found["end"]))


# --- a numeral spelled out with spaces inside it ------------------------------------------------------------------

SPELLED_OUT = {
    "spaces between the places": "约一千 二 百 几十万元",
    "a space before the decimals": "下降四点 五个百分点",
    "a space before the tens": "占百分之六 十",
    "a space after 成": "约八成 五",
    "a space before 点": "百分之三 点二",
}


@pytest.mark.parametrize("sentence", SPELLED_OUT.values(), ids=SPELLED_OUT.keys())
def test_no_piece_of_a_numeral_spelled_out_with_spaces_is_read(sentence):
    assert spans(sentence) == []


def test_a_figure_beside_a_space_and_a_word_is_read():
    assert spans("复工率93% 三月起恢复") == ["93%"]
    assert spans("约六成 市民支持") == ["约六成"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("全县已有14家A级景区恢复开放。", ["14家"]), ("共有12所A类学校。", ["12所"]), ("每人3个G的流量。", ["3个"])],
)
def test_a_letter_after_a_unit_in_chinese_starts_the_next_word(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence", ["新建4G基站。", "储备N95口罩。", "包装5kgs。", "5A级景区。"])
def test_a_letter_that_touches_the_number_or_a_latin_unit_makes_a_code(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"), [("全县设立四处检测点。", ["四处"]), ("发生四起交通事故。", ["四起"])]
)
def test_a_count_that_an_idiom_also_writes_is_read_before_a_noun(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("话剧《四世同堂》和小说《一百个人的十年》再版。", []),  # titles name, they count nothing
        # but a title counts the articles of a document it names
        ("《关于支持小微企业的十五条措施》出台后，新增市场主体1200户。", ["十五条", "1200户"]),
        ("乘坐2635次列车返乡的旅客达到800人。", ["800人"]),  # a train's number
        ("全天加开临客列车46次。", ["46次"]),  # after the trains, 次 counts them
        ("包裹寄往城南路18号4栋702，收件人姓李。", []),  # building 4, flat 702
        ("小区共交付住宅14栋，入住620户。", ["14栋", "620户"]),
        ("就读于三年制高职的学生有300余名。", ["300余名"]),  # a course of three years
        ("全市两轮电动车保有量超过90万辆。", ["超过90万辆"]),
        ("他从医院回来只用了两个来小时。", []),  # 'two-odd hours'
        ("共有4个来自乡镇的代表队参赛。", ["4个"]),  # 来自 is a verb
        ("修个电器也就十块八块的事。", []),  # 'ten or so'
        ("该队五度夺得全国联赛冠军。", []),  # five times, not degrees
        ("午后气温升至36度进入高温时段。", ["36度"]),
    ],
)
def test_titles_train_numbers_addresses_and_set_phrases_count_nothing(sentence, kept):
    assert spans(sentence) == kept


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("全年外贸总额2兆4,310億元。", []),  # Taiwan's 兆: 2.431 trillion, not 4310亿
        ("离岸人民币兑美元21:00报7.2051。", []),  # a clock time and a quote
        ("港元兑美元7.8150，贴近弱方兑换保证。", []),  # a quote: Hong Kong dollars a US dollar
        ("1美元可兑换7.2元人民币。", ["1美元", "7.2元人民币"]),
        ("她22年毕业后进入银行工作，今年已工作3年。", ["3年"]),  # 2022
        ("毕业22年后重返母校。", ["22年"]),  # twenty-two years
        ("预计公司25-27年归母净利润分别为4.1、5.3、6.6亿元。", ["6.6亿元"]),
        ("从19年开始，全县推行垃圾分类。", []),
        ("全县连续四年进入全省前五位。", ["四年"]),  # a rank
        ("前50名报名的市民可获赠门票。", ["50名"]),  # the first fifty: a count
        ("每10股派发现金红利2.35元。", ["2.35元"]),  # per ten shares: the ten is no figure
        ("每100毫升含钙120毫克。", ["120毫克"]),
        ("年末三轮汽车保有量达到30万辆。", ["30万辆"]),
        ("“十四五”时期是第十四个五年规划的实施期。", []),
    ],
)
def test_trillions_quotes_short_years_ranks_and_bases_count_nothing(sentence, kept):
    assert spans(sentence) == kept


def test_an_acceleration_test_is_no_range_of_speeds():
    assert spans("新车0-100km/h加速仅需4.2秒。") == ["4.2秒"]


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("本周门诊量比前一天多了86人次。", ["86人次"]),  # 多 compares: no 'more than a day'
        ("今年报名人数比上一年多了两成。", ["两成"]),
        ("他在这里住了一年多了。", ["一年多"]),  # a year and more
        ("全场童装六五折起。", []),  # a discount from
        ("饲养外三元生猪1200头。", ["1200头"]),  # a pig cross
        ("本港小學五年級學生有4.2萬人。", ["4.2萬人"]),  # a school year
        ("這套房子面積約85平米。", ["約85平米"]),
    ],
)
def test_comparatives_discounts_from_and_names_in_everyday_news(sentence, kept):
    assert spans(sentence) == kept


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("出口额首次迈上千亿台阶。", []),  # a milestone, not machines; 迈上 is no 'more than'
        ("食品厂中秋前日产50万个月饼。", []),  # mooncakes, not months (个 alone is not read short)
        ("全区共有48万户籍人口。", []),  # registered residents, not households
        ("全县户籍人口48万，常住人口52万人。", ["48万", "52万人"]),
        ("新机场二期扩建工程投资120亿元。", ["120亿元"]),  # phase two, not two periods
        ("改造工程分两期实施。", ["两期"]),  # two phases: a count
        ("今年是三年行动计划的最后一年。", []),  # a programme's name
        ("他买中了一只十倍股。", []),  # a kind of stock
        ("全省十二年免费教育覆盖率达到95%。", ["95%"]),
        ('我们坚持"两个毫不动摇"。', []),  # a slogan in straight quotes
        ('他说"两个人都来了"，"三个没来"。', []),  # short quotes in Chinese numerals: left as slogans
        ('共有"三个"和五名代表。', ["五名"]),
        ("会议中心位于大楼的16层。", []),  # a floor, where
        ("他住在小区5号楼的12层。", []),
        ("这栋写字楼地上45层，地下3层。", ["45层", "3层"]),  # how many floors
        ("全市建成“15分钟健身圈”80个。", ["80个"]),  # a plan's name, then a count
        ("形成半小时通勤圈和1小时经济圈。", []),
        ("他用时12分钟跑完了最后一圈。", ["12分钟"]),
        ("卫星授时精度优于20纳秒。", []),  # better than: which way is the measure's
        ("21年全县粮食总产量达到28万吨。", ["28万吨"]),  # 2021, written short
        ("近25年全省森林覆盖率提高了8个百分点。", ["近25年", "8个百分点"]),  # not a year written short
    ],
)
def test_milestones_phases_programmes_slogans_floors_and_circles(sentence, kept):
    assert spans(sentence) == kept


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("规上工业企业研发人员折合全时当量4.2万人年。", "4.2万人年", "人年"),
        ("项目组累计投入1800人天。", "1800人天", "人天"),
        ("春运期间铁路开行旅客列车2.6万列次。", "2.6万列次", "列次"),
        ("全年机械深松整地85万亩次。", "85万亩次", "亩次"),
    ],
)
def test_person_years_trains_run_and_areas_worked_again_are_units(sentence, text, unit):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["unit"]) == (text, unit)


@pytest.mark.parametrize("sentence", ["该村300人年均增收2000元。", "村里600人天天参加晨练。"])
def test_people_then_a_word_of_years_or_days_are_not_person_years(sentence):
    assert "人年" not in set(find_quantities(sentence)["unit"]) and "人天" not in set(find_quantities(sentence)["unit"])


def test_satellites_are_counted_in_ke():
    row = find_quantities("这一星座由约1.2万颗低轨卫星组成。").iloc[0]
    assert (row["text"], row["unit"], row["low"], row["high"]) == ("约1.2万颗", "颗", 10800, 13200)


@pytest.mark.parametrize(
    "sentence, low, high",
    [("地头收购价每斤五六毛钱。", 0.5, 0.6), ("一根葱两三毛钱。", 0.2, 0.3)],
)
def test_two_neighbouring_digits_before_mao_are_a_rough_range(sentence, low, high):
    row = find_quantities(sentence).iloc[0]
    assert (row["low"], row["high"], row["unit"]) == (low, high, "元")


def test_digits_side_by_side_before_mao_are_no_amount():
    assert find_quantities("九五毛钱。").empty  # not 95 毛


@pytest.mark.parametrize(
    "sentence, kept",
    [("法院对两人分别判处拘役六个月至一年。", ["两人"]), ("四名被告人分别获刑十二年至一年不等。", ["四名"])],
)
def test_the_first_end_of_a_range_whose_second_is_one_is_not_read_alone(sentence, kept):
    assert spans(sentence) == kept
