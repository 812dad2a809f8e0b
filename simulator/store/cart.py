"""The catalogue and the cart."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.catalogue import (
    ProductKind,
    ProductLine,
    added_quantity,
    parse_quantity,
    problem_description_error,
    quantity_error,
)
from ..domain.errors import Refused
from ..domain.routing import LineFacts
from .models import (
    CartLine,
    Company,
    Product,
    StoreUser,
)


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


def cart_lines(db: Session, user: StoreUser, company: Company) -> list[CartLine]:
    return list(
        db.scalars(
            select(CartLine)
            .where(CartLine.user_id == user.id, CartLine.company_id == company.id)
            .order_by(CartLine.id)
        )
    )


def items_total(items) -> int:
    """The total of (product, quantity, ...) items at today's prices."""
    return sum(int(quantity) * product.price_cents for product, quantity, *_ in items)


def cart_total(lines: list[CartLine]) -> int:
    return items_total((line.product, line.quantity) for line in lines)


def line_errors(product: Product, quantity, description: str | None) -> dict[str, str]:
    errors = {}
    if message := quantity_error(quantity):
        errors["quantity"] = message
    if product.is_repair and (message := problem_description_error(description)):
        errors["problem_description"] = message
    return errors


def add_to_cart(
    db: Session, user: StoreUser, company: Company, product: Product, quantity, description
) -> CartLine:
    errors = line_errors(product, quantity, description)
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
        existing.quantity = added_quantity(existing.quantity, parse_quantity(quantity))
        line = existing
    else:
        line = CartLine(
            user_id=user.id,
            company_id=company.id,
            product_id=product.id,
            quantity=parse_quantity(quantity),
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
    errors = line_errors(line.product, quantity, description)
    if errors:
        raise Refused(errors)
    line.quantity = parse_quantity(quantity)
    if line.product.is_repair:
        line.problem_description = description.strip()
    db.commit()


def remove_cart_line(db: Session, line: CartLine) -> None:
    db.delete(line)
    db.commit()
