"""How fast quantities are found, against peers, and the memory of ``python -m helpers extract``.

A script, not a test: it prints figures, it asserts nothing (``--check`` makes it exit 1
when a target is missed). MB = 10^6 bytes of the text in UTF-8. Run it from the shell as a
user would (``python benchmarks/extract.py``; ``--quick`` for a smoke run of under a minute).

Speed, on two generated corpora (``benchmarks/corpus_gen.py``, seeded, one call per article
of 1 000–6 000 characters): ``news`` (``--mb``, default 10 MB: articles like the county page,
about one quantity per 300 bytes) and ``dense`` (``--dense-mb``, default 3 MB: statistical
prose with one quantity every 40–80 bytes, each number drawn afresh, so that nearly every span
is new and no cache helps). Best of ``--repeat`` runs, timed in CPU seconds of this process
(``time.process_time``: on a machine shared with other jobs, wall time measures the neighbours;
for these single-threaded tools the two agree on an idle machine; ``--clock wall`` for
``time.perf_counter``). The extractor's caches are emptied before each run, as a user's are in a fresh process, and the
tools take turns in each round, so that a slow moment of the shared machine does not fall on one:

(a) ``helpers.text.extract.find_quantities(article)`` (the DataFrame API), each frame made and dropped;
    also, for reference, the same with every frame kept in a list, ``iter_quantities`` (the same
    matches, no DataFrame) and ``find_quantities`` per paragraph;
(b) the bare expression ``(近|约|上)?(\\d+(?:\\.\\d+)?)(万|亿)?(多|余)?(%|家|人|名|吨|天|个|条|份|项)``,
    every match made and dropped;
(c) the peers, when installed (a missing one is reported and skipped): ``cn2an.transform(article,
    "cn2an")`` and JioNLP's ``jionlp.ner.extract_money(article)`` (with parsing, its default), on
    the first ``--peer-mb`` MB of each corpus (default 2; 0 for all); ``find_quantities`` is timed again on the
    same sample for the ratio to each peer.

The time from a fresh interpreter to the first article read (import and set-up of each tool) is
printed too, as a user meets it from the shell.

Targets: (a) ≥ 0.5 of (b) on the news corpus and ≥ 0.3 of it on the dense corpus, and faster
than every installed peer on the dense corpus.

Memory and end-to-end time: the peak resident memory of ``python -m helpers extract DIR --out FILE``,
run from a fresh interpreter as a user runs it, on a generated news corpus of ``--memory-mb`` MB
(default 100: pages of 2–6 articles in nested folders, plus one ``--large-mb`` file that is read
in chunks) and on a dense one of ``--dense-memory-mb`` MB (default 10), measured as ``ru_maxrss`` of the
largest process (``resource.getrusage(RUSAGE_CHILDREN)`` in a wrapper process) and, with
psutil, as the sampled peak of the whole process tree (main process plus workers). The
corpus lives in a temporary folder, removed afterwards. Target: < 300 MB.

``--profile`` adds a cProfile of ``find_quantities`` on each corpus (top functions by own time).
``--breakdown`` adds where its time goes: the scan pattern alone, the scan with one lookup a match, the extractor
with empty caches and with every span known, and the frames, against what the dense target leaves.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import csv
import io
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_gen  # noqa: E402  (benchmarks/ is not a package)

BARE = re.compile(r"(近|约|上)?(\d+(?:\.\d+)?)(万|亿)?(多|余)?(%|家|人|名|吨|天|个|条|份|项)")
SPEED_TARGET = 0.5  # find_quantities at least half as fast as the bare expression, on the news corpus
DENSE_SPEED_TARGET = 0.3  # and at least 0.3 of it on the figure-dense corpus
MEMORY_TARGET_MB = 300


def clear_caches() -> None:
    """Empty every functools cache of the extractor's modules, so that no timed run profits from an earlier one."""
    for name in ("helpers.text.extract", "helpers.text.quantity", "helpers.text.numerals"):
        module = sys.modules.get(name)
        for value in vars(module).values() if module else ():
            if callable(getattr(value, "cache_clear", None)) and not isinstance(value, type):
                value.cache_clear()


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
SETTINGS = {"clock": CLOCKS["cpu"]}  # --clock sets it


