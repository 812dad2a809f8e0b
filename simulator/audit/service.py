from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.masquerade import AuditAction
from .models import AuditEntry


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
        detail=detail,
    )
    db.add(entry)
    return entry


def entries(db: Session, actor_email: str | None = None) -> list[AuditEntry]:
    """Newest first."""
    statement = select(AuditEntry).order_by(AuditEntry.id.desc())
    if actor_email:
        statement = statement.where(AuditEntry.actor_email == actor_email.strip().lower())
    return list(db.scalars(statement))
