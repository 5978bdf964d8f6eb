"""Numbers in the exported tables: as reported, or at the precision a derived figure's inputs support."""

from __future__ import annotations

import pytest

from helpers.report.formats import decimals, excel_format, number_text, whole_range


@pytest.mark.parametrize(
    ("value", "text"),
    [(77.9, "77.9"), (77.85, "77.85"), (13400.0, "13,400"), (168_000_000.0, "168,000,000"), (100.0, "100")],
)
def test_a_reported_figure_keeps_every_decimal_it_has(value, text):
    assert number_text(value) == text


@pytest.mark.parametrize(
    ("value", "unit", "bound", "text"),
    [
        (321.505, "家", "", "322"),
        (319.786, "家", "low", "320"),  # the whole numbers the range holds: up from the low end ...
        (323.243, "家", "high", "323"),  # ... and down from the high end
        (15363.16, "人", "", "15,363"),
        (90.907, "%", "", "90.9"),
        (0.28409, "项/名", "", "0.284"),
        (89.333, "吨/天", "", "89.3"),
        (193.4, "天", "", "193"),
        (25.0, "天", "", "25"),  # no trailing zeros on an exact result
    ],
)
def test_a_derived_figure_shows_what_its_inputs_support(value, unit, bound, text):
    assert number_text(value, unit, derived=True, bound=bound) == text


def test_whole_range_and_excel_formats_follow_the_same_rule():
    assert whole_range(319.786, 323.243) == (320, 323)
    assert whole_range(74.2, 74.8) is None
    assert excel_format(77.85, "%") == '#,##0.00"%"'
    assert excel_format(90.907, "%", derived=True) == '#,##0.0"%"'
    assert excel_format(321.5, "家", derived=True) == "#,##0"
    assert decimals(float("nan")) == 0
    assert number_text(float("nan")) == ""
