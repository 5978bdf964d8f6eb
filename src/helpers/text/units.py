"""The counters and units a quantity may carry, as written, and what each says of its number.

One table per fact the reader needs: ``UNITS`` (every counter and unit the grammar knows, traditional
forms too), ``UNITS_WITH_QUALIFIER`` (a unit written with 个 or a 多 inside it: 两个小时, 3个多月),
``SIMPLIFIED`` (the simplified form a unit is reported in), ``PERCENT_UNITS``, ``SHARE_SIGNS`` and
``POINT_UNITS`` (shares, ‰ and ‱, percentage points and basis points: ``BASIS_POINTS``) and
``SIGNED_UNITS`` (the units a negative number may carry). The grammar that reads them is in ``helpers.text.quantity``.

Units, temperatures and money (one section, its tables together): ``MORE_COUNTERS`` and ``MORE_MEASURES``
(公分, 英里, 加仑, 微克, 千卡, 赫兹/兆赫, 平方英尺/平方呎, 立方英尺, 辆次, 架次, 人份, 工日, 标箱, 桶, 打, 周岁 …),
``LATIN_UNITS`` (cm, kg, ml … after digits),
``TEMPERATURE_UNITS`` and ``SCALES_BEFORE`` (℃, °C, 摄氏度, 摄氏37度, 华氏70度, 零下), ``CURRENCY_WORDS``,
``CURRENCY_COMPOUNDS`` and ``CURRENCIES_BEFORE`` (the currency of an amount, normalised as JioNLP
normalises it), ``ORDINAL_UNITS`` (周年: an anniversary, not a quantity) and ``REPORTED_UNITS`` (the
one form a unit is reported in when it is not its simplified written form: kg → 千克, °C → ℃, 港币 → 港元).
For money the unit reported is the currency. Left out (not units): 块 alone (a counter, 三块石头; only
块钱 is money), 个钟 before a noun (个钟表, ``BELL_NOT_BEFORE``), Latin units after a Chinese numeral, k/w after
digits unless a currency follows (15k元 is read; 15k, 15k左右 and 30w上下 are not: k may be a kilometre).

Longer than the house's 500 lines because it holds nothing but these tables, each with the comment that says what
it holds and why a unit is or is not in it; split by kind (counters, measures, money), the one list of every unit
(``UNITS``) would be assembled from three modules.
"""

from __future__ import annotations

__all__ = [
    "ABOVE_ZERO",
    "BASIS_POINTS",
    "BELL_NOT_BEFORE",
    "BELOW_ZERO",
    "CURRENCIES",
    "CURRENCIES_BEFORE",
    "CURRENCY_COMPOUNDS",
    "CURRENCY_WORDS",
    "LATIN_UNITS",
    "MEASURES",
    "MORE_COUNTERS",
    "MORE_MEASURES",
    "MORE_UNITS",
    "ORDINAL_UNITS",
    "PERCENT_UNITS",
    "POINT_UNITS",
    "REPORTED_UNITS",
    "SCALES_BEFORE",
    "SHARE_SIGNS",
    "SIGNED_UNITS",
    "SIMPLIFIED",
    "TEMPERATURE_UNITS",
    "UNITS",
    "UNITS_WITH_QUALIFIER",
    "reported_unit",
]

#: Basis points (hundredths of a percentage point) of rates: 下行5个基点, 调升126个基点; reported as written
#: (simplified), rounded like percentage points.
BASIS_POINTS: tuple[str, ...] = ("个基点", "個基點", "基点", "基點")

