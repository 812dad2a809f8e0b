"""What arrives from Salesforce through the integration: its numbers, RMAs, comments, repair
quotes and evaluations, the replacement of a repriced order, completion."""

import json
import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import conversion, reauthorization
from ..domain.money import format_money
from ..domain.statuses import StoreOrderStatus, store_status_once_salesforce_has
from ..mailbox import service as mailbox
from .models import (
    STORE_NUMBER_BASE,
    StoreOrder,
    StoreOrderComment,
    StoreOrderLine,
    StoreReauthorization,
)


def record_order_comment(db: Session, payload: dict) -> None:
    """Called by the integration: a CSR's order comment, for the buyer to see."""
    order = db.scalar(select(StoreOrder).where(StoreOrder.number == payload["store_order_number"]))
    if order is None or any(c.source_id == payload["comment_id"] for c in order.comments):
        return
    order.comments.append(
        StoreOrderComment(
            source_id=payload["comment_id"],
            author=payload["author"],
            body=payload["body"],
            written_at=datetime.fromisoformat(payload["written_at"]),
        )
    )


def record_completion(db: Session, payload: dict) -> None:
    """Called by the integration once Salesforce activated the order: Completed (npo.17)."""
    order = db.scalar(select(StoreOrder).where(StoreOrder.number == payload["store_order_number"]))
    if order is None:
        return
    if order.status == StoreOrderStatus.COMPLETED:  # delivered again
        return
    order.move_to(StoreOrderStatus.COMPLETED)
    order.tracking_number = payload.get("tracking_number")


def record_salesforce_receipt(
    db: Session,
    store_number: str,
    salesforce_number: str,
    kind: str = "order",
    rma_numbers: list[str] | None = None,
    now: datetime | None = None,
) -> None:
    """Called by the integration once Salesforce has the order (or, for a repair, the quote):
    show its number; a NEW-product order is then In Process. A quote's RMA numbers go on the
    repair lines and are emailed to the customer (qrg86.after.rma)."""
    order = _order_numbered(db, store_number)
    if order is None:
        return
    order.salesforce_number = salesforce_number
    order.salesforce_kind = kind
    if (status := store_status_once_salesforce_has(kind, order.status)) != order.status:
        order.move_to(status)
    if rma_numbers and not any(line.rma_number for line in order.lines):
        for line, rma in zip(order.lines, rma_numbers, strict=True):
            line.rma_number = rma
        listing = "\n".join(f"{line.rma_number}: {line.name}" for line in order.lines)
        mailbox.send(
            db,
            order.customer.email,
            f"RMA for your repair order {order.number}",
            f"Send the parts to be repaired to ATS, each marked with its RMA number:\n"
            f"{listing}\nThe order was placed for {order.company.name}.",
            now,
            links=[(f"/store/orders/{order.number}", f"Order {order.number}")],
        )


def record_quote_presented(db: Session, payload: dict, now: datetime) -> None:
    """Called by the integration: a CSR presented the priced repair quote; email the customer."""
    order = _order_numbered(db, payload["store_order_number"])
    if order is None or order.quote_presented_at is not None:
        return
    order.quote_presented_at = now
    mailbox.send(
        db,
        order.customer.email,
        f"Repair quote {payload['quote_number']} for order {order.number}",
        f"The repair for order {order.number} ({order.company.name}) costs "
        f"{format_money(payload['total_cents'])}. Approve the quote on the order's page and "
        "ATS starts the repair.",
        now,
        links=[(f"/store/orders/{order.number}", "Review and approve the repair quote")],
    )


def record_quote_evaluated(db: Session, payload: dict, now: datetime) -> None:
    """Called by the integration: every line needing evaluation has its price. The order no
    longer waits for evaluation; a changed price is emailed for the customer to confirm."""
    order = _order_numbered(db, payload["store_order_number"])
    if order is None or order.replaced_by_number:
        return
    if order.status == StoreOrderStatus.AWAITING_EVALUATION:
        order.move_to(StoreOrderStatus.AWAITING_CUSTOMER_APPROVAL)
    if payload["repriced"]:
        lines = "\n".join(
            f"{line.name}: {format_money(price)} each (was {format_money(line.unit_price_cents)})"
            for line, price in zip(order.lines, payload["prices"], strict=True)
        )
        mailbox.send(
            db,
            order.customer.email,
            f"New price for your repair order {order.number}",
            f"ATS has evaluated the parts of order {order.number} ({order.company.name}):\n"
            f"{lines}\nNew total: {format_money(payload['total_cents'])}.\n"
            "Reply to this email to confirm the new price; ATS then replaces the order with "
            "one at this price.",
            now,
            reply_to=payload["reply_to"],
            thread=payload["thread"],
        )


