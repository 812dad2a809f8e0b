"""Checkout's rules enforced by the server, whatever the request says (DOMAIN.md decision 11)."""

import re
from pathlib import Path

import pytest

BUYER_TERMS = "buyer1@store.example"  # company 1: Terms, UPS on file, FMS + non-FMS sites
BUYER_CARD = "buyer3@store.example"  # company 3: pays by card or PayPal
BILL = re.compile(r'name="(bill_\w+)" type="text" value="([^"]*)"')


def orders(client):
    return [
        {"number": o["number"], "status": o["status"]}
        for o in client.get("/_sim/store-orders").json
    ]


def submit_shipping(browser, email, site_id, method="prepaid", comments=""):
    """Sign in with a cart filled through the control API, and send the shipping step."""
    browser.client.post("/_sim/carts", json={"customer": email, "lines": [{"sku": "ATS-LB-1001"}]})
    browser.store_sign_in(email)
    page = browser.get(browser.shop("/checkout")).get_data(as_text=True)
    shipping = dict(re.findall(r'name="(ship_\w+)" type="text" value="([^"]*)"', page))
    return browser.post(
        browser.shop("/checkout/shipping"),
        {
            **shipping,
            "site_id": str(site_id),
            "shipping_method": method,
            "other_comments": comments,
        },
    )


def to_payment(browser, email):
    """Walk shipping and billing as the pages would; returns the billing fields sent."""
    response = submit_shipping(browser, email, 1 if email == BUYER_TERMS else 4)
    assert response.status_code == 302, response.get_data(as_text=True)
    billing = dict(BILL.findall(browser.get(browser.shop("/checkout")).get_data(as_text=True)))
    assert browser.post(browser.shop("/checkout/billing"), billing).status_code == 302
    return billing


def place(browser, form):
    return browser.post(browser.shop("/checkout/place"), form)


def test_a_po_order_is_placed_and_queued_for_the_integration(browser):
    to_payment(browser, BUYER_TERMS)
    response = place(
        browser,
        {"payment_method": "po", "po_number": "PO-1", "accept_terms": "yes"},
    )
    assert response.location == "/store/orders/420/confirmation"
    assert orders(browser.client) == [{"number": "420", "status": "Awaiting Payment"}]
    page = browser.get("/store/orders/420/confirmation").get_data(as_text=True)
    assert "Your order number is" in page and "420" in page
    assert (
        browser.get(browser.shop("/cart")).get_data(as_text=True).count("Your cart is empty") == 1
    )


@pytest.mark.parametrize(
    "form, message",
    [
        (
            {"payment_method": "po", "po_number": "", "accept_terms": "yes"},
            "Enter the PO Number/Reference Number.",
        ),
        (
            {"payment_method": "po", "po_number": "PO-9"},
            "You must agree to the Terms and Conditions",
        ),
        (
            {
                "payment_method": "card",
                "card_number": "4111111111111111",
                "card_name": "X",
                "card_expiry": "12/30",
                "card_cvv": "123",
                "accept_terms": "yes",
            },
            "This company has Terms: it pays by PO.",
        ),
        (
            {
                "payment_method": "po",
                "po_number": "PO-9",
                "accept_terms": "yes",
                "bill_line1": "1 Elsewhere Road",
            },
            "cannot be changed",
        ),
    ],
)
def test_a_refused_checkout_places_no_order_and_says_why(browser, form, message):
    to_payment(browser, BUYER_TERMS)
    response = place(browser, form)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert orders(browser.client) == []
    assert "1 ×" in response.get_data(as_text=True)  # the cart is untouched


def test_a_refused_po_number_is_kept_on_the_page(browser):
    to_payment(browser, BUYER_TERMS)
    response = place(browser, {"payment_method": "po", "po_number": "PO-77"})
    assert 'value="PO-77"' in response.get_data(as_text=True)