def best_of(fn: Callable[[], object], repeat: int, cold: bool = True) -> float:
    """The shortest time of ``repeat`` calls, in seconds of the ``--clock``, each starting with empty caches
    (``cold=False``: with the caches as the calls before left them)."""
    clock, best = SETTINGS["clock"], float("inf")
    for _ in range(repeat):
        if cold:
            clear_caches()
        start = clock()
        fn()
        best = min(best, clock() - start)
    return best


def _consume(iterator) -> None:
    collections.deque(iterator, maxlen=0)


def peers() -> dict[str, Callable[[str], object] | str]:
    """The peers' readers that are installed, by name (a function of one article), or why one is skipped.

    cn2an.transform rewrites every Chinese numeral of a text as digits; JioNLP's extract_money finds
    money amounts and parses them (``with_parsing=True``, its default: it reads values, as we do).
    Both are pure Python and need no model or network.
    """
    out: dict[str, Callable[[str], object] | str] = {}
    try:
        import cn2an

        out["cn2an"] = lambda text: cn2an.transform(text, "cn2an")
    except ImportError:
        out["cn2an"] = "not installed (pip install cn2an)"
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # it prints a banner on import
            import jionlp

        out["jionlp"] = jionlp.ner.extract_money
    except ImportError:
        out["jionlp"] = "not installed (pip install jionlp)"
    return out


PEER_LABELS = {"cn2an": 'cn2an.transform(text, "cn2an")', "jionlp": "jionlp.ner.extract_money(text)"}


def describe(articles: Sequence[str]) -> dict[str, float]:
    """Size, units and density of a corpus: bytes per quantity found and the share of distinct quantity spans."""
    from helpers.text.extract import iter_quantities

    size = sum(len(a.encode("utf-8")) for a in articles)
    paragraphs = [p for a in articles for p in a.split("\n") if p]
    spans = [a[start : end + 1] for a in articles for start, end, _ in iter_quantities(a)]
    return {
        "corpus_mb": size / 1e6,
        "articles": len(articles),
        "paragraphs": len(paragraphs),
        "quantities": len(spans),
        "bytes_per_quantity": size / max(1, len(spans)),
        # what the extractor's cache is keyed on: the span and the character after it
        "distinct_spans": len(set(spans)) / max(1, len(spans)),
    }


