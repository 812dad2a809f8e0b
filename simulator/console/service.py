"""The console's operations on orders. The integration and the console views call these."""

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import orders as order_rules
from ..domain import quotes, roles
from ..domain.catalogue import ProductKind, ProductLine, parse_quantity, quantity_error
from ..domain.errors import Forbidden, Refused
from ..domain.money import parse_price
from ..domain.routing import LineFacts, Queue, Stage, queue_for, stage_for
from ..domain.statuses import SalesforceOrderStatus, SalesforceQuoteStatus
from ..domain.statuses import SalesforceOrderStatus as Status
from ..integration import outbox
from ..mailbox import service as mailbox
from .models import (
    ConsoleUser,
    SfOrder,
    SfOrderComment,
    SfOrderLine,
    SfQuote,
    SfQuoteLine,
    SfQuoteStatusChange,
)

SALESFORCE_NUMBER_BASE = 316  # the first Salesforce order is 00000317


def line_facts(payload: dict) -> list[LineFacts]:
    return [
        LineFacts(
            ProductKind(line["kind"]),
            ProductLine(line["product_line"]),
            priced=line["unit_price_cents"] > 0,
        )
        for line in payload["lines"]
    ]


def _from_store_order(payload: dict, now: datetime) -> dict:
    """The columns an order and a quote both copy from the store order (FromStoreOrder)."""
    return {
        "store_order_number": payload["store_order_number"],
        "name": f"{payload['company']['name']} - store order {payload['store_order_number']}",
        "account_name": payload["company"]["name"],
        "customer_name": payload["customer"]["name"],
        "customer_email": payload["customer"]["email"],
        "site_name": payload["site"]["name"],
        "site_is_fms": payload["site"]["is_fms"],
        "shipping_address": "\n".join(payload["shipping_address"]),
        "billing_address": "\n".join(payload["billing_address"]),
        "other_comments": payload["other_comments"],
        "payment_method": payload["payment"]["method"],
        "payment_reference": payload["payment"]["reference"],
        "po_number": payload["payment"]["po_number"],
        "total_cents": payload["total_cents"],
        "received_at": now,
    }


def receive_store_order(db: Session, payload: dict, now: datetime) -> SfOrder | SfQuote:
    """Create the Salesforce record for a store order: an order of NEW products, routed to its
    team, or a quote when any line is a repair (DOMAIN.md decisions 1, 2 and 12).

    Idempotent: delivering the same store order again returns the record already made.
    """
    number = payload["store_order_number"]
    for model in (SfOrder, SfQuote):
        existing = db.scalar(select(model).where(model.store_order_number == number))
        if existing is not None:
            return existing
    facts = line_facts(payload)
    if stage_for(facts) is Stage.QUOTE:
        return _receive_quote(db, payload, facts, now)
    order = SfOrder(
        number="pending",
        **_from_store_order(payload, now),
        status=SalesforceOrderStatus.ORDER_ACCEPTED,
        queue=queue_for(facts, payload["site"]["is_fms"]),
        lines=[
            SfOrderLine(
                product_code=line["sku"],
                product_name=line["name"],
                product_line=line["product_line"],
                vendor=line["vendor"],
                quantity=line["quantity"],
                unit_price_cents=line["unit_price_cents"],
                problem_description=line["problem_description"],
            )
            for line in payload["lines"]
        ],
    )
    db.add(order)
    db.flush()
    order.number = f"{SALESFORCE_NUMBER_BASE + order.id:08d}"
    return order


def _receive_quote(db: Session, payload: dict, facts: list[LineFacts], now) -> SfQuote:
    status = quotes.quote_status_for(facts)
    quote = SfQuote(
        number="pending",
        **_from_store_order(payload, now),
        customer_persona=payload["customer"]["persona"],
        status=status,
        history=[SfQuoteStatusChange(status=status, changed_at=now)],
        lines=[
            SfQuoteLine(
                product_code=line["sku"],
                product_name=line["name"],
                product_line=line["product_line"],
                vendor=line["vendor"],
                quantity=line["quantity"],
                placed_price_cents=line["unit_price_cents"],
                unit_price_cents=line["unit_price_cents"],
                problem_description=line["problem_description"],
                needs_evaluation=quotes.needs_evaluation(fact),
                rma_number=f"pending-{index}",
            )
            for index, (line, fact) in enumerate(zip(payload["lines"], facts, strict=True))
        ],
    )
    db.add(quote)
    db.flush()
    quote.number = f"Q-{quote.id:05d}"
    for line in quote.lines:  # one RMA per repair line sent in (qrg86.after.rma)
        line.rma_number = f"RMA-{line.id:06d}"
    return quote


