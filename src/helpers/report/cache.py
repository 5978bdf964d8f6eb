"""Cache keys for `python -m helpers report`: a notebook re-runs only when something it reads changed.

A notebook's key is a hash of its code cells (source text only, so outputs and
metadata saved by Jupyter do not count), every file under `data/` and
`src/helpers/` (by contents, not modification times), the parameters it is given,
and the installed versions of the packages named in `requirements.txt`.

Hand-written rather than taken from a library: build tools (make, doit, joblib's
Memory) key on file times or on a Python function's arguments, not on "these cells
of this notebook plus these folders plus these installed versions", and the whole
thing is a few hashlib calls. Entries are small JSON files, one per notebook, kept
inside `reports/.cache/` so they are swapped in together with the outputs they
describe.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from helpers.paths import data_dir

__all__ = [
    "CACHE_VERSION",
    "SKIPPED_DIRS",
    "SKIPPED_SUFFIXES",
    "code_sources",
    "digest_tree",
    "entry_path",
    "notebook_key",
    "package_versions",
    "read_entry",
    "read_notebook",
    "requirement_names",
    "shared_inputs",
    "write_entry",
]

CACHE_VERSION = 1
SKIPPED_DIRS = frozenset({"__pycache__", ".ipynb_checkpoints", ".pytest_cache"})
SKIPPED_SUFFIXES = frozenset({".pyc", ".pyo"})
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _json_digest(value: Any) -> str:
    return _sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))


def _tree_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        relative_parts = path.relative_to(folder).parts
        if any(part in SKIPPED_DIRS for part in relative_parts):
            continue
        if path.is_file() and path.suffix not in SKIPPED_SUFFIXES:
            yield path


def digest_tree(folder: Path) -> str:
    """Fingerprint every file under a folder by its name and contents (a missing folder counts as empty)."""
    if not folder.is_dir():
        return _json_digest([])
    listing = [[path.relative_to(folder).as_posix(), _file_digest(path)] for path in _tree_files(folder)]
    return _json_digest(listing)


def requirement_names(requirements: Path) -> list[str]:
    """The package names listed in a requirements file (options such as `-e .` and URLs are skipped)."""
    if not requirements.is_file():
        return []
    names = []
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-")) or "://" in line:
            continue
        match = _REQUIREMENT_NAME.match(line)
        if match:
            names.append(match.group(1))
    return sorted(set(names), key=str.lower)


def package_versions(names: Iterable[str]) -> dict[str, str]:
    """The installed version of each package, or "not installed"."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def shared_inputs(root: Path) -> dict[str, str]:
    """Fingerprints of what every notebook reads: data/, src/helpers/ and the installed packages."""
    packages = package_versions(requirement_names(root / "requirements.txt"))
    return {
        "data": digest_tree(data_dir(root)),
        "helpers": digest_tree(root / "src" / "helpers"),
        "packages": _json_digest(packages),
        "python": ".".join(map(str, sys.version_info[:3])),
    }


def code_sources(notebook: Mapping[str, Any]) -> list[str]:
    """The source text of each code cell of a notebook read as JSON, in order."""
    sources = []
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            source = cell.get("source", "")
            sources.append("".join(source) if isinstance(source, list) else str(source))
    return sources


def notebook_key(shared: Mapping[str, str], notebook: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
    """The cache entry of one notebook: each input's fingerprint and one key over all of them."""
    parts: dict[str, Any] = dict(shared)
    parts["code"] = _json_digest(code_sources(notebook))
    parts["params"] = _json_digest(dict(params))
    parts["version"] = CACHE_VERSION
    return {"key": _json_digest(parts), "inputs": parts}


def entry_path(cache_dir: Path, stem: str) -> Path:
    """Where the cache entry of one notebook is kept."""
    return cache_dir / f"{stem}.json"


def read_entry(cache_dir: Path, stem: str) -> dict[str, Any] | None:
    """The stored cache entry of a notebook, or None when absent or unreadable."""
    try:
        entry = json.loads(entry_path(cache_dir, stem).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def write_entry(cache_dir: Path, stem: str, entry: Mapping[str, Any]) -> None:
    """Store the cache entry of a notebook."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(entry, sort_keys=True, indent=1, ensure_ascii=False, default=str)
    entry_path(cache_dir, stem).write_text(text + "\n", encoding="utf-8")


def read_notebook(path: Path) -> dict[str, Any]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ValueError("not a Jupyter notebook (no list of cells)")
    return notebook