def speed(articles: Sequence[str], repeat: int, peer_mb: float | None) -> dict[str, float | str]:
    """MB/s of find_quantities (and variants), the bare expression and the installed peers, article by article."""
    from helpers.text.extract import find_quantities, iter_quantities

    size = sum(len(a.encode("utf-8")) for a in articles)
    paragraphs = [p for a in articles for p in a.split("\n") if p]
    out: dict[str, float | str] = {}
    timings = {  # each result is made and dropped, as the bare expression's matches are
        "find_quantities": lambda: _consume(find_quantities(a) for a in articles),
        "find_quantities_kept": lambda: [find_quantities(a) for a in articles],
        "iter_quantities": lambda: [_consume(iter_quantities(a)) for a in articles],
        "find_quantities_per_paragraph": lambda: _consume(find_quantities(p) for p in paragraphs),
        "bare": lambda: [_consume(BARE.finditer(a)) for a in articles],
    }
    best = dict.fromkeys(timings, float("inf"))
    for _ in range(repeat):  # the tools take turns, so that a slow moment of the machine does not fall on one alone
        for name, fn in timings.items():
            best[name] = min(best[name], best_of(fn, 1))
    for name, seconds in best.items():
        out[name] = size / seconds / 1e6
    out["ratio_find_to_bare"] = out["find_quantities"] / out["bare"]
    # the peers on the whole corpus, or on its first peer_mb MB of articles; find_quantities is timed
    # again on that sample, so that each ratio compares the same text
    sample, sample_size = [], 0
    for a in articles:
        if peer_mb is not None and sample_size >= peer_mb * 1e6:
            break
        sample.append(a)
        sample_size += len(a.encode("utf-8"))
    out["peer_sample_mb"] = sample_size / 1e6
    found = peers()
    installed = {name: fn for name, fn in found.items() if callable(fn)}
    out.update({name: why for name, why in found.items() if isinstance(why, str)})
    rounds = {"find_on_sample": lambda: _consume(find_quantities(a) for a in sample)}
    rounds.update({name: (lambda fn=fn: [fn(a) for a in sample]) for name, fn in installed.items()})
    best = dict.fromkeys(rounds, float("inf"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every 万/亿 it cannot convert
        for _ in range(repeat):
            for name, fn in rounds.items():
                best[name] = min(best[name], best_of(fn, 1))
    for name, seconds in best.items():
        out[name] = sample_size / seconds / 1e6
    for name in installed:
        out[f"ratio_find_to_{name}"] = out["find_on_sample"] / out[name]
    return out


_WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers, once waited for
print(json.dumps({"rc": done.returncode, "seconds": time.perf_counter() - start,
                  "cpu_seconds": usage.ru_utime + usage.ru_stime,
                  "maxrss_kb": usage.ru_maxrss, "stderr": done.stderr[-2000:]}))
"""


def _sample_tree(pid: int, stop: threading.Event, peak: dict[str, float]) -> None:
    """Sample the resident memory of a process and all its descendants until stopped (needs psutil)."""
    try:
        import psutil
    except ImportError:
        return
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        peak["tree_mb"] = max(peak.get("tree_mb", 0.0), total / 1e6)
        stop.wait(0.05)


def memory(megabytes: float, large_mb: float, jobs: int | None, kind: str = "news") -> dict[str, float]:
    """Peak memory and time of `python -m helpers extract` on a generated corpus in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        start = time.perf_counter()
        files, written = corpus_gen.write_corpus(folder, megabytes, seed=7, large_file_mb=large_mb, kind=kind)
        generated = time.perf_counter() - start
        out_csv = Path(tmp) / "quantities.csv"
        command = [sys.executable, "-m", "helpers", "extract", str(folder), "--out", str(out_csv)]
        if jobs:
            command += ["--jobs", str(jobs)]
        wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, *command], stdout=subprocess.PIPE, text=True)
        stop, peak = threading.Event(), {}
        sampler = threading.Thread(target=_sample_tree, args=(wrapper.pid, stop, peak), daemon=True)
        sampler.start()
        report = json.loads(wrapper.communicate()[0])
        stop.set()
        sampler.join()
        with open(out_csv, encoding="utf-8", newline="") as f:
            rows = sum(1 for _ in csv.reader(f)) - 1
        csv_mb = out_csv.stat().st_size / 1e6
    if report["rc"] != 0:
        print(report["stderr"], file=sys.stderr)
    return {
        "files": files,
        "corpus_mb": written / 1e6,
        "generate_s": generated,
        "rc": report["rc"],
        "seconds": report["seconds"],
        "mb_per_s": written / 1e6 / report["seconds"],
        "cpu_seconds": report["cpu_seconds"],
        "mb_per_cpu_s": written / 1e6 / report["cpu_seconds"],
        "rows": rows,
        "csv_mb": csv_mb,
        # the wrapper itself is a small process; the largest child is the extract command or one of its workers
        "max_rss_mb": report["maxrss_kb"] * 1024 / 1e6,
        "tree_peak_mb": peak.get("tree_mb", float("nan")),
    }


