"""The quote stage of a repair order (DOMAIN.md decisions 2 and 12; qrg86.after.*).

An order with a repair line becomes a Salesforce quote, not an order. While the quote is
worked, the store order waits: for the customer's approval of a priced repair, or for the
technician's evaluation of a non-priced one.
"""

from collections.abc import Iterable

from .catalogue import ProductKind
from .errors import InvalidTransition
from .money import parse_price
from .routing import LineFacts, Stage, stage_for
from .statuses import (
    SalesforceQuoteStatus,
    StoreOrderStatus,
    initial_store_status,
)
from .text import is_blank


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


# -- the quote's life (DOMAIN.md, Statuses; decision 12) ----------------------------------

Q = SalesforceQuoteStatus

# Which status may follow which. Accepted is final: the quote and its lines lock.
TRANSITIONS = {
    Q.EVALUATION_PENDING: frozenset({Q.EVALUATION_COMPLETE}),
    Q.EVALUATION_COMPLETE: frozenset({Q.QUOTE_HOLD}),
    Q.QUOTE_HOLD: frozenset({Q.PRESENTED, Q.ACCEPTED}),
    Q.PRESENTED: frozenset({Q.ACCEPTED}),
    Q.ACCEPTED: frozenset(),
}


def check_transition(current: str, target: str) -> None:
    if Q(target) not in TRANSITIONS[Q(current)]:
        raise InvalidTransition(f"A quote in {current} cannot move to {target}.")


def presentation_problem(status: str, repriced: bool) -> str | None:
    """Why the CSR may not present the quote: a price changed at evaluation is confirmed by the
    customer's reply instead (decision 12), and only a quote on hold is presented."""
    if repriced:
        return (
            "This quote's price changed at evaluation: the customer confirms the new price by "
            "replying to its email, then you move the quote to an order."
        )
    if Q(status) is not Q.QUOTE_HOLD:
        return f"A quote in {status} cannot be presented."
    return None


def is_open(status: str) -> bool:
    return Q(status) is not Q.ACCEPTED


def may_evaluate(status: str) -> bool:
    """The technician records a line's repair price before the quote is presented or accepted."""
    return Q(status) in (Q.EVALUATION_PENDING, Q.QUOTE_HOLD)


EVALUATION_NOTES_MAX = 2000


def evaluation_errors(raw_price: str | None, notes: str | None) -> dict[str, str]:
    errors = {}
    price = parse_price(raw_price)
    if price is None or price <= 0:
        errors["repair_price"] = "Enter the repair price in dollars, more than $0.00."
    if is_blank(notes):
        errors["notes"] = "Describe what the evaluation found."
    elif len(notes) > EVALUATION_NOTES_MAX:
        errors["notes"] = f"The notes have at most {EVALUATION_NOTES_MAX} characters."
    return errors


def status_after_evaluation(lines_still_unevaluated: int) -> list[SalesforceQuoteStatus]:
    """The statuses an Evaluation Pending quote passes through once a line is evaluated:
    none until the last line needing evaluation has its price, then Evaluation Complete and,
    at once, Quote Hold (Evaluation Complete is short-lived)."""
    if lines_still_unevaluated:
        return []
    return [Q.EVALUATION_COMPLETE, Q.QUOTE_HOLD]


def is_repriced(placed_prices: list[int], current_prices: list[int]) -> bool:
    """True when any line's price differs from the store order's: the zero-dollar path, where
    the customer confirms the new price and conversion replaces the store order."""
    return list(placed_prices) != list(current_prices)


def conversion_problem(status: str, repriced: bool, customer_confirmed: bool) -> str | None:
    """Why the CSR may not move the quote to an order yet, or None."""
    if Q(status) is Q.ACCEPTED:
        return "This quote was already moved to an order."
    if Q(status) in (Q.EVALUATION_PENDING, Q.EVALUATION_COMPLETE):
        return "Every line that needs evaluation must be evaluated first."
    if repriced and not customer_confirmed:
        return (
            "The customer has not confirmed the new price yet: their reply to the new-price "
            "email must come in before the quote becomes an order."
        )
    if not repriced:
        return "A priced repair quote becomes an order when the customer approves it in the store."
    return None


def store_approval_problem(presented: bool, approved: bool, store_status: str) -> str | None:
    """Why the customer may not approve the repair quote in the store, or None."""
    if approved:
        return "This repair quote is already approved."
    if store_status != StoreOrderStatus.AWAITING_CUSTOMER_APPROVAL:
        return f"The order is {store_status}: there is no repair quote to approve."
    if not presented:
        return "ATS has not presented the repair quote yet."
    return None
