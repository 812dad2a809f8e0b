"""The console's tables (Salesforce side). Filled only by the integration and by CSRs."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base
from ..domain.quotes import is_repriced


class ConsoleUser(Base):
    __tablename__ = "sf_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    persona: Mapped[str] = mapped_column(String(32))


class FromStoreOrder:
    """What Salesforce keeps of the store order it was made from, on an order or a quote."""

    # Unique: delivering the same store order twice must not create two records. None only
    # for an order made from a repriced quote until the store has numbered its new order.
    store_order_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    account_name: Mapped[str] = mapped_column(String(120))
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_email: Mapped[str] = mapped_column(String(200))
    site_name: Mapped[str] = mapped_column(String(120))
    site_is_fms: Mapped[bool]
    shipping_address: Mapped[str] = mapped_column(Text)
    billing_address: Mapped[str] = mapped_column(Text)
    other_comments: Mapped[str] = mapped_column(Text, default="")
    payment_method: Mapped[str] = mapped_column(String(10))
    payment_reference: Mapped[str] = mapped_column(String(120))
    po_number: Mapped[str] = mapped_column(String(40), default="")
    total_cents: Mapped[int]
    received_at: Mapped[datetime]


class SfOrder(Base, FromStoreOrder):
    __tablename__ = "sf_orders"
    record_label = "order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(40))
    queue: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("sf_users.id"))
    assigned_at: Mapped[datetime | None]
    job_number: Mapped[str | None] = mapped_column(String(32))
    payment_captured: Mapped[bool] = mapped_column(default=False)
    ready_to_ship_at: Mapped[datetime | None]
    tracking_number: Mapped[str | None] = mapped_column(String(60))
    activated_by_id: Mapped[int | None] = mapped_column(ForeignKey("sf_users.id"))
    activated_at: Mapped[datetime | None]
    quote_number: Mapped[str | None] = mapped_column(String(20))  # the quote it was made from

    owner: Mapped[ConsoleUser | None] = relationship(foreign_keys=[owner_id])
    activated_by: Mapped[ConsoleUser | None] = relationship(foreign_keys=[activated_by_id])
    lines: Mapped[list["SfOrderLine"]] = relationship(
        back_populates="order", order_by="SfOrderLine.id"
    )
    comments: Mapped[list["SfOrderComment"]] = relationship(
        back_populates="order", order_by="SfOrderComment.id"
    )

    @property
    def vendor_confirmed(self) -> bool:
        return any(comment.confirms_vendor for comment in self.comments)


class SfOrderLine(Base):
    __tablename__ = "sf_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sf_orders.id"))
    product_code: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    product_line: Mapped[str] = mapped_column(String(20))
    vendor: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    unit_price_cents: Mapped[int]
    problem_description: Mapped[str | None] = mapped_column(Text)
    job_number: Mapped[str | None] = mapped_column(String(32))

    order: Mapped[SfOrder] = relationship(back_populates="lines")


class SfOrderComment(Base):
    """Order Comments are append-only: rows are inserted, never updated or deleted."""

    __tablename__ = "sf_order_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sf_orders.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("sf_users.id"))
    body: Mapped[str] = mapped_column(Text)
    confirms_vendor: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]

    order: Mapped[SfOrder] = relationship(back_populates="comments")
    author: Mapped[ConsoleUser] = relationship()


class SfQuote(Base, FromStoreOrder):
    """A repair order's quote (DOMAIN.md decisions 2 and 12): worked before any order exists."""

    __tablename__ = "sf_quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_persona: Mapped[str] = mapped_column(String(32))  # a rep orders for a company
    status: Mapped[str] = mapped_column(String(40))  # domain.statuses.SalesforceQuoteStatus
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("sf_users.id"))
    assigned_at: Mapped[datetime | None]
    presented_at: Mapped[datetime | None]
    new_price_sent_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    order_number: Mapped[str | None] = mapped_column(String(20))  # the order it became

    owner: Mapped[ConsoleUser | None] = relationship()
    lines: Mapped[list["SfQuoteLine"]] = relationship(
        back_populates="quote", order_by="SfQuoteLine.id"
    )
    history: Mapped[list["SfQuoteStatusChange"]] = relationship(
        order_by="SfQuoteStatusChange.id", cascade="all, delete-orphan"
    )

    record_label = "quote"

    @property
    def thread(self) -> str:
        """The mailbox thread of the emails about this quote and the customer's replies."""
        return f"quote:{self.number}"

    @property
    def repriced(self) -> bool:
        return is_repriced(
            [line.placed_price_cents for line in self.lines],
            [line.unit_price_cents for line in self.lines],
        )


class SfQuoteStatusChange(Base):
    """Each status a quote entered, and when: the status path shows short-lived ones such as
    Evaluation Complete (qrg86.after.zero) that the quote does not stay in."""

    __tablename__ = "sf_quote_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("sf_quotes.id"))
    status: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime]


class SfQuoteLine(Base):
    __tablename__ = "sf_quote_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("sf_quotes.id"))
    product_code: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    product_line: Mapped[str] = mapped_column(String(20))
    vendor: Mapped[str] = mapped_column(String(40))
    placed_price_cents: Mapped[int]  # the price in the store order
    unit_price_cents: Mapped[int]  # 0 until a non-priced repair is evaluated
    problem_description: Mapped[str | None] = mapped_column(Text)
    needs_evaluation: Mapped[bool]
    rma_number: Mapped[str] = mapped_column(String(20), unique=True)
    job_number: Mapped[str | None] = mapped_column(String(32))
    evaluation_notes: Mapped[str | None] = mapped_column(Text)
    evaluated_at: Mapped[datetime | None]
    evaluated_by_id: Mapped[int | None] = mapped_column(ForeignKey("sf_users.id"))

    evaluated_by: Mapped[ConsoleUser | None] = relationship()

    quote: Mapped[SfQuote] = relationship(back_populates="lines")
