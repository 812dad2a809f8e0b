"""Ready to ship, Shipping and Billing Information, Activation, and Completed in the store."""

import re

import pytest

CSR = "csr1@console.example"


def prepare(browser, customer, site_id, skus):
    """A store order delivered to Salesforce and assigned to csr1, who is logged in."""
    client = browser.client
    assert (
        client.post(
            "/_sim/store-orders",
            json={"customer": customer, "site_id": site_id, "lines": [{"sku": s} for s in skus]},
        ).status_code
        == 201
    )
    client.post("/_sim/integration/run")
    assign = client.post("/_sim/salesforce-orders/00000317/assign", json={"to": CSR})
    assert assign.status_code == 200
    browser.console_log_in(CSR)
    browser.get("/console/orders/00000317")
    return "/console/orders/00000317"


def complete_everything(browser, url, line_ids, capture=True):
    browser.post(f"{url}/job-number", {"job_number": "A-1"})
    for line_id in line_ids:
        browser.post(f"{url}/lines/{line_id}/job-number", {"line_job_number": "A-1"})
    browser.post(f"{url}/comments", {"comment": "Vendor confirmed.", "confirms_vendor": "yes"})
    browser.client.post("/_sim/salesforce-orders/00000317/ready-to-ship")
    form = {"tracking_number": "1Z999AA10123456784"}
    if capture:
        form["payment_captured"] = "yes"
    browser.post(f"{url}/shipping-and-billing", form)


def activate(browser, url):
    return browser.post(f"{url}/status", {"status": "Activated"})


def test_activation_lists_exactly_what_is_missing_and_changes_nothing(browser):
    url = prepare(browser, "buyer3@store.example", 4, ["HVD-3101", "PCO-2201"])  # card payer
    response = activate(browser, url)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    for missing in (
        "The ASTEA job number on the order.",
        "The ASTEA job number on line HVD-3101.",
        "The ASTEA job number on line PCO-2201.",
        "An order comment confirming the vendor (Harvard, Partsco).",
        "Payment Captured, ticked in Shipping and Billing Information.",
        "notice that the order is ready to ship.",
    ):
        assert missing in page
    assert browser.client.get("/_sim/salesforce-orders/00000317").json["status"] == "Order Accepted"


def test_a_complete_order_activates_with_a_stamp_and_completes_in_the_store(browser):
    url = prepare(browser, "buyer3@store.example", 4, ["HVD-3101", "PCO-2201"])
    complete_everything(browser, url, [1, 2])
    response = activate(browser, url)
    assert response.status_code == 302 and "celebrate=1" in response.location
    page = browser.get(response.location).get_data(as_text=True)
    assert re.search(r'aria-current="step"[^>]*>\s*Activated', page)
    assert "Activated by" in page and 'data-testid="confetti"' in page
    store_order = browser.client.get("/_sim/store-orders/420").json
    assert store_order["status"] == "In Process"  # not before the integration runs
    browser.client.post("/_sim/integration/run")
    assert browser.client.get("/_sim/store-orders/420").json["status"] == "Completed"
    browser.store_sign_in("buyer3@store.example")
    store_page = browser.get("/store/orders/420").get_data(as_text=True)
    assert "Completed" in store_page and "1Z999AA10123456784" in store_page


def test_a_po_order_needs_no_payment_capture(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])  # PO payer, no vendor
    complete_everything(browser, url, [1], capture=False)
    page = browser.get(url).get_data(as_text=True)
    assert "Payment Captured</label>" not in page and "no payment capture needed" in page
    assert activate(browser, url).status_code == 302


def test_tracking_is_optional(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    complete_everything(browser, url, [1], capture=False)
    browser.post(f"{url}/shipping-and-billing", {"tracking_number": ""})
    assert activate(browser, url).status_code == 302


def test_an_activated_order_no_longer_changes(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    complete_everything(browser, url, [1], capture=False)
    activate(browser, url)
    for path, form in (
        (f"{url}/job-number", {"job_number": "B-2"}),
        (f"{url}/lines/1/job-number", {"line_job_number": "B-2"}),
        (f"{url}/shipping-and-billing", {"tracking_number": "X"}),
    ):
        response = browser.post(path, form)
        assert response.status_code == 422
        assert "can no longer change" in response.get_data(as_text=True)
    assert activate(browser, url).status_code == 422  # and not twice


@pytest.mark.parametrize("target", ["Order Hold", "Order Accepted", "Closed"])
def test_only_activated_is_marked_by_hand(browser, target):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    response = browser.post(f"{url}/status", {"status": target})
    assert response.status_code == 422


def test_the_ready_to_ship_notice_reaches_the_csr_by_email(browser):
    prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    browser.client.post("/_sim/salesforce-orders/00000317/ready-to-ship")
    inbox = browser.get(f"/mailbox/?to={CSR}").get_data(as_text=True)
    assert "Order 00000317 is ready to ship" in inbox
    mail_id = re.search(r'href="/mailbox/(\d+)"', inbox).group(1)
    mail = browser.get(f"/mailbox/{mail_id}").get_data(as_text=True)
    assert 'href="/console/orders/00000317"' in mail


def test_the_refusal_says_it_is_about_activation_and_only_activated_is_offered(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    page = browser.get(url).get_data(as_text=True)
    assert "?step=Activated" in page and "?step=Order+Hold" not in page
    refused = activate(browser, url).get_data(as_text=True)
    assert "The order cannot be activated yet. It still needs:" in refused
