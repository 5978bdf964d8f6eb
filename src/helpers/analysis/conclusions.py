"""What each topic shows, in Chinese and English, built from the computed figures: notebook intros and conclusions.

Every number in these sentences comes from the tables (figures, derived figures, events,
references, the claims audit) through ``helpers.analysis.wording``, and every comparison the text
makes (more, fewer, within, cautious, generous) is decided here from the ranges, so a changed input
or parameter (``-p population=…``) changes the sentence.

- ``TOPICS``: topic name → function ``(Tables) -> Wording``; the names are the chart topics' names
  (``resumption_rates``, ``grain_days`` …, as ``helpers.analysis.topics`` names them), plus ``figures``
  for the dataset itself.
- ``INTROS``: notebook topic → the short factual intro that restates the article's figures.
- ``topic_conclusions(name, params)``: ``{"zh": …, "en": …}`` for the exports (Word, HTML).
- ``markdown(*wordings)``: the Chinese paragraphs, then the English ones, for ``IPython.display.Markdown``.
- ``conclusions_for_charts(topics, params)``: the same for every chart of a report, the tables loaded once.

Over 500 lines because each topic is a pair of paragraphs written side by side in two languages; keeping a
topic's Chinese and English in one function is what keeps them saying the same thing.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.analysis.intervals import Interval
from helpers.analysis.topics import reference_overrides
from helpers.analysis.wording import Wording, date_en, date_zh, full_width_punctuation, say, say_range

__all__ = [
    "INTROS",
    "TOPICS",
    "Tables",
    "article_summary",
    "compare",
    "conclusions_beside",
    "conclusions_for_charts",
    "figures_summary",
    "grain",
    "grain_intro",
    "enterprises_intro",
    "markdown",
    "personnel",
    "plain_text",
    "publicity",
    "range_examples",
    "resumption_rates",
    "scale_shares",
    "services",
    "services_intro",
    "timeline",
    "timeline_intro",
    "topic_conclusions",
]


@dataclass
class Tables:
    """The tables the sentences are built from; whatever is not given is loaded on first use (``overrides``:
    reference figures replaced by notebook parameters, as ``topics.reference_overrides`` makes them)."""

    figures: pd.DataFrame | None = None
    derived: pd.DataFrame | None = None
    events: pd.DataFrame | None = None
    reference: pd.DataFrame | None = None
    articles: pd.DataFrame | None = None
    not_figures: pd.DataFrame | None = None
    overrides: dict[str, float] = field(default_factory=dict)

    def __post_init__(self):
        from helpers.dataset import articles, events, figures, reference

        loaders: dict[str, Callable[[], pd.DataFrame]] = {
            "figures": figures.load_figures,
            "events": events.load_events,
            "reference": reference.load_reference,
            "articles": articles.load_articles,
            "not_figures": figures.load_not_figures,
        }
        for name, load in loaders.items():
            if getattr(self, name) is None:
                setattr(self, name, load())
        if self.derived is None:
            from helpers.analysis.derived import derive_figures

            self.derived = derive_figures(self.figures, self.events, self.reference, self.overrides)

    @classmethod
    def from_inputs(cls, inputs: Any) -> Tables:
        """The tables a chart topic was drawn from (``helpers.analysis.topics.TopicInputs``), not loaded again."""
        return cls(
            figures=inputs.figures,
            derived=inputs.derived,
            events=inputs.events,
            reference=inputs.reference,
            articles=inputs.articles,
            overrides=dict(inputs.overrides),
        )

    def fig(self, metric: str) -> pd.Series:
        """A figure of the articles by its metric."""
        return _row(self.figures, metric, "figure")

    def der(self, metric: str) -> pd.Series:
        """A derived figure by its metric."""
        return _row(self.derived, metric, "derived figure")

    def ref(self, metric: str) -> pd.Series:
        """A reference figure by its metric, with the value a parameter put in its place."""
        row = _row(self.reference, metric, "reference figure").copy()
        if metric in self.overrides:
            row["value"] = row["low"] = row["high"] = float(self.overrides[metric])
        return row


def _said(zh: str, en: str) -> Wording:
    """A conclusion, its Chinese with full-width punctuation."""
    return Wording(full_width_punctuation(zh), en)


def _row(frame: pd.DataFrame, metric: str, what: str) -> pd.Series:
    match = frame[frame["metric"] == metric]
    if match.empty:
        raise KeyError(f"no {what} with metric {metric!r}")
    return match.iloc[0]


def _iv(row: pd.Series) -> Interval:
    return Interval(float(row["value"]), float(row["low"]), float(row["high"]))


def compare(a: Interval, b: Interval) -> str:
    """How range ``a`` stands to range ``b``: ``below`` or ``above`` when they do not overlap, else ``within``."""
    if a.high < b.low:
        return "below"
    if a.low > b.high:
        return "above"
    return "within"


def markdown(*parts: Wording) -> str:
    """The Chinese paragraphs, then the English ones, as Markdown."""
    return "\n\n".join([*(p.zh for p in parts), *(p.en for p in parts)])


def _as_of(t: Tables, metric: str) -> tuple[str, str]:
    day = t.fig(metric)["as_of"]
    return date_zh(day), date_en(day)


# -- the dataset (notebook 01) -------------------------------------------------------------------------------------

_KIND_NAMES = {
    "exact": ("原文写明的精确数", "exact as written"),
    "rounded": ("四舍五入的数(百分比、万/亿)", "rounded (percentages, 万/亿 amounts)"),
    "more": ("“多、余、上”之类的约数(下限)", "hedged upwards (多, 余, 上: more than)"),
    "nearly": ("“近”之类的约数(上限)", "hedged downwards (近: nearly)"),
    "about": ("“约”之类的约数", "about (约, 左右)"),
    "range": ("区间", "ranges"),
    "less": ("“不超过、以下”之类的上限", "bounded above (不超过, 以下: up to)"),
}


def _kinds(frame: pd.DataFrame) -> tuple[str, str]:
    """How many figures of each kind a table holds, and whether most, half or fewer than half are exact."""
    counts = frame["kind"].value_counts()
    n, exact = len(frame), int(counts.get("exact", 0))
    parts_zh = "、".join(f"{int(c)}个{_KIND_NAMES.get(k, (k, k))[0]}" for k, c in counts.items())
    parts_en = ", ".join(f"{int(c)} {_KIND_NAMES.get(k, (k, k))[1]}" for k, c in counts.items())
    if exact == n:
        share = ("全部", "All")
    elif exact * 2 > n:
        share = ("多数", "Most")
    else:
        share = ("一半", "Half") if exact * 2 == n else ("不到一半", "Fewer than half")
    zh = f"其中{parts_zh}。{share[0]}是精确数" + (
        ";其余每个数字都带着措辞允许的区间,由它们算出的比率也是区间。" if exact < n else "。"
    )
    en = f"{parts_en}. {share[1]} are exact" + (
        "; every other figure carries the range its wording admits, and so does any ratio built from it."
        if exact < n
        else "."
    )
    return zh, en


def _n(count: int, noun: str) -> str:
    """A count with its English noun, singular for one (1 figure, 33 figures)."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def figures_summary(t: Tables) -> Wording:
    """How many figures the articles state, how many are exact, rounded or hedged, and what is set aside."""
    n, articles = len(t.figures), t.figures["article_id"].nunique()
    kinds_zh, kinds_en = _kinds(t.figures)
    zh = f"{articles}篇报道共给出{n}个数字,{kinds_zh}"
    en = f"The {articles} articles state {n} figures: {kinds_en}"
    nf = t.not_figures
    if len(nf):
        quotes_zh = "、".join(f"“{q}”" for q in nf["quote"])
        zh += f"另有{len(nf)}处数量词({quotes_zh})是名称或修辞,不是数据,理由见 `data/not_figures.csv`。"
        en += (
            f" Another {len(nf)} quantities the extractor finds ({', '.join(f'“{q}”' for q in nf['quote'])}) are "
            "names or figures of speech, not measurements; `data/not_figures.csv` gives the reason for each."
        )
    return _said(zh, en)


