"""Idioms, set phrases and names whose numerals count nothing (千家万户, 胡说八道, 七台河, 三只松鼠): the words no
rule of ``helpers.text.words`` tells from a count, listed. A span of the extractor that touches one is no
figure (``helpers.text.words.word_positions``). ``ERAS``: the names of eras and reigns before which N年 is a
year of that era, not N years (``helpers.text.words.breaks_a_longer_form``).
"""

from __future__ import annotations

__all__ = ["ERAS", "ERAS_INSIDE_WORDS", "ERA_LEAD_INS", "IDIOMS", "NAMES"]

#: Idioms and set phrases whose numerals count nothing.
IDIOMS: tuple[str, ...] = (
    "千家万户",
    "一百单八",  # 一百单八将: the 108 heroes of the Water Margin
    "十年磨一剑",
    # N年如一日 ('for N years, every day the same'): an idiom, not a span read exact
    *(f"{n}年如一日" for n in ("十", "二十", "三十", "四十", "五十", "几十", "数十", "十几", "几")),
    "千方百计",
    "千辛万苦",
    "千军万马",
    "千头万绪",
    "千秋万代",
    "千里迢迢",
    "千千万万",
    "成千上万",
    "万众一心",
    "万无一失",
    "万家灯火",
    "万人空巷",
    "数以万计",
    "百里挑一",
    "百家争鸣",
    "百花齐放",
    "百年大计",
    "三番五次",
    "三令五申",
    "三天两头",
    # 十块八块, 十天八天: 'ten or so', no number of them (and 三年两年, 三回两回: 'a couple')
    *(f"十{c}八{c}" for c in "块塊天个個年次回里斤元人家"),
    *(f"三{c}两{c}" for c in "年回次个個"),
    "三年五载",
    "三五成群",
    "三位一体",
    "五位一体",
    "一五一十",
    "四面八方",
    "五湖四海",
    "七上八下",
    "五花八门",
    "九牛一毛",
    "十全十美",
    "十有八九",
    "八九不离十",
    "一举两得",
    "两全其美",
    "四个全面",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "两学一做",
    "三严三实",
    "八项规定",
    "一年四季",
    "十万火急",
    "十万八千里",
    "数以亿计",
    "三头六臂",
    "八面玲珑",
    "三人成虎",
    "三天打鱼",
    "两天晒网",
    "十年寒窗",
    "两个一百年",
    "三个代表",
    "两个基本点",
    # idioms whose numeral and counter read as a count (道, 面, 起, 处, 家, 座, 包, 人): 八道 is no eight roads
    *("胡说八道", "瞎说八道", "说三道四", "五迷三道", "四面楚歌", "四面受敌", "八面来风", "威风八面", "十面埋伏"),
    *("狼烟四起", "烽烟四起", "烽火四起", "怨声四起", "怨言四起", "枪声四起", "嘘声四起", "喧声四起", "谣言四起"),
    *("语惊四座", "判若两人", "迥若两人", "货比三家", "门前三包", "两面三刀", "两面派", "七嘴八舌", "七张八嘴"),
    *("四面出击", "四面开花", "两面性", "三座大山", "两口子", "小两口", "老两口", "两口儿"),
    # 四处 'everywhere' before a verb (a count before a noun: 设立四处检测点)
    *("四处奔波", "四处奔走", "四处张望", "四处寻找", "四处活动", "四处打听", "四处求援", "四处求医", "四处流窜"),
    *("四处漂泊", "四处游荡", "四处碰壁", "四处逃窜", "四处蔓延", "四处散发", "四处传播", "四处搜寻", "四处乱窜"),
)
#: Place names, brand names and terms that hold a numeral and a counter character but count nothing: 七台河 is
#: a city, not seven 台; 三只松鼠 a brand. The rules of ``numeral_word`` and ``breaks_a_longer_form`` catch
#: whole classes (百度, 二元结构, 一二三期, 五一期间); these are the words no rule tells from a count.
#: 长三角, 珠三角 and 五角大楼 hold 角, a unit of money once it is one.
NAMES: tuple[str, ...] = (
    "七台河",
    *("五道口", "三间房", "三間房"),  # places in Beijing
    *("七天连锁", "7天连锁", "七天連鎖"),  # a hotel chain
    *("十项全能", "十項全能", "七项全能", "七項全能", "鐵人三項", "三人篮球", "三人籃球"),  # events
    "五个一工程",  # a prize of the propaganda department
    "三棵树",  # a paint maker, not three trees
    # the schooling a law provides (九年义务教育, Taiwan's 十二年國教): a system's name, not years
    *("九年义务教育", "九年義務教育", "九年制义务教育", "十二年免费教育", "十二年義務教育", "十二年国教", "十二年國教"),
    *("十五年免费教育", "十五年免費教育", "十二年免費教育"),
    *("外三元", "内三元", "內三元"),  # pig crosses, not 3 元
    *("五年规划", "五年計劃", "五年计划", "五年規劃"),  # 第十四个五年规划: the plan's name, not five years
    "三桶油",  # the three state oil companies (两桶油: two of them), not barrels
    "两桶油",
    "五股",  # 五股区, 五股工业区 (New Taipei), not five shares
    "八股",  # 八股文, 党八股: the eight-legged essay
    "五台山",
    "五台县",
    "三台县",
    "九台区",
    "三元里",
    "三元桥",
    "三元区",
    "五家渠",
    "十万大山",
    "长三角",
    "珠三角",
    "五角大楼",
    "七匹狼",
    "三只松鼠",
    "六个核桃",
    "两面针",
    "361度",
    "7天酒店",
    "七天酒店",
    "十万个为什么",
    "四人帮",
    "九台市",
    "五棵松",
    "铁人三项",  # the sports, not three items
    "现代五项",
    "冬季两项",
    # 三元 as a name or a term (a dairy company, a catalytic converter, ternary lithium cells), not 3 元
    *("三元食品", "三元催化", "三元锂", "三元電池", "三元电池", "三元材料", "三元正极", "三元前驱体"),
)


