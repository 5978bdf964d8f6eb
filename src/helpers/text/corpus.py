"""Every quantity in folders of ``.txt`` files, into one CSV: ``python -m helpers extract PATH... [--out FILE] [--jobs
N]``.

Each PATH is a file or a folder (searched recursively for ``*.txt``; a file reached twice is
read once). The CSV (UTF-8) has one row per quantity found by ``helpers.text.extract.iter_quantities``
— ``source`` (the file, as given or under the folder given), ``start``/``end`` (character
offsets in the file's text), ``text``, ``value``/``low``/``high`` (floats as Python writes
them), ``unit``, ``qualifier``, ``currency``, ``change`` (``+``, ``-`` or empty), ``signed_value`` — and the
``sentence`` it stands in (``sentence_at``). Rows
come in a fixed order whatever ``--jobs`` is: the PATHs in the order given, the files of a
folder sorted by their path, then text order.

Reading
    A file is UTF-8 (with or without a byte-order mark) or else GB18030. Its text is its bytes
    decoded, byte-order mark dropped and line ends kept as written, so ``start``/``end`` index
    ``path.read_bytes().decode("utf-8-sig")`` (or ``"gb18030"``). A file that is neither, or
    that holds NUL bytes (binary, UTF-16), is reported on standard error by name and skipped;
    the run goes on, lists the failures at the end and exits with 1.

Memory stays flat
    Files are read one at a time. A file of more than ``--chunk-chars`` bytes (default
    100 000) is checked, then decoded as a stream and cut into chunks of at most that many
    characters at line breaks (else after a sentence stop), each read with context on both
    sides, so its rows are those of the whole text. (Only a stretch longer than a chunk with
    no line break or sentence stop is cut after a comma or anywhere: its offsets and values
    stay exact, its ``sentence`` is then cut at the chunk's context.) Small files are read in
    batches of about ``--chunk-chars`` bytes. Rows are written as they come, never all held.
    With more than one task, a pool of ``--jobs`` processes (default: every core) does the
    batches and chunks in order (``Pool.imap``), with at most ``2 × jobs + 2`` in flight.

Output
    ``--out FILE`` is written to a temporary file in the same folder and renamed on
    completion, so an interrupted run never leaves a half-written CSV; a run with unreadable
    files still writes the CSV of the readable ones. A progress bar shows on standard error
    when it is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pandas as pd

from helpers.errors import Problem, UserFacingError
from helpers.text.chunks import CHUNK_CHARS, Chunk, chunk_rows, chunk_text
from helpers.text.encoding import (
    CorpusFileError,
    decoded_pieces,
    detect_encoding,
    open_error,
    read_corpus_file,
)
from helpers.text.extract import COLUMNS

__all__ = [
    "CSV_COLUMNS",
    "CorpusFile",
    "ExtractResult",
    "Output",
    "Task",
    "TaskResult",
    "corpus_files",
    "extract_file",
    "extract_paths",
    "iter_file_rows",
    "main",
    "run_task",
]

CSV_COLUMNS: list[str] = ["source", *COLUMNS, "sentence"]
_MAX_BATCH_FILES = 256


@dataclass
class ExtractResult:
    """What a run did: files read, rows written, bytes seen and the files (or folders) that could not be read."""

    files: int = 0
    rows: int = 0
    bytes: int = 0
    failures: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was read."""
        return not self.failures


@dataclass(frozen=True)
class CorpusFile:
    """One file to read: its label in the ``source`` column, where it is, and its size in bytes."""

    source: str
    path: str
    size: int


# ----------------------------------------------------------------------------- reading


