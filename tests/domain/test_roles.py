"""Who works which console queue (decision 13)."""

import pytest

from simulator.domain import roles
from simulator.domain.routing import Queue

OPEN, IPS, QUOTES = Queue.OPEN_ORDER_QUEUE.value, Queue.IPS_PRICING.value, roles.QUOTES


@pytest.mark.parametrize(
    "persona,queue,allowed",
    [
        ("csr", OPEN, True),
        ("csr", QUOTES, True),
        ("csr", IPS, False),
        ("pricing_analyst", IPS, True),
        ("pricing_analyst", OPEN, False),
        ("pricing_analyst", QUOTES, False),
        ("repair_technician", OPEN, False),
        ("repair_technician", QUOTES, False),
        ("admin", OPEN, False),
        ("admin", IPS, False),
    ],
)
def test_each_team_claims_from_its_own_queues_only(persona, queue, allowed):
    assert roles.may_claim(persona, queue) is allowed


def test_the_refusal_names_the_team_that_works_the_queue():
    assert "Pricing Analyst team" in roles.claim_refusal("csr", IPS)
    assert "CSR team" in roles.claim_refusal("admin", OPEN)


@pytest.mark.parametrize(
    "persona,queue",
    [
        ("csr", OPEN),
        ("pricing_analyst", IPS),
        ("repair_technician", None),
        ("warehouse", None),
        ("admin", None),
    ],
)
def test_the_open_orders_report_lists_the_queue_the_team_works(persona, queue):
    found = roles.order_queue_of(persona)
    assert (found.value if found else None) == queue
