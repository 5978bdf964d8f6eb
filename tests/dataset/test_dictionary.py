"""`data/dictionary.csv`: one Chinese and English heading per column, problems located."""

from __future__ import annotations

import pytest

from helpers.dataset.dictionary import DICTIONARY_NAME, heading, load_dictionary
from helpers.errors import DataError
from helpers.report.tables import report_frames
from helpers.report.word import KEY_TABLES


def test_every_column_the_word_tables_show_has_a_chinese_heading(seed_data):
    dictionary = load_dictionary(seed_data)
    frames = report_frames()
    for name, columns in KEY_TABLES.items():
        for column in columns:
            if column in frames[name].columns:
                assert column in dictionary and dictionary[column].zh, (name, column)
    assert heading(dictionary, "value") == "数值" and heading(dictionary, "value", "en") == "Value"
    assert heading(dictionary, "no_such_column") == "no_such_column"


def test_a_column_described_twice_or_without_a_heading_is_named_with_its_row(seed_copy):
    path = seed_copy / DICTIONARY_NAME
    path.write_text(
        path.read_text(encoding="utf-8") + "value,值,Value again\nextra,,Extra\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as raised:
        load_dictionary(seed_copy)
    message = str(raised.value)
    assert "dictionary.csv" in message and "described twice" in message and "Chinese heading" in message
    assert "heading_zh" in message


def test_a_data_folder_without_a_dictionary_shows_column_names(tmp_path):
    assert load_dictionary(tmp_path) == {}
