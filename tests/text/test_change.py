"""The direction of change (helpers.text.change): change "+" after a verb of rise, "-" after a verb of fall,
empty for a level; parse_quantity and find_quantities agree."""

import pytest

from helpers import find_quantities, parse_quantity
from helpers.text.change import CHANGE_VERBS, change_before
from tests.support import read_both_ways


def _changes(sentence):
    found = find_quantities(sentence)
    return list(zip(found["text"], found["change"], found["signed_value"]))


@pytest.mark.parametrize(
    "sentence, text, change, signed",
    [
        ("出口额增长6.2%。", "6.2%", "+", 6.2),
        ("客流量比上年增加了1800人次。", "1800人次", "+", 1800),
        ("利润同比提高4个百分点。", "4个百分点", "+", 4),
        ("价格环比上涨了0.3%。", "0.3%", "+", 0.3),
        ("成本下降2.1%。", "2.1%", "-", -2.1),
        ("能耗同比下降了5.5%。", "5.5%", "-", -5.5),
        ("库存减少300吨。", "300吨", "-", -300),
        ("事故率降低了两成。", "两成", "-", -20),
        ("房价回落近两成。", "近两成", "-", -20),
        ("销量下滑约8%。", "约8%", "-", -8),
        ("市场规模萎缩三成。", "三成", "-", -30),
        ("资产缩水1200万元。", "1200万元", "-", -12000000),
        ("股指下挫2.3%。", "2.3%", "-", -2.3),
    ],
)
def test_a_verb_of_change_gives_the_direction(sentence, text, change, signed):
    assert _changes(sentence) == [(text, change, signed)]


@pytest.mark.parametrize(
    "sentence",
    [
        "产值增长到5.6亿元。",  # the level reached
        "失业率降至3%。",
        "增速下降为4.1%。",
        "总量达到1200吨。",
        "本周新增病例7例。",  # new cases: a count
        "指数涨跌2%。",  # either way
        "就业比上年少增200人。",  # a smaller rise than last year's: no direction of its own
        "全县有300家企业。",
    ],
)
def test_a_level_has_no_direction(sentence):
    assert all(change == "" for _, change, _ in _changes(sentence))


def test_a_change_and_then_the_level_it_reaches():
    assert _changes("门店增加150家至900家。") == [("150家", "+", 150), ("900家", "", 900)]


def test_the_value_stays_as_written_and_only_the_signed_value_turns():
    row = find_quantities("收入下降12%。").iloc[0]
    assert (row["value"], row["change"], row["signed_value"]) == (12, "-", -12)


def test_a_negative_number_after_a_verb_keeps_its_sign_and_the_verb():
    assert _changes("利润增长-4.5%。") == [("-4.5%", "+", -4.5)]
    q = parse_quantity("增长-4.5%")
    assert (q.value, q.change, q.signed_value) == (-4.5, "+", -4.5)


@pytest.mark.parametrize(
    "text, quantity, change",
    [
        ("同比下降3.8%", "3.8%", "-"),
        ("比上年增长了9%", "9%", "+"),
        ("减少200人", "200人", "-"),
        ("上升约2个百分点", "约2个百分点", "+"),
    ],
)
def test_parse_quantity_reads_a_verb_before_the_quantity(text, quantity, change):
    q = parse_quantity(text)
    assert (q.text, q.change) == (quantity, change)


