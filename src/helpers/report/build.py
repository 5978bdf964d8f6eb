"""`python -m helpers report`: execute every notebook into reports/, re-running only what changed.

How a build goes:

1. A staging folder `reports/.staging-XXXX` starts as a copy of the current
   `reports/` (so notebooks that need no re-run keep their executed copies and
   charts).
2. Each notebook whose cache key changed (see `helpers.report.cache`) has its
   previous charts removed and is executed by nbclient in a fresh kernel,
   `--jobs` at a time, with the kernel working in the repository root and
   `HELPERS_REPORT_DIR` pointing at the staging folder. Parameters are injected
   with papermill's own `parameterize_notebook` (the `parameters` cell
   convention), and cells are not timed, so an executed copy is the same bytes
   from run to run when its outputs are.
3. When every notebook succeeded, the build's parameters are kept in the staging
   folder (`helpers.report.parameters`, for the exports), the post-build hooks in
   `POST_BUILD` run on it, and the staging folder is swapped into `reports/` with
   two renames. Any failure deletes the staging folder instead, so `reports/`
   stays exactly as it was.

Before any of this, parameters no notebook declares are refused (nothing is
written), and a build with nothing to do stops early: when every notebook's
executed copy is current and `reports/.cache/build.json` says the post-build
steps ran on exactly these notebook outputs, with these parameters and hooks, and
the files they wrote are all still there, no staging folder is made and nothing
heavier than hashlib is imported. When notebooks are to run, the chart fonts are
cut once here, before any kernel starts (`helpers.charts.fonts`), so parallel
kernels never cut them at the same time.

Longer than the house's ~500 lines because the staging folder, the scheduler and the
"nothing to do" check share the folder layout and cache entries defined here; splitting
them would scatter one protocol over several modules.

Why hand-written: papermill executes one notebook; it has no notion of a cache,
of running many notebooks at once, or of publishing their outputs atomically, and
build tools such as make or doit would need the cache inputs (code cells only,
whole folders, installed versions) spelled out for them anyway.

Why threads driving nbclient, rather than a process per notebook or a
`multiprocessing` pool: the work happens in the kernels, which are processes of
their own; each gets its own environment (`HELPERS_NOTEBOOK`) at start, so the
driver needs no process of its own per notebook. That saves a Python start and a
papermill import per notebook (about 1.5 s of CPU each, which on two cores
decided the cold-build time), and a `spawn` pool would re-import the caller's main
script while a `fork` pool is unsafe once threads exist. The scheduler is a
bounded loop so that "running" is printed when a notebook starts, not when it is
queued.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import stat
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from helpers.charts.index import remove_charts
from helpers.errors import UserFacingError
from helpers.paths import ROOT
from helpers.report import cache as report_cache
from helpers.report.cache import read_notebook
from helpers.report.failures import (
    TRACEBACK_LINES,
    NotebookFailure,
    clean_ansi,
    describe,
    worth_showing,
)
from helpers.report.parameters import check_parameters, write_parameters

__all__ = [
    "BUILD_STAMP",
    "BuildResult",
    "CACHE_DIR",
    "CHART_COST",
    "KERNEL_ENV",
    "Outcome",
    "POST_BUILD",
    "PostBuildHook",
    "STAGING_PREFIX",
    "article_runs",
    "build_reports",
    "export_all",
    "index_charts",
    "main",
    "parse_param",
    "plan_build",
    "run_hooks",
    "run_tasks",
    "select_notebooks",
]

PostBuildHook = Callable[[Path], None]

KERNEL_ENV: dict[str, str] = {"MPLBACKEND": "Agg", "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0"}
STAGING_PREFIX = ".staging-"
CACHE_DIR = ".cache"
CHART_COST = 4  # a saved chart (PNG, SVG and PDF) costs about as much as four ordinary cells
BUILD_STAMP = Path(CACHE_DIR) / "build.json"
"""What the last published build was made from and what it wrote, inside the report folder."""


# --------------------------------------------------------------------------- results


@dataclass
class BuildResult:
    """What a build did: notebooks executed, taken from the cache, failed, and whether reports/ was replaced."""

    reports: Path
    executed: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failures: list[NotebookFailure] = field(default_factory=list)
    hook_errors: list[str] = field(default_factory=list)
    published: bool = False

    @property
    def ok(self) -> bool:
        """True when every notebook and every post-build hook succeeded."""
        return not self.failures and not self.hook_errors

    def describe_failure(self) -> str:
        """The message shown to users when the build failed."""
        count = len(self.failures)
        head = f"{count} notebook{'s' if count != 1 else ''} failed" if count else "a post-build step failed"
        lines = [f"{head}; {self.reports.name}/ was left unchanged."]
        lines += [str(failure) for failure in self.failures]
        lines += self.hook_errors
        return "\n".join(lines)


# --------------------------------------------------------------------------- post-build steps


def index_charts(staging: Path) -> None:
    """Assemble figures/index.csv from the records of the charts the notebooks saved."""
    from helpers.charts.export import (
        build_figure_index,  # imported late: it loads matplotlib and pandas
    )

    build_figure_index(staging / "figures")


def export_all(staging: Path) -> None:
    """Write the CSV tables, the workbook, the Word document and index.html (`helpers.report.exports`)."""
    from helpers.report.exports import (
        export_reports,  # imported late: it loads pandas and the writers
    )

    export_reports(staging)


POST_BUILD: list[PostBuildHook] = [index_charts, export_all]
"""Called in order with the staging folder once every notebook succeeded, before it replaces reports/."""


# --------------------------------------------------------------------------- arguments


def parse_param(text: str) -> tuple[str, Any]:
    """Read one `-p name=value`; the value is JSON when it parses as JSON, else the text itself."""
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise UserFacingError(f"a parameter must look like name=value (a Python name), not {text!r}")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return name, value


def select_notebooks(notebooks_dir: Path, only: Iterable[str] = ()) -> list[Path]:
    """The notebooks to build, sorted by name: all of them, or those named by `--only`."""
    if not notebooks_dir.is_dir():
        raise UserFacingError(f"there is no notebooks folder at {notebooks_dir}")
    found = sorted(path for path in notebooks_dir.glob("*.ipynb") if not path.name.startswith("."))
    if not found:
        raise UserFacingError(f"there are no notebooks (*.ipynb) in {notebooks_dir}")
    wanted = [Path(name).name.removesuffix(".ipynb") for name in only]
    if not wanted:
        return found
    by_stem = {path.stem: path for path in found}
    unknown = [name for name in wanted if name not in by_stem]
    if unknown:
        known = ", ".join(by_stem)
        raise UserFacingError(
            f"no notebook named {', '.join(map(repr, unknown))} in {notebooks_dir} (there are: {known})"
        )
    return [by_stem[stem] for stem in sorted(set(wanted))]


# --------------------------------------------------------------------------- notebooks


def _has_parameters_cell(notebook: Mapping[str, Any]) -> bool:
    return any(
        cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", [])
        for cell in notebook["cells"]
    )


def _kernel_name(notebook: Mapping[str, Any]) -> str:
    return notebook.get("metadata", {}).get("kernelspec", {}).get("name") or "python3"


@dataclass(frozen=True)
class _Task:
    """One notebook to execute: where it is, where its executed copy goes, its parameters and kernel."""

    stem: str
    source: str
    output: str
    root: str
    staging: str
    kernel: str
    params: dict[str, Any]
    entry: dict[str, Any]
    cost: int = 0  # an estimate of the work, to start the longest notebooks first
    title: str = ""  # the executed copy's metadata title (an article overview names its article)


@dataclass(frozen=True)
class Outcome:
    stem: str
    seconds: float
    failure: NotebookFailure | None = None
    log: str = ""  # what the kernel and papermill printed outside the notebook (warnings)


# --------------------------------------------------------------------------- one notebook, on a driver thread


def _parameterised(task: _Task) -> Any:
    """The notebook to run: the source, with papermill's injected-parameters cell when parameters are given."""
    import nbformat

    notebook = nbformat.read(task.source, as_version=4)
    if task.params and _has_parameters_cell(notebook):
        from papermill.iorw import (
            load_notebook_node,  # gives every cell the `tags` papermill looks for
        )
        from papermill.parameterize import parameterize_notebook

        notebook = parameterize_notebook(load_notebook_node(task.source), task.params, kernel_name=task.kernel)
    if task.title:
        notebook.metadata["title"] = task.title
    return notebook


