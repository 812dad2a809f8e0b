"""The store order's life (DOMAIN.md, Statuses): which status may follow which.

A NEW-product order waits for payment (PO) or was authorized (card, PayPal), then is In Process
once Salesforce has it, and Completed once Salesforce activates it. A repair order waits for
the evaluation and the customer's approval; approved, it is In Process; a $0 order whose price
changed at evaluation is Canceled and replaced by a new one (qrg86.after.zero).
"""

from .errors import InvalidTransition
from .statuses import StoreOrderStatus as S

TRANSITIONS = {
    S.ORDER_PLACED: frozenset({S.IN_PROCESS}),
    S.AWAITING_PAYMENT: frozenset({S.IN_PROCESS}),
    S.AWAITING_EVALUATION: frozenset({S.AWAITING_CUSTOMER_APPROVAL}),
    S.AWAITING_CUSTOMER_APPROVAL: frozenset({S.IN_PROCESS, S.CANCELED}),
    S.IN_PROCESS: frozenset({S.COMPLETED}),
    S.COMPLETED: frozenset(),
    S.CANCELED: frozenset(),
    S.INCOMPLETE: frozenset(),
}


def check_transition(current: str, target: str) -> None:
    if S(target) not in TRANSITIONS[S(current)]:
        raise InvalidTransition(f"A store order in {current} cannot move to {target}.")
