from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Mail


def send(
    db: Session,
    to: str,
    subject: str,
    body: str,
    now: datetime,
    links: list[tuple[str, str]] = (),
) -> Mail:
    """Queue an email in the caller's transaction: it exists only if the change commits."""
    mail = Mail(
        to_address=to, subject=subject, body=body, links=[list(link) for link in links], sent_at=now
    )
    db.add(mail)
    return mail


def inbox(db: Session, to: str | None) -> list[Mail]:
    statement = select(Mail).order_by(Mail.id.desc())
    if to:
        statement = statement.where(Mail.to_address == to.strip().lower())
    return list(db.scalars(statement))
