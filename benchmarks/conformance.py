"""The score table of ``docs/conformance.md``: the reader on four peers' own test suites, counted from ``score.py``.

A script, not a test: it runs the peers' scorer (``../shared/peer-cases/score.py`` beside the checkout, or
``--score PATH``) with this Python and ``--json``, and prints, per source, a Markdown row:

* the in-scope cases without the class "spaced-out (space inside the figure)" (speech output, not news);
* how many the reader gets right (score.py's "project" column: ``parse_quantity`` for a figure alone,
  ``find_quantities`` in a sentence) and how many the extractor gets right on every case ("project·find");
* wrong readings: rows of either column, in scope, negative or rejected (not the out-of-scope class (b), nor the
  negatives of a peer's other domain), where a value was given that the expectation does not
  admit (as opposed to a refusal or nothing found); the cases behind them are listed with ``--list``;
* probe misreads (a bare numeral with 吨 appended read to a wrong value) and the negatives found clean.

Run from the project root: ``.venv/bin/python benchmarks/conformance.py [--list]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SOURCES = ("recognizers_text", "jionlp", "cn2an", "duckling")
DEFAULT_SCORE = Path(__file__).resolve().parents[1].parent / "shared" / "peer-cases" / "score.py"
TOOLS = (("reader", "project"), ("extractor", "project·find"))


def shown_value(got: str) -> bool:
    """Whether a row's reading shows a value (a wrong reading when the row failed), not a refusal or a miss."""
    return bool(got) and not got.startswith("✗") and "nothing found" not in got


def count(rows: list[dict]) -> tuple[dict[str, Counter], list[tuple]]:
    """Per source: cases in scope, right by each tool, wrong readings, probe misreads, negatives and clean ones."""
    counts = {source: Counter() for source in SOURCES}
    wrong = []
    for row in rows:
        c = counts[row["source"]]
        tools = {name: row["tools"].get(key) or row["tools"]["project"] for name, key in TOOLS}
        if row["scope"] == "(a)" and not row["class"].startswith("spaced"):
            c["cases"] += 1
            for name, tool in tools.items():
                c[name] += tool["ok"]
        if row["scope"] == "(c)":
            c["negatives"] += 1
            c["clean"] += tools["reader"]["ok"]
        for name, tool in tools.items():
            probe = tool.get("probe")
            if probe and not probe["ok"] and shown_value(probe["got"]):
                c["probe"] += 1
            if row["scope"] in ("(a)", "(c)", "(d)") and not tool["ok"] and shown_value(tool["got"]):
                c["wrong"] += 1
                wrong.append((row["source"], name, row["id"], row["input"], row["expected"], tool["got"], row["class"]))
    return counts, wrong


def table(counts: dict[str, Counter]) -> str:
    """The Markdown table of ``docs/conformance.md``."""
    lines = [
        "| source | in scope (spaced-out aside) | reader right | extractor right | wrong readings | probe misreads"
        " | negatives clean |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for source in SOURCES:
        c = counts[source]
        n = c["cases"] or 1
        lines.append(
            f"| {source} | {c['cases']} | {c['reader']} ({100 * c['reader'] / n:.1f} %) "
            f"| {c['extractor']} ({100 * c['extractor'] / n:.1f} %) | {c['wrong']} | {c['probe']} "
            f"| {c['clean']}/{c['negatives']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="the peers' score.py")
    parser.add_argument("--list", action="store_true", help="also list every wrong reading")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        subprocess.run(
            [sys.executable, str(args.score), "--no-peers", "--no-timing", "--json", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    counts, wrong = count(rows)
    print(table(counts))
    if args.list:
        for source, tool, case, text, expected, got, cls in wrong:
            print(f"{source}\t{tool}\t{case}\t{text[:40]}\t{expected[:40]}\t{got[:60]}\t{cls}")


if __name__ == "__main__":
    main()
