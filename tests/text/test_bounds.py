"""Bounds, ranges and lists: lower and upper bounds, 近 as 'the last', range separators, ranges with the
magnitude written once, 数十, and lists that share a unit (helpers.parse_quantity, helpers.find_quantities)."""

import pytest

from helpers import find_quantities, parse_quantity


def _read(text):
    q = parse_quantity(text)
    return q.value, q.low, q.high, q.unit, q.qualifier, q.kind


def _found(text):
    return [tuple(r) for r in find_quantities(text)[["text", "value", "low", "high", "unit"]].itertuples(index=False)]


# lower bounds: low is X, the upper end up by one unit of X's last non-zero digit
@pytest.mark.parametrize(
    "text, value, low, high, unit, qualifier",
    [
        ("突破800家", 800, 800, 900, "家", "突破"),
        ("超出40吨", 40, 40, 50, "吨", "超出"),
        ("超过了百分之零点七", 0.7, 0.7, 0.8, "%", "超过了"),
        ("突破了2万人", 20000, 20000, 30000, "人", "突破了"),
        ("不低于35个", 35, 35, 36, "个", "不低于"),
        ("不小于十八岁", 18, 18, 19, "岁", "不小于"),
        ("至少有12项", 12, 12, 13, "项", "至少有"),
        ("最少6天", 6, 6, 7, "天", "最少"),
        ("起码300元", 300, 300, 400, "元", "起码"),
        ("起碼300元", 300, 300, 400, "元", "起碼"),
        ("大于70%", 70, 70, 80, "%", "大于"),
        ("高于4.5%", 4.5, 4.5, 4.6, "%", "高于"),
        ("600人或以上", 600, 600, 700, "人", "或以上"),
        ("20台及以上", 20, 20, 30, "台", "及以上"),
        ("65岁（含）以上", 65, 65, 66, "岁", "（含）以上"),
        ("65岁(含)以上", 65, 65, 66, "岁", "(含)以上"),
    ],
)
def test_a_lower_bound_reads_from_x_up_by_one_unit_of_its_last_digit(text, value, low, high, unit, qualifier):
    assert _read(text) == (value, low, high, unit, qualifier, "more")


# upper bounds: high is X, low 0 (the quantity counted or measured is not below zero)
@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("不超过80人", 80, "人", "不超过"),
        ("不大于3吨", 3, "吨", "不大于"),
        ("不高于6%", 6, "%", "不高于"),
        ("低于1.5%", 1.5, "%", "低于"),
        ("少于40家", 40, "家", "少于"),
        ("小于十米", 10, "米", "小于"),
        ("最多7天", 7, "天", "最多"),
        ("至多两名", 2, "名", "至多"),
        ("5公里以内", 5, "公里", "以内"),
        ("12岁以下", 12, "岁", "以下"),
        ("3万元或以下", 30000, "元", "或以下"),
    ],
)
def test_an_upper_bound_reads_from_zero_to_x(text, value, unit, qualifier):
    assert _read(text) == (value, 0, value, unit, qualifier, "less")


def test_nearly_stays_nearly_for_under_and_short_of():
    assert _read("不到90家") == (90, 81, 90, "家", "不到", "nearly")
    assert _read("不足600吨") == (600, 540, 600, "吨", "不足", "nearly")


def test_a_range_with_an_upper_bound_after_it_reads_from_zero():
    assert _read("10至20天以内")[1:3] == (0, 20)


@pytest.mark.parametrize("text", ["低于-3%", "最多零下5度", "低于5度", "不到负2%"])
def test_an_upper_bound_that_may_be_below_zero_is_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("不止40人", "more", 40, 50),  # 'more than'
        ("顶多80元", "less", 0, 80),  # 'at most'
        ("充其量6家", "less", 0, 6),
        ("大概300吨", "about", 270, 330),  # 'about'
        ("大致50万元", "about", 450000, 550000),
        ("约莫10天", "about", 9, 11),
        ("差不多2年", "about", 1.8, 2.2),
        ("几乎80%", "nearly", 72, 80),  # 'almost'
        ("幾乎八成", "nearly", 72, 80),
        ("頂多三天", "less", 0, 3),
    ],
)
def test_spoken_words_of_about_at_most_and_more_than_give_their_range(text, kind, low, high):
    q = parse_quantity(text)
    assert (q.kind, q.low, q.high) == (kind, pytest.approx(low), pytest.approx(high))
    row = find_quantities(f"据了解，当天{text}。").iloc[0]
    assert (row["text"], row["low"], row["high"]) == (text, q.low, q.high)


