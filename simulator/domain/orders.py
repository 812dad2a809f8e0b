"""A Salesforce order's life after it arrives (DOMAIN.md decisions 3 to 9).

Article trace: npo.2 (assignment), npo.4 / npo.7-11 (ASTEA job numbers), npo.5 (comments and
the vendor confirmation), npo.hold (re-authorization), npo.12-16 (shipping, payment capture,
activation).
"""

from dataclasses import dataclass

from .catalogue import VENDORS_NEEDING_CONFIRMATION
from .errors import InvalidTransition
from .statuses import SalesforceOrderStatus as Status
from .text import is_blank

JOB_NUMBER_MAX = 32

# Which status may follow which. Activation is final: nothing leaves Activated.
TRANSITIONS = {
    Status.ORDER_ACCEPTED: frozenset({Status.ORDER_HOLD, Status.ACTIVATED}),
    Status.ORDER_HOLD: frozenset({Status.ORDER_ACCEPTED}),
    Status.ACTIVATED: frozenset(),
}


def check_transition(current: str, target: str) -> None:
    if Status(target) not in TRANSITIONS[Status(current)]:
        raise InvalidTransition(f"An order in {current} cannot move to {target}.")


def normalize_job_number(raw: str | None) -> str:
    return (raw or "").strip()


def job_number_error(raw: str | None) -> str | None:
    """The ASTEA job number: free text, trimmed, 1 to 32 characters."""
    value = normalize_job_number(raw)
    if is_blank(value):
        return "Enter the ASTEA job number."
    if len(value) > JOB_NUMBER_MAX:
        return (
            f"The ASTEA job number has at most {JOB_NUMBER_MAX} characters (this has {len(value)})."
        )
    return None


def needs_vendor_confirmation(vendors) -> bool:
    return any(vendor in VENDORS_NEEDING_CONFIRMATION for vendor in vendors)


def editable_lines(status: str) -> bool:
    """Lines (and anything that changes the total) can change until the order is Activated."""
    return Status(status) is not Status.ACTIVATED


@dataclass(frozen=True)
class ActivationLine:
    product_code: str
    job_number: str | None


@dataclass(frozen=True)
class ActivationFacts:
    status: str
    job_number: str | None
    lines: tuple[ActivationLine, ...]
    vendors: tuple[str, ...]
    vendor_confirmed: bool
    payment_method: str  # po | card | paypal
    payment_captured: bool
    ready_to_ship: bool


def activation_blockers(facts: ActivationFacts) -> list[str]:
    """Exactly what stands between the order and Activated; empty when nothing does."""
    if Status(facts.status) is not Status.ORDER_ACCEPTED:
        return [
            f"The order is in {facts.status}: only an order in Order Accepted can be activated."
        ]
    missing = []
    if not facts.job_number:
        missing.append("The ASTEA job number on the order.")
    missing += [
        f"The ASTEA job number on line {line.product_code}."
        for line in facts.lines
        if not line.job_number
    ]
    if needs_vendor_confirmation(facts.vendors) and not facts.vendor_confirmed:
        vendors = ", ".join(sorted(set(facts.vendors) & VENDORS_NEEDING_CONFIRMATION))
        missing.append(f"An order comment confirming the vendor ({vendors}).")
    if facts.payment_method in ("card", "paypal") and not facts.payment_captured:
        missing.append("Payment Captured, ticked in Shipping and Billing Information.")
    if not facts.ready_to_ship:
        missing.append("The warehouse's notice that the order is ready to ship.")
    return missing


COMMENT_MAX = 2000
TRACKING_MAX = 60


def comment_error(body: str) -> str | None:
    """An order comment (npo.5): written, and at most COMMENT_MAX characters once trimmed."""
    if is_blank(body):
        return "Write the comment before adding it."
    if len(body.strip()) > COMMENT_MAX:
        return f"A comment has at most {COMMENT_MAX} characters."
    return None


def tracking_error(tracking: str) -> str | None:
    if len(tracking.strip()) > TRACKING_MAX:
        return f"A tracking number has at most {TRACKING_MAX} characters."
    return None


def line_deletion_problem(status: str, lines_left: int) -> str | None:
    """Why a line may not be deleted: an Activated order is final, and an order keeps one."""
    if Status(status) is Status.ACTIVATED:
        return "The order is Activated: its lines cannot be deleted."
    if lines_left <= 1:
        return "An order keeps at least one line."
    return None


def ready_to_ship_problem(status: str, already_reported: bool) -> str | None:
    """Why the warehouse cannot report this order ready to ship; None when it can."""
    if already_reported:
        return "This order was already reported ready to ship."
    if Status(status) is Status.ACTIVATED:
        return "This order is Activated: it has shipped."
    return None
