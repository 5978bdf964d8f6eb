"""How fast `make report` is, measured in a temporary copy of the repository.

Prints three figures, each against its target:

(a) a cold ``build_reports(force=True)`` against ``jupyter nbconvert --to notebook
    --execute`` over the same notebooks one after another (target: at most 0.7×);
(b) a rebuild with nothing changed (target: under 10 % of the cold build, and no
    notebook executed, i.e. no kernel started);
(c) a rebuild after editing one notebook's code (only that notebook runs); a mere
    ``touch`` (new mtime, same code) is also checked to run nothing.

The build includes the post-build exports (tables, workbook, Word, HTML) when
`helpers.report.workbook.register_exports` is available; the nbconvert baseline does
not do them, so the comparison is if anything unfavourable to the build.

Usage: ``python benchmarks/report.py [--jobs N] [--keep]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.paths import ROOT
from helpers.report import build as report

COPIED = ("notebooks", "data", "src/helpers", "requirements.txt", "pyproject.toml")


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


def time_nbconvert(root: Path) -> float:
    """Seconds for jupyter nbconvert to execute every notebook, one after another."""
    out = root / "nbconvert-out"
    out.mkdir()
    notebooks = sorted(str(path) for path in (root / "notebooks").glob("*.ipynb"))
    env = {**os.environ, **report.KERNEL_ENV, "HELPERS_REPORT_DIR": str(out)}
    jupyter = Path(sys.executable).with_name("jupyter")
    command = [
        str(jupyter) if jupyter.exists() else "jupyter",
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--output-dir",
        str(out),
        *notebooks,
    ]
    started = time.perf_counter()
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def time_build(root: Path, jobs: int | None, **options) -> tuple[float, report.BuildResult]:
    """Seconds for one `build_reports` call, and what it did."""
    started = time.perf_counter()
    result = report.build_reports(root, jobs=jobs, say=lambda line: None, **options)
    seconds = time.perf_counter() - started
    if not result.ok:
        raise SystemExit(result.describe_failure())
    return seconds, result


def edit_one_notebook(path: Path) -> None:
    """Change one notebook's code (a trailing comment in its last code cell), so its cache key changes."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cell = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"][-1]
    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    cell["source"] = source + "\n# benchmark edit"
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements in a temporary copy of the repository and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="notebooks at once (default: number of CPUs)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy and print where it is")
    args = parser.parse_args(argv)
    try:
        from helpers.report.workbook import register_exports

        register_exports()
    except ImportError:
        pass
    hooks = [getattr(hook, "__name__", repr(hook)) for hook in report.POST_BUILD]
    scratch = Path(tempfile.mkdtemp(prefix="helpers-bench-"))
    try:
        root = make_copy(scratch / "repo")
        stems = sorted(path.stem for path in (root / "notebooks").glob("*.ipynb"))
        print(
            f"{len(stems)} notebooks, {args.jobs or os.cpu_count()} job(s), post-build hooks: {', '.join(hooks) or 'none'}"
        )

        baseline = time_nbconvert(root)
        cold, result = time_build(root, args.jobs, force=True)
        ratio = cold / baseline
        print(
            f"(a) cold build {cold:.1f} s vs nbconvert one after another {baseline:.1f} s: "
            f"{ratio:.2f}x (target <= 0.70x) {_verdict(ratio <= 0.7)}; executed {len(result.executed)}"
        )

        warm, result = time_build(root, args.jobs)
        share = warm / cold
        print(
            f"(b) rebuild, nothing changed: {warm:.2f} s = {share:.1%} of cold (target < 10%) {_verdict(share < 0.1)}; "
            f"kernels started {len(result.executed)} (target 0) {_verdict(not result.executed)}"
        )

        touched = root / "notebooks" / f"{stems[-1]}.ipynb"
        os.utime(touched)
        seconds, result = time_build(root, args.jobs)
        print(
            f"    rebuild after `touch {touched.name}` (same code): {seconds:.2f} s; executed {result.executed or 'none'}"
        )

        edit_one_notebook(touched)
        seconds, result = time_build(root, args.jobs)
        only = result.executed == [touched.stem]
        print(
            f"(c) rebuild after editing {touched.name}: {seconds:.1f} s; executed {result.executed} "
            f"(target: only {touched.stem}) {_verdict(only)}"
        )
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
