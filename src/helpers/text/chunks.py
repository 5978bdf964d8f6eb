"""A long text cut into chunks that can be read one at a time, each with enough context on both sides.

A quantity or its sentence may cross a chunk's edge, so every chunk carries ``CONTEXT_CHARS`` of
the text before and after it; a quantity belongs to the chunk it starts in, so no quantity is found
twice or lost. Chunks end at a line break where one is near, else at a sentence stop, else at a
comma, so a cut rarely falls inside a figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from helpers.text.extract import iter_quantities
from helpers.text.sentences import sentence_lookup

__all__ = ["CHUNK_CHARS", "CONTEXT_CHARS", "Chunk", "chunk_rows", "chunk_text"]


CHUNK_CHARS = 100_000  # characters per task: a chunk of a large file, or a batch of small files (bytes)


CONTEXT_CHARS = 96  # context read on each side of a chunk: more than a quantity (64) plus a slogan quote (14)


# Where a chunk may end, best first: after a line break, after a sentence stop (both exact),
# then after a comma or a space (offsets and matches exact, a sentence may be cut at the window).
_CUTS = ("\n", "。！？!?；;", "，、：: \t\u3000")


@dataclass(frozen=True)
class Chunk:
    """A piece of a file's text at character ``offset``, with context characters on either side."""

    offset: int
    text: str
    before: str = ""
    after: str = ""


def _cut(text: str, limit: int) -> int:
    """Where a chunk of at most ``limit`` (≥ 1) characters should end: after a line break, else a sentence stop, else
    a comma.
    """
    for floor in dict.fromkeys((max(limit // 2, 1), 1)):  # first in the second half of the chunk, then anywhere
        for stops in _CUTS[:2]:
            at = max(text.rfind(c, 0, limit) for c in stops) + 1
            if at >= floor:
                return at
    at = max(text.rfind(c, 0, limit) for c in _CUTS[2]) + 1
    return at if at >= 1 else limit


def chunk_text(pieces: Iterable[str], chunk_chars: int = CHUNK_CHARS, context: int = CONTEXT_CHARS) -> Iterator[Chunk]:
    """Cut a stream of text into chunks of at most ``chunk_chars`` characters at line breaks or sentence stops, with
    context.
    """
    if chunk_chars < 1:
        raise ValueError("chunk_chars must be at least 1")
    buffer, offset, before = "", 0, ""
    pieces = iter(pieces)
    exhausted = False
    while True:
        while not exhausted and len(buffer) < chunk_chars + context:
            piece = next(pieces, None)
            if piece is None:
                exhausted = True
            else:
                buffer += piece
        if not buffer:
            return
        end = len(buffer) if exhausted and len(buffer) <= chunk_chars else _cut(buffer, chunk_chars)
        yield Chunk(offset, buffer[:end], before, buffer[end : end + context])
        before = (before + buffer[:end])[-context:] if context else ""  # from earlier chunks too when this one is short
        buffer, offset = buffer[end:], offset + end


def chunk_rows(chunk: Chunk) -> Iterator[tuple]:
    """(start, end, text, value, low, high, unit, qualifier, currency, change, signed_value, sentence) for the
    quantities starting in a chunk, offsets in the file (the columns of ``helpers.text.extract.COLUMNS``, then the
    sentence).
    """
    window = chunk.before + chunk.text + chunk.after
    lo, hi = len(chunk.before), len(chunk.before) + len(chunk.text)
    sentence = sentence_lookup(window)
    shift = chunk.offset - lo
    for start, end, q in iter_quantities(window):
        if lo <= start < hi:
            yield (
                start + shift,
                end + shift,
                q.text,
                q.value,
                q.low,
                q.high,
                q.unit,
                q.qualifier,
                q.currency,
                q.change,
                q.signed_value,
                sentence(start, end),
            )
