"""Words in traditional characters: each qualifier and verb of change the readers match is listed once, in
simplified characters, and read in its traditional form as well (約, 將近, 超過, 以內; 增長, 減少, 擴大, 負成長).

``TO_TRADITIONAL`` maps the characters of those word lists whose traditional form differs; ``with_traditional``
adds the traditional form of every word of a table, with the same meaning. Written by hand rather than with a
converter (OpenCC): the table covers only the characters of the project's own word lists, a few dozen, and a
converter would add a dependency (and a dictionary to load at import) for them. A word whose traditional form is
a different word (台湾 成長 for 增长) is listed on its own in its table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

__all__ = ["TO_TRADITIONAL", "with_traditional", "words_with_traditional"]

#: Simplified → traditional, for the characters of the qualifiers (约 将 过 于 内 余 为 达 满 开 头 来 顶 几), of the
#: verbs and nouns of change and their comparisons (长 涨 扩 飙 跃 减 缩 负 产 价 别 较 环 晋 贬 压 简 调) and of the
#: words of time and of congresses the word rules look for (连 续 历 时 经 疗 坚 仅 后 间; 届 会 体 议).
TO_TRADITIONAL = str.maketrans(
    "约将过于内余为达满开头来顶几长涨扩飙跃减缩负产价别较环晋贬压简调连续历时经疗坚仅后间届会体议",
    "約將過於內餘為達滿開頭來頂幾長漲擴飆躍減縮負產價別較環晉貶壓簡調連續歷時經療堅僅後間屆會體議",
)

_Meaning = TypeVar("_Meaning")


def with_traditional(words: dict[str, _Meaning]) -> dict[str, _Meaning]:
    """The words and, for each, its form in traditional characters, with the same meaning (the simplified
    forms first, in their order)."""
    return words | {w.translate(TO_TRADITIONAL): m for w, m in words.items()}


def words_with_traditional(words: Iterable[str]) -> tuple[str, ...]:
    """The words and, after them, the traditional form of each that differs (a word list of ``with_traditional``)."""
    return tuple(with_traditional(dict.fromkeys(words)))