def iter_file_rows(
    path: str | os.PathLike[str], chunk_chars: int = CHUNK_CHARS, source: str | None = None
) -> Iterator[tuple]:
    """Rows (start … sentence) of one file in text order, a large file read as a stream in chunks; CorpusFileError if
    unreadable.
    """
    label = source if source is not None else os.fspath(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise open_error(label, exc) from None
    if size <= chunk_chars:
        yield from chunk_rows(Chunk(0, read_corpus_file(path, label)))
        return
    encoding = detect_encoding(path, label)
    for chunk in chunk_text((text for text, _ in decoded_pieces(os.fspath(path), encoding)), chunk_chars):
        yield from chunk_rows(chunk)


def extract_file(path: str | os.PathLike[str], chunk_chars: int = CHUNK_CHARS) -> pd.DataFrame:
    """Every quantity in one corpus file, one row each in text order, with the sentence it stands in."""
    frame = pd.DataFrame(list(iter_file_rows(path, chunk_chars)), columns=[*COLUMNS, "sentence"])
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64"})


# ----------------------------------------------------------------------------- the files


def _sort_key(relative: str) -> tuple[str, ...]:
    return tuple(Path(relative).parts)


def corpus_files(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[CorpusFile], list[Problem]]:
    """The files to read, in output order (PATHs as given, each folder's *.txt sorted), and folders that could not be
    listed.
    """
    missing = [os.fspath(p) for p in paths if not os.path.exists(p)]
    if missing:
        raise UserFacingError("no such file or folder: " + ", ".join(missing))
    files: list[CorpusFile] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(source: str, path: str) -> None:
        real = os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            problems.append(Problem(source, f"cannot be read: {exc.strerror or exc}"))
            return
        files.append(CorpusFile(source, path, size))

    for given in map(os.fspath, paths):
        if not os.path.isdir(given):
            add(given, given)
            continue
        found: list[str] = []

        def unlisted(error: OSError, given: str = given) -> None:
            problems.append(Problem(error.filename or given, f"cannot be listed: {error.strerror}"))

        for folder, dirs, names in os.walk(given, onerror=unlisted):
            dirs.sort()
            found += [os.path.relpath(os.path.join(folder, n), given) for n in names if n.lower().endswith(".txt")]
        for relative in sorted(found, key=_sort_key):
            add(os.path.join(given, relative), os.path.join(given, relative))
    return files, problems


# ----------------------------------------------------------------------------- tasks

# A task is ("files", [CorpusFile, ...]) — small files read by the worker — or
# ("chunk", CorpusFile, Chunk, bytes, is_last) — a chunk of a large file — or ("failed", Problem, bytes).
Task = tuple
TaskResult = tuple  # (csv text, rows, files read to the end, bytes, problems)


def _plan(files: list[CorpusFile], chunk_chars: int) -> list[list[CorpusFile] | CorpusFile]:
    """Group small files into batches of about chunk_chars bytes; a large file stands alone (it is chunked)."""
    plan: list[list[CorpusFile] | CorpusFile] = []
    batch: list[CorpusFile] = []
    total = 0
    for f in files:
        if f.size > chunk_chars:
            if batch:
                plan.append(batch)
                batch, total = [], 0
            plan.append(f)
            continue
        if batch and (total + f.size > chunk_chars or len(batch) >= _MAX_BATCH_FILES):
            plan.append(batch)
            batch, total = [], 0
        batch.append(f)
        total += f.size
    if batch:
        plan.append(batch)
    return plan


def _tasks(plan: list[list[CorpusFile] | CorpusFile], chunk_chars: int) -> Iterator[Task]:
    """The tasks of a plan, in output order; a large file is checked, then decoded as a stream and chunked here."""
    for item in plan:
        if isinstance(item, list):
            yield ("files", item)
            continue
        try:
            encoding = detect_encoding(item.path, item.source)
        except CorpusFileError as exc:
            yield ("failed", exc.problems[0], item.size)
            continue
        progress = {"done": 0}

        def texts(item: CorpusFile = item, encoding: str = encoding, progress: dict = progress) -> Iterator[str]:
            for text, done in decoded_pieces(item.path, encoding):
                progress["done"] = done
                yield text

        reported, last = 0, None
        try:
            for chunk in chunk_text(texts(), chunk_chars):
                if last is not None:
                    yield ("chunk", item, last, progress["done"] - reported, False)
                    reported = progress["done"]
                last = chunk
            yield ("chunk", item, last or Chunk(0, ""), item.size - reported, True)
        except (OSError, UnicodeDecodeError) as exc:  # the file changed while it was read
            yield ("failed", Problem(item.source, f"could not be read to the end: {exc}"), 0)


def _writer(buffer: io.StringIO) -> csv.writer:  # type: ignore[valid-type]
    return csv.writer(buffer, lineterminator="\n")


def _format_rows(source: str, rows: Iterable[tuple], writer, buffer: io.StringIO) -> int:
    n = 0
    for start, end, text, value, low, high, unit, qualifier, currency, change, signed, sentence in rows:
        writer.writerow(
            (source, start, end, text, repr(value), repr(low), repr(high), unit, qualifier, currency, change)
            + (repr(signed), sentence)
        )
        n += 1
    return n


def run_task(task: Task) -> TaskResult:
    """Do one task (in a worker process or in this one): the CSV text of its rows, counts and problems."""
    buffer = io.StringIO()
    writer = _writer(buffer)
    kind = task[0]
    if kind == "failed":
        return "", 0, 0, task[2], [task[1]]
    if kind == "chunk":
        _, item, chunk, nbytes, last = task
        rows = _format_rows(item.source, chunk_rows(chunk), writer, buffer)
        return buffer.getvalue(), rows, int(last), nbytes, []
    rows, read, nbytes, problems = 0, 0, 0, []
    for f in task[1]:
        nbytes += f.size
        try:
            text = read_corpus_file(f.path, f.source)
        except CorpusFileError as exc:
            problems += exc.problems
            continue
        rows += _format_rows(f.source, chunk_rows(Chunk(0, text)), writer, buffer)
        read += 1
    return buffer.getvalue(), rows, read, nbytes, problems


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool; workers print no traceback


def _bounded(tasks: Iterator[Task], slots: threading.Semaphore, stop: threading.Event) -> Iterator[Task]:
    """Yield tasks only while fewer than the semaphore's count are in flight (Pool.imap reads its input eagerly)."""
    for task in tasks:
        while not slots.acquire(timeout=0.1):
            if stop.is_set():
                return
        if stop.is_set():
            return
        yield task


# ----------------------------------------------------------------------------- the run

Output = str | os.PathLike | TextIO | None


def _print_problem(problem: Problem) -> None:
    print(f"error: {problem}", file=sys.stderr, flush=True)


def _atomic_output(out: Path):
    """A temporary file beside ``out`` (same folder, so os.replace is atomic), with the permissions a new file would
    get.
    """
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserFacingError(f"cannot write {out}: folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    return os.fdopen(handle, "w", encoding="utf-8", newline=""), temporary


def extract_paths(
    paths: Sequence[str | os.PathLike[str]],
    out: Output = None,
    jobs: int | None = None,
    chunk_chars: int = CHUNK_CHARS,
    progress: bool | None = None,
    on_problem: Callable[[Problem], None] = _print_problem,
) -> ExtractResult:
    """Write one CSV of every quantity in the files and folders given (to a path, an open text stream, or stdout)."""
    if jobs is not None and jobs < 1:
        raise UserFacingError(f"--jobs must be at least 1, not {jobs}")
    if chunk_chars < 1:
        raise UserFacingError(f"--chunk-chars must be at least 1, not {chunk_chars}")
    files, listing_problems = corpus_files(paths)
    if not files and not listing_problems:
        raise UserFacingError("no .txt files in " + ", ".join(map(os.fspath, paths)))
    result = ExtractResult()
    for problem in listing_problems:
        on_problem(problem)
        result.failures.append(problem)

    temporary: str | None = None
    wrapped = out is None and hasattr(sys.stdout, "buffer")
    if out is None:
        sys.stdout.flush()
        stream: TextIO = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="") if wrapped else sys.stdout
    elif isinstance(out, (str, os.PathLike)):
        stream, temporary = _atomic_output(Path(out))
    else:
        stream = out
    try:
        header = io.StringIO()
        _writer(header).writerow(CSV_COLUMNS)
        stream.write(header.getvalue())
        _run(files, chunk_chars, jobs or os.cpu_count() or 1, stream, result, progress, on_problem)
        stream.flush()
        if temporary is not None:
            stream.close()
            os.replace(temporary, os.fspath(out))  # type: ignore[arg-type]
            temporary = None
    finally:
        if temporary is not None:
            stream.close()
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if wrapped:
            try:
                stream.flush()
                stream.detach()  # leave sys.stdout's buffer open
            except (BrokenPipeError, ValueError):
                pass
    return result


def _run(
    files: list[CorpusFile],
    chunk_chars: int,
    jobs: int,
    stream: TextIO,
    result: ExtractResult,
    progress: bool | None,
    on_problem: Callable[[Problem], None],
) -> None:
    plan = _plan(files, chunk_chars)
    tasks = _tasks(plan, chunk_chars)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=sum(f.size for f in files), unit="B", unit_scale=True, desc="extract", file=sys.stderr)
    parallel = jobs > 1 and (len(plan) > 1 or any(not isinstance(p, list) for p in plan))

    def consume(results: Iterable[TaskResult], release: Callable[[], None] = lambda: None) -> None:
        for text, rows, finished, nbytes, problems in results:
            release()
            if text:
                stream.write(text)
            result.rows += rows
            result.files += finished
            result.bytes += nbytes
            for problem in problems:
                if bar is not None:
                    bar.clear()  # the message on its own line, not through the bar
                on_problem(problem)
                result.failures.append(problem)
            if bar is not None:
                bar.update(nbytes)

    try:
        if not parallel:
            consume(map(run_task, tasks))
            return
        import multiprocessing

        slots, stop = threading.Semaphore(2 * jobs + 2), threading.Event()
        pool = multiprocessing.Pool(jobs, initializer=_ignore_interrupt)
        try:
            # Tasks are already batches of about chunk_chars characters, so one task per dispatch.
            consume(pool.imap(run_task, _bounded(tasks, slots, stop), chunksize=1), slots.release)
            pool.close()
        except BaseException:
            stop.set()
            pool.terminate()
            raise
        finally:
            stop.set()
            pool.join()
    finally:
        if bar is not None:
            bar.close()


def main(argv: list[str]) -> int:
    """Find every quantity in the files and folders given and write them as one CSV; exit 1 if a file could not be
    read.
    """
    parser = argparse.ArgumentParser(prog="python -m helpers extract", description=__doc__.splitlines()[0])
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help=".txt files or folders (searched recursively for *.txt)"
    )
    parser.add_argument("--out", type=Path, help="write the CSV to this file (default: standard output)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    parser.add_argument(
        "--chunk-chars",
        type=int,
        default=CHUNK_CHARS,
        help=f"characters per task; larger files are read in chunks of this size (default {CHUNK_CHARS})",
    )
    args = parser.parse_args(argv)
    try:
        result = extract_paths(args.paths, args.out, args.jobs, args.chunk_chars)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    where = f" to {args.out}" if args.out else ""
    print(
        f"{result.rows} quantities from {result.files} file{'s' if result.files != 1 else ''} written{where}",
        file=sys.stderr,
    )
    if result.failures:
        count = len(result.failures)
        print(f"{count} file{'s' if count != 1 else ''} could not be read:", file=sys.stderr)
        for problem in result.failures:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    return 0
