"""A rep acting for a company (masquerade, qrg86.1-7, decision 10), and who may act for which."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import service as audit
from ..db import lock
from ..domain import masquerade
from ..domain.errors import Forbidden, Refused
from ..domain.masquerade import Access, AuditAction
from ..domain.personas import REP_PERSONAS
from .models import (
    CartLine,
    CheckoutDraft,
    Company,
    Masquerade,
    RepAssignment,
    StoreUser,
)


def assigned_companies(db: Session, user: StoreUser) -> list[Company]:
    return list(
        db.scalars(
            select(Company)
            .join(RepAssignment, RepAssignment.company_id == Company.id)
            .where(RepAssignment.user_id == user.id)
            .order_by(Company.name)
        )
    )


def active_masquerade(db: Session, user: StoreUser) -> Masquerade | None:
    return db.scalar(
        select(Masquerade).where(Masquerade.user_id == user.id, Masquerade.ended_at.is_(None))
    )


def actor(db: Session, user: StoreUser) -> masquerade.Actor:
    if user.persona not in REP_PERSONAS:
        return masquerade.Actor(user.persona, user.company_id, (), None)
    running = active_masquerade(db, user)
    return masquerade.Actor(
        user.persona,
        None,
        frozenset(company.id for company in assigned_companies(db, user)),
        running.company_id if running else None,
    )


def acting_company(db: Session, user: StoreUser) -> Company | None:
    """The company the user orders for: a buyer's own; a rep's only while masquerading as it
    (and still assigned to it)."""
    facts = actor(db, user)
    company_id = facts.acting_company_id if facts.is_rep else facts.own_company_id
    if company_id is None or masquerade.access_to(facts, company_id) is not Access.ALLOWED:
        return None
    return db.get(Company, company_id)


def refuse_company(
    db: Session,
    user: StoreUser,
    company_id: int,
    what: str,
    now: datetime,
    message: str = masquerade.FORBIDDEN_MESSAGE,
    logged: bool = True,
):
    """Log the attempt (committed on its own: nothing else was changed) and refuse it. The
    refusal does not name the company: who may not see it may not learn its name either.
    Not `logged`: a request another site made the user's browser send is refused but not put
    on their record."""
    if logged:
        company = db.get(Company, company_id)
        name = company.name if company else f"company #{company_id}"
        audit.record(db, user, name, AuditAction.REFUSED, now, detail=what)
        db.commit()
    raise Forbidden({"company": message})


def company_to_act_for(
    db: Session, user: StoreUser, company_id: int, what: str, now: datetime, logged: bool = True
) -> Company:
    """The company of a company-scoped request, or Forbidden (logged) / Refused (not acting)."""
    facts = actor(db, user)
    access = masquerade.access_to(facts, company_id)
    if access is Access.FORBIDDEN:
        refuse_company(db, user, company_id, what, now, logged=logged)
    company = db.get(Company, company_id)
    if access is Access.NOT_ACTING:
        acting = facts.acting_company_id and db.get(Company, facts.acting_company_id)
        raise Refused(
            {"company": masquerade.not_acting_message(acting and acting.name, company.name)}
        )
    return company


def start_masquerade(db: Session, user: StoreUser, company_id: int, now: datetime) -> Company:
    """Log In as an assigned company: ends any running masquerade and empties the cart."""
    if not masquerade.may_start_masquerade(actor(db, user), company_id):
        refuse_company(db, user, company_id, "start a masquerade", now)
    lock(db, user)  # one masquerade per rep, however many tabs start one
    company = db.get(Company, company_id)
    _end_running(db, user, now)
    for row in db.scalars(select(CartLine).where(CartLine.user_id == user.id)):
        db.delete(row)
    for row in db.scalars(select(CheckoutDraft).where(CheckoutDraft.user_id == user.id)):
        db.delete(row)
    db.add(Masquerade(user_id=user.id, company_id=company.id, started_at=now))
    audit.record(db, user, company.name, AuditAction.MASQUERADE_STARTED, now)
    db.commit()
    return company


def _end_running(db: Session, user: StoreUser, now: datetime, detail: str = "") -> Company | None:
    running = active_masquerade(db, user)
    if running is None:
        return None
    running.ended_at = now
    audit.record(db, user, running.company.name, AuditAction.MASQUERADE_ENDED, now, detail)
    return running.company


def end_masquerade(db: Session, user: StoreUser, now: datetime, detail: str = "") -> Company | None:
    ended = _end_running(db, user, now, detail)
    db.commit()
    return ended
