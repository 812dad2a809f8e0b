"""Who may act for which company (DOMAIN.md decision 10)."""

import pytest

from simulator.domain.masquerade import (
    FORBIDDEN_MESSAGE,
    Access,
    Actor,
    access_to,
    may_represent,
    may_start_masquerade,
    not_acting_message,
    order_refusal,
)

BUYER = Actor("buyer", own_company_id=1, assigned_company_ids=(), acting_company_id=None)
REP_IDLE = Actor("ips_sales_rep", None, frozenset({1, 5, 6}), acting_company_id=None)
REP_AS_5 = Actor("ips_sales_rep", None, frozenset({1, 5, 6}), acting_company_id=5)


@pytest.mark.parametrize(
    ("actor", "company_id", "expected"),
    [
        (BUYER, 1, Access.ALLOWED),
        (BUYER, 2, Access.FORBIDDEN),
        (REP_IDLE, 1, Access.NOT_ACTING),
        (REP_IDLE, 2, Access.FORBIDDEN),
        (REP_AS_5, 5, Access.ALLOWED),
        (REP_AS_5, 1, Access.NOT_ACTING),
        (REP_AS_5, 2, Access.FORBIDDEN),
        # a masquerade whose assignment was withdrawn no longer counts
        (Actor("ats_buyer", None, frozenset({1}), acting_company_id=2), 2, Access.FORBIDDEN),
    ],
)
def test_access_to_a_company(actor, company_id, expected):
    assert access_to(actor, company_id) is expected


@pytest.mark.parametrize("persona", ["ats_buyer", "ips_sales_rep", "site_service_rep"])
def test_every_kind_of_rep_may_masquerade_only_as_an_assigned_company(persona):
    rep = Actor(persona, None, frozenset({3}), None)
    assert may_start_masquerade(rep, 3)
    assert not may_start_masquerade(rep, 4)


def test_a_buyer_never_masquerades_not_even_as_their_own_company():
    assert may_represent(BUYER, 1)
    assert not may_start_masquerade(BUYER, 1)


def test_a_refusal_names_no_company_and_an_order_refusal_reads_the_same_for_any_order():
    assert FORBIDDEN_MESSAGE.startswith("You are not assigned to this company")
    assert "logged" in FORBIDDEN_MESSAGE
    assert order_refusal("420") == "Order 420 is not an order of a company you act for."


def test_messages_to_a_rep_name_their_own_companies():
    assert not_acting_message("Morris Group", "Lyons PLC") == (
        "You are acting for Morris Group. Use Log In beside Lyons PLC on your dashboard to act "
        "for it."
    )
    assert not_acting_message(None, "Lyons PLC").startswith("You are not masquerading.")
