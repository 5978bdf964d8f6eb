"""The words on a chart: titles in two languages, legend words, wrapped labels, numbers and units.

Line wrapping is hand-written because `textwrap` breaks on spaces only: Chinese has none, and a
line must not begin with closing punctuation.
"""

from __future__ import annotations

import re
import textwrap

from helpers.charts.style import LANGS, ChartDataError, Text

__all__ = [
    "MONTHS_EN",
    "WORDS",
    "axis_label",
    "check_lang",
    "fmt_number",
    "pick",
    "range_text",
    "with_unit",
    "word",
    "wrap",
    "wrap_cjk",
]

WORDS: dict[str, dict[str, str]] = {
    "reported": {"zh": "报道值", "en": "Reported"},
    "derived": {"zh": "推算值", "en": "Derived (implied)"},
    "range": {"zh": "范围(低–高)", "en": "Range (low–high)"},
    "point": {"zh": "点估计", "en": "Point estimate"},
    "value": {"zh": "数值", "en": "Value"},
    "count": {"zh": "数量", "en": "Count"},
}


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def pick(text: Text | None, lang: str) -> str:
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    try:
        return text[lang]
    except KeyError:
        raise ChartDataError(f"no {lang!r} text in {dict(text)!r}") from None


def word(key: str, lang: str) -> str:
    return WORDS[key][lang]


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ChartDataError(f"lang must be one of {LANGS}, not {lang!r}")


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%‰+\-–/:~]*|\s+|.", re.S)


_NO_LINE_START = set(",。、;:!?)》」』】”’%‰")


def wrap(text: str, lang: str, width: int | None = None) -> str:
    """Break long labels: Chinese by characters, English by words; explicit newlines are kept."""
    if "\n" in text:
        return text
    width = width or (12 if lang == "zh" else 24)
    if lang != "zh":
        return "\n".join(textwrap.wrap(text, width=width)) or text
    return wrap_cjk(text, width)


def wrap_cjk(text: str, width: float) -> str:
    """Fill lines of *width* Chinese characters (Latin counts half), never splitting 80% or a word."""
    lines, line, size = [], "", 0.0
    for token in _TOKEN.findall(text):
        cost = sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in token)
        if line and size + cost > width and not token.isspace() and token not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, size = "", 0.0
        if line or not token.isspace():
            line, size = line + token, size + cost
    lines.append(line.rstrip())
    return "\n".join(lines)


def fmt_number(value: float, lang: str = "zh") -> str:
    """A number as a reader expects it: 2000, 95.5, 23万 (zh) or 230,000 (en)."""
    if lang == "zh" and abs(value) >= 10_000:
        return f"{value / 10_000:.4g}万"
    text = f"{value:,.2f}" if lang == "en" else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def with_unit(number: str, unit: str, lang: str) -> str:
    if not unit:
        return number
    glue = "" if lang == "zh" or unit in {"%", "‰"} else " "
    return f"{number}{glue}{unit}"


def axis_label(label: str, unit: str, lang: str = "zh") -> str:
    """An axis title with its unit: 复工率(%) or Resumption rate (%)."""
    if not unit:
        return label
    return f"{label}({unit})" if lang == "zh" else f"{label} ({unit})"


def range_text(low: float, high: float, lang: str) -> str:
    if low >= high:
        return ""
    inner = f"{fmt_number(low, lang)}–{fmt_number(high, lang)}"
    return f"({inner})" if lang == "zh" else f" ({inner})"
