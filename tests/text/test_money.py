"""Money: a normalised currency for every amount, with the currency word before or after the number.

For money the unit reported is the currency too (``港币两千九百六十元`` → 2960 港元, currency 港元).
"""

import pytest

from helpers import find_quantities, parse_quantity


def money(text: str) -> list[tuple[str, float, str, str]]:
    """(span, value, unit, currency) of every quantity found in a text."""
    return [(r.text, r.value, r.unit, r.currency) for r in find_quantities(text).itertuples()]


# text, value, currency (the unit reported is the currency)
AFTER = [
    ("70元", 70, "元"),
    ("70圆", 70, "元"),
    ("70圓", 70, "元"),
    ("七十块钱", 70, "元"),
    ("70人民币", 70, "元"),
    ("70人民幣", 70, "元"),
    ("70美元", 70, "美元"),
    ("70美金", 70, "美元"),
    ("70美圆", 70, "美元"),
    ("70港币", 70, "港元"),
    ("70港幣", 70, "港元"),
    ("70日币", 70, "日元"),
    ("70日圆", 70, "日元"),
    ("70台币", 70, "新台币"),
    ("70新台币", 70, "新台币"),
    ("70澳元", 70, "澳元"),
    ("70加元", 70, "加元"),
    ("70韩元", 70, "韩元"),
    ("70泰铢", 70, "泰铢"),
    ("70卢布", 70, "卢布"),
    ("70瑞士法郎", 70, "瑞士法郎"),
    ("70新加坡元", 70, "新加坡元"),
    ("70新元", 70, "新加坡元"),  # as Singapore's press writes the dollar
    ("70新幣", 70, "新加坡元"),
    ("70令吉", 70, "林吉特"),  # the ringgit, as Malaysia's press writes it
    ("70馬幣", 70, "林吉特"),
    ("70葡幣", 70, "澳门元"),  # the pataca
    ("70歐羅", 70, "欧元"),  # the euro, as Hong Kong writes it
    ("70紐元", 70, "新西兰元"),
    ("70韓圜", 70, "韩元"),
    ("70英镑", 70, "英镑"),
    ("70欧元", 70, "欧元"),
]


@pytest.mark.parametrize(("text", "value", "currency"), AFTER)
def test_a_currency_after_the_number(text, value, currency):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.currency) == (value, currency, currency)


# text, value, low, high, currency
TWO_WORDS = [
    ("6亿元人民币", 6e8, 5.5e8, 6.5e8, "元"),  # 元 then the currency it is
    ("4200元日币", 4200, 4200, 4200, "日元"),
    ("五万元欧元", 50000, 45000, 55000, "欧元"),
    ("800元港币", 800, 800, 800, "港元"),
    ("人民币75元", 75, 75, 75, "元"),  # the currency before the number
    ("港币一千八百五十元", 1850, 1850, 1850, "港元"),
    ("港幣6.25", 6.25, 6.245, 6.255, "港元"),
    ("美金450", 450, 450, 450, "美元"),
    ("美元12亿", 1.2e9, 1.15e9, 1.25e9, "美元"),
    ("新台币3000元", 3000, 3000, 3000, "新台币"),
    ("约人民币40亿元", 4e9, 3.6e9, 4.4e9, "元"),  # a qualifier before the currency word
    ("超过人民币2000万元", 2e7, 2e7, 3e7, "元"),
    ("￥880", 880, 880, 880, "元"),
    ("¥880", 880, 880, 880, "元"),
    ("US$35", 35, 35, 35, "美元"),
    ("HK$35", 35, 35, 35, "港元"),
    ("NT$35", 35, 35, 35, "新台币"),
    ("€45", 45, 45, 45, "欧元"),  # the euro and pound signs
    ("£2.5亿", 2.5e8, 2.45e8, 2.55e8, "英镑"),
    ("RM150", 150, 150, 150, "林吉特"),
    ("MOP$80", 80, 80, 80, "澳门元"),  # Macau's pataca, not $
    ("人民币3至5亿元", 4e8, 3e8, 5e8, "元"),
]


