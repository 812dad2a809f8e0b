"""Who may act for which company in the store (DOMAIN.md decision 10; qrg86.who, qrg86.1-7).

A buyer acts for their own company. A rep (ATS Buyer, IPS Sales Rep, Site Service Rep)
acts for none until they masquerade as one of the companies assigned to them, and then for
that one only. A request for a company the person may not act for is refused and logged.
"""

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from .personas import REP_PERSONAS


class Access(StrEnum):
    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"  # not the buyer's company, not assigned to the rep: 403
    NOT_ACTING = "not acting"  # assigned to the rep, but the rep acts for another (or none)


@dataclass(frozen=True)
class Actor:
    persona: str
    own_company_id: int | None  # a buyer's company; None for a rep
    assigned_company_ids: Collection[int]  # a rep's companies; empty for a buyer
    acting_company_id: int | None  # the company of the running masquerade, if any

    @property
    def is_rep(self) -> bool:
        return self.persona in REP_PERSONAS


def may_represent(actor: Actor, company_id: int) -> bool:
    """May this person ever act for the company (start a masquerade, see its orders)?"""
    if actor.is_rep:
        return company_id in actor.assigned_company_ids
    return company_id == actor.own_company_id


def access_to(actor: Actor, company_id: int) -> Access:
    """May this person shop for the company right now?"""
    if not may_represent(actor, company_id):
        return Access.FORBIDDEN
    if actor.is_rep and actor.acting_company_id != company_id:
        return Access.NOT_ACTING
    return Access.ALLOWED


def may_start_masquerade(actor: Actor, company_id: int) -> bool:
    return actor.is_rep and may_represent(actor, company_id)


FORBIDDEN_MESSAGE = (
    "You are not assigned to this company, so you cannot act for it. This attempt was logged."
)


def order_refusal(number: str) -> str:
    """The same words for an order of another company and for no order at all."""
    return f"Order {number} is not an order of a company you act for."


def not_acting_message(acting_name: str | None, requested_name: str) -> str:
    now = f"You are acting for {acting_name}." if acting_name else "You are not masquerading."
    return f"{now} Use Log In beside {requested_name} on your dashboard to act for it."


class AuditAction(StrEnum):
    """What the audit log records about acting for a company."""

    MASQUERADE_STARTED = "Masquerade started"
    MASQUERADE_ENDED = "Masquerade ended"
    ORDER_PLACED = "Order placed while masquerading"
    REFUSED = "Refused: not assigned to the company"
