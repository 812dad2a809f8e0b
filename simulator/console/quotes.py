"""The console's work on repair quotes (DOMAIN.md decision 12; qrg86.after.*): presenting a
priced quote, the technician's evaluation, the customer's approval or confirmation, and
moving the quote to an order. Views, the integration and the control API call these."""

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain import orders as order_rules
from ..domain import quotes as quote_rules
from ..domain import roles
from ..domain.errors import Forbidden, Refused
from ..domain.money import parse_price
from ..domain.routing import Queue
from ..domain.statuses import SalesforceOrderStatus
from ..domain.statuses import SalesforceQuoteStatus as Q
from ..integration import outbox
from ..mailbox import service as mailbox
from .models import (
    ConsoleUser,
    FromStoreOrder,
    SfOrder,
    SfOrderLine,
    SfQuote,
    SfQuoteStatusChange,
)
from .service import SALESFORCE_NUMBER_BASE, require_owner

# Where customers' replies to quote emails go: the CSR team's shared inbox.
QUOTES_INBOX = "quotes@console.example"


def to_evaluate(db: Session) -> list[SfQuote]:
    """The technician's work: quotes whose repair lines may still be evaluated, oldest first."""
    return list(
        db.scalars(
            select(SfQuote)
            .where(SfQuote.status.in_([Q.EVALUATION_PENDING.value, Q.QUOTE_HOLD.value]))
            .order_by(SfQuote.id)
        )
    )


def customer_replies(db: Session, quote: SfQuote):
    return mailbox.replies(db, quote.thread, quote.customer_email)


def customer_confirmed(db: Session, quote: SfQuote) -> bool:
    """The customer confirms a new price by replying to the email that told them of it; a
    reply to an earlier price does not confirm a later one."""
    sent = quote.new_price_sent_at
    return sent is not None and any(reply.sent_at >= sent for reply in customer_replies(db, quote))


def _move(quote: SfQuote, target: Q, now: datetime) -> None:
    quote_rules.check_transition(quote.status, target)
    quote.status = target
    quote.history.append(SfQuoteStatusChange(status=target, changed_at=now))


def _line(quote: SfQuote, line_id: int):
    line = next((line for line in quote.lines if line.id == line_id), None)
    if line is None:
        raise Refused({"line": "That line is not on this quote."})
    return line


def _prices(quote: SfQuote) -> list[int]:
    return [line.unit_price_cents for line in quote.lines]


# -- the priced path: present, the customer approves in the store ----------------------------


def present(db: Session, quote: SfQuote, user: ConsoleUser, now: datetime) -> None:
    require_owner(quote, user)
    if problem := quote_rules.presentation_problem(quote.status, quote.repriced):
        raise Refused({"status": problem})
    _move(quote, Q.PRESENTED, now)
    quote.presented_at = now
    outbox.enqueue(
        db,
        outbox.QUOTE_PRESENTED,
        f"presented:{quote.number}:{now.isoformat()}",
        {
            "store_order_number": quote.store_order_number,
            "quote_number": quote.number,
            "total_cents": quote.total_cents,
        },
        now,
    )
    db.commit()


def accept_approved(db: Session, store_order_number: str, now: datetime) -> SfOrder | None:
    """Called by the integration when the customer approved a presented quote in the store:
    the quote is Accepted, locks, and is copied into an order. Idempotent."""
    quote = db.scalar(select(SfQuote).where(SfQuote.store_order_number == store_order_number))
    if quote is None:
        return None
    if quote.order_number:
        return db.scalar(select(SfOrder).where(SfOrder.number == quote.order_number))
    if not _claim(db, quote, from_statuses=(Q.PRESENTED,), now=now):
        return None
    return _order_from(db, quote, store_order_number, now)


def set_line_job_number(
    db: Session, quote: SfQuote, line_id: int, user: ConsoleUser, raw: str
) -> None:
    """The ASTEA job number can go on a quote's lines; the order made from it keeps them."""
    require_owner(quote, user)
    if not quote_rules.is_open(quote.status):
        raise Refused({"status": "An accepted quote is locked: work its order instead."})
    line = _line(quote, line_id)
    if message := order_rules.job_number_error(raw):
        raise Refused({"line_job_number": message})
    line.job_number = order_rules.normalize_job_number(raw)
    db.commit()


# -- the technician's evaluation ---------------------------------------------------------------


