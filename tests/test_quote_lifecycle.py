"""After a repair order (DOMAIN.md decision 12): RMA, the priced quote approved in the store,
the technician's evaluation, the customer's reply and the conversion that replaces the $0
order. Driven through the pages and the control API of one app."""

import json

import pytest
from sqlalchemy import select

from simulator.console.models import SfOrder
from simulator.mailbox.models import Mail
from simulator.store.models import StoreOrder
from tests.server import Visitor, at_once

REP = "ips.rep@store.example"
PROBLEM = "Valve 3 leaks internally under load"


def place_repair(client, sku, company_id=1):
    assert (
        client.post("/_sim/masquerades", json={"rep": REP, "company_id": company_id}).status_code
        == 201
    )
    placed = client.post(
        "/_sim/store-orders",
        json={
            "customer": REP,
            "lines": [{"sku": sku, "problem_description": PROBLEM}],
            "payment": {"method": "po", "po_number": "PO-RPR-1"},
            "other_comments": "UPS account HN8523",
        },
    )
    assert placed.status_code == 201, placed.json
    assert client.post("/_sim/integration/run").json["failed"] == {}
    return placed.json["number"], client.get(f"/_sim/store-orders/{placed.json['number']}").json


def quote_event(client, number, event, body=None, status=200):
    response = client.post(f"/_sim/salesforce-quotes/{number}/{event}", json=body or {})
    assert response.status_code == status, response.json
    return response.json


def mails_to(app, address):
    with app.extensions["database"].Session() as db:
        return list(db.scalars(select(Mail).where(Mail.to_address == address).order_by(Mail.id)))


def rows(app, model):
    with app.extensions["database"].Session() as db:
        return [
            {c.name: getattr(row, c.name) for c in model.__table__.columns}
            for row in db.scalars(select(model).order_by(model.id))
        ]


def test_each_repair_line_gets_an_rma_number_emailed_and_shown_on_both_sides(app, browser):
    number, store_order = place_repair(browser.client, "RPR-1001")
    quote = browser.client.get(f"/_sim/salesforce-quotes/{store_order['salesforce_number']}").json
    rma = quote["lines"][0]["rma_number"]
    assert rma.startswith("RMA-")
    rma_mail = next(m for m in mails_to(app, REP) if m.subject.startswith("RMA"))
    assert rma in rma_mail.body
    browser.store_sign_in(REP)
    assert rma in browser.get(f"/store/orders/{number}").get_data(as_text=True)
    browser.console_log_in("csr1@console.example")
    assert rma in browser.get(f"/console/quotes/{quote['number']}").get_data(as_text=True)


def test_a_priced_quote_is_presented_approved_in_the_store_and_becomes_an_order(app, browser):
    number, store_order = place_repair(browser.client, "RPR-1001")
    q = store_order["salesforce_number"]
    assert store_order["status"] == "Awaiting Customer Approval"
    quote_event(browser.client, q, "present", status=403)  # nobody owns it yet
    quote_event(browser.client, q, "assign", {"to": "csr1@console.example"})
    assert quote_event(browser.client, q, "present")["status"] == "Presented"
    browser.store_sign_in(REP)
    early = browser.post(f"/store/orders/{number}/approve-quote")
    assert early.status_code == 422  # the store hears of it when the integration runs
    browser.client.post("/_sim/integration/run")
    assert any(m.subject.startswith("Repair quote") for m in mails_to(app, REP))
    assert browser.post(f"/store/orders/{number}/approve-quote").status_code == 302
    again = browser.post(f"/store/orders/{number}/approve-quote")
    assert again.status_code == 422 and "already approved" in again.get_data(as_text=True)
    browser.client.post("/_sim/integration/run")
    quote = browser.client.get(f"/_sim/salesforce-quotes/{q}").json
    assert quote["status"] == "Accepted" and quote["order_number"] == "00000317"
    orders = rows(app, SfOrder)
    assert [
        (o["number"], o["status"], o["store_order_number"], o["total_cents"]) for o in orders
    ] == [("00000317", "Order Accepted", number, 48000)]
    after = browser.client.get(f"/_sim/store-orders/{number}").json
    assert (after["status"], after["salesforce_number"]) == ("In Process", "00000317")
    quote_event(browser.client, q, "present", status=422)  # locked


def zero_dollar_quote(browser):
    number, store_order = place_repair(browser.client, "EVAL-1003")
    q = store_order["salesforce_number"]
    quote_event(browser.client, q, "assign", {"to": "csr1@console.example"})
    return number, q


