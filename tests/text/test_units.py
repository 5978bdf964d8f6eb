"""Units and temperatures: the counters and measures news writes, Latin units after digits, ℃ and ℉.

Each rule is tested through ``helpers.parse_quantity`` (one quantity as written) and
``helpers.find_quantities`` (running text), with what must not be read beside it.
"""

import pytest

from helpers import find_quantities, parse_quantity
from helpers.text.quantity import QUANTITY_RE, SCAN_RE
from helpers.text.units import UNITS


def found(text: str) -> list[tuple[str, float, str]]:
    """(span, value, unit) of every quantity found in a text."""
    return [(r.text, r.value, r.unit) for r in find_quantities(text).itertuples()]


# text, value, unit reported
MORE_UNITS = [
    ("172公分", 172, "公分"),
    ("400公尺", 400, "公尺"),
    ("2公升", 2, "公升"),
    ("26英里", 26, "英里"),
    ("26英裏", 26, "英里"),
    ("6英尺", 6, "英尺"),
    ("6呎", 6, "英尺"),
    ("55英寸", 55, "英寸"),
    ("55英吋", 55, "英寸"),
    ("55吋", 55, "英寸"),
    ("12加仑", 12, "加仑"),
    ("12加侖", 12, "加仑"),
    ("400微克", 400, "微克"),
    ("1800千卡", 1800, "千卡"),
    ("两千千卡", 2000, "千卡"),
    ("50赫兹", 50, "赫兹"),
    ("1.5盎司", 1.5, "盎司"),
    ("180磅", 180, "磅"),
    ("6000毫安时", 6000, "毫安时"),  # a battery's charge
    ("四千毫安時", 4000, "毫安时"),
    ("350毫安", 350, "毫安"),
    ("2.5微米", 2.5, "微米"),  # fine particles, chips
    ("14纳米", 14, "纳米"),
    ("14納米", 14, "纳米"),
    ("65分贝", 65, "分贝"),  # noise, time, power, pressure, resolution
    ("65分貝", 65, "分贝"),
    ("12毫秒", 12, "毫秒"),
    ("180马力", 180, "马力"),
    ("30兆帕", 30, "兆帕"),
    ("101千帕", 101, "千帕"),
    ("1200万像素", 12_000_000, "像素"),
    ("2400兆赫", 2400, "兆赫"),
    ("九十兆赫", 90, "兆赫"),
    ("3兆赫兹", 3, "兆赫兹"),
    ("八十兆瓦", 80, "兆瓦"),
    ("1200辆次", 1200, "辆次"),
    ("36架次", 36, "架次"),
    ("4800家次", 4800, "家次"),
    ("3000户次", 3000, "户次"),
    ("125臺次", 125, "台次"),
    ("十二场次", 12, "场次"),
    ("7批次", 7, "批次"),
    ("2600剂次", 2600, "剂次"),  # doses given, not 2600 剂 and a stray 次
    ("一萬劑次", 10000, "剂次"),
    ("三打", 3, "打"),
    ("6钟头", 6, "钟头"),
    ("八个钟", 8, "钟头"),
    ("九周岁", 9, "周岁"),
    ("16週歲", 16, "周岁"),
    ("48趟", 48, "趟"),
    ("30粒", 30, "粒"),  # pills
    ("3个工作日", 3, "工作日"),  # a span in calendar days, not 3 个
    ("十个交易日", 10, "交易日"),
    ("7個自然日", 7, "自然日"),
    ("两趟", 2, "趟"),
]


@pytest.mark.parametrize(("text", "value", "unit"), MORE_UNITS)
def test_more_units_read_with_their_unit(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.currency) == (value, unit, "")


@pytest.mark.parametrize(("text", "value", "unit"), MORE_UNITS)
def test_more_units_are_found_in_running_text_as_read_alone(text, value, unit):
    assert found(f"记者了解到，数据为{text}。") == [(text, value, unit)]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("新增装机240千瓦。", "240千瓦", 240, "千瓦"),  # 千 begins the unit: 瓦 alone is none
        ("全年用电3.6千瓦时，", "3.6千瓦时", 3.6, "千瓦时"),
        ("屋顶光伏约七千瓦。", "约七千瓦", 7, "千瓦"),
        ("合计三千千瓦。", "三千千瓦", 3000, "千瓦"),
        ("每份含850千卡。", "850千卡", 850, "千卡"),
        ("规划风电六十兆瓦。", "六十兆瓦", 60, "兆瓦"),
        ("运来五千克大米。", "五千克", 5000, "克"),  # 克 is a unit: the place is read, the same mass
    ],
)
def test_a_place_character_that_begins_a_unit_is_the_unit(sentence, span, value, unit):
    assert found(sentence) == [(span, value, unit)]
    assert "".join(m.group() for m in SCAN_RE.finditer(sentence)) == span