def test_a_tampered_billing_address_is_refused_at_the_billing_step(browser):
    billing = to_payment(browser, BUYER_TERMS)
    browser.post(browser.shop("/checkout/edit/billing"))
    response = browser.post(
        browser.shop("/checkout/billing"), {**billing, "bill_city": "Elsewhere"}
    )
    assert response.status_code == 422
    assert "cannot be changed" in response.get_data(as_text=True)
    assert "Continue to Payment" in response.get_data(as_text=True)  # still at billing


def test_the_order_carries_the_companys_billing_address_whatever_was_sent(browser, app):
    billing = to_payment(browser, BUYER_TERMS)
    place(
        browser,
        {"payment_method": "po", "po_number": "PO-1", "accept_terms": "yes"},
    )
    page = browser.get("/store/orders/420").get_data(as_text=True)
    assert billing["bill_line1"] in page


def test_a_declined_card_places_no_order(browser):
    to_payment(browser, BUYER_CARD)
    response = place(
        browser,
        {
            "payment_method": "card",
            "card_number": "4000 0000 0000 0002",
            "card_name": "Pat",
            "card_expiry": "12/30",
            "card_cvv": "123",
            "accept_terms": "yes",
        },
    )
    assert response.status_code == 422
    assert "Your card was declined" in response.get_data(as_text=True)
    assert orders(browser.client) == []


def test_a_card_order_is_placed_and_never_stores_the_card_number(browser, app):
    to_payment(browser, BUYER_CARD)
    response = place(
        browser,
        {
            "payment_method": "card",
            "card_number": "4111 1111 1111 1111",
            "card_name": "Pat",
            "card_expiry": "12/30",
            "card_cvv": "123",
            "accept_terms": "yes",
        },
    )
    assert response.status_code == 302
    assert orders(browser.client)[0]["status"] == "Order Placed"
    db_file = Path(app.config["DATABASE_URL"].removeprefix("sqlite:///"))
    # The database and its write-ahead log, as bytes: no card number anywhere.
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))
    assert b"4111111111111111" not in raw and b"4111 1111 1111 1111" not in raw


def test_a_company_without_terms_cannot_pay_by_po(browser):
    to_payment(browser, BUYER_CARD)
    response = place(
        browser,
        {"payment_method": "po", "po_number": "PO-1", "accept_terms": "yes"},
    )
    assert response.status_code == 422
    assert orders(browser.client) == []


def test_company_account_shipping_needs_a_ups_account(browser):
    response = submit_shipping(browser, "buyer2@store.example", 3, method="company_account")
    assert response.status_code == 422
    assert "UPS account number" in response.get_data(as_text=True)


def test_another_companys_site_is_refused(browser):
    response = submit_shipping(browser, BUYER_TERMS, 3)  # site 3 belongs to company 2
    assert response.status_code == 422
    assert "Choose one of the company" in response.get_data(as_text=True)


def test_another_users_cart_line_cannot_be_touched(browser):
    browser.client.post(
        "/_sim/carts", json={"customer": "buyer2@store.example", "lines": [{"sku": "ATS-LB-1001"}]}
    )
    browser.store_sign_in(BUYER_TERMS)
    browser.get("/store/")
    assert browser.post(browser.shop("/cart/lines/1/remove")).status_code == 404
    assert browser.post(browser.shop("/cart/lines/1"), {"quantity": "5"}).status_code == 404


def test_a_paypal_order_is_placed_and_a_bad_paypal_email_is_refused(browser):
    to_payment(browser, BUYER_CARD)
    refused = place(
        browser,
        {"payment_method": "paypal", "paypal_email": "not-an-email", "accept_terms": "yes"},
    )
    assert refused.status_code == 422
    assert "PayPal account" in refused.get_data(as_text=True)
    placed = place(
        browser,
        {"payment_method": "paypal", "paypal_email": "ap@example.com", "accept_terms": "yes"},
    )
    assert placed.status_code == 302
    assert orders(browser.client) == [{"number": "420", "status": "Order Placed"}]
