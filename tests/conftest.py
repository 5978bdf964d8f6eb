"""Shared fixtures: every test reads the pinned seed page, never the user's `data/`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import SEED_DATA, copy_seed


@pytest.fixture(autouse=True, scope="session")
def _pinned_seed_data() -> Iterator[Path]:
    """Point the dataset at the pinned seed for the whole session (and every kernel it starts)."""
    before = os.environ.get("HELPERS_DATA_DIR")
    os.environ["HELPERS_DATA_DIR"] = str(SEED_DATA)
    yield SEED_DATA
    if before is None:
        os.environ.pop("HELPERS_DATA_DIR", None)
    else:
        os.environ["HELPERS_DATA_DIR"] = before


@pytest.fixture
def seed_data() -> Path:
    """The pinned seed data folder (read-only: copy it with `seed_copy` to change anything)."""
    return SEED_DATA


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed's data folder."""
    return copy_seed(tmp_path / "data")