# ---- Units, temperatures and money -------------------------------------------------------------
#: Counters and measures beyond the core table below, as Chinese news writes them. 兆 in 兆赫 is a unit
#: prefix (mega), never the magnitude 兆; 周岁 is an age (七周岁 is 7 years old, not 7 weeks); 打 is a dozen,
#: reported as written (五打 is 5 打).
MORE_COUNTERS: tuple[str, ...] = (
    # a counter with 次, a count of visits or times (2.1万家次 inspections of establishments, 3000户次), as 人次
    *("辆次", "輛次", "架次", "家次", "户次", "台次", "臺次", "艘次", "件次", "场次", "場次", "班次", "车次", "車次"),
    *("批次", "例次", "项次", "項次", "剂次", "劑次"),  # 剂次: doses given (4500万剂次)
    *("列次", "亩次", "畝次"),  # trains run (开行客车1.2万列次), an area worked more than once (造林120万亩次)
    # labour in person-years and person-days (研发人员全时当量635.4万人年, 投入5000人天); not 人 then 年均, 天天
    *("人年", "人天"),
    *("打", "周岁", "週歲", "钟头", "鐘頭", "趟"),  # 趟: trips (开行126趟)
    *("人份", "份次", "趟次"),  # 核酸检测8.56万人份: tests (one person's sample each), not people
    # labour in workdays (投入1.2万工日; not 人日: 两人日前 is two people, recently), equipment in sets
    *("工日", "台套"),
    *("桶", "罐", "幢"),  # 日产原油10万桶 (barrels), 3幢楼 (buildings); not 三桶油 (idioms.NAMES)
    *("标箱", "標箱", "标准箱", "標準箱"),  # containers (集装箱吞吐量300万标箱)
    *("戶", "隻"),  # traditional 户, 只 (56萬戶, 3隻)
    "股",  # shares (发行不超过8000万股, 每10股); not 股东, 股份, 八股文, 五股区 (WORD_AFTER_COUNTER, NAMES)
    *("羽", "尾"),  # poultry and fish (出栏肉鸡120万羽, 投放鱼苗50万尾); not 羽毛, 尾号 (WORD_AFTER_COUNTER)
    "粒",  # pills and grains (每盒12粒); not in 粒子, 粒径 (helpers.text.words.WORD_AFTER_COUNTER)
    *("颗", "顆"),  # satellites, stars, pills (由30颗卫星组成, 脉冲星超过900颗)
)
MORE_MEASURES: tuple[str, ...] = (
    *("公分", "公尺", "公升", "公裏"),
    # freight and passenger work, and energy in standard coal (1.2万亿吨公里, 57.2亿吨标准煤): not 吨 or 人
    *("吨公里", "噸公里", "人公里", "人千米", "吨标准煤", "噸標準煤", "千克标准煤"),
    *("英里", "英裏", "英尺", "呎", "英寸", "英吋", "吋", "加仑", "加侖"),
    "盎司",  # the troy ounce of gold and silver prices (1800美元/盎司), the ounce of mass
    "磅",  # the pound of mass (英镑 is the currency)
    *("微克", "千卡", "赫兹", "赫茲", "兆赫兹", "兆赫茲", "兆赫"),
    *("毫安时", "毫安時", "毫安"),  # a battery's charge (5000毫安时) and a current
    *("微米", "纳米", "納米"),  # 粒径小于2.5微米, 7纳米芯片
    # 55分贝, 20毫秒, 300马力, 50兆帕, 960百帕, 4800万像素
    *("分贝", "分貝", "毫秒", "马力", "馬力", "兆帕", "千帕", "百帕", "像素"),
    # areas and volumes in feet and miles (200平方英尺; 平方呎 as Hong Kong writes it)
    *("平方英尺", "平方呎", "平方英里", "立方英尺"),
    # 2.3万平方千米, 管网8000延米 (linear metres), 排量1998立方厘米 (not 立方 alone: 立方体, 立方根)
    *("平方千米", "延米", "立方厘米", "立方分米", "立方千米", "平米"),  # 平米: spoken 平方米 (90平米的房子)
    *("公吨", "公噸", "釐米", "千瓦時"),  # metric tons (145万公吨), and traditional 厘米, 千瓦时
    # carats of gems (10.5克拉, not 克; not 克拉玛依), blood pressure (毫米汞柱), light years and nautical miles
    *("克拉", "毫米汞柱", "光年", "海里"),
)
#: Latin units, read only right after digits, exactly as written (case matters: 4G and 5G are network
#: generations, 3D and N95 codes), and only when no letter or digit follows: unit as written → the
#: Chinese unit it is reported in.
LATIN_UNITS: dict[str, str] = {
    "cm": "厘米",
    "mm": "毫米",
    "km": "公里",
    "m": "米",
    "km²": "平方公里",
    "m²": "平方米",
    "m³": "立方米",
    "kg": "千克",
    "g": "克",
    "mg": "毫克",
    "ml": "毫升",
    "mL": "毫升",
    "L": "升",
    "cc": "毫升",
    "kWh": "千瓦时",
    "mAh": "毫安时",
    "dB": "分贝",
    "ms": "毫秒",
    **{unit: unit for unit in ("KB", "MB", "GB", "TB", "Kbps", "Mbps", "Gbps")},  # storage and bandwidth, as written
    "nm": "纳米",
    "μm": "微米",
    "µm": "微米",  # with the micro sign (U+00B5), as a keyboard types it
    "kW": "千瓦",
    "MW": "兆瓦",
    # basis points and percentage points in a broker's shorthand (下行35BP, 提升1.5pct)
    **dict.fromkeys(("BP", "bp", "bps", "BPs"), "个基点"),
    **dict.fromkeys(("pct", "pcts", "PCT"), "个百分点"),
    # in capitals, as informal text writes them (75KG, 10KM, 500ML, 3CM)
    "KG": "千克",
    "Kg": "千克",
    "KM": "公里",
    "Km": "公里",
    "CM": "厘米",
    "ML": "毫升",
    # the squared unit signs of CJK fonts (120㎡, 5㎞, 25㎏)
    "㎡": "平方米",
    "㎢": "平方公里",
    "㎥": "立方米",
    "㎞": "公里",
    "㎝": "厘米",
    "㎜": "毫米",
    "㎏": "千克",
    "㎎": "毫克",
    "㎖": "毫升",
    "㎾": "千瓦",
}
#: Temperatures after the number: unit as written → ℃ (Celsius) or ℉ (Fahrenheit); ° alone is the plain
#: unit 度 (angles too). A scale written before the number (摄氏37度, 华氏70度) is in ``SCALES_BEFORE``.
TEMPERATURE_UNITS: dict[str, str] = {
    "℃": "℃",
    "°C": "℃",
    "摄氏度": "℃",
    "攝氏度": "℃",
    "摄氏°": "℃",
    "攝氏°": "℃",
    "℉": "℉",
    "°F": "℉",
    "华氏度": "℉",
    "華氏度": "℉",
    "华氏°": "℉",
    "華氏°": "℉",
    "°": "度",
}
#: A temperature scale written before the number, with 度 or ° after it: word → the unit reported.
#: 零下 (below zero) makes the number negative and says the 度 after it is ℃, after 摄氏 too (摄氏零下2度: −2 ℃);
#: 零上 (above zero) says the same of a number above zero (零上5度: 5 ℃).
SCALES_BEFORE: dict[str, str] = {
    **{f"{scale}{word}": "℃" for scale in ("摄氏", "攝氏") for word in ("", "温度", "溫度", "零下", "零上")},
    **{f"{scale}{word}": "℉" for scale in ("华氏", "華氏") for word in ("", "温度", "溫度")},
    "零下": "℃",
    "零上": "℃",
}
#: The scale words that say the number is below zero, and 零上 (above zero), written before the second end of a range
#: of temperatures (零下5度到零上3度).
BELOW_ZERO: tuple[str, ...] = tuple(sorted((w for w in SCALES_BEFORE if w.endswith("零下")), key=len, reverse=True))
ABOVE_ZERO = "零上"
#: The currencies a unit after the number names, normalised as JioNLP normalises them (人民币, 块钱, 圆 → 元;
#: 港币 → 港元; 美金, 美圆 → 美元; 日币 → 日元; 台币 → 新台币 …): currency word → currency.
CURRENCY_WORDS: dict[str, str] = {
    "元": "元",
    "圆": "元",
    "圓": "元",
    "块钱": "元",
    "塊錢": "元",
    "人民币": "元",
    "人民幣": "元",
    "美元": "美元",
    "美金": "美元",
    "美圆": "美元",
    "美圓": "美元",
    "欧元": "欧元",
    "歐元": "欧元",
    "港元": "港元",
    "港币": "港元",
    "港幣": "港元",
    "日元": "日元",
    "日圆": "日元",
    "日圓": "日元",
    "日币": "日元",
    "日幣": "日元",
    "英镑": "英镑",
    "英鎊": "英镑",
    "新台币": "新台币",
    "新臺幣": "新台币",
    "新台幣": "新台币",
    "台币": "新台币",
    "臺幣": "新台币",
    "台幣": "新台币",
    "澳元": "澳元",
    "澳币": "澳元",
    "澳幣": "澳元",
    "澳大利亚元": "澳元",
    "加元": "加元",
    "加币": "加元",
    "加拿大元": "加元",
    "韩元": "韩元",
    "韓元": "韩元",
    "韩币": "韩元",
    "韓幣": "韩元",
    "新加坡元": "新加坡元",
    "新西兰元": "新西兰元",
    "澳门元": "澳门元",
    "澳門元": "澳门元",
    "澳门币": "澳门元",
    "澳門幣": "澳门元",
    "泰铢": "泰铢",
    "泰銖": "泰铢",
    "卢布": "卢布",
    "盧布": "卢布",
    "瑞士法郎": "瑞士法郎",
    "卢比": "卢比",
    "盧比": "卢比",
    "林吉特": "林吉特",
    "令吉": "林吉特",  # the ringgit as Malaysia's Chinese press writes it
    "马币": "林吉特",
    "馬幣": "林吉特",
    "新元": "新加坡元",  # as Singapore's press writes it (罚款2000新元); not in 新元素
    "新币": "新加坡元",
    "新幣": "新加坡元",
    "纽元": "新西兰元",
    "紐元": "新西兰元",
    "葡币": "澳门元",  # the pataca, as Macao writes it
    "葡幣": "澳门元",
    "欧罗": "欧元",  # the euro, as Hong Kong writes it
    "歐羅": "欧元",
    "韩圜": "韩元",
    "韓圜": "韩元",
    "越南盾": "越南盾",
    "奈拉": "奈拉",
    "雷亚尔": "雷亚尔",
    "比特币": "比特币",
}
#: Amounts written with two currency words, 元 then the currency (8亿元人民币, 9000元日币, 三万元欧元),
#: and the cheque forms 元整, 圆整, 元正 (壹仟玖佰圆整): unit as written → currency.
CURRENCY_COMPOUNDS: dict[str, str] = {
    **{
        f"元{word}": currency
        for word, currency in CURRENCY_WORDS.items()
        if word.endswith(("币", "幣")) or word in ("美元", "美金", "欧元", "港元", "日元", "英镑")
    },
    **{f"{yuan}{end}": "元" for yuan in ("元", "圆", "圓") for end in ("整", "正")},
    "块钱人民币": "元",
}
#: Currency words and signs written before the number (人民币50元, 港幣3.14, 美金100, ￥300, US$20): word → currency.
#: ``$`` alone does not say whose dollar (US, Hong Kong, Taiwan, Singapore …): it is reported as ``$``.
CURRENCIES_BEFORE: dict[str, str] = {
    # the words news writes before an amount (others, 日元 among them, only after it: 日 is too common a
    # character to try at every date)
    **{
        word: CURRENCY_WORDS[word]
        for word in ("人民币", "人民幣", "美元", "美金", "港元", "港币", "港幣", "欧元", "歐元", "英镑", "英鎊")
    },
    # the ...币 words of a currency whose amounts are also written in 元 (新台币500元, 澳门币80元): the 元 is theirs
    **{
        word: CURRENCY_WORDS[word]
        for word in ("新台币", "新臺幣", "新台幣", "台币", "臺幣", "台幣", "澳门币", "澳門幣", "澳币", "澳幣", "加币")
        + ("韩币", "韓幣", "新币", "新幣", "新元", "马币", "馬幣", "葡币", "葡幣")
    },
    "US$": "美元",
    "HK$": "港元",
    "NT$": "新台币",
    "S$": "新加坡元",  # Singapore (S$150萬), Australia, New Zealand
    "RM": "林吉特",  # Malaysia (RM500, RM1.2亿)
    "MOP$": "澳门元",  # Macau (MOP$150)
    "A$": "澳元",
    "NZ$": "纽元",
    "$": "$",
    "￥": "元",
    "¥": "元",
    "€": "欧元",  # €20, £3.5亿: the sign says the currency as its word would
    "£": "英镑",
}
#: Written forms that are not a quantity: 周年 is an anniversary (成立100周年 is the 100th, an ordinal, not 100 weeks).
ORDINAL_UNITS: tuple[str, ...] = ("周年", "週年")
_CORE_MONEY = ("元", "美元", "欧元", "港元", "日元", "英镑")  # in the money section of UNITS already
#: Every unit this section adds, as written, in the order of the table.
MORE_UNITS: tuple[str, ...] = (
    *MORE_COUNTERS,
    *MORE_MEASURES,
    *LATIN_UNITS,
    *TEMPERATURE_UNITS,
    *(w for w in CURRENCY_WORDS if w not in _CORE_MONEY),
    *CURRENCY_COMPOUNDS,
    *ORDINAL_UNITS,
)
#: Every money unit after the number, as written → its currency.
CURRENCIES: dict[str, str] = {**CURRENCY_WORDS, **CURRENCY_COMPOUNDS}
#: The unit reported for a unit as written, where it is not the written form in simplified characters:
#: Latin units and temperatures in the Chinese unit (kg → 千克, °C → ℃), money in its currency (港币 → 港元),
#: and spelling variants in one form (吋, 英吋 → 英寸; 呎 → 英尺; 英裏 → 英里; 加侖 → 加仑; 公裏 → 公里).
REPORTED_UNITS: dict[str, str] = {
    **LATIN_UNITS,
    **TEMPERATURE_UNITS,
    **CURRENCIES,
    "吋": "英寸",
    "英吋": "英寸",
    "呎": "英尺",
    "英裏": "英里",
    "加侖": "加仑",
    "公裏": "公里",
    "平方呎": "平方英尺",
    "平米": "平方米",
    "車次": "车次",  # 車 is not in SIMPLIFIED; 輛次, 臺次, 週歲, 鐘頭 are simplified by it
    "赫茲": "赫兹",
    "兆赫茲": "兆赫兹",
}
# -------------------------------------------------------------------------------------------------

