"""The sync job: delivers outbox messages from the store to the console and back.

It runs every few seconds when the simulator is served, and on demand through the
control API in tests. Delivery is idempotent, so a message retried after a crash or
delivered by two runs at once changes nothing the second time.
"""

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import select

from ..clock import Clock
from ..console import quotes as console_quotes
from ..console import service as console
from ..console.models import SfQuote
from ..db import Database
from ..store import service as store
from . import outbox
from .models import OutboxMessage

log = logging.getLogger(__name__)


def deliver_order_placed(db, payload, now) -> None:
    record = console.receive_store_order(db, payload, now)
    if isinstance(record, SfQuote):
        rmas = [line.rma_number for line in record.lines]
        store.record_salesforce_receipt(
            db, payload["store_order_number"], record.number, "quote", rmas, now
        )
    else:
        store.record_salesforce_receipt(db, payload["store_order_number"], record.number)


def deliver_comment(db, payload, _now) -> None:
    store.record_order_comment(db, payload)


def deliver_activation(db, payload, _now) -> None:
    store.record_completion(db, payload)


def deliver_reauthorization_request(db, payload, now) -> None:
    store.record_reauthorization_request(db, payload, now)


def deliver_reauthorized(db, payload, _now) -> None:
    console.receive_reauthorization(db, payload)


def deliver_quote_presented(db, payload, now) -> None:
    store.record_quote_presented(db, payload, now)


def deliver_quote_approved(db, payload, now) -> None:
    order = console_quotes.accept_approved(db, payload["store_order_number"], now)
    if order is not None:
        store.record_salesforce_receipt(db, payload["store_order_number"], order.number)


def deliver_quote_evaluated(db, payload, now) -> None:
    store.record_quote_evaluated(db, payload, now)


def deliver_quote_converted(db, payload, now) -> None:
    new = store.replace_repriced_order(db, payload, now)
    console_quotes.record_store_number(db, payload["order_number"], new.number)


HANDLERS = {
    outbox.QUOTE_PRESENTED: deliver_quote_presented,
    outbox.QUOTE_APPROVED: deliver_quote_approved,
    outbox.QUOTE_EVALUATED: deliver_quote_evaluated,
    outbox.QUOTE_CONVERTED: deliver_quote_converted,
    outbox.ORDER_PLACED: deliver_order_placed,
    outbox.COMMENT_ADDED: deliver_comment,
    outbox.ORDER_ACTIVATED: deliver_activation,
    outbox.REAUTHORIZATION_REQUESTED: deliver_reauthorization_request,
    outbox.REAUTHORIZED: deliver_reauthorized,
}


@dataclass
class SyncReport:
    delivered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    skipped_because_down: bool = False

    def as_dict(self) -> dict:
        return {
            "delivered": self.delivered,
            "failed": self.failed,
            "integration_down": self.skipped_because_down,
        }


class Integration:
    def __init__(self, database: Database, clock: Clock):
        self.database = database
        self.clock = clock
        self.up = True
        self._lock = threading.Lock()  # one run at a time within this process

    def run_once(self) -> SyncReport:
        report = SyncReport()
        if not self.up:
            report.skipped_because_down = True
            return report
        with self._lock, self.database.Session() as db:
            pending = db.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.delivered_at.is_(None))
                .order_by(OutboxMessage.id)
            ).all()
            for message in pending:
                try:
                    HANDLERS[message.topic](db, message.payload, self.clock.now())
                    message.delivered_at = self.clock.now()
                    message.attempts += 1
                    db.commit()
                    report.delivered.append(message.key)
                except Exception as error:  # a bad message must not stop the others
                    db.rollback()
                    log.exception("delivering %s failed", message.key)
                    failed = db.get(OutboxMessage, message.id)
                    failed.attempts += 1
                    failed.last_error = str(error)[:500]
                    db.commit()
                    report.failed[message.key] = str(error)
        return report


class Worker(threading.Thread):
    """Runs the integration every `interval` seconds until stopped."""

    def __init__(self, integration: Integration, interval: float):
        super().__init__(name="integration-sync", daemon=True)
        self.integration = integration
        self.interval = interval
        self.stopped = threading.Event()
        self.completed_run = threading.Event()  # set after each run, for whoever waits on it

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                self.integration.run_once()
            except Exception:  # keep the job alive through a passing database error
                log.exception("integration run failed")
            self.completed_run.set()

    def stop(self) -> None:
        self.stopped.set()
