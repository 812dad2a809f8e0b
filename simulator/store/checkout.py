"""Checkout: the draft that keeps what was typed, and placing the order (decision 11)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..audit import service as audit
from ..db import lock
from ..domain import checkout as checkout_rules
from ..domain import quotes
from ..domain.errors import Refused
from ..domain.masquerade import AuditAction
from ..domain.money import format_money
from ..domain.personas import REP_PERSONAS
from ..integration import outbox
from .cart import cart_lines, cart_total, line_errors, line_facts_of
from .models import (
    STORE_NUMBER_BASE,
    CheckoutDraft,
    Company,
    Product,
    Site,
    StoreOrder,
    StoreOrderLine,
    StoreUser,
)


def company_terms(company: Company) -> checkout_rules.CompanyTerms:
    return checkout_rules.CompanyTerms(
        has_terms=company.has_terms,
        ups_account=company.ups_account,
        billing=company.billing_address,
    )


def default_shipping(company: Company) -> tuple[str, str]:
    """The shipping method and Other Comments a checkout starts with."""
    method = "company_account" if company.ups_account else "prepaid"
    return method, checkout_rules.default_other_comments(method, company_terms(company))


def draft_for(db: Session, user: StoreUser, company: Company) -> CheckoutDraft:
    """The checkout in progress, started with the company's first site as the default."""
    draft = _saved_draft(db, user, company)
    if draft is None:
        site = company.sites[0]
        method, other_comments = default_shipping(company)
        draft = CheckoutDraft(
            user_id=user.id,
            company_id=company.id,
            step="shipping",
            site_id=site.id,
            shipping_method=method,
            other_comments=other_comments,
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
    address: checkout_rules.Address
    method: str
    other_comments: str


def _company_site(company: Company, site_id) -> Site | None:
    return next((site for site in company.sites if str(site.id) == str(site_id)), None)


def shipping_errors(company: Company, form: ShippingForm) -> dict[str, str]:
    errors = {}
    if _company_site(company, form.site_id) is None:
        errors["site_id"] = "Choose one of the company's sites to ship to."
    errors |= checkout_rules.shipping_errors(
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
    db: Session, draft: CheckoutDraft, company: Company, submitted: checkout_rules.Address | None
) -> None:
    errors = checkout_rules.billing_errors(submitted, company_terms(company))
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
    payment: checkout_rules.PaymentInput
    accepted_terms: bool
    submitted_billing: checkout_rules.Address | None = None
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
        raise Refused(
            {"cart": checkout_rules.empty_cart_message(_just_ordered(db, user, company, now))}
        )
    draft = draft_for(db, user, company)
    shipping = request.shipping or ShippingForm(
        draft.site_id, draft.shipping_address, draft.shipping_method, draft.other_comments
    )
    terms = company_terms(company)
    errors = (
        shipping_errors(company, shipping)
        | checkout_rules.billing_errors(request.submitted_billing, terms)
        | checkout_rules.payment_errors(request.payment, terms, now.date())
        | checkout_rules.terms_errors(request.accepted_terms)
    )
    for line in lines:
        errors |= {
            f"line_{line.id}_{name}": f"{line.product.name}: {message}"
            for name, message in line_errors(
                line.product, line.quantity, line.problem_description
            ).items()
        }
    if not errors:
        if request.payment.method == "po":
            draft.po_number = request.payment.po_number.strip()
        authorization = checkout_rules.authorize(request.payment)
        if not authorization.approved:
            errors["payment"] = authorization.message
    if errors:
        db.rollback()
        raise Refused(errors)

    order = record_order(
        db,
        user,
        company,
        [(line.product, line.quantity, line.problem_description) for line in lines],
        shipping,
        request.payment,
        authorization.reference,
        cart_total(lines),
        now,
    )
    for line in lines:
        db.delete(line)
    db.delete(draft)
    db.commit()
    return order


def record_order(
    db: Session,
    user: StoreUser,
    company: Company,
    items: list[tuple[Product, int, str | None]],
    shipping: ShippingForm,
    payment: checkout_rules.PaymentInput,
    reference: str,
    total_cents: int,
    now: datetime,
) -> StoreOrder:
    """Write an order whose every rule has passed (place_order checked them; the test-control
    API seeds an order placed before the scenario this way): its lines at today's prices, the
    audit entry of a rep's order, and the message for the integration. Not committed."""
    order = StoreOrder(
        number="pending",
        customer_id=user.id,
        company_id=company.id,
        site_id=int(shipping.site_id),
        status=quotes.store_status_on_placing(
            payment.method, [line_facts_of(product) for product, _, _ in items]
        ),
        placed_at=now,
        shipping_method=shipping.method,
        other_comments=shipping.other_comments.strip(),
        payment_method=payment.method,
        payment_reference=reference,
        po_number=payment.po_number.strip() if payment.method == "po" else "",
        total_cents=total_cents,
    )
    order.address_to(order, "ship_", shipping.address)
    order.address_to(order, "bill_", company.billing_address)
    order.lines = [
        StoreOrderLine(
            product_id=product.id,
            sku=product.sku,
            name=product.name,
            quantity=quantity,
            unit_price_cents=product.price_cents,
            problem_description=problem,
        )
        for product, quantity, problem in items
    ]
    db.add(order)
    db.flush()
    order.number = str(STORE_NUMBER_BASE + order.id)
    if user.persona in REP_PERSONAS:
        detail = f"Store order {order.number}, {format_money(order.total_cents)}"
        audit.record(db, user, company.name, AuditAction.ORDER_PLACED, now, detail)
    outbox.enqueue(db, outbox.ORDER_PLACED, f"order:{order.number}", order_payload(order), now)
    return order


def _just_ordered(db: Session, user: StoreUser, company: Company, now: datetime) -> str | None:
    return db.scalar(
        select(StoreOrder.number)
        .where(
            StoreOrder.customer_id == user.id,
            StoreOrder.company_id == company.id,
            StoreOrder.placed_at >= now - checkout_rules.JUST_ORDERED,
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
