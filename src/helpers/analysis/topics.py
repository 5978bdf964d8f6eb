"""One definition per chart topic, and the table behind each chart.

`TOPICS` is the catalogue: each `Topic` names its chart (``name``, also the table
``topic_<name>`` and the figure file), its titles in Chinese and English, the chart kind
(a function of `helpers.charts`), the notebook that draws it, the figures it shows (by
``metric``, reported and derived) and the function that builds its table. What a topic's
figure ids and source articles are is read from the data (the figures' ``figure_id`` and
``article_id``, the derived figures' ``inputs``, the events), never typed. The notebooks,
the report tables (`helpers.report.tables`), the workbook, the Word document and the HTML
front page all read the same definition::

    inputs = topics.load_inputs()
    rates = topics.topic("resumption_rates")
    rates.frame(inputs)                     # the table the chart draws
    rates.title("zh"), rates.figure_ids(inputs), rates.chart_args(inputs, "zh")

The table functions take the loaded tables and return a tidy DataFrame in the columns the
matching chart function of ``helpers.charts`` expects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from helpers.dataset.figures import figure

__all__ = [
    "TOPICS",
    "Topic",
    "TopicInputs",
    "around",
    "counts_table",
    "grain_days_grid",
    "grain_point",
    "load_inputs",
    "range_table",
    "reference_overrides",
    "resumption_rates",
    "scale_shares",
    "source_line",
    "timeline_events",
    "topic",
    "topic_names",
]

_ROW = ["label_zh", "label_en", "value", "low", "high", "kind"]


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class TopicInputs:
    """The loaded tables every topic table is built from (``derived`` already reflects ``overrides``)."""

    figures: pd.DataFrame
    derived: pd.DataFrame
    events: pd.DataFrame
    articles: pd.DataFrame
    reference: pd.DataFrame
    overrides: Mapping[str, float] = field(default_factory=dict)


def load_inputs(overrides: Mapping[str, float] | None = None) -> TopicInputs:
    """Load the dataset once for every topic; *overrides* replace reference figures (see `reference_overrides`)."""
    from helpers.analysis.derived import derive_figures
    from helpers.dataset.articles import load_articles
    from helpers.dataset.events import load_events
    from helpers.dataset.figures import load_figures
    from helpers.dataset.reference import load_reference

    chosen = dict(overrides or {})
    return TopicInputs(
        figures=load_figures(),
        derived=derive_figures(overrides=chosen),
        events=load_events(),
        articles=load_articles(),
        reference=load_reference(),
        overrides=chosen,
    )


# --------------------------------------------------------------------------- table functions


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
        "zh": f"来源：遂昌县报道《{titles}》，数据截至{date.year}年{date.month}月{date.day}日；"
        "区间为原文措辞允许的范围。",
        "en": f"Source: Suichang county paper, {len(chosen)} article(s), figures as of {date:%d %B %Y}; "
        "ranges are what the wording admits.",
    }


def range_table(
    figures: pd.DataFrame, derived: pd.DataFrame, reported: Sequence[str], implied: Sequence[str] = ()
) -> pd.DataFrame:
    """Reported figures then derived ones, by metric, in the columns of `helpers.charts.range_bars`."""
    parts = [_rows(figures, reported, "reported")]
    if implied:
        parts.append(_rows(derived, implied, "derived"))
    return pd.concat(parts, ignore_index=True)[["metric", *_ROW, "unit"]]


def _shares(derived: pd.DataFrame, metrics: Sequence[str]) -> pd.DataFrame:
    """Each derived share of the above-scale enterprises beside its complement for the others."""
    shares = derived.set_index("metric")
    rows = []
    for metric in metrics:
        above = shares.loc[metric]
        measure_zh, measure_en = _MEASURES[metric]
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
    table = pd.DataFrame(
        rows, columns=["group_zh", "group_en", "measure_zh", "measure_en", "value", "low", "high", "kind"]
    )
    table.insert(0, "label_zh", table["group_zh"] + "·" + table["measure_zh"])
    return table


_MEASURES = {
    "above_scale_share_of_resumed_enterprises": ("占复工企业", "Share of enterprises resumed"),
    "above_scale_share_of_returned_workers": ("占到岗员工", "Share of workers back"),
}


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
    """The county's measures in date order, with the days since the first, for the timeline chart."""
    table = (
        events[["date", "label_zh", "label_en", "event_id", "quote", "article_id"]]
        .sort_values("date", kind="stable")
        .reset_index(drop=True)
    )
    table.insert(1, "days_from_first", (table["date"] - table["date"].min()).dt.days.astype("int64"))
    return table


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
    """Counts for a chart, each with its range and the article's own wording (e.g. 近2000条 / nearly 2,000)."""
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