# 'about' a figure that is rounded as written never gives a narrower range than the figure alone
@pytest.mark.parametrize(
    "about, alone, low, high",
    [
        ("约4万户", "4万户", 35000, 45000),  # the rounding (±5000) is wider than ±10 % (±4000)
        ("大约两亿元", "两亿元", 150_000_000, 250_000_000),
        ("2成左右", "2成", 15, 25),
        ("约0.4%", "0.4%", 0.35, 0.45),
        ("约百分之三", "百分之三", 2.5, 3.5),
        ("约一万辆", "一万辆", 5000, 15000),
    ],
)
def test_about_a_rounded_figure_is_at_least_as_wide_as_the_figure_alone(about, alone, low, high):
    assert parse_quantity(alone)[2:4] == (pytest.approx(low), pytest.approx(high))
    q = parse_quantity(about)
    assert (q.kind, q.low, q.high) == ("about", pytest.approx(low), pytest.approx(high))
    row = find_quantities(f"截至目前，全县{about}。").iloc[0]
    assert (row["text"], row["low"], row["high"]) == (about, q.low, q.high)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("约7万户", 63000, 77000),  # ±10 % is wider than the rounding (±5000): ±10 %
        ("约48%", 43.2, 52.8),
        ("约2.5万吨", 22500, 27500),
        ("约一万二千辆", 10800, 13200),  # in Chinese numerals the same
        ("约30头", 27, 33),  # a count in digits is exact alone: about it is ±10 %
        ("约3万至4万人", 27000, 44000),  # a range: about each end
    ],
)
def test_about_keeps_ten_percent_where_that_is_wider_or_the_figure_is_exact(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert find_quantities(f"共有{text}。")[["low", "high"]].values.tolist() == [[q.low, q.high]]


def test_a_bound_is_found_in_running_text_with_its_qualifier():
    found = find_quantities("全县不超过300人参加，其中65岁（含）以上的至少有40人。")
    assert list(found["text"]) == ["不超过300人", "65岁（含）以上", "至少有40人"]
    assert list(found["low"]) == [0, 65, 40]
    assert list(found["high"]) == [300, 66, 50]


# 近: "the last" before a time span that 来/以来/内/中/里/间 follows or that opens a clause, else "nearly"
@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("近8年来，全县新建道路。", "8年", 8),
        ("近四年以来收入稳步增长。", "四年", 4),
        ("近6个月内完成。", "6个月", 6),
        ("近两周里没有新病例。", "两周", 2),
        ("近十天中有三天下雨。", "十天", 10),
        ("据统计，近7天新增病例为零。", "7天", 7),
        ("近五年，该镇新建厂房12幢。", "五年", 5),  # the text's first clause
    ],
)
def test_near_before_a_time_span_that_is_the_last_is_read_exact(sentence, text, value):
    first = find_quantities(sentence).iloc[0]
    assert (first["text"], first["value"], first["low"], first["high"], first["qualifier"]) == (
        text,
        value,
        value,
        value,
        "",
    )


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("可供全县人民供粮近150天、储备油充足", "近150天", 135, 150),  # the seed page's figure
        ("工程历时近4年。", "近4年", 3.6, 4),
        ("收到近3000条建议。", "近3000条", 2700, 3000),
        ("用了近20天时间。", "近20天", 18, 20),
        ("从事乡村教育近30年先后培养学生千余名。", "近30年", 27, 30),  # after a verb of duration: nearly
        ("经过近20天连续施工。", "近20天", 18, 20),
        ("近9年", "近9年", 8.1, 9),  # alone, as parse_quantity reads it
    ],
)
def test_near_that_is_nearly_keeps_its_range(sentence, text, low, high):
    assert _found(sentence)[0] == (text, high, low, high, _found(sentence)[0][4])


# ranges
@pytest.mark.parametrize(
    "text, low, high",
    [
        ("30–60个", 30, 60),  # en dash
        ("30—60个", 30, 60),  # em dash
        ("30―60个", 30, 60),  # horizontal bar
        ("30‒60个", 30, 60),  # figure dash
        ("30〜60个", 30, 60),  # wave dash
        ("30~60个", 30, 60),
        ("30--60个", 30, 60),  # a doubled hyphen
        ("30——60个", 30, 60),  # a doubled em dash
        ("7%–9%", 7, 9),
        ("6500到2万元", 6500, 20000),  # 万 written only after the second end, which it would put below the first
        ("六千到两万元", 6000, 20000),
        ("2到4万元", 20000, 40000),  # 万 applies to both ends
    ],
)
def test_every_dash_and_tilde_joins_a_range(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high, q.kind) == (low, high, "range")


@pytest.mark.parametrize("text", ["5万到9000元", "8万至2万元", "-4--2%"])
def test_a_range_that_runs_backwards_or_is_ambiguous_is_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_a_range_with_an_en_dash_is_one_range_not_its_upper_end():
    assert _found("每箱装有40–120个。") == [("40–120个", 80, 40, 120, "个")]


