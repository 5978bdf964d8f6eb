"""A user's own article, end to end, in a copy of the project: add → propose → accept → audit → report.

The copy (src/, notebooks/, the seed's data as data/) is what a fresh clone holds; every command
runs there as a user runs it, with the copy's own source first on the path. Afterwards the
tests about the Suichang page still pass in the copy: they read the pinned seed, not its data/.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.paths import ROOT
from tests.support import SEED_DATA

MADE_UP = ROOT / "tests" / "fixtures" / "made_up" / "2020-03-02_qingxi.txt"
ARTICLE_ID = "qingxi_2020_03_02"


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    for name in ("src", "notebooks", "tests"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    for name in ("requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    shutil.copytree(SEED_DATA, root / "data")
    shutil.copy2(ROOT / "data" / "README.md", root / "data" / "README.md")
    return root


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(root / "src"),
        "HELPERS_DATA_DIR": str(root / "data"),
        "PYTHONWARNINGS": "ignore",
    }
    env.pop("HELPERS_REPORT_DIR", None)
    result = subprocess.run([sys.executable, *args], cwd=root, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result


@pytest.mark.slow
def test_a_made_up_article_end_to_end_in_a_copy_of_the_project(tmp_path):
    root = _project(tmp_path)
    with open(root / "data" / "categories.csv", "a", encoding="utf-8") as f:
        f.write('tourism,文旅,Tourism,"farm stays, homestays, visitors and tourism revenue"\n')

    added = _run(root, "-m", "helpers", "add", str(MADE_UP))
    assert "reporters:      林晓" in added.stdout and "year:           2020" in added.stdout
    assert (root / "data" / "raw" / MADE_UP.name).read_bytes() == MADE_UP.read_bytes()

    _run(root, "-m", "helpers", "propose", ARTICLE_ID, "--out", "proposed.csv")
    rows = pd.read_csv(root / "proposed.csv", dtype=str, keep_default_na=False)
    assert list(rows.columns) == list(pd.read_csv(root / "data" / "figures.csv", nrows=0).columns)
    assert "title" in set(rows["where"])
    rows.loc[rows["category"] == "", "category"] = "tourism"  # the review
    rows.loc[rows["label_en"] == "", "label_en"] = "to translate: " + rows["label_zh"]
    rows.to_csv(root / "reviewed.csv", index=False, lineterminator="\n")
    _run(root, "-m", "helpers", "accept", "reviewed.csv")
    assert "audit passed" in _run(root, "-m", "helpers", "audit").stdout
    package = subprocess.run(
        [str(Path(sys.executable).parent / "frictionless"), "validate", "datapackage.json"],
        cwd=root / "data",
        capture_output=True,
        text=True,
        check=False,
    )
    assert package.returncode == 0, package.stdout

    _run(root, "-m", "helpers", "report", "--only", "00_article_overview", "-p", f"article_id={ARTICLE_ID}")
    reports = root / "reports"
    stem = f"00_article_overview-{ARTICLE_ID}"
    executed = json.loads((reports / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))
    assert executed["metadata"]["title"].endswith("青溪县三十六户农家乐重新开门迎客")
    assert (reports / "notebooks" / f"{stem}.html").is_file()
    assert (reports / "figures" / f"overview_{ARTICLE_ID}_ranges.png").is_file()
    assert (reports / "figures" / f"overview_{ARTICLE_ID}_timeline.png").is_file()
    assert "青溪县三十六户农家乐重新开门迎客" in (reports / "index.html").read_text(encoding="utf-8")

    # the suite's tests about the seed page still pass in the copy, whatever its data/ now holds
    suite = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/dataset/test_figures.py",
            "tests/dataset/test_coverage.py",
            "tests/dataset/test_datapackage.py",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{root}"},
        check=False,
    )
    assert suite.returncode == 0, suite.stdout[-3000:]