@pytest.mark.parametrize("text", ["降至3%", "增长到50万元", "下降"])
def test_parse_quantity_does_not_read_a_level_as_a_change(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


@pytest.mark.parametrize(
    "phrase",
    ["同比下降3.8%", "环比增长了1.2%", "比去年同期减少600吨", "提升两成", "下跌近10%", "增加80家", "降低了3个百分点"],
)
def test_parse_quantity_and_find_quantities_agree_on_the_change(phrase):
    q = parse_quantity(phrase)
    row = find_quantities(f"据统计，全县{phrase}。").iloc[0]
    assert (row["text"], row["value"], row["change"], row["signed_value"]) == (
        q.text,
        q.value,
        q.change,
        q.signed_value,
    )


def test_every_verb_gives_a_direction_and_one_list_serves_both_readers():
    for verb in CHANGE_VERBS:
        assert change_before(f"产量{verb}", len(f"产量{verb}")) in "+-"
        assert change_before(f"产量{verb}", len(f"产量{verb}")) != ""


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("今年粮价涨价4元。", "4元", "+"),  # verbs of price and output
        ("整机降价约6%。", "约6%", "-"),
        ("早稻减产2.5万吨。", "2.5万吨", "-"),
        ("茶叶增产一成。", "一成", "+"),
        ("工业产值负增长4%。", "4%", "-"),  # 负增长 is a fall, not the rise of 增长
        ("负增长4%", "4%", "-"),  # at the very start of a text too
        ("全年經濟成長3.1%。", "3.1%", "+"),  # Taiwan's 成長, 衰退
        ("第二季衰退1.4%。", "1.4%", "-"),
        ("零售額按年增長7%。", "7%", "+"),  # traditional characters
        ("虧損較去年同期減少15%。", "15%", "-"),
        ("規模擴大兩成。", "兩成", "+"),
        ("贷款利率下调0.3个百分点。", "0.3个百分点", "-"),  # verbs of rates
        ("报价上调15个基点。", "15个基点", "+"),
        ("收益率下行6个基点。", "6个基点", "-"),
        ("存款利率上浮20%。", "20%", "+"),  # a rate or price set higher or lower
        ("中标价下浮8%。", "8%", "-"),
        ("平均工期缩短45天。", "45天", "-"),  # verbs of cutting time and paperwork
        ("会议文件精简了25%。", "25%", "-"),
        ("审批时限缩短至3个工作日。", "3个工作日", ""),  # 至: the level reached
        ("每户最多出1人。", "1人", ""),  # 最多出, 最高出: at most, no change
        ("每户最高出5000元。", "5000元", ""),
        ("价格可上下浮10%。", "10%", ""),  # either way
        ("报名人数比上届多出了四百人。", "四百人", "+"),  # more by, higher by
        ("合格率比上年高出1.6个百分点。", "1.6个百分点", "+"),
        ("日元兑美元贬值了6%。", "6%", "-"),  # a currency's value
        ("人民币对欧元升值2.1%。", "2.1%", "+"),
        ("英鎊兌美元貶值3%。", "3%", "-"),
        ("本月平均气温较常年偏高1.8℃。", "1.8℃", "+"),  # above or below normal by
        ("汛期降水偏多两成。", "两成", "+"),
        ("入库水量较多年平均偏少35%。", "35%", "-"),
        ("日照时数偏低12小时。", "12小时", "-"),
        ("次季經濟按年收縮2.7%。", "2.7%", "-"),  # Hong Kong's contraction
        ("测得收缩压135毫米汞柱。", "135毫米汞柱", ""),  # 收缩压 is a blood pressure, no verb
        ("差旅开支缩减了三成。", "三成", "-"),  # cut by
        ("今年预算削减12%。", "12%", "-"),
        ("审批时间压缩40%。", "40%", "-"),
        ("钢材价格走低0.8%。", "0.8%", "-"),
        ("沪指盘中回调1.6%。", "1.6%", "-"),
        ("油价上扬4%。", "4%", "+"),
        ("恒指午后反弹2.3%。", "2.3%", "+"),
        ("美元指数走高0.4%。", "0.4%", "+"),
        ("养殖户户均增收8000元。", "8000元", "+"),  # income up or down by
        ("股價一度急挫5%。", "5%", "-"),  # Hong Kong's words of a fall
        ("全年盈利倒退15%。", "15%", "-"),
        ("球队客场受挫3次。", "3次", ""),  # 受挫 (suffered setbacks): no verb of change
        ("受疫情影响财政减收1.2亿元。", "1.2亿元", "-"),
    ],
)
def test_verbs_of_prices_and_output_and_in_traditional_characters(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("当日股价涨幅3.6%。", "3.6%", "+"),  # a noun of change names the figure after it
        ("一季度增速为5.3%。", "5.3%", "+"),
        ("出口增长率达到了11%。", "11%", "+"),
        ("房价降幅达4.4%。", "4.4%", "-"),
        ("指数跌幅是1.9%。", "1.9%", "-"),
        ("經濟負成長率為3%。", "3%", "-"),  # the longer word: a rate of fall
        ("訂單年減率達5%。", "5%", "-"),
        ("营收增减率为5%。", "5%", ""),  # either way
        ("出口年增率為4.6%。", "4.6%", "+"),  # Taiwan's words for a rate of growth
        ("全年經濟成長率達3.1%。", "3.1%", "+"),
        ("漲幅為2.7%。", "2.7%", "+"),
        ("客流增速同比分别为8%。", "8%", "+"),
        ("全年增长幅度为4.2%。", "4.2%", "+"),
        ("房价下跌幅度达1.6%。", "1.6%", "-"),
        ("降幅收窄至2%。", "2%", "-"),  # the decline narrowed to 2 %: still a fall, of 2 %
    ],
)
def test_a_noun_of_change_names_its_figure(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("今年参展商比去年多了85家。", "85家", "+"),  # after a comparison, 多 is more by
        ("客房比2021年少120间。", "120间", "-"),  # and 少 fewer by; what is compared may hold digits
        ("违章数較上年同期少了近三成。", "近三成", "-"),  # 较, traditional, a qualifier
        ("与上季度相比多6个百分点。", "6个百分点", "+"),  # 相比
        ("网点比上年多增40个。", "40个", ""),  # a larger rise: a difference of two changes, as 少增
        ("场馆人数比较多，15人一组。", "15人", ""),  # 比较多 'quite many', and a comma
        ("主队比分多2个。", "2个", ""),  # 比分 (the score) is no comparison
        ("首付比例最多不超过40%。", "不超过40%", ""),  # 最多 'at most', not more by
        ("较少7人的小组。", "7人", ""),  # 较少 'rather few'
        ("与往年相较多9家。", "9家", "+"),  # 相较
        ("比较集中的片区多4家。", "4家", ""),  # 比较 'relatively', not 比
        ("效益较好的多5个村。", "5个", ""),  # 较 the adverb
        ("评比中多2项。", "2项", ""),  # 比 ending a word
    ],
)
def test_more_or_fewer_after_a_comparison(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize("phrase", ["比去年多了85家", "较上月少3.5万吨"])
def test_parse_quantity_reads_more_or_fewer_after_a_comparison_as_find_quantities_does(phrase):
    q = parse_quantity(phrase)
    row = find_quantities(f"据统计，全县{phrase}。").iloc[0]
    assert (row["text"], row["change"], row["signed_value"]) == (q.text, q.change, q.signed_value)
    assert q.change in "+-" and q.change


def test_a_noun_of_change_before_a_range_keeps_the_range_whole():
    assert _changes("预计涨幅6%至9%。") == [("6%至9%", "+", 7.5)]


@pytest.mark.parametrize("phrase", ["涨幅3.6%", "降幅达4.4%", "负增长4%", "同比增長7%", "降价约6%", "增速为-1.5%"])
def test_parse_quantity_reads_nouns_and_new_verbs_as_find_quantities_does(phrase):
    q = parse_quantity(phrase)
    row = find_quantities(f"据统计，全县{phrase}。").iloc[0]
    assert (row["text"], row["change"], row["signed_value"]) == (q.text, q.change, q.signed_value)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("两地收入分别增长6.4%和7.9%。", [("6.4%", "+"), ("7.9%", "+")]),
        ("各项费用分别下降2%、4%和9%。", [("2%", "-"), ("4%", "-"), ("9%", "-")]),
        ("存贷款同比增长11%与13%。", [("11%", "+"), ("13%", "+")]),
        ("收入下降2%和支出增长5%。", [("2%", "-"), ("5%", "+")]),  # each its own verb
        ("收入下降2%，支出5%。", [("2%", "-"), ("5%", "")]),  # a comma ends the list
        ("分别为300人和400人。", [("300人", ""), ("400人", "")]),  # levels stay levels
    ],
)
def test_quantities_joined_in_a_list_share_the_change_of_the_first(sentence, expected):
    assert [(t, c) for t, c, _ in _changes(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("92号汽油每升7.9元。", "7.9元", ""),  # 每升 'a litre', not the verb 升
        ("油价调至每升8.2元。", "8.2元", ""),
        ("央行下調25個基點。", "25個基點", "-"),  # traditional 調
        ("港元最優惠利率上調0.125厘。", None, None),
        ("受冷空气影响将降温8℃。", "8℃", "-"),  # 降温, 升温, 降息, 加息
        ("白天升温5℃。", "5℃", "+"),
        ("美联储加息75个基点。", "75个基点", "+"),
        ("央行降息0.1个百分点。", "0.1个百分点", "-"),
    ],
)
def test_litres_and_more_verbs_of_rates_and_temperatures(sentence, text, change):
    rows = [(t, c) for t, c, _ in _changes(sentence)]
    assert rows == ([] if text is None else [(text, change)])


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("深成指连续下跌4个交易日。", "4个交易日", ""),  # how long the fall lasted, not a fall of 4 days
        ("猪价连涨五周。", "五周", ""),
        ("出口持續回落8個月。", "8個月", ""),
        ("工期缩短20天。", "20天", "-"),  # a span of time that is the change itself
        ("销量连续增长12%。", "12%", "+"),  # not a span of time: the change
    ],
)
def test_a_span_of_time_after_a_run_of_change_is_how_long_it_lasted(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text, low, high, change",
    [
        ("夜间气温约下降7℃。", "7℃", 6.3, 7.7, "-"),  # the qualifier before the verb says how much it changed
        ("常住人口大约减少了500人。", "500人", 450, 550, "-"),
        ("营收将近增长了一倍。", "一倍", 0.9, 1, "+"),
        ("签约增长300人。", "300人", 300, 300, "+"),  # 签约 ends a word: no qualifier
    ],
)
def test_a_qualifier_before_the_verb_of_change(sentence, text, low, high, change):
    assert list(find_quantities(sentence)[["text", "low", "high", "change"]].itertuples(index=False, name=None)) == [
        (text, pytest.approx(low), pytest.approx(high), change)
    ]