def test_from_x_to_y_is_a_range():
    assert _found("从15到25天不等。") == [("15到25天", 20, 15, 25, "天")]


@pytest.mark.parametrize("sentence", ["联系电话0579-8123 4567。", "2019-nCoV肆虐。", "热线0579-12345转。"])
def test_phone_numbers_and_codes_are_not_ranges(sentence):
    assert find_quantities(sentence).empty


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("数十家", 20, 90, "家"),
        ("数百名", 200, 900, "名"),
        ("数千吨", 2000, 9000, "吨"),
        ("数万元", 20000, 90000, "元"),
        ("数十万人", 200000, 900000, "人"),
        ("数百亿元", 2e10, 9e10, "元"),
    ],
)
def test_several_tens_reads_like_a_few_tens(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "range")


def test_several_billion_lies_inside_one_to_ten_billion():
    q = parse_quantity("数十亿")
    assert 1e9 <= q.low < q.high <= 1e10


def test_several_is_found_in_running_text_but_not_after_a_noun_ending_in_it():
    assert _found("吸引数百家企业参展。") == [("数百家", 550, 200, 900, "家")]
    assert find_quantities("参赛人数十万人次。").empty  # 人数 + 十万, or 人 + 数十万?
    assert find_quantities("数千克的样品。").empty  # several thousand grams, or several kilograms?


# lists that share one unit
def test_numbers_joined_by_a_comma_share_the_unit_of_the_last():
    assert _found("隔离期分别为4、7、14天。") == [
        ("4", 4, 4, 4, "天"),
        ("7", 7, 7, 7, "天"),
        ("14天", 14, 14, 14, "天"),
    ]


def test_a_list_after_a_verb_of_change_shares_the_direction():
    found = find_quantities("指标分别提高了12、9.5、3倍。")
    assert list(found["text"]) == ["12", "9.5", "3倍"]
    assert list(found["unit"]) == ["倍", "倍", "倍"]
    assert list(found["change"]) == ["+", "+", "+"]


@pytest.mark.parametrize("sentence", ["第3、4批物资。", "第五、六名。", "3、4月份。", "1、2、3。"])
def test_ordinals_dates_and_bare_enumerations_are_not_lists(sentence):
    assert find_quantities(sentence).empty


# two bounds written together
@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("最多60最少15人", 15, 60, "人"),
        ("至少4至多9天", 4, 9, "天"),
        ("不低于70不超过120分钟", 70, 120, "分钟"),
        ("8年以上至15年以下", 8, 15, "年"),  # joined by 至 or 到
        ("两千元以上到两万元以下", 2000, 20000, "元"),
    ],
)
def test_a_lower_and_an_upper_bound_together_are_one_range(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "range")
    assert _found(f"规定{text}。") == [(text, (low + high) / 2, low, high, unit)]


def test_bounds_that_leave_no_range_stay_two_bounds():
    assert [t for t, *_ in _found("大于80小于30的数。")] == ["大于80", "小于30"]


@pytest.mark.parametrize("sentence", ["起码七蚊。", "最少六尺长。"])
def test_a_qualified_number_before_a_unit_the_reader_does_not_know_is_left_out(sentence):
    assert find_quantities(sentence).empty


def test_a_qualified_number_without_a_unit_is_found_before_punctuation_and_function_words():
    assert [t for t, *_ in _found("得分超过了85？低于40的不计。")] == ["超过了85", "低于40"]


def test_a_list_whose_last_number_has_a_magnitude_is_not_read_as_a_list():
    assert _found("投入8000、3万元。") == [("3万元", 30000, 25000, 35000, "元")]  # 8000万 or 8000?


@pytest.mark.parametrize("sentence", ["病例数十万。", "天数十几。", "总数百万。"])
def test_several_after_a_counter_or_a_noun_is_left_out(sentence):
    assert find_quantities(sentence).empty


def test_parse_quantity_reads_from_x_to_y_as_the_range():
    q = parse_quantity("从15到25天")
    assert (q.text, q.low, q.high, q.kind) == ("15到25天", 15, 25, "range")
    with pytest.raises(ValueError):
        parse_quantity("从15天")  # 从 alone says where something starts, not how many