def evaluate(browser, q, price="1,250.00"):
    line = {"product_code": "EVAL-1003", "repair_price": price, "notes": "Seals and spool worn"}
    return quote_event(browser.client, q, "evaluation", {"lines": [line]})


def test_the_evaluation_completes_the_quote_and_emails_the_new_price(app, browser):
    number, q = zero_dollar_quote(browser)
    assert (
        browser.client.get(f"/_sim/store-orders/{number}").json["status"] == "Awaiting Evaluation"
    )
    refused = quote_event(browser.client, q, "convert", status=422)
    assert "must be evaluated first" in refused["fields"]["status"]
    quote = evaluate(browser, q)
    assert (quote["status"], quote["total_cents"]) == ("Quote Hold", 125000)
    browser.client.post("/_sim/integration/run")
    assert browser.client.get(f"/_sim/store-orders/{number}").json["status"] == (
        "Awaiting Customer Approval"
    )
    price_mail = next(m for m in mails_to(app, REP) if m.subject.startswith("New price"))
    assert "$1,250.00" in price_mail.body and price_mail.reply_to == "quotes@console.example"


def test_the_quote_is_marked_evaluation_complete_on_its_way_back_to_quote_hold(app, browser):
    """qrg86.after.zero: the quote is marked Evaluation Complete; it shows in the status history
    though the quote waits in Quote Hold."""
    _, q = zero_dollar_quote(browser)
    evaluate(browser, q)
    browser.console_log_in("csr1@console.example")
    page = browser.get(f"/console/quotes/{q}").get_data(as_text=True)
    history = page.split('aria-label="Status history"')[1].split("</ol>")[0]
    statuses = [part.split("</span>")[0] for part in history.split('<span class="status">')[1:]]
    assert statuses == ["Evaluation Pending", "Evaluation Complete", "Quote Hold"]


@pytest.mark.parametrize(
    ("price", "notes", "message"),
    [("0", "x", "more than $0.00"), ("abc", "x", "repair price"), ("10", " ", "Describe")],
)
def test_a_bad_evaluation_is_refused_and_changes_nothing(browser, price, notes, message):
    _, q = zero_dollar_quote(browser)
    line = {"product_code": "EVAL-1003", "repair_price": price, "notes": notes}
    refused = quote_event(browser.client, q, "evaluation", {"lines": [line]}, status=422)
    assert any(message in text for text in refused["fields"].values())
    assert browser.client.get(f"/_sim/salesforce-quotes/{q}").json["status"] == "Evaluation Pending"


def test_only_a_repair_technician_records_an_evaluation(browser):
    _, q = zero_dollar_quote(browser)
    browser.console_log_in("csr1@console.example")
    browser.get(f"/console/quotes/{q}")
    response = browser.post(
        f"/console/quotes/{q}/lines/1/evaluation", {"repair_price": "10", "notes": "x"}
    )
    assert response.status_code == 403


def test_conversion_needs_the_customers_reply_then_replaces_the_zero_dollar_order(app, browser):
    number, q = zero_dollar_quote(browser)
    evaluate(browser, q)
    browser.client.post("/_sim/integration/run")
    refused = quote_event(browser.client, q, "convert", status=422)
    assert "has not confirmed the new price" in refused["fields"]["status"]
    quote_event(browser.client, q, "customer-reply", {"body": "Confirmed, please go ahead."})
    browser.console_log_in("csr1@console.example")
    assert "Confirmed, please go ahead." in browser.get(f"/console/quotes/{q}").get_data(
        as_text=True
    )
    converted = quote_event(browser.client, q, "convert")
    assert converted["status"] == "Accepted" and converted["order_number"] == "00000317"
    quote_event(browser.client, q, "convert", status=422)  # a second time: refused
    for _ in range(2):
        browser.client.post("/_sim/integration/run")
    old, new = rows(app, StoreOrder)
    assert (old["status"], old["replaced_by_number"]) == ("Canceled", new["number"])
    assert (new["status"], new["replaces_number"], new["total_cents"]) == (
        "In Process",
        old["number"],
        125000,
    )
    kept = {
        k
        for k in old
        if k
        not in {
            "id",
            "number",
            "status",
            "placed_at",
            "total_cents",
            "salesforce_number",
            "salesforce_kind",
            "replaces_number",
            "replaced_by_number",
            "quote_presented_at",
            "quote_approved_at",
        }
    }
    assert {k: new[k] for k in kept} == {k: old[k] for k in kept}
    (sf_order,) = rows(app, SfOrder)
    assert (sf_order["store_order_number"], sf_order["status"]) == (new["number"], "Order Accepted")
    browser.store_sign_in(REP)
    listing = browser.get("/store/orders").get_data(as_text=True)
    assert f"replaced by {new['number']}" in listing and f"replaces {old['number']}" in listing


