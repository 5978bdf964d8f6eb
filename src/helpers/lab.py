"""`python -m helpers lab`: JupyterLab on the project, with the file browser at the repository root.

Extra arguments go to JupyterLab unchanged, e.g. `--ip 127.0.0.1 --port 8899 --no-browser`.
`--allow-root` is added when running as root (in a container), which JupyterLab refuses otherwise.

Note: JupyterLab starts each kernel in the notebook's own folder (notebooks/), whereas
`python -m helpers report` runs kernels in the repository root; notebooks that locate
files through `helpers.paths` work the same in both.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from helpers.paths import ROOT

__all__ = ["lab_command", "main"]


def _running_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def lab_command(argv: Sequence[str] = (), root: Path = ROOT, as_root: bool | None = None) -> list[str]:
    """The command line that starts JupyterLab on the project's folder."""
    as_root = _running_as_root() if as_root is None else as_root
    command = [sys.executable, "-m", "jupyter", "lab", f"--notebook-dir={root}"]
    if as_root and "--allow-root" not in argv:
        command.append("--allow-root")
    return command + list(argv)


def main(argv: Sequence[str]) -> int:
    """Start JupyterLab on the notebooks and wait until it is stopped; return its exit code."""
    process = subprocess.Popen(lab_command(argv), cwd=ROOT)
    # Ctrl-C reaches JupyterLab directly (same terminal); it asks for confirmation itself.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
