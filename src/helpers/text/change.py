"""The direction of change a quantity is written with: ``增长3.8%`` is a rise (``+``), ``下降3.8%`` a fall (``-``),
``达到3.8%`` and ``增长到3.8%`` a level (empty).

The rule (``change_before``): a quantity is a change when a verb of change (``CHANGE_VERBS``) comes right
before it, with at most a comparison (``同比``, ``环比``, ``比上年`` … ``COMPARISONS``), ``分别`` and ``了``
between, in that order: ``同比下降了3.8%``, ``比上年增长3.8%``, ``增长同比3.8%``, ``分别增加了187``.
A qualifier is part of the quantity (``增长近3成``: the verb is right before ``近3成``). Everything
else is a level and its change is empty, in particular:

* a verb followed by 到, 至 or 为 (``增长到``, ``增加至``, ``降至``, ``下降为``): the level reached, not the
  change; ``增加200家至1200家`` is +200, then the level 1200;
* ``达到``, ``为``, ``是``: levels;
* words that end in a verb of change but say no direction (``NOT_CHANGES``): ``新增`` (the count of new
  cases, a level), ``增减``, ``涨跌``, ``升降`` (either way), ``晋升`` (a promotion), ``毫升``, ``公升`` (units).

The value stays as written; the direction is only ``change`` (and ``signed_value``, −value for a fall).
A negative number after a verb keeps both: ``增长-3.8%`` is value −3.8 with change ``+`` (a rise of
−3.8%, signed value −3.8), ``下降-2%`` is value −2 with change ``-`` (signed value 2): the text's own
words, not corrected.

``helpers.text.extract`` uses the same verbs to split ``增加200家至1200家`` (``follows_change_verb``), and
``helpers.text.quantity.parse_quantity`` reads a verb written before the quantity (``同比下降3.8%``)
by ``split_change``, so that both give the same change for the same words.
"""

from __future__ import annotations

import re

from helpers.text.patterns import alternation

__all__ = [
    "CHANGE_LAST_CHARS",
    "CHANGE_VERBS",
    "COMPARISONS",
    "FALL_VERBS",
    "NOT_CHANGES",
    "RISE_VERBS",
    "change_before",
    "follows_change_verb",
    "split_change",
]

#: Verbs of a rise: the quantity after them is how much something went up.
RISE_VERBS: tuple[str, ...] = (
    "增长",
    "增加",
    "提高",
    "上升",
    "上涨",
    "扩大",
    "提升",
    "回升",
    "攀升",
    "飙升",
    "跃升",
    "增",
    "涨",
    "升",
)
#: Verbs of a fall: the quantity after them is how much something went down.
FALL_VERBS: tuple[str, ...] = (
    "下降",
    "减少",
    "降低",
    "回落",
    "下跌",
    "缩小",
    "下滑",
    "萎缩",  # 规模萎缩两成
    "缩水",
    "下挫",
    "减",
    "降",
    "跌",
)
#: Every verb of change, the longest first (增长 before 增).
CHANGE_VERBS: tuple[str, ...] = tuple(sorted((*RISE_VERBS, *FALL_VERBS), key=len, reverse=True))
#: What may stand between the verb and the quantity besides 了: the comparison, and 分别 ('respectively').
COMPARISONS: tuple[str, ...] = (
    "同比",
    "环比",
    "比上年同期",
    "比去年同期",
    "较上年同期",
    "较去年同期",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "比上月",
    "较上月",
)
#: Words that end in a verb of change and give no direction: 新增 (new cases: a level), 增减, 涨跌,
#: 升降 (either way), 晋升 (a promotion), 毫升 and 公升 (units).
NOT_CHANGES: tuple[str, ...] = ("新增", "增减", "涨跌", "升降", "晋升", "毫升", "公升")

_TO_A_LEVEL = "到至为"  # 增长到, 降至, 下降为: the level reached
_DIRECTION = {verb: "+" for verb in RISE_VERBS} | {verb: "-" for verb in FALL_VERBS}


_BETWEEN = f"(?:{alternation(COMPARISONS)})?(?:分别)?了?"
#: The verb (and what may follow it) that ends the text before a quantity, with the character before the verb.
_BEFORE_RE = re.compile(f"(?P<word>.?(?P<verb>{alternation(CHANGE_VERBS)})){_BETWEEN}\\Z", re.S)
_START_RE = re.compile(f"(?:{alternation(COMPARISONS)})?(?P<verb>{alternation(CHANGE_VERBS)}){_BETWEEN}")
_LONGEST = max(len(w) for w in CHANGE_VERBS) + max(len(w) for w in COMPARISONS) + 4  # 分别了 and the char before
#: The last character of whatever can end the text before a change: a cheap test before the search.
CHANGE_LAST_CHARS = frozenset("了别" + "".join(w[-1] for w in (*CHANGE_VERBS, *COMPARISONS)))


def _verb_at_end(text: str, end: int):
    if not end or text[end - 1] not in CHANGE_LAST_CHARS:
        return None
    return _BEFORE_RE.search(text, max(0, end - _LONGEST), end)


def follows_change_verb(text: str, end: int) -> bool:
    """Whether a verb of change (any of ``CHANGE_VERBS``, words of ``NOT_CHANGES`` too) ends ``text[:end]``,
    with a comparison, 分别 or 了 after it."""
    return _verb_at_end(text, end) is not None


def change_before(text: str, end: int) -> str:
    """The change of a quantity that starts at ``end`` in ``text``: "+" after a verb of rise, "-" after a verb of
    fall (a comparison, 分别 and 了 may come between), "" for a level (see the module docstring)."""
    found = _verb_at_end(text, end)
    if found is None:
        return ""
    word = found.group("word")
    if any(word.endswith(w) for w in NOT_CHANGES):
        return ""
    return _DIRECTION[found.group("verb")]


def split_change(text: str) -> tuple[str, str]:
    """A verb of change written before a quantity, as in ``同比下降3.8%``: (the change, the quantity after the
    verb), or ("", text) when the text does not begin with one."""
    found = _START_RE.match(text)
    if found is None or found.end() == len(text) or text[found.end()] in _TO_A_LEVEL:
        return "", text  # 降至3%: a level
    return _DIRECTION[found.group("verb")], text[found.end() :]
