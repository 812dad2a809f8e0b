"""The store's operations: cart, checkout and orders. Views call these; rules come from domain."""

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..audit import service as audit
from ..db import lock
from ..domain import checkout as rules
from ..domain import conversion, masquerade, quotes, reauthorization
from ..domain.catalogue import ProductKind, ProductLine, problem_description_error, quantity_error
from ..domain.errors import Forbidden, Refused
from ..domain.masquerade import Access, AuditAction
from ..domain.money import format_money
from ..domain.personas import REP_PERSONAS
from ..domain.routing import LineFacts
from ..domain.statuses import StoreOrderStatus, store_status_once_salesforce_has
from ..integration import outbox
from ..mailbox import service as mailbox
from .models import (
    CartLine,
    CheckoutDraft,
    Company,
    Masquerade,
    Product,
    RepAssignment,
    Site,
    StoreOrder,
    StoreOrderComment,
    StoreOrderLine,
    StoreReauthorization,
    StoreUser,
)

STORE_NUMBER_BASE = 419  # the first store order is 420; Salesforce numbers differ


# -- acting for a company (masquerade) ----------------------------------------------------


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


def _refuse_company(
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
        _refuse_company(db, user, company_id, what, now, logged=logged)
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
        _refuse_company(db, user, company_id, "start a masquerade", now)
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


# -- catalogue ----------------------------------------------------------------------------


def line_facts_of(product: Product) -> LineFacts:
    return LineFacts(
        ProductKind(product.kind), ProductLine(product.product_line), product.price_cents > 0
    )


def search_products(db: Session, query: str) -> list[Product]:
    statement = select(Product).order_by(Product.kind, Product.sku)
    for word in query.split():
        pattern = f"%{word.lower()}%"
        statement = statement.where(
            func.lower(Product.name).like(pattern)
            | func.lower(Product.sku).like(pattern)
            | func.lower(Product.vendor).like(pattern)
        )
    return list(db.scalars(statement))


def product_by_sku(db: Session, sku: str) -> Product | None:
    return db.scalar(select(Product).where(Product.sku == sku))


# -- cart ---------------------------------------------------------------------------------


def cart_lines(db: Session, user: StoreUser, company: Company) -> list[CartLine]:
    return list(
        db.scalars(
            select(CartLine)
            .where(CartLine.user_id == user.id, CartLine.company_id == company.id)
            .order_by(CartLine.id)
        )
    )


def cart_total(lines: list[CartLine]) -> int:
    return sum(line.quantity * line.product.price_cents for line in lines)


def _line_errors(product: Product, quantity, description: str | None) -> dict[str, str]:
    errors = {}
    if message := quantity_error(quantity):
        errors["quantity"] = message
    if product.is_repair and (message := problem_description_error(description)):
        errors["problem_description"] = message
    return errors


def add_to_cart(
    db: Session, user: StoreUser, company: Company, product: Product, quantity, description
) -> CartLine:
    errors = _line_errors(product, quantity, description)
    if errors:
        raise Refused(errors)
    description = (description or "").strip() or None if product.is_repair else None
    existing = next(
        (
            line
            for line in cart_lines(db, user, company)
            if line.product_id == product.id and not product.is_repair
        ),
        None,
    )
    if existing:  # a repair is one line per part sent in; a NEW product adds up
        existing.quantity = min(existing.quantity + int(quantity), 999)
        line = existing
    else:
        line = CartLine(
            user_id=user.id,
            company_id=company.id,
            product_id=product.id,
            quantity=int(quantity),
            problem_description=description,
        )
        db.add(line)
    db.commit()
    return line


def own_cart_line(db: Session, user: StoreUser, company: Company, line_id: int) -> CartLine | None:
    line = db.get(CartLine, line_id)
    if line is None or line.user_id != user.id or line.company_id != company.id:
        return None
    return line


def update_cart_line(db: Session, line: CartLine, quantity, description) -> None:
    errors = _line_errors(line.product, quantity, description)
    if errors:
        raise Refused(errors)
    line.quantity = int(quantity)
    if line.product.is_repair:
        line.problem_description = description.strip()
    db.commit()


def remove_cart_line(db: Session, line: CartLine) -> None:
    db.delete(line)
    db.commit()


# -- checkout -----------------------------------------------------------------------------


def company_terms(company: Company) -> rules.CompanyTerms:
    return rules.CompanyTerms(
        has_terms=company.has_terms,
        ups_account=company.ups_account,
        billing=company.billing_address,
    )


def draft_for(db: Session, user: StoreUser, company: Company) -> CheckoutDraft:
    """The checkout in progress, started with the company's first site as the default."""
    draft = _saved_draft(db, user, company)
    if draft is None:
        site = company.sites[0]
        method = "company_account" if company.ups_account else "prepaid"
        draft = CheckoutDraft(
            user_id=user.id,
            company_id=company.id,
            step="shipping",
            site_id=site.id,
            shipping_method=method,
            other_comments=rules.default_other_comments(method, company_terms(company)),
            po_number="",
        )
        draft.address_to(draft, "ship_", site.address)
        db.add(draft)
        try:
            db.commit()
        except IntegrityError:  # another tab started it at the same moment: use theirs
            db.rollback()
            draft = _saved_draft(db, user, company)
    return draft


def _saved_draft(db: Session, user: StoreUser, company: Company) -> CheckoutDraft | None:
    return db.scalar(
        select(CheckoutDraft).where(
            CheckoutDraft.user_id == user.id, CheckoutDraft.company_id == company.id
        )
    )


@dataclass
class ShippingForm:
    site_id: int | None
    address: rules.Address
    method: str
    other_comments: str


def _company_site(company: Company, site_id) -> Site | None:
    return next((site for site in company.sites if str(site.id) == str(site_id)), None)


def shipping_errors(company: Company, form: ShippingForm) -> dict[str, str]:
    errors = {}
    if _company_site(company, form.site_id) is None:
        errors["site_id"] = "Choose one of the company's sites to ship to."
    errors |= rules.shipping_errors(
        form.address, form.method, form.other_comments, company_terms(company)
    )
    return errors


def save_shipping(db: Session, draft: CheckoutDraft, company: Company, form: ShippingForm) -> None:
    """Keep what was typed even when it is refused; move on to billing only when it is valid."""
    draft.site_id = form.site_id if _company_site(company, form.site_id) else draft.site_id
    draft.address_to(draft, "ship_", form.address)
    draft.shipping_method = form.method
    draft.other_comments = form.other_comments
    errors = shipping_errors(company, form)
    if not errors:
        draft.step = "billing"
    db.commit()
    if errors:
        raise Refused(errors)


def confirm_billing(
    db: Session, draft: CheckoutDraft, company: Company, submitted: rules.Address | None
) -> None:
    errors = rules.billing_errors(submitted, company_terms(company))
    if errors:
        raise Refused(errors)
    draft.step = "payment"
    db.commit()


def reopen_step(db: Session, draft: CheckoutDraft, step: str) -> None:
    order = ("shipping", "billing", "payment")
    if step in order and order.index(step) < order.index(draft.step):
        draft.step = step
        db.commit()


@dataclass
class PlaceOrderRequest:
    payment: rules.PaymentInput
    accepted_terms: bool
    submitted_billing: rules.Address | None = None
    shipping: ShippingForm | None = None  # None: use the saved draft


def place_order(
    db: Session, user: StoreUser, company: Company, request: PlaceOrderRequest, now: datetime
) -> StoreOrder:
    """Every rule checked again here, whatever the pages allowed; nothing is saved on refusal.
    One cart makes one order: a second Place Order waits for the first, then finds the cart
    empty."""
    lock(db, user)
    lines = cart_lines(db, user, company)
    if not lines:
        raise Refused({"cart": rules.empty_cart_message(_just_ordered(db, user, company, now))})
    draft = draft_for(db, user, company)
    shipping = request.shipping or ShippingForm(
        draft.site_id, draft.shipping_address, draft.shipping_method, draft.other_comments
    )
    terms = company_terms(company)
    errors = (
        shipping_errors(company, shipping)
        | rules.billing_errors(request.submitted_billing, terms)
        | rules.payment_errors(request.payment, terms, now.date())
        | rules.terms_errors(request.accepted_terms)
    )
    for line in lines:
        errors |= {
            f"line_{line.id}_{name}": f"{line.product.name}: {message}"
            for name, message in _line_errors(
                line.product, line.quantity, line.problem_description
            ).items()
        }
    if not errors:
        if request.payment.method == "po":
            draft.po_number = request.payment.po_number.strip()
        authorization = rules.authorize(request.payment)
        if not authorization.approved:
            errors["payment"] = authorization.message
    if errors:
        db.rollback()
        raise Refused(errors)

    order = StoreOrder(
        number="pending",
        customer_id=user.id,
        company_id=company.id,
        site_id=int(shipping.site_id),
        status=quotes.store_status_on_placing(
            request.payment.method, [line_facts_of(line.product) for line in lines]
        ),
        placed_at=now,
        shipping_method=shipping.method,
        other_comments=shipping.other_comments.strip(),
        payment_method=request.payment.method,
        payment_reference=authorization.reference,
        po_number=request.payment.po_number.strip() if request.payment.method == "po" else "",
        total_cents=cart_total(lines),
    )
    order.address_to(order, "ship_", shipping.address)
    order.address_to(order, "bill_", company.billing_address)
    order.lines = [
        StoreOrderLine(
            product_id=line.product_id,
            sku=line.product.sku,
            name=line.product.name,
            quantity=line.quantity,
            unit_price_cents=line.product.price_cents,
            problem_description=line.problem_description,
        )
        for line in lines
    ]
    db.add(order)
    db.flush()
    order.number = str(STORE_NUMBER_BASE + order.id)
    for line in lines:
        db.delete(line)
    db.delete(draft)
    if user.persona in REP_PERSONAS:
        detail = f"Store order {order.number}, {format_money(order.total_cents)}"
        audit.record(db, user, company.name, AuditAction.ORDER_PLACED, now, detail)
    outbox.enqueue(db, outbox.ORDER_PLACED, f"order:{order.number}", order_payload(order), now)
    db.commit()
    return order


def _just_ordered(db: Session, user: StoreUser, company: Company, now: datetime) -> str | None:
    return db.scalar(
        select(StoreOrder.number)
        .where(
            StoreOrder.customer_id == user.id,
            StoreOrder.company_id == company.id,
            StoreOrder.placed_at >= now - rules.JUST_ORDERED,
        )
        .order_by(StoreOrder.id.desc())
        .limit(1)
    )


def order_payload(order: StoreOrder) -> dict:
    """Everything Salesforce needs to know about a placed order."""
    return {
        "store_order_number": order.number,
        "placed_at": order.placed_at.isoformat(),
        "customer": {
            "name": order.customer.name,
            "email": order.customer.email,
            "persona": order.customer.persona,
        },
        "company": {"name": order.company.name},
        "site": {"name": order.site.name, "is_fms": order.site.is_fms},
        "shipping_address": order.shipping_address.lines(),
        "billing_address": order.billing_address.lines(),
        "shipping_method": order.shipping_method,
        "other_comments": order.other_comments,
        "payment": {
            "method": order.payment_method,
            "reference": order.payment_reference,
            "po_number": order.po_number,
        },
        "total_cents": order.total_cents,
        "lines": [
            {
                "sku": line.sku,
                "name": line.name,
                "kind": line.product.kind,
                "product_line": line.product.product_line,
                "vendor": line.product.vendor,
                "quantity": line.quantity,
                "unit_price_cents": line.unit_price_cents,
                "problem_description": line.problem_description,
            }
            for line in order.lines
        ],
    }


# -- orders -------------------------------------------------------------------------------


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
    an attempt on another company's order is logged (see _refuse_company)."""
    order = db.scalar(select(StoreOrder).where(StoreOrder.number == number))
    if order is not None and order.customer_id == user.id:
        return order
    message = masquerade.order_refusal(number)
    if order is None:
        raise Forbidden({"company": message})
    if not masquerade.may_represent(actor(db, user), order.company_id):
        what = f"see store order {number}"
        _refuse_company(db, user, order.company_id, what, now, message, logged)
    return order


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
    order.status = StoreOrderStatus.COMPLETED
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
    order.status = store_status_once_salesforce_has(kind, order.status)
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


def _order_numbered(db: Session, number: str) -> StoreOrder | None:
    return db.scalar(select(StoreOrder).where(StoreOrder.number == number))


# -- repair quotes (qrg86.after.*, decision 12) -------------------------------------------


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


def record_quote_evaluated(db: Session, payload: dict, now: datetime) -> None:
    """Called by the integration: every line needing evaluation has its price. The order no
    longer waits for evaluation; a changed price is emailed for the customer to confirm."""
    order = _order_numbered(db, payload["store_order_number"])
    if order is None or order.replaced_by_number:
        return
    if order.status == StoreOrderStatus.AWAITING_EVALUATION:
        order.status = StoreOrderStatus.AWAITING_CUSTOMER_APPROVAL
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
    new.status = StoreOrderStatus.IN_PROCESS  # Salesforce has its order already
    new.salesforce_number = payload["order_number"]
    new.salesforce_kind = "order"
    new.replaces_number = old.number
    db.add(new)
    db.flush()
    new.number = str(STORE_NUMBER_BASE + new.id)
    old.replaced_by_number = new.number
    old.status = StoreOrderStatus.CANCELED
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
        status=StoreOrderStatus.IN_PROCESS,
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


# -- re-authorizing a changed amount (npo.hold) -------------------------------------------


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
    )
    db.add(request)
    subject, body, label = reauthorization.email_for(
        order.payment_method, order.number, format_money(request.amount_cents)
    )
    link = f"/store/orders/{order.number}/reauthorize/{request.nonce}?amount={request.amount_cents}"
    mailbox.send(db, order.customer.email, subject, body, now, links=[(link, label)])