@pytest.mark.parametrize("number", ["58", "六十三", "九千"])
def test_every_unit_is_found_in_running_text_as_parse_quantity_reads_it(number):
    differ = []
    for unit in sorted(UNITS):
        try:
            alone = parse_quantity(number + unit)
            expected = [(number + unit, alone.value, alone.unit)]
        except ValueError:
            expected = []  # 58年 is a year; whatever the reader refuses alone is not found either
        got = found(f"据悉，共有{number}{unit}。")
        if got != expected:
            differ.append((unit, got, expected))
    assert differ == []


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("客流比平时增长一倍。", "一倍", 1, "倍"),
        ("失业率回落一个百分点。", "一个百分点", 1, "个百分点"),
        ("新修步道全长一公里。", "一公里", 1, "公里"),
        ("每袋重一公斤。", "一公斤", 1, "公斤"),
        ("占地一平方公里。", "一平方公里", 1, "平方公里"),
        ("每人限购一毫升。", "一毫升", 1, "毫升"),
        ("降水较常年偏多一成。", "一成", 10, "%"),  # a tenth where the phrase ends
        ("营收增长一成左右。", "一成左右", 10, "%"),
    ],
)
def test_one_before_a_multiple_a_point_or_a_long_measure_is_the_number(sentence, span, value, unit):
    assert found(sentence) == [(span, value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "价格一升一降。",  # 升 a verb: a measure of one character stays the article rule
        "系统统一升级。",
        "他一度成为焦点。",  # 一度 'once'
        "统一公里数的算法。",  # 一 ends a word before the unit
        "每一公里都很难。",  # 每一 'every'
        "一成不变。",
        "他一成为会员就下单。",  # 成为 'become'
        "实验一成功就上报。",
    ],
)
def test_one_that_is_a_word_is_not_read_before_a_measure(sentence):
    assert found(sentence) == []


def test_an_age_in_zhousui_is_years_not_weeks():
    assert found("孩子今年刚满六周岁，明年上学") == [("六周岁", 6, "周岁")]
    assert found("疫情已持续三周") == [("三周", 3, "周")]  # 周 alone stays weeks


@pytest.mark.parametrize(("text", "anniversary"), [("建校120周年", "120周年"), ("成立七十週年纪念", "七十週年")])
def test_an_anniversary_is_an_ordinal_not_weeks(text, anniversary):
    assert found(text) == []
    with pytest.raises(ValueError):
        parse_quantity(anniversary)


def test_a_dozen_is_reported_as_written():
    q = parse_quantity("4打")
    assert (q.value, q.low, q.high, q.unit) == (4, 4, 4, "打")
    assert found("买了两打鸡蛋") == [("两打", 2, "打")]


@pytest.mark.parametrize("text", ["三打白骨精", "他以一打十", "比赛打成3打1", "每天5打卡", "两打工人"])
def test_the_verb_da_is_not_a_dozen(text):
    assert [t for t, _, u in found(text) if u == "打"] == []


def test_ge_zhong_before_a_noun_is_clocks_not_hours():
    assert found("墙上挂着三个钟表") == [("三个", 3, "个")]


def test_zhao_before_he_or_wa_is_the_unit_prefix_not_a_magnitude():
    q = parse_quantity("六百兆赫")
    assert (q.value, q.unit, q.magnitude) == (600, "兆赫", "")
    with pytest.raises(ValueError):
        parse_quantity("三兆")  # 兆 as a magnitude stays refused