def article_summary(t: Tables, article_id: str) -> Wording:
    """What one article's figures, dates and checks add up to: for the per-article overview, any article."""
    from helpers.analysis.claims import audit_claims

    known = t.articles.set_index("article_id")
    if article_id not in known.index:
        raise KeyError(f"no article {article_id!r}: known articles are {', '.join(known.index)}")
    title = known.loc[article_id, "title"]
    mine = t.figures[t.figures["article_id"] == article_id]
    if mine.empty:
        return _said(
            f"《{title}》还没有整理出数字(`python -m helpers propose {article_id}`)。",
            f"No figures of the article 《{title}》 are curated yet (`python -m helpers propose {article_id}`).",
        )
    kinds_zh, kinds_en = _kinds(mine)
    zh = f"《{title}》给出{len(mine)}个数字,{kinds_zh}"
    en = f"The article 《{title}》 states {_n(len(mine), 'figure')}: {kinds_en}"
    dated = t.events[t.events["article_id"] == article_id]
    if len(dated):
        first, last = dated["date"].min(), dated["date"].max()
        zh += f"文中{len(dated)}个事件注明了日期,从{date_zh(first)}到{date_zh(last)}。"
        en += f" It dates {_n(len(dated), 'event')}, from {date_en(first)} to {date_en(last)}."
    ids = set(mine["figure_id"])
    claims = audit_claims(t.figures, t.events, t.derived)
    mine_claims = claims[[bool(ids & set(str(s).split(";"))) for s in claims["source"]]]
    if len(mine_claims):
        good = int(mine_claims["consistent"].sum())
        zh += f"可核验的{len(mine_claims)}项说法中,{good}项与数据相符。"
        agree = f"all {good} agree" if good == len(mine_claims) > 1 else f"{good} {'agrees' if good == 1 else 'agree'}"
        en += f" Of the {_n(len(mine_claims), 'claim')} its figures let us check, {agree} with the figures."
    else:
        zh += "文中没有可以核验的比率或部分与整体。"
        en += " It states no rate or part of a whole that can be checked."
    return _said(zh, en)


