"""The Word template the report is built on, ``src/helpers/report/templates/report_template.docx``.

The report (`helpers.report.word`) opens this file and adds its content with style names only
(Title, Subtitle, Heading 1, Caption, Table Grid, …), so a newsroom can open the template in
Word, restyle it (fonts, sizes, colours, margins, header and footer) and save it back, and the
next build looks the way they want, with no code changed. The file is committed; this module is
how it was made, and remakes it reproducibly (the same bytes each time):
``python -m helpers.report.template``.

What it fixes over python-docx's default (US Letter, en-US): an A4 page (11906 × 16838 twips)
with 2.5 cm side margins (a 16 cm text width, the width the charts are drawn at), Chinese
(zh-CN) as the language of every run by default, Chinese and Latin fonts named in each style
used (Word falls back to a font it has if "Noto Sans SC" is missing), body text at 10.5 pt
(五号), and fixed document properties.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from helpers.report.zipfiles import normalise_zip

__all__ = [
    "EAST_ASIA_FONT",
    "FIXED_TIME",
    "LANGUAGE",
    "LATIN_FONT",
    "PAGE_HEIGHT_TWIPS",
    "PAGE_WIDTH_TWIPS",
    "STYLES",
    "TEMPLATE",
    "main",
    "template_bytes",
]

TEMPLATE = Path(__file__).resolve().parent / "templates" / "report_template.docx"
PAGE_WIDTH_TWIPS, PAGE_HEIGHT_TWIPS = 11906, 16838  # A4
LANGUAGE = "zh-CN"
EAST_ASIA_FONT = "Noto Sans SC"
LATIN_FONT = "Calibri"
FIXED_TIME = dt.datetime(2020, 2, 22, 0, 0, 0)
STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Caption", "Table Grid")
"""The styles the report uses; each names its fonts here, and a newsroom may restyle any of them."""


def _set_fonts(style) -> None:
    """Name the East Asian and Latin fonts of a style in its w:rFonts, replacing theme fonts."""
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)


def _set_language(document) -> None:
    """zh-CN for every run by default (document defaults) and as the document's theme font language."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANGUAGE)
        theme.set(qn("w:eastAsia"), LANGUAGE)


def template_bytes() -> bytes:
    """The template's bytes, made from python-docx's default document (the same bytes every time)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, Twips

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(PAGE_WIDTH_TWIPS), Twips(PAGE_HEIGHT_TWIPS)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.54)
    section.header_distance = section.footer_distance = Cm(1.5)
    for name in STYLES:
        _set_fonts(document.styles[name])
    document.styles["Normal"].font.size = Pt(10.5)
    caption = document.styles["Caption"]
    caption.font.size, caption.font.bold, caption.font.italic = Pt(9), False, False
    _set_language(document)
    properties = document.core_properties
    properties.title = "报告模板 Report template"
    properties.author = properties.last_modified_by = "helpers.report.template"
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1
    properties.comments = "Restyle in Word and save: helpers.report.word builds the report on this file."
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Write the template into the package (`TEMPLATE`)."""
    from helpers.atomic import write_atomic

    write_atomic(TEMPLATE, template_bytes())
    print(f"wrote {TEMPLATE.relative_to(Path(__file__).resolve().parents[3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