@pytest.mark.parametrize(("text", "value", "low", "high", "currency"), TWO_WORDS)
def test_a_currency_before_the_number_or_twice(text, value, low, high, currency):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.unit, q.currency) == (value, low, high, currency, currency)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("澳门币45元", "澳门元"),  # the 元 of a ...币 written before the number is that currency's, not the renminbi
        ("澳門幣1,300元", "澳门元"),
        ("台币280元", "新台币"),
        ("韩币9000元", "韩元"),
        ("加币60元", "加元"),
        ("澳币75元", "澳元"),
        ("900澳门币", "澳门元"),
        ("新币88元", "新加坡元"),
        ("马币350元", "林吉特"),
        ("葡币120元", "澳门元"),
    ],
)
def test_a_currency_in_bi_before_an_amount_in_yuan_is_that_currency(text, currency):
    assert [(t, u, c) for t, _, u, c in money(f"据介绍，每份售价{text}。")] == [(text, currency, currency)]


def test_a_dollar_sign_alone_does_not_say_whose_dollar():
    q = parse_quantity("$35")
    assert (q.value, q.unit, q.currency) == (35, "$", "$")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("陆佰圆整", 600),
        ("叁仟零伍拾元整", 3050),
        ("贰拾萬圆整", 200000),
        ("捌佰元正", 800),
        ("玖拾圓整", 90),
    ],
)
def test_cheque_forms_in_formal_numerals(text, value):
    q = parse_quantity(text)
    assert (q.value, q.currency) == (value, "元")
    assert (q.low, q.high) == (value, value)  # 整: exact, 万 and all


@pytest.mark.parametrize(
    ("sentence", "text", "value", "currency"),
    [
        (
            "合同价款为人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分。",
            "人民币贰拾叁万肆仟伍佰陆拾柒元捌角玖分",
            234567.89,
            "元",
        ),
        ("实收人民币86元7角5分。", "人民币86元7角5分", 86.75, "元"),
        ("找回港幣12元5角。", "港幣12元5角", 12.5, "港元"),  # the generic 元 takes the currency before
    ],
)
def test_a_currency_word_before_an_amount_in_several_units(sentence, text, value, currency):
    row = find_quantities(sentence).iloc[0]
    assert (row["text"], row["value"], row["currency"], len(find_quantities(sentence))) == (
        text,
        pytest.approx(value),
        currency,
        1,
    )
    assert parse_quantity(text).value == pytest.approx(value)


def test_the_last_part_of_an_amount_not_read_is_not_read_alone():
    assert find_quantities("约人民币9元8角").empty  # not 8角 alone


def test_a_cheque_form_in_running_text():
    assert money("本次捐款共计叁仟零伍拾元整，已入账。") == [("叁仟零伍拾元整", 3050, "元", "元")]


def test_zheng_after_yuan_belongs_to_the_next_word_inside_a_sentence():
    assert money("投入300万元整治河道") == [("300万元", 3e6, "元", "元")]
    assert money("每斤5元正常销售") == [("5元", 5, "元/斤", "元")]  # 每斤 before the number: a rate


def test_k_and_w_after_digits_before_a_currency():
    q = parse_quantity("12k元")
    assert (q.value, q.low, q.high, q.currency, q.magnitude) == (12000, 12000, 12000, "元", "千")
    q = parse_quantity("8w元")
    assert (q.value, q.low, q.high, q.magnitude) == (80000, 75000, 85000, "万")
    q = parse_quantity("8~12k元")
    assert (q.low, q.high, q.kind) == (8000, 12000, "range")


@pytest.mark.parametrize("text", ["月薪12k左右", "跑了10k", "预算8w上下", "月薪8k~12k"])
def test_k_and_w_without_a_currency_are_left_out(text):
    assert money(text) == []


def test_liang_ge_yi_is_two_yi():
    q = parse_quantity("三个亿卢布")
    assert (q.value, q.low, q.high, q.currency, q.magnitude) == (3e8, 2.5e8, 3.5e8, "卢布", "亿")
    assert money("投资两个亿美元") == [("两个亿美元", 2e8, "美元", "美元")]


def test_every_amount_in_a_sentence_has_its_currency():
    text = "他花了1200港币，又花了人民币860元和35美元，另有6亿元人民币贷款。"
    assert money(text) == [
        ("1200港币", 1200, "港元", "港元"),
        ("人民币860元", 860, "元", "元"),
        ("35美元", 35, "美元", "美元"),
        ("6亿元人民币", 6e8, "元", "元"),
    ]


