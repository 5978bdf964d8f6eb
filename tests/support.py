"""What the tests share. The Suichang page as the tests know it: a pinned copy of its data files, whatever `data/` holds
now.

A user who adds an article changes `data/`; the tests about the seed page read `SEED_DATA`, so
their data never breaks the suite. `tests/conftest.py` points `HELPERS_DATA_DIR` at this folder for
the whole session (notebook kernels started by the tests inherit it).

Also here: `run_cli`, the command line as a user runs it; `reading` and `found_rows` (a quantity read alone, the
quantities found in a sentence, as tuples to compare); `read_both_ways` (a phrase read by both readers); and
`cn2an_drops_a_zero` (where cn2an writes a number without a 零 that Chinese needs).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from helpers.paths import ROOT

SEED_DATA: Path = Path(__file__).resolve().parent / "fixtures" / "suichang"
SEED_RAW_PAGE: Path = SEED_DATA / "raw" / "000_5f0faa43977e8169.txt"


def copy_seed(target: Path) -> Path:
    """A writable copy of the seed's data folder at ``target`` (for tests that change the data)."""
    shutil.copytree(SEED_DATA, target)
    return target


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``python -m helpers ARGS`` as a user runs it, from the repository root unless told, output captured."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], cwd=cwd or ROOT, capture_output=True, text=True, env=env, check=False
    )


def cn2an_drops_a_zero(written: str) -> bool:
    """Whether cn2an writes this number without a 零 that Chinese needs: a whole 万 group of zeros before a
    group that starts with a non-zero digit (300001000 is 三亿零一千; cn2an writes 三亿一千, which the reader
    refuses, as it skips a place without 零)."""
    digits = written.lstrip("-").partition(".")[0].lstrip("0")
    groups = [digits[max(0, i - 4) : i] for i in range(len(digits), 0, -4)][::-1]  # 万 groups, highest first
    return any(
        g == "0000" and len(nxt) == 4 and nxt[0] != "0" and any(int(h) for h in groups[:i])
        for i, (g, nxt) in enumerate(zip(groups, groups[1:]))
    )


def reading(text: str) -> tuple[float, float, float, str]:
    """``parse_quantity(text)`` as (value, low, high, unit)."""
    from helpers import parse_quantity

    q = parse_quantity(text)
    return q.value, q.low, q.high, q.unit


def found_rows(sentence: str) -> list[tuple[str, float, str]]:
    """``find_quantities(sentence)`` as (text, value, unit) rows."""
    from helpers import find_quantities

    frame = find_quantities(sentence)
    return list(zip(frame["text"], frame["value"], frame["unit"]))


#: The fields of a reading that parse_quantity and find_quantities must agree on for a phrase read alone.
AGREED_FIELDS = ("text", "value", "low", "high", "unit", "qualifier", "currency", "change")


def read_both_ways(phrase: str) -> tuple[tuple, tuple]:
    """``parse_quantity(phrase)`` and the first row of ``find_quantities(phrase)``, each as the ``AGREED_FIELDS``."""
    from helpers import find_quantities, parse_quantity

    q, row = parse_quantity(phrase), find_quantities(phrase).iloc[0]
    return tuple(getattr(q, f) for f in AGREED_FIELDS), tuple(row[f] for f in AGREED_FIELDS)
