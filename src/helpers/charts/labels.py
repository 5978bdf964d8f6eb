"""The words on a chart: titles in two languages, legend words, wrapped labels, numbers and units.

Chinese line breaking (`wrap_cjk`) is hand-written on top of a word segmenter, because no small
library does what a chart label needs: `textwrap` breaks on spaces only (Chinese has none), and
the Unicode line-breaking algorithm (UAX #14) allows a break between any two Chinese characters,
so it would still cut 年轻干/部. The rules, in order:

- a line never starts with closing punctuation (，。、；：！？）》”’% …) and never ends with an
  opening bracket or quote (（《“‘ …): each such mark is glued to its neighbour;
- words stay whole: the text is cut into words by jieba (MIT, the common Chinese segmenter),
  a run of Latin letters and digits (80%, 2,000, N95) counts as one word;
- a break at punctuation is preferred to one between words; lines are balanced (as short as
  they can be for the same number of lines), and no line is left with one character.

Numbers on charts (`value_text`, `range_text`) are printed at the precision their range
supports: a value whose range is [low, high] is shown to the decimal place the width of the
range resolves (93% with range 92.5–93.5 → 93; 77.9% with 77.85–77.95 → 77.9), its bounds one
place finer, rounded outwards; counts of things (``whole=True``) as whole-number ranges, the
smallest and largest whole number inside the range (319.8–323.2家 → 320–323家); an exact
value that is not whole to three significant figures (74/299 → 24.7%). These functions are for
chart labels only.
"""

from __future__ import annotations

import math
import re
import textwrap
from functools import lru_cache

from helpers.charts.style import LANGS, ChartDataError, Text

__all__ = [
    "CLOSING",
    "MONTHS_EN",
    "OPENING",
    "WORDS",
    "axis_label",
    "check_lang",
    "decimals_for",
    "fmt_number",
    "fullwidth",
    "line_breaks_ok",
    "pick",
    "range_text",
    "text_width",
    "value_text",
    "with_unit",
    "word",
    "words",
    "wrap",
    "wrap_cjk",
]

WORDS: dict[str, dict[str, str]] = {
    "reported": {"zh": "报道值", "en": "Reported"},
    "derived": {"zh": "推算值", "en": "Derived (implied)"},
    "range": {"zh": "范围（低–高）", "en": "Range (low–high)"},
    "point": {"zh": "点估计", "en": "Point estimate"},
    "value": {"zh": "数值", "en": "Value"},
    "count": {"zh": "数量", "en": "Count"},
}


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CLOSING = frozenset("，。、；：！？）》」』】〕〉］｝”’…·%‰,.;:!?)]}")
"""Marks a line must not start with: they belong to the word before them."""

OPENING = frozenset("（《「『【〔〈［｛“‘([{")
"""Marks a line must not end with: they belong to the word after them."""


def pick(text: Text | None, lang: str) -> str:
    if text is None:
        return ""
    if isinstance(text, str):
        chosen = text
    else:
        try:
            chosen = text[lang]
        except KeyError:
            raise ChartDataError(f"no {lang!r} text in {dict(text)!r}") from None
    return fullwidth(chosen) if lang == "zh" else chosen


def word(key: str, lang: str) -> str:
    return WORDS[key][lang]


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ChartDataError(f"lang must be one of {LANGS}, not {lang!r}")


# --------------------------------------------------------------------------- punctuation


_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》"
_HAS_CJK = re.compile(f"[{_CJK}]")
_PARENS = re.compile(r"\(([^()]*)\)")
_MARK = re.compile(r"(?<![0-9])[,:;!?]|[,:;!?](?![0-9])")
_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}


def fullwidth(text: str) -> str:
    """Chinese text with full-width punctuation: 会议(大年初一) → 会议（大年初一）, 原文:推算 → 原文：推算.

    Only text with Chinese in it changes; a comma or colon between digits (1,000, 10:30) stays,
    and brackets change where they or their neighbours hold Chinese.
    """
    if not _HAS_CJK.search(text):
        return text

    def paren(match: re.Match[str]) -> str:
        start, end = match.span()
        around = text[max(0, start - 1) : start] + match.group(1) + text[end : end + 1]
        return f"（{match.group(1)}）" if _HAS_CJK.search(around) else match.group(0)

    text = _PARENS.sub(paren, text)
    return _MARK.sub(lambda m: _FULL[m.group(0)], text)


# --------------------------------------------------------------------------- line breaking


_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%‰+\-–/:~]*|\s+")


