"""add → propose → accept → audit on a made-up article (fictional 青溪县); every bad input refused, nothing changed."""

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_articles, load_figures
from helpers.dataset.accept import accept
from helpers.dataset.coverage import audit
from helpers.dataset.propose import propose
from helpers.dataset.register import register
from helpers.errors import DataError, UserFacingError
from helpers.text.bylines import parse_byline
from helpers.text.layout import find_articles
from tests.support import copy_seed, run_cli

MADE_UP = Path(__file__).resolve().parents[1] / "fixtures" / "made_up" / "2020-03-02_qingxi.txt"
ARTICLE_ID = "qingxi_2020_03_02"


def _fingerprint(data: Path) -> dict[str, str]:
    return {
        p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in data.rglob("*")
        if p.is_file()
    }


def _review(rows: pd.DataFrame) -> pd.DataFrame:
    """What a reviewer does: a category for the blanks (a new one, added to categories.csv), English labels."""
    rows = rows.copy()
    rows.loc[rows["category"] == "", "category"] = "tourism"
    rows.loc[rows["label_en"] == "", "label_en"] = "to translate: " + rows["label_zh"]
    return rows


@pytest.fixture
def data(tmp_path):
    data = copy_seed(tmp_path / "data")
    with open(data / "categories.csv", "a", encoding="utf-8") as f:
        f.write('tourism,文旅,Tourism,"farm stays, homestays, visitors and tourism revenue"\n')
    return data


def test_the_made_up_page_is_read_as_one_article_with_its_people():
    (found,) = find_articles(MADE_UP.read_text(encoding="utf-8"))
    assert found.title == "青溪县三十六户农家乐重新开门迎客"
    assert found.subtitle == "一季度全县旅游收入预计恢复至去年同期七成"
    assert found.byline.reporters == ("林晓",) and found.byline.correspondents == ("周明",)
    assert found.byline.photographers == ("林晓",)


@pytest.mark.parametrize(
    ("line", "reporters", "correspondents", "photographers"),
    [
        ("记者 傅长琪 通讯员 王佳慧 蓝文丽", ("傅长琪",), ("王佳慧", "蓝文丽"), ()),
        ("(记者幸福 通讯员王小明)", ("幸福",), ("王小明",), ()),
        ("每经记者 张蕊", ("张蕊",), (), ()),
        ("李明/文", ("李明",), (), ()),
        ("文/记者 李明", ("李明",), (), ()),
        ("记者 章建辉 摄", (), (), ("章建辉",)),
        ("图/赵六", (), (), ("赵六",)),
    ],
)
def test_bylines_in_the_usual_forms(line, reporters, correspondents, photographers):
    people = parse_byline(line)
    assert (people.reporters, people.correspondents, people.photographers) == (reporters, correspondents, photographers)


@pytest.mark.parametrize("line", ["记者从县里获悉，复工率达93%。", "一手抓疫情防控", "截至2月22日"])
def test_text_is_not_a_byline(line):
    assert parse_byline(line) is None


def test_add_propose_accept_audit_on_a_made_up_article(data):
    plan = register(MADE_UP, data)
    assert (data / "raw" / MADE_UP.name).read_bytes() == MADE_UP.read_bytes()
    row = load_articles(data).set_index("article_id").loc[ARTICLE_ID]
    assert (row["reporters"], row["correspondents"], row["photographers"]) == ("林晓", "周明", "林晓")
    assert row["year"] == 2020 and "2020年3月2日" in row["year_evidence"]
    assert row["text"].startswith("本报讯(记者林晓 通讯员周明)2020年3月2日")
    assert "50万人次" in row["text"]  # the column break inside 人次 is repaired
    assert list(plan.rows["article_id"]) == [ARTICLE_ID]

    rows = propose(ARTICLE_ID, data)
    headline = rows[rows["where"] == "title"].iloc[0]
    assert (headline["quote"], headline["value"], headline["unit"]) == ("三十六户", "36", "户")
    assert "七成" in set(rows[rows["where"] == "subtitle"]["quote"])
    assert {"85%", "近300万元", "约8000人次", "120余万元", "百分之九十", "3至5条", "1.5万张"} <= set(rows["quote"])
    rate = rows.set_index("quote").loc["85%"]
    assert (rate["category"], rate["label_zh"], rate["as_of"]) == ("enterprises", "复工率", "2020-03-01")
    assert audit(data)  # not yet curated: the audit lists the new quantities, the headline's too
    assert any("of the title" in line for line in audit(data))

    reviewed = data.parent / "reviewed.csv"
    _review(rows).to_csv(reviewed, index=False, lineterminator="\n")
    accept(reviewed, data)
    assert audit(data) == []
    figures = load_figures(data_dir=data)
    mine = figures[figures["article_id"] == ARTICLE_ID].set_index("quote")
    assert (mine.loc["近300万元", "low"], mine.loc["近300万元", "high"]) == (2700000, 3000000)
    assert mine.loc["三十六户", "where"] == "title"
    assert len(figures) == 33 + len(rows)

    before = _fingerprint(data)
    with pytest.raises(DataError, match="already used"):
        accept(reviewed, data)
    assert _fingerprint(data) == before