def test_other_units_have_no_currency():
    assert money("新建住房280套") == [("280套", 280, "套", "")]


def test_a_negative_amount_keeps_its_currency():
    q = parse_quantity("-300万港元")
    assert (q.value, q.currency) == (-3e6, "港元")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人民币3年内还将升值", [("3年", 3, "年", "")]),  # a currency word before another unit is not money
        ("欧元3月份走弱", []),  # nor before a date
        ("美元3日走强", []),
        ("1月1日元旦放假", []),  # 日元 across a date and 元旦
        ("10日圆满结束", []),
        ("双方签约人民币5亿元", [("人民币5亿元", 5e8, "元", "元")]),  # 约 of 签约 is no qualifier
        ("搬了三块石头", [("三块", 3, "块", "")]),  # 块 alone is a counter; only 块钱 is money
    ],
)
def test_what_is_not_money(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text", ["人民币50美元", "美元100欧元", "人民币3个"])
def test_two_currencies_that_disagree_are_refused(text):
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_a_count_in_ge_right_after_a_currency_word_is_not_read():
    # Cantonese money: 港币五個二毫 is HK$5.20, so 五個 is no count of five things
    assert find_quantities("收费港币五個二毫。").empty


# ---- 角, 毛 and 分 alone (fixb) ----
@pytest.mark.parametrize(
    "text, value",
    [("3角", 0.3), ("15角", 1.5), ("8毛", 0.8), ("8毛钱", 0.8), ("贰角", 0.2), ("柒分", 0.07), ("负叁角", -0.3)],
)
def test_jiao_mao_fen_alone_are_money_in_yuan(text, value):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit, quantity.currency) == (
        value,
        value,
        value,
        "元",
        "元",
    )


def test_jiao_and_mao_after_digits_are_found_in_running_text():
    found = find_quantities("一张车票只要4角，一根冰棍6毛钱，发票上写着捌分。")
    assert list(zip(found.text, found.value)) == [("4角", 0.4), ("6毛钱", 0.6), ("捌分", 0.08)]


@pytest.mark.parametrize(
    "text",
    [
        "画一个三角",  # a triangle
        "卤肉里放了八角",  # star anise
        "地上有两毛",  # two hairs? two dimes? not read
        "这场比赛他拿了二十分",  # a score
        "比赛第7分钟",
        "得了9分",
        "画了5角星",
        "买了3毛衣",
        "队伍分成两组后",  # 伍 is a word character here
        "大陆角逐冠军",
        "负两角五分",  # a sign before an amount from 角 is not read
    ],
)
def test_jiao_mao_fen_that_are_not_money_are_not_read(text):
    assert not any(c == "元" for c in find_quantities(text).currency)


def test_a_compound_in_jiao_and_fen_is_still_read_whole():
    assert money("找回3角5分") == [("3角5分", 0.35, "元", "元")]


# ---- 一 before money is the number one (fixb) ----
@pytest.mark.parametrize(
    "text, value, currency",
    [("每瓶只卖一美元", 1, "美元"), ("车费一元。", 1, "元"), ("一港元兑换", 1, "港元"), ("付了一块钱", 1, "元")],
)
def test_yi_before_money_is_one(text, value, currency):
    assert [(v, c) for _, v, _, c in money(text)] == [(value, currency)]


@pytest.mark.parametrize(
    "text",
    ["周一美元指数走强", "星期一港元汇率", "实行一元化管理", "解一元二次方程", "主要货币之一美元", "检查每一元素"],
)
def test_yi_in_a_word_before_a_currency_is_not_one(text):
    assert money(text) == []


@pytest.mark.parametrize("text", ["3月15日元宵节", "12日元首会晤"])
def test_a_date_before_a_word_with_yuan_is_not_yen(text):
    assert money(text) == []


# ---- a currency word before 数 (fixb) ----
def test_a_currency_word_before_shu_reads_like_shu():
    quantity = parse_quantity("人民币数百亿元")
    assert (quantity.low, quantity.high, quantity.currency) == (2e10, 9e10, "元")
    assert money("投资人民币数十万元建厂") == [("人民币数十万元", 550000, "元", "元")]


