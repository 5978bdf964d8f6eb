"""Each notebook runs in JupyterLab, started the `make lab` way, as a user runs it: Run > Run All Cells.

The server gets its own settings (autosave off, no news pop-up), workspace, runtime and
config folders, and HELPERS_REPORT_DIR points at a temporary folder: charts saved from an
interactive kernel carry no notebook name, and in reports/ they would be pruned by the
next cached `make report`. The stored notebooks are never saved from the browser; the
test checks that they are byte for byte unchanged.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest

from .conftest import ROOT, OpenPage

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
START_TIMEOUT_S = 90
RUN_TIMEOUT_MS = 180_000
LOAD_TIMEOUT_MS = 60_000
STOP_TIMEOUT_S = 20
SAVED_NAME = re.compile(r"save_figure\(\s*\w+\s*,\s*[\"']([^\"']+)[\"']")
ERROR_TEXT = re.compile(r"Traceback \(most recent call last\)|^\s*\w*(?:Error|Exception)\b(?::|\s*$)", re.MULTILINE)

USER_SETTINGS = {
    # a notebook run for longer than the autosave interval (120 s) would otherwise be saved with its outputs
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # every cell attached to the page, so that cells and their outputs can be checked by position
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # no "get notified about official Jupyter news?" toast over the notebook
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}

# Cells are done when the kernel is idle and none waits ("[*]"); then every cell has a number, or Run All stopped at an
# error.
RUN_FINISHED = """
() => {
    const indicator = document.querySelector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator');
    const prompts = Array.from(
        document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt'), p => p.textContent);
    const busy = prompts.length === 0 || prompts.some(p => p.includes('*'));
    if (!indicator || indicator.dataset.status !== 'idle' || busy) {
        return false;
    }
    const stderr = document.querySelectorAll(
        '.jp-NotebookPanel .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
    return prompts.every(p => /\\[\\d+\\]/.test(p)) || stderr.length > 0;
}
"""

CELL_STATE = """
() => Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell'), cell => ({
    code: cell.classList.contains('jp-CodeCell'),
    prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
    stderr: Array.from(cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'),
                       output => output.textContent),
    images: Array.from(cell.querySelectorAll('.jp-OutputArea-output img'), image => image.naturalWidth),
}))
"""


@dataclass
class LabServer:
    """A running JupyterLab: where it answers, its token, and where interactive kernels save charts."""

    url: str
    token: str
    report_dir: Path
    process: subprocess.Popen[bytes]
    log: Path

    def api(self, method: str, path: str) -> Any:
        """Call the server's REST API; return the decoded JSON answer (None when empty)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's output, for failure messages."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.is_file() else ""
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_user_settings(folder: Path) -> None:
    """Write the JupyterLab user settings the test runs with (see USER_SETTINGS)."""
    for relative, values in USER_SETTINGS.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def wait_until_answering(server: LabServer) -> None:
    """Poll the server's status until it answers, it exits, or START_TIMEOUT_S passes."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"JupyterLab exited with code {server.process.returncode}:\n{server.log_tail()}")
        try:
            server.api("GET", "/api/status")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"JupyterLab did not answer within {START_TIMEOUT_S} s:\n{server.log_tail()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group: SIGTERM (JupyterLab shuts its kernels down), SIGKILL if it hangs."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT_S)
    except ProcessLookupError:
        pass


def shut_down_kernels(server: LabServer) -> None:
    """Shut down every kernel the server runs (best effort: the server may already be gone)."""
    try:
        for kernel in server.api("GET", "/api/kernels"):
            server.api("DELETE", f"/api/kernels/{kernel['id']}")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        pass


def has_outputs(content: bytes) -> bool:
    """Whether a notebook file holds outputs or execution counts (as one saved from a running kernel does)."""
    try:
        cells = json.loads(content)["cells"]
    except (ValueError, KeyError):
        return False
    return any(cell.get("outputs") or cell.get("execution_count") for cell in cells if cell.get("cell_type") == "code")


@pytest.fixture(scope="module")
def stored_notebooks() -> Iterator[dict[Path, bytes]]:
    """The stored notebooks' bytes before JupyterLab starts; one saved with outputs by the end is put back."""
    before = {path: path.read_bytes() for path in NOTEBOOKS}
    yield before
    for path, content in before.items():
        if path.is_file() and has_outputs(path.read_bytes()):
            path.write_bytes(content)
            print(f"restored {path.relative_to(ROOT)}: it was saved with outputs while JupyterLab ran", file=sys.stderr)


@pytest.fixture(scope="module")
def lab(
    tmp_path_factory: pytest.TempPathFactory, stored_notebooks: dict[Path, bytes], chromium_executable: str
) -> Iterator[LabServer]:
    """JupyterLab started with `python -m helpers lab`, answering on a free port; stopped afterwards (not started
    without a browser).
    """
    home = tmp_path_factory.mktemp("jupyterlab")
    write_user_settings(home / "user-settings")
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {
        **os.environ,
        "HELPERS_REPORT_DIR": str(home / "reports"),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "IPYTHONDIR": str(home / "ipython"),
    }
    command = [
        sys.executable,
        "-m",
        "helpers",
        "lab",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        "--no-browser",
        f"--IdentityProvider.token={token}",
        f"--LabApp.user_settings_dir={home / 'user-settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
        # the checkpoint JupyterLab makes when it opens a file goes here, not to notebooks/.ipynb_checkpoints
        f"--FileCheckpoints.checkpoint_dir={home / 'checkpoints'}",
    ]
    log = home / "jupyterlab.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = LabServer(f"http://127.0.0.1:{port}", token, home / "reports", process, log)
    try:
        wait_until_answering(server)
        autosave = server.api("GET", "/lab/api/settings/@jupyterlab/docmanager-extension:plugin")["settings"]
        assert autosave.get("autosave") is False, f"JupyterLab ignored the autosave setting: {autosave}"
        yield server
    finally:
        shut_down_kernels(server)
        stop(process)


