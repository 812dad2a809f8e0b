"""Order Hold and re-authorization: a changed total waits for the customer's authorization."""

import re

import pytest

from tests.test_activation import activate, complete_everything, prepare

CSR = "csr1@console.example"


def hold(browser, customer, site_id, quantity="3"):
    url = prepare(browser, customer, site_id, ["ATS-LB-1001", "PCO-2201"])
    response = browser.post(
        f"{url}/lines/1/change", {"quantity": quantity, "unit_price": "1845.00"}
    )
    assert response.status_code == 302
    return url


def sf_order(browser):
    return browser.client.get("/_sim/salesforce-orders/00000317").json


def link_for(browser, email):
    """Run the integration, then follow the customer's newest email to its link."""
    browser.client.post("/_sim/integration/run")
    inbox = browser.get(f"/mailbox/?to={email}").get_data(as_text=True)
    mail_id = re.search(r'href="/mailbox/(\d+)"', inbox).group(1)
    mail = browser.get(f"/mailbox/{mail_id}").get_data(as_text=True)
    return re.search(r'href="(/store/orders/[^"]+)"', mail).group(1).replace("&amp;", "&"), mail


def test_a_changed_total_puts_the_order_on_hold_at_once(browser):
    hold(browser, "buyer1@store.example", 2)
    assert sf_order(browser)["status"] == "Order Hold"


