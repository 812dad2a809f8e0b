"""The three journeys walked through the pages alone, as the README's "Try it by hand" tells a
person to: the simulator started without the test-control API, each step done by the role
that does it in the business, the integration running on its own."""

import re
import time

import pytest

from tests.server import Server, Visitor

pytestmark = pytest.mark.server
SYNC_SECONDS = "0.3"


@pytest.fixture(scope="module")
def server():
    started = Server("--sync-interval", SYNC_SECONDS)
    yield started
    started.stop()


def eventually(check, what: str, timeout: float = 30):
    """Reload until the integration has done its part (it runs every SYNC_SECONDS)."""
    deadline = time.monotonic() + timeout
    while not (found := check()):
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.1)  # a poll interval, not a wait for a fixed time
    return found


def sign_in(server, system: str, email: str) -> Visitor:
    visitor = Visitor(server.base)
    visitor.get(f"/{system}/login")
    status, _ = visitor.submit(
        "/login", {"email": email, "username": email, "password": "demo-pass"}
    )
    assert status == 200 and "/login" not in visitor.path, (system, email, visitor.path)
    return visitor


def order_to_cart(shopper: Visitor, sku: str, problem: str = "") -> str:
    """Add the product from its page, check out with the page's defaults, pay by PO; the
    store order number."""
    shopper.get("/store/catalog")
    shopper.get(
        next(
            p for p in re.findall(r'href="([^"]+)"', shopper.page) if p.endswith(f"/products/{sku}")
        )
    )
    shopper.submit(f"/products/{sku}/cart", {"quantity": "1", "problem_description": problem})
    shopper.get("/store/checkout")
    status, _ = shopper.submit("/checkout/shipping", {"other_comments": "UPS account HN8523"})
    assert status == 200, shopper.page
    shopper.submit("/checkout/billing")
    status, page = shopper.submit(
        "/checkout/place",
        {"payment_method": "po", "po_number": "PO-BY-HAND", "accept_terms": "yes"},
    )
    assert status == 200 and "Thank you for your order" in page, page
    return re.search(r"/store/orders/(\d+)", shopper.path).group(1)


def store_order_shows(shopper: Visitor, number: str, text: str):
    return lambda: text in shopper.get(f"/store/orders/{number}") and shopper.page


def mail(server, address: str, subject: str) -> Visitor:
    reader = sign_in(server, "mailbox", address)
    eventually(lambda: subject in reader.get("/mailbox/"), f"{address} gets {subject!r}")
    reader.get(
        next(
            p for p, s in re.findall(r'href="(/mailbox/\d+)">([^<]*)<', reader.page) if subject in s
        )
    )
    return reader


def test_the_control_api_is_off(server):
    assert server.request("POST", "/_sim/reset")[0] == 404


def test_a_new_product_order_from_the_store_to_completed(server):
    buyer = sign_in(server, "store", "buyer1@store.example")
    number = order_to_cart(buyer, "ATS-LB-1001")
    page = eventually(store_order_shows(buyer, number, "In Process"), "Salesforce has the order")
    salesforce = re.search(r"\b(0000\d{4})\b", page).group(1)

    csr = sign_in(server, "console", "csr1@console.example")
    csr.submit("/refresh")
    assert salesforce in csr.page
    csr.get(f"/console/orders/{salesforce}")
    csr.submit("/assign")
    csr.get(f"/console/orders/{salesforce}?edit=name")
    csr.submit("/job-number", {"job_number": "A-1001"})
    line = re.search(r"line=(\d+)", csr.page).group(1)
    csr.get(f"/console/orders/{salesforce}?tab=related&line={line}")
    csr.submit(f"/lines/{line}/job-number", {"line_job_number": "A-1001"})

    warehouse = sign_in(server, "console", "warehouse@console.example")
    warehouse.submit(f"/orders/{salesforce}/ready-to-ship")
    assert f"Order {salesforce} is reported ready to ship." in warehouse.page
    mail(server, "csr1@console.example", f"Order {salesforce} is ready to ship")

    csr.get(f"/console/orders/{salesforce}?step=Activated")
    status, page = csr.submit("/status")
    assert status == 200 and "Activated by" in page, page
    eventually(store_order_shows(buyer, number, "Completed"), "the store shows Completed")


def masquerading_rep(server, company_id: int = 1) -> Visitor:
    rep = sign_in(server, "store", "ips.rep@store.example")
    status, page = rep.submit(f"/companies/{company_id}/masquerade")
    assert status == 200 and "You are now acting as" in page
    return rep


def test_a_rep_places_a_repair_order_for_a_company_and_the_priced_quote_is_approved(server):
    rep = masquerading_rep(server)
    number = order_to_cart(rep, "RPR-1001", "Valve 3 leaks internally under load")
    page = eventually(store_order_shows(rep, number, "RMA"), "the RMA number reaches the store")
    quote = re.search(r"\b(Q-\d{5})\b", page).group(1)
    mail(server, "ips.rep@store.example", f"RMA for your repair order {number}")

    csr = sign_in(server, "console", "csr1@console.example")
    csr.get(f"/console/quotes/{quote}")
    csr.submit(f"/quotes/{quote}/assign")
    status, _ = csr.submit(f"/quotes/{quote}/present")
    assert status == 200
    approval = mail(server, "ips.rep@store.example", f"Repair quote {quote}")
    assert f"/store/orders/{number}" in approval.page
    rep.get(f"/store/orders/{number}")
    rep.submit(f"/orders/{number}/approve-quote")
    eventually(store_order_shows(rep, number, "In Process"), "Salesforce makes the order")
    rep.submit("/masquerade/end")
    assert "You are no longer acting as" in rep.page


def test_a_zero_dollar_evaluation_is_repriced_confirmed_and_replaces_the_order(server):
    rep = masquerading_rep(server, 5)
    number = order_to_cart(rep, "EVAL-1003", "Pump seized, needs evaluation")
    quote = eventually(
        lambda: re.search(r"\b(Q-\d{5})\b", rep.get(f"/store/orders/{number}")),
        "the quote's number reaches the store",
    ).group(1)
    assert "RMA-" in rep.page

    csr = sign_in(server, "console", "csr2@console.example")
    csr.get(f"/console/quotes/{quote}")
    csr.submit(f"/quotes/{quote}/assign")
    technician = sign_in(server, "console", "tech@console.example")
    technician.get(f"/console/quotes/{quote}")
    line = re.search(rf"/quotes/{quote}/lines/(\d+)/evaluation", technician.page).group(1)
    technician.submit(
        f"/lines/{line}/evaluation", {"repair_price": "900", "notes": "Worn seals, rebuild"}
    )
    assert "Evaluation Complete" in technician.get(f"/console/quotes/{quote}")

    email = mail(server, "ips.rep@store.example", f"New price for your repair order {number}")
    status, _ = email.submit("/reply", {"body": "Yes, go ahead at $900."})
    assert "Your reply was sent" in email.page
    eventually(
        lambda: "Yes, go ahead at $900." in csr.get(f"/console/quotes/{quote}") and csr.page,
        "the CSR sees the reply",
    )
    csr.submit(f"/quotes/{quote}/convert")
    replacement = eventually(
        lambda: re.search(
            r"replaced by order <a href=\"/store/orders/(\d+)\"", rep.get(f"/store/orders/{number}")
        ),
        "the $0 order is replaced",
    ).group(1)
    assert "Canceled" in rep.page
    assert "$900.00" in rep.get(f"/store/orders/{replacement}")