# --- ranges in Chinese numerals: a shared place, the unit at both ends, (含), spaces, a full-width comma -----------


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("两到三仟美元", 2000, 3000, "美元"),  # formal 仟
        ("一到两百辆", 100, 200, "辆"),
        ("六到七百亿元", 6e10, 7e10, "元"),
        ("四到五百万吨", 4e6, 5e6, "吨"),
        ("三到四千名", 3000, 4000, "名"),
        ("五到六十个", 50, 60, "个"),
        ("贰到叁佰元", 200, 300, "元"),
    ],
)
def test_a_one_digit_first_end_shares_the_places_of_the_second(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "range")
    assert _found(f"预计{text}。") == [(text, (low + high) / 2, low, high, unit)]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("四到十个", 4, 10),  # no digit before 十: ten itself
        ("六到十八天", 6, 18),  # the second end goes on after 十
        ("五到二十个", 5, 20),
    ],
)
def test_a_range_with_no_place_to_share_is_read_as_written(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "一到三十天",
        "两到四十人",
        "一到五十万元",
        "四到六千五元",
        "两到三百五十个",
        # ends more than ten times apart, the second with a place the first may have dropped (10 to 100? 80 to 300?)
        "一到一百个",
        "八到三百人",
        "十五到两百人",
    ],
)
def test_a_range_that_may_share_a_place_or_not_is_left_out(text):
    with pytest.raises(ValueError):
        parse_quantity(text)
    found = find_quantities(f"需要{text}。")
    assert found.empty, found  # neither the range nor its second end alone


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("兩升到三升", 2, 3, "升"),
        ("四公斤至六公斤", 4, 6, "公斤"),
        ("两个到五个", 2, 5, "个"),
        ("七千元至九千元", 7000, 9000, "元"),
        ("三万人至四万人", 30000, 40000, "人"),
    ],
)
def test_a_range_in_chinese_numerals_may_write_its_unit_at_both_ends(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "range")
    assert [t for t, *_ in _found(f"规格为{text}。")] == [text]


def test_a_range_whose_ends_have_different_units_is_not_one_range():
    with pytest.raises(ValueError):
        parse_quantity("两米到三公里")


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("3万(含)-8万元", 30000, 80000),
        ("3万元（含）至8万元", 30000, 80000),
        ("三万元(含)到八万元", 30000, 80000),
        ("200元（含）~500元", 200, 500),
    ],
)
def test_a_first_end_marked_inclusive_is_the_start_of_the_range(text, low, high):
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, "元", "range")
    assert _found(f"奖励{text}不等。") == [(text, (low + high) / 2, low, high, "元")]


@pytest.mark.parametrize(
    "sentence",
    [
        "每箱装 30 - 80个。",  # a range written with spaces: not read, and not its upper end alone
        "每箱装30 ~ 80个。",
        "增幅为 4% - 9%。",  # each end a figure: neither read alone
        "每户补贴300元 — 900元。",
        "共九到四天。",  # a range that does not rise: no end of it alone
        "共9至4天。",
    ],
)
def test_no_end_of_a_spaced_or_falling_range_is_read(sentence):
    found = find_quantities(sentence)
    assert found.empty, found


def test_numbers_around_a_separator_that_is_no_range_are_still_read():
    assert [t for t, *_ in _found("同比增长12%至3000亿元。")] == ["12%", "3000亿元"]
    assert [t for t, *_ in _found("有 40个 床位。")] == ["40个"]
    # two shares of different wholes are no range: each is read alone
    assert [t for t, *_ in _found("由百分之二至千分之九。")] == ["百分之二", "千分之九"]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("占比百分之十二至百分之十五", 12, 15),
        ("回升百分之三到百分之四点五", 3, 4.5),
        ("为百分之6—百分之9", 6, 9),
        ("千分之二至千分之七", 0.2, 0.7),
        ("萬分之三到萬分之八", 0.03, 0.08),
        ("百分之五至百分之八十", 5, 80),  # each end as written: no place shared (五至八十 would be 50 to 80)
        ("千分之二至千分之三百", 0.2, 30),
        ("百分之五至百分之八十五", 5, 85),
    ],
)
def test_a_share_range_may_repeat_its_share_word_before_the_second_end(text, low, high):
    (found,) = _found(text)
    assert found[2:] == (pytest.approx(low), pytest.approx(high), "%")
    spoken = text[text.index("分之") - 1 :]
    assert (parse_quantity(spoken).low, parse_quantity(spoken).high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("电话021，3-5个工作日内回复。", ["3-5个工作日"]),  # the comma ends a clause: 3-5个工作日 is read
        ("编号88，15吨。", ["15吨"]),
        ("共7，250吨。", ["7，250吨"]),  # exactly three digits after it: a thousands separator
    ],
)
def test_a_full_width_comma_is_a_thousands_separator_only_before_three_digits(sentence, spans):
    assert [t for t, *_ in _found(sentence)] == spans


def test_a_half_width_comma_between_digits_still_leaves_the_number_out():
    assert find_quantities("共7,2500吨。").empty  # 7,2500: a malformed thousands group, not read


