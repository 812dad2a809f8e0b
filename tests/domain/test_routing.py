"""Routing (DOMAIN.md decisions 1 and 2), checked over every mix of lines up to four long."""

from itertools import combinations_with_replacement

import pytest

from simulator.domain.catalogue import ProductKind, ProductLine
from simulator.domain.routing import LineFacts, Queue, Stage, queue_for, stage_for

HARVARD = LineFacts(ProductKind.NEW, ProductLine.HARVARD)
LEGACY = LineFacts(ProductKind.NEW, ProductLine.LEGACY)
HARVARD_REPAIR = LineFacts(ProductKind.REPAIR, ProductLine.HARVARD)
LEGACY_REPAIR = LineFacts(ProductKind.REPAIR, ProductLine.LEGACY)
ALL_KINDS = (HARVARD, LEGACY, HARVARD_REPAIR, LEGACY_REPAIR)
EVERY_MIX = [mix for size in range(1, 5) for mix in combinations_with_replacement(ALL_KINDS, size)]


@pytest.mark.parametrize("lines", EVERY_MIX)
@pytest.mark.parametrize("fms", [True, False])
def test_only_all_harvard_new_orders_for_fms_sites_bypass_the_csr_team(lines, fms):
    expected = (
        Queue.IPS_PRICING
        if fms and all(line == HARVARD for line in lines)
        else Queue.OPEN_ORDER_QUEUE
    )
    assert queue_for(lines, site_is_fms=fms) is expected


@pytest.mark.parametrize("lines", EVERY_MIX)
def test_any_repair_line_makes_a_quote_and_new_only_makes_an_order(lines):
    has_repair = any(line.kind is ProductKind.REPAIR for line in lines)
    assert stage_for(lines) is (Stage.QUOTE if has_repair else Stage.ORDER)


def test_the_article_examples():
    assert queue_for([HARVARD, HARVARD], site_is_fms=True) is Queue.IPS_PRICING  # npo.route.pricing
    assert queue_for([HARVARD, LEGACY], site_is_fms=True) is Queue.OPEN_ORDER_QUEUE  # mixed
    assert queue_for([HARVARD], site_is_fms=False) is Queue.OPEN_ORDER_QUEUE  # non-fms
    assert stage_for([LEGACY, HARVARD]) is Stage.ORDER  # bypass-quote


@pytest.mark.parametrize("rule", [queue_for, stage_for])
def test_an_order_without_lines_is_an_error(rule):
    with pytest.raises(ValueError):
        rule([], True) if rule is queue_for else rule([])
