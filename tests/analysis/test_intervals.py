"""helpers.analysis.intervals: arithmetic on ranges."""

import pytest

from helpers.analysis.intervals import Interval


def test_interval_arithmetic_endpoints():
    a, b = Interval(10, 9, 11), Interval(2, 1, 4)
    assert (a + b).low == 10 and (a + b).high == 15
    assert (a - b).low == 5 and (a - b).high == 10
    assert (a * b).low == 9 and (a * b).high == 44
    q = a / b
    assert (q.value, q.low, q.high) == (5, 9 / 4, 11)


def test_division_by_a_range_holding_zero_is_refused():
    with pytest.raises(ZeroDivisionError):
        Interval(1, 1, 1) / Interval(0, -1, 1)