def test_changes_that_keep_the_total_never_hold(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    browser.post(f"{url}/job-number", {"job_number": "A-1"})
    browser.post(f"{url}/comments", {"comment": "note"})
    browser.post(f"{url}/lines/1/change", {"quantity": "1", "unit_price": "1845.00"})
    assert sf_order(browser)["status"] == "Order Accepted"


def test_a_po_payer_confirms_the_po_once_and_the_order_returns_to_order_accepted(browser):
    hold(browser, "buyer1@store.example", 2)
    link, mail = link_for(browser, "buyer1@store.example")
    assert "Price change on order 420" in mail and "$5,624.50" in mail
    browser.store_sign_in("buyer1@store.example")
    page = browser.get(link).get_data(as_text=True)
    assert "Authorize the new amount" in page and "$5,624.50" in page
    assert browser.post(link, {"po_number": "PO-SEEDED-2"}).status_code == 302
    assert browser.client.get("/_sim/store-orders/420").json["total_cents"] == 562450
    assert sf_order(browser)["status"] == "Order Hold"  # until the integration runs
    browser.client.post("/_sim/integration/run")
    assert sf_order(browser)["status"] == "Order Accepted"
    reused = browser.get(link)
    assert reused.status_code == 410 and "already used" in reused.get_data(as_text=True)
    assert browser.post(link, {"po_number": "PO-3"}).status_code == 410


def test_a_card_payer_pays_a_second_cart_and_a_declined_card_changes_nothing(browser):
    hold(browser, "buyer3@store.example", 4)
    link, mail = link_for(browser, "buyer3@store.example")
    assert "second cart" in mail
    browser.store_sign_in("buyer3@store.example")
    card = {"card_name": "Pat", "card_expiry": "12/30", "card_cvv": "123"}
    declined = browser.post(link, {**card, "card_number": "4000000000000002"})
    assert declined.status_code == 422 and "declined" in declined.get_data(as_text=True)
    browser.client.post("/_sim/integration/run")
    assert sf_order(browser)["status"] == "Order Hold"
    assert browser.post(link, {**card, "card_number": "4111111111111111"}).status_code == 302
    browser.client.post("/_sim/integration/run")
    assert sf_order(browser)["status"] == "Order Accepted"


@pytest.mark.parametrize(
    "alter, words",
    [
        (lambda link: link.replace("amount=", "amount=1"), "not valid"),
        (lambda link: link.replace("/orders/420/", "/orders/421/"), "not valid"),
        (lambda link: link.split("?")[0][:-3] + "abc?" + link.split("?")[1], "not valid"),
    ],
)
def test_an_altered_link_is_refused_and_changes_nothing(browser, alter, words):
    hold(browser, "buyer1@store.example", 2)
    link, _ = link_for(browser, "buyer1@store.example")
    browser.store_sign_in("buyer1@store.example")
    response = browser.get(alter(link))
    assert response.status_code == 410 and words in response.get_data(as_text=True)
    assert browser.client.get("/_sim/store-orders/420").json["total_cents"] != 562450


def test_an_expired_link_is_refused(browser):
    hold(browser, "buyer1@store.example", 2)
    link, _ = link_for(browser, "buyer1@store.example")
    browser.client.post("/_sim/clock", json={"advance_seconds": 24 * 3600 + 1})
    browser.store_sign_in("buyer1@store.example")
    response = browser.post(link, {"po_number": "PO-1"})
    assert response.status_code == 410 and "expired" in response.get_data(as_text=True)


def test_a_newer_change_replaces_the_older_link(browser):
    url = hold(browser, "buyer1@store.example", 2)
    old_link, _ = link_for(browser, "buyer1@store.example")
    browser.console_log_in(CSR)
    browser.get(url)
    browser.post(f"{url}/lines/1/change", {"quantity": "4", "unit_price": "1845.00"})
    new_link, _ = link_for(browser, "buyer1@store.example")
    assert new_link != old_link
    browser.store_sign_in("buyer1@store.example")
    assert "replaced by a newer one" in browser.get(old_link).get_data(as_text=True)
    assert browser.get(new_link).status_code == 200


def test_another_customer_cannot_use_the_link(browser):
    hold(browser, "buyer1@store.example", 2)
    link, _ = link_for(browser, "buyer1@store.example")
    browser.store_sign_in("buyer2@store.example")
    assert browser.get(link).status_code == 410


def test_deleting_a_line_holds_the_order_but_an_order_keeps_one_line(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001", "PCO-2201"])
    assert browser.post(f"{url}/lines/2/delete").status_code == 302
    assert sf_order(browser)["status"] == "Order Hold"
    only = browser.post(f"{url}/lines/1/delete")
    assert only.status_code == 422 and "at least one line" in only.get_data(as_text=True)


def test_an_activated_orders_lines_cannot_be_deleted_or_changed(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001", "PCO-2201"])
    complete_everything(browser, url, [1, 2], capture=False)
    assert activate(browser, url).status_code == 302
    deleted = browser.post(f"{url}/lines/2/delete")
    assert deleted.status_code == 422 and "cannot be deleted" in deleted.get_data(as_text=True)
    changed = browser.post(f"{url}/lines/1/change", {"quantity": "5", "unit_price": "1"})
    assert changed.status_code == 422
    assert sf_order(browser)["status"] == "Activated"


def test_a_bad_quantity_or_price_is_refused_and_nothing_changes(browser):
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001"])
    for form in ({"quantity": "0", "unit_price": "10"}, {"quantity": "2", "unit_price": "ten"}):
        assert browser.post(f"{url}/lines/1/change", form).status_code == 422
    assert sf_order(browser)["status"] == "Order Accepted"


def test_the_authorized_order_shows_the_lines_of_its_new_amount_in_both_systems(browser):
    """The store's lines add up to the new total, and the console has the PO just confirmed
    (before, the store kept 1 x $1,845.00 beside a $5,624.50 total, and the console the old PO)."""
    url = prepare(browser, "buyer1@store.example", 2, ["ATS-LB-1001", "PCO-2201"])
    browser.post(f"{url}/lines/1/change", {"quantity": "3", "unit_price": "1845.00"})
    browser.post(f"{url}/lines/2/delete", {})
    link, _ = link_for(browser, "buyer1@store.example")
    browser.store_sign_in("buyer1@store.example")
    assert browser.post(link, {"po_number": "PO-NEW-7"}).status_code == 302
    order = browser.client.get("/_sim/store-orders/420").json
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [("ATS-LB-1001", 3)]
    assert order["total_cents"] == 3 * 184500
    browser.client.post("/_sim/integration/run")
    assert "PO PO-NEW-7" in browser.get(url).get_data(as_text=True)