def _run_notebook(task: _Task, log_file: Any) -> NotebookFailure | None:
    """Execute one notebook with nbclient in a fresh kernel; write the executed copy; None when it ran to the end."""
    import nbformat
    from nbclient import NotebookClient

    shown = f"notebooks/{Path(task.source).name}"
    try:
        notebook = _parameterised(task)
    except Exception as exc:  # unreadable notebook JSON, bad parameters
        return NotebookFailure(shown, clean_ansi(f"{type(exc).__name__}: {exc}"))
    client = NotebookClient(
        notebook,
        timeout=None,
        kernel_name=task.kernel,
        record_timing=False,
        resources={"metadata": {"path": task.root}},
    )
    failure = None
    try:
        client.execute(env=_kernel_env(task), stdout=log_file, stderr=log_file)
    except Exception as exc:  # reported as this notebook's failure; the other notebooks go on
        failure = exc
    Path(task.output).parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, task.output)
    return None if failure is None else describe(failure, shown, Path(task.output))


def _kernel_env(task: _Task) -> dict[str, str]:
    """The environment of a notebook's kernel."""
    return {**os.environ, **KERNEL_ENV, "HELPERS_REPORT_DIR": task.staging, "HELPERS_NOTEBOOK": task.stem}


def _execute(task: _Task) -> Outcome:
    """Run one notebook in a kernel of its own, with its own environment; what the kernel printed is kept as the log."""
    started = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+b") as log_file:
        failure = _run_notebook(task, log_file)
        log_file.seek(0)
        log = clean_ansi(log_file.read().decode("utf-8", errors="replace"))
    if failure is not None and failure.cell is None and not failure.traceback:
        failure = replace(failure, traceback=tuple(worth_showing(log)[-TRACEBACK_LINES:]))
    return Outcome(task.stem, time.perf_counter() - started, failure, log)


