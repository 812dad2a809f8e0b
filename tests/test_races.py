"""Shared things used at the same moment, on a real server with real threads: one cart makes
one order, one order's changes run one at a time, one rep runs one masquerade."""

import json

import pytest

from tests.server import Visitor, at_once

TABS = 10
PO = {"payment_method": "po", "po_number": "PO-7781", "accept_terms": "yes"}
CARD = {
    "payment_method": "card",
    "card_number": "4111111111111111",
    "card_name": "Dana Buyer",
    "card_expiry": "12/39",
    "card_cvv": "123",
    "accept_terms": "yes",
}


@pytest.fixture
def server(server_factory):
    return server_factory("--testing", "--threads", str(TABS + 2))


def _api(server, method, path, body=None):
    status, text = server.request(method, path, body)
    assert status < 300, (path, status, text)
    return json.loads(text) if text else None


def _checkout_tabs(server, buyer):
    """The buyer with a filled cart and the checkout open; the checkout's address."""
    _api(server, "POST", "/_sim/carts", {"customer": buyer, "lines": [{"sku": "ATS-LB-1001"}]})
    visitor = Visitor(server.base)
    visitor.store_sign_in(buyer)
    visitor.get("/store/checkout")
    assert visitor.path.endswith("/checkout"), visitor.path
    return visitor, visitor.path


@pytest.mark.server
@pytest.mark.parametrize(
    "buyer, payment", [("buyer1@store.example", PO), ("buyer3@store.example", CARD)]
)
def test_ten_place_orders_on_one_cart_make_one_order(server, buyer, payment):
    visitor, checkout = _checkout_tabs(server, buyer)
    results = at_once(*[lambda: visitor.post(f"{checkout}/place", payment)] * TABS)
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] + [409] * (TABS - 1), statuses  # no 500 among them
    assert sum("Thank you for your order" in page for _, page in results) == 1
    refusals = [page for status, page in results if status == 409]
    assert all("This cart was just ordered as order 420" in page for page in refusals)
    assert [order["number"] for order in _api(server, "GET", "/_sim/store-orders")] == ["420"]


@pytest.mark.server
def test_ten_tabs_opening_the_checkout_first_share_one_draft(server):
    _api(
        server,
        "POST",
        "/_sim/carts",
        {"customer": "buyer1@store.example", "lines": [{"sku": "ATS-LB-1001"}]},
    )
    visitor = Visitor(server.base)
    visitor.store_sign_in("buyer1@store.example")
    visitor.get("/store/cart")
    checkout = visitor.path.removesuffix("/cart") + "/checkout"
    results = at_once(*[lambda: visitor.send(checkout)] * TABS)
    assert [status for status, _ in results] == [200] * TABS


@pytest.mark.server
def test_one_order_activated_while_its_price_changes_ends_in_a_state_the_rules_allow(server):
    """Either the activation wins (the price change is refused) or the change wins (the order
    is on hold, not activated); never an activated order on hold."""
    rounds = 4
    for _ in range(rounds):
        _api(
            server,
            "POST",
            "/_sim/store-orders",
            {"customer": "buyer1@store.example", "site_id": 2, "lines": [{"sku": "ATS-LB-1001"}]},
        )
    _api(server, "POST", "/_sim/integration/run")
    owner = Visitor(server.base)
    owner.console_sign_in("csr1@console.example")
    outcomes = set()
    for order in _api(server, "GET", "/_sim/store-orders"):
        number = order["salesforce_number"]
        url = f"/console/orders/{number}"
        _api(
            server,
            "POST",
            f"/_sim/salesforce-orders/{number}/assign",
            {"to": "csr1@console.example"},
        )
        _api(server, "POST", f"/_sim/salesforce-orders/{number}/job-numbers", {"job_number": "A-1"})
        _api(server, "POST", f"/_sim/salesforce-orders/{number}/ready-to-ship")
        line = _api(server, "GET", f"/_sim/salesforce-orders/{number}")["lines"][0]["id"]
        change = f"{url}/lines/{line}/change"
        owner.get(url)
        at_once(
            lambda url=url: owner.post(f"{url}/status", {"status": "Activated"}),
            lambda change=change: owner.post(change, {"quantity": "3", "unit_price": "1.00"}),
        )
        state = _api(server, "GET", f"/_sim/salesforce-orders/{number}")
        activated = state["activated_at"] is not None
        assert (state["status"], activated) in {("Activated", True), ("Order Hold", False)}, state
        outcomes.add(state["status"])
        server.request("POST", "/_sim/integration/run")
        store = _api(server, "GET", f"/_sim/store-orders/{order['number']}")
        assert (store["status"] == "Completed") == activated, store


@pytest.mark.server
def test_a_rep_starting_three_masquerades_at_once_runs_one_and_ending_it_ends_all(server):
    rep = Visitor(server.base)
    rep.store_sign_in("ips.rep@store.example")
    results = at_once(
        *(
            lambda company=company: rep.post(f"/store/companies/{company}/masquerade")
            for company in (1, 5, 6)
        )
    )
    assert [status for status, _ in results] == [200] * 3
    rep.get("/store/cart")
    acting = rep.path
    assert "/companies/" in acting
    rep.post("/store/masquerade/end")
    rep.get("/store/cart")
    assert "/companies/" not in rep.path, f"still acting after ending: {acting} -> {rep.path}"


@pytest.mark.server
def test_wrong_passwords_sent_at_once_get_no_more_tries_than_in_a_row(server):
    """The lockout counts each guess before checking it, in one conditional UPDATE: guesses
    sent together cannot all read "four so far" and each be checked."""
    from simulator.domain.signin import MAX_FAILURES

    guessers = [Visitor(server.base) for _ in range(TABS)]
    for guesser in guessers:
        guesser.get("/store/login")
    wrong = {"email": "buyer1@store.example", "password": "not-the-password"}
    statuses = [
        status
        for status, _ in at_once(*[lambda g=g: g.post("/store/login", wrong) for g in guessers])
    ]
    assert sorted(statuses) == [401] * (MAX_FAILURES - 1) + [429] * (TABS - MAX_FAILURES + 1)
    status, page = Visitor(server.base).store_sign_in("buyer1@store.example")
    assert status == 429 and "Too many wrong passwords" in page