@pytest.mark.parametrize(
    "sentence",
    [
        "方案總額達新台幣2.1兆元。",  # 兆 trillion (Taiwan): not 2.1 新台币
        "手机还剩256兆。",  # 兆 megabytes
        "市值约4兆元。",
    ],
)
def test_a_number_before_the_magnitude_zhao_is_left_out_not_read_without_it(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("7‰", 0.7, 0.65, 0.75),  # per mille: read like 千分之七, in %
        ("4.6‰", 0.46, 0.455, 0.465),
        ("约2‰", 0.2, 0.15, 0.25),  # about a rounded figure: its rounding, where wider than ±10 %
        ("-1.2‰", -0.12, -0.125, -0.115),  # a natural growth rate may be negative
        ("3‰至5‰", 0.4, 0.3, 0.5),
        ("8‱", 0.08, 0.075, 0.085),  # per ten thousand
    ],
)
def test_per_mille_and_per_ten_thousand_signs_are_shares_in_percent(text, value, low, high):
    q = parse_quantity(text)
    assert (q.unit, q.value, q.low, q.high) == ("%", pytest.approx(value), pytest.approx(low), pytest.approx(high))
    row = find_quantities(f"去年全县出生率为{text}。").iloc[0]
    assert (row["text"], row["unit"], row["value"], row["low"], row["high"]) == (text, "%", q.value, q.low, q.high)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("国债收益率下行8个基点。", "8个基点", 8, "个基点"),  # basis points: a unit, not 8 个
        ("报价较上月下降十五个基点。", "十五个基点", 15, "个基点"),
        ("利差收窄至35基点。", "35基点", 35, "基点"),
        ("較前日調升一個基點。", "一個基點", 1, "个基点"),
    ],
)
def test_basis_points_are_a_unit_rounded_like_percentage_points(sentence, span, value, unit):
    assert found(sentence) == [(span, value, unit)]
    q = parse_quantity(span)
    assert (q.low, q.high) == (value - 0.5, value + 0.5)


def test_a_per_mille_sign_takes_no_magnitude():
    with pytest.raises(ValueError):
        parse_quantity("3万‰")


def test_qianka_is_kilocalories_not_a_thousand_ka():
    q = parse_quantity("650千卡")
    assert (q.value, q.unit) == (650, "千卡")


# text, value, unit reported
LATIN = [
    ("185cm", 185, "厘米"),
    ("0.3mm", 0.3, "毫米"),
    ("42km", 42, "公里"),
    ("800m", 800, "米"),
    ("60kg", 60, "千克"),
    ("15g", 15, "克"),
    ("250mg", 250, "毫克"),
    ("330ml", 330, "毫升"),
    ("330mL", 330, "毫升"),
    ("1.5L", 1.5, "升"),
    ("125cc", 125, "毫升"),
    ("7kWh", 7, "千瓦时"),
    ("4200mAh", 4200, "毫安时"),
    ("5nm", 5, "纳米"),
    ("10μm", 10, "微米"),
    ("10µm", 10, "微米"),  # the micro sign U+00B5
    ("70dB", 70, "分贝"),
    ("8ms", 8, "毫秒"),
    ("512GB", 512, "GB"),  # storage and bandwidth, reported as written
    ("2TB", 2, "TB"),
    ("300Mbps", 300, "Mbps"),
    ("60kW", 60, "千瓦"),
    ("20MW", 20, "兆瓦"),
    ("90m²", 90, "平方米"),
    ("12m³", 12, "立方米"),
    ("3km²", 3, "平方公里"),
    ("68KG", 68, "千克"),  # in capitals
    ("21KM", 21, "公里"),
    ("250ML", 250, "毫升"),
    ("95㎡", 95, "平方米"),  # the squared signs of CJK fonts
    ("12㎞", 12, "公里"),
    ("40㎏", 40, "千克"),
    ("3㎢", 3, "平方公里"),
]


@pytest.mark.parametrize(("text", "value", "unit"), LATIN)
def test_latin_units_after_digits_are_reported_in_their_chinese_unit(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit) == (value, unit)
    assert found(f"测得{text}。") == [(text, value, unit)]


def test_a_latin_unit_keeps_the_rounding_of_its_number():
    q = parse_quantity("2.5kg")
    assert (q.low, q.high) == (2.45, 2.55)


@pytest.mark.parametrize(
    "text",
    [
        "建成5G基站",  # network generations
        "4G网络",
        "5g网络覆盖",
        "3D打印",
        "佩戴N95口罩",
        "H5N1禽流感",
        "5Kgs",  # only the exact forms are units
        "3Cm",
        "50m2",  # a letter or digit follows
        "10kgs",
        "3mx",
        "东经116°23′",  # degrees and minutes of arc
    ],
)
def test_codes_and_inexact_latin_forms_are_not_units(text):
    assert found(text) == []


