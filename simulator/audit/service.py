from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.masquerade import AuditAction
from .models import AuditEntry

# A detail quotes what was asked for (a refused address, say): the log keeps its start, so that a
# request cannot make the log, or the administrator's page, as long as itself.
DETAIL_LIMIT = 200
PAGE_SIZE = 50  # entries on one page of the log


def _bounded(detail: str) -> str:
    return detail if len(detail) <= DETAIL_LIMIT else detail[: DETAIL_LIMIT - 1] + "…"


def record(
    db: Session,
    actor,
    company_name: str,
    action: AuditAction,
    now: datetime,
    detail: str = "",
) -> AuditEntry:
    """Add an entry in the caller's transaction: it is kept only if the change it records is."""
    entry = AuditEntry(
        at=now,
        actor_email=actor.email,
        actor_name=actor.name,
        actor_persona=actor.persona,
        company_name=company_name,
        action=action,
        detail=_bounded(detail),
    )
    db.add(entry)
    return entry


@dataclass(frozen=True)
class Page:
    """One page of the log: its entries, newest first, and where it stands in the whole."""

    entries: list[AuditEntry]
    number: int
    total: int  # entries in the whole log (or one person's)

    @property
    def count(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    @property
    def first(self) -> int:
        return (self.number - 1) * PAGE_SIZE + 1

    @property
    def last(self) -> int:
        return self.first + len(self.entries) - 1


def page_of(db: Session, actor_email: str | None = None, number: int = 1) -> Page:
    """That page of the log (the first is the newest entries); one past the last is empty."""
    statement = select(AuditEntry)
    if actor_email:
        statement = statement.where(AuditEntry.actor_email == actor_email.strip().lower())
    total = db.scalar(select(func.count()).select_from(statement.subquery()))
    shown = statement.order_by(AuditEntry.id.desc()).offset((number - 1) * PAGE_SIZE)
    return Page(list(db.scalars(shown.limit(PAGE_SIZE))), number, total)
