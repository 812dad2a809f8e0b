"""Numbers typed into a form: plain ASCII digits, one separator style, nothing else.

str.isdigit() and int() read far more than digits 0-9 (superscripts, other scripts' and
mathematical digits, '_' between digits, a sign); a form reads none of them."""

import pytest

from simulator.domain.catalogue import parse_quantity, quantity_error
from simulator.domain.money import parse_price


@pytest.mark.parametrize(
    "typed",
    [
        "²",
        "1.²",
        "1²",
        "1_0",
        "1_000.00",
        "+5",
        "-5",
        "𝟙𝟚",
        "١٢",  # Arabic-Indic digits
        "１２",  # full-width digits
        "1,0",  # a comma that does not separate thousands
        "1,00",
        ",100",
        "100,",
        "1,000.5,0",
        "1.000,50",  # the other separator style
        "1 000",
        "0x10",
        "1e3",
        "12.3.4",
        "$$12",
        "nan",
        "∞",
    ],
)
def test_a_price_that_is_not_plain_digits_is_no_price(typed):
    assert parse_price(typed) is None


@pytest.mark.parametrize(
    "typed, cents",
    [("1,000", 100000), ("1,234,567.89", None), ("999,999.99", 99999999), ("$1,845.00", 184500)],
)
def test_thousands_are_separated_by_commas_in_threes(typed, cents):
    assert parse_price(typed) == cents


@pytest.mark.parametrize(
    "typed", ["²", "1_0", "+5", "-5", "𝟙𝟚", "١٢", "１２", "5.0", "1,000", " ", "", None]
)
def test_a_quantity_that_is_not_plain_digits_is_refused(typed):
    assert parse_quantity(typed) is None
    assert quantity_error(typed) == "Quantity must be a whole number, in digits 0-9."


@pytest.mark.parametrize("typed, quantity", [("5", 5), (" 12 ", 12), ("007", 7), (999, 999)])
def test_a_quantity_in_digits_is_read(typed, quantity):
    assert parse_quantity(typed) == quantity


def test_card_digits_are_plain_digits():
    from datetime import date

    from simulator.domain.payments import card_errors, luhn_valid

    assert luhn_valid("4111111111111111")
    assert not luhn_valid("411111111111111²")  # passed isdigit(), then failed int(): a 500
    errors = card_errors("4111111111111111", "Pat", "١٢/٣٠", "１２３", date(2026, 1, 1))
    assert set(errors) == {"card_expiry", "card_cvv"}
