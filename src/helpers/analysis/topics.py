"""The table behind each chart, one function per topic: what a notebook draws and what the workbook lists beside it.

Each function takes the loaded tables (figures, derived figures, events, articles) and
returns a tidy DataFrame in the columns the matching function of ``helpers.charts`` expects.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from helpers.dataset.figures import figure

__all__ = [
    "around",
    "counts_table",
    "grain_days_grid",
    "grain_point",
    "reference_overrides",
    "resumption_rates",
    "scale_shares",
    "source_line",
    "timeline_events",
]

_ROW = ["label_zh", "label_en", "value", "low", "high", "kind"]


def _rows(table: pd.DataFrame, metrics: Sequence[str], kind: str) -> pd.DataFrame:
    chosen = table.set_index("metric").loc[list(metrics)].reset_index()
    chosen["kind"] = kind
    return chosen


def source_line(articles: pd.DataFrame, article_ids: Sequence[str]) -> dict[str, str]:
    """The source line for a chart: the articles' titles and the date the figures run to, in Chinese and English."""
    chosen = articles.set_index("article_id").loc[list(article_ids)]
    date = pd.Timestamp(chosen["published_on_or_after"].max())
    titles = "》《".join(chosen["title"])
    return {
        "zh": f"来源:遂昌县报道《{titles}》,数据截至{date.year}年{date.month}月{date.day}日;区间为原文措辞允许的范围。",
        "en": f"Source: Suichang county paper, {len(chosen)} article(s), figures as of {date:%d %B %Y}; ranges are what the wording admits.",
    }


def resumption_rates(figures: pd.DataFrame, derived: pd.DataFrame) -> pd.DataFrame:
    """Resumption and return rates: reported by the article and implied for the enterprises that are not above scale."""
    reported = _rows(
        figures,
        [
            "enterprise_resumption_rate",
            "above_scale_resumption_rate",
            "worker_return_rate",
            "above_scale_worker_return_rate",
        ],
        "reported",
    )
    implied = _rows(derived, ["other_enterprise_resumption_rate", "other_worker_return_rate"], "derived")
    return pd.concat([reported, implied], ignore_index=True)[["metric", *_ROW]]


def scale_shares(figures: pd.DataFrame, derived: pd.DataFrame) -> pd.DataFrame:
    """Above-scale vs other enterprises: their share of the enterprises resumed and of the workers back."""
    shares = derived.set_index("metric")
    rows = []
    for measure_zh, measure_en, metric in (
        ("占复工企业", "Share of enterprises resumed", "above_scale_share_of_resumed_enterprises"),
        ("占到岗员工", "Share of workers back", "above_scale_share_of_returned_workers"),
    ):
        above = shares.loc[metric]
        rows.append(
            ("规上企业", "Above-scale", measure_zh, measure_en, above["value"], above["low"], above["high"], "derived")
        )
        rows.append(
            (
                "规下企业",
                "Other",
                measure_zh,
                measure_en,
                100 - above["value"],
                100 - above["high"],
                100 - above["low"],
                "derived",
            )
        )
    return pd.DataFrame(
        rows, columns=["group_zh", "group_en", "measure_zh", "measure_en", "value", "low", "high", "kind"]
    )


def grain_days_grid(figures: pd.DataFrame, populations: Sequence[float], rations_kg: Sequence[float]) -> pd.DataFrame:
    """Days the grain reserve lasts for each population and daily ration (kg of raw grain per person per day)."""
    reserve_kg = figure(figures, "grain_reserve")["value"] * 1000
    pop, ration = np.meshgrid(np.asarray(populations, float), np.asarray(rations_kg, float))
    return pd.DataFrame(
        {
            "population": pop.ravel(),
            "ration_kg": ration.ravel(),
            "days": (reserve_kg / (pop * ration)).ravel(),
        }
    )


def timeline_events(events: pd.DataFrame) -> pd.DataFrame:
    """The county's measures in date order, for the timeline chart."""
    return (
        events[["date", "label_zh", "label_en", "event_id", "quote", "article_id"]]
        .sort_values("date", kind="stable")
        .reset_index(drop=True)
    )


_QUALIFIER_EN = {
    "多": "more than",
    "余": "more than",
    "上": "upwards of",
    "近": "nearly",
    "约": "about",
    "以上": "at least",
    "左右": "about",
}
_UNIT_EN = {
    "名": "people",
    "人": "people",
    "个": "items",
    "条": "banners",
    "份": "copies",
    "家": "units",
    "项": "problems",
}


def counts_table(figures: pd.DataFrame, metrics: Sequence[str]) -> pd.DataFrame:
    """Counts for a bar chart, each with its range and the article's own wording (e.g. 近2000条 / nearly 2,000)."""
    chosen = _rows(figures, metrics, "reported")
    chosen["qualifier_zh"] = [
        q[: len(q) - len(u)] if u and q.endswith(u) else q for q, u in zip(chosen["quote"], chosen["unit"])
    ]
    chosen["qualifier_en"] = [
        f"{_QUALIFIER_EN.get(q, '')} {v:,.0f}".strip() for q, v in zip(chosen["qualifier"], chosen["value"])
    ]
    chosen["unit_zh"] = chosen["unit"]
    chosen["unit_en"] = [_UNIT_EN.get(u, u) for u in chosen["unit"]]
    return chosen[["metric", *_ROW, "qualifier_zh", "qualifier_en", "unit_zh", "unit_en"]]


def reference_overrides(
    population: float | None = None, grain_kg_per_person_year: float | None = None
) -> dict[str, float]:
    """The notebook parameters that replace reference figures (None keeps data/reference.csv)."""
    chosen = {"county_population": population, "grain_per_capita_year": grain_kg_per_person_year}
    return {name: float(value) for name, value in chosen.items() if value is not None}


def grain_point(reference: pd.DataFrame, overrides: dict[str, float]) -> tuple[float, float]:
    """The (population, daily ration in kg) point estimate for the grain chart."""
    values = {**reference.set_index("metric")["value"].to_dict(), **overrides}
    return values["county_population"], values["grain_per_capita_year"] / 365


def around(centre: float, spread: float, steps: int) -> list[float]:
    """Evenly spaced values from (1 − spread)·centre to (1 + spread)·centre."""
    return list(np.linspace(centre * (1 - spread), centre * (1 + spread), steps))