def test_a_lower_and_an_upper_bound_after_their_units_are_one_range():
    found = find_quantities("可处两年以上五年以下的处罚。")
    assert list(zip(found.text, found.low, found.high, found.unit)) == [("两年以上五年以下", 2.0, 5.0, "年")]


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("受访者平均年龄45岁上下。", "45岁上下", 40.5, 49.5),  # about: ±10 %
        ("菜价在6元上下浮动。", "6元上下", 5.4, 6.6),
        ("一位70开外的老人。", "70开外", 70, 80),  # more: up by one unit of the last digit
        ("坚守岗位8年有余，", "8年有余", 8, 9),
        ("他才20岁出头。", "20岁出头", 20, 30),
        ("全年演出不下300场。", "不下300场", 300, 400),
        ("参展企业不下于60家。", "不下于60家", 60, 70),
    ],
)
def test_qualifiers_that_are_words_of_their_own_give_their_range(sentence, span, low, high):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high)) == [(span, pytest.approx(low), pytest.approx(high))]
    q = parse_quantity(span)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("每天8小时上下班。", "8小时"),  # 上下班 'commute'
        ("带动3家上下游企业。", "3家"),
        ("房价居高不下3个月。", "3个月"),  # 居高不下 'stays high'
        ("他有10万元有余地。", "10万元"),  # 有余地 'room to spare'
    ],
)
def test_a_word_that_begins_like_a_qualifier_is_no_qualifier(sentence, span):
    found = find_quantities(sentence)
    assert list(found.text) == [span] and list(found.qualifier) == [""]


def test_a_verb_with_buxia_is_no_lower_bound():
    assert find_quantities("饭太多，吃不下3碗。").empty  # 碗 is no unit here; 不下 is not 'no fewer than'


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("现场约有400人。", "约有400人", 360, 440),  # 'there are about 400'
        ("增幅约为2.5%。", "约为2.5%", 2.25, 2.75),
        ("约合人民币30万元。", "约合人民币30万元", 270000, 330000),
        ("大约有50名志愿者。", "大约有50名", 45, 55),
        ("撥款約兩百億港元。", "約兩百億港元", 1.8e10, 2.2e10),  # traditional characters, the same rules
        ("將近八百人出席。", "將近八百人", 720, 800),
        ("跌幅超過40%。", "超過40%", 40, 50),
        ("每日不少於6小時。", "不少於6小時", 6, 7),
        ("步行10分鐘以內。", "10分鐘以內", 0, 10),
        ("有四十餘人受傷。", "四十餘人", 40, 50),
        ("約有二十來人。", "約有二十來人", 18, 22),  # two qualifiers that agree: about
    ],
)
def test_more_wordings_and_traditional_qualifiers_give_their_range(sentence, span, low, high):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high)) == [(span, pytest.approx(low), pytest.approx(high))]


@pytest.mark.parametrize("sentence, span", [("签约有300人。", "300人"), ("合约为3年。", "3年"), ("簽約有5家。", "5家")])
def test_yue_that_ends_a_word_is_no_qualifier(sentence, span):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.qualifier)) == [(span, "")]


@pytest.mark.parametrize(
    "sentence, span, low, high",
    [
        ("首日票房破亿元。", "破亿元", 1e8, 2e8),
        ("注册用户破百万。", "破百万", 1e6, 2e6),
        ("粉丝上万名。", "上万名", 1e4, 2e4),
        ("累计播放量已破20亿次。", "破20亿次", 2e9, 3e9),  # 破 before a number with 万/亿 too
        ("预售票房破三千万元。", "破三千万元", 3e7, 4e7),
    ],
)
def test_po_and_shang_before_a_place_are_lower_bounds(sentence, span, low, high):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high)) == [(span, low, high)]


@pytest.mark.parametrize(
    "sentence", ["指数跌破万点。", "打破万人纪录。", "冲破万难。", "他试过百次。", "破3项纪录。", "跌破3万点。"]
)
def test_po_after_a_verb_and_guo_are_no_lower_bounds(sentence):
    found = find_quantities(sentence)
    assert not any(found.qualifier.isin(["破", "过"])), found


@pytest.mark.parametrize(
    "sentence, span, high",
    [
        ("未满16岁的学生。", "未满16岁", 16),
        ("入职不满两年。", "不满两年", 2),
        ("增速不及3%。", "不及3%", 3),
        ("未滿12歲。", "未滿12歲", 12),
    ],
)
def test_under_is_an_upper_bound(sentence, span, high):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high)) == [(span, 0, high)]
    assert parse_quantity(span).kind == "less"


def test_too_late_is_no_upper_bound():
    found = find_quantities("来不及3天完成。")
    assert list(zip(found.text, found.qualifier)) == [("3天", "")]