_EXAMPLE_NAMES = {
    "exact": ("精确数", "exact"),
    "rounded": ("取整数", "rounded"),
    "more": ("往上的约数", "more than"),
    "nearly": ("往下的约数", "nearly"),
    "about": ("上下的约数", "about"),
    "range": ("区间", "a range"),
}


def range_examples(t: Tables) -> Wording:
    """One figure of each kind (its shortest quote) with the range its wording admits: a key to ``low``/``high``."""
    zh, en = [], []
    for kind, (kind_zh, kind_en) in _EXAMPLE_NAMES.items():
        rows = t.figures[t.figures["kind"] == kind]
        if rows.empty:
            continue
        row = rows.loc[rows["quote"].str.len().idxmin()]
        bounds = {"value": row["value"], "low": row["low"], "high": row["high"], "unit": row["unit"]}
        span = say({**bounds, "kind": "range"}) if row["low"] != row["high"] else say({**bounds, "kind": "exact"})
        zh.append(f"“{row['quote']}”({kind_zh})为{span.zh}")
        en.append(f"“{row['quote']}” ({kind_en}) is {span.en}")
    return _said(
        "`low` 与 `high` 是原文措辞允许的范围:" + ";".join(zh) + "。",
        "`low` and `high` are the range the wording admits: " + "; ".join(en) + ".",
    )


# -- enterprises and workforce (notebook 02) -----------------------------------------------------------------------


def enterprises_intro(t: Tables) -> Wording:
    """What the lead story reports on enterprises and workers, with its date."""
    zh_day, en_day = _as_of(t, "enterprises_resumed")
    e, er = say(t.fig("enterprises_resumed")), say(t.fig("enterprise_resumption_rate"))
    w, wr = say(t.fig("workers_returned"), noun_en="workers"), say(t.fig("worker_return_rate"))
    zh = (
        f"报道称,截至{zh_day},遂昌{e.zh}企业开工复工,复工率{er.zh};复工到岗员工{w.zh},到岗率{wr.zh};"
        "并单列规上企业的数字。这些比率意味着全县共有多少企业和员工?规下企业情况如何?每个推算数都带着取整后的比率允许的区间。"
    )
    en = (
        f"By {en_day} the lead story reports {e.en} resumed (复工) at a resumption rate (复工率) of {er.en}, and "
        f"{w.en} back (到岗) at a return rate (到岗率) of {wr.en}, with separate figures for above-scale enterprises "
        "(规上企业). How many enterprises and workers do these rates imply, and how did the smaller ones fare? "
        "Every derived number carries the range the rounded rates allow."
    )
    return _said(zh, en)


