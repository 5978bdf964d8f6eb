"""The package's shape: sub-packages by stage, imports one way, no import loop, public names only across modules.

Layers, bottom to top: the plumbing at the top of the package (`helpers.paths`, `.errors`, `.atomic`, `.display`),
`helpers.text` → `helpers.dataset` → `helpers.analysis` → `helpers.report`; `helpers.charts` stands beside them
and takes only the plumbing. The commands at the top (`helpers.cli`, `.lab`, `.notebook_hygiene`) and the facade
(`helpers/__init__.py`) may use anything. Every import counts, deferred ones inside functions too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import helpers

PACKAGE = Path(helpers.__file__).resolve().parent
PLUMBING = {"helpers.paths", "helpers.errors", "helpers.atomic", "helpers.display"}
#: What each stage may import besides itself and the plumbing.
ALLOWED: dict[str, set[str]] = {
    "plumbing": set(),
    "text": set(),
    "dataset": {"text"},
    "analysis": {"dataset", "text"},
    "charts": set(),
    "report": {"analysis", "dataset", "text", "charts"},
    "top": {"analysis", "dataset", "text", "charts", "report"},
}
LONG_MODULE_LINES = 500


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _stage(module: str) -> str:
    if module in PLUMBING:
        return "plumbing"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in ALLOWED and (PACKAGE / parts[1]).is_dir():
        return parts[1]
    return "top"


def _imports(module: str) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import of a helpers module, deferred ones too."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names if alias.name.startswith("helpers")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if not base.startswith("helpers"):
                continue
            names = [alias.name for alias in node.names]
            submodules = [f"{base}.{name}" for name in names if f"{base}.{name}" in MODULES]
            found += [(sub, [], node.lineno) for sub in submodules]
            taken = [name for name in names if f"{base}.{name}" not in MODULES]
            if taken or not submodules:
                found.append((base, taken, node.lineno))
    # the facade's lazy table names modules as strings
    if module == "helpers":
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in MODULES:
                found.append((node.value, [], node.lineno))
    return found


def test_every_module_is_in_a_stage_or_at_the_top():
    stages = {_stage(m) for m in MODULES}
    assert {"text", "dataset", "analysis", "charts", "report"} <= stages


def test_imports_run_one_way():
    wrong = []
    for module, path in MODULES.items():
        stage = _stage(module)
        for target, _, line in _imports(module):
            other = _stage(target)
            if other in {stage, "plumbing"} and not (stage == "plumbing" and other == "plumbing" and target != module):
                continue
            if other not in ALLOWED[stage]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({stage}) imports {target} ({other})")
    assert wrong == []


def test_the_plumbing_imports_no_stage():
    wrong = [(m, t) for m in PLUMBING for t, _, _ in _imports(m) if _stage(t) != "plumbing"]
    assert wrong == []


def _cycles() -> list[list[str]]:
    graph = {m: sorted({t for t, _, _ in _imports(m) if t in MODULES and t != m}) for m in MODULES}
    # a package's __init__ is imported with its sub-modules; the lazy facades import nothing at import time
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    return found


def test_no_import_loop_anywhere_in_the_package():
    assert _cycles() == []


def test_no_private_name_is_taken_from_another_module():
    private = [
        f"{MODULES[m].relative_to(PACKAGE.parent)}:{line} takes {name} from {target}"
        for m in MODULES
        for target, names, line in _imports(m)
        for name in names
        if name.startswith("_") and target != m
    ]
    assert private == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_says_what_it_holds_and_exports(module):
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{module} has no docstring"
    if MODULES[module].name not in {"__init__.py", "__main__.py"}:
        assert any(
            isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets)
            for node in tree.body
        ), f"{module} has no __all__"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_long_module_says_why(module):
    text = MODULES[module].read_text(encoding="utf-8")
    lines = text.count("\n")
    if lines > LONG_MODULE_LINES:
        docstring = ast.get_docstring(ast.parse(text)) or ""
        assert "500 lines" in docstring, f"{module} has {lines} lines and its docstring does not say why"


def test_public_names_are_functions_or_classes_whatever_the_import_order():
    """Importing every sub-module first (as a notebook might) must not shadow a public name with a module."""
    script = (
        "import importlib, inspect, sys\n"
        f"modules = {sorted(MODULES)!r}\n"
        "for name in modules:\n"
        '    if name.endswith("__main__"): continue\n'
        "    importlib.import_module(name)\n"
        "import helpers\n"
        "bad = [n for n in helpers.__all__ if inspect.ismodule(getattr(helpers, n))"
        " or not (inspect.isfunction(getattr(helpers, n)) or inspect.isclass(getattr(helpers, n)))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
