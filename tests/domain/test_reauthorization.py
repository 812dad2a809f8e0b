"""Re-authorization links and the emails that carry them."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from simulator.domain import reauthorization as rules
from simulator.domain.money import parse_price

NOW = datetime(2026, 11, 22, 12, 0)
LINK = rules.LinkFacts("420", 250000, NOW + rules.LINK_LIFETIME, None, False)


def test_a_fresh_link_for_its_order_and_amount_works():
    assert rules.link_problem(LINK, "420", 250000, NOW) is None
    assert rules.link_problem(LINK, "420", None, NOW + timedelta(hours=23, minutes=59)) is None


@pytest.mark.parametrize(
    "link, order, amount, when, words",
    [
        (None, "420", 250000, NOW, "not valid"),  # an altered or made-up token
        (LINK, "421", 250000, NOW, "not valid"),  # another order
        (LINK, "420", 1, NOW, "not valid"),  # another amount
        (replace(LINK, used_at=NOW), "420", 250000, NOW, "already used"),
        (replace(LINK, superseded=True), "420", 250000, NOW, "replaced by a newer one"),
        (LINK, "420", 250000, NOW + rules.LINK_LIFETIME, "expired"),
    ],
)
def test_a_link_is_refused_with_a_clear_reason(link, order, amount, when, words):
    assert words in rules.link_problem(link, order, amount, when)


def test_po_payers_confirm_their_po_and_card_payers_get_a_second_cart():
    subject, body, label = rules.email_for("po", "420", "$2,500.00")
    assert "Price change" in subject and "PO Number/Reference Number" in body
    assert label == "Authorize the new amount"
    for method in ("card", "paypal"):
        _, body, label = rules.email_for(method, "420", "$2,500.00")
        assert "second cart" in body and label == "Go to your second cart"


@pytest.mark.parametrize(
    "raw, cents",
    [
        ("12", 1200),
        ("12.5", 1250),
        ("$1,234.56", 123456),
        ("0", 0),
        ("", None),
        ("-3", None),
        ("1.234", None),
        ("abc", None),
        ("1.x", None),
    ],
)
def test_prices_are_read_in_dollars_and_cents(raw, cents):
    assert parse_price(raw) == cents
