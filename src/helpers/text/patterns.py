"""Regular expressions built from word lists: the units, qualifiers, verbs of change, idioms and names the
readers match are written as lists of words, and turned into an alternation here, longest word first, so that a
longer word wins over a word it begins with (万元 before 万, 下降了 before 下降)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "alternation_by_first"]


def alternation(words: Iterable[str]) -> str:
    """The words as one alternation, each escaped, longest first: ``a|b|…`` without a group around it."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def alternation_by_first(words: Iterable[str], guards: dict[str, str] | None = None) -> str:
    """The words, longest first, each with the guard that must hold after it, grouped by first character
    (元(?:人民币|整|…)|美(?:元|金)|…): the same matches as a plain alternation, and ``re`` tries one branch per
    first character, not every word at every place (units in ``helpers.text.quantity``, idioms and names in
    ``helpers.text.words``)."""
    guards = guards or {}
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):  # the same pattern in every run
        by_first.setdefault(word[0], []).append(re.escape(word[1:]) + guards.get(word, ""))
    return "|".join(
        re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in by_first.items()
    )
