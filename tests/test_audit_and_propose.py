"""The completeness audit on the real articles, its failures, and adding a new article end to end."""
import csv
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from helpers import load_articles, load_figures
from helpers.audit import audit
from helpers.paths import DATA, ROOT
from helpers.propose import propose


def _copy(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


def _run(*args):
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=ROOT, capture_output=True, text=True)


def test_audit_passes_on_the_real_data():
    assert audit() == []
    result = _run("audit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit passed" in result.stdout


def test_audit_fails_when_a_figure_row_is_deleted(tmp_path):
    data = _copy(tmp_path)
    lines = (data / "figures.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    deleted = next(line for line in lines if line.startswith("lr06,"))
    (data / "figures.csv").write_text("".join(line for line in lines if line is not deleted), encoding="utf-8")
    problems = audit(data)
    assert len(problems) == 1
    assert "'528名'" in problems[0] and "neither a figure" in problems[0] and "下派528名" in problems[0]
    result = _run("audit", "--data", str(data))
    assert result.returncode == 1 and "528名" in result.stdout and "Traceback" not in result.stderr


def test_audit_fails_when_a_quantity_is_added_to_an_article(tmp_path):
    data = _copy(tmp_path)
    raw = data / "raw" / "000_5f0faa43977e8169.txt"
    text = raw.read_text(encoding="utf-8")
    # a new sentence at the end of the last article: no offsets of earlier figures move
    raw.write_text(text.replace("贡献遂昌力量。", "贡献遂昌力量。另有近300名志愿者参与。"), encoding="utf-8")
    problems = audit(data)
    assert len(problems) == 1 and "'近300名'" in problems[0]


def test_audit_fails_when_a_figures_as_of_is_not_its_governing_date(tmp_path):
    data = _copy(tmp_path)
    csv_text = (data / "figures.csv").read_text(encoding="utf-8")
    row = next(line for line in csv_text.splitlines() if line.startswith("lr14,"))
    (data / "figures.csv").write_text(csv_text.replace(row, row.replace("2020-02-22", "2020-02-21")), encoding="utf-8")
    problems = audit(data)
    assert problems == ["lead_resumption: figure lr14 '299家' has as_of 2020-02-21; the text's governing date is 2020-02-22"]


ARTICLE = """测试县企业复工情况

截至3月2日,测试县企业复工356家,复工率88.5%,到岗员工近1.2万人。

记者 张三
"""


def test_adding_an_article_needs_no_code_change(tmp_path):
    data = _copy(tmp_path)
    (data / "raw" / "new.txt").write_text(ARTICLE, encoding="utf-8")
    with open(data / "articles.csv", "a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(["test_county", "raw/new.txt", "测试县企业复工情况", "", "张三", "", "", "", "A test article", "2020"])
    articles = load_articles(data)
    assert "test_county" in set(articles["article_id"])
    assert articles.set_index("article_id").loc["test_county", "text"].startswith("截至3月2日")

    rows = propose("test_county", data)
    assert list(rows["quote"]) == ["356家", "88.5%", "近1.2万人"]
    assert set(rows["as_of"]) == {"2020-03-02"}  # the year stated in articles.csv: this text does not fix it
    assert (rows["category"] == "").all() and (rows["metric"] == "").all()

    # the audit sees the new quantities as missing until they are curated
    assert len(audit(data)) == 3
    rows["category"] = ["enterprises", "enterprises", "workforce"]
    rows["metric"] = ["test_enterprises_resumed", "test_resumption_rate", "test_workers_returned"]
    rows["label_zh"] = ["复工企业", "复工率", "到岗员工"]
    rows["label_en"] = ["Enterprises resumed", "Resumption rate", "Workers back"]
    figures = pd.read_csv(data / "figures.csv", dtype=str, keep_default_na=False)
    pd.concat([figures, rows.astype(str)]).to_csv(data / "figures.csv", index=False, encoding="utf-8", lineterminator="\n")
    assert audit(data) == []
    loaded = load_figures(data_dir=data).set_index("metric").loc["test_workers_returned"]
    assert (loaded["low"], loaded["high"]) == (10800, 12000)


def test_propose_command_writes_rows_to_a_file(tmp_path):
    out = tmp_path / "proposed.csv"
    result = _run("propose", "five_tactics", "--all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert "近150天" in set(rows["quote"]) and len(rows) == 11


def test_propose_names_an_unknown_article():
    result = _run("propose", "nowhere")
    assert result.returncode == 2 and "no article 'nowhere'" in result.stderr and "Traceback" not in result.stderr
