"""Writing to the outbox, inside the caller's transaction."""

from datetime import datetime

from sqlalchemy.orm import Session

from .models import OutboxMessage

ORDER_PLACED = "store.order_placed"
COMMENT_ADDED = "console.comment_added"
ORDER_ACTIVATED = "console.order_activated"
REAUTHORIZATION_REQUESTED = "console.reauthorization_requested"
REAUTHORIZED = "store.reauthorized"
QUOTE_PRESENTED = "console.quote_presented"
QUOTE_APPROVED = "store.quote_approved"
QUOTE_EVALUATED = "console.quote_evaluated"
QUOTE_CONVERTED = "console.quote_converted"


def enqueue(db: Session, topic: str, key: str, payload: dict, now: datetime) -> None:
    db.add(OutboxMessage(topic=topic, key=key, payload=payload, created_at=now))
