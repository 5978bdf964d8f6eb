"""Spaces between digits and Chinese characters (helpers.text.spacing)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.text.spacing import close_spaces

_ALPHABET = "12０% ％人万天至-\u00a0 。"


def test_only_the_spaces_between_digits_and_chinese_are_closed():
    assert close_spaces("共 120 人，增长 5.2 %，20 - 100个")[0] == "共120人，增长5.2%，20 - 100个"
    assert close_spaces("总计 1 200 吨")[0] == "总计1 200吨"  # the space between digits stays
    assert close_spaces("没有空格的120人") == ("没有空格的120人", None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_every_offset_maps_back_to_the_same_character(text):
    closed, to_original = close_spaces(text)
    if to_original is None:
        assert closed == text
        return
    assert [text[to_original(i)] for i in range(len(closed))] == list(closed)
    assert to_original(len(closed)) == len(text)


#: The rule of the module docstring as one expression: a run of the typesetting spaces after a digit or percent
#: sign and before a Chinese character, after a Chinese character and before a digit, or after a digit and before
#: a percent sign.
_RULE = re.compile(
    "(?<=[0-9０-９%％])[ \u00a0\u2009\u202f]+(?=[\u4e00-\u9fff])"
    "|(?<=[\u4e00-\u9fff])[ \u00a0\u2009\u202f]+(?=[0-9０-９])"
    "|(?<=[0-9０-９])[ \u00a0\u2009\u202f]+(?=[%％])"
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\u2009\u202f\t\u3000a,", max_size=30))
def test_exactly_the_runs_of_spaces_the_rule_names_are_closed(text):
    assert close_spaces(text)[0] == _RULE.sub("", text)
