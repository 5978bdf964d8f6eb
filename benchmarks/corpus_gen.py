"""Deterministic corpora of Chinese news-like text for the benchmarks: ``python benchmarks/corpus_gen.py OUT --mb 100``.

Two kinds (``--kind``). ``news`` (the default): the articles imitate the county-paper page in
``data/raw/``: headings, datelines, long sentences of officialese, and figures written the ways
the real articles write them — counts with 家/名/人/吨/天/个/条/份/项, percentages (``93%``, ``77.9%``), 万/亿 amounts
(``1.34万吨``, ``1.68亿元``), qualifiers (近/约/上/多/余/以上), Chinese numerals (``二十条``,
``三十六名``, ``五千多名``), dates (``2月22日``), codes (``N95``), ordinals (``第一批``),
slogans (``“三服务”``) and idioms (``千家万户``) — between plenty of plain prose. Every
paragraph holds random numbers and a random choice of phrases, and a paragraph that
happens to repeat an earlier one is drawn again, so no two paragraphs are alike. About one
quantity per 300 bytes, as on the real page.

``dense`` (``DenseWriter``): statistical prose packed with figures, one quantity every 40–80
bytes, each number drawn afresh from a wide range, so that hardly a quantity's span is met
twice and no cache of what a span means can help: the extractor's worst case, where the time
goes into reading quantities rather than skipping prose.

Everything comes from one seeded ``random.Random``: the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Iterator
from pathlib import Path

PLACES = [
    "遂昌",
    "妙高街道",
    "云峰街道",
    "北界镇",
    "金竹镇",
    "大柘镇",
    "石练镇",
    "王村口镇",
    "黄沙腰镇",
    "湖山乡",
    "焦滩乡",
    "三仁畲族乡",
    "濂竹乡",
    "高坪乡",
    "应村乡",
    "垵口乡",
    "蔡源乡",
    "柘岱口乡",
    "西畈乡",
    "新路湾镇",
]
ORGS = [
    "县经济商务局",
    "县卫健局",
    "县发改局",
    "县教育局",
    "县委组织部",
    "人武部",
    "县市场监管局",
    "县农业农村局",
    "县交通运输局",
    "县住建局",
    "县人力社保局",
    "县财政局",
    "县税务局",
    "县文广旅体局",
    "县供销社",
]
COMPANIES = [
    "浙江汇金环保科技有限公司",
    "遂昌德鑫铸钢有限公司",
    "浙江佳禾竹业科技有限公司",
    "遂昌县实验小学迁建项目",
    "金矿国家矿山公园",
    "县人民医院",
    "县中心粮库",
    "凯恩特种材料股份有限公司",
    "遂昌菊米合作社",
    "神龙谷景区",
    "县城自来水厂",
    "工业园区标准厂房项目",
    "千佛山景区",
    "长濂村茶叶合作社",
]
PEOPLE = [
    "张壮雄",
    "何品才",
    "赵华棣",
    "傅长琪",
    "王佳慧",
    "蓝文丽",
    "章建辉",
    "曹俊杰",
    "周晓东",
    "叶美琴",
    "吴立新",
    "毛建华",
]
GOODS = ["口罩", "防护服", "消毒液", "测温枪", "大米", "食用油", "蔬菜", "猪肉", "竹制品", "茶叶", "菊米", "药品"]
FIGURE_SHARE = 0.17  # share of sentences that carry figures: about 3 quantities per kB, as on the real page
COUNTERS = ["家", "名", "人", "吨", "天", "个", "条", "份", "项"]

PROSE = [
    "全县上下凝心聚力",
    "形成抗“疫”最强合力",
    "疫情蔓延的势头始终被遏制在县域之外",
    "坚持疫情防控和复工复产“两手抓”“两手硬”",
    "不断完善机制",
    "优化服务",
    "安全有序推进项目、企业复工复产",
    "精准施策",
    "重点做好企业金融信贷支持、税费减免、政务服务审批等工作",
    "党员干部迅速投入到疫情防控工作一线",
    "青年志愿者主动报名",
    "各地商会、企业、乡贤联谊会等积极行动支援一线",
    "在确保疫情防控安全严密的基础上",
    "县委县政府便开始研究部署项目复工工作",
    "制定了项目复工指导意见",
    "成立了领导小组",
    "明确了复工流程",
    "为项目有序复工复产搭建了组织框架和工作体系",
    "深入企业、项目工地开展深化“三服务”活动",
    "全面掌握摸清复工复产可能遇到的问题和障碍",
    "这不但有效加强了对企业疫情防控工作的指导",
    "为下一步推动企业全面复工复产奠定了基础",
    "一片热火朝天的景象",
    "机械轰鸣声不绝于耳",
    "工人们正戴着口罩忙碌着",
    "出口订单几乎不会受到影响",
    "当前全国疫情防控形势保持持续向好态势",
    "但不能掉以轻心",
    "加强对所有返岗人员的疫情排查",
    "强化工作场所疫情防控",
    "既确保不发生疫情传播",
    "又要有序推动复工复产",
    "恢复正常经济社会发展秩序",
    "以最严态度、最高站位抓落实",
    "充分发挥基层党组织战斗堡垒和党员干部先锋模范作用",
    "自觉将新时代挺进师标准贯穿于工作全过程",
    "努力干出新成效、干出新特色",
    "力争更多工作走在全市、全省前列",
    "主流媒体唱响主旋律",
    "每天及时刊播、发布疫情防控权威信息",
    "引导网民不信谣不传谣不造谣",
    "“土法”宣传更加接地气",
    "由乡镇(街道)、村干部、网格员代购物资",
    "确保居家观察人员不流动",
    "增强自我约束意识",
    "并在全县推广",
    "抓好民生保障",
    "根据调度指令做好应急物资保障",
    "目前市场秩序稳定",
    "各类物资供应充足",
    "群众生活秩序井然",
    "各项工作有条不紊",
    "持续加强复工复产企业开工后防疫措施落实情况的监督检查",
    "督促指导企业落实人员管控主体责任",
    "确保企业复工安全可控",
    "以最大的努力保障员工生命健康安全",
    "切实把各项措施落到实处",
    "真正做到守土有责、守土尽责",
]
#: Set phrases with numerals that count nothing (the extractor must skip them); real news uses them now and then.
IDIOM_PHRASES = [
    "把党的温暖送到千家万户",
    "千方百计帮助企业解决用工难题",
    "确保防疫物资万无一失",
    "五湖四海的建设者齐聚一堂",
    "坚持“三服务”不放松",
    "开展“一对一”帮扶",
]
IDIOM_SHARE = 0.05  # share of prose sentences with one of them
HEADINGS = [
    "未雨绸缪,紧抓疫情防控同时提前谋划复工复产",
    "事无巨细,坚持疫情防控与复工复产“两手抓”“两手硬”",
    "统筹推进,确保群众安全健康与地方经济发展齐头并进",
    "真隔离",
    "强保障",
    "广动员",
    "严排查",
    "快响应",
    "稳就业",
    "促消费",
    "抓项目",
    "优服务",
    "惠民生",
    "保供应",
]
TITLE_WORDS = [
    "拧紧疫情防控“安全阀”",
    "按下绿色发展“快进键”",
    "聚焦聚力“两确保三争取”",
    "坚定坚决打赢两场战役",
    "“五大战术”迎战新冠肺炎疫情",
    "跑出复工复产“加速度”",
    "织密基层防控网",
    "按下春耕生产“启动键”",
]

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Write 0 ≤ n < 10000 in Chinese numerals as a newspaper does (三十六, 二十, 一百零五, 五千)."""
    if n == 0:
        return "零"
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += ("" if (value == 10 and not out and digit == 1) else _DIGITS[digit]) + name
            zero = False
        elif out:
            zero = True
    return out