def breakdown(articles: Sequence[str], repeat: int) -> dict[str, float]:
    """Where ``find_quantities``' time goes on a corpus, in seconds of the ``--clock`` (best of ``repeat``): the
    bare expression; the scan pattern alone; the scan pattern with one lookup of what each span means and nothing
    else (the least a loop over the matches in Python costs); ``iter_quantities`` with empty caches and with every
    span already known; ``find_quantities`` (the same plus a frame per article). Also the matches and new spans."""
    from helpers.text.extract import MEANINGS, find_quantities, iter_quantities
    from helpers.text.quantity import SCAN_RE

    padded = [a + "\n" for a in articles]
    get = MEANINGS.get

    def lookups() -> None:
        for text in padded:
            for found in SCAN_RE.finditer(text):
                get(text[found.start() : found.end() + 1])

    scan_all = lambda: [_consume(iter_quantities(a)) for a in articles]
    out = {
        "bare": best_of(lambda: [_consume(BARE.finditer(a)) for a in articles], repeat),
        "scan_pattern": best_of(lambda: [_consume(SCAN_RE.finditer(p)) for p in padded], repeat),
        "scan_and_lookup": best_of(lookups, repeat),
        "iter_cold": best_of(scan_all, repeat),
    }
    scan_all()  # every span known from here on
    out["iter_known"] = best_of(scan_all, repeat, cold=False)
    out["find_cold"] = best_of(lambda: _consume(find_quantities(a) for a in articles), repeat)
    spans = [p[m.start() : m.end() + 1] for p in padded for m in SCAN_RE.finditer(p)]
    out["matches"], out["new_spans"] = len(spans), len(set(spans))
    return out


def breakdown_lines(kind: str, b: dict[str, float]) -> list[str]:
    """The breakdown as lines of text, in ms, with what the corpus's target leaves for the whole run."""
    target = DENSE_SPEED_TARGET if kind == "dense" else SPEED_TARGET
    budget = b["bare"] / target
    ms = lambda key: f"{b[key] * 1e3:.1f} ms"
    return [
        f"breakdown on the {kind} corpus ({b['matches']:.0f} matches of the scan pattern, {b['new_spans']:.0f} "
        f"distinct spans; {target:g} of the bare expression leaves {budget * 1e3:.1f} ms for everything):",
        f"  bare expression {ms('bare')}; scan pattern alone {ms('scan_pattern')}; with one lookup a match "
        f"{ms('scan_and_lookup')}",
        f"  iter_quantities: empty caches {ms('iter_cold')}, every span known {ms('iter_known')}; "
        f"find_quantities {ms('find_cold')} (frames {(b['find_cold'] - b['iter_cold']) * 1e3:.1f} ms); "
        f"{b['bare'] / b['find_cold']:.3f} of the bare expression",
    ]


def profile(articles: Sequence[str], top: int = 25) -> str:
    """cProfile of find_quantities over the articles: the top functions by own time."""
    from helpers.text.extract import find_quantities

    profiler = cProfile.Profile()
    profiler.enable()
    for a in articles:
        find_quantities(a)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(top)
    return text.getvalue()


_STARTUP = r"""
import contextlib, io, sys, time, warnings
text = sys.stdin.read()
warnings.simplefilter("ignore")
start = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    exec(sys.argv[1])
    exec(sys.argv[2])
print(time.perf_counter() - start)
"""
#: How each tool is imported and called, for the first-call time of a fresh process.
STARTUP_CODE = {
    "find_quantities": ("from helpers.text.extract import find_quantities", "find_quantities(text)"),
    "cn2an": ("import cn2an", 'cn2an.transform(text, "cn2an")'),
    "jionlp": ("import jionlp", "jionlp.ner.extract_money(text)"),
}


def startup(article: str, names: Sequence[str], repeat: int) -> dict[str, float]:
    """Seconds from a fresh interpreter to the first article read (import, set-up of each tool), best of ``repeat``."""
    out = {}
    for name in names:
        best = float("inf")
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, "-c", _STARTUP, *STARTUP_CODE[name]],
                input=article,
                capture_output=True,
                text=True,
                check=True,
            )
            best = min(best, float(done.stdout.strip().splitlines()[-1]))
        out[name] = best
    return out


def _row(label: str, *cells: str) -> str:
    return "| " + " | ".join((label, *cells)) + " |"