_SIDE = {"below": ("低于", "below"), "above": ("高于", "above"), "within": ("与之相当(区间重叠)", "in line with")}


def resumption_rates(t: Tables) -> Wording:
    """Enterprises and workers not yet back, as the rates imply, and how the smaller enterprises compare."""
    zh_day, en_day = _as_of(t, "enterprises_resumed")
    total, missing = say(t.der("enterprises_total")), say(t.der("enterprises_not_resumed"))
    workers_missing = say(t.der("workers_not_returned"), unit="名", noun_en="workers")
    other, above = t.der("other_worker_return_rate"), t.fig("above_scale_worker_return_rate")
    side = compare(_iv(other), _iv(above))
    o_e, a_e = t.der("other_enterprise_resumption_rate"), t.fig("above_scale_resumption_rate")
    side_e = compare(_iv(o_e), _iv(a_e))
    zh = (
        f"按复工率推算,截至{zh_day}全县约有{total.zh}企业,其中{missing.zh}尚未复工;按到岗率推算,"
        f"{workers_missing.zh}员工尚未到岗。规下企业的推算复工率为{say(o_e).zh},{_SIDE[side_e][0]}规上企业的{say(a_e).zh};"
        f"推算员工到岗率为{say(other).zh},{_SIDE[side][0]}规上企业的{say(above).zh}。"
    )
    en = (
        f"The rates imply that on {en_day} the county had {total.en} in all, of which {missing.en} had not resumed, "
        f"and that {workers_missing.en} were not yet back. The other (not above-scale) enterprises' implied "
        f"resumption rate is {say(o_e).en}, {_SIDE[side_e][1]} the above-scale {say(a_e).en}; their implied worker "
        f"return rate is {say(other).en}, {_SIDE[side][1]} the above-scale {say(above).en}."
    )
    return _said(zh, en)


def scale_shares(t: Tables) -> Wording:
    """The above-scale enterprises' share of the enterprises resumed against their share of the workers back."""
    firms, staff = t.der("above_scale_share_of_resumed_enterprises"), t.der("above_scale_share_of_returned_workers")
    per_above, per_other = (
        t.der("workers_per_resumed_above_scale_enterprise"),
        t.der("workers_per_resumed_other_enterprise"),
    )
    firms_part = (
        ("少数", "a minority")
        if firms["high"] < 50
        else ("多数", "a majority")
        if firms["low"] > 50
        else ("约一半", "about half")
    )
    staff_part = (
        ("大多数", "most")
        if staff["low"] > 50
        else ("少数", "a minority")
        if staff["high"] < 50
        else ("约一半", "about half")
    )
    ratio = _iv(per_above) / _iv(per_other)
    rates = say(t.fig("enterprise_resumption_rate")).zh, say(t.fig("worker_return_rate")).zh
    times = say_range(ratio.low, ratio.high, "", value=ratio.value)
    above_zh, other_zh = (say(r, unit="人", count=False).zh for r in (per_above, per_other))
    above_en, other_en = (say(r, unit="人", count=False, noun_en="workers").en for r in (per_above, per_other))
    zh = (
        f"规上企业只占复工企业的{say(firms).zh}({firms_part[0]}),却占到岗员工的{say(staff).zh}({staff_part[0]}):"
        f"每家规上复工企业平均到岗{above_zh},规下企业平均{other_zh},前者约为后者的{times.zh}倍。"
        f"区间只来自比率的取整;原文没有说明{rates[0]}和{rates[1]}是否统计同一批企业,而差额推算假定如此。"
    )
    en = (
        f"Above-scale enterprises are {say(firms).en} of the enterprises resumed ({firms_part[1]}) but hold "
        f"{say(staff).en} of the workers back ({staff_part[1]}): {above_en} per resumed above-scale "
        f"enterprise against {other_en} per other enterprise, about "
        f"{times.en} times as many. The ranges come only from the rounding of the rates; the article does not say "
        "whether its two rates count the same enterprises, which the by-difference figures assume."
    )
    return _said(zh, en)