def record_evaluation(
    db: Session,
    quote: SfQuote,
    line_id: int,
    technician: ConsoleUser,
    raw_price: str,
    notes: str,
    now: datetime,
) -> None:
    if not roles.may_evaluate(technician.persona):
        raise Forbidden({"owner": roles.EVALUATION_REFUSAL})
    if not quote_rules.may_evaluate(quote.status):
        raise Refused({"status": f"A quote in {quote.status} can no longer be evaluated."})
    line = _line(quote, line_id)
    errors = quote_rules.evaluation_errors(raw_price, notes)
    if errors:
        raise Refused(errors)
    line.unit_price_cents = parse_price(raw_price)
    line.evaluation_notes = notes.strip()
    line.evaluated_at = now
    line.evaluated_by_id = technician.id
    quote.total_cents = sum(line.quantity * line.unit_price_cents for line in quote.lines)
    waiting = sum(1 for line in quote.lines if line.needs_evaluation and not line.evaluated_at)
    if Q(quote.status) is Q.EVALUATION_PENDING:
        for status in quote_rules.status_after_evaluation(waiting):
            _move(quote, status, now)
    if not waiting:
        quote.new_price_sent_at = now if quote.repriced else None
        outbox.enqueue(
            db,
            outbox.QUOTE_EVALUATED,
            f"evaluated:{quote.number}:{line.id}:{now.isoformat()}",
            {
                "store_order_number": quote.store_order_number,
                "quote_number": quote.number,
                "prices": _prices(quote),
                "total_cents": quote.total_cents,
                "repriced": quote.repriced,
                "reply_to": QUOTES_INBOX,
                "thread": quote.thread,
            },
            now,
        )
    db.commit()


# -- the zero-dollar path: the CSR moves the confirmed quote to an order -----------------------


def convert(db: Session, quote: SfQuote, user: ConsoleUser, now: datetime) -> SfOrder:
    """Accept the quote and make its order; the store replaces the $0 order when the
    integration delivers it. Of two CSRs (or two clicks) at once, exactly one converts."""
    require_owner(quote, user)
    problem = quote_rules.conversion_problem(
        quote.status, quote.repriced, customer_confirmed(db, quote)
    )
    if problem:
        raise Refused({"status": problem})
    if not _claim(db, quote, from_statuses=(Q.QUOTE_HOLD, Q.PRESENTED), now=now):
        db.rollback()
        raise Refused({"status": quote_rules.conversion_problem(Q.ACCEPTED, True, True)})
    order = _order_from(db, quote, None, now)
    outbox.enqueue(
        db,
        outbox.QUOTE_CONVERTED,
        f"converted:{quote.number}",
        {
            "quote_number": quote.number,
            "store_order_number": quote.store_order_number,
            "order_number": order.number,
            "prices": _prices(quote),
        },
        now,
    )
    db.commit()
    return order


def record_store_number(db: Session, order_number: str, store_order_number: str) -> None:
    """Called by the integration once the store numbered the order that replaces the $0 one."""
    order = db.scalar(select(SfOrder).where(SfOrder.number == order_number))
    if order is not None and order.store_order_number is None:
        order.store_order_number = store_order_number


def _claim(db: Session, quote: SfQuote, from_statuses, now: datetime) -> bool:
    """Accept the quote with one conditional UPDATE; False if someone else already did."""
    claimed = db.execute(
        update(SfQuote)
        .where(SfQuote.id == quote.id, SfQuote.status.in_([s.value for s in from_statuses]))
        .values(status=Q.ACCEPTED, accepted_at=now)
    ).rowcount
    if claimed:
        db.refresh(quote)
        quote.history.append(SfQuoteStatusChange(status=Q.ACCEPTED, changed_at=now))
    return bool(claimed)


def _kept_of_store_order(quote: SfQuote) -> dict:
    """What the quote kept of its store order (the FromStoreOrder columns)."""
    return {name: getattr(quote, name) for name in FromStoreOrder.__annotations__}


def _order_from(
    db: Session, quote: SfQuote, store_order_number: str | None, now: datetime
) -> SfOrder:
    """The Salesforce order an accepted quote becomes: every line, price and job number."""
    order = SfOrder(
        number="pending",
        **_kept_of_store_order(quote)
        | {"store_order_number": store_order_number, "received_at": now},
        status=SalesforceOrderStatus.ORDER_ACCEPTED,
        queue=Queue.OPEN_ORDER_QUEUE,  # a repair order is worked by the CSR team
        owner_id=quote.owner_id,
        assigned_at=now if quote.owner_id else None,
        quote_number=quote.number,
        lines=[
            SfOrderLine(
                product_code=line.product_code,
                product_name=line.product_name,
                product_line=line.product_line,
                vendor=line.vendor,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                problem_description=line.problem_description,
                job_number=line.job_number,
            )
            for line in quote.lines
        ],
    )
    db.add(order)
    db.flush()
    order.number = f"{SALESFORCE_NUMBER_BASE + order.id:08d}"
    quote.order_number = order.number
    return order