@pytest.mark.parametrize(
    "sentence, span, high",
    [("补助10万元（含）以下的项目。", "10万元（含）以下", 100000), ("6岁及以下儿童免票。", "6岁及以下", 6)],
)
def test_an_upper_bound_that_includes_its_end(sentence, span, high):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high)) == [(span, 0, high)]


@pytest.mark.parametrize(
    "sentence, span, low, high, unit",
    [
        (
            "共 120 人参加。",
            "120 人",
            120,
            120,
            "人",
        ),  # spaces around digits (the pangu convention): helpers.text.spacing
        ("增长 5.2 %。", "5.2 %", 5.15, 5.25, "%"),
        ("投资 3 亿元。", "3 亿元", 2.5e8, 3.5e8, "元"),
        ("每箱装 30 至 80 个。", "30 至 80 个", 30, 80, "个"),  # 至 is a word: the range is read whole
    ],
)
def test_spaces_between_digits_and_chinese_are_read_through(sentence, span, low, high, unit):
    found = find_quantities(sentence)
    assert list(zip(found.text, found.low, found.high, found.unit)) == [
        (span, pytest.approx(low), pytest.approx(high), unit)
    ]
    assert sentence[found.start[0] : found.end[0]] == span  # the span as written, spaces included


@pytest.mark.parametrize(
    "sentence", ["总计1 200吨。", "总计 1 200 吨。", "共 12 500 元。", "总计1\u2009200吨。", "共12\u202f500元。"]
)
def test_a_thousands_group_written_with_a_space_is_never_read_alone(sentence):
    assert find_quantities(sentence).empty


@pytest.mark.parametrize("sentence", ["增长２．４   个百分 点。", "工期三 个 月。", "历时5个 小时。"])
def test_a_unit_cut_by_a_space_inside_a_word_is_not_read_short(sentence):
    assert find_quantities(sentence).empty  # 2.4 个, 三个, 5个 would misread the unit


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("桌上百元钞票散落。", []),  # 桌上: on the table, then 百元 (a numeral of places alone)
        ("再加上千余名志愿者。", [("千余名", 1000, 2000)]),  # 加上 'plus': the figure is 千余名, not 上千余名
        ("展会吸引上千名客商。", [("上千名", 1000, 2000)]),  # 上 'more than' after a verb
        ("全国上万名医护人员驰援。", [("上万名", 10000, 20000)]),  # and after most nouns
    ],
)
def test_shang_that_ends_a_place_word_is_no_qualifier(sentence, rows):
    assert list(find_quantities(sentence)[["text", "low", "high"]].itertuples(index=False, name=None)) == rows


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("检测结果起码要48小时。", "起码要48小时", 48, 49),  # a bound and a modal verb: one qualifier
        ("每组最少需要6人。", "最少需要6人", 6, 7),
        ("大厅最多可容纳800人。", "最多可容纳800人", 0, 800),
        ("工程至少还需要20天。", "至少还需要20天", 20, 30),
        ("全程约需40分钟。", "约需40分钟", 36, 44),
        ("参赛者须≥16岁。", "≥16岁", 16, 17),  # the signs of a comparison
        ("误差＜2%。", "＜2%", 0, 2),
    ],
)
def test_a_bound_with_a_modal_verb_or_a_sign_qualifies_the_number(sentence, text, low, high):
    assert _found(sentence)[0][0] == text
    assert _found(sentence)[0][2:4] == (pytest.approx(low), pytest.approx(high))


