"""helpers.dataset.propose: candidate figure rows for a new article, from the command line."""

import csv

import pandas as pd

from helpers import load_articles, load_figures
from helpers.dataset.coverage import audit
from helpers.dataset.propose import propose
from tests.support import copy_seed, run_cli


def test_adding_an_article_needs_no_code_change(tmp_path):
    data = copy_seed(tmp_path / "data")
    (data / "raw" / "new.txt").write_text(ARTICLE, encoding="utf-8")
    with open(data / "articles.csv", "a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            ["test_county", "raw/new.txt", "测试县企业复工情况", "", "张三", "", "", "", "A test article", "2020"]
        )
    articles = load_articles(data)
    assert "test_county" in set(articles["article_id"])
    assert articles.set_index("article_id").loc["test_county", "text"].startswith("截至3月2日")

    rows = propose("test_county", data)
    assert list(rows["quote"]) == ["356家", "88.5%", "近1.2万人"]
    assert set(rows["as_of"]) == {"2020-03-02"}  # the year stated in articles.csv: this text does not fix it
    # category, metric and labels are suggested from the counter and the words around it, marked for review
    assert list(rows["category"]) == ["enterprises", "enterprises", "workforce"]
    assert list(rows["label_zh"]) == ["测试县企业复工", "复工率", "到岗员工"]
    assert rows["metric"].is_unique and rows["metric"].str.startswith("test_county_").all()
    assert rows["note"].str.contains("check category, metric and labels").all()
    assert set(rows["where"]) == {"body"}

    # the audit sees the new quantities as missing until they are curated
    assert len(audit(data)) == 3
    rows["category"] = ["enterprises", "enterprises", "workforce"]
    rows["metric"] = ["test_enterprises_resumed", "test_resumption_rate", "test_workers_returned"]
    rows["label_zh"] = ["复工企业", "复工率", "到岗员工"]
    rows["label_en"] = ["Enterprises resumed", "Resumption rate", "Workers back"]
    figures = pd.read_csv(data / "figures.csv", dtype=str, keep_default_na=False)
    pd.concat([figures, rows.astype(str)]).to_csv(
        data / "figures.csv", index=False, encoding="utf-8", lineterminator="\n"
    )
    assert audit(data) == []
    loaded = load_figures(data_dir=data).set_index("metric").loc["test_workers_returned"]
    assert (loaded["low"], loaded["high"]) == (10800, 12000)


def test_propose_command_writes_rows_to_a_file(tmp_path):
    out = tmp_path / "proposed.csv"
    result = run_cli("propose", "five_tactics", "--all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert "近150天" in set(rows["quote"]) and len(rows) == 11


def test_propose_names_an_unknown_article():
    result = run_cli("propose", "nowhere")
    assert result.returncode == 2 and "no article 'nowhere'" in result.stderr and "Traceback" not in result.stderr


ARTICLE = """测试县企业复工情况

截至3月2日,测试县企业复工356家,复工率88.5%,到岗员工近1.2万人。

记者 张三
"""