# --------------------------------------------------------------------------- many notebooks


def _outcome_of(future: Future, task: _Task) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # the driver thread failed before nbclient ran
        failure = NotebookFailure(f"notebooks/{Path(task.source).name}", f"cannot start the notebook runner: {exc}")
        return Outcome(task.stem, 0.0, failure)


def _said(outcome: Outcome, say: Callable[[str], None]) -> Outcome:
    if outcome.failure is None:
        say(f"done {outcome.stem} in {outcome.seconds:.1f} s")
        for line in worth_showing(outcome.log):
            say(f"  {outcome.stem}: {line}")
    else:
        say(f"FAILED {outcome.stem}")
    return outcome


def run_tasks(tasks: Sequence[_Task], jobs: int, say: Callable[[str], None] = print) -> list[Outcome]:
    """Execute notebooks, at most `jobs` at a time (a driver thread and a kernel each); say when each starts, ends."""
    if not tasks:
        return []
    workers = max(1, min(jobs, len(tasks)))
    # Longest first, so that no long notebook starts last while the other workers sit idle.
    pending, running, outcomes = deque(sorted(tasks, key=lambda task: (-task.cost, task.stem))), {}, []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="notebook") as pool:
        while pending or running:
            while pending and len(running) < workers:
                task = pending.popleft()
                say(f"running {task.stem}")
                running[pool.submit(_execute, task)] = task
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda done: running[done].stem):
                outcomes.append(_said(_outcome_of(future, running.pop(future)), say))
    return outcomes


# --------------------------------------------------------------------------- the staging folder


def _check_writable(root: Path, reports: Path) -> bool:
    """Make sure reports/ exists and can be replaced; True when it was created by this call."""
    if reports.exists() and not reports.is_dir():
        raise UserFacingError(f"{reports} is a file, but the reports folder must be a folder")
    for folder in (reports, root) if reports.exists() else (root,):
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UserFacingError(f"cannot write the reports: the folder {folder} is read-only")
    if reports.exists():
        return False
    try:
        reports.mkdir()
    except OSError as exc:
        raise UserFacingError(f"cannot create the reports folder {reports}: {exc.strerror or exc}") from None
    return True


def _make_staging(reports: Path) -> Path:
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=reports))
    except OSError as exc:
        raise UserFacingError(
            f"cannot write the reports: the folder {reports} is not writable ({exc.strerror or exc})"
        ) from None
    staging.chmod(stat.S_IMODE(reports.stat().st_mode))  # mkdtemp makes it private; reports/ keeps its mode
    return staging


def _copy_current(reports: Path, staging: Path) -> None:
    """Start the staging folder as a copy of reports/ (without staging folders of any build)."""

    def skip(folder: str, names: list[str]) -> list[str]:
        if Path(folder) != reports:
            return []
        return [name for name in names if name.startswith(STAGING_PREFIX)]

    shutil.copytree(reports, staging, ignore=skip, symlinks=True, dirs_exist_ok=True)