class Writer:
    """Articles, paragraphs and sentences drawn from one seeded generator."""

    def __init__(self, seed: int = 20200222):
        self.r = random.Random(seed)
        self.seen: set[bytes] = set()

    # numbers as the articles write them
    def count(self) -> int:
        r = self.r
        return r.choice([r.randint(2, 9), r.randint(10, 99), r.randint(100, 999), r.randint(1000, 20000)])

    def decimal(self, places: int = 2) -> str:
        return f"{self.r.uniform(1, 9.99):.{places}f}"

    def percent(self) -> str:
        r = self.r
        return f"{r.randint(50, 100)}%" if r.random() < 0.6 else f"{r.uniform(50, 99.9):.1f}%"

    def date(self) -> str:
        return f"{self.r.randint(1, 3)}月{self.r.randint(1, 28)}日"

    def figure_sentence(self) -> str:
        r = self.r
        _, _, p, d = r.choice(COUNTERS), self.count(), self.percent(), self.date()  # the draws keep the stream
        place, org, company, person, goods = (
            r.choice(PLACES),
            r.choice(ORGS),
            r.choice(COMPANIES),
            r.choice(PEOPLE),
            r.choice(GOODS),
        )
        templates = [
            f"截至{d},{place}企业开工复工{r.randint(20, 400)}家,复工率{p},复工到岗员工数为{r.randint(1000, 30000)}人,"
            f"到岗率达{self.percent()}",
            f"{company}已储备{goods}{self.decimal()}万吨,可供全县人民使用近{r.randint(30, 200)}天",
            f"{d}上午,总投资{self.decimal()}亿元的{company}在完成一系列复工准备后正式复工,成为全县第一批复工的项目之一",
            f"{org}迅速召回{chinese_numeral(r.randint(11, 99))}名医学定向培养生"
            f"和{r.randint(2, 9)}名人才引进驰援防控一线",
            f"{place}制定发布了《关于应对疫情支持企业共渡难关的{chinese_numeral(r.randint(10, 40))}条意见》",
            f"{org}抽调{r.randint(10, 90)}名优秀年轻干部充实各工作组力量,"
            f"人武部抽调{r.randint(2, 9)}0余名骨干民兵协助卡口排查",
            f"全县{r.randint(1, 9)}00多个大、小喇叭声声入耳,近{r.randint(1, 9)}000条横幅标语显眼醒目,"
            "上万份倡议告知书村村到户",
            f"{chinese_numeral(r.randint(1, 9) * 1000)}多名志愿者坚守在{r.randint(20, 300)}个卡口,"
            f"累计排查车辆{self.decimal(1)}万辆次",
            f"购买N95医用防护口罩{r.randint(2, 60)}万只、医用防护服{r.randint(100, 5000)}套,"
            f"已调拨{r.randint(50, 400)}吨大米和约{r.randint(10, 90)}吨食用油",
            f"“驻企服务员”共帮助协调企业各类问题{r.randint(20, 300)}多项,"
            f"指导帮扶{r.randint(20, 300)}多家工业企业有序复工复产",
            f"{company}生产的产品{r.randint(30, 90)}%销往{r.randint(10, 120)}个国家和地区,"
            f"一季度完成产值{self.decimal()}亿元,同比增长{self.decimal(1)}%",
            f"{person}介绍,企业复工以来,{r.randint(100, 999)}多名工人到岗到位,产能已恢复到{self.percent()}以上",
            f"{place}在{r.randint(20, 300)}家重点企业和{r.randint(10, 90)}家重点项目组建服务队伍,"
            f"下派{r.randint(100, 900)}名“驻企服务员”",
            f"{d}起,{place}对{chinese_numeral(r.randint(2, 36))}个村(社区)实行封闭管理,"
            f"发放出入证{r.randint(1000, 90000)}份",
            f"累计发放消费券{self.decimal()}万份,带动消费{self.decimal()}亿元,惠及群众{self.decimal(1)}万人次",
            f"全县共有{r.randint(2, 9)}个项目入选省重点项目,{r.randint(10, 60)}个项目列入市重点项目,"
            f"计划总投资{r.randint(20, 300)}亿元",
            f"{org}开通H5网上办事平台,{r.randint(100, 999)}项审批事项实现“网上办”,办理时限压缩{r.randint(30, 80)}%",
            f"{place}新增就业岗位{r.randint(100, 9000)}个,帮助{r.randint(100, 5000)}余名外地员工返岗,"
            f"包车{r.randint(5, 90)}辆次",
            f"第{chinese_numeral(r.randint(2, 9))}批{r.randint(10, 90)}名返岗人员经核酸检测后全部到岗,"
            f"隔离观察期{r.randint(7, 14)}天",
            f"{org}共受理企业诉求{r.randint(50, 900)}条,办结率{self.percent()},"
            f"群众满意率达百分之{chinese_numeral(r.randint(80, 99))}",
            f"{place}预计{r.randint(2, 5)}至{r.randint(6, 9)}天内全面复工,"
            f"{chinese_numeral(r.randint(3, 5))}分之一的企业已满负荷生产,十几个重点项目同步推进",
            f"{company}一季度营收同比增长{r.randint(2, 30)}%至{self.decimal()}亿元,"
            f"带动就业{r.randint(1, 4)}-{r.randint(5, 9)}万人,两三天内完成{r.randint(100, 999)}家企业核查",
        ]
        return r.choice(templates)

    def prose_sentence(self) -> str:
        r = self.r
        head = r.choice(
            [
                f"{r.choice(PLACES)}",
                f"{r.choice(ORGS)}相关负责人表示",
                f"据{r.choice(PEOPLE)}介绍",
                "连日来",
                "与此同时",
                "下步",
                "此外",
                "",
            ]
        )
        parts = r.sample(PROSE, r.randint(2, 5))
        if r.random() < IDIOM_SHARE:
            parts[r.randrange(len(parts))] = r.choice(IDIOM_PHRASES)
        return (head + "," if head else "") + ",".join(parts)

    def paragraph(self) -> str:
        r = self.r
        while True:
            sentences = [
                self.figure_sentence() if r.random() < FIGURE_SHARE else self.prose_sentence()
                for _ in range(r.randint(2, 6))
            ]
            if r.random() < 0.15:
                sentences[0] = f"“{sentences[0]}。”{r.choice(PEOPLE)}说,“{r.choice(PROSE)}"
                sentences[-1] += "。”"
            text = "。".join(sentences)
            text += "" if text.endswith("”") else "。"
            key = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
            if key not in self.seen:
                self.seen.add(key)
                return text

    def article(self, target_chars: int) -> str:
        r = self.r
        lines = [f"{r.choice(PLACES)}{r.choice(TITLE_WORDS)} {r.choice(TITLE_WORDS)}", ""]
        size = 0
        while size < target_chars:
            if r.random() < 0.12:
                lines += [r.choice(HEADINGS), ""]
            paragraph = self.paragraph()
            lines += [paragraph, ""]
            size += len(paragraph)
        lines.append(f"记者 {r.choice(PEOPLE)} 通讯员 {r.choice(PEOPLE)}")
        return "\n".join(lines) + "\n"

    def articles(self) -> Iterator[str]:
        """An endless, deterministic stream of articles of 1 000 to 6 000 characters."""
        while True:
            yield self.article(self.r.randint(1000, 6000))


