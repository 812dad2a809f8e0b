"""Moving a repriced (zero-dollar) repair quote to an order (DOMAIN.md decision 12;
qrg86.after.zero): the $0 store order is canceled and a new one carries over every piece of
information of the old one, with the lines at their evaluated prices.

The store keeps its orders in tables; this module works on plain records so the rule "nothing
is lost" can be stated, and tested, once.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from .checkout import Address


@dataclass(frozen=True)
class LineRecord:
    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price_cents: int
    problem_description: str | None
    rma_number: str | None


@dataclass(frozen=True)
class OrderRecord:
    customer_id: int
    company_id: int
    site_id: int
    shipping_address: Address
    billing_address: Address
    shipping_method: str
    other_comments: str
    payment_method: str
    payment_reference: str
    po_number: str
    lines: tuple[LineRecord, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.quantity * line.unit_price_cents for line in self.lines)


CARRIED_OVER = tuple(f.name for f in fields(OrderRecord) if f.name != "lines")


def replacement(old: OrderRecord, new_prices: Mapping[int, int]) -> OrderRecord:
    """The new order: the old one's every field, its lines in order with the price of each
    line index found in new_prices (the others unchanged)."""
    if any(index not in range(len(old.lines)) for index in new_prices):
        raise ValueError("a new price for a line the order does not have")
    if any(cents < 0 for cents in new_prices.values()):
        raise ValueError("a negative price")
    lines = tuple(
        replace(line, unit_price_cents=new_prices.get(index, line.unit_price_cents))
        for index, line in enumerate(old.lines)
    )
    return replace(old, lines=lines)