# -- grain and supplies (notebook 03) ------------------------------------------------------------------------------


def grain_intro(t: Tables) -> Wording:
    """What the article says of the grain reserve and the supplies sent out."""
    reserve, days = say(t.fig("grain_reserve")), say(t.fig("grain_supply_days"))
    rice, oil = say(t.fig("rice_dispatched")), say(t.fig("edible_oil_dispatched"))
    zh = (
        f"县中心粮库储备原粮{reserve.zh},报道称“可供全县人民供粮{days.zh}”,并已调拨{rice.zh}大米和{oil.zh}食用油。"
        "这一说法意味着每天消耗多少、人均口粮多少?换一个人口或口粮假设,结论如何变化?"
        "人口和参考口粮取自 `data/reference.csv`,请看其 `status` 列:全国人均粮油消费量是**假设**,这里未核对原始来源。"
    )
    en = (
        f"The county's central granary (县中心粮库) held {reserve.en} of raw grain (原粮), said to feed the county for "
        f"{days.en}, and had sent out {rice.en} of rice and {oil.en} of edible oil. What daily draw and per-person "
        "ration does the claim imply, and how does it change with the population and ration one assumes? The "
        "population and the reference rations come from `data/reference.csv`; see its `status` column: the national "
        "per-capita grain and oil figures are **assumptions** not verified from their source here."
    )
    return _said(zh, en)


def grain(t: Tables) -> Wording:
    """The grain claim against the population and the reference ration: cautious, generous or within."""
    population = t.ref("county_population")
    pop = say({**population, "kind": "exact"}, noun_en="residents")
    chosen = ("(参数指定)", " (set as a parameter)") if "county_population" in t.overrides else ("", "")
    per_year = t.ref("grain_per_capita_year")
    draw, ration = t.der("grain_daily_draw"), t.der("grain_ration_implied")
    reference, at_reference = t.der("grain_ration_reference"), t.der("grain_days_at_reference_ration")
    claim = t.fig("grain_supply_days")
    said_claim = say(claim)
    side = compare(_iv(at_reference), _iv(claim))
    ration_side = compare(_iv(ration), _iv(reference))
    kg = {"unit": "千克"}
    census = (
        ("人口是参数指定的值,而非普查数", "the population is the one set as a parameter, not the census count")
        if chosen[0]
        else (
            f"人口取自{population['year']}年人口普查的常住人口,而非当年2月的实际人数",
            f"the population is the residents the {population['year']} census counted, not those present in February",
        )
    )
    verdict = {
        "above": (
            "比报道的更长,这一说法是保守的,并非夸大",
            "longer than claimed, so the claim is cautious, not generous",
        ),
        "below": ("比报道的更短,这一说法偏乐观", "shorter than claimed, so the claim is generous"),
        "within": ("落在报道的范围之内,说法与参考口粮相符", "within the claim, which agrees with the reference ration"),
    }[side]
    more_less = {"above": ("高于", "more than"), "below": ("低于", "less than"), "within": ("接近", "close to")}[
        ration_side
    ]
    zh = (
        f"要使储备粮可供{said_claim.zh},每天须动用{say(draw, unit='吨').zh}原粮;按常住人口{pop.zh}{chosen[0]}计算,"
        f"相当于每人每天{say(ration, **kg).zh},{more_less[0]}参考的全国居民人均消费量"
        f"(每年{say({**per_year, 'kind': 'exact', 'unit': '千克'}).zh},即每天{say(reference, **kg).zh})。"
        f"按参考消费量,储备可供{say(at_reference).zh},而报道说{said_claim.zh}:可供天数{verdict[0]}。"
        f"参考值不含在外就餐;{census[0]};热力图显示任一假设变化对结论的影响。"
    )
    en = (
        f"For the reserve to last {said_claim.en}, it must be drawn at {say(draw, unit='吨').en} of raw grain; for "
        f"{pop.en}{chosen[1]} that is {say(ration, **kg).en} per person a day, {more_less[1]} the national household "
        f"consumption used as a reference ({say({**per_year, 'kind': 'exact', 'unit': '千克'}).en} a year, "
        f"{say(reference, **kg).en} a day). At that reference the reserve lasts {say(at_reference).en} against the "
        f"claimed {said_claim.en}: {verdict[1]}. The reference excludes food eaten away from home; {census[1]}; the "
        "heat map shows how far either assumption moves the answer."
    )
    return _said(zh, en)


