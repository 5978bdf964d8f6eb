"""The page becomes three clean articles: every column-break repair, nothing else changed, metadata and year."""

import re

import pytest

from helpers import load_articles
from helpers.dataset.articles import read_text
from helpers.errors import DataError
from helpers.text import layout
from helpers.text.dates import infer_year
from tests.support import SEED_RAW_PAGE, copy_seed

RAW = SEED_RAW_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def articles():
    return load_articles().set_index("article_id")


def test_three_articles_with_titles_and_text(articles):
    assert list(articles.index) == ["lead_resumption", "secretary_report", "five_tactics"]
    assert articles.loc["lead_resumption", "title"] == "拧紧疫情防控“安全阀” 按下绿色发展“快进键”"
    assert articles.loc["lead_resumption", "subtitle"].startswith("遂昌全力确保")
    assert articles.loc["five_tactics", "text"].startswith("真隔离。")
    assert all(articles["text"].str.len() > 300)


@pytest.mark.parametrize(
    "article_id,repaired,broken",
    [
        ("lead_resumption", "始终被遏制在县域之外", "遏\n\n制"),
        ("lead_resumption", "迁建项目施工现场,一片", "施工现\n\n场"),
        ("lead_resumption", "一手抓疫情防控一手抓复工复产。", "一手抓疫情防控\n\n一手抓复工复产"),
        ("lead_resumption", "原则,加强相关部门的联防联控", "加强\n\n相关部门"),
        ("five_tactics", "供粮近150天、储备油充足", "近150\n\n天"),
        ("five_tactics", "网络宣传新穎又给力", "新穎\n\n又给力"),
    ],
)
def test_each_column_break_is_repaired(articles, article_id, repaired, broken):
    assert broken in RAW  # the artifact is really in the raw page
    assert repaired in articles.loc[article_id, "text"]


def test_exactly_the_six_breaks_are_repaired(articles):
    assert articles["column_breaks_repaired"].sum() == 6


def test_headings_stay_separate_paragraphs(articles):
    paragraphs = articles.loc["lead_resumption", "text"].split("\n")
    assert "未雨绸缪,紧抓疫情防控同时提前谋划复工复产" in paragraphs
    assert "事无巨细,坚持疫情防控与复工复产“两手抓”“两手硬”" in paragraphs
    assert "统筹推进,确保群众安全健康与地方经济发展齐头并进" in paragraphs


def test_no_character_changes_beyond_joining(articles):
    """Each clean text, with its paragraph breaks removed, is the raw page's own characters in order."""
    squeezed = re.sub(r"\s+", "", RAW)
    for text in articles["text"]:
        for paragraph in text.split("\n"):
            assert re.sub(r"\s+", "", paragraph) in squeezed
    # the only raw lines not in any text are titles, bylines, the photo credit and the continuation markers
    all_text = "".join(articles["text"]).replace("\n", "")
    leftovers = [
        line for _, line in layout.paragraphs(RAW) if re.sub(r"\s+", "", line) not in re.sub(r"\s+", "", all_text)
    ]
    metadata = (
        set(articles["title"]) | set(articles["subtitle"]) | set(articles["byline"]) | set(articles["photo_credit"])
    )
    for line in leftovers:
        assert (
            line in metadata
            or layout.continuation_marker(line)
            or line == "一手抓疫情防控"
            or line.endswith(("遏", "施工现", "加强", "近150", "新穎"))
        )


def test_photo_caption_belongs_to_the_lead_story(articles):
    assert articles.loc["lead_resumption", "text"].startswith("2月20日,遂昌德鑫铸钢")
    assert articles.loc["lead_resumption", "photo_credit"] == "记者 章建辉 摄"
    assert articles.loc["lead_resumption", "photographers"] == "章建辉"


def test_metadata_reporters_and_continuations(articles):
    assert articles.loc["lead_resumption", "reporters"] == "傅长琪"
    assert articles.loc["lead_resumption", "correspondents"] == "王佳慧;蓝文丽"
    assert articles.loc["five_tactics", "reporters"] == "曹俊杰"
    assert articles.loc["five_tactics", "continuation_marker"] == "(上接第一版)"
    assert articles.loc["secretary_report", "continued_from"] == "第一版"
    assert not articles["text"].str.contains("上接第一版").any()


def test_year_is_2020_from_the_lunar_new_year(articles):
    evidence = infer_year(articles.loc["lead_resumption", "text"])
    assert evidence.year == 2020
    assert 2020 in evidence.candidates and 1963 in evidence.candidates
    assert "农历大年初一" in evidence.explanation
    assert set(articles["year"]) == {2020}
    assert str(articles["published_on_or_after"].iloc[0].date()) == "2020-02-22"


def test_infer_year_without_a_lunar_anchor_is_unknown():
    assert infer_year("2月22日,遂昌企业开工复工299家。").year is None


def test_infer_year_uses_other_lunar_dates():
    assert infer_year("2月8日,农历正月十五元宵节,新冠肺炎").year == 2020
    assert infer_year("2月12日,农历大年初一,新冠肺炎疫情").year == 2021
    ambiguous = infer_year("1月25日,农历大年初一")  # no term dates the text: several years fit
    assert ambiguous.year is None and 2020 in ambiguous.candidates and "ambiguous" in ambiguous.explanation


def test_an_empty_article_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(DataError, match="empty.txt.*empty"):
        read_text(path)


def test_a_gb18030_article_file_is_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("遂昌企业开工复工299家".encode("gbk"))
    assert read_text(path) == "遂昌企业开工复工299家"


def test_a_file_neither_utf8_nor_gb18030_is_refused_naming_it(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"\xff\xfe\xff caf\xe9")
    with pytest.raises(DataError, match="latin.txt.*neither UTF-8 nor GB18030"):
        read_text(path)


def test_an_article_with_no_text_under_its_title_is_refused(tmp_path):
    data = copy_seed(tmp_path / "data")
    (data / "raw" / "only_title.txt").write_text("标题\n\n记者 某某\n", encoding="utf-8")
    with open(data / "articles.csv", "a", encoding="utf-8") as f:
        f.write("only_title,raw/only_title.txt,标题,,某某,,,,Title only,\n")
    with pytest.raises(DataError, match="no text"):
        load_articles(data)


def test_a_title_not_on_the_page_is_refused_with_row_and_column(tmp_path):
    data = copy_seed(tmp_path / "data")
    csv = (data / "articles.csv").read_text(encoding="utf-8").replace("遂昌“五大战术”迎战新冠肺炎疫情", "不存在的标题")
    (data / "articles.csv").write_text(csv, encoding="utf-8")
    with pytest.raises(DataError, match=r"articles.csv, row 4, column 'title'"):
        load_articles(data)
