"""Re-authorizing a changed amount (npo.hold, npo.hold.po, npo.hold.card; decision 6).

A change to an order's total puts it on Order Hold and asks the customer to authorize the new
amount: a PO payer confirms the PO, a card or PayPal payer pays a second cart. The link works
once, only for that order and amount, and for 24 hours; a newer request replaces an older one.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

LINK_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True)
class LinkFacts:
    order_number: str
    amount_cents: int
    expires_at: datetime
    used_at: datetime | None
    superseded: bool
    for_customer: bool = True  # the person using it is the order's customer


def link_problem(
    link: LinkFacts | None, order_number: str, amount_cents: int | None, now: datetime
) -> str | None:
    """Why this link cannot be used now, or None when it can."""
    if (
        link is None
        or link.order_number != order_number
        or (amount_cents is not None and amount_cents != link.amount_cents)
    ):
        return "This link is not valid. Use the link in your most recent email, unchanged."
    if not link.for_customer:
        return "This link is for another customer."
    if link.used_at is not None:
        return "This link was already used: the new amount has been authorized."
    if link.superseded:
        return "This link was replaced by a newer one: use the link in your most recent email."
    if now >= link.expires_at:
        return "This link has expired. Contact customer service for a new one."
    return None


def payment_method_problem(order_method: str, given: str) -> str | None:
    """The new amount is authorized the way the order was paid (npo.hold)."""
    if given != order_method:
        return "Authorize the new amount the way the order was paid."
    return None


def email_for(payment_method: str, order_number: str, amount: str) -> tuple[str, str, str]:
    """(subject, body, link label) of the email the customer gets, by how they paid."""
    if payment_method == "po":
        return (
            f"Price change on order {order_number}",
            f"The amount of your order {order_number} has changed to {amount}. Please authorize "
            "the new amount by confirming your PO Number/Reference Number.",
            "Authorize the new amount",
        )
    return (
        f"Authorize the new amount for order {order_number}",
        f"The amount of your order {order_number} has changed to {amount}. Please pay the new "
        "amount in your second cart.",
        "Go to your second cart",
    )