def test_qualifiers_before_and_after_that_disagree_are_left_out():
    assert find_quantities("收入约增长三成以上。").empty


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("总体上增长了6%。", "6%", 5.5, 6.5),  # 上 ends 总体上: no qualifier, the figure stays read
        ("因需求不足下降4%。", "4%", 3.5, 4.5),  # 不足 ends 需求不足
        ("意想不到增加了500人。", "500人", 500, 500),
        ("纽约减少了3000个岗位。", "3000个", 3000, 3000),  # 约 ends 纽约
        ("就近增加5个投放点。", "5个", 5, 5),  # 近 ends 就近
    ],
)
def test_a_word_before_the_verb_that_ends_in_a_qualifier_is_no_qualifier(sentence, text, low, high):
    assert list(find_quantities(sentence)[["text", "low", "high"]].itertuples(index=False, name=None)) == [
        (text, pytest.approx(low), pytest.approx(high))
    ]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("审批时限连续缩短15天。", "15天", "-"),  # a verb that changes a time: the time is the change
        ("每周工时持续下降2小时。", "2小时", "-"),  # hours: the change
        ("出口连续同比下降3个月。", "3个月", ""),  # a comparison between 连续 and the verb
        ("美联储年内加息4次。", "4次", ""),  # how often a rate was set
        ("航班每周增加3次。", "3次", "+"),  # 3 more flights
        ("物理降温30分钟。", "30分钟", ""),  # 降温 changes a temperature
    ],
)
def test_how_long_and_how_often_are_not_how_much(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize("phrase", ["约增长3%", "大约减少了300人", "将近增长了一倍", "近增5年", "约每平方米3.2万元"])
def test_parse_quantity_reads_about_before_a_verb_or_a_rate_as_find_quantities_does(phrase):
    parsed, found = read_both_ways(phrase)
    assert parsed == found


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("分别减少12、8和5家。", [("12", "-"), ("8", "-"), ("5家", "-")]),  # the last joiner 和
        ("分别比上年增加120、80和50人。", [("120", "+"), ("80", "+"), ("50人", "+")]),
        ("分别增加6和9所。", [("6", "+"), ("9所", "+")]),
    ],
)
def test_plain_numbers_joined_by_he_before_one_unit_share_it_and_the_change(sentence, rows):
    found = find_quantities(sentence)
    assert list(found[["text", "change"]].itertuples(index=False, name=None)) == rows
    assert len(set(found["unit"])) == 1


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("增速比上季加快0.6个百分点。", "0.6个百分点", "+"),
        ("增速比上月放缓0.4个百分点。", "0.4个百分点", "-"),
        ("亏损同比收窄35%。", "35%", "-"),
        ("恒指午后回吐1.8%。", "1.8%", "-"),
        ("美元指数走强0.5%。", "0.5%", "+"),
        ("日元走弱0.9%。", "0.9%", "-"),
        ("央行宣布降准0.5个百分点。", "0.5个百分点", "-"),
        ("机场日均起降900架次。", "900架次", ""),  # 起降: take-offs and landings
    ],
)
def test_verbs_of_pace_and_of_the_reserve_ratio(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("明年拟上调城乡低保对象补助标准6%。", "6%", "+"),
        ("人民银行下调商业银行法定存款准备金率0.25个百分点。", "0.25个百分点", "-"),
        ("本月起下调5年期LPR利率15个基点。", "15个基点", "-"),
        ("全年为中小企业降低融资成本2.6亿元。", "2.6亿元", "-"),
        ("今年扩大茶园面积1500亩。", "1500亩", "+"),
        ("每年减少二氧化碳排放量8万吨以上。", "8万吨以上", "-"),
        ("提高了农民工工资约12%。", "约12%", "+"),
        ("調高電價3%。", "3%", "+"),
        ("再增加财政预算4.5亿元。", "4.5亿元", "+"),
    ],
)
def test_a_verb_then_the_level_it_changes_then_the_figure(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("全县增加就业岗位2400个。", "2400个"),  # a count of posts: the posts, or more posts?
        ("今年提升改造老旧小区18个。", "18个"),  # those renovated, not a rise
        ("计划提升改造乡村道路75公里。", "75公里"),  # 道路 names no level
        ("提高养老保险缴费比例的企业210家。", "210家"),  # 的: the firms are counted
        ("全市规上工业增加值总量2100亿元。", "2100亿元"),  # 增加值: value added, a noun
        ("年内已上调贷款利率4次。", "4次"),  # how often, not how much
        ("提高起征点至6000元。", "6000元"),  # the level reached
        ("降低门槛5年来首次获批。", "5年"),  # a span of time is no change of a price
    ],
)
def test_an_object_that_names_no_level_or_a_figure_that_is_no_change_has_no_direction(sentence, text):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, "")]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("与上年相比，全县规上企业多了26家。", "26家", "+"),
        ("同2019年相较，返乡人员少了三成。", "三成", "-"),
        ("相比之下，今年的降水少了40毫米。", "40毫米", "-"),
        ("夜间气温比白天低了12℃。", "12℃", "-"),
        ("新款比旧款轻了150克。", "150克", "-"),
        ("人均收入比全省平均水平高1800元。", "1800元", "+"),
        ("工期比计划短了20天。", "20天", "-"),
        ("票价比去年便宜了15元。", "15元", "-"),
    ],
)
def test_a_comparison_then_an_adjective_or_more_and_fewer_across_a_comma(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("比对手快了0.8秒。", "0.8秒"),  # faster: a shorter time, so no adjective of speed is read
        ("与去年相比，今年新增就业岗位2600个。", "2600个"),  # 新增: a level
        ("与去年相比，最多的一天接待游客9000人。", "9000人"),  # 最多 ends a word
        ("与往年相比，更高的30个项目入选。", "30个"),
    ],
)
def test_a_comparison_without_a_comparative_before_the_figure_has_no_direction(sentence, text):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, "")]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("货物和服务净出口向下拉动经济增长0.9个百分点。", "0.9个百分点", "-"),
        ("净出口向下拉动0.4个百分点。", "0.4个百分点", "-"),
        ("最终消费支出拉动经济增长2.7个百分点。", "2.7个百分点", "+"),
        ("深证成指跌126点或1.3%。", "1.3%", "-"),
        ("纳指涨88点或0.6%，", "0.6%", "+"),
        ("PPI降幅为两年来最小。", "两年", ""),  # the span of a record, not a change
        ("较上月收窄8BP。", "8BP", "-"),
        ("净利率同比提升0.6pct。", "0.6pct", "+"),
    ],
)
def test_a_pull_down_index_points_records_and_broker_points(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)] == [(text, change)]


