"""`python -m helpers lab`: the JupyterLab command line, checked without starting a server."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import lab


def test_lab_opens_the_project_and_passes_arguments_through():
    command = lab.lab_command(
        ["--ip", "127.0.0.1", "--port", "8899", "--no-browser"], root=Path("/project"), as_root=False
    )
    assert command == [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--notebook-dir=/project",
        "--ip",
        "127.0.0.1",
        "--port",
        "8899",
        "--no-browser",
    ]


def test_lab_allows_root_only_when_running_as_root():
    assert "--allow-root" in lab.lab_command([], root=Path("/p"), as_root=True)
    assert "--allow-root" not in lab.lab_command([], root=Path("/p"), as_root=False)
    assert lab.lab_command(["--allow-root"], root=Path("/p"), as_root=True).count("--allow-root") == 1


def test_main_runs_jupyter_and_returns_its_exit_code(monkeypatch):
    started = []

    class FakeProcess:
        def __init__(self, command, cwd):
            started.append((command, cwd))

        def wait(self):
            return 3

    monkeypatch.setattr(lab.subprocess, "Popen", FakeProcess)
    assert lab.main(["--no-browser"]) == 3
    assert started[0][0][-1] == "--no-browser" and started[0][1] == lab.ROOT
