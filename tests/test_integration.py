"""The integration: store orders become Salesforce orders in the right queue, exactly once."""

import re

import pytest

from simulator.domain.routing import Queue


def place(client, skus, site_id, customer="buyer1@store.example"):
    response = client.post(
        "/_sim/store-orders",
        json={"customer": customer, "site_id": site_id, "lines": [{"sku": s} for s in skus]},
    )
    assert response.status_code == 201, response.json
    return response.json["number"]


@pytest.mark.parametrize(
    "skus, site_id, queue",
    [
        (["HVD-3101"], 1, Queue.IPS_PRICING),  # company 1, site 1 is FMS
        (["HVD-3101", "HVD-3102"], 1, Queue.IPS_PRICING),
        (["HVD-3101", "ATS-LB-1001"], 1, Queue.OPEN_ORDER_QUEUE),
        (["HVD-3101", "PCO-2201"], 1, Queue.OPEN_ORDER_QUEUE),
        (["HVD-3101"], 2, Queue.OPEN_ORDER_QUEUE),  # site 2 is not FMS
        (["ATS-LB-1001"], 1, Queue.OPEN_ORDER_QUEUE),
    ],
)
def test_a_new_product_order_lands_in_its_queue_in_order_accepted(client, skus, site_id, queue):
    number = place(client, skus, site_id)
    client.post("/_sim/integration/run")
    store_order = client.get(f"/_sim/store-orders/{number}").json
    sf = client.get(f"/_sim/salesforce-orders/{store_order['salesforce_number']}").json
    assert sf["queue"] == queue
    assert sf["status"] == "Order Accepted"
    assert sf["store_order_number"] == number != sf["number"]
    assert store_order["status"] == "In Process"


def test_delivery_is_idempotent(app, client):
    number = place(client, ["ATS-LB-1001"], 2)
    first = client.post("/_sim/integration/run").json
    assert first["delivered"] == [f"order:{number}"]
    assert client.post("/_sim/integration/run").json["delivered"] == []
    # Even a message delivered again (a crash after delivery, before marking) makes one order.
    from sqlalchemy import func, select, update

    from simulator.console.models import SfOrder
    from simulator.integration.models import OutboxMessage

    database = app.extensions["database"]
    with database.Session() as db:
        db.execute(update(OutboxMessage).values(delivered_at=None))
        db.commit()
    assert client.post("/_sim/integration/run").json["failed"] == {}
    with database.Session() as db:
        assert db.scalar(select(func.count()).select_from(SfOrder)) == 1


def test_the_store_and_console_each_show_the_others_number(browser):
    number = place(browser.client, ["ATS-LB-1001"], 2)
    browser.client.post("/_sim/integration/run")
    browser.console_log_in("csr1@console.example")
    dashboard = browser.get("/console/").get_data(as_text=True)
    assert "00000317" in dashboard and f"<td>{number}</td>" in dashboard
    order_page = browser.get("/console/orders/00000317").get_data(as_text=True)
    assert re.search(r'aria-current="step"[^>]*>\s*Order Accepted', order_page)
    browser.store_sign_in("buyer1@store.example")
    assert "00000317" in browser.get(f"/store/orders/{number}").get_data(as_text=True)


def test_the_dashboard_shows_data_as_of_the_last_refresh(browser):
    browser.console_log_in("csr1@console.example")
    number = place(browser.client, ["ATS-LB-1001"], 2)
    browser.client.post("/_sim/integration/run")
    assert f"<td>{number}</td>" not in browser.get("/console/").get_data(as_text=True)
    browser.post("/console/refresh")
    assert f"<td>{number}</td>" in browser.get("/console/").get_data(as_text=True)


def test_a_failing_message_does_not_block_the_others(app, client):
    from simulator.integration import outbox

    database = app.extensions["database"]
    with database.Session() as db:
        outbox.enqueue(
            db, outbox.ORDER_PLACED, "broken", {"nonsense": True}, app.extensions["clock"].now()
        )
        db.commit()
    number = place(client, ["ATS-LB-1001"], 2)
    report = client.post("/_sim/integration/run").json
    assert "broken" in report["failed"]
    assert report["delivered"] == [f"order:{number}"]
