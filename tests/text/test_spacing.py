"""Spaces between digits and Chinese characters (helpers.text.spacing)."""

from __future__ import annotations

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