def reauthorization_request(
    db: Session, number: str, nonce: str, amount_cents: int | None, now: datetime
) -> StoreReauthorization:
    """The request behind a link, or Refused with the reason the link cannot be used."""
    request = db.scalar(select(StoreReauthorization).where(StoreReauthorization.nonce == nonce))
    facts = request and reauthorization.LinkFacts(
        request.order.number,
        request.amount_cents,
        request.expires_at,
        request.used_at,
        request.superseded,
    )
    if problem := reauthorization.link_problem(facts, number, amount_cents, now):
        raise Refused({"link": problem})
    return request


def authorize_new_amount(
    db: Session, request: StoreReauthorization, payment: rules.PaymentInput, now: datetime
) -> None:
    """Check out the second cart (or confirm the PO): once, for that order and amount only."""
    order = request.order
    if payment.method != order.payment_method:
        raise Refused({"payment_method": "Authorize the new amount the way the order was paid."})
    terms = company_terms(order.company)
    errors = rules.payment_errors(payment, terms, now.date())
    if errors:
        raise Refused(errors)
    authorization = rules.authorize(payment)
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
    order.payment_reference = authorization.reference
    if payment.method == "po":
        order.po_number = payment.po_number.strip()
    outbox.enqueue(
        db,
        outbox.REAUTHORIZED,
        f"reauthorized:{request.nonce}",
        {"store_order_number": order.number, "amount_cents": request.amount_cents},
        now,
    )
    db.commit()
