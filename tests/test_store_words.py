"""The store speaks to customers as the seller: no page of an order, nor an email to its
customer, names the back office (Salesforce) that works it."""

import re

from sqlalchemy import select

from simulator.mailbox.models import Mail

BUYER, REP = "buyer1@store.example", "ips.rep@store.example"


def _text(page: str) -> str:
    return re.sub(r"<[^>]+>", "", page)


def _store_pages(browser, number: str) -> dict[str, str]:
    pages = {}
    for path in (f"/store/orders/{number}", f"/store/orders/{number}/confirmation"):
        answer = browser.get(path)
        assert answer.status_code == 200, path
        pages[path] = answer.get_data(as_text=True)
    pages["orders"] = browser.get(browser.shop("/orders")).get_data(as_text=True)
    return pages


def test_no_store_page_of_an_order_names_salesforce_before_or_after_it_arrives(browser):
    client = browser.client
    number = client.post(
        "/_sim/store-orders", json={"customer": BUYER, "lines": [{"sku": "ATS-LB-1001"}]}
    ).json["number"]
    browser.store_sign_in(BUYER)
    before = _store_pages(browser, number)
    assert "not yet confirmed" in before[f"/store/orders/{number}"]
    client.post("/_sim/integration/run")
    after = _store_pages(browser, number)
    assert "ATS order: 00000317" in _text(after[f"/store/orders/{number}"])
    for path, page in {**before, **after}.items():
        assert "Salesforce" not in page, path


def test_no_page_nor_email_of_a_repair_order_names_salesforce_to_the_rep(app, browser):
    client = browser.client
    client.post("/_sim/masquerades", json={"rep": REP, "company_id": 1})
    repair = {"sku": "RPR-1001", "problem_description": "Leaks under load, valve 3"}
    number = client.post("/_sim/store-orders", json={"customer": REP, "lines": [repair]}).json[
        "number"
    ]
    client.post("/_sim/integration/run")
    browser.store_sign_in(REP)
    page = browser.get(f"/store/orders/{number}").get_data(as_text=True)
    assert "ATS quote: Q-00001" in _text(page) and "Salesforce" not in page
    with app.extensions["database"].Session() as db:
        mails = list(db.scalars(select(Mail).where(Mail.to_address == REP)))
    assert mails, "the rep was emailed about the repair"
    for mail in mails:
        assert "Salesforce" not in f"{mail.subject}\n{mail.body}", mail.subject
