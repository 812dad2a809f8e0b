"""The store's orders as buyers and reps see and act on them: the list, one order, approving a
repair quote, re-authorizing a changed amount (npo.hold)."""

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import checkout as checkout_rules
from ..domain import masquerade, quotes, reauthorization
from ..domain.errors import Forbidden, Refused
from ..integration import outbox
from .acting import actor, refuse_company
from .checkout import company_terms
from .models import (
    Company,
    StoreOrder,
    StoreReauthorization,
    StoreUser,
)


def orders_for(db: Session, user: StoreUser, company: Company | None) -> list[StoreOrder]:
    """A buyer sees the company's orders; without a company, the orders the user placed."""
    statement = select(StoreOrder).order_by(StoreOrder.id.desc())
    if company is not None:
        statement = statement.where(StoreOrder.company_id == company.id)
    else:
        statement = statement.where(StoreOrder.customer_id == user.id)
    return list(db.scalars(statement))


def visible_order(
    db: Session, user: StoreUser, number: str, now: datetime, logged: bool = True
) -> StoreOrder:
    """The order if the user placed it or may act for its company. Otherwise Forbidden, in
    the same words whether the order exists or not, so that order numbers cannot be probed;
    an attempt on another company's order is logged (see refuse_company)."""
    order = db.scalar(select(StoreOrder).where(StoreOrder.number == number))
    if order is not None and order.customer_id == user.id:
        return order
    message = masquerade.order_refusal(number)
    if order is None:
        raise Forbidden({"company": message})
    if not masquerade.may_represent(actor(db, user), order.company_id):
        what = f"see store order {number}"
        refuse_company(db, user, order.company_id, what, now, message, logged)
    return order


def approve_quote(db: Session, user: StoreUser, order: StoreOrder, now: datetime) -> None:
    """The buyer or rep agrees to the presented repair quote (the priced path)."""
    if problem := quotes.store_approval_problem(
        order.quote_presented_at is not None,
        order.quote_approved_at is not None,
        order.status,
    ):
        raise Refused({"quote": problem})
    claimed = db.execute(
        update(StoreOrder)
        .where(StoreOrder.id == order.id, StoreOrder.quote_approved_at.is_(None))
        .values(quote_approved_at=now)
    ).rowcount
    if not claimed:
        db.rollback()
        raise Refused({"quote": "This repair quote is already approved."})
    outbox.enqueue(
        db,
        outbox.QUOTE_APPROVED,
        f"approved:{order.number}",
        {"store_order_number": order.number, "approved_by": user.email},
        now,
    )
    db.commit()


def reauthorization_request(
    db: Session, user: StoreUser, number: str, nonce: str, amount_cents: int | None, now: datetime
) -> StoreReauthorization:
    """The request behind a link, for its own customer; else Refused with the reason the link
    cannot be used."""
    request = db.scalar(select(StoreReauthorization).where(StoreReauthorization.nonce == nonce))
    facts = request and reauthorization.LinkFacts(
        request.order.number,
        request.amount_cents,
        request.expires_at,
        request.used_at,
        request.superseded,
        request.order.customer_id == user.id,
    )
    if problem := reauthorization.link_problem(facts, number, amount_cents, now):
        raise Refused({"link": problem})
    return request


def authorize_new_amount(
    db: Session, request: StoreReauthorization, payment: checkout_rules.PaymentInput, now: datetime
) -> None:
    """Check out the second cart (or confirm the PO): once, for that order and amount only."""
    order = request.order
    if problem := reauthorization.payment_method_problem(order.payment_method, payment.method):
        raise Refused({"payment_method": problem})
    terms = company_terms(order.company)
    errors = checkout_rules.payment_errors(payment, terms, now.date())
    if errors:
        raise Refused(errors)
    authorization = checkout_rules.authorize(payment)
    if not authorization.approved:
        raise Refused({"payment": authorization.message})
    claimed = db.execute(
        update(StoreReauthorization)
        .where(
            StoreReauthorization.id == request.id,
            StoreReauthorization.used_at.is_(None),
            StoreReauthorization.superseded.is_(False),
        )
        .values(used_at=now)
    ).rowcount
    if not claimed:  # used or replaced meanwhile
        db.rollback()
        raise Refused({"link": "This link was already used or replaced."})
    order.total_cents = request.amount_cents
    if request.lines_json:
        _take_changed_lines(db, order, json.loads(request.lines_json))
    order.payment_reference = authorization.reference
    if payment.method == "po":
        order.po_number = payment.po_number.strip()
    outbox.enqueue(
        db,
        outbox.REAUTHORIZED,
        f"reauthorized:{request.nonce}",
        {
            "store_order_number": order.number,
            "amount_cents": request.amount_cents,
            "payment_reference": order.payment_reference,
        },
        now,
    )
    db.commit()


def _take_changed_lines(db: Session, order: StoreOrder, lines: list[dict]) -> None:
    """The lines the customer authorized: quantities and prices the CSR changed, lines the CSR
    deleted gone, so the order's lines add up to its new total."""
    wanted = {line["sku"]: line for line in lines}
    for line in list(order.lines):
        changed = wanted.get(line.sku)
        if changed is None:
            order.lines.remove(line)
            db.delete(line)
        else:
            line.quantity = changed["quantity"]
            line.unit_price_cents = changed["unit_price_cents"]
