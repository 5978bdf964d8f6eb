"""How fast `make report` is from the shell, as a user runs it: one `python -m helpers report` process per build.

Everything runs in a temporary copy of the repository (notebooks, data, helpers' source,
requirements) with its own font cache, so the cold build is what a fresh clone sees (the chart
fonts are cut once, before the first kernel starts). Prints each figure against its target:

(a) a cold build (``--force``, fresh font cache) against ``jupyter nbconvert --to notebook
    --execute`` over the same notebooks one after another, also from a fresh font cache (target:
    at most 0.7×); the build includes the exports (tables, workbook, Word, HTML), the baseline
    does not. Wall-clock seconds, and CPU seconds (user + system, kernels included) because on a
    shared machine the wall clock mostly measures the neighbours;
(b) a rebuild with nothing changed, the median of `--repeat` runs (targets: at most 1 s and at
    most 5 % of the cold build; no kernel started; nothing heavy imported, checked with
    ``python -X importtime``);
(c) a rebuild after ``touch`` on a notebook (same code: nothing runs) and after editing one
    notebook's code (only that notebook runs);
(d) a parameterised build (``-p population=150000``: only the notebook that declares it runs,
    the exports are redone) and a misspelled parameter (refused, nothing changed).

Usage: ``python benchmarks/report.py [--jobs N] [--repeat N] [--keep]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("notebooks", "data", "src/helpers", "requirements.txt", "pyproject.toml")
HEAVY = ("pandas", "matplotlib", "nbconvert", "nbclient", "papermill", "docx", "xlsxwriter", "numpy")
"""Modules a build with nothing to do must not import."""


def make_copy(target: Path) -> Path:
    """Copy what a build reads (notebooks, data, helpers' source, requirements) into *target*."""
    for name in COPIED:
        source, dest = ROOT / name, target / name
        if source.is_dir():
            shutil.copytree(source, dest, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        elif source.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
    return target


def environment(root: Path) -> dict[str, str]:
    """The copy's own helpers first on the path, its own font cache, no pinned data or report folder."""
    env = {key: value for key, value in os.environ.items() if key not in ("HELPERS_DATA_DIR", "HELPERS_REPORT_DIR")}
    env["PYTHONPATH"] = str(root / "src")
    env["HELPERS_FONT_CACHE"] = str(root / ".cache" / "fonts")
    return env


def cpu_seconds() -> float:
    """User + system CPU seconds of every finished child process so far (their own children included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


LAST_CPU = [0.0]


def run(root: Path, *args: str, python_options: tuple[str, ...] = ()) -> tuple[float, subprocess.CompletedProcess]:
    """Seconds for one ``python -m helpers report ARGS`` in the copy, and what it printed (CPU in `LAST_CPU`)."""
    command = [sys.executable, *python_options, "-m", "helpers", "report", *args]
    started, cpu = time.perf_counter(), cpu_seconds()
    done = subprocess.run(command, cwd=root, env=environment(root), capture_output=True, text=True, check=False)
    LAST_CPU[0] = cpu_seconds() - cpu
    return time.perf_counter() - started, done


def executed(done: subprocess.CompletedProcess) -> list[str]:
    """The notebooks a build ran, from what it printed."""
    return sorted(line.split()[1] for line in done.stdout.splitlines() if line.startswith("running "))


def checked(seconds: float, done: subprocess.CompletedProcess) -> float:
    if done.returncode != 0:
        raise SystemExit(f"the build failed:\n{done.stdout}\n{done.stderr}")
    return seconds


def time_nbconvert(root: Path) -> tuple[float, float]:
    """Seconds (wall clock, CPU) for jupyter nbconvert to execute every notebook, one after another."""
    out = root / "nbconvert-out"
    out.mkdir()
    notebooks = sorted(str(path) for path in (root / "notebooks").glob("*.ipynb"))
    env = {**environment(root), "MPLBACKEND": "Agg", "HELPERS_REPORT_DIR": str(out)}
    jupyter = Path(sys.executable).with_name("jupyter")
    command = [str(jupyter) if jupyter.exists() else "jupyter", "nbconvert", "--to", "notebook", "--execute"]
    started, cpu = time.perf_counter(), cpu_seconds()
    subprocess.run([*command, "--output-dir", str(out), *notebooks], cwd=root, env=env, check=True, capture_output=True)
    return time.perf_counter() - started, cpu_seconds() - cpu


def heavy_imports(importtime: str) -> list[str]:
    """The heavy top-level modules named in ``python -X importtime`` output."""
    found = set()
    for line in importtime.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name.split(".")[0] in HEAVY:
                found.add(name.split(".")[0])
    return sorted(found)


def edit_one_notebook(path: Path) -> None:
    """Change one notebook's code (a trailing comment in its last code cell), so its cache key changes."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cell = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"][-1]
    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    cell["source"] = source + "\n# benchmark edit"
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    """Run the measurements in a temporary copy of the repository and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="notebooks at once (default: number of CPUs)")
    parser.add_argument("--repeat", type=int, default=5, help="no-change rebuilds to take the median of (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy and print where it is")
    args = parser.parse_args(argv)
    jobs = ("--jobs", str(args.jobs)) if args.jobs else ()
    scratch = Path(tempfile.mkdtemp(prefix="helpers-bench-"))
    try:
        root = make_copy(scratch / "repo")
        stems = sorted(path.stem for path in (root / "notebooks").glob("*.ipynb"))
        print(f"{len(stems)} notebooks, {args.jobs or os.cpu_count()} job(s); each build is its own process")

        baseline, baseline_cpu = time_nbconvert(root)
        shutil.rmtree(root / ".cache" / "fonts", ignore_errors=True)  # the build starts from a fresh cache too
        cold = checked(*run(root, "--force", *jobs))
        cold_cpu = LAST_CPU[0]
        ratio = cold / baseline
        print(
            f"(a) cold build {cold:.1f} s (CPU {cold_cpu:.1f} s) vs nbconvert one after another {baseline:.1f} s "
            f"(CPU {baseline_cpu:.1f} s), each from a fresh font cache: {ratio:.2f}x wall clock "
            f"(target <= 0.70x) {_verdict(ratio <= 0.7)}"
        )

        warm_runs, warm_cpu = [], []
        for _ in range(max(1, args.repeat)):
            seconds, done = run(root, *jobs)
            warm_runs.append(checked(seconds, done))
            warm_cpu.append(LAST_CPU[0])
            assert not executed(done), done.stdout
        warm = statistics.median(warm_runs)
        share = warm / cold
        _, traced = run(root, *jobs, python_options=("-X", "importtime"))
        heavy = heavy_imports(traced.stderr)
        print(
            f"(b) rebuild, nothing changed: median {warm:.2f} s of {len(warm_runs)} "
            f"(target <= 1 s) {_verdict(warm <= 1)}"
            f" (CPU {statistics.median(warm_cpu):.2f} s)"
            f" = {share:.1%} of cold (target <= 5%) {_verdict(share <= 0.05)}; no kernel started; "
            f"heavy modules imported: {', '.join(heavy) or 'none'} {_verdict(not heavy)}"
        )

        touched = root / "notebooks" / f"{stems[-1]}.ipynb"
        os.utime(touched)
        seconds, done = run(root, *jobs)
        print(f"(c) rebuild after `touch {touched.name}`: {checked(seconds, done):.2f} s; executed {executed(done)}")
        edit_one_notebook(touched)
        seconds, done = run(root, *jobs)
        only = executed(done) == [touched.stem]
        print(
            f"    rebuild after editing {touched.name}: {checked(seconds, done):.1f} s (CPU {LAST_CPU[0]:.1f} s); "
            f"executed {executed(done)} (target: only {touched.stem}) {_verdict(only)}"
        )

        seconds, done = run(root, "-p", "population=150000", *jobs)
        print(
            f"(d) -p population=150000: {checked(seconds, done):.1f} s (CPU {LAST_CPU[0]:.1f} s); "
            f"executed {executed(done)}"
        )
        before = snapshot(root / "reports")
        seconds, done = run(root, "-p", "popluation=150000", *jobs)
        unchanged = snapshot(root / "reports") == before
        print(
            f"    -p popluation=150000 (misspelled): {seconds:.2f} s, exit {done.returncode} (target non-zero) "
            f"{_verdict(done.returncode != 0)}; reports/ unchanged {_verdict(unchanged)}"
        )
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