# Counters and units a quantity may carry, as written (traditional forms map to simplified).
UNITS: tuple[str, ...] = (
    # people and organisations
    "人次",
    "人",
    "名",
    "位",
    "户",
    "家",
    "所",
    "个",
    "個",
    "支",
    "队",
    "組",
    "组",
    "批",
    "套",
    "座",
    "栋",
    "棟",
    "间",
    "間",
    "处",
    "處",
    "床",
    "张",
    "張",
    "条",
    "條",
    "项",
    "項",
    "件",
    "份",
    "篇",
    "封",
    "册",
    "冊",
    "本",
    "场",
    "場",
    "次",
    "轮",
    "輪",
    "期",
    "例",
    "起",
    "宗",
    "笔",
    "筆",
    "单",
    "單",
    "票",
    "种",
    "種",
    "类",
    "類",
    "台",
    "臺",
    "辆",
    "輛",
    "架",
    "艘",
    "列",
    "部",
    "只",
    "头",
    "頭",
    "匹",
    "口",
    "棵",
    "株",
    "枚",
    "剂",
    "劑",
    "针",
    "針",
    "瓶",
    "箱",
    "包",
    "袋",
    "盒",
    "副",
    "双",
    "雙",
    "对",
    "對",
    "块",
    "塊",
    "片",
    "层",
    "層",
    "道",
    "根",
    "捆",
    "卷",
    "面",
    "幅",
    "倍",
    "岁",
    "歲",
    "版",
    # time spans (dates and clock times are not quantities: 月, 日, 号, 时, 点, 分 are absent on purpose)
    "个月",
    "個月",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "秒",
    "天",
    "周",
    "週",
    "星期",
    "年",
    # measures
    "吨",
    "噸",
    "千克",
    "公斤",
    "斤",
    "克",
    "毫克",
    "升",
    "毫升",
    "立方米",
    "平方米",
    "平方公里",
    "公顷",
    "公頃",
    "亩",
    "畝",
    "公里",
    "千米",
    "米",
    "厘米",
    "毫米",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "度",
    # money
    *_CORE_MONEY,
    # percentages and points
    "个百分点",
    "個百分點",
    "百分点",
    "百分點",
    *BASIS_POINTS,
    "%",
    "％",
    "‰",
    "‱",
    "成",
    # units, temperatures and money (see MORE_UNITS below and data/README.md "Units, temperatures and money")
    *MORE_UNITS,
)
#: Units written with their measure word 个 (两个小时) or a 多/余 inside (3个多月): unit as written → (unit, qualifier).
UNITS_WITH_QUALIFIER: dict[str, tuple[str, str]] = {
    **{
        f"{ge}{more}{noun}": (unit, more)
        for ge in ("个", "個")
        for more in ("多", "余")
        for noun, unit in (
            *(("月", "个月"), ("小时", "小时"), ("小時", "小时"), ("星期", "星期"), ("钟头", "钟头")),
            *(("季度", "季度"), ("百分点", "个百分点"), ("百分點", "个百分点")),  # 三个多季度, 两个多百分点
        )
    },
    **{
        f"{ge}{noun}": (unit, "")
        for ge in ("个", "個")
        for noun, unit in (
            *(("小时", "小时"), ("小時", "小时"), ("星期", "星期"), ("钟头", "钟头"), ("季度", "季度")),
            # days counted by a calendar (3个工作日内办结): a span of time, not 3 个
            *(("工作日", "工作日"), ("交易日", "交易日"), ("自然日", "自然日")),
            *(("大气压", "大气压"), ("大氣壓", "大气压")),  # 2.5个大气压: a pressure, not 2.5 个
        )
    },
    # 十二个钟 (Cantonese 'twelve hours'), reported like 钟头; not before a noun (三个钟表, see the grammar)
    **{f"{ge}{bell}": ("钟头", "") for ge in ("个", "個") for bell in ("钟", "鐘")},
}
#: What may not follow 钟/鐘 for 个钟 to be hours (三个钟表: clocks; 个钟楼, 个钟声).
BELL_NOT_BEFORE = "头頭表錶楼樓声聲塔"
SIMPLIFIED = str.maketrans(
    "個組棟間處張條項冊場輪筆單種類臺輛頭劑針雙對塊層歲週噸頃畝點鐘時納貝馬標準戶隻釐",
    "个组栋间处张条项册场轮笔单种类台辆头剂针双对块层岁周吨顷亩点钟时纳贝马标准户只厘",
)


