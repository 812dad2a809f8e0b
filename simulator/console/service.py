"""The console's operations on orders. The integration and the console views call these."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.catalogue import ProductKind, ProductLine
from ..domain.routing import LineFacts, Queue, Stage, queue_for, stage_for
from ..domain.statuses import SalesforceOrderStatus
from .models import ConsoleUser, SfOrder, SfOrderLine

SALESFORCE_NUMBER_BASE = 316  # the first Salesforce order is 00000317


def line_facts(payload: dict) -> list[LineFacts]:
    return [
        LineFacts(ProductKind(line["kind"]), ProductLine(line["product_line"]))
        for line in payload["lines"]
    ]


def receive_store_order(db: Session, payload: dict, now: datetime) -> SfOrder:
    """Create the Salesforce order for a store order of NEW products, routed to its team.

    Idempotent: delivering the same store order again returns the order already made.
    """
    existing = db.scalar(
        select(SfOrder).where(SfOrder.store_order_number == payload["store_order_number"])
    )
    if existing is not None:
        return existing
    facts = line_facts(payload)
    if stage_for(facts) is not Stage.ORDER:
        raise ValueError("an order with a repair line becomes a quote, not an order")
    order = SfOrder(
        number="pending",
        store_order_number=payload["store_order_number"],
        name=f"{payload['company']['name']} - store order {payload['store_order_number']}",
        account_name=payload["company"]["name"],
        customer_name=payload["customer"]["name"],
        customer_email=payload["customer"]["email"],
        site_name=payload["site"]["name"],
        site_is_fms=payload["site"]["is_fms"],
        shipping_address="\n".join(payload["shipping_address"]),
        billing_address="\n".join(payload["billing_address"]),
        other_comments=payload["other_comments"],
        payment_method=payload["payment"]["method"],
        payment_reference=payload["payment"]["reference"],
        po_number=payload["payment"]["po_number"],
        status=SalesforceOrderStatus.ORDER_ACCEPTED,
        queue=queue_for(facts, payload["site"]["is_fms"]),
        total_cents=payload["total_cents"],
        received_at=now,
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


def order_by_number(db: Session, number: str) -> SfOrder | None:
    return db.scalar(select(SfOrder).where(SfOrder.number == number))