# ---- a list of prices in two currencies across a full-width comma (fixb) ----
def test_a_currency_before_and_another_after_a_comma_are_two_prices():
    assert money("可选US$35，480港币或￥60。") == [
        ("US$35", 35, "美元", "美元"),
        ("480港币", 480, "港元", "港元"),
        ("￥60", 60, "元", "元"),
    ]


def test_a_thousands_comma_in_one_currency_is_still_one_amount():
    assert money("共计人民币4，250元") == [("人民币4，250元", 4250, "元", "元")]


def test_ge_after_a_currency_word_is_not_a_count():
    assert money("一杯奶茶港幣四個二") == []  # Cantonese: 4.2 dollars, not 4 个


def test_a_currency_word_before_a_lone_one_reads_one_yuan():
    # found by hypothesis: this raised inside the extractor
    assert list(find_quantities("人民币一")[["text", "value", "unit"]].itertuples(index=False, name=None)) == [
        ("人民币一", 1.0, "元")
    ]


@pytest.mark.parametrize("sentence", ["方案引入了3新元素。", "迎接2024新元年。", "两国3新元首会晤。"])
def test_new_elements_and_new_first_years_are_no_singapore_dollars(sentence):
    assert money(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"), [("政府拨出5亿新元年度预算。", "5亿新元"), ("需付10万新元首付。", "10万新元")]
)
def test_singapore_dollars_before_a_word_are_still_money(sentence, text):
    assert [(t, c) for t, _, _, c in money(sentence)] == [(text, "新加坡元")]


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "currency"),
    [
        ("門票HK$180至HK$380。", "HK$180至HK$380", 180, 380, "港元"),  # each end with its currency sign
        ("定价NT$2,500至NT$4,200。", "NT$2,500至NT$4,200", 2500, 4200, "新台币"),
        ("补贴人民币800元至人民币1500元。", "人民币800元至人民币1500元", 800, 1500, "元"),
    ],
)
def test_a_range_whose_ends_both_write_the_currency(sentence, text, low, high, currency):
    assert list(find_quantities(sentence)[["text", "low", "high", "currency"]].itertuples(index=False, name=None)) == [
        (text, low, high, currency)
    ]


def test_two_amounts_that_make_no_range_are_left_out():
    assert find_quantities("門票HK$380至HK$180。").empty


@pytest.mark.parametrize(
    "phrase, low, high, currency",
    [
        ("HK$150至HK$260", 150, 260, "港元"),  # each end with its currency sign
        ("$45-$60", 45, 60, "$"),
        ("人民币2万元至人民币6万元", 2e4, 6e4, "元"),
        ("美元3亿到美元4亿", 3e8, 4e8, "美元"),
        ("US$45-US$60", 45, 60, "美元"),  # a letter after the dash begins the second end's currency
        ("HK$3.5亿-HK$4亿", 3.5e8, 4e8, "港元"),
        ("NT$1,000-NT$2,000", 1000, 2000, "新台币"),
        ("RM2,500至RM3,500", 2500, 3500, "林吉特"),  # Malaysia's ringgit
    ],
)
def test_parse_quantity_reads_a_range_of_two_amounts_each_with_its_currency_as_find_quantities_does(
    phrase, low, high, currency
):
    q, row = parse_quantity(phrase), find_quantities(f"报价{phrase}。").iloc[0]
    assert (q.text, q.low, q.high, q.currency) == (phrase, low, high, currency)
    assert (row["text"], row["low"], row["high"], row["currency"]) == (q.text, q.low, q.high, q.currency)


@pytest.mark.parametrize(
    "phrase", ["$60-$45", "约$45-$60", "$45-HK$60", "$45-$60-$70", "人民币3万元-人民币5万元-人民币7万元"]
)
def test_two_amounts_that_make_no_range_are_refused_and_left_out(phrase):
    with pytest.raises(ValueError):
        parse_quantity(phrase)
    assert find_quantities(f"报价{phrase}。").empty


def test_a_price_before_the_clauses_comma_is_read_before_the_next_one():
    assert money("原价€299，现价€199。") == [("€299", 299, "欧元", "欧元"), ("€199", 199, "欧元", "欧元")]


@pytest.mark.parametrize("written, value", [("净利润为﹣1.2亿元", -1.2e8), ("增速为‐3.2%", -3.2)])
def test_the_small_and_unicode_hyphen_minus_signs_are_read(written, value):
    assert find_quantities(written).iloc[0]["value"] == value
