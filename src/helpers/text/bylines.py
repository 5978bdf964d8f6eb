"""Bylines and datelines: who wrote an article, who took its photos, and where and when it was filed.

A byline is a line of its own (``记者 傅长琪 通讯员 王佳慧 蓝文丽``, ``每经记者 张蕊``,
``文/记者 李明``, ``李明/文``, ``记者 章建辉 摄``) or sits in brackets inside the first
paragraph's dateline (``本报讯(记者幸福 通讯员王小明)``, ``新华社杭州2月25日电（记者 李明）``).
`parse_byline` reads one into its roles; `inline_byline` finds the bracketed one at a
paragraph's start and returns the dateline with it.

Written by hand because the forms are conventions of Chinese newspapers that no library
models. The grammar: a role word (any word ending in 记者, 通讯员, 编辑 or 实习生, such as
本报记者, 每经记者, 特约通讯员) followed by the names it covers (2 to 4 Chinese characters
each, or a Latin name, separated by spaces, 、 or 　; a name may be written straight after
its role: ``记者幸福``); a final ``摄`` or ``摄影`` makes the names photographers, a final
``报道`` is dropped; ``X/文`` and ``文/X`` name writers, ``X/摄`` and ``图/X`` photographers.
A line that has sentence punctuation (，。！？；) or is longer than `BYLINE_MAX` is not a byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BYLINE_MAX", "Byline", "inline_byline", "parse_byline"]

BYLINE_MAX = 60
_ROLE_RE = re.compile(r"(?P<role>[\u4e00-\u9fff]{0,5}?(?:记者|通讯员|编辑|实习生))[:：]?")
_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .'-]{1,30})$")
_SEPARATORS = re.compile(r"[\s\u3000、]+")
_SENTENCE_PUNCTUATION = re.compile(r"[，,。！？!?；;]")
_SLASH_RE = re.compile(
    r"^(?:(?P<lead>文|图|摄影|摄|图文)\s*/\s*(?P<after>.+)|(?P<before>.+?)\s*/\s*(?P<tail>文|图|摄影|摄|图文))$"
)
_INLINE_RE = re.compile(
    r"^(?P<dateline>[\u4e00-\u9fff0-9０-９年月日号 ]{0,30}?(?:讯|电))?\s*[(（](?P<inner>[^()（）]{2,60})[)）]\s*"
)


@dataclass(frozen=True)
class Byline:
    """The people a byline names, by role (each a tuple of names in the order written)."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, in role order."""
        return self.reporters + self.correspondents + self.photographers + self.editors


def _names(text: str) -> list[str] | None:
    names = [n for n in _SEPARATORS.split(text.strip()) if n]
    return names if names and all(_NAME_RE.match(n) for n in names) else None


def _slash(line: str) -> Byline | None:
    match = _SLASH_RE.match(line)
    if not match:
        return None
    kind = match.group("lead") or match.group("tail")
    people = parse_byline(match.group("after") or match.group("before"), _inner=True)
    if people is None:
        names = _names(match.group("after") or match.group("before"))
        if names is None:
            return None
        people = Byline(reporters=tuple(names))
    if kind in ("图", "摄", "摄影"):
        return Byline(photographers=people.names)
    if kind == "图文":
        return Byline(reporters=people.names, photographers=people.names)
    return people


def parse_byline(line: str, _inner: bool = False) -> Byline | None:
    """The people a byline line names, by role; None when the line is not a byline."""
    text = line.strip()
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1].strip()
    if not text or len(text) > BYLINE_MAX or _SENTENCE_PUNCTUATION.search(text):
        return None
    if not _inner and "/" in text:
        return _slash(text)
    photo = re.search(r"\s*(?:摄影|摄)$", text)
    if photo:
        text = text[: photo.start()]
    text = re.sub(r"\s*报道$", "", text)
    roles = list(_ROLE_RE.finditer(text))
    if not roles:
        names = _names(text) if photo else None  # ``章建辉 摄``: names with no role are a photo credit only
        return Byline(photographers=tuple(names)) if names else None
    if text[: roles[0].start()].strip():
        return None
    found: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": [], "editors": []}
    for k, role in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        names = _names(text[role.end() : end])
        if names is None:
            return None
        word = role.group("role")
        key = "correspondents" if "通讯员" in word else "editors" if "编辑" in word else "reporters"
        found[key] += names
    if photo:
        return Byline(photographers=tuple(found["reporters"] + found["correspondents"]))
    return Byline(**{k: tuple(v) for k, v in found.items()})


def inline_byline(paragraph: str) -> tuple[str, Byline] | None:
    """A dateline with a bracketed byline at a paragraph's start (``本报讯(记者幸福)``): its words, and who it names."""
    match = _INLINE_RE.match(paragraph)
    if not match:
        return None
    people = parse_byline(match.group("inner"))
    if people is None or not people.names:
        return None
    return match.group(0).strip(), people
