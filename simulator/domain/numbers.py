"""Numbers as people type them into a form: ASCII digits 0-9 and nothing else.

str.isdigit() and int() read far more (superscripts, other scripts' and mathematical digits,
'_' between digits, a sign, surrounding whitespace), so a form that used them took '𝟙𝟚' as 12
and failed on '²'. Every form reads its numbers here."""

import re

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
# Thousands separated by commas in threes ("1,845"): how the pages write money, so a figure
# copied from a page reads back. No other separator style.
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+", re.ASCII)


def whole_number(text: str, max_digits: int) -> int | None:
    """Plain digits, at most max_digits of them (so no input makes a huge int); else None."""
    if len(text) > max_digits or not _DIGITS.fullmatch(text):
        return None
    return int(text)


def grouped_whole_number(text: str, max_digits: int) -> int | None:
    """As whole_number, also taking thousands separated by commas in threes."""
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    return whole_number(text, max_digits)
