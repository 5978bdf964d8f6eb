"""The house chart style: colours, marks and matplotlib settings every chart is drawn with.

Why the style is applied inside every chart function (`house_style`): ``seaborn.set_theme()``
(and any ``rcParams`` change in a notebook) resets the font family to fonts without Chinese
glyphs. Each chart is therefore built inside an ``rc_context`` of matplotlib's *default* style
settings plus `house_rc`, so it is a function of its arguments only and exports to the same bytes.

Colours are the Okabe–Ito palette (safe for colour-blind readers); reported vs derived is also
told apart by fill and marker shape, so it survives greyscale.

Print size: every chart is drawn at the width it is printed, so that its type sizes are the
sizes on paper. ``size="a4"`` (the default) is the text width of an A4 page with 2.5 cm
margins, 16 cm; ``size="half"`` is half of it (7.8 cm, two charts side by side with a 4 mm
gap); ``size="slide"`` is the content width of a 16:9 slide (24 cm); a number is a width in
centimetres. No text on a chart is smaller than `MIN_TEXT_PT` (8 pt) at that width
(`TEXT_PT` holds every size), and a figure is exported at exactly that width (PNG at 300 dpi).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
from cycler import cycler
from matplotlib.colors import to_rgb

from helpers.charts.fonts import FALLBACK_FAMILY, register_cjk_font
from helpers.errors import UserFacingError

__all__ = [
    "CM_PER_INCH",
    "ChartDataError",
    "DERIVED_HATCH",
    "INK",
    "KINDS",
    "KIND_COLOR",
    "KIND_MARKER",
    "LANGS",
    "MUTED",
    "MIN_TEXT_PT",
    "OKABE_ITO",
    "PRINT_WIDTHS_CM",
    "TEXT_PT",
    "Text",
    "chart_rc",
    "chars_per_line",
    "house_rc",
    "house_style",
    "house_theme",
    "lighten",
    "use_house_style",
    "width_inches",
]

Text = str | Mapping[str, str]


LANGS: tuple[str, ...] = ("zh", "en")


KINDS: tuple[str, ...] = ("reported", "derived")


#: Okabe & Ito (2008) colour-blind-safe palette, black dropped.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
)


KIND_COLOR: dict[str, str] = {"reported": "#0072B2", "derived": "#D55E00"}


KIND_MARKER: dict[str, str] = {"reported": "o", "derived": "D"}


DERIVED_HATCH = "////"


INK = "#222222"


MUTED = "#595959"


class ChartDataError(UserFacingError, ValueError):
    """A DataFrame passed to a chart function lacks columns or holds values it cannot draw."""


CM_PER_INCH = 2.54

PRINT_WIDTHS_CM: dict[str, float] = {"a4": 16.0, "half": 7.8, "slide": 24.0}
"""Named print widths: A4 text width, half of it, a 16:9 slide's content width (cm)."""

MIN_TEXT_PT = 8.0
"""No text on a chart is smaller than this at its print size."""

TEXT_PT: dict[str, float] = {
    "title": 12.0,
    "label": 9.0,
    "tick": 8.5,
    "legend": 8.5,
    "annotation": 8.5,
    "event": 8.0,
    "cell": 8.0,
    "source": 8.0,
}
"""Type sizes (points at print size) of each kind of text on a chart."""


def width_inches(size: str | float = "a4") -> float:
    """The print width of a chart in inches: a name of `PRINT_WIDTHS_CM` or a width in cm."""
    if isinstance(size, str):
        try:
            cm = PRINT_WIDTHS_CM[size]
        except KeyError:
            raise ChartDataError(
                f"size must be one of {', '.join(PRINT_WIDTHS_CM)} or a width in cm, not {size!r}"
            ) from None
    else:
        cm = float(size)
    if not 5.0 <= cm <= 40.0:
        raise ChartDataError(f"a chart's width must be 5 to 40 cm, not {cm:g} cm")
    return cm / CM_PER_INCH


def chars_per_line(width_in: float, points: float, share: float = 1.0) -> float:
    """How many Chinese characters (1 em each) of *points* fit in *share* of a width of *width_in* inches."""
    return max(4.0, width_in * 72 * share / points)


def house_rc() -> dict[str, Any]:
    """The house style as rcParams: Chinese font first, clean report look, embeddable text."""
    family = register_cjk_font()
    return {
        "font.family": [family, FALLBACK_FAMILY],
        "font.sans-serif": [family, FALLBACK_FAMILY],
        "axes.unicode_minus": True,  # the font has U+2212 MINUS SIGN (tested)
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "svg.hashsalt": "helpers-figures",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.axisbelow": True,
        "grid.color": "#dedede",
        "grid.linewidth": 0.6,
        "grid.linestyle": "-",
        "axes.edgecolor": "#4d4d4d",
        "axes.linewidth": 0.8,
        "axes.labelcolor": INK,
        "axes.labelsize": TEXT_PT["label"],
        "axes.titlesize": TEXT_PT["label"],
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.facecolor": "white",
        "axes.prop_cycle": cycler(color=list(OKABE_ITO)),
        "text.color": INK,
        "xtick.color": "#333333",
        "ytick.color": "#333333",
        "xtick.labelsize": TEXT_PT["tick"],
        "ytick.labelsize": TEXT_PT["tick"],
        "legend.frameon": False,
        "legend.fontsize": TEXT_PT["legend"],
        "figure.titlesize": TEXT_PT["title"],
        "figure.titleweight": "bold",
        "figure.labelsize": TEXT_PT["source"],
        "figure.figsize": (PRINT_WIDTHS_CM["a4"] / CM_PER_INCH, 4.0),
        "font.size": TEXT_PT["label"],
        "figure.dpi": 100,
        "figure.facecolor": "white",
        "savefig.dpi": 300,
        "savefig.facecolor": "white",
        "image.cmap": "viridis",
        "lines.linewidth": 1.8,
    }


def use_house_style() -> None:
    """Switch the whole session (notebook) to the house chart style."""
    mpl.rcParams.update(house_rc())


def house_theme(**kwargs: Any) -> None:
    """Call ``seaborn.set_theme`` so that seaborn plots keep the house style and Chinese font."""
    import seaborn as sns

    rc = {**house_rc(), **kwargs.pop("rc", {})}
    sns.set_theme(**{"style": "white", "font": rc["font.family"][0], **kwargs}, rc=rc)


_STYLE_PREFIXES = (
    "axes.",
    "xaxis.",
    "yaxis.",
    "xtick.",
    "ytick.",
    "grid.",
    "lines.",
    "markers.",
    "patch.",
    "hatch.",
    "legend.",
    "font.",
    "text.",
    "mathtext.",
    "figure.",
    "errorbar.",
    "image.",
    "scatter.",
    "boxplot.",
    "hist.",
    "contour.",
    "pcolor.",
    "pcolormesh.",
    "date.",
    "path.",
)


_NOT_STYLE = {"figure.max_open_warning", "figure.hooks", "figure.raise_window"}


def chart_rc() -> dict[str, Any]:
    """Matplotlib's default style settings overlaid with the house style: what every chart uses."""
    defaults = {k: v for k, v in mpl.rcParamsDefault.items() if k.startswith(_STYLE_PREFIXES) and k not in _NOT_STYLE}
    return {**defaults, **house_rc()}


@contextmanager
def house_style() -> Iterator[None]:
    with mpl.rc_context(chart_rc()):
        yield


def lighten(color: str, amount: float = 0.75) -> tuple[float, float, float]:
    r, g, b = to_rgb(color)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)