# -- service teams, personnel, publicity (notebook 04) -------------------------------------------------------------


def services_intro(t: Tables) -> Wording:
    """What the articles say of the service teams, the personnel sent and the publicity."""
    staff = say(t.fig("service_staff_sent"), noun_en="resident service staff (驻企服务员)")
    firms = say(t.fig("enterprises_with_service_staff"))
    projects = say(t.fig("projects_with_service_staff"), noun_en="key projects")
    problems = say(t.fig("problems_solved"), noun_en="problems")
    zh = (
        f"县里向{firms.zh}重点企业和{projects.zh}重点项目下派{staff.zh}“驻企服务员”,帮助协调解决问题{problems.zh};"
        "还召回、抽调医学定向培养生、引进人才、年轻干部和民兵驰援一线,并用喇叭、横幅和倡议书开展宣传。"
        "服务队伍与服务对象相比规模如何?这些约数有多大?"
    )
    en = (
        f"The county sent {staff.en} to {firms.en} and {projects.en}; they helped solve {problems.en}. It recalled "
        "and seconded medical trainees, specialists, cadres and militia to the front line, and put up loudspeakers, "
        "banners and letters. How do the teams compare with what they served, and how large are the hedged counts?"
    )
    return _said(zh, en)


def services(t: Tables) -> Wording:
    """Service staff per unit served and problems per staff member, with the comparison decided from the ranges."""
    per_unit, per_staff = t.der("service_staff_per_unit_served"), t.der("problems_per_service_staff")
    units = say(t.der("units_served"), noun_en="enterprises and projects")
    whole = math.floor(per_unit["low"])
    if whole >= 1:
        staff_zh, staff_en = f"超过{whole}名", f"more than {whole} per enterprise or project served"
    else:
        staff_zh, staff_en = "不到一名", "fewer than one per enterprise or project served"
    if per_staff["high"] < 1:
        load_zh, load_en = "不到一项", "under one per staff member"
        verdict = ("相对于记录在案的问题,服务队伍规模很大", "the teams were large relative to the problems recorded")
    else:
        load_zh, load_en = "至少一项", "at least one per staff member"
        verdict = ("每名服务员平均协调至少一个问题", "each staff member helped with at least one problem on average")
    zh = (
        f"服务员分到{units.zh}企业和项目,平均每个服务对象{say(per_unit, unit='名', count=False).zh}({staff_zh});"
        f"记录的问题{say(t.fig('problems_solved')).zh},折合每名服务员{say(per_staff, unit='项', count=False).zh}"
        f"({load_zh}):{verdict[0]}。"
    )
    en = (
        f"The staff went to {units.en}, {say(per_unit, count=False, noun_en='staff').en} each on average "
        f"({staff_en}); the {say(t.fig('problems_solved'), noun_en='problems').en} recorded make "
        f"{say(per_staff, count=False, noun_en='').en} per staff member ({load_en}): {verdict[1]}."
    )
    return _said(zh, en)


def personnel(t: Tables) -> Wording:
    """The personnel sent to the front line in all, and which count makes the total a range."""
    parts = ["medical_trainees_recalled", "recruited_talent_sent", "young_cadres_seconded", "militia_deployed"]
    total = say(t.der("personnel_sent_total"), noun_en="people")
    hedged = [t.fig(m) for m in parts if t.fig(m)["kind"] != "exact"]
    zh = f"抽调驰援一线的人员合计{total.zh}"
    en = f"The personnel sent to the front line total {total.en}"
    if hedged:
        zh += ",其中" + "、".join(f"{r['label_zh']}“{r['quote']}”" for r in hedged) + ",所以合计是区间而不是一个数。"
        en += (
            ", a range because "
            + " and ".join(f"{r['label_en'].lower()} is “{r['quote']}” ({say(r).en})" for r in hedged)
            + "."
        )
    else:
        zh, en = zh + ",每一项都是精确数。", en + "; every count is exact."
    return _said(zh, en)


