"""The Chinese chart font: found inside an installed package, readable weight, every glyph we need."""

from __future__ import annotations

import warnings

import matplotlib as mpl
import numpy as np
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager, ft2font
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from helpers.charts import fonts
from helpers.charts.fonts import (
    CJK_FAMILY,
    missing_glyphs,
    register_cjk_font,
    static_font_paths,
)

ARTICLE_TEXT = "遂昌县复工复产:规上工业企业复工率、员工返岗率,近2000名防控人员,储备粮可供应天数"


def _ink(path, text: str = "复工复产遂昌") -> float:
    """Share of dark pixels when *text* is drawn with the font file at *path*."""
    font = ft2font.FT2Font(str(path))
    font.set_size(48, 72)
    font.set_text(text)
    font.draw_glyphs_to_bitmap()
    image = np.asarray(font.get_image(), dtype=float) / 255
    return float(image.mean())


def test_the_font_comes_from_the_installed_package_not_from_a_system_path():
    source = fonts.source_font_path()
    assert source.is_file()
    assert "justmytype_intl_cjk" in source.parts
    assert source.name == "NotoSansSC[wght].ttf"


def test_register_returns_the_family_and_matplotlib_finds_regular_and_bold():
    assert register_cjk_font() == CJK_FAMILY
    paths = static_font_paths()
    regular = font_manager.findfont(font_manager.FontProperties(family=CJK_FAMILY), fallback_to_default=False)
    bold = font_manager.findfont(
        font_manager.FontProperties(family=CJK_FAMILY, weight="bold"), fallback_to_default=False
    )
    assert (str(regular), str(bold)) == (str(paths["Regular"]), str(paths["Bold"]))


def test_registering_twice_adds_nothing():
    register_cjk_font()
    before = list(font_manager.fontManager.ttflist)
    register_cjk_font()
    assert font_manager.fontManager.ttflist == before
    ours = [e for e in font_manager.fontManager.ttflist if e.name == CJK_FAMILY]
    assert len(ours) == 2  # Regular and Bold, once each


def test_static_instances_are_regular_and_bold_not_the_thin_default():
    for style, weight in {"Regular": 400, "Bold": 700}.items():
        with TTFont(static_font_paths()[style], lazy=True) as font:
            assert "fvar" not in font  # a static font: what you see is what gets embedded
            assert font["OS/2"].usWeightClass == weight
            assert font["name"].getDebugName(1) == CJK_FAMILY
            assert "Source" not in font["name"].getDebugName(1)  # OFL Reserved Font Name


def test_glyphs_render_at_a_readable_weight():
    thin = _ink(fonts.source_font_path())  # the variable font's default instance
    regular, bold = (_ink(static_font_paths()[s]) for s in ("Regular", "Bold"))
    assert regular > 1.8 * thin
    assert bold > 1.3 * regular


@pytest.mark.slow  # cuts a static instance again: about ten seconds
def test_the_font_cache_is_rebuilt_identically(tmp_path):
    target = tmp_path / "again.ttf"
    fonts.make_instance("Regular", target)
    assert target.read_bytes() == static_font_paths()["Regular"].read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_font_covers_the_article_text_and_typographic_signs():
    assert missing_glyphs(ARTICLE_TEXT) == ""
    assert missing_glyphs("\u2212–—≈±×%‰~~·、。()“”《》0123456789") == ""
    assert missing_glyphs("复工\U0001f600") == "\U0001f600"


def test_a_negative_axis_draws_the_minus_sign_without_missing_glyphs():
    family = register_cjk_font()
    with mpl.rc_context({"font.family": [family], "axes.unicode_minus": True}):
        fig = Figure()
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.plot([-5, 5], [-3, 3])
        ax.set_title("增减变化(个百分点)")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fig.canvas.draw()
        labels = [t.get_text() for t in ax.get_xticklabels()]
    assert any(label.startswith("\u2212") for label in labels)


def test_text_with_a_missing_glyph_does_warn():
    """Guards the other tests: they rely on matplotlib warning about missing glyphs."""
    with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
        fig = Figure()
        FigureCanvasAgg(fig)
        fig.text(0.1, 0.5, "复工")
        with pytest.warns(UserWarning, match="missing from font"):
            fig.canvas.draw()