@pytest.mark.parametrize("phrase", ["提高0.4秒", "提升1.5分钟", "加息3次", "降温20分钟"])
def test_how_long_and_how_often_have_no_direction_in_both_readers(phrase):
    parsed, found = read_both_ways(phrase)
    assert parsed == found and parse_quantity(phrase).change == ""


def test_a_verb_of_change_still_gives_its_direction_when_the_unit_allows():
    assert parse_quantity("提高12%").change == "+" and parse_quantity("降温6℃").change == "-"


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("恆指收市跌215點，或1.2%，報17,900點。", "1.2%", "-"),
        ("主計總處上修今年經濟成長率0.25個百分點。", "0.25個百分點", "+"),
        ("通膨預估較上次下修0.1個百分點。", "0.1個百分點", "-"),
        ("央行下修經濟成長率預測0.2個百分點。", "0.2個百分點", ""),  # 預測: no level noun
        ("菜价比上周下降了三毛钱。", "三毛钱", "-"),
        ("二手房价格跌幅在3%左右。", "3%左右", "-"),
    ],
)
def test_hong_kong_and_taiwan_wordings_cents_and_a_noun_of_change_with_zai(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)][-1] == (text, change)


def test_a_rate_before_the_first_amount_of_a_list_is_every_amounts():
    found = find_quantities("种粮补贴分别为每亩95元和130元。")
    assert list(found["unit"]) == ["元/亩", "元/亩"]