_PUBLICITY_NOUNS = {"loudspeakers": "loudspeakers", "banners": "banners and slogans", "letters_distributed": "letters"}


def publicity(t: Tables) -> Wording:
    """The publicity counts with their ranges, and the widest of them."""
    rows = [t.fig(m) for m in _PUBLICITY_NOUNS]
    hedged = [r for r in rows if r["kind"] != "exact"]
    widest = max(rows, key=lambda r: (r["high"] - r["low"]) / r["value"])
    span = say({**widest, "kind": "range"}, noun_en=_PUBLICITY_NOUNS[widest["metric"]])
    listed_zh = "、".join(f"{r['label_zh']}{say(r).zh}" for r in rows)
    listed_en = ", ".join(say(r, noun_en=_PUBLICITY_NOUNS[r["metric"]]).en for r in rows)
    share = (
        ("每个宣传数字都是约数", "every publicity count is hedged")
        if len(hedged) == len(rows)
        else (
            f"{len(hedged)}个宣传数字是约数",
            f"{len(hedged)} of the {len(rows)} publicity counts are hedged",
        )
    )
    zh = f"宣传方面,{listed_zh}:{share[0]}。“{widest['quote']}”可以是{span.zh}中的任何数,所以图中画的是区间,而不是点。"
    en = (
        f"On publicity, {listed_en}: {share[1]}. “{widest['quote']}” admits anything in {span.en}, so the chart "
        "shows ranges, not points."
    )
    return _said(zh, en)


# -- the timeline (notebook 05) ------------------------------------------------------------------------------------


def timeline_intro(t: Tables) -> Wording:
    """The span the articles date, and the company's own claim of its speed."""
    events = t.events.sort_values("date", kind="stable")
    first, last = t.events.set_index("event_id").loc["first_epidemic_meeting"], events.iloc[-1]
    stated = t.fig("jiahe_days_to_full_resumption")
    zh = (
        f"从{date_zh(first['date'])}(农历大年初一)的首次疫情防控会议,到{date_zh(last['date'])}的企业复工统计,"
        f"报道为{len(events)}个步骤注明了日期。它们之间相隔多少天?自称在“{stated['quote']}”内全面复工的企业,"
        "与它自己给出的日期是否相符?"
    )
    en = (
        f"From the first epidemic meeting on {date_en(first['date'])} (lunar new year's day, 农历大年初一) to the "
        f"enterprise count of {date_en(last['date'])}, the articles date {len(events)} steps. How many days separate "
        f"them, and does the company that says it reached full production in {say(stated).en} "
        f"(“{stated['quote']}”) match its own dates?"
    )
    return _said(zh, en)


def timeline(t: Tables) -> Wording:
    """Days from the first meeting to each milestone; the company's days against its dates; the claims audit."""
    from helpers.analysis.claims import audit_claims

    first, all_, count = (
        t.der(m)
        for m in ("days_meeting_to_first_projects", "days_meeting_to_all_projects", "days_meeting_to_enterprise_count")
    )
    stated, dated = t.fig("jiahe_days_to_full_resumption"), t.der("days_jiahe_application_to_full_production")
    applied = t.events.set_index("event_id").loc["jiahe_applied", "date"]
    full = t.events.set_index("event_id").loc["jiahe_full_production", "date"]
    fits = compare(_iv(stated), _iv(dated)) == "within"
    claims = audit_claims(t.figures, t.events, t.derived)
    good = int(claims["consistent"].sum())
    d = {m: say(r) for m, r in (("first", first), ("all", all_), ("count", count), ("dated", dated))}
    zh = (
        f"从首次会议起,{d['first'].zh}后第一批项目复工,{d['all'].zh}后在建项目全部复工,{d['count'].zh}后统计到企业复工数。"
        f"佳禾竹业说的“{stated['quote']}”,从申请复工({date_zh(applied)})算到全面复产({date_zh(full)})是{d['dated'].zh},"
        f"{'与其日期相符' if fits else '与其日期不符'};若从第二天获批算起,则少一天。"
        f"原文可核验的{len(claims)}项说法中,"
        + (f"{good}项全部与数据相符。" if good == len(claims) else f"{good}项与数据相符,其余见 `reason` 列。")
    )
    en = (
        f"From the first meeting it took {d['first'].en} to the first projects, {d['all'].en} to all projects and "
        f"{d['count'].en} to the enterprise count. Jiahe's {say(stated).en} (“{stated['quote']}”) run from its "
        f"application ({date_en(applied)}) to full production ({date_en(full)}): {d['dated'].en}, which "
        f"{'matches' if fits else 'does not match'} its own dates; counted from the approval the next day it would be "
        f"one day fewer. Of the {len(claims)} claims the text lets us check, "
        + (
            f"all {good} agree with the figures."
            if good == len(claims)
            else f"{good} agree with the figures; the `reason` column says why the others do not."
        )
    )
    return _said(zh, en)