def test_a_latin_unit_is_read_only_after_digits():
    with pytest.raises(ValueError):
        parse_quantity("五kg")
    assert found("约五kg") == []


def test_a_speed_with_a_slash_is_a_rate():
    assert found("时速120km/h") == [("120km/h", 120, "公里/小时")]  # helpers.text.rates


# text, value, unit: Celsius as ℃, Fahrenheit as ℉
TEMPERATURES = [
    ("38℃", 38, "℃"),
    ("38°C", 38, "℃"),
    ("38.5°C", 38.5, "℃"),
    ("三十八摄氏度", 38, "℃"),
    ("38攝氏度", 38, "℃"),
    ("摄氏38度", 38, "℃"),
    ("攝氏38度", 38, "℃"),
    ("摄氏38°", 38, "℃"),
    ("38摄氏°", 38, "℃"),
    ("-12°C", -12, "℃"),
    ("-12℃", -12, "℃"),
    ("零下十二摄氏度", -12, "℃"),
    ("零下12度", -12, "℃"),
    ("零下12℃", -12, "℃"),
    ("华氏98度", 98, "℉"),
    ("華氏98度", 98, "℉"),
    ("华氏温度98度", 98, "℉"),
    ("98°F", 98, "℉"),
    ("98℉", 98, "℉"),
    ("98华氏度", 98, "℉"),
]


@pytest.mark.parametrize(("text", "value", "unit"), TEMPERATURES)
def test_temperatures(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.currency) == (value, unit, "")


def test_temperatures_in_running_text():
    assert found("最高气温36℃，夜间降至零下2度，体温37.3°C") == [
        ("36℃", 36, "℃"),
        ("零下2度", -2, "℃"),
        ("37.3°C", 37.3, "℃"),
    ]


def test_a_temperature_range_is_read_as_one():
    q = parse_quantity("摄氏18至26度")
    assert (q.low, q.high, q.unit, q.kind) == (18, 26, "℃", "range")


def test_plain_du_stays_du():
    assert parse_quantity("30度").unit == "度"
    assert parse_quantity("45°").unit == "度"


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("零下8℃左右", -8.8, -7.2),  # about −8: its ends swapped
        ("约零下15摄氏度", -16.5, -13.5),
        ("-2.5°C上下", -2.75, -2.25),
        ("大约负4度", -4.4, -3.6),
        ("攝氏零下3度左右", -3.3, -2.7),  # 零下 after the scale
    ],
)
def test_about_a_temperature_below_zero(text, low, high):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.unit, q.kind) == pytest.approx(((low + high) / 2, low, high, q.unit, "about"))
    assert find_quantities(f"预计夜间{text}。")[["low", "high"]].values.tolist() == [pytest.approx([low, high])]


@pytest.mark.parametrize(
    "text",
    [
        "零下5至10度",  # −5 to −10, or −5 to +10? never read without its sign
        "零下6度以上",  # more than −6: warmer, or colder? no side
        "近-3℃",
        "零下10多度",
        "零下-3度",
        "零下3层",
        "华氏30℃",  # two scales that disagree
        "摄氏37",
        "华氏911",  # a film's title: a scale needs 度 or ° after the number
    ],
)
def test_temperatures_left_out(text):
    with pytest.raises(ValueError):
        parse_quantity(text)
    assert [r for r in found(text) if r[1] > 0 and "度" in r[2]] == []


def test_a_scale_before_a_number_is_never_dropped_to_read_the_number_unsigned():
    assert found("夜间零下5至10度") == []


