"""Interval arithmetic on closed ranges [low, high]: every derived number carries the range its inputs allow.

Hand-written (a dozen lines) because the ranges here are positive, finite and few; interval
libraries (pyinterval, mpmath.iv) add outward rounding and dependencies that a ratio of
two newspaper figures does not need. Inputs are treated as independent.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Interval"]


@dataclass(frozen=True)
class Interval:
    """A closed range [low, high] with the value as stated inside it."""

    value: float
    low: float
    high: float

    def __post_init__(self):
        if not self.low <= self.high:
            raise ValueError(f"an interval needs low <= high, got [{self.low}, {self.high}]")

    @classmethod
    def exact(cls, x: float) -> Interval:
        """A number known exactly."""
        return cls(x, x, x)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.value + other.value, self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.value - other.value, self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        ends = [self.low * other.low, self.low * other.high, self.high * other.low, self.high * other.high]
        return Interval(self.value * other.value, min(ends), max(ends))

    def __truediv__(self, other: Interval) -> Interval:
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError(f"cannot divide by a range that holds zero: [{other.low}, {other.high}]")
        return self * Interval(1 / other.value, 1 / other.high, 1 / other.low)

    def scale(self, factor: float) -> Interval:
        """Multiply by an exact number (e.g. 100 for percent, 1000 for tonnes to kilograms)."""
        return self * Interval.exact(factor)

    def overlaps(self, other: Interval) -> bool:
        """True when the two ranges share at least one value."""
        return self.low <= other.high and other.low <= self.high

    def contains(self, x: float) -> bool:
        """True when x lies in the range."""
        return self.low <= x <= self.high