def _refused(data: Path, call, match: str):
    before = _fingerprint(data)
    with pytest.raises(UserFacingError, match=match):
        call()
    assert _fingerprint(data) == before


def test_bad_pages_are_refused_and_change_nothing(data, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    _refused(data, lambda: register(empty, data), "is empty")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _refused(data, lambda: register(binary, data), "binary")
    untitled = tmp_path / "untitled.txt"
    untitled.write_text(
        "2020年3月2日，全县企业复工率达85%，到岗员工近1.2万人，比上周提高了三成，各项工作有序推进。\n", "utf-8"
    )
    _refused(data, lambda: register(untitled, data), "no title line")
    _refused(data, lambda: register(MADE_UP, data, article_id="lead_resumption"), "already used")
    undated = tmp_path / "undated.txt"
    undated.write_text("某县企业复工\n\n截至3月2日，某县企业复工356家。\n", "utf-8")
    _refused(data, lambda: register(undated, data), "--year")
    register(undated, data, year=2020)
    assert load_articles(data).set_index("article_id").loc["undated", "year"] == 2020


def test_a_gb18030_page_is_registered_byte_for_byte(data, tmp_path):
    page = tmp_path / "gb_page.txt"
    page.write_bytes(MADE_UP.read_text(encoding="utf-8").encode("gb18030"))
    register(page, data, article_id="qingxi_gb")
    assert (data / "raw" / "gb_page.txt").read_bytes() == page.read_bytes()


@pytest.mark.parametrize(
    ("column", "value", "match"),
    [
        ("quote", "37家", "not in the clean text"),
        ("start", "0", "offsets"),
        ("category", "sightseeing", "known category.*categories.csv"),
        ("value", "99", "does not match the quote"),
    ],
)
def test_a_bad_reviewed_file_is_refused_and_changes_nothing(data, column, value, match):
    register(MADE_UP, data)
    rows = _review(propose(ARTICLE_ID, data)).astype(str)
    rows.loc[rows["quote"] == "36家", column] = value
    reviewed = data.parent / "reviewed.csv"
    rows.to_csv(reviewed, index=False, lineterminator="\n")
    _refused(data, lambda: accept(reviewed, data), match)


def test_the_year_left_unsaid_is_one_line_naming_the_column(data):
    (data / "raw" / "undated.txt").write_text("某县企业复工\n\n截至3月2日，某县企业复工356家。\n", "utf-8")
    with open(data / "articles.csv", "a", encoding="utf-8") as f:
        f.write("undated,raw/undated.txt,某县企业复工,,,,,,,\n")
    with pytest.raises(DataError) as caught:
        load_articles(data)
    assert "'year'" in str(caught.value) and "\n" not in str(caught.value)


def test_add_and_accept_from_the_command_line(tmp_path):
    data = copy_seed(tmp_path / "data")
    env_cli = lambda *args: run_cli(*args, env={"HELPERS_DATA_DIR": str(data)})
    dry = env_cli("add", str(MADE_UP), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would register" in dry.stdout and "林晓" in dry.stdout and not (data / "raw" / MADE_UP.name).exists()
    done = env_cli("add", str(MADE_UP))
    assert done.returncode == 0 and f"propose {ARTICLE_ID}" in done.stdout
    again = env_cli("add", str(MADE_UP))
    assert again.returncode == 2 and "already registered" in again.stderr and "Traceback" not in again.stderr
