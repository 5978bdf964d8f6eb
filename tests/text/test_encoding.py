"""helpers.text.encoding: UTF-8 or GB18030, and the first byte that is neither located."""

from __future__ import annotations

import pytest

from helpers.text.encoding import CorpusFileError, decode_corpus_bytes
from tests.text.samples import BAD_BYTES, GB_TEXT


def test_the_bad_files_really_are_neither_utf8_nor_gb18030():
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        with pytest.raises(UnicodeDecodeError):
            BAD_BYTES.decode(encoding)
    with pytest.raises(UnicodeDecodeError):
        GB_TEXT.encode("gb18030").decode("utf-8")  # so the GB18030 file is read as GB18030, not as UTF-8


def test_the_undecodable_byte_is_located():
    with pytest.raises(
        CorpusFileError, match=r"x\.txt: is neither UTF-8 nor GB18030 text: byte 0xff at line 2 \(byte offset 14\)"
    ):
        decode_corpus_bytes(b"line one\nab\xe4\xb8\xad" + b"\xff\xfe tail", "x.txt")