def test_the_scan_finds_the_same_spans_as_the_pattern():
    text = (
        "身高185cm，体重60kg，气温零下4度，摄氏37度，98°F，人民币50元，港币两千九百六十元，"
        "8亿元人民币，US$20，￥300，15k元，两个亿卢布，约人民币3亿元，九周岁，建校120周年，三打白骨精，5G基站"
    )
    assert [m.span() for m in SCAN_RE.finditer(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


def test_what_the_extractor_finds_reads_back_the_same():
    text = "测得185cm、1.5L、3打、38℃、零下2度、华氏98度、九周岁、1800千卡、8个钟。"
    for row in find_quantities(text).itertuples():
        q = parse_quantity(row.text)
        assert (q.value, q.low, q.high, q.unit, q.currency) == (row.value, row.low, row.high, row.unit, row.currency)


# ---- areas and volumes in feet and miles (fixb) ----
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("1850平方英尺", 1850, "平方英尺"),
        ("760平方呎", 760, "平方英尺"),
        ("12平方英里", 12, "平方英里"),
        ("40立方英尺", 40, "立方英尺"),
    ],
)
def test_square_and_cubic_feet_and_miles_are_units(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_lower_bound_in_square_feet_is_found():
    found = find_quantities("这套公寓至少有1480平方英尺。")
    assert list(zip(found.text, found.low, found.unit)) == [("至少有1480平方英尺", 1480, "平方英尺")]


# ---- a share of a measure (fixb) ----
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("四分之一公升", 0.25, "公升"),
        ("五分之二公里", 0.4, "公里"),
        ("三分之一吨", 1 / 3, "吨"),
        ("十分之七亩", 0.7, "亩"),
    ],
)
def test_a_share_of_a_measure_is_that_fraction_of_the_unit_exactly(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit, quantity.kind) == (
        value,
        value,
        value,
        unit,
        "exact",
    )


def test_a_share_of_a_measure_is_found_where_the_phrase_ends():
    found = find_quantities("他每天只跑三分之二公里，喝五分之一升的水。")
    assert list(zip(found.text, found.unit)) == [("三分之二公里", "公里"), ("五分之一升", "升")]


@pytest.mark.parametrize(
    "text",
    ["百分之三十公里", "千分之五吨", "三分之一人口", "三分之四公里", "三分之一点五米", "二十五分之三吨", "三分之一度"],
)
def test_a_share_with_a_unit_that_is_not_a_proper_fraction_of_a_measure_is_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


@pytest.mark.parametrize("text", ["约三分之一升级为新版", "走完三分之一公里路段", "近三分之一人口"])
def test_a_share_before_a_word_is_not_a_share_of_a_measure(text):
    assert not any(u not in ("%",) for u in find_quantities(text).unit)


# ---- 佰 and 仟 after digits (fixb) ----
@pytest.mark.parametrize(
    "text, value", [("7佰日元", 700), ("4仟元", 4000), ("6佰吨", 600), ("2仟万元", 2e7), ("3佰至8佰元", 550)]
)
def test_bai_and_qian_in_formal_characters_after_digits_are_places(text, value):
    assert parse_quantity(text).value == value


def test_bai_after_digits_is_found_in_running_text():
    found = find_quantities("手续费共计6佰日元，另付邮费8仟韩元")
    assert list(zip(found.text, found.value, found.currency)) == [("6佰日元", 600, "日元"), ("8仟韩元", 8000, "韩元")]


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("全镇完成抗原检测3.2万人份。", "3.2万人份", "人份"),  # tests, not people
        ("修缮工程用工4500工日。", "4500工日", "工日"),
        ("引进生产线12台套。", "12台套", "台套"),
        ("储备柴油2万桶。", "2万桶", "桶"),
        ("新建安置房26幢。", "26幢", "幢"),
        ("码头年吞吐量达85万標準箱。", "85万標準箱", "标准箱"),
        ("养殖场存栏蛋鸭6万羽。", "6万羽", "羽"),
        ("增殖放流鲢鱼苗30万尾。", "30万尾", "尾"),
        ("铺设雨水管1200延米。", "1200延米", "延米"),
        ("流域面积3800平方千米。", "3800平方千米", "平方千米"),
        ("这款发动机排量为1498立方厘米。", "1498立方厘米", "立方厘米"),
        ("本次定增不超过6500万股。", "不超过6500万股", "股"),
        ("台风中心气压为965百帕。", "965百帕", "百帕"),
        ("这颗钻石重3.2克拉。", "3.2克拉", "克拉"),  # not 克
        ("收缩压下降12毫米汞柱。", "12毫米汞柱", "毫米汞柱"),
        ("年發電量約900億千瓦時。", "約900億千瓦時", "千瓦时"),  # traditional units
        ("受影響住戶約1,800戶。", "約1,800戶", "户"),
        ("捕獲野豬3隻。", "3隻", "只"),
        ("出口鋼材42萬公噸。", "42萬公噸", "公吨"),
        ("航程逾五千海里。", "逾五千海里", "海里"),
        ("利率高出两个多百分点。", "两个多百分点", "个百分点"),  # not 两个
        ("工期延误了三个多季度。", "三个多季度", "季度"),
    ],
)
def test_more_counters_and_measures(sentence, text, unit):
    assert [(row.text, row.unit) for row in find_quantities(sentence).itertuples()] == [(text, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "尾号为4的车辆限行，4尾号除外。",
        "他买了2羽绒被。",
        "库里还有6罐头。",
        "前3股东持股过半。",
        "新建3尾矿库。",  # 尾矿: tailings
        "三桶油半年报出炉。",  # the oil companies
        "工厂设在五股工业区。",  # a place in New Taipei
        "反对党八股。",  # the eight-legged essay
    ],
)
def test_a_counter_that_begins_a_word_is_no_counter(sentence):
    assert find_quantities(sentence).empty


