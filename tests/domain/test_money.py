"""Money as people read and write it: the figures below are written by hand, not computed."""

import pytest

from simulator.domain.money import format_money, parse_price


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (0, "$0.00"),
        (5, "$0.05"),  # fewer than ten cents keep their leading zero
        (50, "$0.50"),
        (100, "$1.00"),
        (69005, "$690.05"),
        (184550, "$1,845.50"),
        (123456789, "$1,234,567.89"),
        (-5, "-$0.05"),
    ],
)
def test_amounts_are_shown_in_dollars_and_two_digit_cents(cents, shown):
    assert format_money(cents) == shown


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1845", 184500),
        ("$1,845.05", 184505),
        ("1900.5", 190050),
        (" 520 ", 52000),
        ("0.07", 7),
        ("1,000,000.00", 100000000),
        ("1,000,000.01", None),  # more than any part or repair costs
        ("12.345", None),
        ("12.", 1200),
        ("twelve", None),
        ("", None),
        ("-5", None),
    ],
)
def test_typed_prices_are_read_as_people_write_them(typed, cents):
    assert parse_price(typed) == cents