def _prune_removed_notebooks(staging: Path, stems: set[str]) -> None:
    """Drop executed copies, cache entries and charts of notebooks that no longer exist."""
    for folder, suffix in ((staging / "notebooks", ".ipynb"), (staging / CACHE_DIR, ".json")):
        for path in folder.glob(f"*{suffix}") if folder.is_dir() else ():
            if path.stem not in stems:
                path.unlink()
    # a chart saved outside a build with no notebook recorded belongs to no notebook we know: keep it
    remove_charts(staging / "figures", lambda notebook: bool(notebook) and notebook not in stems)


def _swap_in(staging: Path, reports: Path) -> None:
    """Replace reports/ by the staging folder with two renames, then delete the old content."""
    aside = Path(tempfile.mkdtemp(prefix=".reports-old-", dir=reports.parent))
    old = aside / reports.name
    os.rename(reports, old)
    try:
        os.rename(old / staging.name, reports)
    except OSError:
        os.rename(old, reports)
        shutil.rmtree(aside, ignore_errors=True)
        raise
    shutil.rmtree(aside, ignore_errors=True)


@contextmanager
def _report_dir_env(staging: Path) -> Iterator[None]:
    """Point HELPERS_REPORT_DIR at the staging folder while hooks run, for hooks that read it themselves."""
    before = os.environ.get("HELPERS_REPORT_DIR")
    os.environ["HELPERS_REPORT_DIR"] = str(staging)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("HELPERS_REPORT_DIR", None)
        else:
            os.environ["HELPERS_REPORT_DIR"] = before


def run_hooks(hooks: Sequence[PostBuildHook], staging: Path, say: Callable[[str], None] = print) -> list[str]:
    """Run each post-build hook on the staging folder; return one message per hook that failed."""
    errors = []
    with _report_dir_env(staging):
        for hook in hooks:
            name = getattr(hook, "__name__", repr(hook))
            try:
                hook(staging)
            except Exception as exc:  # reported, and the build is not published
                say(f"FAILED post-build step {name}")
                errors.append(f"post-build step {name} failed: {type(exc).__name__}: {exc}")
    return errors


# --------------------------------------------------------------------------- the build


PER_ARTICLE_PARAMETER = "article_id"
"""A notebook whose `parameters` cell sets this name is run once per article of data/articles.csv."""


def article_runs(path: Path, notebook: Mapping[str, Any], params: Mapping[str, Any]) -> list[tuple[str, dict, str]]:
    """(stem, parameters, title) of each run of a notebook: one per article when it takes `article_id`, else one.

    A notebook whose `parameters` cell assigns `article_id` is run for every article of
    `data/articles.csv` (executed copy `<stem>-<article_id>`, titled with the article's title),
    unless `-p article_id=…` names one. Any other notebook is run once, as it always was.
    """
    given = dict(params) if _has_parameters_cell(notebook) else {}
    cell = next(
        (
            "".join(c.get("source", ""))
            for c in notebook["cells"]
            if c.get("cell_type") == "code" and "parameters" in c.get("metadata", {}).get("tags", [])
        ),
        "",
    )
    if not re.search(rf"^\s*{PER_ARTICLE_PARAMETER}\s*=", cell, re.MULTILINE):
        return [(path.stem, given, "")]
    from helpers.dataset.articles import METADATA_COLUMNS
    from helpers.dataset.tables import read_table
    from helpers.paths import data_dir

    articles = read_table(data_dir() / "articles.csv", METADATA_COLUMNS)
    if PER_ARTICLE_PARAMETER in given:
        articles = articles[articles["article_id"] == str(given[PER_ARTICLE_PARAMETER])]
    return [
        (f"{path.stem}-{a}", {**given, PER_ARTICLE_PARAMETER: a}, f"文章概览 Article overview: {t}")
        for a, t in zip(articles["article_id"], articles["title"])
    ]


