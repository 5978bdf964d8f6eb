"""The completeness audit on the real articles, its failures, and adding a new article end to end."""

import csv

from helpers.dataset.coverage import audit
from tests.support import copy_seed, run_cli


def test_audit_passes_on_the_real_data():
    assert audit() == []
    result = run_cli("audit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit passed" in result.stdout


def test_audit_fails_when_a_figure_row_is_deleted(tmp_path):
    data = copy_seed(tmp_path / "data")
    lines = (data / "figures.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    deleted = next(line for line in lines if line.startswith("lr06,"))
    (data / "figures.csv").write_text("".join(line for line in lines if line is not deleted), encoding="utf-8")
    problems = audit(data)
    assert len(problems) == 1
    assert "'528名'" in problems[0] and "neither a figure" in problems[0] and "下派528名" in problems[0]
    result = run_cli("audit", "--data", str(data))
    assert result.returncode == 1 and "528名" in result.stdout and "Traceback" not in result.stderr


def test_audit_fails_when_a_quantity_is_added_to_an_article(tmp_path):
    data = copy_seed(tmp_path / "data")
    raw = data / "raw" / "000_5f0faa43977e8169.txt"
    text = raw.read_text(encoding="utf-8")
    # a new sentence at the end of the last article: no offsets of earlier figures move
    raw.write_text(text.replace("贡献遂昌力量。", "贡献遂昌力量。另有近300名志愿者参与。"), encoding="utf-8")
    problems = audit(data)
    assert len(problems) == 1 and "'近300名'" in problems[0]


def test_audit_fails_when_a_figures_as_of_is_not_its_governing_date(tmp_path):
    data = copy_seed(tmp_path / "data")
    csv_text = (data / "figures.csv").read_text(encoding="utf-8")
    row = next(line for line in csv_text.splitlines() if line.startswith("lr14,"))
    (data / "figures.csv").write_text(csv_text.replace(row, row.replace("2020-02-22", "2020-02-21")), encoding="utf-8")
    problems = audit(data)
    assert problems == [
        "lead_resumption: figure lr14 '299家' has as_of 2020-02-21; the text's governing date is 2020-02-22"
    ]


def test_audit_on_bad_data_answers_without_a_traceback(tmp_path):
    data = copy_seed(tmp_path / "data")
    with open(data / "figures.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[3][rows[0].index("value")] = "many"  # file row 4
    with open(data / "figures.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    result = run_cli("audit", "--data", str(data))
    assert result.returncode == 2
    assert "row 4, column 'value'" in result.stderr and "Traceback" not in result.stderr + result.stdout
