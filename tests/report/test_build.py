"""`python -m helpers report`: tiny notebooks in a temporary project, executed for real.

Kernel starts are the slow part (~1-2 s each), so the cache behaviour is checked as one
sequence of builds on the same project (6 notebook runs in all, plus 3 in the failure
test), and every notebook appends its name to a log file outside the project: the log
counts the kernels that really ran a notebook. Everything else is checked without a kernel.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from helpers import cli
from helpers.errors import UserFacingError
from helpers.report import build as report
from helpers.report import cache as report_cache
from helpers.report import failures
from tests.support import run_cli


def write_notebook(path: Path, *cells: str | tuple[str, list[str]]) -> Path:
    """A notebook whose code cells are the given sources (a (source, tags) pair tags a cell)."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells.append(nbformat.v4.new_markdown_cell(f"# {path.stem}"))
    for cell in cells:
        source, tags = cell if isinstance(cell, tuple) else (cell, [])
        code = nbformat.v4.new_code_cell(source)
        code.metadata["tags"] = tags
        notebook.cells.append(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def staging_left(root: Path) -> list[str]:
    """Staging or set-aside folders a build left behind."""
    found = list((root / "reports").glob(".staging-*")) if (root / "reports").exists() else []
    return [p.name for p in found + list(root.glob(".reports-old-*"))]


def log_cell(log: Path) -> str:
    """Code that records, outside the project, that a kernel ran this notebook."""
    return f"import os\nwith open({str(log)!r}, 'a') as f:\n    f.write(os.environ['HELPERS_NOTEBOOK'] + '\\n')"


CHART = """import json, os, pathlib
figures = pathlib.Path(os.environ["HELPERS_REPORT_DIR"]) / "figures"
(figures / ".index").mkdir(parents=True, exist_ok=True)
name = "chart_" + os.environ["HELPERS_NOTEBOOK"]
(figures / f"{name}.png").write_bytes(b"png")
(figures / ".index" / f"{name}.json").write_text(json.dumps({"notebook": os.environ["HELPERS_NOTEBOOK"]}))
print("cwd=" + os.getcwd())
print(open("data/values.csv").read())"""

ENV_CHECK = """import os
assert os.environ["MPLBACKEND"] == "Agg"
assert os.environ["PYTHONHASHSEED"] == "0" and os.environ["SOURCE_DATE_EPOCH"] == "0"
print("twice n =", 2 * n)"""


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A project root with two notebooks, data, a helper module and requirements; plus the run log.

    The project reads its own data/, not the pinned seed (set aside here rather than with the test's
    monkeypatch, which the tests undo midway).
    """
    pinned = os.environ.pop("HELPERS_DATA_DIR", None)
    root, log = tmp_path / "project", tmp_path / "runs.log"
    write_notebook(root / "notebooks" / "01_chart.ipynb", log_cell(log), CHART)
    write_notebook(root / "notebooks" / "02_params.ipynb", ("n = 1", ["parameters"]), log_cell(log), ENV_CHECK)
    (root / "data").mkdir()
    (root / "data" / "values.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / "src" / "helpers").mkdir(parents=True)
    (root / "src" / "helpers" / "tool.py").write_text("X = 1\n", encoding="utf-8")
    (root / "requirements.txt").write_text("nbformat>=5  # notebooks\n-e .\n", encoding="utf-8")
    yield root, log
    if pinned is not None:
        os.environ["HELPERS_DATA_DIR"] = pinned


def runs(log: Path) -> list[str]:
    """The notebooks kernels ran so far, in order."""
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def outputs_text(executed: Path) -> str:
    """All the text a notebook printed."""
    notebook = json.loads(executed.read_text(encoding="utf-8"))
    return "".join("".join(o.get("text", "")) for c in notebook["cells"] for o in c.get("outputs", []))


def no_kernel(*args, **kwargs):
    raise AssertionError("a notebook was executed although nothing changed")


@pytest.mark.slow
def test_builds_then_reruns_only_what_changed(project, monkeypatch, capsys):
    root, log = project
    sources = snapshot(root / "notebooks")
    seen: list[Path] = []
    hook = lambda staging: seen.append(staging) or (staging / "hook.txt").write_text("ok")

    first = report.build_reports(root, jobs=2, hooks=[hook])
    assert first.ok and first.published and first.executed == ["01_chart", "02_params"]
    reports = root / "reports"
    assert (reports / "notebooks" / "01_chart.ipynb").is_file() and (
        reports / "notebooks" / "02_params.ipynb"
    ).is_file()
    assert (reports / "figures" / "chart_01_chart.png").read_bytes() == b"png"  # saved via HELPERS_REPORT_DIR
    assert f"cwd={root}" in outputs_text(reports / "notebooks" / "01_chart.ipynb")  # kernel runs in the root
    assert "twice n = 2" in outputs_text(reports / "notebooks" / "02_params.ipynb")
    assert seen[0].name.startswith(".staging-") and (reports / "hook.txt").read_text() == "ok"
    assert snapshot(root / "notebooks") == sources and staging_left(root) == []
    assert sorted(runs(log)) == ["01_chart", "02_params"]
    out = capsys.readouterr().out
    assert "running 01_chart" in out and "done 02_params in " in out

    # Nothing changed: no notebook is executed, hence no kernel started; reports/ is rebuilt from the cache.
    monkeypatch.setattr(report, "_execute", no_kernel)
    again = report.build_reports(root, jobs=2, hooks=[])
    assert again.ok and again.executed == [] and again.cached == ["01_chart", "02_params"]
    assert "cached 01_chart" in capsys.readouterr().out
    assert len(runs(log)) == 2
    monkeypatch.undo()

    # A code change re-runs that notebook only, after removing the charts it saved before.
    figures = reports / "figures"
    (figures / "stale.png").write_bytes(b"old")
    (figures / ".index" / "stale.json").write_text(json.dumps({"notebook": "01_chart"}))
    (figures / "other.png").write_bytes(b"other")
    (figures / ".index" / "other.json").write_text(json.dumps({"notebook": "02_params"}))
    write_notebook(root / "notebooks" / "01_chart.ipynb", log_cell(log), CHART + "\n# edited")
    edited = report.build_reports(root, jobs=2, hooks=[])
    assert edited.executed == ["01_chart"] and edited.cached == ["02_params"]
    assert not (figures / "stale.png").exists() and not (figures / ".index" / "stale.json").exists()
    assert (figures / "other.png").exists() and (figures / "chart_01_chart.png").exists()

    # A parameter re-runs the notebooks that have a parameters cell, and only those.
    with_param = report.build_reports(root, jobs=2, params={"n": 5}, hooks=[])
    assert with_param.executed == ["02_params"] and with_param.cached == ["01_chart"]
    assert "twice n = 10" in outputs_text(reports / "notebooks" / "02_params.ipynb")

    # A data file change re-runs; --only builds just the named notebook.
    (root / "data" / "values.csv").write_text("a,b\n1,3\n", encoding="utf-8")
    data_changed = report.build_reports(root, only=["01_chart.ipynb"], params={"n": 5}, hooks=[])
    assert data_changed.executed == ["01_chart"] and data_changed.cached == []
    assert "1,3" in outputs_text(reports / "notebooks" / "01_chart.ipynb")

    # A helper file change re-runs (but not a __pycache__ file).
    (root / "src" / "helpers" / "__pycache__").mkdir()
    (root / "src" / "helpers" / "__pycache__" / "tool.cpython-311.pyc").write_bytes(b"\0")
    (root / "src" / "helpers" / "tool.py").write_text("X = 2\n", encoding="utf-8")
    helper_changed = report.build_reports(root, only=["01_chart"], params={"n": 5}, hooks=[])
    assert helper_changed.executed == ["01_chart"]

    assert sorted(runs(log)[:2]) == ["01_chart", "02_params"]  # the first build ran both at once
    assert runs(log)[2:] == ["01_chart", "02_params", "01_chart", "01_chart"]
    assert staging_left(root) == []


@pytest.mark.slow
def test_failure_leaves_reports_untouched_and_names_the_cell(tmp_path, monkeypatch, capsys):
    root, log = tmp_path / "project", tmp_path / "runs.log"
    write_notebook(root / "notebooks" / "01_ok.ipynb", log_cell(log))
    assert report.build_reports(root, hooks=[]).published
    before = snapshot(root / "reports")

    write_notebook(root / "notebooks" / "01_ok.ipynb", log_cell(log), "print('changed')")
    write_notebook(root / "notebooks" / "03_fail.ipynb", "x = 1", "def f():\n    raise ValueError('bad value')\nf()")
    monkeypatch.setattr(report, "ROOT", root)
    monkeypatch.setattr(report, "POST_BUILD", [])
    code = cli.main(["report", "--jobs", "2"])

    out, err = capsys.readouterr()
    assert code == 2
    assert "done 01_ok in " in out and "FAILED 03_fail" in out  # the failure stopped nothing else
    assert "notebooks/03_fail.ipynb, code cell 2 (In [2]): ValueError: bad value" in err
    assert "raise ValueError('bad value')" in err and "\x1b[" not in err
    assert "Traceback (most recent call last)" not in err + out
    assert snapshot(root / "reports") == before
    assert staging_left(root) == []
    assert runs(log) == ["01_ok", "01_ok"]


def test_unchanged_inputs_keep_the_cache_and_each_input_invalidates_it(project, monkeypatch):
    root, _ = project
    reports = root / "reports"
    notebooks = report.select_notebooks(root / "notebooks")

    def planned(**kwargs) -> list[str]:
        tasks, _, _ = report.plan_build(notebooks, root, reports, kwargs.pop("params", {}), kwargs.pop("force", False))
        return [task.stem for task in tasks]

    for task in report.plan_build(notebooks, root, reports, {}, False)[0]:  # pretend a build happened
        (reports / "notebooks").mkdir(parents=True, exist_ok=True)
        Path(task.output).write_text("{}")
        report_cache.write_entry(reports / ".cache", task.stem, task.entry)
    assert planned() == []
    assert planned(force=True) == ["01_chart", "02_params"]

    real = report_cache.metadata.version
    monkeypatch.setattr(report_cache.metadata, "version", lambda name: "0.0" if name == "nbformat" else real(name))
    assert planned() == ["01_chart", "02_params"]  # an installed version changed
    monkeypatch.undo()
    assert planned() == []

    (reports / "notebooks" / "02_params.ipynb").unlink()
    assert planned() == ["02_params"]  # its executed copy is gone


def test_outputs_of_removed_notebooks_are_dropped_and_hooks_can_stop_the_swap(project, monkeypatch):
    root, _ = project
    reports = root / "reports"
    (reports / "notebooks").mkdir(parents=True)
    (reports / "figures" / ".index").mkdir(parents=True)
    (reports / "notebooks" / "99_gone.ipynb").write_text("{}")
    (reports / "figures" / "gone.png").write_bytes(b"x")
    (reports / "figures" / ".index" / "gone.json").write_text(json.dumps({"notebook": "99_gone"}))
    before = snapshot(reports)

    def broken(staging: Path) -> None:
        raise RuntimeError("cannot export")

    monkeypatch.setattr(report, "run_tasks", lambda tasks, jobs, say: [report.Outcome(t.stem, 0.1) for t in tasks])
    failed = report.build_reports(root, hooks=[broken])
    assert not failed.ok and "cannot export" in failed.describe_failure()
    assert snapshot(reports) == before and staging_left(root) == []

    built = report.build_reports(root, hooks=[])
    assert built.published
    assert not (reports / "notebooks" / "99_gone.ipynb").exists() and not (reports / "figures" / "gone.png").exists()


def test_read_only_reports_fail_clearly_before_running_anything(project, monkeypatch):
    root, _ = project
    (root / "reports").mkdir()
    monkeypatch.setattr(report, "_execute", no_kernel)
    monkeypatch.setattr(report.os, "access", lambda path, mode, **kw: Path(path) != root / "reports")
    with pytest.raises(UserFacingError, match="read-only") as error:
        report.build_reports(root, hooks=[])
    assert str(root / "reports") in str(error.value)


def test_unwritable_reports_folder_is_named(project, monkeypatch):
    root, _ = project
    (root / "reports").mkdir()

    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(report.tempfile, "mkdtemp", refuse)
    with pytest.raises(UserFacingError, match="not writable") as error:
        report.build_reports(root, hooks=[])
    assert str(root / "reports") in str(error.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_reports_for_real(project):
    root, _ = project
    (root / "reports").mkdir()
    (root / "reports").chmod(0o555)
    try:
        with pytest.raises(UserFacingError, match="reports"):
            report.build_reports(root, hooks=[])
    finally:
        (root / "reports").chmod(0o755)


def test_bad_names_and_folders_are_user_errors(tmp_path, project):
    root, _ = project
    with pytest.raises(UserFacingError, match="no notebook named '04_nope'.*01_chart, 02_params"):
        report.build_reports(root, only=["04_nope"], hooks=[])
    with pytest.raises(UserFacingError, match="no notebooks folder"):
        report.build_reports(tmp_path / "empty", hooks=[])
    assert not (root / "reports").exists()


def test_parameters_are_json_when_possible():
    assert report.parse_param("n=5") == ("n", 5)
    assert report.parse_param('names=["a", 1]') == ("names", ["a", 1])
    assert report.parse_param("city=Suichang") == ("city", "Suichang")
    assert report.parse_param("empty=") == ("empty", "")
    with pytest.raises(UserFacingError, match="name=value"):
        report.parse_param("5=x")


def test_requirement_names_skip_options_and_comments(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# runtime\npandas>=2.2,<4\nnbformat[fast]>=5  # note\n-e .\n--index-url x\n\n")
    assert report_cache.requirement_names(requirements) == ["nbformat", "pandas"]


def test_tree_digest_follows_contents_not_times(tmp_path):
    (tmp_path / "a.csv").write_text("1")
    digest = report_cache.digest_tree(tmp_path)
    os.utime(tmp_path / "a.csv", (0, 0))
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert report_cache.digest_tree(tmp_path) == digest
    (tmp_path / "a.csv").write_text("2")
    assert report_cache.digest_tree(tmp_path) != digest


def test_code_key_ignores_outputs_and_metadata(project):
    root, _ = project
    notebook = json.loads((root / "notebooks" / "01_chart.ipynb").read_text())
    key = report_cache.notebook_key({}, notebook, {})["key"]
    notebook["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi"}]
    notebook["cells"][1]["execution_count"] = 7
    notebook["metadata"]["something"] = 1
    assert report_cache.notebook_key({}, notebook, {})["key"] == key
    notebook["cells"][1]["source"] += "\n"
    assert report_cache.notebook_key({}, notebook, {})["key"] != key


def test_traceback_shows_the_cell_line_and_the_line_that_raised():
    traceback = [
        "\x1b[31m----\x1b[39m",
        "ValueError    Traceback (most recent call last)",
        "Cell In[2], line 3\n      1 import pandas\n      2 x = 1\n----> 3 pandas.read_csv('x')\n",
        "File lib.py:5, in read_csv()\n----> 5 return get()\n",
        "File lib.py:10, in get()\n      7 a\n      8 b\n      9 c\n---> 10 raise ValueError('bad')\n     11 d\n",
        "\x1b[31mValueError\x1b[39m: bad",
    ]
    assert failures.traceback_tail(traceback, "ValueError: bad") == (
        "Cell In[2], line 3",
        "      1 import pandas",
        "      2 x = 1",
        "----> 3 pandas.read_csv('x')",
        "...",
        "File lib.py:10, in get()",
        "      8 b",
        "      9 c",
        "---> 10 raise ValueError('bad')",
    )


def test_a_chart_with_no_notebook_recorded_survives_a_cached_build(project):
    """A chart saved interactively before the notebook was known keeps its files through a build."""
    root, _ = project
    assert report.build_reports(root, jobs=2, hooks=[], say=lambda line: None).ok
    figures = root / "reports" / "figures"
    (figures / "orphan.png").write_bytes(b"png")
    (figures / ".index" / "orphan.json").write_text(json.dumps({"name": "orphan", "notebook": ""}), encoding="utf-8")
    assert report.build_reports(root, jobs=2, hooks=[], say=lambda line: None).ok
    assert (figures / "orphan.png").exists()


def test_the_kernels_own_errors_are_not_shown_as_the_notebooks_output():
    log = "\n".join(
        [
            "[IPKernelApp] WARNING | some start-up warning",
            "printed by the notebook",
            "ERROR:tornado.general:Uncaught exception in ZMQStream callback",
            "Traceback (most recent call last):",
            '  File "/x/zmq/eventloop/zmqstream.py", line 585, in _log_error',
            "    f.result()",
            "zmq.error.ZMQError: Socket operation on non-socket",
            "also printed by the notebook",
            "[IPKernelApp] ERROR | Exception in control handler:",
            "Traceback (most recent call last):",
            '  File "/x/ipykernel/kernelbase.py", line 408, in process_control',
            "ValueError: the kernel's own",
            "Traceback (most recent call last):",
            "ValueError: a traceback the notebook printed itself is kept",
        ]
    )
    assert failures.worth_showing(log) == [
        "printed by the notebook",
        "also printed by the notebook",
        "Traceback (most recent call last):",
        "ValueError: a traceback the notebook printed itself is kept",
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "cells,words",
    [
        (("raise ValueError('boom')",), ("notebooks/02_bad.ipynb", "code cell 2", "ValueError: boom")),
        (
            ("open('data/missing.csv').read()",),
            ("notebooks/02_bad.ipynb", "code cell 2", "FileNotFoundError", "data/missing.csv"),
        ),
    ],
    ids=["a notebook that raises", "a missing data file"],
)
def test_report_failure_names_notebook_and_cell_and_keeps_earlier_reports(tmp_path, cells, words):
    from helpers.report import build as report

    root = _project(tmp_path)
    first = report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)
    assert first.ok
    before = {p: p.read_bytes() for p in (root / "reports").rglob("*") if p.is_file()}
    write_notebook(root / "notebooks" / "02_bad.ipynb", "y = 2", *cells)
    result = report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)
    assert not result.ok
    message = result.describe_failure()
    for w in words:
        assert w in message, message
    assert {p: p.read_bytes() for p in (root / "reports").rglob("*") if p.is_file()} == before


def test_report_into_a_read_only_reports_folder_is_refused_by_name(tmp_path, monkeypatch):
    from helpers.errors import UserFacingError
    from helpers.report import build as report

    root = _project(tmp_path)
    (root / "reports").mkdir()
    monkeypatch.setattr(report.os, "access", lambda path, mode, **kw: Path(path) != root / "reports")
    with pytest.raises(UserFacingError, match="reports"):
        report.build_reports(root, jobs=1, hooks=[], say=lambda line: None)


def test_report_command_failure_shows_no_traceback():
    result = run_cli("report", "--only", "no_such_notebook")
    assert result.returncode == 2 and "no_such_notebook" in result.stderr and "Traceback" not in result.stderr
    json.dumps(result.stderr)  # plain text


def _project(tmp_path: Path, *cells: str) -> Path:
    root = tmp_path / "project"
    write_notebook(root / "notebooks" / "01_ok.ipynb", "x = 1")
    write_notebook(root / "notebooks" / "02_bad.ipynb", "y = 2", *cells)
    (root / "data").mkdir()
    (root / "src" / "helpers").mkdir(parents=True)
    (root / "requirements.txt").write_text("nbformat\n", encoding="utf-8")
    return root


def test_an_unknown_parameter_is_refused_naming_it_and_the_known_ones(project):
    root, log = project
    with pytest.raises(UserFacingError) as refused:
        report.build_reports(root, params={"m": 5}, hooks=[])
    message = str(refused.value)
    assert "'m'" in message and "n (02_params.ipynb)" in message
    assert not (root / "reports").exists() and runs(log) == []  # nothing was written, no kernel started


def test_the_report_command_refuses_a_misspelled_parameter_and_changes_nothing():
    from helpers.paths import ROOT

    reports = ROOT / "reports"
    before = snapshot(reports) if reports.is_dir() else None
    result = run_cli("report", "-p", "popluation_misspelled=150000")
    assert result.returncode != 0
    assert "popluation_misspelled" in result.stderr and "population" in result.stderr
    assert "Traceback" not in result.stderr
    assert (snapshot(reports) if reports.is_dir() else None) == before


def test_a_build_with_nothing_to_do_makes_no_staging_folder_and_a_missing_output_is_rebuilt(project, monkeypatch):
    root, _ = project
    reports = root / "reports"
    hook = _write_marker
    monkeypatch.setattr(report, "run_tasks", lambda tasks, jobs, say: [report.Outcome(t.stem, 0.1) for t in tasks])
    monkeypatch.setattr(report, "_prepare_fonts", lambda: None)
    _pretend_executed(root)
    assert report.build_reports(root, hooks=[hook]).published
    stamp = json.loads((reports / report.BUILD_STAMP).read_text(encoding="utf-8"))
    assert "marker.txt" in stamp["written"]

    def no_staging(reports):
        raise AssertionError("a staging folder was made although nothing changed")

    monkeypatch.setattr(report, "_make_staging", no_staging)
    again = report.build_reports(root, hooks=[hook])
    assert again.ok and again.executed == [] and again.cached == ["01_chart", "02_params"]
    monkeypatch.undo()
    monkeypatch.setattr(report, "run_tasks", lambda tasks, jobs, say: [report.Outcome(t.stem, 0.1) for t in tasks])
    monkeypatch.setattr(report, "_prepare_fonts", lambda: None)

    (reports / "marker.txt").unlink()  # an export the user deleted is made again ...
    assert report.build_reports(root, hooks=[hook]).published and (reports / "marker.txt").is_file()
    assert report.build_reports(root, hooks=[]).published  # ... and other post-build steps mean another build
    with_param = report.build_reports(root, hooks=[hook], params={"n": 3})
    assert with_param.published and with_param.executed == ["02_params"]
    assert json.loads((reports / ".cache" / "parameters.json").read_text(encoding="utf-8")) == {"n": 3}


def _pretend_executed(root: Path) -> None:
    """Executed copies in reports/ for every notebook, as a (faked) kernel would leave them."""
    reports = root / "reports"
    for task in report.plan_build(report.select_notebooks(root / "notebooks"), root, reports, {}, False)[0]:
        Path(task.output).parent.mkdir(parents=True, exist_ok=True)
        Path(task.output).write_text("{}")


def _write_marker(staging: Path) -> None:
    (staging / "marker.txt").write_text("made", encoding="utf-8")


def test_the_chart_fonts_are_cut_before_any_kernel_starts(project, monkeypatch):
    root, _ = project
    order: list[str] = []
    monkeypatch.setattr(report, "_prepare_fonts", lambda: order.append("fonts"))

    def fake_run(tasks, jobs, say):
        order.append("kernels")
        return [report.Outcome(t.stem, 0.1) for t in tasks]

    monkeypatch.setattr(report, "run_tasks", fake_run)
    _pretend_executed(root)
    report.build_reports(root, hooks=[])
    assert order == ["fonts", "kernels"]
    order.clear()
    report.build_reports(root, hooks=[])  # nothing to run: neither
    assert order == []
