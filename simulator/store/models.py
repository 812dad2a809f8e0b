"""The store's tables (BigCommerce B2B Edition side). The console never reads these."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base
from ..domain import store_orders
from ..domain.checkout import Address

STORE_NUMBER_BASE = 419  # the first store order is 420; Salesforce numbers differ


class AddressMixin:
    """Five address columns behind a prefix, read and written as a domain Address."""

    @staticmethod
    def address_from(row, prefix: str) -> Address:
        return Address(**{name: getattr(row, prefix + name) or "" for name in Address.LABELS})

    @staticmethod
    def address_to(row, prefix: str, address: Address) -> None:
        for name in Address.LABELS:
            setattr(row, prefix + name, getattr(address, name))


class Company(Base, AddressMixin):
    __tablename__ = "store_companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    has_terms: Mapped[bool]
    ups_account: Mapped[str | None] = mapped_column(String(32))
    bill_name: Mapped[str] = mapped_column(String(120))
    bill_line1: Mapped[str] = mapped_column(String(120))
    bill_city: Mapped[str] = mapped_column(String(80))
    bill_state: Mapped[str] = mapped_column(String(2))
    bill_postal_code: Mapped[str] = mapped_column(String(10))

    sites: Mapped[list["Site"]] = relationship(back_populates="company", order_by="Site.id")

    @property
    def billing_address(self) -> Address:
        return self.address_from(self, "bill_")


class Site(Base, AddressMixin):
    """A ship-to site of a company; FMS sites matter for routing."""

    __tablename__ = "store_sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))
    name: Mapped[str] = mapped_column(String(120))
    is_fms: Mapped[bool]
    ship_name: Mapped[str] = mapped_column(String(120))
    ship_line1: Mapped[str] = mapped_column(String(120))
    ship_city: Mapped[str] = mapped_column(String(80))
    ship_state: Mapped[str] = mapped_column(String(2))
    ship_postal_code: Mapped[str] = mapped_column(String(10))

    company: Mapped[Company] = relationship(back_populates="sites")

    @property
    def address(self) -> Address:
        return self.address_from(self, "ship_")

    @property
    def label(self) -> str:
        return f"{self.name} ({'FMS site' if self.is_fms else 'non-FMS site'})"


class StoreUser(Base):
    __tablename__ = "store_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    persona: Mapped[str] = mapped_column(String(32))  # see simulator.personas
    company_id: Mapped[int | None] = mapped_column(ForeignKey("store_companies.id"))

    company: Mapped[Company | None] = relationship()


class RepAssignment(Base):
    """A rep (ATS Buyer, IPS Sales Rep, Site Service Rep) may act for these companies."""

    __tablename__ = "store_rep_assignments"
    __table_args__ = (UniqueConstraint("user_id", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("store_users.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))


class Masquerade(Base):
    """A rep acting as one of their companies, from Log In until they end it or start another."""

    __tablename__ = "store_masquerades"
    # At most one running masquerade per rep, whatever happens at once.
    __table_args__ = (
        Index(
            "store_masquerades_one_running_per_rep",
            "user_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("store_users.id"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    company: Mapped[Company] = relationship()


class Product(Base):
    __tablename__ = "store_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10))  # domain.catalogue.ProductKind
    product_line: Mapped[str] = mapped_column(String(20))  # domain.catalogue.ProductLine
    vendor: Mapped[str] = mapped_column(String(40))
    price_cents: Mapped[int]  # 0 for a non-priced (EVAL) repair

    @property
    def is_repair(self) -> bool:
        return self.kind == "repair"

    @property
    def needs_quote_for_pricing(self) -> bool:
        return self.is_repair and self.price_cents == 0


class CartLine(Base):
    """A cart belongs to a user acting for one company."""

    __tablename__ = "store_cart_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("store_users.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("store_products.id"))
    quantity: Mapped[int]
    problem_description: Mapped[str | None] = mapped_column(Text)

    product: Mapped[Product] = relationship()


class CheckoutDraft(Base, AddressMixin):
    """What the buyer has entered so far at checkout, kept so nothing typed is lost."""

    __tablename__ = "store_checkout_drafts"
    __table_args__ = (UniqueConstraint("user_id", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("store_users.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))
    step: Mapped[str] = mapped_column(String(10), default="shipping")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("store_sites.id"))
    ship_name: Mapped[str] = mapped_column(String(120), default="")
    ship_line1: Mapped[str] = mapped_column(String(120), default="")
    ship_city: Mapped[str] = mapped_column(String(80), default="")
    ship_state: Mapped[str] = mapped_column(String(2), default="")
    ship_postal_code: Mapped[str] = mapped_column(String(10), default="")
    shipping_method: Mapped[str] = mapped_column(String(20), default="")
    other_comments: Mapped[str] = mapped_column(Text, default="")
    po_number: Mapped[str] = mapped_column(String(40), default="")

    @property
    def shipping_address(self) -> Address:
        return self.address_from(self, "ship_")


class StoreOrder(Base, AddressMixin):
    __tablename__ = "store_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("store_users.id"))
    company_id: Mapped[int] = mapped_column(ForeignKey("store_companies.id"))
    site_id: Mapped[int] = mapped_column(ForeignKey("store_sites.id"))
    status: Mapped[str] = mapped_column(String(40))
    placed_at: Mapped[datetime]
    ship_name: Mapped[str] = mapped_column(String(120))
    ship_line1: Mapped[str] = mapped_column(String(120))
    ship_city: Mapped[str] = mapped_column(String(80))
    ship_state: Mapped[str] = mapped_column(String(2))
    ship_postal_code: Mapped[str] = mapped_column(String(10))
    bill_name: Mapped[str] = mapped_column(String(120))
    bill_line1: Mapped[str] = mapped_column(String(120))
    bill_city: Mapped[str] = mapped_column(String(80))
    bill_state: Mapped[str] = mapped_column(String(2))
    bill_postal_code: Mapped[str] = mapped_column(String(10))
    shipping_method: Mapped[str] = mapped_column(String(20))
    other_comments: Mapped[str] = mapped_column(Text, default="")
    payment_method: Mapped[str] = mapped_column(String(10))  # po | card | paypal
    payment_reference: Mapped[str] = mapped_column(String(120))  # never a full card number
    po_number: Mapped[str] = mapped_column(String(40), default="")
    total_cents: Mapped[int]
    salesforce_number: Mapped[str | None] = mapped_column(String(20))
    salesforce_kind: Mapped[str | None] = mapped_column(String(10))  # "order" or "quote"
    # A repair quote presented to the customer waits for their approval here.
    quote_presented_at: Mapped[datetime | None]
    quote_approved_at: Mapped[datetime | None]
    # A repriced repair order is canceled and replaced; each points to the other.
    replaces_number: Mapped[str | None] = mapped_column(String(20))
    replaced_by_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    tracking_number: Mapped[str | None] = mapped_column(String(60))

    customer: Mapped[StoreUser] = relationship()
    company: Mapped[Company] = relationship()
    site: Mapped[Site] = relationship()
    lines: Mapped[list["StoreOrderLine"]] = relationship(
        back_populates="order", order_by="StoreOrderLine.id"
    )
    comments: Mapped[list["StoreOrderComment"]] = relationship(order_by="StoreOrderComment.id")

    @property
    def shipping_address(self) -> Address:
        return self.address_from(self, "ship_")

    @property
    def billing_address(self) -> Address:
        return self.address_from(self, "bill_")

    def move_to(self, status: str) -> None:
        """Change the status as the store order's state machine allows, or fail loudly."""
        store_orders.check_transition(self.status, status)
        self.status = status