def reported_unit(written: str) -> str:
    """The unit a unit written so is reported in: its entry of ``REPORTED_UNITS``, else its simplified form."""
    return REPORTED_UNITS.get(written) or written.translate(SIMPLIFIED)


#: Signs of a share of 1000 and 10000 parts (出生率5‰): read like 千分之, 万分之, and reported in % (5‰ → 0.5 %).
SHARE_SIGNS: dict[str, int] = {"‰": 1000, "‱": 10000}
PERCENT_UNITS = frozenset({"%", "％", "成", *SHARE_SIGNS})
POINT_UNITS = frozenset(
    {
        "个百分点",
        "個百分點",
        "百分点",
        "百分點",
        *BASIS_POINTS,
        *(u for u, p in LATIN_UNITS.items() if p in BASIS_POINTS),
    }
    | {u for u, p in LATIN_UNITS.items() if p == "个百分点"}
)
#: The units a negative number may carry (负3.9%, -3.8个百分点, 利润-300万元, 海拔-154米, or none with
#: 万/亿): rates, money and measures, which can fall below zero. A counter never does: 负三场 is three
#: matches lost, 负一层 a basement floor.
MEASURES = UNITS[UNITS.index("吨") : UNITS.index("元")]  # the measures section of UNITS, 吨 to 度
SIGNED_UNITS = frozenset(
    {
        "",
        "%",
        "％",
        *SHARE_SIGNS,
        *POINT_UNITS,
        *_CORE_MONEY,
        *MEASURES,
        *MORE_MEASURES,
        *LATIN_UNITS,
        *TEMPERATURE_UNITS,
        *CURRENCIES,
    }
)
