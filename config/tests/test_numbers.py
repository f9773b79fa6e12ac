"""Issue 12.5: one parser for numbers people type — ASCII digits only."""

import pytest

from config.numbers import is_ascii_digits, is_whole_number, parse_id


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("0", True),
        ("0042", True),
        ("", False),
        (None, False),
        ("4 2", False),
        ("²", False),
        ("٣", False),
        ("-1", False),
        ("+1", False),
        ("1.0", False),
    ],
)
def test_ascii_digits(text, digits):
    assert is_ascii_digits(text) is digits


@pytest.mark.parametrize(
    ("text", "signed", "whole"),
    [
        ("12", False, True),
        ("-12", False, False),
        ("-12", True, True),
        ("--1", True, False),
        ("-", True, False),
        ("9" * 5000, False, True),
        ("1²", True, False),
    ],
)
def test_whole_numbers(text, signed, whole):
    assert is_whole_number(text, signed=signed) is whole


@pytest.mark.parametrize(
    ("raw", "pk"),
    [
        ("7", 7),
        (" 7 ", 7),
        (7, 7),
        ("0007", 7),
        ("9" * 18, int("9" * 18)),
        ("9" * 19, None),
        ("²", None),
        ("٣", None),
        ("-7", None),
        ("7a", None),
        ("", None),
        (None, None),
    ],
)
def test_ids(raw, pk):
    assert parse_id(raw) == pk
