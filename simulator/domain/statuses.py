"""Status names as the two systems show them."""

from enum import StrEnum


class StoreOrderStatus(StrEnum):
    ORDER_PLACED = "Order Placed"  # card or PayPal authorized
    AWAITING_PAYMENT = "Awaiting Payment"  # paid by PO
    AWAITING_CUSTOMER_APPROVAL = "Awaiting Customer Approval"
    AWAITING_EVALUATION = "Awaiting Evaluation"
    IN_PROCESS = "In Process"  # Salesforce has it
    COMPLETED = "Completed"
    CANCELED = "Canceled"
    INCOMPLETE = "Incomplete"


class SalesforceOrderStatus(StrEnum):
    ORDER_ACCEPTED = "Order Accepted"
    ORDER_HOLD = "Order Hold"
    ACTIVATED = "Activated"


# The status path the console draws, in order.
SALESFORCE_ORDER_PATH = (
    SalesforceOrderStatus.ORDER_ACCEPTED,
    SalesforceOrderStatus.ORDER_HOLD,
    SalesforceOrderStatus.ACTIVATED,
)


class SalesforceQuoteStatus(StrEnum):
    EVALUATION_PENDING = "Evaluation Pending"
    EVALUATION_COMPLETE = "Evaluation Complete"
    QUOTE_HOLD = "Quote Hold"
    PRESENTED = "Presented"
    ACCEPTED = "Accepted"


def initial_store_status(payment_method: str) -> StoreOrderStatus:
    """A PO order waits for payment; a card or PayPal order was authorized at checkout."""
    if payment_method == "po":
        return StoreOrderStatus.AWAITING_PAYMENT
    return StoreOrderStatus.ORDER_PLACED


def store_status_once_salesforce_has(kind: str, current: str) -> str:
    """A store order is In Process once Salesforce has an order for it (straight away for
    NEW products, after approval for a repair); while Salesforce has only a quote it waits."""
    waiting = {
        StoreOrderStatus.ORDER_PLACED,
        StoreOrderStatus.AWAITING_PAYMENT,
        StoreOrderStatus.AWAITING_CUSTOMER_APPROVAL,
    }
    if kind == "order" and current in waiting:
        return StoreOrderStatus.IN_PROCESS
    return current