def grain_point(reference: pd.DataFrame, overrides: Mapping[str, float]) -> tuple[float, float]:
    """The (population, daily ration in kg) point estimate for the grain chart."""
    values = {**reference.set_index("metric")["value"].to_dict(), **overrides}
    return values["county_population"], values["grain_per_capita_year"] / 365


def around(centre: float, spread: float, steps: int) -> list[float]:
    """Evenly spaced values from (1 − spread)·centre to (1 + spread)·centre."""
    return list(np.linspace(centre * (1 - spread), centre * (1 + spread), steps))


# --------------------------------------------------------------------------- the catalogue


@dataclass(frozen=True)
class Topic:
    """One chart and its table: names, titles, chart kind and the figures it shows.

    ``figures`` are metrics of ``figures.csv`` and ``derived`` metrics of `derive_figures`
    the chart shows; ``events`` says the chart shows every dated event. ``build`` makes the
    table from the inputs and the topic; ``options`` are the chart function's other keyword
    arguments (units, axis labels), by language where they are words.
    """

    name: str
    title_zh: str
    title_en: str
    chart: str
    notebook: str
    build: Callable[[TopicInputs, Topic], pd.DataFrame]
    figures: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()
    events: bool = False
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def table_name(self) -> str:
        """The name of the topic's table in the report (CSV file and workbook sheet): ``topic_<name>``."""
        return f"topic_{self.name}"

    @property
    def titles(self) -> dict[str, str]:
        return {"zh": self.title_zh, "en": self.title_en}

    def title(self, lang: str = "zh") -> str:
        return self.titles[lang]

    @property
    def sheet_title(self) -> str:
        """Both titles on one line, for a sheet or a table heading."""
        return f"{self.title_zh} {self.title_en}"

    def figure_name(self, lang: str = "zh") -> str:
        """The exported figure's file name: the topic name, with ``_en`` for the English version."""
        return self.name if lang == "zh" else f"{self.name}_{lang}"

    def frame(self, inputs: TopicInputs | None = None) -> pd.DataFrame:
        """The table behind the chart."""
        return self.build(inputs or load_inputs(), self).reset_index(drop=True)

    def figure_ids(self, inputs: TopicInputs | None = None) -> list[str]:
        """The ids of every figure, reference figure and event the chart rests on, read from the data, in order."""
        inputs = inputs or load_inputs()
        ids = list(inputs.figures.set_index("metric").loc[list(self.figures), "figure_id"])
        for joined in inputs.derived.set_index("metric").loc[list(self.derived), "inputs"]:
            ids += [item for item in str(joined).split(";") if item]
        if self.events:
            ids += list(timeline_events(inputs.events)["event_id"])
        return list(dict.fromkeys(ids))

    def article_ids(self, inputs: TopicInputs | None = None) -> list[str]:
        """The articles the chart's figures and events come from, in the order the articles are listed."""
        inputs = inputs or load_inputs()
        ids = set(self.figure_ids(inputs))
        used = set(inputs.figures.loc[inputs.figures["figure_id"].isin(ids), "article_id"])
        used |= set(inputs.events.loc[inputs.events["event_id"].isin(ids), "article_id"])
        return [a for a in inputs.articles["article_id"] if a in used]

    def source(self, inputs: TopicInputs | None = None) -> dict[str, str]:
        """The chart's source line in both languages (see `source_line`)."""
        inputs = inputs or load_inputs()
        return source_line(inputs.articles, self.article_ids(inputs))

    def chart_args(self, inputs: TopicInputs | None = None, lang: str = "zh") -> dict[str, Any]:
        """Keyword arguments for the chart function ``helpers.charts.<chart>`` besides the table."""
        inputs = inputs or load_inputs()
        options = {key: value(inputs) if callable(value) else value for key, value in self.options.items()}
        return {"title": self.titles, "source": self.source(inputs), "lang": lang, **options}

    def export_args(self, inputs: TopicInputs | None = None, lang: str = "zh") -> dict[str, Any]:
        """Keyword arguments for ``helpers.charts.export.save_figure``: name, title, figure ids, topic."""
        return {
            "name": self.figure_name(lang),
            "title": self.title(lang),
            "figure_ids": self.figure_ids(inputs),
            "topic": self.name,
        }


def _ranges(inputs: TopicInputs, t: Topic) -> pd.DataFrame:
    return range_table(inputs.figures, inputs.derived, t.figures, t.derived)


def _counts(inputs: TopicInputs, t: Topic) -> pd.DataFrame:
    return counts_table(inputs.figures, t.figures)


