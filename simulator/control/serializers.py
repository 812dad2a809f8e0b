"""The control API's JSON: every record as tests read it, in one place."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..console.models import ConsoleUser, SfOrder, SfQuote
from ..store.models import Company, Product, RepAssignment, StoreOrder, StoreUser


def fixtures(db: Session, demo_password: str) -> dict:
    """The seeded companies, people and catalogue, so that steps can pick by trait."""
    assignments = db.scalars(select(RepAssignment)).all()
    return {
        "companies": [
            {
                "id": company.id,
                "name": company.name,
                "has_terms": company.has_terms,
                "ups_account": company.ups_account,
                "billing_address": company.billing_address.lines(),
                "sites": [
                    {
                        "id": site.id,
                        "name": site.name,
                        "is_fms": site.is_fms,
                        "address": site.address.lines(),
                    }
                    for site in company.sites
                ],
            }
            for company in db.scalars(select(Company).order_by(Company.id))
        ],
        "store_users": [
            {
                "email": user.email,
                "name": user.name,
                "persona": user.persona,
                "company_id": user.company_id,
                "assigned_company_ids": [a.company_id for a in assignments if a.user_id == user.id],
            }
            for user in db.scalars(select(StoreUser).order_by(StoreUser.id))
        ],
        "console_users": [
            {"email": user.email, "name": user.name, "persona": user.persona}
            for user in db.scalars(select(ConsoleUser).order_by(ConsoleUser.id))
        ],
        "products": [
            {
                "sku": product.sku,
                "name": product.name,
                "kind": product.kind,
                "product_line": product.product_line,
                "vendor": product.vendor,
                "price_cents": product.price_cents,
            }
            for product in db.scalars(select(Product).order_by(Product.id))
        ],
        "demo_password": demo_password,
    }


def store_order(order: StoreOrder) -> dict:
    return {
        "number": order.number,
        "status": order.status,
        "salesforce_number": order.salesforce_number,
        "salesforce_kind": order.salesforce_kind,
        "customer": order.customer.email,
        "company": order.company.name,
        "site_id": order.site_id,
        "shipping_address": order.shipping_address.lines(),
        "billing_address": order.billing_address.lines(),
        "other_comments": order.other_comments,
        "payment_reference": order.payment_reference,
        "po_number": order.po_number,
        "replaces": order.replaces_number,
        "replaced_by": order.replaced_by_number,
        "lines": [
            {
                "sku": line.sku,
                "quantity": line.quantity,
                "unit_price_cents": line.unit_price_cents,
                "problem_description": line.problem_description,
                "rma_number": line.rma_number,
            }
            for line in order.lines
        ],
        "total_cents": order.total_cents,
        "tracking_number": order.tracking_number,
        "quote_presented": order.quote_presented_at is not None,
        "quote_approved": order.quote_approved_at is not None,
        "comments": [{"author": c.author, "body": c.body} for c in order.comments],
    }


def salesforce_quote(quote: SfQuote) -> dict:
    return {
        "number": quote.number,
        "store_order_number": quote.store_order_number,
        "status": quote.status,
        "account_name": quote.account_name,
        "customer_email": quote.customer_email,
        "other_comments": quote.other_comments,
        "po_number": quote.po_number,
        "owner": quote.owner.email if quote.owner else None,
        "order_number": quote.order_number,
        "total_cents": quote.total_cents,
        "lines": [
            {
                "id": line.id,
                "product_code": line.product_code,
                "rma_number": line.rma_number,
                "quantity": line.quantity,
                "unit_price_cents": line.unit_price_cents,
                "problem_description": line.problem_description,
                "needs_evaluation": line.needs_evaluation,
            }
            for line in quote.lines
        ],
        "history": [change.status for change in quote.history],
    }


def salesforce_order(order: SfOrder) -> dict:
    return {
        "number": order.number,
        "store_order_number": order.store_order_number,
        "status": order.status,
        "queue": order.queue,
        "owner": order.owner.email if order.owner else None,
        "job_number": order.job_number,
        "activated_at": order.activated_at and order.activated_at.isoformat(),
        "total_cents": order.total_cents,
        "payment_captured": order.payment_captured,
        "ready_to_ship": order.ready_to_ship_at is not None,
        "tracking_number": order.tracking_number,
        "lines": [
            {
                "id": line.id,
                "product_code": line.product_code,
                "quantity": line.quantity,
                "unit_price_cents": line.unit_price_cents,
                "job_number": line.job_number,
            }
            for line in order.lines
        ],
        "comments": [
            {"author": c.author.email, "body": c.body, "confirms_vendor": c.confirms_vendor}
            for c in order.comments
        ],
    }


def console_user(user: ConsoleUser) -> dict:
    return {"email": user.email, "name": user.name, "persona": user.persona}
