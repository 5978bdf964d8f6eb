"""What a failed notebook said, cut to what a user needs: the cell, the error, the lines that raised.

nbclient's exception carries the whole traceback with ANSI colours; a user wants the code cell (its
number among the notebook's code cells), the error line and the one or two source lines that led to
it. The kernel's own start-up and shutdown log lines are not the notebook's output and are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from helpers.report.cache import read_notebook

__all__ = [
    "CONTEXT_LINES",
    "FRAME_HEADERS",
    "KERNEL_CHATTER",
    "NotebookFailure",
    "TRACEBACK_LINES",
    "clean_ansi",
    "describe",
    "traceback_tail",
    "worth_showing",
]

FRAME_HEADERS = ("Cell In", "File ", "Input In")


#: How the kernel's own log lines begin (its app log, and tornado's, as ipykernel formats it).
KERNEL_CHATTER = ("[IPKernelApp]", "KeyboardInterrupt caught in kernel", "ERROR:tornado.", "WARNING:tornado.")


TRACEBACK_LINES = 6


CONTEXT_LINES = 2  # source lines shown before the one that raised


_ARROW = re.compile(r"^\s*-+>")


_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


@dataclass(frozen=True)
class NotebookFailure:
    """Why one notebook failed: where (notebook, code cell) and the end of its error."""

    notebook: str  # as users see it, e.g. "notebooks/03_fail.ipynb"
    error: str  # "ValueError: boom"
    cell: int | None = None  # 1-based among the notebook's code cells
    execution_count: int | None = None
    traceback: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = self.notebook
        if self.cell is not None:
            where += f", code cell {self.cell}"
            if self.execution_count is not None:
                where += f" (In [{self.execution_count}])"
        lines = [f"{where}: {self.error}"] + [f"    {line}" for line in self.traceback]
        return "\n".join(lines)


def clean_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def _frame_summary(frame: list[str]) -> list[str]:
    """A traceback frame's header and the lines leading to its arrow (the line that raised)."""
    header, body = frame[0], frame[1:]
    arrows = [index for index, line in enumerate(body) if _ARROW.match(line)]
    if not arrows:  # e.g. a SyntaxError, shown with a caret instead of an arrow
        return [header] + body[-TRACEBACK_LINES:]
    return [header] + body[max(0, arrows[-1] - CONTEXT_LINES) : arrows[-1] + 1]


def traceback_tail(traceback: Sequence[str], error: str) -> tuple[str, ...]:
    """The end of a cell's traceback: the line of the cell that failed and, when deeper, the line that raised."""
    lines = [line.rstrip() for line in clean_ansi("\n".join(traceback)).splitlines()]
    lines = [line for line in lines if line.strip() and not set(line.strip()) <= {"-"}]
    lines = [line for line in lines if "Traceback (most recent call last)" not in line]
    if lines and lines[-1].strip() == error:
        lines.pop()
    starts = [index for index, line in enumerate(lines) if line.startswith(FRAME_HEADERS)]
    if not starts:
        return tuple(lines[-TRACEBACK_LINES:])
    frames = [lines[start:end] for start, end in zip(starts, starts[1:] + [len(lines)])]
    shown = _frame_summary(frames[0])
    if len(frames) > 2:
        shown.append("...")
    if len(frames) > 1:
        shown += _frame_summary(frames[-1])
    return tuple(shown)


def _failed_code_cell(executed: Path) -> int | None:
    """1-based number, among the source notebook's code cells, of the first cell with an error output."""
    try:
        notebook = read_notebook(executed)
    except (OSError, ValueError):
        return None
    number = 0
    for cell in notebook["cells"]:
        if cell.get("cell_type") != "code" or "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        number += 1
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            return number
    return None


def _lines(traceback: str | Sequence[str]) -> list[str]:
    return traceback.splitlines() if isinstance(traceback, str) else list(traceback)


def _failed_execution_count(executed: Path) -> int | None:
    """The execution count (In [n]) of the first cell with an error output."""
    try:
        notebook = read_notebook(executed)
    except (OSError, ValueError):
        return None
    for cell in notebook["cells"]:
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            return cell.get("execution_count")
    return None


def describe(exc: BaseException, shown: str, executed: Path) -> NotebookFailure:
    """Where and why a notebook failed, from nbclient's exception (which carries the cell's error)."""
    ename = getattr(exc, "ename", None)
    if ename is None:  # no cell raised: the kernel died or could not start
        return NotebookFailure(shown, clean_ansi(f"{type(exc).__name__}: {exc}".strip()))
    error = f"{ename}: {clean_ansi(str(exc.evalue))}" if getattr(exc, "evalue", "") else ename
    return NotebookFailure(
        notebook=shown,
        error=error,
        cell=_failed_code_cell(executed),
        execution_count=getattr(exc, "exec_count", None) or _failed_execution_count(executed),
        traceback=traceback_tail(_lines(getattr(exc, "traceback", []) or []), error),
    )


def worth_showing(log: str) -> list[str]:
    """What a worker printed, without the kernel's own start-up and shutdown chatter.

    The kernel logs its own errors as a chatter line and then a traceback (a socket closed under it
    while it shuts down, say): the traceback, up to its exception line, is chatter too.
    """
    shown, after_chatter, in_traceback = [], False, False
    for line in log.splitlines():
        if in_traceback:
            in_traceback = line.startswith((" ", "\t"))  # frames are indented; the exception line ends it
            after_chatter = after_chatter and in_traceback
            continue
        if line.startswith(KERNEL_CHATTER):
            after_chatter = True
            continue
        if after_chatter and line.startswith("Traceback (most recent call last)"):
            in_traceback = True
            continue
        after_chatter = False
        if line.strip():
            shown.append(line)
    return shown
