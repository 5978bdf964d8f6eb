"""How fast quantities are found, and how much memory ``python -m helpers extract`` needs: ``python benchmarks/extract.py [--quick]``.

A script, not a test: it prints figures, it asserts nothing (``--check`` makes it exit 1
when a target is missed). MB = 10^6 bytes of the text in UTF-8.

Speed, on a generated corpus of ``--mb`` MB (default 10) of news-like articles
(``benchmarks/corpus_gen.py``; 1 000–6 000 characters each, seeded), best of ``--repeat``
runs timed with ``time.perf_counter`` (caches emptied before each run; the tools take turns in each
round), each tool fed the same
units — one article per call:

(a) ``helpers.text.extract.find_quantities(article)`` (the DataFrame API), each frame made and dropped;
    also, for reference, the same with every frame kept in a list, ``iter_quantities`` (the same
    matches, no DataFrame) and ``find_quantities`` per paragraph;
(b) the bare expression ``(近|约|上)?(\\d+(?:\\.\\d+)?)(万|亿)?(多|余)?(%|家|人|名|吨|天|个|条|份|项)``,
    every match made and dropped;
(c) ``cn2an.transform(article, "cn2an")``.

Target: (a) at least half as fast as (b).

Memory: the peak resident memory of ``python -m helpers extract DIR --out FILE`` on a
generated corpus of ``--memory-mb`` MB (default 100: pages of 2–6 articles in nested folders,
plus one ``--large-mb`` file that is read in chunks), measured as ``ru_maxrss`` of the
largest process (``resource.getrusage(RUSAGE_CHILDREN)`` in a wrapper process) and, with
psutil, as the sampled peak of the whole process tree (main process plus workers). The
corpus lives in a temporary folder, removed afterwards. Target: < 300 MB.

``--profile`` adds a cProfile of ``find_quantities`` over the corpus (top functions by own time).
"""

from __future__ import annotations

import argparse
import collections
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
SPEED_TARGET = 0.5  # find_quantities at least half as fast as the bare expression
MEMORY_TARGET_MB = 300


