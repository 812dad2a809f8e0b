"""The sync job: delivers outbox messages from the store to the console and back.

It runs every few seconds when the simulator is served, and on demand through the
control API in tests. A message's effect and its "delivered" mark commit together, so however
many relays run, each message takes effect exactly once; the handlers are idempotent as well,
so a message replayed by hand changes nothing the second time.
"""

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import or_, select, update

from ..clock import Clock
from ..console import quotes as console_quotes
from ..console import service as console
from ..console.models import SfQuote
from ..db import Database
from ..domain import delivery
from ..store import from_salesforce
from . import outbox
from .models import OutboxMessage

log = logging.getLogger(__name__)


def deliver_order_placed(db, payload, now) -> None:
    record = console.receive_store_order(db, payload, now)
    if isinstance(record, SfQuote):
        rmas = [line.rma_number for line in record.lines]
        from_salesforce.record_salesforce_receipt(
            db, payload["store_order_number"], record.number, "quote", rmas, now
        )
    else:
        from_salesforce.record_salesforce_receipt(db, payload["store_order_number"], record.number)


def deliver_comment(db, payload, _now) -> None:
    from_salesforce.record_order_comment(db, payload)


def deliver_activation(db, payload, _now) -> None:
    from_salesforce.record_completion(db, payload)


def deliver_reauthorization_request(db, payload, now) -> None:
    from_salesforce.record_reauthorization_request(db, payload, now)


def deliver_reauthorized(db, payload, _now) -> None:
    console.receive_reauthorization(db, payload)


def deliver_quote_presented(db, payload, now) -> None:
    from_salesforce.record_quote_presented(db, payload, now)


def deliver_quote_approved(db, payload, now) -> None:
    order = console_quotes.accept_approved(db, payload["store_order_number"], now)
    if order is not None:
        from_salesforce.record_salesforce_receipt(db, payload["store_order_number"], order.number)


def deliver_quote_evaluated(db, payload, now) -> None:
    from_salesforce.record_quote_evaluated(db, payload, now)


def deliver_quote_converted(db, payload, now) -> None:
    new = from_salesforce.replace_repriced_order(db, payload, now)
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
    """The relay. Any number of relays (threads or processes) may run on one database: a message
    is claimed by marking it delivered in the same transaction that applies it, so its effect
    happens exactly once, and a failure undoes both."""

    def __init__(self, database: Database, clock: Clock):
        self.database = database
        self.clock = clock
        self.up = True

    def run_once(self) -> SyncReport:
        report = SyncReport()
        if not self.up:
            report.skipped_because_down = True
            return report
        with self.database.Session() as db:
            for message_id in db.scalars(due(self.clock.now())).all():
                self._deliver(db, message_id, report)
        return report

    def _deliver(self, db, message_id: int, report: SyncReport) -> None:
        now = self.clock.now()
        claimed = db.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.delivered_at.is_(None))
            .values(delivered_at=now, attempts=OutboxMessage.attempts + 1)
        ).rowcount
        if not claimed:  # another relay delivered it meanwhile
            db.rollback()
            return
        message = db.get(OutboxMessage, message_id, populate_existing=True)
        try:
            HANDLERS[message.topic](db, message.payload, now)
            db.commit()
            report.delivered.append(message.key)
        except Exception as error:  # a bad message must not stop the others
            db.rollback()
            log.exception("delivering %s failed", message.key)
            self._record_failure(db, message_id, str(error), now)
            report.failed[message.key] = str(error)

    @staticmethod
    def _record_failure(db, message_id: int, error: str, now) -> None:
        failed = db.get(OutboxMessage, message_id, populate_existing=True)
        failed.attempts += 1
        failed.last_error = error[:500]
        failed.next_attempt_at = delivery.next_attempt_at(failed.attempts, now)
        if failed.next_attempt_at is None:
            failed.dead_at = now
            log.error("%s is a dead letter after %d attempts", failed.key, failed.attempts)
        db.commit()


def due(now):
    """The messages to deliver now: undelivered, not dead, and past their backoff."""
    return (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.delivered_at.is_(None),
            OutboxMessage.dead_at.is_(None),
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        )
        .order_by(OutboxMessage.id)
    )


def dead_letters(db) -> list[OutboxMessage]:
    return list(
        db.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.dead_at.is_not(None))
            .order_by(OutboxMessage.id)
        )
    )


def retry(db, message_id: int) -> OutboxMessage | None:
    """An administrator sends a dead letter again: from the start, as if new."""
    message = db.get(OutboxMessage, message_id)
    if message is None or message.dead_at is None:
        return None
    message.dead_at = None
    message.next_attempt_at = None
    message.attempts = 0
    db.commit()
    return message


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
