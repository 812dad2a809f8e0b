"""A rep's repair order for a company: checkout's rules on the server, who the order belongs
to, and the quote the integration makes of it (DOMAIN.md decisions 2, 10, 11, 12)."""

import re

import pytest
from sqlalchemy import select

from simulator.audit.models import AuditEntry
from simulator.console.models import SfQuote
from simulator.store.models import StoreOrder

# Assigned to Lyons PLC (1: Terms, UPS HN8523), Morris Group (5), Lawrence PLC (6: no UPS).
REP = "ips.rep@store.example"
SITE_REP = "site.rep@store.example"  # Salazar Group (4: card or PayPal, no UPS)
PROBLEM = "Drive faults with E-17 on power-up"
ADDRESS = re.compile(r'name="(ship_\w+)" type="text" value="([^"]*)"')
BILLING = re.compile(r'name="(bill_\w+)" type="text" value="([^"]*)"')


def as_rep(browser, rep, company_id, sku="RPR-1001", problem=PROBLEM):
    browser.store_sign_in(rep)
    browser.post(f"/store/companies/{company_id}/masquerade")
    response = browser.post(
        browser.shop(f"/products/{sku}/cart"), {"quantity": "1", "problem_description": problem}
    )
    assert response.status_code == 302, response.get_data(as_text=True)


def shipping(browser, method="company_account", comments=None):
    page = browser.get(browser.shop("/checkout")).get_data(as_text=True)
    form = dict(ADDRESS.findall(page)) | {
        "site_id": re.search(r'<option value="(\d+)"', page).group(1),
        "shipping_method": method,
    }
    typed = re.search(r'<textarea id="other_comments"[^>]*>([^<]*)</textarea>', page).group(1)
    form["other_comments"] = typed if comments is None else comments
    return browser.post(browser.shop("/checkout/shipping"), form)


def to_payment(browser, **shipping_args):
    assert shipping(browser, **shipping_args).status_code == 302
    billing = dict(BILLING.findall(browser.get(browser.shop("/checkout")).get_data(as_text=True)))
    assert browser.post(browser.shop("/checkout/billing"), billing).status_code == 302


def place(browser, **form):
    return browser.post(browser.shop("/checkout/place"), {"accept_terms": "yes", **form})


def stored(app, model):
    with app.extensions["database"].Session() as db:
        return list(db.scalars(select(model).order_by(model.id)))


def test_the_order_is_the_companys_with_the_rep_as_customer_and_is_audited(app, browser):
    as_rep(browser, REP, 1)
    to_payment(browser)
    response = place(browser, payment_method="po", po_number="PO-4410")
    assert response.location == "/store/orders/420/confirmation"
    with app.extensions["database"].Session() as db:
        order = db.scalar(select(StoreOrder))
        assert (order.customer.email, order.company.name) == (REP, "Lyons PLC")
        assert order.status == "Awaiting Customer Approval"
        assert order.other_comments == "UPS account HN8523"
        assert order.lines[0].problem_description == PROBLEM
    last = stored(app, AuditEntry)[-1]
    assert (last.actor_email, last.company_name, last.action) == (
        REP,
        "Lyons PLC",
        "Order placed while masquerading",
    )
    assert last.detail == "Store order 420, $480.00"
    page = browser.get("/store/orders/420").get_data(as_text=True)
    assert REP in page and "Placed for" in page
    assert "420" in browser.get("/store/orders").get_data(as_text=True)  # the rep's own list
    assert "420" in browser.get("/store/companies/1/orders").get_data(as_text=True)


def test_the_companys_buyer_sees_the_order_the_rep_placed(browser):
    as_rep(browser, REP, 1)
    to_payment(browser)
    place(browser, payment_method="po", po_number="PO-4410")
    browser.store_sign_in("buyer1@store.example")
    assert ">420</a>" in browser.get("/store/orders").get_data(as_text=True)
    assert browser.get("/store/orders/420").status_code == 200


