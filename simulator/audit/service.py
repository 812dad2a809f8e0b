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


def entries(
    db: Session, actor_email: str | None = None, page: int = 1
) -> tuple[list[AuditEntry], int]:
    """One page of the log (the first is the newest entries), and how many entries it has."""
    statement = select(AuditEntry)
    if actor_email:
        statement = statement.where(AuditEntry.actor_email == actor_email.strip().lower())
    total = db.scalar(select(func.count()).select_from(statement.subquery()))
    shown = statement.order_by(AuditEntry.id.desc()).offset((page - 1) * PAGE_SIZE)
    return list(db.scalars(shown.limit(PAGE_SIZE))), total
