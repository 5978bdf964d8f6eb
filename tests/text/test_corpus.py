"""`python -m helpers extract`: folders of .txt files in UTF-8 / UTF-8 with BOM / GB18030 into one CSV, bad files
named, memory flat.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.text import corpus
from helpers.text.corpus import CSV_COLUMNS, extract_file, extract_paths, iter_file_rows
from helpers.text.encoding import CorpusFileError, decode_corpus_bytes, detect_encoding
from helpers.text.extract import find_quantities
from helpers.text.sentences import sentence_at
from tests.support import run_cli
from tests.text.samples import BAD_BYTES, GB_TEXT, paragraphs

UTF8_TEXT = (
    "拧紧疫情防控“安全阀”\r\n\r\n"
    "截至2月22日,遂昌企业开工复工299家,复工率93%,复工到岗员工数为11676人,到岗率77.9%。\r\n"
    "县中心粮库已储备原粮1.34万吨,可供全县人民供粮近150天。购买N95口罩,第一批复工。\r\n"
)
BOM_TEXT = "遂昌制定发布了《关于应对疫情支持企业共渡难关的二十条意见》,下派528名“驻企服务员”。\n"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A corpus folder: good files in three encodings in nested folders, a binary file, an undecodable one, an empty
    one.
    """
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_bytes(UTF8_TEXT.encode("utf-8"))
    (root / "sub" / "b_bom.txt").write_bytes(b"\xef\xbb\xbf" + BOM_TEXT.encode("utf-8"))
    (root / "sub" / "deeper" / "c_gb.txt").write_bytes(GB_TEXT.encode("gb18030"))
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / "sub" / "zz_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "sub" / "bad.txt").write_bytes(BAD_BYTES)
    (root / "notes.md").write_text("不是语料:100多名", encoding="utf-8")  # not *.txt: ignored
    return root


GOOD = {
    "corpus/a.txt": UTF8_TEXT,
    "corpus/sub/b_bom.txt": BOM_TEXT,
    "corpus/sub/deeper/c_gb.txt": GB_TEXT,
}


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "helpers", "extract", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def test_every_good_file_gives_its_rows_with_source_offsets_and_sentence(tree: Path):
    done = run(tree.parent, "corpus", "--out", "out.csv")
    rows = read_csv(tree.parent / "out.csv")
    assert list(rows.columns) == CSV_COLUMNS
    # files sorted by path, then text order; the bad, binary, empty and non-.txt files give no rows
    assert list(dict.fromkeys(rows["source"])) == ["corpus/a.txt", "corpus/sub/b_bom.txt", "corpus/sub/deeper/c_gb.txt"]
    for source, mine in rows.groupby("source", sort=False):
        text = GOOD[source]
        expected = find_quantities(text)
        assert list(mine["text"]) == list(expected["text"])
        assert [int(s) for s in mine["start"]] == list(expected["start"])
        for r in mine.itertuples():
            start, end = int(r.start), int(r.end)
            assert text[start:end] == r.text  # offsets index the decoded text (BOM dropped, \r\n kept)
            assert r.sentence == sentence_at(text, start, end)
    found = dict(zip(rows["text"], zip(rows["value"], rows["low"], rows["high"], rows["unit"], rows["qualifier"])))
    assert found["299家"] == ("299.0", "299.0", "299.0", "家", "")
    assert found["77.9%"] == ("77.9", "77.85", "77.95", "%", "")
    assert found["1.34万吨"] == ("13400.0", "13350.0", "13450.0", "吨", "")
    assert found["近150天"] == ("150.0", "135.0", "150.0", "天", "近")
    assert found["二十条"][0] == "20.0" and found["528名"][0] == "528.0"
    assert (
        found["三十六名"][0] == "36.0" and found["五千多名"][1:3] == ("5000.0", "6000.0") and found["上万份"][4] == "上"
    )
    assert found["1.68亿元"][0] == "168000000.0"
    assert not {"N95", "第一批", "2月22日", "22日"} & set(found)
    assert done.returncode == 1  # the two bad files


