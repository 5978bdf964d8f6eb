"""The articles' own arithmetic, audited: each claim the text lets us check, recomputed with its range.

Kinds of check:

* a stated rate against the count it relates: some whole number of enterprises (or
  workers) must make ``count / total`` round to the stated percentage;
* a part against its whole (above-scale enterprises and workers within all of them);
* two statements of the same thing (100% and 百分百 of key projects);
* a stated duration against its dates (the company that reached full production 'in 5 days');
* the grain claim against a reference ration (``data/reference.csv``).
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.analysis.intervals import Interval

__all__ = [
    "COLUMNS",
    "audit_claims",
    "duration_check",
    "grain_check",
    "part_check",
    "rate_check",
    "same_statement_check",
    "whole_numbers_between",
]

COLUMNS = ["claim_id", "claim", "source", "check", "recomputed", "low", "high", "consistent", "reason"]


def _iv(figures: pd.DataFrame, metric: str) -> Interval:
    row = figures.set_index("metric").loc[metric]
    return Interval(row["value"], row["low"], row["high"])


def _quote(figures: pd.DataFrame, *metrics: str) -> tuple[str, str]:
    rows = figures.set_index("metric").loc[list(metrics)]
    return " / ".join(rows["quote"]), ";".join(rows["figure_id"])


def whole_numbers_between(interval: Interval) -> list[int]:
    """The whole numbers a range holds (the totals a rounded rate allows)."""
    return list(range(math.ceil(interval.low - 1e-9), math.floor(interval.high + 1e-9) + 1))


def rate_check(claim_id: str, figures: pd.DataFrame, count: str, rate: str, what: str) -> dict:
    """Is there a whole-number total for which count / total rounds to the stated rate?"""
    total = _iv(figures, count) / _iv(figures, rate).scale(0.01)
    candidates = [n for n in whole_numbers_between(total) if n >= _iv(figures, count).high]
    quote, ids = _quote(figures, count, rate)
    shown = (
        f"{candidates[0]}–{candidates[-1]}" if len(candidates) > 1 else (str(candidates[0]) if candidates else "none")
    )
    return {
        "claim_id": claim_id,
        "claim": quote,
        "source": ids,
        "check": f"a whole number of {what} makes the count and the rate agree",
        "recomputed": f"total {what} {total.low:,.1f}–{total.high:,.1f}; whole numbers: {shown}",
        "low": total.low,
        "high": total.high,
        "consistent": bool(candidates),
        "reason": f"{len(candidates)} whole-number total(s) fit"
        if candidates
        else "no whole number of the total fits both the count and the rounded rate",
    }


def part_check(claim_id: str, figures: pd.DataFrame, part: str, whole: str, what: str) -> dict:
    """Is a part (e.g. above-scale workers) no larger than its whole?"""
    p, w = _iv(figures, part), _iv(figures, whole)
    quote, ids = _quote(figures, part, whole)
    share = (p / w).scale(100)
    ok = p.low <= w.high
    return {
        "claim_id": claim_id,
        "claim": quote,
        "source": ids,
        "check": f"{what}: the part is within the whole",
        "recomputed": f"share {share.low:.1f}%–{share.high:.1f}%",
        "low": share.low,
        "high": share.high,
        "consistent": ok,
        "reason": "the part is smaller than the whole" if ok else "the part is larger than the whole it belongs to",
    }


def same_statement_check(claim_id: str, figures: pd.DataFrame, a: str, b: str, what: str) -> dict:
    """Do two statements of the same thing admit a common value?"""
    x, y = _iv(figures, a), _iv(figures, b)
    quote, ids = _quote(figures, a, b)
    ok = x.overlaps(y)
    return {
        "claim_id": claim_id,
        "claim": quote,
        "source": ids,
        "check": what,
        "recomputed": f"[{x.low:g}, {x.high:g}] and [{y.low:g}, {y.high:g}]",
        "low": max(x.low, y.low),
        "high": min(x.high, y.high),
        "consistent": ok,
        "reason": "the two ranges overlap" if ok else "the two statements contradict each other",
    }


def duration_check(claim_id: str, figures: pd.DataFrame, events: pd.DataFrame, days: str, start: str, end: str) -> dict:
    """Does a stated number of days match the dates the text gives for the same steps?"""
    dates = events.set_index("event_id")["date"]
    elapsed = (dates[end] - dates[start]).days
    stated = _iv(figures, days)
    quote, ids = _quote(figures, days)
    ok = stated.contains(elapsed)
    return {
        "claim_id": claim_id,
        "claim": quote,
        "source": f"{ids};{start};{end}",
        "check": f"the stated duration equals the days from {dates[start].date()} to {dates[end].date()}",
        "recomputed": f"{elapsed} days",
        "low": float(elapsed),
        "high": float(elapsed),
        "consistent": ok,
        "reason": f"{dates[start]:%m-%d} to {dates[end]:%m-%d} is {elapsed} days"
        + ("" if ok else f", not {stated.value:g}"),
    }


def grain_check(claim_id: str, derived: pd.DataFrame, figures: pd.DataFrame) -> dict:
    """Can the reserve last as long as claimed at the reference ration?"""
    at_reference = derived.set_index("metric").loc["grain_days_at_reference_ration"]
    claimed = _iv(figures, "grain_supply_days")
    quote, ids = _quote(figures, "grain_reserve", "grain_supply_days")
    ok = at_reference["high"] >= claimed.low
    return {
        "claim_id": claim_id,
        "claim": quote,
        "source": f"{ids};{at_reference['inputs']}",
        "check": "the reserve lasts at least the claimed days at the reference per-person grain consumption",
        "recomputed": f"{at_reference['low']:.0f}–{at_reference['high']:.0f} days at the reference ration",
        "low": float(at_reference["low"]),
        "high": float(at_reference["high"]),
        "consistent": bool(ok),
        "reason": (
            f"at the reference ration the reserve lasts longer than claimed ({claimed.low:g}–{claimed.high:g} days): "
            "the claim is cautious"
            if ok
            else f"at the reference ration the reserve runs out before {claimed.low:g} days"
        ),
    }


def audit_claims(
    figures: pd.DataFrame | None = None, events: pd.DataFrame | None = None, derived: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every claim the text lets us check, with what we recompute, its range and whether it is consistent (and why)."""
    from helpers.analysis.derived import derive_figures
    from helpers.dataset.events import load_events
    from helpers.dataset.figures import load_figures

    figures = load_figures() if figures is None else figures
    events = load_events() if events is None else events
    derived = derive_figures(figures, events) if derived is None else derived
    rows = [
        rate_check("c01", figures, "enterprises_resumed", "enterprise_resumption_rate", "enterprises"),
        rate_check("c02", figures, "workers_returned", "worker_return_rate", "workers"),
        rate_check(
            "c03", figures, "above_scale_enterprises_resumed", "above_scale_resumption_rate", "above-scale enterprises"
        ),
        rate_check(
            "c04", figures, "above_scale_workers_returned", "above_scale_worker_return_rate", "above-scale workers"
        ),
        part_check(
            "c05",
            figures,
            "above_scale_enterprises_resumed",
            "enterprises_resumed",
            "above-scale enterprises among all resumed",
        ),
        part_check(
            "c06", figures, "above_scale_workers_returned", "workers_returned", "above-scale workers among all back"
        ),
        part_check(
            "c07",
            figures,
            "industrial_enterprises_assisted",
            "enterprises_resumed",
            "enterprises the service staff helped, among all resumed",
        ),
        same_statement_check(
            "c08",
            figures,
            "key_projects_resumed_rate",
            "key_projects_resumed_rate_secretary",
            "the lead story's 100% and the secretary's 百分百 of key projects agree",
        ),
        same_statement_check(
            "c09",
            figures,
            "projects_under_construction_resumed_rate",
            "key_projects_resumed_rate",
            "all projects under construction and the key projects among them: both fully resumed",
        ),
        duration_check(
            "c10", figures, events, "jiahe_days_to_full_resumption", "jiahe_applied", "jiahe_full_production"
        ),
        grain_check("c11", derived, figures),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)
