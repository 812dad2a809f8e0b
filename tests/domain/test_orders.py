"""The Salesforce order's state machine, job numbers and activation requirements."""

from dataclasses import replace
from itertools import product

import pytest

from simulator.domain import orders
from simulator.domain.errors import InvalidTransition
from simulator.domain.statuses import SalesforceOrderStatus as Status

ALLOWED = {
    (Status.ORDER_ACCEPTED, Status.ORDER_HOLD),
    (Status.ORDER_ACCEPTED, Status.ACTIVATED),
    (Status.ORDER_HOLD, Status.ORDER_ACCEPTED),
}


@pytest.mark.parametrize("current, target", list(product(Status, Status)))
def test_every_transition_is_either_allowed_or_refused(current, target):
    if (current, target) in ALLOWED:
        orders.check_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            orders.check_transition(current, target)


@pytest.mark.parametrize(
    "raw, ok",
    [
        ("J-1", True),
        ("  J-1  ", True),
        ("x" * 32, True),
        ("x" * 33, False),
        ("", False),
        ("   ", False),
        (None, False),
    ],
)
def test_job_number_is_trimmed_free_text_of_1_to_32_characters(raw, ok):
    assert (orders.job_number_error(raw) is None) is ok


def test_lines_can_change_until_activation():
    assert orders.editable_lines(Status.ORDER_ACCEPTED)
    assert orders.editable_lines(Status.ORDER_HOLD)
    assert not orders.editable_lines(Status.ACTIVATED)


READY = orders.ActivationFacts(
    status=Status.ORDER_ACCEPTED,
    job_number="A-100",
    lines=(orders.ActivationLine("ATS-1", "A-100"), orders.ActivationLine("PCO-2", "A-100")),
    vendors=("ATS", "Partsco"),
    vendor_confirmed=True,
    payment_method="card",
    payment_captured=True,
    ready_to_ship=True,
)


def test_a_complete_order_can_be_activated():
    assert orders.activation_blockers(READY) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"job_number": None}, ["The ASTEA job number on the order."]),
        (
            {
                "lines": (
                    orders.ActivationLine("ATS-1", "A-100"),
                    orders.ActivationLine("PCO-2", None),
                )
            },
            ["The ASTEA job number on line PCO-2."],
        ),
        ({"vendor_confirmed": False}, ["An order comment confirming the vendor (Partsco)."]),
        (
            {"payment_captured": False},
            ["Payment Captured, ticked in Shipping and Billing Information."],
        ),
        ({"ready_to_ship": False}, ["The warehouse's notice that the order is ready to ship."]),
    ],
)
def test_each_missing_piece_is_named(change, expected):
    assert orders.activation_blockers(replace(READY, **change)) == expected


def test_everything_missing_is_listed_at_once():
    bare = replace(
        READY,
        job_number=None,
        lines=(orders.ActivationLine("X", None),),
        vendor_confirmed=False,
        payment_captured=False,
        ready_to_ship=False,
    )
    assert len(orders.activation_blockers(bare)) == 5


def test_a_po_order_needs_no_payment_capture():
    assert (
        orders.activation_blockers(replace(READY, payment_method="po", payment_captured=False))
        == []
    )


def test_only_harvard_and_partsco_need_the_vendor_confirmed():
    legacy_only = replace(READY, vendors=("ATS",), vendor_confirmed=False)
    assert orders.activation_blockers(legacy_only) == []
    harvard = replace(READY, vendors=("Harvard",), vendor_confirmed=False)
    assert orders.activation_blockers(harvard) == [
        "An order comment confirming the vendor (Harvard)."
    ]


@pytest.mark.parametrize("status", [Status.ORDER_HOLD, Status.ACTIVATED])
def test_only_an_order_accepted_order_can_be_activated(status):
    blockers = orders.activation_blockers(replace(READY, status=status))
    assert len(blockers) == 1 and status in blockers[0]