def test_bad_files_are_named_the_run_goes_on_and_exits_1_without_traceback(tree: Path):
    done = run(tree.parent, "corpus", "--out", "out.csv")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    err = done.stderr
    assert "error: corpus/sub/bad.txt: is neither UTF-8 nor GB18030 text" in err
    assert "error: corpus/sub/zz_binary.txt: holds NUL bytes" in err
    assert "2 files could not be read:" in err
    assert err.count("corpus/sub/bad.txt") == 2  # as it happens, and in the list at the end
    assert "empty.txt" not in err and "notes.md" not in err
    assert (tree.parent / "out.csv").exists()  # the good rows are still written
    assert set(read_csv(tree.parent / "out.csv")["source"]) == set(GOOD)
    assert sorted(p.name for p in tree.parent.iterdir()) == ["corpus", "out.csv"]  # no temporary file left


def test_jobs_1_and_jobs_2_and_stdout_give_identical_bytes(tree: Path):
    (tree / "sub" / "bad.txt").unlink()
    (tree / "sub" / "zz_binary.txt").unlink()
    (tree / "big.txt").write_text(paragraphs(60), encoding="utf-8")
    for i in range(12):
        (tree / "many" / f"{i:02d}.txt").parent.mkdir(exist_ok=True)
        (tree / "many" / f"{i:02d}.txt").write_text(paragraphs(3 + i % 4)[i:], encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        done = run(tree.parent, "corpus", "--jobs", jobs, "--chunk-chars", "400", "--out", f"out{jobs}.csv")
        assert done.returncode == 0, done.stderr
        outputs.append((tree.parent / f"out{jobs}.csv").read_bytes())
    done = run(tree.parent, "corpus", "--jobs", "2", "--chunk-chars", "400")
    assert done.returncode == 0
    assert outputs[0] == outputs[1] == done.stdout.encode("utf-8")
    rows = list(csv.reader(io.StringIO(outputs[0].decode("utf-8"))))
    assert len(rows) > 500
    # a large file read in chunks gives the same bytes as read whole
    whole = run(tree.parent, "corpus", "--jobs", "2", "--out", "whole.csv")
    assert (tree.parent / "whole.csv").read_bytes() == outputs[0], whole.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.parametrize("chunk_chars", [300, 1000, 5000])
def test_a_large_file_read_in_chunks_gives_the_same_rows_as_read_whole(tmp_path: Path, encoding: str, chunk_chars: int):
    text = paragraphs(80).replace("\n", "\r\n" if chunk_chars == 1000 else "\n")
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode(encoding))
    whole = extract_file(path, chunk_chars=10**9)
    chunked = extract_file(path, chunk_chars=chunk_chars)
    pd.testing.assert_frame_equal(chunked, whole)
    assert len(whole) == len(find_quantities(text)) > 500
    assert all(text[s:e] == t for s, e, t in zip(chunked["start"], chunked["end"], chunked["text"]))