def _mbs(s: dict[str, float | str] | None, key: str) -> str:
    if s is None:
        return "—"
    value = s.get(key)
    return f"{value:.2f} MB/s" if isinstance(value, float) else f"skipped: {value}" if value else "—"


def _ratio(s: dict[str, float | str] | None, key: str, target: str = "") -> str:
    value = s.get(key) if s else None
    return (f"**{value:.2f}**" if target else f"{value:.2f}") if isinstance(value, float) else "—"


def speed_table(news: dict | None, dense: dict | None, peer_mb: float | None) -> list[str]:
    """The speed figures as a Markdown table, one column per corpus (what the README quotes)."""
    lines = [
        _row("measure", "news corpus", "figure-dense corpus", "target"),
        _row("---", "---", "---", "---"),
        _row(
            "(a) `find_quantities`, each frame made and dropped",
            _mbs(news, "find_quantities"),
            _mbs(dense, "find_quantities"),
            "—",
        ),
        _row(
            "the same, every frame kept in a list",
            _mbs(news, "find_quantities_kept"),
            _mbs(dense, "find_quantities_kept"),
            "—",
        ),
        _row(
            "`iter_quantities` (same matches, no DataFrame)",
            _mbs(news, "iter_quantities"),
            _mbs(dense, "iter_quantities"),
            "—",
        ),
        _row(
            "`find_quantities` per paragraph",
            _mbs(news, "find_quantities_per_paragraph"),
            _mbs(dense, "find_quantities_per_paragraph"),
            "—",
        ),
        _row("(b) the bare expression, each match made and dropped", _mbs(news, "bare"), _mbs(dense, "bare"), "—"),
    ]
    sample = "" if peer_mb is None else f" (first {peer_mb:g} MB)"
    for name, label in PEER_LABELS.items():
        lines.append(_row(f"`{label}`{sample}", _mbs(news, name), _mbs(dense, name), "—"))
    lines.append(
        _row(
            "`find_quantities` / bare expression",
            _ratio(news, "ratio_find_to_bare", "t"),
            _ratio(dense, "ratio_find_to_bare", "t"),
            f"≥ {SPEED_TARGET} news, ≥ {DENSE_SPEED_TARGET} dense",
        )
    )
    for name in PEER_LABELS:
        lines.append(
            _row(
                f"`find_quantities` / {name} (same text)",
                _ratio(news, f"ratio_find_to_{name}"),
                _ratio(dense, f"ratio_find_to_{name}", "t"),
                "> 1 dense",
            )
        )
    return lines