def kernel_is_idle(server: LabServer, path: str) -> bool:
    """Whether the server runs an idle kernel for the notebook at *path* (relative to the repository)."""
    return any(
        session["path"] == path and session["kernel"]["execution_state"] == "idle"
        for session in server.api("GET", "/api/sessions")
    )


def open_notebook(page: Page, server: LabServer, notebook: Path, cells: int) -> None:
    """Open a notebook in a fresh workspace and wait until all its cells show and its kernel is idle."""
    path = notebook.relative_to(ROOT).as_posix()
    page.goto(f"{server.url}/lab/tree/{quote(path)}?reset&token={server.token}")
    page.wait_for_function(
        "n => document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell').length === n",
        arg=cells,
        timeout=LOAD_TIMEOUT_MS,
    )
    select_kernel = page.locator('.jp-Dialog:has-text("Select Kernel") .jp-mod-accept')
    indicator = page.locator('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status="idle"]')
    deadline = time.monotonic() + LOAD_TIMEOUT_MS / 1000
    while not (kernel_is_idle(server, path) and indicator.count()):
        if time.monotonic() > deadline:
            pytest.fail(f"{notebook.name}: no idle kernel after {LOAD_TIMEOUT_MS // 1000} s:\n{server.log_tail()}")
        if (
            select_kernel.count()
        ):  # JupyterLab sometimes asks on a cold start; the preselected kernel is the notebook's own
            select_kernel.first.click()
        page.wait_for_timeout(250)


def run_all_cells(page: Page) -> None:
    """Run > Run All Cells, from the menu bar."""
    page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()


def screenshot(page: Page, folder: Path, name: str) -> None:
    """Save what the browser shows, with the first chart scrolled into view when there is one."""
    images = page.locator(".jp-NotebookPanel .jp-OutputArea-output img")
    try:
        if images.count():
            images.first.scroll_into_view_if_needed(timeout=5_000)
        page.screenshot(path=str(folder / f"{name}.png"))
    except Exception as exc:
        print(f"no screenshot of {name}: {exc}", file=sys.stderr)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab_and_shows_its_charts(
    notebook: Path, lab: LabServer, open_page: OpenPage, screenshots: Path, stored_notebooks: dict[Path, bytes]
) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    sources = ["".join(cell["source"]) for cell in cells]
    charts = [
        index for index, cell in enumerate(cells) if cell["cell_type"] == "code" and "save_figure(" in sources[index]
    ]
    page, _ = open_page()
    try:
        open_notebook(page, lab, notebook, len(cells))
        run_all_cells(page)
        try:
            page.wait_for_function(RUN_FINISHED, timeout=RUN_TIMEOUT_MS)
        except Exception:
            pytest.fail(
                f"{notebook.name} did not finish within {RUN_TIMEOUT_MS // 1000} s; prompts: "
                f"{[cell['prompt'] for cell in page.evaluate(CELL_STATE) if cell['code']]}"
            )
        if charts:  # the inline PNG of the first chart is decoded before it is measured
            page.locator(".jp-NotebookPanel .jp-Cell").nth(charts[0]).locator(
                ".jp-OutputArea-output img"
            ).first.wait_for()
            page.wait_for_function(
                "() => Array.from(document.querySelectorAll('.jp-OutputArea-output img')).every(i => i.complete)",
                timeout=LOAD_TIMEOUT_MS,
            )
        state = page.evaluate(CELL_STATE)
    finally:
        screenshot(page, screenshots, notebook.stem)
        page.context.close()
        shut_down_kernels(lab)

    assert len(state) == len(cells), f"JupyterLab shows {len(state)} cells, the notebook has {len(cells)}"
    errors = [(index, text) for index, cell in enumerate(state) for text in cell["stderr"] if ERROR_TEXT.search(text)]
    assert not errors, f"{notebook.name}: error output in cell {errors[0][0] + 1}:\n{errors[0][1][-2000:]}"
    unrun = [
        index + 1 for index, cell in enumerate(state) if cell["code"] and not re.search(r"\[\d+\]", cell["prompt"])
    ]
    assert not unrun, f"{notebook.name}: cells {unrun} were not executed"
    without_image = [index + 1 for index in charts if not state[index]["images"]]
    assert not without_image, f"{notebook.name}: chart cells {without_image} show no image"
    if charts:
        assert state[charts[0]]["images"][0] > 100, (
            f"{notebook.name}: the first chart is {state[charts[0]]['images'][0]} px wide"
        )
    saved = {name for index in charts for name in SAVED_NAME.findall(sources[index])}
    missing = sorted(name for name in saved if not (lab.report_dir / "figures" / f"{name}.png").is_file())
    assert not missing, f"{notebook.name}: charts not saved from the interactive kernel: {missing}"
    assert notebook.read_bytes() == stored_notebooks[notebook], (
        f"{notebook.name} was changed on disk by running it in JupyterLab"
    )