def quote_queue(db: Session, as_of: datetime) -> list[SfQuote]:
    """Open Quotes in Queue: open, unassigned quotes, as the dashboard last saw them."""
    return list(
        db.scalars(
            select(SfQuote)
            .where(
                SfQuote.status != SalesforceQuoteStatus.ACCEPTED,
                SfQuote.owner_id.is_(None),
                SfQuote.received_at <= as_of,
            )
            .order_by(SfQuote.id)
        )
    )


def my_open_quotes(db: Session, user: ConsoleUser, as_of: datetime) -> list[SfQuote]:
    return list(
        db.scalars(
            select(SfQuote)
            .where(
                SfQuote.status != SalesforceQuoteStatus.ACCEPTED,
                SfQuote.owner_id == user.id,
                SfQuote.received_at <= as_of,
            )
            .order_by(SfQuote.id)
        )
    )


def quote_by_number(db: Session, number: str) -> SfQuote | None:
    return db.scalar(select(SfQuote).where(SfQuote.number == number))


def queue_orders(db: Session, queue: Queue, as_of: datetime) -> list[SfOrder]:
    """Unassigned orders waiting in a queue, as they stood at the user's last refresh."""
    return list(
        db.scalars(
            select(SfOrder)
            .where(SfOrder.queue == queue, SfOrder.owner_id.is_(None), SfOrder.received_at <= as_of)
            .order_by(SfOrder.received_at, SfOrder.id)
        )
    )


def my_open_orders(db: Session, user: ConsoleUser, as_of: datetime) -> list[SfOrder]:
    return list(
        db.scalars(
            select(SfOrder)
            .where(
                SfOrder.owner_id == user.id,
                SfOrder.status != SalesforceOrderStatus.ACTIVATED,
                SfOrder.received_at <= as_of,
            )
            .order_by(SfOrder.received_at, SfOrder.id)
        )
    )


def open_orders_report(db: Session, queue: Queue, as_of: datetime) -> list[SfOrder]:
    """Every order of a team's queue not yet Activated, whoever has it, as it stood at the
    user's last refresh: the report the article's CSR opens orders from (npo.2)."""
    return list(
        db.scalars(
            select(SfOrder)
            .where(
                SfOrder.queue == queue,
                SfOrder.status != SalesforceOrderStatus.ACTIVATED,
                SfOrder.received_at <= as_of,
            )
            .order_by(SfOrder.received_at, SfOrder.id)
        )
    )


def order_by_number(db: Session, number: str) -> SfOrder | None:
    return db.scalar(select(SfOrder).where(SfOrder.number == number))


# -- assignment (npo.2, decision 3) -----------------------------------------------------------


def assign_to(db: Session, record: SfOrder | SfQuote, user: ConsoleUser, now: datetime) -> None:
    """Take an order or quote from its queue, if the queue is one this person's team works
    (decision 13). One conditional UPDATE: of two CSRs at once, exactly one wins."""
    queue = queue_of(record)
    if not roles.may_claim(user.persona, queue):
        raise Forbidden({"owner": roles.claim_refusal(user.persona, queue)})
    model = type(record)
    claimed = db.execute(
        update(model)
        .where(model.id == record.id, model.owner_id.is_(None))
        .values(owner_id=user.id, assigned_at=now)
    ).rowcount
    db.commit()
    db.refresh(record)
    if not claimed and record.owner_id != user.id:
        raise Forbidden(
            {"owner": f"This {record.record_label} is already assigned to {record.owner.name}."}
        )


def queue_of(record: SfOrder | SfQuote) -> str:
    return record.queue if isinstance(record, SfOrder) else roles.QUOTES


def require_owner(record: SfOrder | SfQuote, user: ConsoleUser) -> None:
    """Only the assignee changes an order or quote; one in a queue is read-only until assigned."""
    owner = record.owner and record.owner.name
    is_owner = user is not None and record.owner_id == user.id
    if problem := roles.ownership_problem(record.record_label, owner, is_owner):
        raise Forbidden({"owner": problem})


def _require_open(order: SfOrder) -> None:
    if not order_rules.editable_lines(order.status):
        raise Refused({"status": f"The order is {order.status}: it can no longer change."})