class StoreOrderLine(Base):
    __tablename__ = "store_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("store_orders.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("store_products.id"))
    sku: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    unit_price_cents: Mapped[int]
    problem_description: Mapped[str | None] = mapped_column(Text)
    rma_number: Mapped[str | None] = mapped_column(String(20))  # a repair's, once issued

    order: Mapped[StoreOrder] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()

    @property
    def line_total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


class StoreOrderComment(Base):
    """A CSR's order comment as the integration brought it to the store."""

    __tablename__ = "store_order_comments"
    __table_args__ = (UniqueConstraint("order_id", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("store_orders.id"))
    source_id: Mapped[int]  # the Salesforce comment it copies: delivered once
    author: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime]


class StoreReauthorization(Base):
    """A request to authorize a changed amount, reached by the link in the customer's email."""

    __tablename__ = "store_reauthorizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("store_orders.id"))
    nonce: Mapped[str] = mapped_column(String(64), unique=True)  # unguessable, in the link
    amount_cents: Mapped[int]
    requested_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    superseded: Mapped[bool] = mapped_column(default=False)
    # JSON: [{"sku", "quantity", "unit_price_cents"}], the lines the new amount is for
    lines_json: Mapped[str | None] = mapped_column(Text)

    order: Mapped[StoreOrder] = relationship()
