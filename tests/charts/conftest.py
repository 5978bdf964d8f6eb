"""Shared by the chart tests: matplotlib's global settings are put back after every test."""

import matplotlib as mpl
import pytest


@pytest.fixture(autouse=True)
def _restore_rc():
    with mpl.rc_context():
        yield