def plan_build(
    notebooks: Sequence[Path], root: Path, staging: Path, params: Mapping[str, Any], force: bool
) -> tuple[list[_Task], list[str], list[NotebookFailure]]:
    """Split the notebooks into those to execute, those whose cached output is current, and unreadable ones."""
    shared = report_cache.shared_inputs(root)
    tasks, cached, broken = [], [], []
    for path in notebooks:
        try:
            notebook = read_notebook(path)
        except (OSError, ValueError) as exc:
            broken.append(NotebookFailure(f"notebooks/{path.name}", f"cannot read the notebook: {exc}"))
            continue
        for stem, given, title in article_runs(path, notebook, params):
            entry = report_cache.notebook_key(shared, notebook, given)
            output = staging / "notebooks" / f"{stem}.ipynb"
            stored = report_cache.read_entry(staging / CACHE_DIR, stem)
            if not force and output.is_file() and stored is not None and stored.get("key") == entry["key"]:
                cached.append(stem)
                continue
            tasks.append(
                _Task(
                    stem,
                    str(path),
                    str(output),
                    str(root),
                    str(staging),
                    _kernel_name(notebook),
                    given,
                    entry,
                    _estimated_cost(notebook),
                    title,
                )
            )
    return tasks, cached, broken


def _run_stems(notebooks: Sequence[Path]) -> set[str]:
    """The stems of every run of the notebooks (an article overview has one per article)."""
    stems = set()
    for path in notebooks:
        try:
            stems |= {stem for stem, _, _ in article_runs(path, read_notebook(path), {})}
        except (OSError, ValueError):
            stems.add(path.stem)
    return stems


def _estimated_cost(notebook: Mapping[str, Any]) -> int:
    """A rough measure of a notebook's work: its code cells, with a chart saved counting as several."""
    sources = ["".join(cell.get("source", "")) for cell in notebook.get("cells", []) if cell.get("cell_type") == "code"]
    return len(sources) + CHART_COST * sum(source.count("save_figure(") for source in sources)


def _fill_staging(reports: Path, staging: Path, notebooks: Sequence[Path], everything: bool) -> None:
    """Copy reports/ into the staging folder; on a full build, drop what belongs to deleted notebooks."""
    _copy_current(reports, staging)
    (staging / "notebooks").mkdir(exist_ok=True)
    if everything:
        _prune_removed_notebooks(staging, _run_stems(notebooks))


def _execute_into(
    staging: Path, tasks: Sequence[_Task], jobs: int, result: BuildResult, say: Callable[[str], None]
) -> None:
    """Run the notebooks that changed into the staging folder, recording each outcome and cache entry."""
    rerun = {task.stem for task in tasks}
    remove_charts(staging / "figures", lambda notebook: notebook in rerun)
    if tasks:
        _prepare_fonts()
    entries = {task.stem: task.entry for task in tasks}
    for outcome in run_tasks(tasks, jobs, say):
        if outcome.failure is not None:
            result.failures.append(outcome.failure)
        else:
            result.executed.append(outcome.stem)
            report_cache.write_entry(staging / CACHE_DIR, outcome.stem, entries[outcome.stem])
    result.failures.sort(key=lambda failure: failure.notebook)
    result.executed.sort()


def _prepare_fonts() -> None:
    """Cut the chart fonts now, once, so that kernels starting together find them made (a no-op when they are)."""
    from helpers.charts.fonts import static_font_paths  # imported late: it loads matplotlib

    static_font_paths()


# --------------------------------------------------------------------------- nothing to do


def _hook_names(hooks: Sequence[PostBuildHook]) -> list[str]:
    return [f"{getattr(hook, '__module__', '')}.{getattr(hook, '__qualname__', repr(hook))}" for hook in hooks]


def _written(folder: Path) -> dict[str, int]:
    """Every file a build left in the report folder (outside its cache), with its size."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if relative.parts[0] in (CACHE_DIR,) or relative.parts[0].startswith(STAGING_PREFIX) or not path.is_file():
            continue
        found[relative.as_posix()] = path.stat().st_size
    return found


def _made_from(folder: Path, stems: Sequence[str], params: Mapping[str, Any], hooks: Sequence[PostBuildHook]):
    """What the post-build steps of a report folder were made from: each notebook's cache key, parameters, hooks."""
    keys = {}
    for stem in stems:
        entry = report_cache.read_entry(folder / CACHE_DIR, stem)
        if entry is None:
            return None
        keys[stem] = entry.get("key")
    return {"notebooks": keys, "params": dict(params), "hooks": _hook_names(hooks)}


