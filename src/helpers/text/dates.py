"""Dates in Chinese news text: finding them, and working out the year an article leaves unsaid.

Many local articles write ``2月22日`` and never the year. The year can still be fixed
from the text. A full date written anywhere (``2020年2月25日``, ``二〇二〇年二月二十五日``,
``2020-02-25``, ``2020.2.25``, ``2020/2/25``, or a year and month ``2020年2月``) fixes it:
the year most of them name (ties: the one written first). Otherwise a solar date given with its
lunar date (``1月25日,农历大年初一``) matches
only a few years in two centuries (lunardate converts the calendars), and terms that
did not exist before a given year (``新冠肺炎`` names the disease of 2020) rule out the
earlier ones. ``infer_year`` returns the year with the evidence, so it can be written down.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd
from lunardate import LunarDate

from helpers.text.numerals import read_number
from helpers.text.sentences import sentence_start

__all__ = ["ERA_TERMS", "YEARS", "YearEvidence", "find_dates", "full_dates", "governing_date", "infer_year"]

YEARS = range(1900, 2100)  # the range lunardate covers

#: Terms that date a text: a text using one was written in that year or later.
ERA_TERMS: dict[str, int] = {
    "新冠肺炎": 2020,
    "新型冠状病毒": 2020,
    "新冠病毒": 2020,
    "健康码": 2020,
    "复工复产": 2020,
    "习近平总书记": 2012,
    "微信": 2011,
}

_NUM = r"[0-9０-９]{1,4}|[〇零一二两三四五六七八九十]{1,4}"
_SOLAR_RE = re.compile(
    rf"(?:(?P<year>[0-9０-９]{{4}}|[〇零一二三四五六七八九]{{4}})年)?"
    rf"(?:(?P<month>{_NUM})月(?:(?P<day>{_NUM})[日号])?)"
)
_NUMERIC_RE = re.compile(
    r"(?<![0-9０-９.])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-./])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})(?![0-9])"
)
_LUNAR_DAY = r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十"
_LUNAR_RE = re.compile(rf"(?:农历)?(?:(?:大年|正月)(?P<day>{_LUNAR_DAY})|(?P<eve>除夕|大年三十)|(?P<lantern>元宵节))")
_PAIR_RE = re.compile(rf"(?P<solar>(?:{_NUM})月(?:{_NUM})日)[,，、\s]*(?P<lunar>{_LUNAR_RE.pattern})")


@dataclass(frozen=True)
class YearEvidence:
    """The year an article was written in, with how the text shows it."""

    year: int | None
    candidates: tuple[int, ...]
    anchors: tuple[str, ...] = ()
    era_terms: tuple[str, ...] = ()
    explanation: str = ""
    not_before: int | None = field(default=None)


def _lunar_day(text: str) -> int:
    """Day of the lunar month from 初一 … 三十 (廿 = 二十)."""
    return int(read_number(text.replace("初", "").replace("廿", "二十")).value)


def _lunar_to_solar(match: re.Match[str], year: int) -> dt.date | None:
    """The solar date of a lunar-new-year date (大年初一, 正月十五, 除夕) in a given year."""
    try:
        if match.group("eve"):
            return LunarDate(year, 1, 1).to_solar_date() - dt.timedelta(days=1)
        day = 15 if match.group("lantern") else _lunar_day(match.group("day"))
        return LunarDate(year, 1, day).to_solar_date()
    except ValueError:
        return None


def _month_day(text: str) -> tuple[int, int]:
    month, _, day = text.partition("月")
    return int(read_number(month).value), int(read_number(day.rstrip("日")).value)


def full_dates(text: str) -> list[tuple[str, int]]:
    """Every date written with its year (``2020年2月25日``, ``2020-02-25``, ``2020年2月``): (text, year), in order."""
    found = [(m.start(), m.group(0), int(m.group("year"))) for m in _NUMERIC_RE.finditer(text) if _numeric_ok(m)]
    for match in _SOLAR_RE.finditer(text):
        if match.group("year"):
            row = _solar_row(match, None)
            if row is not None and row["date"] is not None:
                found.append((match.start(), match.group(0), row["date"].year))
    return [(words, year) for _, words, year in sorted(found)]


def _numeric_ok(match: re.Match[str]) -> bool:
    return _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day"))) is not None


def _from_full_dates(text: str, terms: tuple[str, ...], not_before: int | None) -> YearEvidence | None:
    written = full_dates(text)
    if not written:
        return None
    counts: dict[int, int] = {}
    for _, year in written:
        counts[year] = counts.get(year, 0) + 1
    year = max(counts, key=lambda y: counts[y])  # dict order is first-written order, so a tie goes to the first
    shown = ", ".join(dict.fromkeys(words for words, _ in written))
    why = f"the text writes the full date {shown}" if len(written) == 1 else f"the text writes full dates {shown}"
    why += f"; so {year}" if len(counts) == 1 else f"; most of them in {year}, so {year}"
    return YearEvidence(year, tuple(sorted(counts)), tuple(w for w, _ in written), terms, why, not_before)


def infer_year(text: str) -> YearEvidence:
    """Work out the year a text was written in: from its full dates, else its solar-lunar date pairs and era terms."""
    terms = tuple(term for term in ERA_TERMS if term in text)
    explicit = _from_full_dates(text, terms, max((ERA_TERMS[t] for t in terms), default=None))
    if explicit is not None:
        return explicit
    candidates = set(YEARS)
    anchors = []
    for pair in _PAIR_RE.finditer(text):
        month, day = _month_day(pair.group("solar"))
        lunar = _LUNAR_RE.match(pair.group("lunar"))
        years = {y for y in YEARS if _lunar_to_solar(lunar, y) == _safe_date(y, month, day)}
        candidates &= years
        anchors.append(pair.group(0))
    not_before = max((ERA_TERMS[t] for t in terms), default=None)
    if not anchors:
        return YearEvidence(
            None, (), (), terms, "the text writes no full date and pairs no solar date with a lunar one", not_before
        )
    fitting = sorted(y for y in candidates if not_before is None or y >= not_before)
    listed = ", ".join(str(y) for y in sorted(candidates)) or "none"
    if not fitting:
        return YearEvidence(
            None, tuple(sorted(candidates)), tuple(anchors), terms, f"no year fits: {listed}", not_before
        )
    if not_before is None and len(fitting) > 1:
        return YearEvidence(
            None,
            tuple(fitting),
            tuple(anchors),
            terms,
            f"ambiguous: {' and '.join(anchors)} holds in {listed}, and no term dates the text",
            None,
        )
    year = fitting[0]
    why = f"{' and '.join(anchors)} holds in {listed}"
    if terms:
        why += f"; the text uses {', '.join(terms)}, not found before {not_before}"
    why += f"; so {year}"
    return YearEvidence(year, tuple(sorted(candidates)), tuple(anchors), terms, why, not_before)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, year: int | None = None) -> pd.DataFrame:
    """Every date in a text (2月22日, 2020年2月, 正月初十), one row each, the year from ``year`` or inferred."""
    if year is None or pd.isna(year):
        year = infer_year(text).year
    year = int(year) if year is not None else None
    rows = []
    for match in _SOLAR_RE.finditer(text):
        rows.append(_solar_row(match, year))
    for match in _NUMERIC_RE.finditer(text):
        if _numeric_ok(match):
            date = dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
            rows.append(
                {"start": match.start(), "end": match.end(), "text": match.group(0), "date": date, "precision": "day"}
            )
    for match in _LUNAR_RE.finditer(text):
        if match.group(0) in ("农历",):
            continue
        date = _lunar_to_solar(match, year) if year else None
        rows.append(
            {"start": match.start(), "end": match.end(), "text": match.group(0), "date": date, "precision": "day"}
        )
    rows = [r for r in rows if r is not None]
    frame = pd.DataFrame(rows, columns=["start", "end", "text", "date", "precision"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values("start", kind="stable").reset_index(drop=True)


def _solar_row(match: re.Match[str], year: int | None) -> dict | None:
    try:
        month = int(read_number(match.group("month")).value)
        day = int(read_number(match.group("day")).value) if match.group("day") else 1
        written_year = int(read_number(match.group("year")).value) if match.group("year") else None
    except ValueError:
        return None
    the_year = written_year or year
    date = _safe_date(the_year, month, day) if the_year else None
    if the_year and date is None:
        return None  # 2月30日 is not a date
    if not 1 <= month <= 12:
        return None
    precision = "day" if match.group("day") else "month"
    return {"start": match.start(), "end": match.end(), "text": match.group(0), "date": date, "precision": precision}


def governing_date(text: str, position: int, dates: pd.DataFrame) -> pd.Timestamp | None:
    """The date a figure at ``position`` is valid for: the nearest date before it in its sentence, else paragraph."""
    before = dates[dates["end"] <= position]
    if before.empty:
        return None
    paragraph_start = text.rfind("\n", 0, position) + 1
    start_of_sentence = sentence_start(text, position)
    for start in (max(start_of_sentence, paragraph_start), paragraph_start):
        inside = before[before["start"] >= start]
        if not inside.empty and pd.notna(inside["date"].iloc[-1]):
            return inside["date"].iloc[-1]
    return None
