"""Derived figures with honest ranges: totals the rates imply, shares, ratios, grain supply, elapsed days.

Each derived figure is a recipe whose ``formula`` is both what the reader sees and what is
computed: a small arithmetic expression over the names of curated figures (``metric`` in
``figures.csv``), reference figures (``reference.csv``), events (``event_id`` in
``events.csv``, as day numbers) and derived figures defined before it. It is evaluated with
interval arithmetic (``helpers.analysis.intervals``), so every result carries [low, high].

Where a formula uses the same input twice, it is written so that the input appears once
where possible (``enterprises_resumed * (100 / enterprise_resumption_rate - 1)`` rather than
``total - resumed``), because interval arithmetic treats repeated inputs as independent and
would widen the range. The expression reader is hand-written on ``ast`` (a dozen lines) so
that only names, numbers and + − × ÷ are ever evaluated.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

import pandas as pd

from helpers.analysis.intervals import Interval

__all__ = ["RECIPES", "Recipe", "derive_figures", "evaluate", "inputs_environment", "names_in"]


@dataclass(frozen=True)
class Recipe:
    """One derived figure: its name, labels, unit and formula."""

    metric: str
    label_zh: str
    label_en: str
    unit: str
    formula: str
    topic: str


RECIPES: tuple[Recipe, ...] = (
    # enterprises and workforce: totals the rates imply
    Recipe(
        "enterprises_total",
        "企业总数(按复工率推算)",
        "Enterprises in all (implied by the rate)",
        "家",
        "enterprises_resumed / (enterprise_resumption_rate / 100)",
        "enterprises",
    ),
    Recipe(
        "enterprises_not_resumed",
        "未复工企业(推算)",
        "Enterprises not yet resumed (implied)",
        "家",
        "enterprises_resumed * (100 / enterprise_resumption_rate - 1)",
        "enterprises",
    ),
    Recipe(
        "workers_total",
        "员工总数(按到岗率推算)",
        "Workers in all (implied by the rate)",
        "人",
        "workers_returned / (worker_return_rate / 100)",
        "workforce",
    ),
    Recipe(
        "workers_not_returned",
        "未到岗员工(推算)",
        "Workers not yet back (implied)",
        "人",
        "workers_returned * (100 / worker_return_rate - 1)",
        "workforce",
    ),
    Recipe(
        "above_scale_enterprises_total",
        "规上企业总数(推算)",
        "Above-scale enterprises in all (implied)",
        "家",
        "above_scale_enterprises_resumed / (above_scale_resumption_rate / 100)",
        "enterprises",
    ),
    Recipe(
        "above_scale_workers_total",
        "规上企业员工总数(推算)",
        "Workers of above-scale enterprises in all (implied)",
        "人",
        "above_scale_workers_returned / (above_scale_worker_return_rate / 100)",
        "workforce",
    ),
    Recipe(
        "above_scale_workers_not_returned",
        "规上企业未到岗员工(推算)",
        "Above-scale workers not yet back (implied)",
        "人",
        "above_scale_workers_returned * (100 / above_scale_worker_return_rate - 1)",
        "workforce",
    ),
    # the enterprises that are not above scale, by difference
    Recipe(
        "other_enterprises_resumed",
        "规下企业复工数",
        "Other (not above-scale) enterprises resumed",
        "家",
        "enterprises_resumed - above_scale_enterprises_resumed",
        "enterprises",
    ),
    Recipe(
        "other_enterprises_total",
        "规下企业总数(推算)",
        "Other enterprises in all (implied)",
        "家",
        "enterprises_total - above_scale_enterprises_total",
        "enterprises",
    ),
    Recipe(
        "other_enterprise_resumption_rate",
        "规下企业复工率(推算)",
        "Other enterprises' resumption rate (implied)",
        "%",
        "other_enterprises_resumed / other_enterprises_total * 100",
        "enterprises",
    ),
    Recipe(
        "other_workers_returned",
        "规下企业到岗员工",
        "Workers back at other enterprises",
        "人",
        "workers_returned - above_scale_workers_returned",
        "workforce",
    ),
    Recipe(
        "other_workers_total",
        "规下企业员工总数(推算)",
        "Workers of other enterprises in all (implied)",
        "人",
        "workers_total - above_scale_workers_total",
        "workforce",
    ),
    Recipe(
        "other_worker_return_rate",
        "规下企业员工到岗率(推算)",
        "Other enterprises' worker return rate (implied)",
        "%",
        "other_workers_returned / other_workers_total * 100",
        "workforce",
    ),
    Recipe(
        "above_scale_share_of_resumed_enterprises",
        "规上企业占复工企业比重",
        "Above-scale share of resumed enterprises",
        "%",
        "above_scale_enterprises_resumed / enterprises_resumed * 100",
        "enterprises",
    ),
    Recipe(
        "above_scale_share_of_returned_workers",
        "规上企业占到岗员工比重",
        "Above-scale share of workers back",
        "%",
        "above_scale_workers_returned / workers_returned * 100",
        "workforce",
    ),
    Recipe(
        "workers_per_resumed_enterprise",
        "每家复工企业到岗员工",
        "Workers back per resumed enterprise",
        "人/家",
        "workers_returned / enterprises_resumed",
        "workforce",
    ),
    Recipe(
        "workers_per_resumed_above_scale_enterprise",
        "每家规上复工企业到岗员工",
        "Workers back per above-scale enterprise",
        "人/家",
        "above_scale_workers_returned / above_scale_enterprises_resumed",
        "workforce",
    ),
    Recipe(
        "workers_per_resumed_other_enterprise",
        "每家规下复工企业到岗员工",
        "Workers back per other enterprise",
        "人/家",
        "other_workers_returned / other_enterprises_resumed",
        "workforce",
    ),
    # the service teams
    Recipe(
        "units_served",
        "派驻服务员的企业和项目",
        "Enterprises and projects given service staff",
        "家",
        "enterprises_with_service_staff + projects_with_service_staff",
        "services",
    ),
    Recipe(
        "service_staff_per_unit_served",
        "每个服务对象的驻企服务员",
        "Service staff per enterprise or project served",
        "名/家",
        "service_staff_sent / (enterprises_with_service_staff + projects_with_service_staff)",
        "services",
    ),
    Recipe(
        "problems_per_service_staff",
        "每名服务员协调解决问题数",
        "Problems solved per service staff member",
        "项/名",
        "problems_solved / service_staff_sent",
        "services",
    ),
    # grain and supplies
    Recipe(
        "grain_daily_draw",
        "储备粮日均可供量",
        "Daily draw the grain claim implies",
        "吨/天",
        "grain_reserve / grain_supply_days",
        "grain",
    ),
    Recipe(
        "grain_ration_implied",
        "推算人均日口粮(原粮)",
        "Per-person daily ration the claim implies (raw grain)",
        "千克/人/天",
        "grain_reserve * 1000 / grain_supply_days / county_population",
        "grain",
    ),
    Recipe(
        "grain_ration_reference",
        "参考人均日粮食消费(原粮)",
        "Reference per-person daily grain consumption",
        "千克/人/天",
        "grain_per_capita_year / 365",
        "grain",
    ),
    Recipe(
        "grain_days_at_reference_ration",
        "按参考消费量储备粮可供天数",
        "Days the reserve lasts at the reference ration",
        "天",
        "grain_reserve * 1000 * 365 / (county_population * grain_per_capita_year)",
        "grain",
    ),
    Recipe(
        "rice_days_of_grain_draw",
        "调拨大米相当于日均可供量的天数",
        "Days of the implied daily draw the rice sent out covers",
        "天",
        "rice_dispatched * grain_supply_days / grain_reserve",
        "grain",
    ),
    Recipe(
        "oil_days_at_reference",
        "调拨食用油按参考消费量可供天数",
        "Days the edible oil sent out lasts at the reference consumption",
        "天",
        "edible_oil_dispatched * 1000 * 365 / (county_population * edible_oil_per_capita_year)",
        "grain",
    ),
    # personnel
    Recipe(
        "personnel_sent_total",
        "抽调驰援一线人员合计",
        "Personnel sent to the front line, in all",
        "人",
        "medical_trainees_recalled + recruited_talent_sent + young_cadres_seconded + militia_deployed",
        "personnel",
    ),
    # how fast the county moved
    Recipe(
        "days_meeting_to_first_projects",
        "首次会议至首批项目复工",
        "Days from the first meeting to the first projects restarted",
        "天",
        "first_projects_restarted - first_epidemic_meeting",
        "timeline",
    ),
    Recipe(
        "days_meeting_to_all_projects",
        "首次会议至在建项目全部复工",
        "Days from the first meeting to all projects restarted",
        "天",
        "all_projects_restarted - first_epidemic_meeting",
        "timeline",
    ),
    Recipe(
        "days_meeting_to_enterprise_count",
        "首次会议至299家企业复工",
        "Days from the first meeting to the enterprise count",
        "天",
        "enterprise_count_date - first_epidemic_meeting",
        "timeline",
    ),
    Recipe(
        "days_jiahe_application_to_full_production",
        "佳禾申请复工至全面复产",
        "Days from Jiahe's application to full production",
        "天",
        "jiahe_full_production - jiahe_applied",
        "timeline",
    ),
)

_OPS = {ast.Add: "__add__", ast.Sub: "__sub__", ast.Mult: "__mul__", ast.Div: "__truediv__"}


def names_in(formula: str) -> list[str]:
    """The input names a formula uses, in the order they are written."""
    return list(dict.fromkeys(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", formula)))


def evaluate(formula: str, env: dict[str, Interval]) -> Interval:
    """Evaluate an arithmetic formula over named intervals (names, numbers, + − × ÷ and brackets only)."""

    def walk(node: ast.AST) -> Interval:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return getattr(walk(node.left), _OPS[type(node.op)])(walk(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return Interval.exact(float(node.value))
        if isinstance(node, ast.Name):
            if node.id not in env:
                raise KeyError(
                    f"formula {formula!r} uses {node.id!r}, "
                    "which is not a figure, reference, event or earlier derived figure"
                )
            return env[node.id]
        raise ValueError(f"formula {formula!r}: only names, numbers and + - * / are allowed")

    return walk(ast.parse(formula, mode="eval"))


def inputs_environment(
    figures: pd.DataFrame, events: pd.DataFrame, reference: pd.DataFrame, overrides: dict[str, float] | None = None
) -> tuple[dict[str, Interval], dict[str, str]]:
    """The named intervals formulas can use, and the id each name comes from (figure_id, ref_id or event_id)."""
    env: dict[str, Interval] = {}
    ids: dict[str, str] = {}
    for row in figures.itertuples():
        env[row.metric], ids[row.metric] = Interval(row.value, row.low, row.high), row.figure_id
    for row in reference.itertuples():
        env[row.metric], ids[row.metric] = Interval(row.value, row.low, row.high), row.ref_id
    for row in events.itertuples():
        day = float(row.date.toordinal())
        env[row.event_id], ids[row.event_id] = Interval.exact(day), row.event_id
    for name, value in (overrides or {}).items():
        if name not in env:
            raise KeyError(f"cannot override {name!r}: no such figure or reference")
        env[name], ids[name] = Interval.exact(float(value)), f"{ids[name]} (overridden)"
    return env, ids


def derive_figures(
    figures: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
    reference: pd.DataFrame | None = None,
    overrides: dict[str, float] | None = None,
) -> pd.DataFrame:
    """Every derived figure, one row each: value, low, high, unit, the formula and the ids of the figures, references
    and events behind it.
    """
    from helpers.dataset.events import load_events
    from helpers.dataset.figures import load_figures
    from helpers.dataset.reference import load_reference

    figures = load_figures() if figures is None else figures
    events = load_events() if events is None else events
    reference = load_reference() if reference is None else reference
    env, ids = inputs_environment(figures, events, reference, overrides)
    rows = []
    for recipe in RECIPES:
        result = evaluate(recipe.formula, env)
        used = list(dict.fromkeys(i for name in names_in(recipe.formula) for i in ids[name].split(";")))
        env[recipe.metric], ids[recipe.metric] = result, ";".join(used)
        rows.append(
            {
                "metric": recipe.metric,
                "label_zh": recipe.label_zh,
                "label_en": recipe.label_en,
                "topic": recipe.topic,
                "value": result.value,
                "low": result.low,
                "high": result.high,
                "unit": recipe.unit,
                "formula": recipe.formula,
                "inputs": ";".join(used),
            }
        )
    return pd.DataFrame(rows)