#: Eras and reigns that number years (公元前221年, 民國110年, 康熙六十一年, 令和2年): N年 after one is a year, not a
#: span of N years. The common era, the Republic of China (Taiwan dates its documents so), the Qing and Ming
#: reigns, the Tang's 贞观 and Japan's modern eras; reigns that are also ordinary words or places (绍兴, 开元,
#: 天启) are left out, so that a span after them is still read.
ERAS: tuple[str, ...] = (
    *("公元", "公元前", "公元后", "公元後", "西元", "西元前", "民国", "民國"),
    *("顺治", "順治", "康熙", "雍正", "乾隆", "嘉庆", "嘉慶", "道光", "咸丰", "咸豐", "同治", "光绪", "光緒"),
    *("宣统", "宣統"),
    *("洪武", "永乐", "永樂", "宣德", "嘉靖", "万历", "萬曆", "崇祯", "崇禎", "贞观", "貞觀"),
    *("明治", "大正", "昭和", "平成", "令和"),
)
#: Eras whose names also end other words (法令和3年前: 法令 and 和; 和平成3年; 最大正3年; 共同治3年; 永乐镇): N年
#: after one is a year only where the name begins a word, after one of ``ERA_LEAD_INS`` or at the start of the text.
ERAS_INSIDE_WORDS: tuple[str, ...] = ("令和", "平成", "大正", "明治", "同治", "道光", "宣德", "永乐", "永樂")
#: What may come before an era's name that begins a word: punctuation, a space, a preposition of time (于, 在, 自,
#: 从, 至, 到, 由), a dynasty or an emperor (清, 明, 宋, 唐, 朝, 代, 祖, 宗, 帝: 清同治3年, 明成祖永乐3年), a copula
#: or a year (即, 是, 为, 的, 年: 1840年即道光20年, 日本的令和5年) or 日本.
ERA_LEAD_INS = frozenset("于於在自从從至到由清明宋唐朝代祖宗帝即是为為的年本、，,。；;：:（(“‘《 \n")