# --- the figure-dense corpus -------------------------------------------------------------------

#: Counters and units of the dense corpus (the grammar reads all of them).
DENSE_UNITS = [
    *COUNTERS,
    "户",
    "台",
    "辆",
    "套",
    "件",
    "次",
    "例",
    "元",
    "公斤",
    "平方米",
    "亩",
    "人次",
    "个月",
    "小时",
    "公里",
]
#: What comes before a figure in a statistical sentence (a subject, a verb); {place} etc. are filled in.
DENSE_LEADS = [
    "{place}新增",
    "{org}累计发放",
    "全县共有",
    "其中",
    "同比增长",
    "比上年减少",
    "环比提高",
    "累计完成",
    "{company}实现产值",
    "共排查",
    "一季度完成投资",
    "帮助返岗",
    "发放补贴",
    "减免税费",
    "储备{goods}",
    "涉及企业",
    "惠及群众",
    "新开工项目",
    "到岗员工",
    "复工率达",
    "{place}完成",
    "带动消费",
    "较去年同期增加",
    "占全县总量的",
    "下派服务员",
    "协调解决问题",
    "{org}受理诉求",
    "总投资",
]
#: Short clauses between figures, some with a number that is no quantity (a date, a code, an ordinal).
DENSE_FILLERS = [
    "",
    "截至{date}",
    "据统计",
    "据{person}介绍",
    "在N{code}口罩生产线上",
    "第{ordinal}批",
    "{date}起",
    "与此同时",
    "全县上下",
    "各项工作有条不紊",
    "在确保疫情防控安全的基础上",
    "据{org}统计",
    "记者从{org}获悉",
]