# -- the registry --------------------------------------------------------------------------------------------------

#: What each topic shows, by its chart topic's name (``helpers.analysis.topics``); ``figures`` for the dataset.
TOPICS: dict[str, Callable[[Tables], Wording]] = {
    "figures": figures_summary,
    "resumption_rates": resumption_rates,
    "scale_shares": scale_shares,
    "grain_days": grain,
    "personnel": personnel,
    "services": services,
    "publicity": publicity,
    "timeline": timeline,
}

#: The factual intro of each notebook's topic.
INTROS: dict[str, Callable[[Tables], Wording]] = {
    "enterprises": enterprises_intro,
    "grain": grain_intro,
    "services": services_intro,
    "timeline": timeline_intro,
}


#: The notebook parameters the conclusions follow (the arguments of ``topics.reference_overrides``).
_PARAMS = frozenset(inspect.signature(reference_overrides).parameters)


def topic_conclusions(
    name: str, params: Mapping[str, Any] | None = None, tables: Tables | None = None
) -> dict[str, str]:
    """A topic's conclusions as ``{"zh": …, "en": …}`` for the exports; ``params`` are the notebook parameters
    (``population``, ``grain_kg_per_person_year``) that replace reference figures."""
    if name not in TOPICS:
        raise KeyError(f"no conclusions for topic {name!r}: known topics are {', '.join(TOPICS)}")
    if tables is None:
        tables = Tables(overrides=reference_overrides(**{k: v for k, v in (params or {}).items() if k in _PARAMS}))
    said = TOPICS[name](tables)
    return {"zh": said.zh, "en": said.en}


def plain_text(markdown_text: str) -> str:
    """A conclusion without its Markdown marks (inline code, bold), for Word and HTML paragraphs."""
    return markdown_text.replace("`", "").replace("**", "")


def conclusions_for_charts(names: Iterable[str], params: Mapping[str, Any] | None = None) -> dict[str, dict[str, str]]:
    """``{topic: {"zh": …, "en": …}}`` for every chart topic named that has conclusions (others are left out), in
    plain text; the tables are loaded once, and not at all when no name is a topic."""
    chosen = [name for name in names if name in TOPICS]
    if not chosen:
        return {}
    from helpers.analysis.topics import load_inputs

    overrides = reference_overrides(**{k: v for k, v in (params or {}).items() if k in _PARAMS})
    tables = Tables.from_inputs(load_inputs(overrides))
    return {
        name: {lang: plain_text(text) for lang, text in topic_conclusions(name, tables=tables).items()}
        for name in chosen
    }


def conclusions_beside(topics: Sequence[str], params: Mapping[str, Any] | None = None) -> list[dict[str, str] | None]:
    """For charts shown in this order, showing these topics: the conclusions to put beside each one.

    A topic's conclusions go beside its first chart only; a later chart of the same topic, or one whose topic
    has no conclusions, gets None. Word and the HTML front page both place them by this rule.
    """
    said = conclusions_for_charts(topics, params)
    beside: list[dict[str, str] | None] = []
    for position, topic in enumerate(topics):
        first = topic not in topics[:position]
        beside.append(said.get(topic) if first else None)
    return beside
