from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class Mail(Base):
    __tablename__ = "mail_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(String(200), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # [[path, label], ...]: paths on this server, so they work wherever it is served.
    links: Mapped[list] = mapped_column(JSON, default=list)
    sent_at: Mapped[datetime]
    from_address: Mapped[str] = mapped_column(String(200), default="orders@ats.example")
    # Emails that expect an answer name where replies go and the thread they belong to.
    reply_to: Mapped[str | None] = mapped_column(String(200))
    thread: Mapped[str | None] = mapped_column(String(60), index=True)
    in_reply_to: Mapped[int | None] = mapped_column(ForeignKey("mail_messages.id"))