class DenseWriter(Writer):
    """Articles packed with figures: one quantity every 40–80 bytes, each number drawn afresh.

    Numbers come from wide ranges (log-uniform integers up to a million, decimals with one to three
    places, Chinese numerals up to 9 999), so that almost no span repeats and no cache of what a
    span means can help; the forms are the ones the grammar reads — counts, 万/亿 amounts,
    percentages and points, qualifiers before and after, ranges, Chinese numerals, thousands
    separators — between short leads and the odd date, code or ordinal. ``written`` counts the
    quantities written so far.
    """

    def __init__(self, seed: int = 20200222):
        super().__init__(seed)
        self.written = 0

    def integer(self, top: int = 10_000_000) -> int:
        """From 100 to ``top``, as many of each length of digits (so that a number is rarely met twice)."""
        return int(10 ** self.r.uniform(2, len(str(top)) - 1))

    def decimal_text(self) -> str:
        r = self.r
        return f"{r.uniform(1, 999):.{r.randint(1, 3)}f}"

    def quantity(self) -> str:
        """One quantity as news writes it, in a random form, with freshly drawn numbers."""
        r = self.r
        self.written += 1
        unit = r.choice(DENSE_UNITS)
        form = r.randrange(14)
        if form <= 2:
            return f"{self.integer()}{unit}"
        if form == 3:
            return f"{self.decimal_text()}{r.choice(['万', '亿'])}{r.choice(['元', '吨', '人', '平方米', '人次'])}"
        if form == 4:
            return f"{r.uniform(0, 100):.{r.choice([1, 1, 2])}f}%"
        if form == 5:
            return f"{r.uniform(0.1, 30):.2f}个百分点"
        if form == 6:
            return f"{r.choice(['近', '约', '超过', '逾', '不到'])}{self.integer()}{unit}"
        if form == 7:
            return f"{self.integer(100_000)}{r.choice(['多', '余'])}{unit}"
        if form == 8:
            return f"{self.integer()}{unit}{r.choice(['以上', '左右'])}"
        if form == 9:
            low = self.integer(100_000)
            return f"{low}{r.choice(['至', '-', '~', '到'])}{low + self.integer(100_000)}{unit}"
        if form == 10:
            low = r.uniform(1, 50)
            return f"{low:.1f}%-{low + r.uniform(1, 40):.1f}%"
        if form == 11:
            return f"{chinese_numeral(r.randint(1, 9999))}{r.choice(['万', '']) if unit != '%' else ''}{unit}"
        if form == 12:  # only 99 of these exist: rarely, so that they do not repeat much
            return f"百分之{chinese_numeral(r.randint(1, 99))}" if r.random() < 0.2 else f"约{self.decimal_text()}亿元"
        return f"{r.randint(1000, 9_999_999):,}{r.choice(['元', '人次', '吨'])}"

    def dense_sentence(self) -> str:
        r = self.r
        clauses = []
        for _ in range(r.randint(2, 5)):
            lead = r.choice(DENSE_LEADS).format(
                place=r.choice(PLACES), org=r.choice(ORGS), company=r.choice(COMPANIES), goods=r.choice(GOODS)
            )
            filler = r.choice(DENSE_FILLERS).format(
                date=self.date(),
                person=r.choice(PEOPLE),
                org=r.choice(ORGS),
                code=r.randint(10, 99),
                ordinal=chinese_numeral(r.randint(2, 9)),
            )
            clauses.append((filler + "," if filler else "") + lead + self.quantity())
        return ",".join(clauses)

    def paragraph(self) -> str:
        return "。".join(self.dense_sentence() for _ in range(self.r.randint(2, 6))) + "。"

    def article(self, target_chars: int) -> str:
        r = self.r
        lines = [f"{r.choice(PLACES)}{r.choice(TITLE_WORDS)}", ""]
        size = 0
        while size < target_chars:
            paragraph = self.paragraph()
            lines += [paragraph, ""]
            size += len(paragraph)
        return "\n".join(lines) + "\n"