def test_a_bound_word_followed_by_other_words_leaves_the_number_exact():
    assert _found("最多的一天新增30人。") == [("30人", 30, 30, 30, "人")]  # 'the most in a day': 30 exactly


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("单次作业不得超过4小时。", "不得超过4小时", 0, 4),  # a negation turns a bound
        ("罚款不能超过2万元。", "不能超过2万元", 0, 20000),
        ("准备金率不能低于6%。", "不能低于6%", 6, 7),
        ("利率不得高于3.85%。", "不得高于3.85%", 0, 3.85),
        ("工期不多于180天。", "不多于180天", 0, 180),
        ("产量尚未突破5万吨。", "尚未突破5万吨", 0, 50000),
        ("每批严禁超过30人。", "严禁超过30人", 0, 30),
        ("铜价一度跌破6万元。", "跌破6万元", 0, 60000),  # below it, not about it
        ("金价涨破500元。", "涨破500元", 500, 600),
    ],
)
def test_a_negated_bound_and_a_bound_of_breaking_through_read_the_right_way_round(sentence, text, low, high):
    (found,) = _found(sentence)
    assert (found[0], found[2], found[3]) == (text, pytest.approx(low), pytest.approx(high))
    q = parse_quantity(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "sentence",
    ["时长不可以超过8小时。", "人数从未真正超过20人。", "金价未能突破每盎司2000美元。", "人民币兑美元跌破7.2元。"],
)
def test_a_negation_before_a_bound_the_table_does_not_know_leaves_the_figure_out(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence, text, low, high, unit",
    [
        ("金价突破每盎司2300美元。", "2300美元", 2300, 2400, "美元/盎司"),  # a bound before 每 is the number's
        ("限速不得超过每小时40公里。", "40公里", 0, 40, "公里/小时"),
        ("油价跌破每桶60美元。", "60美元", 0, 60, "美元/桶"),
    ],
)
def test_a_bound_before_mei_and_a_unit_is_the_rates(sentence, text, low, high, unit):
    (found,) = _found(sentence)
    assert found == (text, found[1], pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("股指创近两年新低。", "两年"),  # 近 before a record, or after 创: the last two years, exact
        ("创下近七年最大单日跌幅。", "七年"),
        ("利润为近三年同期最高。", "三年"),
    ],
)
def test_near_before_a_record_over_a_span_is_the_last(sentence, text):
    span, value, low, high, _ = _found(sentence)[0]
    assert (span, low, high) == (text, value, value)


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("余震持续约20秒。", "约20秒", 18, 22),  # 持续约: 'lasting about', not 续约 (to renew a contract)
        ("重症比例约占5%。", "约占5%", 4.5, 5.5),  # about and a verb of measure
        ("约折合人民币80万元。", "约折合人民币80万元", 720000, 880000),
        ("每户最高可获补助3000元以内。", None, None, None),
        ("单笔最高可达50万元。", "最高可达50万元", 0, 500000),  # a cap
        ("气温最高达36℃。", "36℃", 36, 36),  # the day's highest: a level
        ("二产约占GDP的38%。", "38%", 34.2, 41.8),  # about before 占 and what the share is of
        ("约在4%～6%。", "约在4%～6%", 3.6, 6.6),
    ],
)
def test_about_and_caps_written_around_a_verb(sentence, text, low, high):
    if text is None:
        return
    found = _found(sentence)[0]
    assert (found[0], found[2], found[3]) == (text, pytest.approx(low), pytest.approx(high))


def test_find_quantities_reads_about_before_zhan_whatever_follows_it():
    assert _found("大概占到三成。")[0][2:4] == (25, 35)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("两项指标分别超过30%。", "超过30%"),  # 分别, 不仅, 未来, 无锡 end other words: no negation
        ("新增企业不仅超过3000家。", "超过3000家"),
        ("未来超过50%的岗位。", "超过50%"),
        ("无锡超过2000家企业。", "超过2000家"),
        ("没想到超过5万人。", "超过5万人"),
        ("有着超过1000年的历史。", "超过1000年"),  # a span of years, not a calendar year
    ],
)
def test_a_bound_after_a_word_that_holds_a_negation_character_is_read(sentence, text):
    assert text in [row[0] for row in _found(sentence)]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        (
            "东区和西区分别超过25%和35%。",
            [("超过25%", 25, 25, 26, "%"), ("35%", 35, 35, 36, "%")],
        ),
        (
            "茶叶、竹笋和菌菇分别不低于60%、70%和80%。",
            [("不低于60%", 60, 60, 70, "%"), ("70%", 70, 70, 80, "%"), ("80%", 80, 80, 90, "%")],
        ),
        ("两镇均逾300户和400户。", [("逾300户", 300, 300, 400, "户"), ("400户", 400, 400, 500, "户")]),
        ("等候时间分别超过4、6、9天。", [("4", 4, 4, 5, "天"), ("6", 6, 6, 7, "天"), ("9天", 9, 9, 10, "天")]),
        # without 分别, 均 or 都 the bound is the first number's: the others are read as written
        ("超过4、6、9天。", [("4", 4, 4, 5, "天"), ("6", 6, 6, 6, "天"), ("9天", 9, 9, 9, "天")]),
        ("超过25%和35%的农户。", [("超过25%", 25, 25, 26, "%"), ("35%", 35, 34.5, 35.5, "%")]),
        # 人均 is per head, not 'each'
        ("人均超过3万元和5万元。", [("超过3万元", 3e4, 3e4, 4e4, "元"), ("5万元", 5e4, 4.5e4, 5.5e4, "元")]),
    ],
)
def test_a_bound_before_a_list_after_fenbie_is_every_numbers(sentence, rows):
    assert _found(sentence) == rows


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("3000元至1.2万元", 3000, 12000),  # the first end writes its unit, the second its 万 and unit
        ("800元-5万元", 800, 50000),
        ("6,500元到2万元", 6500, 20000),
        ("4元到3万元", 4, 30000),  # 4 元, as written, not 4万
    ],
)
def test_a_first_end_with_its_unit_and_a_second_with_wan_and_the_unit_is_one_range(text, low, high):
    assert _read(text)[1:4] == (low, high, "元")
    assert _found(f"罚款{text}不等。") == [(text, (low + high) / 2, low, high, "元")]