@pytest.mark.parametrize("sentence", ["小区9栋2单元停水。", "来访者住在5幢1103室。"])
def test_a_building_number_in_an_address_is_no_count(sentence):
    assert find_quantities(sentence).empty


def test_buildings_before_their_floors_or_households_are_counted():
    assert list(find_quantities("新建11幢18层住宅楼。")["text"]) == ["11幢", "18层"]
    assert list(find_quantities("征收房屋25幢60户。")["text"]) == ["25幢", "60户"]


def test_two_people_recently_is_no_workday():
    assert list(find_quantities("两人日前被警方抓获。")["text"]) == ["两人"]


@pytest.mark.parametrize("sentence", ["凌晨气温降到摄氏零下十五度。", "夜间最低攝氏零下15度。"])
def test_below_zero_after_the_scale_keeps_its_sign(sentence):
    assert find_quantities(sentence)[["value", "unit"]].values.tolist() == [[-15, "℃"]]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("约-10℃至-4℃", -11, -3.6),  # about each end: about −10 is −11, about −4 is −3.6
        ("-10到-4℃左右", -11, -3.6),
        ("约-2至3℃", -2.2, 3.3),  # across zero
    ],
)
def test_about_a_range_below_zero(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high, q.kind) == (pytest.approx(low), pytest.approx(high), "range")
    assert find_quantities(f"夜间{text}。")[["low", "high"]].values.tolist() == [pytest.approx([low, high])]


def test_a_qualifier_after_the_second_end_below_zero_is_not_that_end_alone():
    found = find_quantities("夜间零下9度至零下5度左右。")
    assert "零下5度左右" not in list(found["text"])
    assert list(find_quantities("夜间气温降至零下5度左右。")["text"]) == ["零下5度左右"]  # 降至: no range


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("最低气温零下9度至零下4度。", "零下9度至零下4度", -9, -4),
        ("夜间零下3度到零下11度。", "零下3度到零下11度", -11, -3),  # either order: both ends carry their sign
        ("白天零下2度到零上6度。", "零下2度到零上6度", -2, 6),  # the second end above zero
        ("午后零上4度至零上9度。", "零上4度至零上9度", 4, 9),  # both ends above zero
        ("清晨零上7度到零下1度。", "零上7度到零下1度", -1, 7),
    ],
)
def test_two_temperatures_below_zero_written_whole_are_one_range(sentence, span, low, high):
    assert list(find_quantities(sentence)[["text", "low", "high", "unit"]].itertuples(index=False, name=None)) == [
        (span, low, high, "℃")
    ]
    q = parse_quantity(span)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, "℃", "range")


def test_below_zero_then_a_number_without_its_sign_is_left_out():
    assert find_quantities("夜间零下8度至6度。").empty  # to 6 or to −6?


