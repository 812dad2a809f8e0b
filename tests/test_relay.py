"""The relay between store and console: exactly once however many run, and a message that
keeps failing is retried with backoff, then set aside where an administrator sees it."""

import threading

from sqlalchemy import func, select

from simulator.clock import Clock
from simulator.db import Database
from simulator.domain.delivery import MAX_ATTEMPTS
from simulator.integration import outbox
from simulator.integration.models import OutboxMessage
from simulator.integration.sync import Integration
from simulator.mailbox.models import Mail
from simulator.store.models import StoreReauthorization

ORDERS = 12


def _place(client, count):
    numbers = []
    for _ in range(count):
        response = client.post(
            "/_sim/store-orders",
            json={
                "customer": "buyer1@store.example",
                "site_id": 2,
                "lines": [{"sku": "ATS-LB-1001"}],
            },
        )
        assert response.status_code == 201, response.json
        numbers.append(response.json["number"])
    assert client.post("/_sim/integration/run").status_code == 200
    return numbers


def test_two_relays_on_one_database_deliver_each_message_once(app, client):
    numbers = _place(client, ORDERS)
    url = app.config["DATABASE_URL"]
    database = Database(url)
    now = app.extensions["clock"].now()
    with database.Session() as db:  # what a CSR's price change writes, once per order
        for number in numbers:
            payload = {"store_order_number": number, "amount_cents": 12345, "requested_at": ""}
            outbox.enqueue(db, outbox.REAUTHORIZATION_REQUESTED, f"re:{number}", payload, now)
        db.commit()

    relays = [Integration(Database(url), Clock()) for _ in range(2)]
    start = threading.Barrier(len(relays))
    reports = [None] * len(relays)

    def relay(index):
        start.wait()
        reports[index] = relays[index].run_once()

    threads = [threading.Thread(target=relay, args=(i,)) for i in range(len(relays))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    delivered = [key for report in reports for key in report.delivered]
    assert sorted(delivered) == sorted(f"re:{number}" for number in numbers)
    assert all(not report.failed for report in reports)
    with database.Session() as db:
        for number in numbers:
            emails = db.scalar(
                select(func.count()).select_from(Mail).where(Mail.subject.contains(number))
            )
            usable = db.scalar(
                select(func.count())
                .select_from(StoreReauthorization)
                .where(StoreReauthorization.superseded.is_(False))
                .where(StoreReauthorization.order.has(number=number))
            )
            assert (emails, usable) == (1, 1), number


def _always_failing(app):
    with app.extensions["database"].Session() as db:
        outbox.enqueue(db, "store.no_such_topic", "poison:1", {}, app.extensions["clock"].now())
        db.commit()


def _message(app):
    with app.extensions["database"].Session() as db:
        return db.scalar(select(OutboxMessage).where(OutboxMessage.key == "poison:1"))


def test_a_failing_message_waits_longer_each_time_then_becomes_a_dead_letter(app, client):
    _always_failing(app)
    waits = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        report = client.post("/_sim/integration/run").json
        assert "poison:1" in report["failed"], attempt
        message = _message(app)
        assert message.attempts == attempt
        if attempt < MAX_ATTEMPTS:
            assert message.dead_at is None
            wait = (message.next_attempt_at - app.extensions["clock"].now()).total_seconds()
            waits.append(wait)
            # Not retried before its time ...
            assert "poison:1" not in client.post("/_sim/integration/run").json["failed"]
            client.post("/_sim/clock", json={"advance_seconds": wait + 1})
    assert [round(w) for w in waits] == [10, 20, 40, 80]
    assert _message(app).dead_at is not None
    client.post("/_sim/clock", json={"advance_seconds": 100000})
    assert client.post("/_sim/integration/run").json["failed"] == {}  # ... nor after giving up


def test_an_administrator_sees_a_dead_letter_and_sends_it_again(app, client, browser):
    _always_failing(app)
    for _ in range(MAX_ATTEMPTS):
        client.post("/_sim/integration/run")
        client.post("/_sim/clock", json={"advance_seconds": 1000})
    browser.console_log_in("csr1@console.example")
    assert browser.get("/console/integration").status_code == 403
    browser.console_log_in("admin@console.example")
    page = browser.get("/console/integration").get_data(as_text=True)
    assert "poison:1" in page and "store.no_such_topic" in page
    message_id = _message(app).id
    response = browser.post(f"/console/integration/messages/{message_id}/retry")
    assert response.status_code == 302
    assert "<td>poison:1</td>" not in browser.get("/console/integration").get_data(as_text=True)
    assert "poison:1" in client.post("/_sim/integration/run").json["failed"]
