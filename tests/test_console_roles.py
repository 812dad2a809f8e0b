"""Decision 13 on every console route that changes an order: only the order's owner changes
it. Probed with every other console role (another CSR, the Pricing Analyst, the technician,
the administrator, the warehouse), each change is refused with 403 and changes nothing."""

import pytest

from tests.test_masquerade_access import row_counts
from tests.test_security import state_changing_urls

OWNER = "csr1@console.example"
ORDER = "00000317"
OTHERS = [
    "csr2@console.example",
    "pricing@console.example",
    "tech@console.example",
    "admin@console.example",
    "warehouse@console.example",
]
FORMS = {
    "job-number": {"job_number": "A-9", "line_job_number": "A-9"},
    "comments": {"comment": "Changed by someone else", "confirms_vendor": "yes"},
    "shipping-and-billing": {"tracking_number": "1Z999", "payment_captured": "yes"},
    "status": {"status": "Activated"},
    "change": {"quantity": "9", "unit_price": "1.00"},
}


def order_routes(app, line_id):
    """Every state-changing console route of one order but Assign to me (decision 13's claim,
    tested on its own) and Ready to Ship (the warehouse's)."""
    for method, url in state_changing_urls(app):
        if not url.startswith("/console/orders/x/"):
            continue
        url = url.replace("/orders/x/", f"/orders/{ORDER}/").replace(
            "/lines/1/", f"/lines/{line_id}/"
        )
        if not url.endswith(("/assign", "/ready-to-ship")):
            yield method, url


@pytest.fixture
def owned_order(browser):
    client = browser.client
    lines = [{"sku": "HVD-3101"}, {"sku": "ATS-LB-1001"}]
    placed = client.post(
        "/_sim/store-orders",
        json={"customer": "buyer3@store.example", "site_id": 4, "lines": lines},
    )
    assert placed.status_code == 201
    client.post("/_sim/integration/run")
    assert (
        client.post(f"/_sim/salesforce-orders/{ORDER}/assign", json={"to": OWNER}).status_code
        == 200
    )
    return client.get(f"/_sim/salesforce-orders/{ORDER}").json


@pytest.mark.parametrize("email", OTHERS)
def test_no_one_but_the_owner_changes_an_order_on_any_route(app, browser, owned_order, email):
    routes = list(order_routes(app, owned_order["lines"][0]["id"]))
    assert len(routes) >= 6, routes
    before = row_counts(app)
    browser.console_log_in(email)
    browser.get(f"/console/orders/{ORDER}")
    for method, url in routes:
        response = browser.post(url, FORMS.get(url.rsplit("/", 1)[1], {}))
        assert response.status_code == 403, f"{email}: {method} {url} -> {response.status_code}"
    after = browser.client.get(f"/_sim/salesforce-orders/{ORDER}").json
    assert after == owned_order
    changed = {t for t, n in row_counts(app).items() if before[t] != n} - {"auth_sessions"}
    assert changed == set(), changed


QUOTE_FORMS = {
    "job-number": {"line_job_number": "A-9"},
    "evaluation": {"repair_price": "1.00", "notes": "Evaluated by someone else"},
}


@pytest.fixture
def owned_quote(browser):
    from tests.test_quote_lifecycle import place_repair, quote_event

    _, store_order = place_repair(browser.client, "EVAL-1003")
    number = store_order["salesforce_number"]
    quote_event(browser.client, number, "assign", {"to": OWNER})
    return number, browser.client.get(f"/_sim/salesforce-quotes/{number}").json


@pytest.mark.parametrize("email", OTHERS)
def test_no_one_but_the_owner_changes_a_quote_and_only_the_technician_evaluates(
    app, browser, owned_quote, email
):
    number, before_quote = owned_quote
    line_id = before_quote["lines"][0]["id"]
    before = row_counts(app)
    browser.console_log_in(email)
    browser.get(f"/console/quotes/{number}")
    for method, url in state_changing_urls(app):
        if not url.startswith("/console/quotes/x/") or url.endswith("/assign"):
            continue
        if email.startswith("tech@") and url.endswith("/evaluation"):
            continue  # the technician's own work
        url = url.replace("/quotes/x/", f"/quotes/{number}/").replace(
            "/lines/1/", f"/lines/{line_id}/"
        )
        response = browser.post(url, QUOTE_FORMS.get(url.rsplit("/", 1)[1], {}))
        assert response.status_code == 403, f"{email}: {method} {url} -> {response.status_code}"
    assert browser.client.get(f"/_sim/salesforce-quotes/{number}").json == before_quote
    changed = {t for t, n in row_counts(app).items() if before[t] != n} - {"auth_sessions"}
    assert changed == set(), changed
