"""A text file's bytes to text: UTF-8 (with or without BOM), else GB18030, with errors that say where.

A file that is neither is refused with the byte offset, line and character position of the first
byte that does not decode, so a user can find it; a file with NUL bytes is refused as binary.
Large files are decoded block by block (`decoded_pieces`) so memory stays flat.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path

from helpers.errors import DataError, Problem

__all__ = [
    "BLOCK_BYTES",
    "CorpusFileError",
    "ENCODINGS",
    "decode_corpus_bytes",
    "decoded_pieces",
    "detect_encoding",
    "open_error",
    "read_corpus_file",
]

ENCODINGS = ("utf-8-sig", "gb18030")


BLOCK_BYTES = 1 << 20  # bytes read at a time from a large file


class CorpusFileError(DataError):
    """A corpus file that cannot be read as text."""


def _not_text(source: str, byte: int, position: int, line: int) -> CorpusFileError:
    return CorpusFileError(
        Problem(
            source,
            f"is neither UTF-8 nor GB18030 text: byte 0x{byte:02x} at line {line} (byte offset {position}) "
            "is not UTF-8, and GB18030 fails too; save it as UTF-8",
        )
    )


def _binary(source: str) -> CorpusFileError:
    return CorpusFileError(
        Problem(source, "holds NUL bytes: a binary file (or UTF-16 text), not UTF-8 or GB18030 text")
    )


def open_error(source: str, exc: OSError) -> CorpusFileError:
    return CorpusFileError(Problem(source, f"cannot be read: {exc.strerror or exc}"))


def decode_corpus_bytes(raw: bytes, source: str = "<bytes>") -> str:
    """Decode a file's bytes as UTF-8 (a byte-order mark is dropped) or else GB18030, naming the file when neither."""
    if b"\x00" in raw:
        raise _binary(source)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_text(source, raw[exc.start], exc.start, raw.count(b"\n", 0, exc.start) + 1) from None
    raise AssertionError("unreachable: utf-8-sig failed where utf-8 did not")  # pragma: no cover


def read_corpus_file(path: str | os.PathLike[str], source: str | None = None) -> str:
    """The whole text of one corpus file (UTF-8 with or without BOM, or GB18030), or CorpusFileError naming it."""
    label = source if source is not None else os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise open_error(label, exc) from None
    return decode_corpus_bytes(raw, label)


def decoded_pieces(path: str | os.PathLike[str], encoding: str, block: int = BLOCK_BYTES) -> Iterator[tuple[str, int]]:
    """Decode a file as a stream: (text, bytes read so far) per block; UnicodeDecodeError on a bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    done = 0
    with open(path, "rb") as stream:
        while data := stream.read(block):
            done += len(data)
            yield decoder.decode(data), done
        yield decoder.decode(b"", final=True), done


def _first_bad_byte(path: str | os.PathLike[str], encoding: str, label: str, block: int) -> tuple[int, int, int] | None:
    """Stream a file through a decoder: None when it decodes, else (bad byte, byte offset, line); CorpusFileError on
    NUL.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    consumed = lines = 0
    with open(path, "rb") as stream:
        while True:
            data = stream.read(block)
            if b"\x00" in data:
                raise _binary(label)
            held = len(decoder.getstate()[0])  # bytes of an unfinished character kept from the last block
            try:
                decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                bad = exc.object[exc.start] if exc.start < len(exc.object) else 0
                return bad, consumed - held + exc.start, lines + exc.object.count(b"\n", held, max(exc.start, held)) + 1
            if not data:
                return None
            consumed += len(data)
            lines += data.count(b"\n")


def detect_encoding(path: str | os.PathLike[str], source: str | None = None, block: int = BLOCK_BYTES) -> str:
    """The encoding a file decodes with, read as a stream ("utf-8-sig" or "gb18030"), or CorpusFileError naming it."""
    label = source if source is not None else os.fspath(path)
    try:
        utf8 = _first_bad_byte(path, "utf-8", label, block)
        if utf8 is None:
            return "utf-8-sig"
        if _first_bad_byte(path, "gb18030", label, block) is None:
            return "gb18030"
    except OSError as exc:
        raise open_error(label, exc) from None
    raise _not_text(label, *utf8)
