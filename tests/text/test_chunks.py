"""helpers.text.chunks: a long text cut into chunks gives exactly the rows of the whole text."""

from __future__ import annotations

from helpers.text.chunks import Chunk, chunk_rows, chunk_text
from tests.text.samples import paragraphs


def test_text_without_line_breaks_is_cut_after_sentences_and_the_rows_stay_exact():
    text = paragraphs(30).replace("\n", "")
    whole = list(chunk_rows(Chunk(0, text)))
    for chunk_chars in (150, 400, 3000):
        assert list(_rows_in_chunks(text, chunk_chars)) == whole
    # even cut anywhere (a chunk shorter than a sentence), offsets, spans and values stay exact; only the
    # sentence column is then limited to the chunk and its context
    for chunk_chars in (1, 7, 40):
        assert [r[:8] for r in _rows_in_chunks(text, chunk_chars)] == [r[:8] for r in whole]


def _rows_in_chunks(text: str, chunk_chars: int):
    pieces = (text[i : i + 97] for i in range(0, len(text), 97))  # a stream in odd-sized pieces
    chunks = list(chunk_text(pieces, chunk_chars))
    assert "".join(c.text for c in chunks) == text
    assert all(0 < len(c.text) <= chunk_chars for c in chunks)
    for c in chunks:
        yield from chunk_rows(c)
