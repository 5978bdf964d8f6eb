"""End-to-end fixtures: Debian's Chromium driven by Playwright, and the built reports/ folder.

Every test under tests/e2e is marked ``e2e`` and is skipped, with the reason, when no
Chromium is installed (Playwright's own browser download is not used).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "reports"
SCREENSHOTS = REPORTS / "screenshots"
E2E_DIR = Path(__file__).resolve().parent

CHROMIUM_PATHS = ("/usr/bin/chromium",)
NO_BROWSER = "no browser: install Debian's chromium (apt-get install chromium) — .ci/run does"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1440, "height": 1100}
REPORT_TIMEOUT_S = 1200

OpenPage = Callable[..., "tuple[Page, list[str]]"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in tests/e2e with ``e2e`` (before ``-m`` selection runs)."""
    for item in items:
        if E2E_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def find_chromium() -> str | None:
    """Debian's Chromium: /usr/bin/chromium, else `chromium` on PATH, else None."""
    for candidate in CHROMIUM_PATHS:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """The Chromium binary to drive; skips the test when there is none."""
    path = find_chromium()
    if path is None:
        pytest.skip(NO_BROWSER)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("the playwright package is missing: pip install -r requirements.txt")
    return path


@pytest.fixture(scope="session")
def browser(chromium_executable: str) -> Iterator[Browser]:
    """One headless Chromium for the session (fresh temporary profile), always closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    """Open pages in fresh contexts, each with the list of console errors and uncaught exceptions it reports."""
    contexts = []

    def _open(url: str | None = None, **context_options: object) -> tuple[Page, list[str]]:
        context = browser.new_context(viewport=VIEWPORT, **context_options)
        contexts.append(context)
        page = context.new_page()
        errors = watch_errors(page)
        if url is not None:
            page.goto(url, wait_until="load")
        return page, errors

    try:
        yield _open
    finally:
        for context in contexts:
            context.close()


def watch_errors(page: Page) -> list[str]:
    """Collect the page's console errors and uncaught exceptions into a list, as they happen."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(f"console: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"exception: {error}"))
    return errors


@pytest.fixture(scope="session")
def built_reports(chromium_executable: str) -> Path:
    """reports/ as `python -m helpers report` leaves it (cached: fast when nothing changed); not built without a
    browser.
    """
    env = {key: value for key, value in os.environ.items() if key != "HELPERS_REPORT_DIR"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "helpers", "report"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=REPORT_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`python -m helpers report` did not finish within {REPORT_TIMEOUT_S} s")
    if done.returncode != 0:
        pytest.fail(
            f"`python -m helpers report` failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return REPORTS


@pytest.fixture
def screenshots() -> Path:
    """reports/screenshots/, where the e2e tests leave what the browser showed."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
