from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class AuditEntry(Base):
    """One line of the log. Names are copied, so the entry reads the same if people change."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor_email: Mapped[str] = mapped_column(String(200), index=True)
    actor_name: Mapped[str] = mapped_column(String(120))
    actor_persona: Mapped[str] = mapped_column(String(32))
    company_name: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))  # domain.masquerade.AuditAction
    detail: Mapped[str] = mapped_column(Text, default="")