@pytest.mark.parametrize(
    "sentence, text, change",
    [
        ("出口下滑拖累经济增长0.4个百分点。", "0.4个百分点", "-"),  # pulled growth down
        ("基建投资放缓拉低全部投资增速1.1个百分点。", "1.1个百分点", "-"),
        ("汽车消费下拉社零增速约0.8个百分点。", "约0.8个百分点", "-"),
        ("消费拉动经济增长2.1个百分点。", "2.1个百分点", "+"),  # a contribution up
        ("CPI同比涨幅扩大至2.8%。", "2.8%", "+"),  # a rise, now of 2.8 %
        ("出口降幅比上月收窄到1.6%。", "1.6%", "-"),  # a fall, now of 1.6 %
        ("利润跌幅进一步扩大至12%。", "12%", "-"),
        ("增速回落至5.3%。", "5.3%", "+"),
        ("价格回升至3.6元。", "3.6元", ""),  # a verb to a level: the level
        ("该股较年内高点跌去四成。", "四成", "-"),
        ("产品净值较高点回撤8%。", "8%", "-"),
        ("疫情拖累5家门店关停。", "5家", ""),  # of a rate only
    ],
)
def test_drag_verbs_and_a_noun_of_change_moved_to_a_figure(sentence, text, change):
    assert [(t, c) for t, c, _ in _changes(sentence)][-1] == (text, change)


@pytest.mark.parametrize(
    "sentence, units",
    [
        ("生猪收购价由每公斤30元跌至18元。", ["元/公斤", "元/公斤"]),  # the level it came to, per kilogram
        ("补贴标准由每亩80元提高到120元。", ["元/亩", "元/亩"]),
        ("每斤6元，到年底12元。", ["元/斤", "元"]),  # a comma: another phrase
    ],
)
def test_a_rate_carries_to_the_level_it_moved_to(sentence, units):
    assert list(find_quantities(sentence)["unit"]) == units


def test_a_rate_carries_past_le_after_the_verb():
    assert list(find_quantities("鸭苗从每只4元涨到了7元。")["unit"]) == ["元/只", "元/只"]
