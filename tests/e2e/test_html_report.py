"""The HTML report as a reader sees it in Chromium: reports/index.html and the executed notebooks' pages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import pytest

from helpers.report.html import REPORT_TITLE

from .conftest import ROOT, OpenPage

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
SAVED_NAME = re.compile(r"save_figure\(\s*\w+\s*,\s*[\"']([^\"']+)[\"']")
IMAGE_TIMEOUT_MS = 30_000


def load_images(page: Page) -> list[dict[str, object]]:
    """Scroll every <img> into view (they load lazily), wait until all finished, return src and naturalWidth."""
    images = page.locator("img")
    for index in range(images.count()):
        images.nth(index).scroll_into_view_if_needed()
    page.wait_for_function("() => Array.from(document.images).every(image => image.complete)", timeout=IMAGE_TIMEOUT_MS)
    return page.evaluate(
        "() => Array.from(document.images).map(image => ({src: (image.getAttribute('src') || '').slice(0, 80),"
        " width: image.naturalWidth}))"
    )


def broken(images: list[dict[str, object]]) -> list[str]:
    """The sources of the images that did not load."""
    return [str(image["src"]) for image in images if not image["width"]]


def saved_chart_names() -> set[str]:
    """The chart names the stored notebooks pass to save_figure()."""
    names = set()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                names.update(SAVED_NAME.findall("".join(cell["source"])))
    return names


def cjk_font_families() -> set[str]:
    """The installed font families that cover the Chinese character 一 (fontconfig)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return set()
    listed = subprocess.run([fc_list, ":charset=4e00", "family"], capture_output=True, text=True, check=False).stdout
    return {family.strip() for line in listed.splitlines() for family in line.split(",") if family.strip()}


def glyphs_by_font(page: Page, selector: str) -> dict[str, int]:
    """How many glyphs of the first element matching *selector* each platform font drew (Chrome DevTools Protocol)."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    finally:
        session.detach()
    return {font["familyName"]: int(font["glyphCount"]) for font in fonts}


def notebook_page_with_charts(reports: Path) -> Path:
    """The first executed notebook page that embeds an image (a chart)."""
    pages = sorted((reports / "notebooks").glob("*.html"))
    assert pages, "reports/notebooks/ holds no executed notebook pages (*.html)"
    for page in pages:
        if "<img" in page.read_text(encoding="utf-8"):
            return page
    pytest.fail(f"none of {[p.name for p in pages]} shows a chart")


@pytest.fixture
def index_page(built_reports: Path, open_page: OpenPage) -> tuple[Page, list[str]]:
    """reports/index.html opened from disk, with its console errors."""
    return open_page((built_reports / "index.html").as_uri())


def test_front_page_has_its_chinese_title_and_no_console_errors(
    index_page: tuple[Page, list[str]], screenshots: Path
) -> None:
    page, errors = index_page
    heading = page.locator("h1").first.inner_text().strip()
    assert page.title() == REPORT_TITLE == heading, (page.title(), heading)
    assert CJK.search(heading), f"the title {heading!r} shows no Chinese characters"
    images = load_images(page)
    page.screenshot(path=str(screenshots / "index.png"), full_page=True)
    assert not errors, f"index.html reported errors: {errors}"
    assert images, "index.html shows no figure"
    assert not broken(images), f"images that do not load: {broken(images)}"


def test_front_page_shows_every_chart_the_notebooks_save(index_page: tuple[Page, list[str]]) -> None:
    page, _ = index_page
    shown = set(page.eval_on_selector_all("figure[id] img", "images => images.map(i => i.closest('figure').id)"))
    missing = saved_chart_names() - shown
    assert not missing, f"charts saved by the notebooks but missing from index.html: {sorted(missing)}"


def test_every_link_on_the_front_page_opens_a_file_of_the_report(
    index_page: tuple[Page, list[str]], built_reports: Path, open_page: OpenPage
) -> None:
    page, _ = index_page
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs, "index.html has no links"
    pages_linked = []
    for href in hrefs:
        parts = urlsplit(href)
        assert not parts.scheme and not parts.netloc, (
            f"{href!r} leaves the report folder (the report must work offline)"
        )
        if not parts.path:
            continue  # an anchor on the same page
        target = (built_reports / unquote(parts.path)).resolve()
        assert built_reports.resolve() in target.parents, f"{href!r} points outside reports/"
        assert target.is_file(), f"{href!r} names a file that does not exist ({target})"
        if target.suffix == ".html":
            pages_linked.append(target)
    assert pages_linked, "index.html links no notebook page"
    for target in pages_linked:
        linked, errors = open_page(target.as_uri())
        images = load_images(linked)
        assert linked.locator("body").inner_text().strip(), f"{target.name} shows nothing"
        assert not errors, f"{target.name} reported errors: {errors}"
        assert not broken(images), f"{target.name}: images that do not load: {broken(images)}"


def test_an_executed_notebook_page_shows_its_charts_and_chinese_text(
    built_reports: Path, open_page: OpenPage, screenshots: Path
) -> None:
    target = notebook_page_with_charts(built_reports)
    page, errors = open_page(target.as_uri())
    images = load_images(page)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshots / f"html_{target.stem}.png"), full_page=True)
    assert images and not broken(images), f"{target.name}: images that do not load: {broken(images)}"
    assert max(int(image["width"]) for image in images) > 100, f"{target.name}: no chart is larger than an icon"
    assert CJK.search(page.locator("body").inner_text()), f"{target.name} shows no Chinese characters"
    assert not errors, f"{target.name} reported errors: {errors}"


def test_chinese_text_is_drawn_with_a_chinese_font(built_reports: Path, open_page: OpenPage) -> None:
    families = cjk_font_families()
    if not families:
        pytest.skip("no Chinese font for the browser: apt-get install fonts-noto-cjk (.ci/run does)")
    target = notebook_page_with_charts(built_reports)
    for url in ((built_reports / "index.html").as_uri(), target.as_uri()):
        page, _ = open_page(url)
        # mark the element holding the first Chinese text, so that DevTools can be asked which fonts drew it
        text = page.evaluate(
            """() => {
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (/[\\u4e00-\\u9fff]/.test(node.textContent)) {
                        node.parentElement.setAttribute('data-e2e-chinese', '');
                        return node.textContent;
                    }
                }
                return '';
            }"""
        )
        characters = len(CJK.findall(text))
        assert characters, f"{url}: no Chinese text found"
        drawn = glyphs_by_font(page, "[data-e2e-chinese]")
        chinese = sum(count for family, count in drawn.items() if family in families)
        assert chinese >= characters, (
            f"{url}: of the {characters} Chinese characters in {text.strip()[:40]!r}, only {chinese} were drawn with a "
            f"Chinese font ({drawn}); the others show as boxes"
        )
