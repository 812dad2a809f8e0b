from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Refused
from ..domain.text import is_blank
from .models import Mail


def send(
    db: Session,
    to: str,
    subject: str,
    body: str,
    now: datetime,
    links: list[tuple[str, str]] = (),
    reply_to: str | None = None,
    thread: str | None = None,
) -> Mail:
    """Queue an email in the caller's transaction: it exists only if the change commits.
    An email that expects an answer names where replies go and the thread they belong to."""
    mail = Mail(
        to_address=to,
        subject=subject,
        body=body,
        links=[list(link) for link in links],
        sent_at=now,
        reply_to=reply_to,
        thread=thread,
    )
    db.add(mail)
    return mail


REPLY_MAX = 5000


def reply(db: Session, original: Mail, body: str, now: datetime) -> Mail:
    """The recipient answers an email: the reply goes where the email said, in its thread."""
    text = (body or "").strip()
    if original.reply_to is None:
        raise Refused({"body": "This email does not take replies."})
    if is_blank(text):
        raise Refused({"body": "Write your reply before sending it."})
    if len(text) > REPLY_MAX:
        raise Refused({"body": f"A reply has at most {REPLY_MAX} characters."})
    mail = Mail(
        to_address=original.reply_to,
        from_address=original.to_address,
        subject=original.subject
        if original.subject.startswith("Re: ")
        else f"Re: {original.subject}",
        body=text,
        links=[],
        sent_at=now,
        thread=original.thread,
        in_reply_to=original.id,
    )
    db.add(mail)
    db.commit()
    return mail


def replies(db: Session, thread: str, from_address: str) -> list[Mail]:
    """What one person answered in a thread, oldest first."""
    return list(
        db.scalars(
            select(Mail)
            .where(
                Mail.thread == thread,
                Mail.in_reply_to.is_not(None),
                Mail.from_address == from_address,
            )
            .order_by(Mail.id)
        )
    )


def inbox(db: Session, to: str | None) -> list[Mail]:
    statement = select(Mail).order_by(Mail.id.desc())
    if to:
        statement = statement.where(Mail.to_address == to.strip().lower())
    return list(db.scalars(statement))
