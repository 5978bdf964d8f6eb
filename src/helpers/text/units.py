"""The counters and units a quantity may carry, as written, and what each says of its number.

One table per fact the reader needs: ``UNITS`` (every counter and unit the grammar knows, traditional
forms too), ``UNITS_WITH_QUALIFIER`` (a unit written with 个 or a 多 inside it: 两个小时, 3个多月),
``SIMPLIFIED`` (the simplified form a unit is reported in), ``PERCENT_UNITS`` and ``POINT_UNITS``
(shares and percentage points) and ``SIGNED_UNITS`` (the units a negative number may carry).
The grammar that reads them is in ``helpers.text.quantity``.
"""

from __future__ import annotations

__all__ = ["MEASURES", "PERCENT_UNITS", "POINT_UNITS", "SIGNED_UNITS", "SIMPLIFIED", "UNITS", "UNITS_WITH_QUALIFIER"]

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
    "元",
    "美元",
    "欧元",
    "港元",
    "日元",
    "英镑",
    # percentages and points
    "个百分点",
    "個百分點",
    "百分点",
    "百分點",
    "%",
    "％",
    "成",
)
#: Units written with their measure word 个 (两个小时) or a 多/余 inside (3个多月): unit as written → (unit, qualifier).
UNITS_WITH_QUALIFIER: dict[str, tuple[str, str]] = {
    **{
        f"{ge}{more}{noun}": (unit, more)
        for ge in ("个", "個")
        for more in ("多", "余")
        for noun, unit in (("月", "个月"), ("小时", "小时"), ("小時", "小时"), ("星期", "星期"), ("钟头", "钟头"))
    },
    **{
        f"{ge}{noun}": (unit, "")
        for ge in ("个", "個")
        for noun, unit in (("小时", "小时"), ("小時", "小时"), ("星期", "星期"), ("钟头", "钟头"))
    },
}
SIMPLIFIED = str.maketrans(
    "個組棟間處張條項冊場輪筆單種類臺輛頭劑針雙對塊層歲週噸頃畝點鐘時",
    "个组栋间处张条项册场轮笔单种类台辆头剂针双对块层岁周吨顷亩点钟时",
)
PERCENT_UNITS = frozenset({"%", "％", "成"})
POINT_UNITS = frozenset({"个百分点", "個百分點", "百分点", "百分點"})
#: The units a negative number may carry (负3.9%, -3.8个百分点, 利润-300万元, 海拔-154米, or none with
#: 万/亿): rates, money and measures, which can fall below zero. A counter never does: 负三场 is three
#: matches lost, 负一层 a basement floor.
MEASURES = UNITS[UNITS.index("吨") : UNITS.index("元")]  # the measures section of UNITS, 吨 to 度
SIGNED_UNITS = frozenset({"", "%", "％", *POINT_UNITS, "元", "美元", "欧元", "港元", "日元", "英镑", *MEASURES})