def corpus_line(name: str, d: dict[str, float]) -> str:
    return (
        f"{name}: {d['corpus_mb']:.1f} MB, {d['articles']} articles, {d['paragraphs']} paragraphs, "
        f"{d['quantities']} quantities found = one per {d['bytes_per_quantity']:.0f} bytes, "
        f"{d['distinct_spans']:.1%} of the quantity spans distinct"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 1 MB news, 0.5 MB dense, 10 MB for memory, one repeat"
    )
    parser.add_argument("--mb", type=float, default=None, help="news corpus size (default 10; --quick 1; 0 skips)")
    parser.add_argument(
        "--dense-mb", type=float, default=None, help="figure-dense corpus size (default 3; --quick 0.5; 0 skips)"
    )
    parser.add_argument(
        "--memory-mb", type=float, default=None, help="memory corpus size (default 100; --quick 10; 0 skips)"
    )
    parser.add_argument(
        "--dense-memory-mb",
        type=float,
        default=None,
        help="the same on the figure-dense corpus (default 10; --quick 2; 0 skips)",
    )
    parser.add_argument(
        "--large-mb", type=float, default=None, help="of which one single file of this size (default 10; --quick 2)"
    )
    parser.add_argument("--repeat", type=int, default=None, help="timing runs, the best is kept (default 3; --quick 1)")
    parser.add_argument(
        "--peer-mb", type=float, default=2.0, help="time the peers on the first MB of each corpus (default 2; 0: all)"
    )
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the extract command (default: every core)")
    parser.add_argument(
        "--profile", action="store_true", help="also print a cProfile of find_quantities on each corpus"
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="also print where find_quantities' time goes on each corpus"
    )
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="time the speed runs in CPU (default) or wall seconds"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    SETTINGS["clock"] = CLOCKS[args.clock]
    args.peer_mb = args.peer_mb or None
    defaults = (1.0, 0.5, 10.0, 2.0, 2.0, 1) if args.quick else (10.0, 3.0, 100.0, 10.0, 10.0, 3)
    for name, default in zip(("mb", "dense_mb", "memory_mb", "dense_memory_mb", "large_mb", "repeat"), defaults):
        if getattr(args, name) is None:
            setattr(args, name, default)

    missed = []
    for kind, megabytes in (("news", args.memory_mb), ("dense", args.dense_memory_mb)):
        if not megabytes:
            continue
        large = min(args.large_mb, megabytes / 2)
        m = memory(megabytes, large, args.jobs, kind)
        print(
            f"memory: python -m helpers extract on {m['corpus_mb']:.1f} MB of the {kind} corpus in {m['files']} files "
            f"(one of {large:g} MB, chunked), jobs={args.jobs or os.cpu_count()}"
        )
        print(
            f"  exit {m['rc']}, {m['seconds']:.1f} s = {m['mb_per_s']:.2f} MB/s end to end (wall); "
            f"{m['cpu_seconds']:.1f} s of CPU in all processes = {m['mb_per_cpu_s']:.2f} MB per CPU second; "
            f"{m['rows']} rows, CSV {m['csv_mb']:.1f} MB"
        )
        print(
            f"  peak RSS: largest process {m['max_rss_mb']:.0f} MB; whole tree (sampled) {m['tree_peak_mb']:.0f} MB "
            f"(target < {MEMORY_TARGET_MB} MB)"
        )
        if m["max_rss_mb"] >= MEMORY_TARGET_MB or m["rc"] != 0:
            missed.append(f"memory on the {kind} corpus")

    installed = [name for name, fn in peers().items() if callable(fn)]
    results: dict[str, dict | None] = {"news": None, "dense": None}
    corpora = {}
    for kind, megabytes in (("news", args.mb), ("dense", args.dense_mb)):
        if megabytes:
            corpora[kind] = corpus_gen.corpus_text(megabytes, seed=20200222, kind=kind)
            print(corpus_line(kind, describe(corpora[kind])))
            results[kind] = speed(corpora[kind], args.repeat, args.peer_mb)
    print(
        "speed: one call per article, caches emptied before each timed run, the tools taking turns, "
        f"best of {args.repeat}, {args.clock} time"
    )
    print("\n".join(speed_table(results["news"], results["dense"], args.peer_mb)))
    if corpora:
        first = next(iter(corpora.values()))[0]
        cold = startup(first, ["find_quantities", *installed], max(1, args.repeat))
        print(
            f"first call in a fresh process (import, set-up, one article of {len(first.encode('utf-8'))} bytes): "
            + ", ".join(f"{name} {seconds * 1e3:.0f} ms" for name, seconds in cold.items())
        )
    news, dense = results["news"], results["dense"]
    if news and news["ratio_find_to_bare"] < SPEED_TARGET:
        missed.append("speed on news")
    if dense and dense["ratio_find_to_bare"] < DENSE_SPEED_TARGET:
        missed.append("speed on the dense corpus")
    if dense and any(dense[f"ratio_find_to_{name}"] <= 1 for name in installed):
        missed.append("faster than every peer")

    if args.breakdown:
        for kind, articles in corpora.items():
            print("\n".join(breakdown_lines(kind, breakdown(articles, args.repeat))))
    if args.profile:
        for kind, articles in corpora.items():
            print(f"profile of find_quantities on the {kind} corpus")
            print(profile(articles[: max(1, len(articles) // 5)]))
    if missed:
        print("missed targets: " + ", ".join(missed))
    return 1 if (missed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