@pytest.mark.server
def test_twenty_simultaneous_conversions_make_exactly_one_order(server_factory):
    server = server_factory("--testing", "--threads", "20")
    request = server.request
    assert request("POST", "/_sim/masquerades", {"rep": REP, "company_id": 1})[0] == 201
    request(
        "POST",
        "/_sim/store-orders",
        {"customer": REP, "lines": [{"sku": "EVAL-1003", "problem_description": PROBLEM}]},
    )
    request("POST", "/_sim/integration/run")
    request("POST", "/_sim/salesforce-quotes/Q-00001/assign", {"to": "csr1@console.example"})
    line = {"product_code": "EVAL-1003", "repair_price": "900", "notes": "Worn seals"}
    request("POST", "/_sim/salesforce-quotes/Q-00001/evaluation", {"lines": [line]})
    request("POST", "/_sim/integration/run")
    request("POST", "/_sim/salesforce-quotes/Q-00001/customer-reply", {"body": "Yes"})

    sessions = []
    for _ in range(20):  # the owner, in twenty tabs, all on the quote page
        session = Visitor(server.base)
        session.console_sign_in("csr1@console.example")
        assert "Move to Order" in session.get("/console/quotes/Q-00001")
        sessions.append(session)
    results = at_once(
        *(lambda s=session: s.post("/console/quotes/Q-00001/convert") for session in sessions)
    )
    statuses = sorted(status for status, _ in results)
    assert statuses.count(200) == 1, statuses  # the winner followed the redirect to the quote
    assert statuses.count(422) == 19
    assert all("already moved to an order" in page for status, page in results if status == 422)
    request("POST", "/_sim/integration/run")
    _, orders = request("GET", "/_sim/store-orders")
    assert [o["status"] for o in json.loads(orders)] == ["Canceled", "In Process"]


def test_job_numbers_on_quote_lines_go_with_them_into_the_order_and_the_quote_locks(app, browser):
    number, store_order = place_repair(browser.client, "RPR-1001")
    q = store_order["salesforce_number"]
    quote_event(browser.client, q, "assign", {"to": "csr1@console.example"})
    browser.console_log_in("csr2@console.example")
    browser.get(f"/console/quotes/{q}")
    assert (
        browser.post(
            f"/console/quotes/{q}/lines/1/job-number", {"line_job_number": "J-1"}
        ).status_code
        == 403
    )
    browser.console_log_in("csr1@console.example")
    browser.get(f"/console/quotes/{q}")
    too_long = browser.post(
        f"/console/quotes/{q}/lines/1/job-number", {"line_job_number": "J" * 33}
    )
    assert too_long.status_code == 422
    saved = browser.post(f"/console/quotes/{q}/lines/1/job-number", {"line_job_number": " J-88 "})
    assert saved.status_code == 302
    quote_event(browser.client, q, "present")
    browser.client.post("/_sim/integration/run")
    browser.store_sign_in(REP)
    browser.get(f"/store/orders/{number}")
    browser.post(f"/store/orders/{number}/approve-quote")
    browser.client.post("/_sim/integration/run")
    with app.extensions["database"].Session() as db:
        order = db.scalar(select(SfOrder))
        assert [
            (line.product_code, line.job_number, line.unit_price_cents) for line in order.lines
        ] == [("RPR-1001", "J-88", 48000)]
        assert order.quote_number == q and order.owner.email == "csr1@console.example"
    browser.console_log_in("csr1@console.example")
    browser.get(f"/console/quotes/{q}")
    locked = browser.post(f"/console/quotes/{q}/lines/1/job-number", {"line_job_number": "J-2"})
    assert locked.status_code == 422 and "locked" in locked.get_data(as_text=True)


def test_a_reply_to_an_earlier_price_does_not_confirm_a_later_one(app, browser):
    number, q = zero_dollar_quote(browser)
    evaluate(browser, q, "900")
    browser.client.post("/_sim/integration/run")
    quote_event(browser.client, q, "customer-reply", {"body": "OK at $900"})
    browser.client.post("/_sim/clock", json={"advance_seconds": 60})
    evaluate(browser, q, "1,100")  # the technician looks again and changes the price
    refused = quote_event(browser.client, q, "convert", status=422)
    assert "has not confirmed the new price" in refused["fields"]["status"]
