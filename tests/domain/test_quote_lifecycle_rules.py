"""The quote's life and its conversion (DOMAIN.md, Statuses; decision 12)."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulator.domain import conversion
from simulator.domain.checkout import Address
from simulator.domain.errors import InvalidTransition
from simulator.domain.quotes import (
    check_transition,
    conversion_problem,
    evaluation_errors,
    is_repriced,
    status_after_evaluation,
    store_approval_problem,
)
from simulator.domain.statuses import SalesforceQuoteStatus as Q

# Written from DOMAIN.md (Statuses; decision 12), not from the code: Evaluation Pending until
# every line needing evaluation has its price, then Evaluation Complete and at once Quote Hold;
# the CSR presents a priced quote, or moves a quote whose new price the customer confirmed to
# an order (Accepted); a presented quote is Accepted when the customer approves it. Accepted is
# final.
ALLOWED = {
    (Q.EVALUATION_PENDING, Q.EVALUATION_COMPLETE),
    (Q.EVALUATION_COMPLETE, Q.QUOTE_HOLD),
    (Q.QUOTE_HOLD, Q.PRESENTED),
    (Q.QUOTE_HOLD, Q.ACCEPTED),
    (Q.PRESENTED, Q.ACCEPTED),
}


@pytest.mark.parametrize(("current", "target"), sorted(itertools.product(Q, Q)))
def test_every_transition_is_either_allowed_or_refused(current, target):
    if (current, target) in ALLOWED:
        check_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(current, target)


def test_the_last_evaluation_completes_the_quote_and_puts_it_on_hold():
    assert status_after_evaluation(2) == []
    assert status_after_evaluation(0) == [Q.EVALUATION_COMPLETE, Q.QUOTE_HOLD]


def test_a_changed_price_is_a_repricing():
    assert is_repriced([0], [125000])
    assert is_repriced([48000], [52000])  # a priced repair the evaluation changed
    assert not is_repriced([48000, 36500], [48000, 36500])


@pytest.mark.parametrize(
    ("status", "repriced", "confirmed", "expected"),
    [
        (Q.ACCEPTED, True, True, "already moved"),
        (Q.EVALUATION_PENDING, True, True, "must be evaluated first"),
        (Q.EVALUATION_COMPLETE, True, True, "must be evaluated first"),
        (Q.QUOTE_HOLD, True, False, "has not confirmed"),
        (Q.QUOTE_HOLD, False, True, "approves it in the store"),
        (Q.PRESENTED, False, False, "approves it in the store"),
        (Q.QUOTE_HOLD, True, True, None),
        (Q.PRESENTED, True, True, None),
    ],
)
def test_when_the_csr_may_move_a_quote_to_an_order(status, repriced, confirmed, expected):
    problem = conversion_problem(status, repriced, confirmed)
    assert problem is None if expected is None else expected in problem


@pytest.mark.parametrize(
    ("presented", "approved", "status", "expected"),
    [
        (True, False, "Awaiting Customer Approval", None),
        (False, False, "Awaiting Customer Approval", "not presented"),
        (True, True, "Awaiting Customer Approval", "already approved"),
        (True, False, "Canceled", "no repair quote to approve"),
    ],
)
def test_when_the_customer_may_approve_in_the_store(presented, approved, status, expected):
    problem = store_approval_problem(presented, approved, status)
    assert problem is None if expected is None else expected in problem


@pytest.mark.parametrize(
    ("price", "notes", "fields"),
    [
        ("1,250.00", "Worn seals", set()),
        ("0", "Worn seals", {"repair_price"}),
        ("-5", "Worn seals", {"repair_price"}),
        ("12.345", "Worn seals", {"repair_price"}),
        ("100", "   ", {"notes"}),
        ("100", "x" * 2001, {"notes"}),
    ],
)
def test_an_evaluation_needs_a_price_and_notes(price, notes, fields):
    assert set(evaluation_errors(price, notes)) == fields


# -- conversion carries everything over ---------------------------------------------------

text = st.text(min_size=0, max_size=40)
addresses = st.builds(Address, text, text, text, text, text)
lines = st.builds(
    conversion.LineRecord,
    product_id=st.integers(1, 10_000),
    sku=st.text(min_size=1, max_size=20),
    name=text,
    quantity=st.integers(1, 999),
    unit_price_cents=st.integers(0, 10**7),
    problem_description=st.none() | st.text(min_size=20, max_size=200),
    rma_number=st.none() | st.text(min_size=1, max_size=12),
)
orders = st.builds(
    conversion.OrderRecord,
    customer_id=st.integers(1, 10_000),
    company_id=st.integers(1, 10_000),
    site_id=st.integers(1, 10_000),
    shipping_address=addresses,
    billing_address=addresses,
    shipping_method=st.sampled_from(["company_account", "prepaid"]),
    other_comments=st.text(max_size=200),
    payment_method=st.sampled_from(["po", "card", "paypal"]),
    payment_reference=text,
    po_number=text,
    lines=st.lists(lines, min_size=1, max_size=6).map(tuple),
)


@given(old=orders, data=st.data())
def test_the_new_order_carries_every_field_of_the_old_one(old, data):
    new_prices = data.draw(
        st.dictionaries(st.integers(0, len(old.lines) - 1), st.integers(0, 10**7))
    )
    new = conversion.replacement(old, new_prices)
    for name in conversion.CARRIED_OVER:
        assert getattr(new, name) == getattr(old, name), name
    assert len(new.lines) == len(old.lines)
    for index, (before, after) in enumerate(zip(old.lines, new.lines, strict=True)):
        assert after.unit_price_cents == new_prices.get(index, before.unit_price_cents)
        assert after == before.__class__(
            **{**vars(before), "unit_price_cents": after.unit_price_cents}
        )
    assert new.total_cents == sum(line.quantity * line.unit_price_cents for line in new.lines)


def test_a_price_for_a_line_the_order_does_not_have_is_an_error():
    line = conversion.LineRecord(1, "EVAL-1", "Repair", 1, 0, "x" * 20, "RMA-1")
    old = conversion.OrderRecord(
        1, 1, 1, Address(), Address(), "prepaid", "", "po", "", "", (line,)
    )
    with pytest.raises(ValueError):
        conversion.replacement(old, {1: 100})
    with pytest.raises(ValueError):
        conversion.replacement(old, {0: -1})