def test_ship_on_company_account_without_a_ups_account_on_file_needs_one_typed(app, browser):
    as_rep(browser, REP, 6)
    refused = shipping(browser, comments="")
    assert refused.status_code == 422
    assert "needs its UPS account number" in refused.get_data(as_text=True)
    accepted = shipping(browser, comments="UPS account 7Y42X9")
    assert accepted.status_code == 302
    billing = dict(BILLING.findall(browser.get(browser.shop("/checkout")).get_data(as_text=True)))
    browser.post(browser.shop("/checkout/billing"), billing)
    place_response = place(browser, payment_method="po", po_number="PO-1")
    assert place_response.status_code == 302
    assert stored(app, StoreOrder)[0].other_comments == "UPS account 7Y42X9"


def test_a_company_with_a_ups_account_has_it_ready_in_other_comments(browser):
    as_rep(browser, REP, 1)
    page = browser.get(browser.shop("/checkout")).get_data(as_text=True)
    assert "UPS account HN8523</textarea>" in page
    assert 'value="company_account" checked' in page


@pytest.mark.parametrize(
    ("rep", "company_id", "form", "message"),
    [
        (
            REP,
            1,
            {"payment_method": "po", "po_number": " "},
            "Enter the PO Number/Reference Number.",
        ),
        (
            REP,
            1,
            {"payment_method": "paypal", "paypal_email": "a@b.example"},
            "This company has Terms: it pays by PO.",
        ),
        (
            SITE_REP,
            4,
            {"payment_method": "po", "po_number": "PO-1"},
            "Choose to pay by credit card or PayPal.",
        ),
        (REP, 1, {"payment_method": "po", "po_number": "PO-1", "accept_terms": ""}, "must agree"),
        (
            REP,
            1,
            {"payment_method": "po", "po_number": "PO-1", "bill_name": "Someone Else"},
            "cannot be changed",
        ),
    ],
)
def test_a_refused_checkout_places_nothing(app, browser, rep, company_id, form, message):
    as_rep(browser, rep, company_id)
    to_payment(browser, **({"method": "prepaid"} if company_id == 4 else {}))
    response = place(browser, **form)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert stored(app, StoreOrder) == []
    assert [e.action for e in stored(app, AuditEntry)] == ["Masquerade started"]


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        ("", "Describe the problem with the part to be repaired."),
        ("  Broken.          ", "at least 20 characters (you entered 7)"),
        ("\u200b" * 20, "Describe the problem with the part to be repaired."),  # zero-width
        ("Broken." + "\u200b" * 20, "at least 20 characters (you entered 7)"),
    ],
)
def test_a_repair_needs_a_thorough_problem_description(app, browser, problem, message):
    browser.store_sign_in(REP)
    browser.post("/store/companies/1/masquerade")
    response = browser.post(
        browser.shop("/products/RPR-1001/cart"), {"quantity": "1", "problem_description": problem}
    )
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert "Your cart is empty." in browser.get(browser.shop("/cart")).get_data(as_text=True)


@pytest.mark.parametrize(
    ("sku", "quote_status", "store_status"),
    [
        ("RPR-1001", "Quote Hold", "Awaiting Customer Approval"),
        ("EVAL-1003", "Evaluation Pending", "Awaiting Evaluation"),
    ],
)
def test_the_integration_makes_a_quote_of_a_repair_order_once(
    app, browser, sku, quote_status, store_status
):
    as_rep(browser, REP, 1, sku=sku)
    to_payment(browser)
    place(browser, payment_method="po", po_number="PO-7")
    for _ in range(2):  # delivered twice: still one quote
        assert browser.client.post("/_sim/integration/run").json["failed"] == {}
    quotes = stored(app, SfQuote)
    assert [(q.number, q.status, q.account_name, q.customer_email) for q in quotes] == [
        ("Q-00001", quote_status, "Lyons PLC", REP)
    ]
    assert quotes[0].po_number == "PO-7" and quotes[0].other_comments == "UPS account HN8523"
    store_order = browser.client.get("/_sim/store-orders/420").json
    assert store_order["salesforce_number"] == "Q-00001"
    assert store_order["salesforce_kind"] == "quote"
    assert store_order["status"] == store_status  # waits: not In Process
    browser.console_log_in("csr1@console.example")
    browser.post("/console/refresh")
    assert "Q-00001" in browser.get("/console/").get_data(as_text=True)
    quote_page = browser.get("/console/quotes/Q-00001").get_data(as_text=True)
    assert quote_status in quote_page and PROBLEM in quote_page