def _write_build_stamp(staging: Path, stems, params, hooks) -> None:
    made_from = _made_from(staging, stems, params, hooks)
    path = staging / BUILD_STAMP
    if made_from is None:  # a notebook was never built (--only): the next build must run its steps again
        path.unlink(missing_ok=True)
        return
    stamp = {"made_from": made_from, "written": _written(staging)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stamp, sort_keys=True, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _nothing_to_do(reports: Path, root: Path, params, hooks) -> list[str] | None:
    """The notebooks (all cached) when reports/ is current in every part, else None."""
    if not (reports / BUILD_STAMP).is_file():
        return None
    notebooks = select_notebooks(root / "notebooks")
    tasks, cached, broken = plan_build(notebooks, root, reports, params, False)
    if tasks or broken:
        return None
    try:
        stamp = json.loads((reports / BUILD_STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    expected = json.loads(json.dumps(_made_from(reports, cached, params, hooks), default=str))
    if not isinstance(stamp, dict) or stamp.get("made_from") != expected:
        return None
    written = stamp.get("written") or {}
    for name, size in written.items():
        path = reports / name
        if not path.is_file() or path.stat().st_size != size:
            return None
    return cached


def _publish(staging: Path, reports: Path) -> None:
    try:
        _swap_in(staging, reports)
    except OSError as exc:
        raise UserFacingError(f"cannot replace the reports folder {reports}: {exc.strerror or exc}") from None


def build_reports(
    root: Path = ROOT,
    only: Iterable[str] = (),
    force: bool = False,
    params: Mapping[str, Any] | None = None,
    jobs: int | None = None,
    hooks: Sequence[PostBuildHook] | None = None,
    say: Callable[[str], None] = print,
) -> BuildResult:
    """Execute the notebooks of a project into its reports/ folder, replacing it only if all succeeded."""
    root, only, params = Path(root).resolve(), list(only), dict(params or {})
    hooks = POST_BUILD if hooks is None else hooks
    notebooks = select_notebooks(root / "notebooks", only)
    check_parameters(select_notebooks(root / "notebooks"), params)
    reports = root / "reports"
    if not force and reports.is_dir():
        current = _nothing_to_do(reports, root, params, hooks)
        if current is not None:
            for stem in current:
                say(f"cached {stem}")
            return BuildResult(reports=reports, cached=current)
    created = _check_writable(root, reports)
    result = BuildResult(reports=reports)
    staging = _make_staging(reports)
    try:
        _fill_staging(reports, staging, notebooks, everything=not only)
        tasks, result.cached, result.failures = plan_build(notebooks, root, staging, params, force)
        for line in [f"cached {stem}" for stem in result.cached] + [
            f"FAILED {Path(f.notebook).stem}" for f in result.failures
        ]:
            say(line)
        _execute_into(staging, tasks, jobs or os.cpu_count() or 1, result, say)
        if result.ok:
            write_parameters(staging, params)
            result.hook_errors = run_hooks(hooks, staging, say)
        if result.ok:
            _write_build_stamp(staging, [path.stem for path in select_notebooks(root / "notebooks")], params, hooks)
            _publish(staging, reports)
            result.published = True
        return result
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if created and not result.published:
            shutil.rmtree(reports, ignore_errors=True)


# --------------------------------------------------------------------------- command line


def _param_arg(text: str) -> tuple[str, Any]:
    try:
        return parse_param(text)
    except UserFacingError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs_arg(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs needs a whole number of at least 1, not {text!r}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers report",
        description="Execute every notebook in notebooks/ into reports/, re-running only those whose inputs changed.",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="build only this notebook (name with or without .ipynb); repeatable",
    )
    parser.add_argument(
        "--force", action="store_true", help="re-run notebooks even when their cached output is current"
    )
    parser.add_argument(
        "-p",
        "--param",
        dest="params",
        action="append",
        default=[],
        type=_param_arg,
        metavar="NAME=VALUE",
        help="parameter for every notebook with a 'parameters' cell (JSON value, else text); repeatable",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs_arg,
        default=None,
        metavar="N",
        help=f"notebooks run at once (default: number of CPUs, {os.cpu_count()})",
    )
    return parser


def _say(line: str) -> None:
    print(line, flush=True)


def main(argv: Sequence[str]) -> int:
    """Build reports/ from the notebooks; a failed notebook makes the command fail with its error."""
    args = _parser().parse_args(list(argv))
    result = build_reports(ROOT, only=args.only, force=args.force, params=dict(args.params), jobs=args.jobs, say=_say)
    if not result.ok:
        raise UserFacingError(result.describe_failure())
    print(f"reports/ is up to date: {len(result.executed)} executed, {len(result.cached)} from the cache", flush=True)
    return 0
