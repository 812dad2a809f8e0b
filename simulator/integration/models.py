"""The transactional outbox: a message is written in the same transaction as the change."""

from datetime import datetime

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class OutboxMessage(Base):
    __tablename__ = "integration_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(60))
    # Idempotency key: a message about the same thing is delivered once.
    key: Mapped[str] = mapped_column(String(80), unique=True)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # After a failure: not before this time (backoff). Set aside for good: a dead letter.
    next_attempt_at: Mapped[datetime | None]
    dead_at: Mapped[datetime | None]