@pytest.mark.parametrize("text", ["8千元至2万元", "6000元到2万吨", "3万元至5000元"])
def test_ends_that_write_other_places_or_units_are_no_such_range(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_zhibi_is_nearly():
    assert _read("直逼20亿元")[:5] == (2e9, 1.8e9, 2e9, "元", "直逼")


@pytest.mark.parametrize(
    "sentence, text, low, high, qualifier",
    [
        ("报告会来了80个人左右。", "80个", 72, 88, "左右"),
        ("搬这台机器要4个人以上才行。", "4个", 4, 5, "以上"),
        ("全年读完30本书以上。", "30本", 30, 40, "以上"),
        ("每桌8道菜左右，", "8道", 7.2, 8.8, "左右"),
        ("需要15天时间左右。", "15天", 13.5, 16.5, "左右"),
        ("约有12万字左右。", "约有12万", 1.08e5, 1.32e5, "约有"),  # about, twice: as the first says
    ],
)
def test_a_qualifier_after_the_noun_of_a_counter_is_the_numbers(sentence, text, low, high, qualifier):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"], row["qualifier"]) == (text, low, high, qualifier)


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("每天走一万步以上。", []),  # steps: no unit the reader knows, and 一万 read alone would be about 10000
        ("近30个人左右。", []),  # nearly and about
        ("沿着12个村左右两侧修了绿道。", ["12个"]),  # 左右 'both sides'
        ("5个人上下车。", ["5个"]),
    ],
)
def test_a_qualifier_after_a_noun_that_cannot_be_the_numbers(sentence, kept):
    assert list(find_quantities(sentence)["text"]) == kept
    assert not any(find_quantities(sentence)["qualifier"])


@pytest.mark.parametrize(
    "sentence, text, low, high, qualifier",
    [
        ("拟减持不超过公司总股本3%的股份。", "3%", 0, 3, "不超过"),
        ("农村居民人均收入约为城镇居民的四成。", "四成", 35, 45, "约为"),  # as wide as 四成 rounds
        ("贷款利率不低于基准利率的1.1倍。", "1.1倍", 1.1, 1.2, "不低于"),
        ("进口额约相当于出口额的六成。", "六成", 54, 66, "约"),
        ("该股近15个交易日累计上涨21.3%。", "15个交易日", 15, 15, ""),  # the last 15 trading days
        ("该股近兩年來漲幅最大。", "兩年", 2, 2, ""),
    ],
)
def test_a_qualifier_before_what_a_share_is_of_and_the_last_span_of_a_market(sentence, text, low, high, qualifier):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"], row["qualifier"]) == (text, low, high, qualifier)


def test_a_comparison_before_what_a_share_is_of_is_no_bound():
    # 高于全国平均水平的12%: 12% above it, or above 12% of it? read as written
    row = find_quantities("人均收入高于全国平均水平的12%。").iloc[0]
    assert (row["qualifier"], row["low"], row["high"]) == ("", 11.5, 12.5)


@pytest.mark.parametrize(
    "sentence, text, low, high, qualifier",
    [
        ("该队在近6场比赛中保持不败。", "6场", 6, 6, ""),  # the last six matches
        ("该彩种近20期开出的大奖有3注。", "20期", 20, 20, ""),
        ("剧团全年演出近80场。", "近80场", 72, 80, "近"),  # nearly
        ("租金不高于同地段同品质同类型市场租赁住房租金的85%。", "85%", 0, 85, "不高于"),
        ("長者約佔全港人口的兩成。", "兩成", 15, 25, "約佔"),
        ("每户最多可购买2套住房。", "最多可购买2套", 0, 2, "最多可购买"),
        ("每年最高补助50万元。", "最高补助50万元", 0, 5e5, "最高补助"),
    ],
)
def test_the_last_matches_long_bases_traditional_about_and_caps(sentence, text, low, high, qualifier):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"], row["qualifier"]) == (text, low, high, qualifier)


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("国际金价一度跌至每盎司1900美元下方。", "1900美元下方", 0, 1900),  # below a price
        ("该股在15元上方震荡整理。", "15元上方", 15, 16),  # above it, by the rule of 以上
    ],
)
def test_above_and_below_a_price(sentence, text, low, high):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["low"], row["high"]) == (text, low, high)


def test_above_a_place_is_no_bound():
    assert find_quantities("无人机悬停在屋顶5米上方。").empty
    with pytest.raises(ValueError, match="上方"):
        parse_quantity("5米上方")
