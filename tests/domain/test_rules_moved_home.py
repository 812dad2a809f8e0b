"""Rules that used to sit in services and views, now in the domain: each on both sides."""

from simulator.domain import catalogue, orders, quotes, roles
from simulator.domain.statuses import SalesforceOrderStatus as Status
from simulator.domain.statuses import SalesforceQuoteStatus as Q


def test_a_comment_is_written_and_at_most_2000_characters():
    assert orders.comment_error("Vendor confirmed.") is None
    assert orders.comment_error("x" * orders.COMMENT_MAX) is None
    assert orders.comment_error("   ") == "Write the comment before adding it."
    assert "at most 2000" in orders.comment_error("x" * (orders.COMMENT_MAX + 1))


def test_a_tracking_number_is_at_most_60_characters():
    assert orders.tracking_error("1Z" + "9" * 58) is None
    assert "at most 60" in orders.tracking_error("1Z" + "9" * 59)


def test_a_line_is_deleted_only_from_an_open_order_that_keeps_one():
    assert orders.line_deletion_problem(Status.ORDER_ACCEPTED, 2) is None
    assert orders.line_deletion_problem(Status.ORDER_HOLD, 2) is None
    assert "Activated" in orders.line_deletion_problem(Status.ACTIVATED, 2)
    assert "at least one line" in orders.line_deletion_problem(Status.ORDER_ACCEPTED, 1)


def test_ready_to_ship_is_reported_once_and_not_after_activation():
    assert orders.ready_to_ship_problem(Status.ORDER_ACCEPTED, False) is None
    assert "already" in orders.ready_to_ship_problem(Status.ORDER_ACCEPTED, True)
    assert "Activated" in orders.ready_to_ship_problem(Status.ACTIVATED, False)


def test_only_the_owner_changes_a_record_and_a_queued_one_is_read_only():
    assert roles.ownership_problem("order", "Casey", True) is None
    assert "only they can change it" in roles.ownership_problem("order", "Casey", False)
    assert "in the queue" in roles.ownership_problem("quote", None, False)


def test_only_the_technician_evaluates_and_only_the_warehouse_reports_ready_to_ship():
    personas = ["csr", "pricing_analyst", "repair_technician", "admin", "warehouse"]
    assert [p for p in personas if roles.may_evaluate(p)] == ["repair_technician"]
    assert [p for p in personas if roles.may_report_ready_to_ship(p)] == ["warehouse"]


def test_a_new_product_added_again_adds_up_to_the_cap():
    assert catalogue.added_quantity(2, 3) == 5
    assert catalogue.added_quantity(998, 1) == catalogue.QUANTITY_MAX
    assert catalogue.added_quantity(998, 5) == catalogue.QUANTITY_MAX


def test_only_an_unrepriced_quote_on_hold_is_presented():
    assert quotes.presentation_problem(Q.QUOTE_HOLD, False) is None
    assert "replying to its email" in quotes.presentation_problem(Q.QUOTE_HOLD, True)
    for status in (Q.EVALUATION_PENDING, Q.PRESENTED, Q.ACCEPTED):
        assert "cannot be presented" in quotes.presentation_problem(status, False)


def test_a_new_amount_is_authorized_the_way_the_order_was_paid():
    from simulator.domain.reauthorization import payment_method_problem

    for method in ("po", "card", "paypal"):
        assert payment_method_problem(method, method) is None
    assert payment_method_problem("card", "paypal") is not None
    assert payment_method_problem("po", "card") is not None


def test_a_link_is_for_its_own_customer_only():
    from datetime import datetime, timedelta

    from simulator.domain.reauthorization import LinkFacts, link_problem

    now = datetime(2026, 11, 23, 12)
    link = LinkFacts("420", 1000, now + timedelta(hours=1), None, False)
    assert link_problem(link, "420", 1000, now) is None
    other = LinkFacts("420", 1000, now + timedelta(hours=1), None, False, for_customer=False)
    assert link_problem(other, "420", 1000, now) == "This link is for another customer."
