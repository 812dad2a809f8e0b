"""The quote stage of a repair order (DOMAIN.md decisions 2 and 12)."""

import pytest

from simulator.domain.catalogue import ProductKind, ProductLine
from simulator.domain.quotes import (
    may_evaluate,
    needs_evaluation,
    quote_status_for,
    store_status_on_placing,
)
from simulator.domain.routing import LineFacts

NEW = LineFacts(ProductKind.NEW, ProductLine.LEGACY)
PRICED_REPAIR = LineFacts(ProductKind.REPAIR, ProductLine.LEGACY, priced=True)
EVAL_REPAIR = LineFacts(ProductKind.REPAIR, ProductLine.HARVARD, priced=False)


def test_only_a_non_priced_repair_needs_evaluation():
    assert needs_evaluation(EVAL_REPAIR)
    assert not needs_evaluation(PRICED_REPAIR)
    assert not needs_evaluation(NEW)


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        ([PRICED_REPAIR], "Quote Hold"),
        ([PRICED_REPAIR, NEW], "Quote Hold"),
        ([EVAL_REPAIR], "Evaluation Pending"),
        ([PRICED_REPAIR, EVAL_REPAIR], "Evaluation Pending"),  # any line holds the whole quote
    ],
)
def test_quote_status(lines, status):
    assert quote_status_for(lines) == status


@pytest.mark.parametrize(
    ("method", "lines", "status"),
    [
        ("po", [NEW], "Awaiting Payment"),
        ("card", [NEW], "Order Placed"),
        ("po", [PRICED_REPAIR], "Awaiting Customer Approval"),
        ("card", [NEW, PRICED_REPAIR], "Awaiting Customer Approval"),
        ("po", [EVAL_REPAIR], "Awaiting Evaluation"),
        ("paypal", [PRICED_REPAIR, EVAL_REPAIR], "Awaiting Evaluation"),
    ],
)
def test_the_store_status_a_placed_order_starts_in(method, lines, status):
    assert store_status_on_placing(method, lines) == status


def test_an_order_without_lines_is_an_error():
    with pytest.raises(ValueError):
        store_status_on_placing("po", [])


@pytest.mark.parametrize(
    ("status", "may"),
    [("Evaluation Pending", True), ("Quote Hold", True), ("Presented", False), ("Accepted", False)],
)
def test_a_quote_is_priced_at_evaluation_only_before_it_is_presented(status, may):
    """Decision 12: the technician prices before the quote is presented; the customer then
    approves that price, and an accepted quote is locked."""
    assert may_evaluate(status) is may
