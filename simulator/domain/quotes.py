"""The quote stage of a repair order (DOMAIN.md decisions 2 and 12; qrg86.after.*).

An order with a repair line becomes a Salesforce quote, not an order. While the quote is
worked, the store order waits: for the customer's approval of a priced repair, or for the
technician's evaluation of a non-priced one.
"""

from collections.abc import Iterable

from .catalogue import ProductKind
from .routing import LineFacts, Stage, stage_for
from .statuses import (
    SalesforceQuoteStatus,
    StoreOrderStatus,
    initial_store_status,
)


def needs_evaluation(line: LineFacts) -> bool:
    return line.kind is ProductKind.REPAIR and not line.priced


def quote_status_for(lines: Iterable[LineFacts]) -> SalesforceQuoteStatus:
    """Any line that needs evaluation holds the whole quote in Evaluation Pending."""
    if any(needs_evaluation(line) for line in lines):
        return SalesforceQuoteStatus.EVALUATION_PENDING
    return SalesforceQuoteStatus.QUOTE_HOLD


def store_status_on_placing(payment_method: str, lines: Iterable[LineFacts]) -> StoreOrderStatus:
    lines = list(lines)
    if stage_for(lines) is Stage.ORDER:
        return initial_store_status(payment_method)
    if any(needs_evaluation(line) for line in lines):
        return StoreOrderStatus.AWAITING_EVALUATION
    return StoreOrderStatus.AWAITING_CUSTOMER_APPROVAL
