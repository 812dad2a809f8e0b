"""Who is signed in where (server-side, so signing out ends a session for good), and the count
of wrong passwords per account."""

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class SignedInSession(Base):
    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The cookie holds the token; the database holds only its hash.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    realm: Mapped[str] = mapped_column(String(20))  # store, console or mailbox
    subject: Mapped[str] = mapped_column(String(200))  # a user id, or an email address
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class FailedSignIns(Base):
    __tablename__ = "auth_failed_sign_ins"
    __table_args__ = (UniqueConstraint("realm", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    realm: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