def clear_caches() -> None:
    """Empty every functools cache of the extractor's modules, so that no timed run profits from an earlier one."""
    for name in ("helpers.text.extract", "helpers.text.quantity", "helpers.text.numerals"):
        module = sys.modules.get(name)
        for value in vars(module).values() if module else ():
            if callable(getattr(value, "cache_clear", None)) and not isinstance(value, type):
                value.cache_clear()


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The shortest wall time of ``repeat`` calls, in seconds, each starting with empty caches."""
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _consume(iterator) -> None:
    collections.deque(iterator, maxlen=0)


def speed(articles: Sequence[str], repeat: int, cn2an_mb: float | None) -> dict[str, float]:
    """MB/s of find_quantities, iter_quantities, find_quantities per paragraph, the bare expression and cn2an, article by article."""
    import cn2an

    from helpers.text.extract import find_quantities, iter_quantities

    size = sum(len(a.encode("utf-8")) for a in articles)
    paragraphs = [p for a in articles for p in a.split("\n") if p]
    body = [p for p in paragraphs if len(p) >= 40]  # not the headings, titles and bylines drawn from short lists
    out: dict[str, float] = {
        "corpus_mb": size / 1e6,
        "articles": len(articles),
        "paragraphs": len(paragraphs),
        "body_paragraphs": len(body),
        "distinct_body_paragraphs": len(set(body)),
    }
    out["quantities"] = (
        sum(len(find_quantities(a)) for a in articles[:200])
        / max(1, sum(len(a.encode()) for a in articles[:200]))
        * 1e3
    )
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
    # cn2an on the whole corpus, or on its first cn2an_mb MB of articles (then the MB/s is of that sample)
    sample, sample_size = [], 0
    for a in articles:
        if cn2an_mb is not None and sample_size >= cn2an_mb * 1e6:
            break
        sample.append(a)
        sample_size += len(a.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every 万/亿 it cannot convert
        out["cn2an"] = sample_size / best_of(lambda: [cn2an.transform(a, "cn2an") for a in sample], repeat) / 1e6
    out["cn2an_sample_mb"] = sample_size / 1e6
    out["ratio_find_to_bare"] = out["find_quantities"] / out["bare"]
    return out


_WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
print(json.dumps({"rc": done.returncode, "seconds": time.perf_counter() - start,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "stderr": done.stderr[-2000:]}))
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
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        peak["tree_mb"] = max(peak.get("tree_mb", 0.0), total / 1e6)
        stop.wait(0.05)


def memory(megabytes: float, large_mb: float, jobs: int | None) -> dict[str, float]:
    """Peak memory and time of `python -m helpers extract` on a generated corpus in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        start = time.perf_counter()
        files, written = corpus_gen.write_corpus(folder, megabytes, seed=7, large_file_mb=large_mb)
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
        "rows": rows,
        "csv_mb": csv_mb,
        # the wrapper itself is a small process; the largest child is the extract command or one of its workers
        "max_rss_mb": report["maxrss_kb"] * 1024 / 1e6,
        "tree_peak_mb": peak.get("tree_mb", float("nan")),
    }


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 1 MB for speed, 10 MB for memory, one repeat"
    )
    parser.add_argument("--mb", type=float, default=None, help="speed corpus size (default 10; --quick 1)")
    parser.add_argument(
        "--memory-mb", type=float, default=None, help="memory corpus size (default 100; --quick 10; 0 skips)"
    )
    parser.add_argument(
        "--large-mb", type=float, default=None, help="of which one single file of this size (default 10; --quick 2)"
    )
    parser.add_argument("--repeat", type=int, default=None, help="timing runs, the best is kept (default 3; --quick 1)")
    parser.add_argument(
        "--cn2an-mb", type=float, default=None, help="time cn2an on the first MB of the corpus only (default: all)"
    )
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the extract command (default: every core)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of find_quantities")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    defaults = (1.0, 10.0, 2.0, 1) if args.quick else (10.0, 100.0, 10.0, 3)
    for name, default in zip(("mb", "memory_mb", "large_mb", "repeat"), defaults):
        if getattr(args, name) is None:
            setattr(args, name, default)

    missed = []
    if args.memory_mb:
        m = memory(args.memory_mb, min(args.large_mb, args.memory_mb / 2), args.jobs)
        print(
            f"memory: python -m helpers extract on {m['corpus_mb']:.1f} MB in {m['files']} files "
            f"(one of {min(args.large_mb, args.memory_mb / 2):g} MB, chunked), jobs={args.jobs or os.cpu_count()}"
        )
        print(
            f"  exit {m['rc']}, {m['seconds']:.1f} s = {m['mb_per_s']:.2f} MB/s end to end, "
            f"{m['rows']} rows, CSV {m['csv_mb']:.1f} MB"
        )
        print(
            f"  peak RSS: largest process {m['max_rss_mb']:.0f} MB; whole tree (sampled) {m['tree_peak_mb']:.0f} MB "
            f"(target < {MEMORY_TARGET_MB} MB)"
        )
        if m["max_rss_mb"] >= MEMORY_TARGET_MB or m["rc"] != 0:
            missed.append("memory")

    articles = corpus_gen.corpus_text(args.mb, seed=20200222)
    s = speed(articles, args.repeat, args.cn2an_mb)
    print(
        f"speed: {s['corpus_mb']:.1f} MB, {s['articles']} articles, {s['paragraphs']} paragraphs "
        f"({s['body_paragraphs']} of body text, {s['distinct_body_paragraphs']} distinct), {s['quantities']:.1f} quantities per kB; "
        f"one call per article, "
        f"best of {args.repeat}"
    )
    print(f"  (a) find_quantities            {s['find_quantities']:8.2f} MB/s")
    print(f"      the same, frames kept      {s['find_quantities_kept']:8.2f} MB/s (every frame alive until the end)")
    print(f"      iter_quantities (no frame) {s['iter_quantities']:8.2f} MB/s")
    print(f"      find_quantities/paragraph  {s['find_quantities_per_paragraph']:8.2f} MB/s")
    print(f"  (b) bare expression            {s['bare']:8.2f} MB/s")
    sample = "" if args.cn2an_mb is None else f" (on the first {s['cn2an_sample_mb']:.1f} MB)"
    print(f"  (c) cn2an.transform            {s['cn2an']:8.2f} MB/s{sample}")
    print(f"  find/bare = {s['ratio_find_to_bare']:.3f} (target >= {SPEED_TARGET})")
    if s["ratio_find_to_bare"] < SPEED_TARGET:
        missed.append("speed")

    if args.profile:
        print(profile(articles[: max(1, len(articles) // 5)]))
    if missed:
        print("missed targets: " + ", ".join(missed))
    return 1 if (missed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
