"""Where a new store order lands in Salesforce (DOMAIN.md decisions 1 and 2).

Article trace: npo.route.bypass-quote, npo.route.pricing, npo.route.mixed,
npo.route.non-fms.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .catalogue import ProductKind, ProductLine


class Stage(StrEnum):
    ORDER = "order"  # only NEW products: no quote stage
    QUOTE = "quote"  # at least one repair line


class Queue(StrEnum):
    OPEN_ORDER_QUEUE = "Open Order Queue"  # the CSR team
    IPS_PRICING = "IPS Pricing Queue"  # the Pricing Analyst team (one team, two names)


@dataclass(frozen=True)
class LineFacts:
    kind: ProductKind
    product_line: ProductLine
    priced: bool = True  # False for a non-priced (EVAL) repair listed at $0.00


def stage_for(lines: Iterable[LineFacts]) -> Stage:
    lines = list(lines)
    if not lines:
        raise ValueError("an order has at least one line")
    if any(line.kind is ProductKind.REPAIR for line in lines):
        return Stage.QUOTE
    return Stage.ORDER


def queue_for(lines: Iterable[LineFacts], site_is_fms: bool) -> Queue:
    """Only an all-Harvard order for an FMS site bypasses the CSR team."""
    lines = list(lines)
    if not lines:
        raise ValueError("an order has at least one line")
    all_harvard = all(
        line.kind is ProductKind.NEW and line.product_line is ProductLine.HARVARD for line in lines
    )
    if all_harvard and site_is_fms:
        return Queue.IPS_PRICING
    return Queue.OPEN_ORDER_QUEUE
