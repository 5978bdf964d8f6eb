"""A Chinese font for chart labels that works on any machine after `pip install -r requirements.txt`.

The glyphs come from Noto Sans SC (SIL Open Font License 1.1), shipped inside the
PyPI package ``justmytype-intl-cjk``; the file is found with ``importlib.resources``
so no absolute or system path is involved, and SimHei or other fonts that may not
be redistributed are never used.

Why static instances are made by hand (``fontTools.varLib.instancer``):
the package ships a *variable* TrueType font whose default instance is
``wght=100`` (Thin). Matplotlib neither applies font variations nor can it ask
for a weight inside one file, so registering the file as it is gives hairline
glyphs on screen and in PNGs, and the PDF backend would embed the Thin outlines
as well. We therefore cut two static instances, Regular (400) and Bold (700, for
titles), once per machine into ``.cache/fonts/`` (gitignored; override the folder
with ``HELPERS_FONT_CACHE``). Making one takes about ten seconds; afterwards a call
only hashes the source file and registers the cached files. The output is
deterministic: the source's ``head.modified`` timestamp is kept, and the file
name carries a hash of the source font, the fontTools version and our recipe, so
a changed input never reuses a stale file. Files are written to a temporary name
and then renamed, so notebooks running in parallel cannot see half a font.

The instances are renamed to the family ``Noto Sans SC Static`` so that a copy of
Noto Sans SC installed on the system (often the Thin-default variable file, or a
CFF-flavoured OTF that cannot be embedded as TrueType in PDFs) can never be
picked instead of ours by matplotlib's name matching. The new name does not use
the font's Reserved Font Name ("Source"), as OFL 1.1 requires for modified
versions; the cache is built locally and is not redistributed.
"""

from __future__ import annotations

import hashlib
import io
import os
from functools import cache
from importlib import resources
from pathlib import Path

from matplotlib import font_manager

from helpers.atomic import write_atomic
from helpers.errors import UserFacingError
from helpers.paths import ROOT

__all__ = [
    "CJK_FAMILY",
    "FALLBACK_FAMILY",
    "font_cache_dir",
    "make_instance",
    "missing_glyphs",
    "register_cjk_font",
    "source_font_path",
    "static_font_paths",
]

#: Family name under which the Chinese font is registered with matplotlib.
CJK_FAMILY: str = "Noto Sans SC Static"

#: Latin fallback after the Chinese font (shipped with matplotlib itself).
FALLBACK_FAMILY: str = "DejaVu Sans"

_PACKAGE = "justmytype_intl_cjk"
_SOURCE = ("fonts", "ofl", "notosanssc", "NotoSansSC[wght].ttf")
_PS_FAMILY = "NotoSansSCStatic"
_WEIGHTS: dict[str, int] = {"Regular": 400, "Bold": 700}
_RECIPE = "1"  # bump when the instancing or renaming below changes


def source_font_path() -> Path:
    """Where the variable Noto Sans SC file from justmytype-intl-cjk is installed."""
    path = resources.files(_PACKAGE).joinpath(*_SOURCE)
    return Path(os.fspath(path))


def font_cache_dir() -> Path:
    """The folder holding the static font instances (``.cache/fonts`` in the repository)."""
    return Path(os.environ.get("HELPERS_FONT_CACHE", ROOT / ".cache" / "fonts"))


@cache
def _source_key(path: Path) -> str:
    import fontTools

    digest = hashlib.sha256(path.read_bytes())
    digest.update(f"|fonttools={fontTools.version}|recipe={_RECIPE}".encode())
    return digest.hexdigest()[:12]


def _instance_path(style: str) -> Path:
    key = _source_key(source_font_path())
    return font_cache_dir() / f"{_PS_FAMILY}-{style}.{key}.ttf"


def _rename(font, style: str) -> None:
    """Give the instance its own family name in every name record matplotlib may read."""
    names = {
        1: CJK_FAMILY,
        2: style,
        3: f"{_PS_FAMILY}-{style};helpers-recipe-{_RECIPE}",
        4: f"{CJK_FAMILY} {style}",
        6: f"{_PS_FAMILY}-{style}",
    }
    table = font["name"]
    for record in table.names:
        if record.nameID in names:
            record.string = names[record.nameID]
    for name_id in (16, 17, 21, 22, 25):
        table.removeNames(nameID=name_id)


def make_instance(style: str, target: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    variable = TTFont(source_font_path(), recalcTimestamp=False)
    static = instancer.instantiateVariableFont(variable, {"wght": _WEIGHTS[style]}, updateFontNames=True)
    _rename(static, style)
    buffer = io.BytesIO()
    static.save(buffer)
    try:
        write_atomic(target, buffer.getvalue())
    except OSError as exc:
        raise UserFacingError(
            f"cannot write the chart font to {target.parent} ({exc}); set HELPERS_FONT_CACHE to a writable folder"
        ) from exc


def static_font_paths() -> dict[str, Path]:
    """The Regular and Bold static font files, made on first use."""
    paths = {style: _instance_path(style) for style in _WEIGHTS}
    for style, path in paths.items():
        if not path.is_file():
            make_instance(style, path)
    return paths


def register_cjk_font() -> str:
    """Make the Chinese font available to matplotlib and return its family name."""
    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in static_font_paths().values():
        if os.fspath(path) not in known:
            font_manager.fontManager.addfont(path)
    return CJK_FAMILY


@cache
def _charmap() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(static_font_paths()["Regular"], lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(text: str) -> str:
    """The characters of *text* that the Chinese font cannot draw (empty when all render)."""
    charmap = _charmap()
    seen = dict.fromkeys(ch for ch in text if not ch.isspace() and ord(ch) not in charmap)
    return "".join(seen)