def text_width(text: str) -> float:
    """Width in Chinese characters (em): a wide character counts 1, Latin, digits and spaces ½."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


@lru_cache(maxsize=1)
def _segmenter():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


@lru_cache(maxsize=4096)
def words(text: str, keep_quotes: bool = True) -> tuple[str, ...]:
    """The text cut into pieces no line break may split: words, Latin runs, each mark glued to its word.

    With *keep_quotes*, a short quoted or bracketed phrase is one piece.
    """
    pieces: list[str] = []
    at = 0
    for match in _LATIN.finditer(text):
        pieces += _cut_chinese(text[at : match.start()])
        pieces.append(match.group(0))
        at = match.end()
    pieces += _cut_chinese(text[at:])
    glued: list[str] = []
    pending = ""
    for piece in pieces:
        if piece in OPENING or (len(piece) == 1 and piece[-1] in OPENING):
            pending += piece
        elif glued and (piece[0] in CLOSING) and not pending:
            glued[-1] += piece
        else:
            glued.append(pending + piece)
            pending = ""
    if pending:
        if glued:
            glued[-1] += pending
        else:
            glued.append(pending)
    return tuple(_keep_short_quotes(glued) if keep_quotes else glued)


_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "「": "」", "『": "』", "【": "】", "(": ")"}
_SHORT_QUOTE = 6.0


def _keep_short_quotes(pieces: list[str]) -> list[str]:
    """A short quoted or bracketed phrase (“三服务”, （图）) stays on one line."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        closer = _PAIRS.get(piece[:1])
        j = i
        if closer and closer not in piece[1:]:
            while j + 1 < len(pieces) and closer not in pieces[j]:
                j += 1
            joined = "".join(pieces[i : j + 1])
            if closer in joined[1:] and text_width(joined) <= _SHORT_QUOTE:
                out.append(joined)
                i = j + 1
                continue
        out.append(piece)
        i += 1
    return out


def _cut_chinese(text: str) -> list[str]:
    if not text:
        return []
    pieces = []
    for piece in _segmenter().cut(text):
        # a run of marks comes out as one piece: split it so each mark is glued on its own side
        if all(ch in OPENING or ch in CLOSING for ch in piece) and len(piece) > 1:
            pieces += list(piece)
        else:
            pieces.append(piece)
    return pieces


def _fill(pieces: tuple[str, ...], width: float) -> list[list[str]]:
    """Greedy filling, preferring to end a line after punctuation when that costs little room."""
    lines: list[list[str]] = [[]]
    size = 0.0
    for piece in pieces:
        cost = text_width(piece)
        if lines[-1] and size + cost > width:
            lines.append([])
            size = 0.0
        if not lines[-1] and piece.isspace():
            continue
        lines[-1].append(piece)
        size += cost
    return lines


def _split_long(pieces: tuple[str, ...], width: float) -> tuple[str, ...]:
    """A piece wider than the line is cut into its words, and a word still too wide into characters (marks glued)."""
    out: list[str] = []
    for piece in pieces:
        if text_width(piece) <= width or len(piece) < 4:
            out.append(piece)
            continue
        inner = words(piece, keep_quotes=False)
        if len(inner) > 1:
            out += _split_long(inner, width)
            continue
        if text_width("".join(ch for ch in piece if ch not in CLOSING and ch not in OPENING)) <= width:
            out.append(piece)  # a word with its marks may overrun the line a little rather than be cut
            continue
        chars: list[str] = []
        for ch in piece:
            if chars and (ch in CLOSING or chars[-1][-1] in OPENING):
                chars[-1] += ch
            else:
                chars.append(ch)
        out += chars
    return tuple(out)


def _prefer_punctuation(lines: list[list[str]], width: float) -> list[list[str]]:
    """Move the words after a mark in a line's last quarter down to the next line, when they fit there."""
    for i in range(len(lines) - 1):
        line = lines[i]
        for j in range(len(line) - 1, 0, -1):
            if line[j - 1][-1] in CLOSING and line[j - 1][-1] not in "%‰":
                tail = line[j:]
                if text_width("".join(tail)) > width / 4:
                    break
                if text_width("".join(tail + lines[i + 1])) <= width:
                    lines[i], lines[i + 1] = line[:j], tail + lines[i + 1]
                break
    return lines


def _no_orphans(lines: list[list[str]]) -> list[list[str]]:
    """A line of one character joins the line before it (or after it, for the first line)."""
    i = 0
    while len(lines) > 1 and i < len(lines):
        text = "".join(lines[i]).strip()
        if len([ch for ch in text if ch not in CLOSING and ch not in OPENING]) <= 1:
            if i > 0:
                lines[i - 1] += lines.pop(i)
            else:
                first = lines.pop(0)
                lines[0] = first + lines[0]
            continue
        i += 1
    return lines


def wrap_cjk(text: str, width: float) -> str:
    """Chinese text in balanced lines of at most *width* characters (Latin counts half); see the module docstring."""
    if text_width(text) <= width:
        return text
    pieces = _split_long(words(text), width)
    count = len(_fill(pieces, width))
    narrow = width
    while narrow - 0.5 >= 1 and len(_fill(pieces, narrow - 0.5)) == count:
        narrow -= 0.5
    lines = _no_orphans(_prefer_punctuation(_fill(pieces, narrow), width))
    return "\n".join("".join(line).strip() for line in lines)