@pytest.mark.parametrize(
    "sentence",
    [
        "他跑出了九秒几的成绩。",  # 几 after the unit: an unknown next digit
        "青菜五块几一斤。",
        "占比百分之六点几。",
        "男子4×100米接力夺冠。",  # a relay, not 100 米
        "位于东经118度、北纬28度。",  # a place
        "梁山一百单八将。",
        "十年磨一剑。",
        "油田位于克拉玛依。",
    ],
)
def test_figures_that_are_not_what_they_look_like(sentence):
    assert find_quantities(sentence).empty


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("极寒地区-32℃~-26℃。", "-32℃~-26℃", -32, -26),
        ("极寒地区-26℃~-32℃。", "-26℃~-32℃", -32, -26),  # signs on both ends: either order
        ("夜间零下12℃至零下7℃。", "零下12℃至零下7℃", -12, -7),
    ],
)
def test_two_signed_temperatures_are_one_range_in_either_order(sentence, span, low, high):
    assert list(find_quantities(sentence)[["text", "low", "high"]].itertuples(index=False, name=None)) == [
        (span, low, high)
    ]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("今冬气温较常年偏低1℃到3℃。", [("1℃到3℃", 1, 3, "-")]),  # 偏低, 降温 …: the change itself
        ("寒潮来袭，降温8℃至10℃。", [("8℃至10℃", 8, 10, "-")]),
        ("明天气温将下降5℃至12℃。", []),  # by 5 to 12, or by 5 to a level of 12? left out
        ("明天气温将下降5至7℃。", [("5至7℃", 5, 7, "-")]),  # the unit once: one range of change
        ("气温由12℃下降4℃至8℃。", [("12℃", 12, 12, ""), ("4℃", 4, 4, "-"), ("8℃", 8, 8, "")]),  # from, by, to
    ],
)
def test_a_range_of_degrees_after_a_verb_of_change(sentence, rows):
    found = find_quantities(sentence)
    assert list(found[["text", "low", "high", "change"]].itertuples(index=False, name=None)) == rows


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("景区每天几百人排队。", "几百人"),  # 几 that begins a number after a unit
        ("一年几十万元的开支。", "几十万元"),
        ("船上有3名几内亚籍船员。", "3名"),  # 几 that begins a word
        ("他30余年几经周折。", "30余年"),
        ("吃了一碗200克拉面。", None),  # 拉面: noodles, not carats (left out)
        ("**3000人**报名。", "3000人"),  # Markdown bold: no factor
    ],
)
def test_ji_and_other_characters_that_begin_a_word_after_a_figure(sentence, text):
    assert list(find_quantities(sentence)["text"]) == ([text] if text else [])


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("人民币五角。", []),  # 0.5 元, not 5: left out
        ("合同价人民币叁万元整（¥30000.00）。", [("人民币叁万元整", 30000, 30000), ("¥30000.00", 30000, 30000)]),
        ("夜间零下3℃至零上2℃。", [("零下3℃至零上2℃", -3, 2)]),
        ("约HK$100至HK$200。", []),  # whose is 约? left out, not about the first end alone
        ("满16岁3个月内办理。", [("16岁", 16, 16), ("3个月", 3, 3)]),  # 3个月内: a span of its own
        ("3岁5个月的孩子。", [("3岁5个月", 3 + 5 / 12, 3 + 5 / 12)]),
    ],
)
def test_edges_of_the_sessions_range_and_money_rules(sentence, rows):
    found = find_quantities(sentence)
    assert list(found[["text", "low", "high"]].itertuples(index=False, name=None)) == [
        (t, pytest.approx(lo), pytest.approx(hi)) for t, lo, hi in rows
    ]


@pytest.mark.parametrize(
    "sentence, span, value", [("山顶气温零上5度。", "零上5度", 5), ("摄氏零上12度", "摄氏零上12度", 12)]
)
def test_above_zero_before_a_number_says_degrees_celsius(sentence, span, value):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["value"], row["unit"]) == (span, value, "℃")


@pytest.mark.parametrize("written", ["零上-5度", "零上负5度"])
def test_above_zero_and_a_sign_together_are_refused(written):
    with pytest.raises(ValueError):
        parse_quantity(written)
    assert find_quantities(f"气温{written}。").empty


@pytest.mark.parametrize(
    "sentence, span, unit",
    [
        ("全年货物周转量1.3万亿吨公里。", "1.3万亿吨公里", "吨公里"),  # freight and passenger work
        ("旅客周转量2.1万亿人公里。", "2.1万亿人公里", "人公里"),
        ("能源消费总量48亿吨标准煤。", "48亿吨标准煤", "吨标准煤"),
        ("新盘均价每呎18,200元。", "18,200元", "元/平方英尺"),  # a flat's price per square foot
    ],
)
def test_units_of_work_and_energy_and_prices_per_square_foot(sentence, span, unit):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["unit"]) == (span, unit)
