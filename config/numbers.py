"""Whole numbers typed by people, in forms and URLs (SPEC: bad input gets a 4xx, never a 500).

``str.isdigit()`` and ``int()`` disagree: "²" is a digit to the first and refused by the second,
while ``int()`` also reads Arabic-Indic and other Unicode digits and refuses strings longer
than 4,300 digits. Every number the shop reads from a person goes through here: ASCII digits
only, so what is checked is what is parsed.
"""

import re

_DIGITS = re.compile(r"[0-9]+")
_SIGNED = re.compile(r"-?[0-9]+")
ID_MAX_DIGITS = 18  # a bigint primary key has at most 19; 18 always fits and parses


def is_ascii_digits(text: str | None) -> bool:
    """True for one or more ASCII digits and nothing else ("0042" yes; "", "4 2", "²" no)."""
    return bool(text) and _DIGITS.fullmatch(text) is not None


def is_whole_number(text: str | None, *, signed: bool = False) -> bool:
    """True for ASCII digits with, when ``signed``, an optional leading minus (any length)."""
    return bool(text) and (_SIGNED if signed else _DIGITS).fullmatch(text) is not None


def parse_id(raw) -> int | None:
    """A database id from a form field or URL: 1–18 ASCII digits (surrounding spaces ignored)
    as an int, else None. Never raises."""
    text = str(raw).strip() if raw is not None else ""
    if not is_ascii_digits(text) or len(text) > ID_MAX_DIGITS:
        return None
    return int(text)