def wrap(text: str, lang: str, width: float | None = None) -> str:
    """Break long labels: Chinese by words (`wrap_cjk`), English at spaces; explicit newlines are kept."""
    if "\n" in text:
        return text
    width = width or (12 if lang == "zh" else 24)
    if lang != "zh":
        lines = textwrap.wrap(text, width=max(1, int(width)), break_on_hyphens=False, break_long_words=False)
        return "\n".join(lines) or text
    return wrap_cjk(text, width)


def line_breaks_ok(wrapped: str) -> list[str]:
    """What is wrong with the line breaks of a wrapped label (an empty list when nothing is)."""
    lines = wrapped.split("\n")
    problems = []
    for n, line in enumerate(lines, start=1):
        if n > 1 and line[:1] in CLOSING:
            problems.append(f"line {n} starts with closing punctuation {line[0]!r}")
        if n < len(lines) and line[-1:] in OPENING:
            problems.append(f"line {n} ends with an opening mark {line[-1]!r}")
        if len(lines) > 1 and len([ch for ch in line if ch not in CLOSING and ch not in OPENING]) <= 1:
            problems.append(f"line {n} holds one character: {line!r}")
    return problems


# --------------------------------------------------------------------------- numbers


def fmt_number(value: float, lang: str = "zh", decimals: int | None = None) -> str:
    """A number as a reader expects it: 2000, 95.5, 23万 (zh) or 230,000 (en); *decimals* fixes the places."""
    if lang == "zh" and abs(value) >= 10_000:
        return f"{value / 10_000:.4g}万"
    if decimals is not None:
        return f"{value:,.{decimals}f}" if lang == "en" else f"{value:.{decimals}f}"
    text = f"{value:,.2f}" if lang == "en" else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def decimals_for(low: float, high: float, value: float | None = None) -> int:
    """The decimal places a value with range [low, high] supports (see the module docstring)."""
    width = float(high) - float(low)
    if width > 0:
        return max(0, round(-math.log10(width)))
    value = float(low if value is None else value)
    if value == 0 or float(value).is_integer():
        return 0
    return max(0, 3 - 1 - math.floor(math.log10(abs(value))))


def with_unit(number: str, unit: str, lang: str) -> str:
    if not unit:
        return number
    glue = "" if lang == "zh" or unit in {"%", "‰"} else " "
    return f"{number}{glue}{unit}"


def axis_label(label: str, unit: str, lang: str = "zh") -> str:
    """An axis title with its unit: 复工率（%） or Resumption rate (%)."""
    if not unit:
        return label
    return f"{label}（{unit}）" if lang == "zh" else f"{label} ({unit})"


def _bounds(low: float, high: float, decimals: int, whole: bool) -> tuple[float, float]:
    if whole:
        return float(math.ceil(low - 1e-9)), float(math.floor(high + 1e-9))
    scale = 10**decimals
    return math.floor(low * scale + 1e-9) / scale, math.ceil(high * scale - 1e-9) / scale


def _plain(value: float, lang: str, decimals: int) -> str:
    """A bound at fixed places, trailing zeros dropped (92.5, 100, not 100.0)."""
    text = fmt_number(value, lang, decimals)
    return text.rstrip("0").rstrip(".") if "." in text and "万" not in text else text


def range_text(low: float, high: float, lang: str, *, whole: bool = False, decimals: int | None = None) -> str:
    """The range as a bracketed note, ``（92.5–93.5）`` or `` (92.5–93.5)``; empty for an exact value."""
    if low >= high:
        return ""
    places = (decimals_for(low, high) + 1) if decimals is None else decimals
    lo, hi = _bounds(low, high, places, whole)
    if lo >= hi:
        return ""
    inner = f"{_plain(lo, lang, places)}–{_plain(hi, lang, places)}"
    return f"（{inner}）" if lang == "zh" else f" ({inner})"


def value_text(
    value: float, low: float, high: float, unit: str, lang: str, *, whole: bool = False, derived: bool = False
) -> str:
    """A value with its unit and range at the precision the range supports.

    ``93%（92.5–93.5）``; a derived count is its whole-number range alone: ``320–323家``.
    """
    if whole and derived and low < high:
        lo, hi = _bounds(low, high, 0, True)
        if lo < hi:
            return with_unit(f"{fmt_number(lo, lang, 0)}–{fmt_number(hi, lang, 0)}", unit, lang)
        value, low, high = lo, lo, lo
    places = 0 if whole else decimals_for(low, high, value)
    number = fmt_number(round(value) if whole else value, lang, places)
    bound_places = 0 if whole else (places + 1 if low < high else places)
    return with_unit(number, unit, lang) + range_text(low, high, lang, whole=whole, decimals=bound_places)