# -- ASTEA job numbers (npo.4, npo.7-11, decision 4) -----------------------------------------


def set_job_number(db: Session, order: SfOrder, user: ConsoleUser, raw: str) -> None:
    require_owner(order, user)
    _require_open(order)
    if message := order_rules.job_number_error(raw):
        raise Refused({"job_number": message})
    order.job_number = order_rules.normalize_job_number(raw)
    db.commit()


def set_line_job_number(
    db: Session, order: SfOrder, line_id: int, user: ConsoleUser, raw: str
) -> SfOrderLine:
    require_owner(order, user)
    _require_open(order)
    line = next((line for line in order.lines if line.id == line_id), None)
    if line is None:
        raise Refused({"line": "That product is not a line of this order."})
    if message := order_rules.job_number_error(raw):
        raise Refused({"line_job_number": message})
    line.job_number = order_rules.normalize_job_number(raw)
    db.commit()
    return line


# -- Order Comments (npo.5, decision 5) ------------------------------------------------------


def add_comment(
    db: Session,
    order: SfOrder,
    user: ConsoleUser,
    body: str,
    confirms_vendor: bool,
    now: datetime,
) -> SfOrderComment:
    """Append to the order's comments; there is no way to change or remove one."""
    require_owner(order, user)
    body = (body or "").strip()
    if message := order_rules.comment_error(body):
        raise Refused({"comment": message})
    comment = SfOrderComment(
        order_id=order.id,
        author_id=user.id,
        body=body,
        confirms_vendor=confirms_vendor,
        created_at=now,
    )
    db.add(comment)
    db.flush()
    outbox.enqueue(
        db,
        outbox.COMMENT_ADDED,
        f"comment:{comment.id}",
        {
            "store_order_number": order.store_order_number,
            "comment_id": comment.id,
            "author": user.name,
            "body": body,
            "written_at": now.isoformat(),
        },
        now,
    )
    db.commit()
    return comment


# -- ready to ship, payment, tracking (npo.12-14, decisions 7 and 8) ------------------------

OPEN_ORDER_QUEUE_MAIL = "open-order-queue@console.example"


def to_ship(db: Session) -> list[SfOrder]:
    """Orders the warehouse has not yet reported ready to ship, oldest first."""
    return list(
        db.scalars(
            select(SfOrder)
            .where(
                SfOrder.ready_to_ship_at.is_(None),
                SfOrder.status != SalesforceOrderStatus.ACTIVATED,
            )
            .order_by(SfOrder.received_at, SfOrder.id)
        )
    )


def mark_ready_to_ship(db: Session, order: SfOrder, user: ConsoleUser, now: datetime) -> None:
    """The warehouse's notice: recorded once, and the CSR working the order is told."""
    if not roles.may_report_ready_to_ship(user.persona):
        raise Forbidden({"owner": roles.READY_TO_SHIP_REFUSAL})
    if problem := order_rules.ready_to_ship_problem(
        order.status, order.ready_to_ship_at is not None
    ):
        raise Refused({"ready_to_ship": problem})
    order.ready_to_ship_at = now
    mailbox.send(
        db,
        order.owner.email if order.owner else OPEN_ORDER_QUEUE_MAIL,
        f"Order {order.number} is ready to ship",
        f"The warehouse reports that order {order.number} ({order.account_name}, store order "
        f"{order.store_order_number}) is ready to ship.",
        now,
        links=[(f"/console/orders/{order.number}", f"Open order {order.number}")],
    )
    db.commit()


def save_shipping_and_billing(
    db: Session, order: SfOrder, user: ConsoleUser, payment_captured: bool, tracking: str
) -> None:
    require_owner(order, user)
    _require_open(order)
    tracking = (tracking or "").strip()
    if message := order_rules.tracking_error(tracking):
        raise Refused({"tracking_number": message})
    # A PO order needs no capture (npo.13): the box is not offered and not stored.
    order.payment_captured = payment_captured and order.payment_method in ("card", "paypal")
    order.tracking_number = tracking or None
    db.commit()


# -- activation (npo.16, decision 9) ---------------------------------------------------------


def activation_facts(order: SfOrder) -> order_rules.ActivationFacts:
    return order_rules.ActivationFacts(
        status=order.status,
        job_number=order.job_number,
        lines=tuple(
            order_rules.ActivationLine(line.product_code, line.job_number) for line in order.lines
        ),
        vendors=tuple(line.vendor for line in order.lines),
        vendor_confirmed=order.vendor_confirmed,
        payment_method=order.payment_method,
        payment_captured=order.payment_captured,
        ready_to_ship=order.ready_to_ship_at is not None,
    )