CORPORA: dict[str, type[Writer]] = {"news": Writer, "dense": DenseWriter}


def corpus_text(megabytes: float, seed: int = 20200222, kind: str = "news") -> list[str]:
    """Articles of one corpus (``news`` or ``dense``) whose UTF-8 size adds up to at least ``megabytes`` × 10^6 B."""
    out, size = [], 0
    for article in CORPORA[kind](seed).articles():
        out.append(article)
        size += len(article.encode("utf-8"))
        if size >= megabytes * 1e6:
            return out
    raise AssertionError("unreachable")


def write_corpus(
    folder: Path, megabytes: float, seed: int = 20200222, large_file_mb: float = 0.0, kind: str = "news"
) -> tuple[int, int]:
    """Write pages of 2–6 articles into nested folders (and one file of ``large_file_mb`` MB): (files, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = CORPORA[kind](seed)
    stream = writer.articles()
    files = written = 0
    if large_file_mb:  # counts towards megabytes
        path = folder / "large" / "whole_year.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as out:
            size = 0
            while size < large_file_mb * 1e6:
                article = next(stream)
                out.write(article + "\n")
                size += len(article.encode("utf-8")) + 1
        files, written = 1, size
    while written < megabytes * 1e6:
        page = "\n\n".join(next(stream) for _ in range(writer.r.randint(2, 6)))
        path = folder / f"{files // 500:03d}" / f"page_{files:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = page.encode("utf-8")
        path.write_bytes(data)
        files += 1
        written += len(data)
    return files, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=10.0, help="size in 10^6 bytes of UTF-8 (default 10)")
    parser.add_argument("--seed", type=int, default=20200222)
    parser.add_argument("--kind", choices=sorted(CORPORA), default="news", help="which corpus (default news)")
    args = parser.parse_args(argv)
    files, size = write_corpus(args.out, args.mb, args.seed, kind=args.kind)
    print(f"{files} files, {size / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