def _scale_shares(inputs: TopicInputs, t: Topic) -> pd.DataFrame:
    return _shares(inputs.derived, t.derived)


def _grain_point(inputs: TopicInputs) -> tuple[float, float]:
    return grain_point(inputs.reference, inputs.overrides)


def _grain_grid(inputs: TopicInputs, t: Topic) -> pd.DataFrame:
    population, ration = _grain_point(inputs)
    return grain_days_grid(inputs.figures, around(population, 0.2, 9), around(ration, 0.4, 9))


def _timeline(inputs: TopicInputs, t: Topic) -> pd.DataFrame:
    return timeline_events(inputs.events)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "resumption_rates",
        "复工率与到岗率：原文与推算",
        "Resumption and return rates: reported and implied",
        "range_bars",
        "02_enterprises_and_workforce",
        _ranges,
        figures=(
            "enterprise_resumption_rate",
            "above_scale_resumption_rate",
            "worker_return_rate",
            "above_scale_worker_return_rate",
        ),
        derived=("other_enterprise_resumption_rate", "other_worker_return_rate"),
        options={"unit": "%", "value_label": {"zh": "比率", "en": "Rate"}, "xlim": (60, 100)},
    ),
    Topic(
        "scale_shares",
        "规上与规下企业：占复工企业与到岗员工的比重",
        "Above-scale vs other enterprises: shares of enterprises resumed and workers back",
        "share_comparison",
        "02_enterprises_and_workforce",
        _scale_shares,
        derived=("above_scale_share_of_resumed_enterprises", "above_scale_share_of_returned_workers"),
        options={"unit": "%", "value_label": {"zh": "比重", "en": "Share"}},
    ),
    Topic(
        "grain_days",
        "储备粮可供天数：随人口和口粮而变",
        "Days the grain reserve lasts, by population and ration",
        "sensitivity",
        "03_grain_and_supplies",
        _grain_grid,
        derived=("grain_days_at_reference_ration",),
        options={
            "x": "population",
            "y": "ration_kg",
            "value": "days",
            "xlabel": {"zh": "人口（人）", "en": "Population (people)"},
            "ylabel": {"zh": "人均日口粮（千克）", "en": "Daily ration (kg per person)"},
            "value_label": {"zh": "可供天数（天）", "en": "Days of supply"},
            "point": _grain_point,
            "fmt": "{:.0f}",
        },
    ),
    Topic(
        "personnel",
        "抽调驰援防控一线人员",
        "Personnel sent to the front line",
        "counts",
        "04_service_personnel_publicity",
        _counts,
        figures=("medical_trainees_recalled", "recruited_talent_sent", "young_cadres_seconded", "militia_deployed"),
        options={"unit": {"zh": "人", "en": "people"}},
    ),
    Topic(
        "services",
        "驻企服务员：人数、服务对象与成效",
        "Resident service staff: numbers, units served, results",
        "counts",
        "04_service_personnel_publicity",
        _counts,
        figures=(
            "service_staff_sent",
            "enterprises_with_service_staff",
            "projects_with_service_staff",
            "problems_solved",
            "industrial_enterprises_assisted",
        ),
    ),
    Topic(
        "publicity",
        "“土法”宣传：喇叭、横幅与倡议书",
        "Low-tech publicity: loudspeakers, banners, letters",
        "counts",
        "04_service_personnel_publicity",
        _counts,
        figures=("loudspeakers", "banners", "letters_distributed"),
        options={"log": True},
    ),
    Topic(
        "timeline",
        "遂昌疫情防控与复工复产时间线",
        "Suichang: epidemic control and resumption of work, step by step",
        "timeline",
        "05_timeline",
        _timeline,
        events=True,
    ),
)
"""Every chart topic of the report, in the order the report shows them."""


def topic_names() -> list[str]:
    return [t.name for t in TOPICS]


def topic(name: str) -> Topic:
    """The topic called *name* (a `KeyError` lists the known names)."""
    for candidate in TOPICS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no chart topic {name!r}; known topics: {', '.join(topic_names())}")


def resumption_rates(figures: pd.DataFrame, derived: pd.DataFrame) -> pd.DataFrame:
    """Resumption and return rates: reported by the article and implied for the enterprises not above scale."""
    t = topic("resumption_rates")
    return range_table(figures, derived, t.figures, t.derived)


def scale_shares(figures: pd.DataFrame, derived: pd.DataFrame) -> pd.DataFrame:
    """Above-scale vs other enterprises: their share of the enterprises resumed and of the workers back."""
    return _shares(derived, topic("scale_shares").derived)