def mark_as_current_status(
    db: Session, order: SfOrder, user: ConsoleUser, target: str, now: datetime
) -> None:
    """The status path's button. Only Activated is chosen by hand; Order Hold follows edits."""
    require_owner(order, user)
    if target != Status.ACTIVATED:
        raise Refused({"status": "Only Activated can be marked by hand here."})
    blockers = order_rules.activation_blockers(activation_facts(order))
    if blockers:
        raise Refused({f"activation_{index}": text for index, text in enumerate(blockers)})
    activated = db.execute(
        update(SfOrder)
        .where(SfOrder.id == order.id, SfOrder.status == Status.ORDER_ACCEPTED)
        .values(status=Status.ACTIVATED, activated_by_id=user.id, activated_at=now)
    ).rowcount
    if not activated:  # someone changed it meanwhile
        db.rollback()
        raise Refused({"status": "The order changed meanwhile: reload it and try again."})
    outbox.enqueue(
        db,
        outbox.ORDER_ACTIVATED,
        f"activated:{order.number}",
        {
            "store_order_number": order.store_order_number,
            "tracking_number": order.tracking_number,
            "activated_at": now.isoformat(),
        },
        now,
    )
    db.commit()
    db.refresh(order)


# -- changes to the total: Order Hold and re-authorization (npo.hold, decision 6) -------------


def change_line(
    db: Session,
    order: SfOrder,
    user: ConsoleUser,
    line_id: int,
    quantity: str,
    price: str,
    now: datetime,
) -> None:
    """Change a line's quantity or unit price; a new total puts the order on Order Hold."""
    require_owner(order, user)
    _require_open(order)
    line = next((line for line in order.lines if line.id == line_id), None)
    if line is None:
        raise Refused({"line": "That product is not a line of this order."})
    errors = {}
    if message := quantity_error(quantity):
        errors["quantity"] = message
    cents = parse_price(price)
    if cents is None:
        errors["unit_price"] = "Enter the unit price in dollars, such as 1845.00."
    if errors:
        raise Refused(errors)
    line.quantity, line.unit_price_cents = parse_quantity(quantity), cents
    _total_may_have_changed(db, order, now)


def delete_line(db: Session, order: SfOrder, user: ConsoleUser, line_id: int, now: datetime):
    require_owner(order, user)
    line = next((line for line in order.lines if line.id == line_id), None)
    if line is None:
        raise Refused({"line": "That product is not a line of this order."})
    if problem := order_rules.line_deletion_problem(order.status, len(order.lines)):
        raise Refused({"line": problem})
    order.lines.remove(line)
    db.delete(line)
    _total_may_have_changed(db, order, now)


def _total_may_have_changed(db: Session, order: SfOrder, now: datetime) -> None:
    total = sum(line.quantity * line.unit_price_cents for line in order.lines)
    if total != order.total_cents:
        if order.status != Status.ORDER_HOLD:
            order_rules.check_transition(order.status, Status.ORDER_HOLD)
            order.status = Status.ORDER_HOLD
        order.total_cents = total
        outbox.enqueue(
            db,
            outbox.REAUTHORIZATION_REQUESTED,
            f"reauthorize:{order.number}:{now.isoformat()}:{total}",
            {
                "store_order_number": order.store_order_number,
                "amount_cents": total,
                "requested_at": now.isoformat(),
                # the lines the new amount is for: the store shows them once authorized
                "lines": [
                    {
                        "sku": line.product_code,
                        "quantity": line.quantity,
                        "unit_price_cents": line.unit_price_cents,
                    }
                    for line in order.lines
                ],
            },
            now,
        )
    db.commit()


def receive_reauthorization(db: Session, payload: dict) -> None:
    """The customer authorized an amount: if it is the current total, the hold is over."""
    order = db.scalar(
        select(SfOrder).where(SfOrder.store_order_number == payload["store_order_number"])
    )
    if order is None or order.status != Status.ORDER_HOLD:
        return
    if order.total_cents == payload["amount_cents"]:
        order_rules.check_transition(order.status, Status.ORDER_ACCEPTED)
        order.status = Status.ORDER_ACCEPTED
        if payload.get("payment_reference"):  # the PO confirmed, or the second cart's payment
            order.payment_reference = payload["payment_reference"]
