"""data/datapackage.json: a Frictionless Data Package that validates, in step with the CSVs and data/README.md."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import validate

from helpers import paths
from tests.support import SEED_DATA, copy_seed


def _package(folder):
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def test_the_seed_package_validates():
    report = validate(str(SEED_DATA / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_data_folder_and_the_seed_share_one_package_description():
    assert _package(paths.DATA) == _package(SEED_DATA)


def test_every_csv_column_is_described_in_the_package_and_in_the_readme():
    documented = (paths.DATA / "README.md").read_text(encoding="utf-8")
    resources = {r["path"]: r for r in _package(SEED_DATA)["resources"]}
    for table in sorted(SEED_DATA.glob("*.csv")):
        assert table.name in resources, f"{table.name} has no resource in datapackage.json"
        header = next(csv.reader(table.open(encoding="utf-8")))
        fields = [f["name"] for f in resources[table.name]["schema"]["fields"]]
        assert header == fields, table.name
        assert f"`{table.name}`" in documented
        for column in header:
            assert f"`{column}`" in documented, f"{table.name}: column {column} is not in data/README.md"


@pytest.mark.parametrize(
    ("table", "old", "new", "error"),
    [
        (
            "figures.csv",
            ",enterprises,enterprise_resumption_rate,",
            ",factories,enterprise_resumption_rate,",
            "foreign-key",
        ),
        ("figures.csv", ",299,家,", ",many,家,", "type-error"),
    ],
)
def test_the_package_catches_bad_rows(tmp_path, table, old, new, error):
    data = copy_seed(tmp_path / "data")
    text = (data / table).read_text(encoding="utf-8")
    assert old in text
    (data / table).write_text(text.replace(old, new, 1), encoding="utf-8")
    report = validate(str(data / "datapackage.json"))
    assert not report.valid
    assert error in {e.type for task in report.tasks for e in task.errors}


def test_the_command_line_validates_the_package():
    exe = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(exe) if exe.exists() else "frictionless", "validate", "datapackage.json"],
        cwd=SEED_DATA,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
