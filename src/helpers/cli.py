"""The command line: one sub-command per job, each a `main(argv) -> int` in its own module.

Users never see a traceback: a `helpers.errors.UserFacingError` (bad data, a bad
argument, a failed notebook) is printed as its message and the exit code is 2.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from helpers.errors import UserFacingError

__all__ = ["COMMANDS", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    "report": ("helpers.report.build", "execute every notebook into reports/ and export figures, workbook and HTML"),
    "audit": ("helpers.dataset.coverage", "check that every quantity in the articles is curated or explained"),
    "add": (
        "helpers.dataset.register",
        "register a raw page or article: copy it to data/raw/, its articles to articles.csv",
    ),
    "propose": ("helpers.dataset.propose", "write candidate figure rows for an article, with suggested labels"),
    "accept": ("helpers.dataset.accept", "check a reviewed candidates file and merge it into data/figures.csv"),
    "extract": ("helpers.text.corpus", "find every quantity in folders of .txt files, into one CSV"),
    "lab": ("helpers.lab", "JupyterLab on the notebooks (adds --allow-root when run as root)"),
    "check-notebooks": ("helpers.notebook_hygiene", "fail when a notebook under notebooks/ is stored with outputs"),
}


def _usage() -> str:
    lines = ["usage: python -m helpers COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<16} {text}" for name, (_, text) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    try:
        return int(module.main(rest) or 0)
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
