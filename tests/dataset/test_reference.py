"""helpers.dataset.reference: outside figures name their sources."""

from helpers.dataset.reference import load_reference


def test_reference_figures_name_their_sources():
    reference = load_reference()
    assert {"county_population", "grain_per_capita_year"} <= set(reference["metric"])
    assert reference["publisher"].str.len().gt(0).all() and reference["publication"].str.len().gt(0).all()
    assert set(reference["status"]) <= {"verified", "verified_copy", "assumption"}