def test_reading_rules(tmp_path: Path):
    assert decode_corpus_bytes("\ufeff复工率93%".encode("utf-8")) == "复工率93%"  # the BOM is not text
    assert decode_corpus_bytes("复工率93%".encode("gb18030")) == "复工率93%"
    assert decode_corpus_bytes(b"") == ""
    with pytest.raises(CorpusFileError, match="holds NUL bytes"):
        decode_corpus_bytes("复工率93%".encode("utf-16"))  # UTF-16: ASCII characters hold a NUL byte
    # the streaming check agrees with reading whole, even with a character cut between blocks
    cases = {"u.txt": "复工率93%\n" * 5, "g.txt": "复工率93%\n" * 5}
    (tmp_path / "u.txt").write_bytes(b"\xef\xbb\xbf" + cases["u.txt"].encode("utf-8"))
    (tmp_path / "g.txt").write_bytes(cases["g.txt"].encode("gb18030"))
    (tmp_path / "bad.txt").write_bytes("复工\n率93%\n".encode() + b"\xff\xfe")
    (tmp_path / "nul.txt").write_bytes("复工".encode() * 10 + b"\x00")
    assert detect_encoding(tmp_path / "u.txt", block=5) == "utf-8-sig"
    assert detect_encoding(tmp_path / "g.txt", block=3) == "gb18030"
    with pytest.raises(CorpusFileError, match=r"byte 0xff at line 3 \(byte offset 14\)"):
        detect_encoding(tmp_path / "bad.txt", block=4)
    with pytest.raises(CorpusFileError, match="NUL"):
        detect_encoding(tmp_path / "nul.txt", block=4)
    for name, text in cases.items():
        assert [r[:3] for r in iter_file_rows(tmp_path / name, chunk_chars=8)] == [
            (s, e, t) for s, e, t in zip(*(find_quantities(text)[c] for c in ("start", "end", "text")))
        ]


def test_an_interrupted_run_leaves_no_csv_and_keeps_the_old_one(tree: Path, monkeypatch: pytest.MonkeyPatch):
    out = tree.parent / "out.csv"
    out.write_text("the previous run\n", encoding="utf-8")
    calls = {"n": 0}
    real = corpus.chunk_rows

    def failing(chunk):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(chunk)

    monkeypatch.setattr(corpus, "chunk_rows", failing)
    with pytest.raises(KeyboardInterrupt):
        extract_paths([tree], out, jobs=1, progress=False, on_problem=lambda p: None)
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tree.parent.iterdir()) == ["corpus", "out.csv"]


def test_extract_paths_reports_counts_and_failures(tree: Path):
    stream = io.StringIO()
    seen = []
    result = extract_paths([tree / "a.txt", tree / "sub"], stream, jobs=1, progress=False, on_problem=seen.append)
    assert (result.files, result.ok) == (4, False)  # a, b_bom, c_gb and the empty file were read
    assert (
        [p.file for p in result.failures]
        == [p.file for p in seen]
        == [str(tree / "sub" / "bad.txt"), str(tree / "sub" / "zz_binary.txt")]
    )
    rows = pd.read_csv(io.StringIO(stream.getvalue()), dtype=str, keep_default_na=False)
    assert result.rows == len(rows)
    assert rows["source"].iloc[0] == str(tree / "a.txt")  # a file given by name is labelled as given


def test_a_missing_path_or_no_txt_file_is_a_clear_error(tmp_path: Path):
    done = run(tmp_path, "nowhere")
    assert done.returncode == 2 and "no such file or folder: nowhere" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "empty").mkdir()
    done = run(tmp_path, "empty")
    assert done.returncode == 2 and "no .txt files in empty" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "empty" / "a.txt").write_text("100多名", encoding="utf-8")
    done = run(tmp_path, "empty", "--out", "missing/out.csv")
    assert done.returncode == 2 and "folder missing does not exist" in done.stderr and "Traceback" not in done.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(tree: Path):
    done = run(tree.parent, "corpus/a.txt")
    assert done.returncode == 0
    assert done.stderr.strip() == "6 quantities from 1 file written"
    assert done.stdout.splitlines()[0] == ",".join(CSV_COLUMNS)


def test_extract_names_binary_and_undecodable_files_and_keeps_the_good_rows(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("遂昌企业开工复工299家,复工率93%。", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "broken.txt").write_bytes(b"\xff\xff\xff\xfe\x80\x80")
    out = tmp_path / "quantities.csv"
    result = run_cli("extract", str(folder), "--out", str(out))
    assert result.returncode != 0
    assert "binary.txt" in result.stderr and "broken.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert "299家" in out.read_text(encoding="utf-8")