def replace_repriced_order(db: Session, payload: dict, now: datetime) -> StoreOrder:
    """Called by the integration when the CSR moved a repriced quote to an order: the $0 order
    is Canceled and a new one carries over all of it at the new prices, linked both ways.
    Idempotent: delivered again, it returns the order already made."""
    old = _order_numbered(db, payload["store_order_number"])
    if old.replaced_by_number:
        return _order_numbered(db, old.replaced_by_number)
    record = conversion.replacement(record_of(old), dict(enumerate(payload["prices"])))
    new = _order_from_record(record, now)
    new.salesforce_number = payload["order_number"]
    new.salesforce_kind = "order"
    new.replaces_number = old.number
    db.add(new)
    db.flush()
    new.number = str(STORE_NUMBER_BASE + new.id)
    old.replaced_by_number = new.number
    old.move_to(StoreOrderStatus.CANCELED)
    mailbox.send(
        db,
        new.customer.email,
        f"Order {new.number} replaces order {old.number}",
        f"Your repair order {old.number} is canceled and replaced by order {new.number} at the "
        f"confirmed price of {format_money(new.total_cents)}.",
        now,
        links=[(f"/store/orders/{new.number}", f"Order {new.number}")],
    )
    return new


def record_of(order: StoreOrder) -> conversion.OrderRecord:
    return conversion.OrderRecord(
        customer_id=order.customer_id,
        company_id=order.company_id,
        site_id=order.site_id,
        shipping_address=order.shipping_address,
        billing_address=order.billing_address,
        shipping_method=order.shipping_method,
        other_comments=order.other_comments,
        payment_method=order.payment_method,
        payment_reference=order.payment_reference,
        po_number=order.po_number,
        lines=tuple(
            conversion.LineRecord(
                product_id=line.product_id,
                sku=line.sku,
                name=line.name,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                problem_description=line.problem_description,
                rma_number=line.rma_number,
            )
            for line in order.lines
        ),
    )


def _order_from_record(record: conversion.OrderRecord, now: datetime) -> StoreOrder:
    order = StoreOrder(
        number="pending",
        placed_at=now,
        total_cents=record.total_cents,
        status=StoreOrderStatus.IN_PROCESS,  # Salesforce has its order already
        **{
            name: getattr(record, name)
            for name in conversion.CARRIED_OVER
            if name not in ("shipping_address", "billing_address")
        },
    )
    order.address_to(order, "ship_", record.shipping_address)
    order.address_to(order, "bill_", record.billing_address)
    order.lines = [StoreOrderLine(**vars(line)) for line in record.lines]
    return order


def record_reauthorization_request(db: Session, payload: dict, now: datetime) -> None:
    """Called by the integration: replace any open request, email the customer a new link."""
    order = db.scalar(select(StoreOrder).where(StoreOrder.number == payload["store_order_number"]))
    if order is None:
        return
    for older in db.scalars(
        select(StoreReauthorization).where(
            StoreReauthorization.order_id == order.id, StoreReauthorization.used_at.is_(None)
        )
    ):
        older.superseded = True
    request = StoreReauthorization(
        order_id=order.id,
        nonce=secrets.token_urlsafe(24),
        amount_cents=payload["amount_cents"],
        requested_at=now,
        expires_at=now + reauthorization.LINK_LIFETIME,
        lines_json=json.dumps(payload["lines"]) if "lines" in payload else None,
    )
    db.add(request)
    subject, body, label = reauthorization.email_for(
        order.payment_method, order.number, format_money(request.amount_cents)
    )
    link = f"/store/orders/{order.number}/reauthorize/{request.nonce}?amount={request.amount_cents}"
    mailbox.send(db, order.customer.email, subject, body, now, links=[(link, label)])


def _order_numbered(db: Session, number: str) -> StoreOrder | None:
    return db.scalar(select(StoreOrder).where(StoreOrder.number == number))
