"""Derived figures, interval arithmetic and the claims audit: hand-computed cases, range endpoints, the real data."""

import pytest

from helpers import derive_figures
from helpers.analysis.derived import evaluate, names_in
from helpers.analysis.intervals import Interval


def test_a_rate_implies_a_total_with_its_range():
    total = evaluate("count / (rate / 100)", {"count": Interval.exact(299), "rate": Interval(93, 92.5, 93.5)})
    assert total.value == pytest.approx(321.505376, rel=1e-6)
    assert total.low == pytest.approx(299 / 0.935) and total.high == pytest.approx(299 / 0.925)


def test_formulas_allow_only_arithmetic():
    with pytest.raises(ValueError):
        evaluate("__import__('os')", {})
    with pytest.raises(KeyError, match="not a figure"):
        evaluate("nowhere + 1", {})
    assert names_in("a * (100 / b - 1)") == ["a", "b"]


@pytest.fixture(scope="module")
def derived():
    return derive_figures().set_index("metric")


def test_derived_figures_on_the_real_data(derived):
    assert derived.loc["enterprises_total", "low"] == pytest.approx(319.786, abs=1e-3)
    assert derived.loc["enterprises_total", "high"] == pytest.approx(323.243, abs=1e-3)
    assert derived.loc["enterprises_not_resumed", "value"] == pytest.approx(22.505, abs=1e-3)
    assert derived.loc["workers_total", "value"] == pytest.approx(11676 / 0.76)
    assert derived.loc["above_scale_share_of_returned_workers", "value"] == pytest.approx(9159 / 11676 * 100)
    assert derived.loc["other_enterprises_resumed", "value"] == 225
    assert derived.loc["other_workers_returned", "value"] == 2517
    assert derived.loc["service_staff_per_unit_served", "value"] == pytest.approx(528 / 229)
    assert derived.loc["personnel_sent_total", ["low", "high"]].tolist() == [130, 140]  # 36 + 2 + 32 + 60余
    assert derived.loc["grain_daily_draw", "low"] == pytest.approx(13350 / 150)
    assert derived.loc["grain_daily_draw", "high"] == pytest.approx(13450 / 135)
    assert derived.loc["days_meeting_to_first_projects", "value"] == 19
    assert derived.loc["days_meeting_to_all_projects", "value"] == 25
    assert derived.loc["days_jiahe_application_to_full_production", "value"] == 5


def test_every_derived_figure_has_a_recipe_and_inputs(derived):
    assert (derived["low"] <= derived["value"] + 1e-9).all() and (derived["value"] <= derived["high"] + 1e-9).all()
    assert derived["formula"].str.len().gt(0).all() and derived["inputs"].str.len().gt(0).all()
    assert set(derived.loc["enterprises_total", "inputs"].split(";")) == {"lr14", "lr15"}
    assert "ref01" in derived.loc["grain_ration_implied", "inputs"]


def test_a_population_override_changes_the_per_person_figures():
    base = derive_figures().set_index("metric")
    doubled = derive_figures(overrides={"county_population": 2 * 194385}).set_index("metric")
    assert doubled.loc["grain_ration_implied", "value"] == pytest.approx(base.loc["grain_ration_implied", "value"] / 2)
    assert "(overridden)" in doubled.loc["grain_ration_implied", "inputs"]
