"""helpers.analysis.claims: the article's own arithmetic checked, and a deliberately inconsistent input flagged."""

import pandas as pd

from helpers import audit_claims, load_figures
from helpers.dataset.events import load_events


def test_claims_audit_on_the_real_data():
    claims = audit_claims().set_index("claim_id")
    assert claims["consistent"].all()
    assert claims.loc["c01", "recomputed"].endswith("whole numbers: 320–323")
    assert claims.loc["c10", "recomputed"] == "5 days"


def test_claims_audit_flags_a_deliberately_inconsistent_input():
    figures = load_figures()
    # more above-scale workers than workers in all, and a rate no whole number of enterprises can give
    bad = _with(figures, "above_scale_workers_returned", 20000, 20000, 20000)
    bad = _with(bad, "above_scale_resumption_rate", 99.8, 99.75, 99.85)  # 74 / n can't be 99.8 %
    bad = _with(bad, "jiahe_days_to_full_resumption", 3, 3, 3)
    claims = audit_claims(bad, load_events()).set_index("claim_id")
    assert not claims.loc["c06", "consistent"] and "larger than the whole" in claims.loc["c06", "reason"]
    assert not claims.loc["c03", "consistent"]
    assert not claims.loc["c10", "consistent"] and "not 3" in claims.loc["c10", "reason"]
    assert claims.loc["c01", "consistent"]


def _with(figures: pd.DataFrame, metric: str, value: float, low: float, high: float) -> pd.DataFrame:
    edited = figures.copy()
    edited.loc[edited["metric"] == metric, ["value", "low", "high"]] = [value, low, high]
    return edited
