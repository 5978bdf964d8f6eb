"""Errors a user can act on: each names the file, the row and the column, and what was expected."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DataError", "Problem", "UserFacingError"]


class UserFacingError(Exception):
    """An error whose message is meant for the user; the command line prints it without a traceback."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as a user would look for it."""

    file: str
    message: str
    row: int | None = None  # as a user counts rows in the file (header = row 1 in a CSV)
    column: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class DataError(UserFacingError, ValueError):
    """Bad input data: carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found:" if count > 1 else ""
        body = "\n".join(f"  - {p}" if head else str(p) for p in self.problems)
        super().__init__(f"{head}\n{body}" if head else body)
